<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Cannot log in</source>
        <translation>无法登录</translation>
    </message>
    <message>
        <source>MediaDesk</source>
        <translation>MediaDesk</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Choose another database in the settings?</source>
        <translation>是否在设置中选择其他数据库？</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Set up the team database</source>
        <translation>初始化团队数据库</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed log-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Log-in paused after repeated failures</source>
        <translation>多次登录失败，暂停登录</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Changed a user</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>Deactivated a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Reactivated a user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Added a platform</source>
        <translation>添加平台</translation>
    </message>
    <message>
        <source>Changed a platform</source>
        <translation>修改平台</translation>
    </message>
    <message>
        <source>Added a column</source>
        <translation>添加栏目</translation>
    </message>
    <message>
        <source>Changed a column</source>
        <translation>修改栏目</translation>
    </message>
    <message>
        <source>Changed a team setting</source>
        <translation>修改团队设置</translation>
    </message>
    <message>
        <source>Added a post</source>
        <translation>新增稿件</translation>
    </message>
    <message>
        <source>Changed a post</source>
        <translation>修改稿件</translation>
    </message>
    <message>
        <source>Rescheduled a post</source>
        <translation>调整稿件发布时间</translation>
    </message>
    <message>
        <source>Copied a post to other platforms</source>
        <translation>将稿件复制到其他平台</translation>
    </message>
    <message>
        <source>Added an event</source>
        <translation>新增活动</translation>
    </message>
    <message>
        <source>Changed an event</source>
        <translation>修改活动</translation>
    </message>
    <message>
        <source>Removed an event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Changed a platform&apos;s posting minimum</source>
        <translation>修改平台最低发布频次</translation>
    </message>
    <message>
        <source>Removed a platform&apos;s posting minimum</source>
        <translation>取消平台最低发布频次</translation>
    </message>
    <message>
        <source>Changed a platform&apos;s length limits</source>
        <translation>修改平台字数限制</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>{platform}: no post planned on {day}</source>
        <translation>{platform}：{day} 没有安排发布</translation>
    </message>
    <message>
        <source>{platform}: {planned} of {required} posts planned on {day}</source>
        <translation>{platform}：{day} 只安排了 {planned} 篇，要求 {required} 篇</translation>
    </message>
    <message>
        <source>{platform}: no post planned in the week of {monday}</source>
        <translation>{platform}：{monday} 这一周没有安排发布</translation>
    </message>
    <message>
        <source>{platform}: {planned} of {required} posts planned in the week of {monday}</source>
        <translation>{platform}：{monday} 这一周只安排了 {planned} 篇，要求 {required} 篇</translation>
    </message>
    <message>
        <source>Announcement of {event} is planned for {day}, in time (rule C4)</source>
        <translation>{event}的预告已安排在 {day}，按时（规则 C4）</translation>
    </message>
    <message>
        <source>Announcement of {event} was published on {day}, in time (rule C4)</source>
        <translation>{event}的预告已于 {day} 发布，按时（规则 C4）</translation>
    </message>
    <message>
        <source>Announcement of {event} is due by {due} (rule C4)</source>
        <translation>{event}的预告最晚应于 {due} 发布（规则 C4）</translation>
    </message>
    <message>
        <source>Announcement of {event} is due by {due} but planned for {day} (rule C4)</source>
        <translation>{event}的预告最晚应于 {due} 发布，但安排在 {day}（规则 C4）</translation>
    </message>
    <message>
        <source>Announcement of {event} was due by {due} (rule C4)</source>
        <translation>{event}的预告最晚应于 {due} 发布，已逾期（规则 C4）</translation>
    </message>
    <message>
        <source>Announcement of {event} was due by {due} but is planned for {day} (rule C4)</source>
        <translation>{event}的预告最晚应于 {due} 发布，但安排在 {day}，已逾期（规则 C4）</translation>
    </message>
    <message>
        <source>Announcement of {event} was due by {due} but published on {day} (rule C4)</source>
        <translation>{event}的预告最晚应于 {due} 发布，实际于 {day} 发布（规则 C4）</translation>
    </message>
    <message>
        <source>Recap of {event} is planned for {day}, in time (rule C3)</source>
        <translation>{event}的回顾已安排在 {day}，按时（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} was published on {day}, in time (rule C3)</source>
        <translation>{event}的回顾已于 {day} 发布，按时（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} is due by {due} (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due} 发布（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} is due by {due} but planned for {day} (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due} 发布，但安排在 {day}（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} was due by {due} (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due} 发布，已逾期（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} was due by {due} but is planned for {day} (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due} 发布，但安排在 {day}，已逾期（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} was due by {due} but published on {day} (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due} 发布，实际于 {day} 发布（规则 C3）</translation>
    </message>
    <message>
        <source>The due date of the recap of {event} cannot be worked out (rule C3). {reason}</source>
        <translation>无法计算{event}回顾的截止日期（规则 C3）。{reason}</translation>
    </message>
    <message>
        <source>{platform}: two posts are planned in the same half-hour, {day} {start}–{end}</source>
        <translation>{platform}：{day} {start}–{end} 这半小时内安排了两篇发布</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>每周</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Hello {name}. The operations manager has set a temporary password for you. Choose a new one that only you know before you go on.</source>
        <translation>{name}，您好！运营经理已为您设置了临时密码。请先设置一个只有您自己知道的新密码，然后再继续。</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>修改您的密码</translation>
    </message>
    <message>
        <source>A password has at least {n} characters and mixes letters with digits or symbols.</source>
        <translation>密码至少 {n} 位，且须同时包含字母与数字或符号。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Add column to {platform}</source>
        <translation>为“{platform}”添加栏目</translation>
    </message>
    <message>
        <source>Edit column {name} of {platform}</source>
        <translation>编辑“{platform}”的栏目“{name}”</translation>
    </message>
    <message>
        <source>for example 每周精选</source>
        <translation>例如：每周精选</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>What it carries and how often</source>
        <translation>栏目内容及更新频率</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ColumnsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deactivated: no new posts; earlier posts keep it.</source>
        <translation>已停用：新稿件不能再归入此栏目，原有稿件不受影响。</translation>
    </message>
</context>
<context>
    <name>DemoLoginDialog</name>
    <message>
        <source>Demo: choose a team member</source>
        <translation>演示：选择团队成员</translation>
    </message>
    <message>
        <source>This is the MediaDesk demo, with a made-up team. Choose whom to log in as to see MediaDesk as they do; no password is needed. Nothing here touches real data.</source>
        <translation>这是 MediaDesk 演示版，团队成员均为虚构。选择以哪位成员的身份登录，即可看到其眼中的 MediaDesk，无需密码。此处的任何操作都不会涉及真实数据。</translation>
    </message>
    <message>
        <source>{name}
{roles} · {department}</source>
        <translation>{name}
{roles} · {department}</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>未填写部门</translation>
    </message>
    <message>
        <source>User name: {login}</source>
        <translation>用户名：{login}</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Welcome to the MediaDesk demo</source>
        <translation>欢迎使用 MediaDesk 演示版</translation>
    </message>
    <message>
        <source>Choose a team member first.</source>
        <translation>请先选择一位团队成员。</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Sorry, something went wrong in MediaDesk.</source>
        <translation>抱歉，MediaDesk 出现了问题。</translation>
    </message>
    <message>
        <source>What you were doing may not have been completed; please check it. MediaDesk keeps running and the details were written to its log file. If this happens again, click “Copy details” and send them to the person who looks after MediaDesk.</source>
        <translation>您刚才的操作可能没有完成，请检查一下。MediaDesk 仍在继续运行，详细信息已写入日志文件。如果再次出现此问题，请点击“复制详细信息”，并发送给负责维护 MediaDesk 的同事。</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>日志文件：{path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>详细信息已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{url}” is not a database address MediaDesk understands. Use sqlite:///PATH/TO/FILE.db for a database on this PC or postgresql://USER@HOST:PORT/DATABASE for a team server.</source>
        <translation>MediaDesk 无法识别数据库地址“{url}”。本机数据库请使用 sqlite:///PATH/TO/FILE.db，团队服务器请使用 postgresql://USER@HOST:PORT/DATABASE。</translation>
    </message>
    <message>
        <source>The database {where} was last used by a newer version of MediaDesk (it holds changes this version does not know: {names}). Nothing was changed. Please install the newer version of MediaDesk.</source>
        <translation>数据库 {where} 最近一次由更新版本的 MediaDesk 使用（其中包含当前版本无法识别的更新：{names}）。未做任何更改。请安装新版本的 MediaDesk。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged or cannot be read ({reason}). Nothing was changed. Restore it from a backup or choose another file.</source>
        <translation>数据库文件 {path} 已损坏或无法读取（{reason}）。未做任何更改。请从备份中恢复该文件，或选择其他文件。</translation>
    </message>
    <message>
        <source>MediaDesk cannot write in the folder {folder}, where the database {path} is kept. Make the folder writable, or choose another database with --db or in the settings.</source>
        <translation>MediaDesk 无法写入数据库 {path} 所在的文件夹 {folder}。请为该文件夹开放写入权限，或通过 --db 参数或在设置中选择其他数据库。</translation>
    </message>
    <message>
        <source>The file {path} is not a MediaDesk database. Nothing was changed. Choose another file, or a new file name to start a new database.</source>
        <translation>文件 {path} 不是 MediaDesk 数据库。未做任何更改。请选择其他文件，或输入新的文件名以新建数据库。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver (psycopg) is not installed, so a team database cannot be opened. Reinstall MediaDesk.</source>
        <translation>未安装 PostgreSQL 驱动（psycopg），无法打开团队数据库。请重新安装 MediaDesk。</translation>
    </message>
    <message>
        <source>Cannot connect to the team database {where}: {reason}. Check the address, that the server is running, and that this PC may connect to it.</source>
        <translation>无法连接团队数据库 {where}：{reason}。请检查地址是否正确、服务器是否正在运行，以及本机是否有权连接该服务器。</translation>
    </message>
    <message>
        <source>The operation could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <source>Please check what you entered.</source>
        <translation>请检查输入的内容。</translation>
    </message>
    <message>
        <source>The item no longer exists. Someone may have removed it.</source>
        <translation>该条目已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>{who} changed this at {when} while you were editing it. Your change was not saved; the latest version is shown now.</source>
        <translation>在您编辑期间，{who}已于 {when} 修改了此内容。您的修改未保存，现已显示最新版本。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed log-ins. Log-in is paused for {seconds} seconds; please wait and try again.</source>
        <translation>登录失败次数过多，已暂停登录 {seconds} 秒，请稍后再试。</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The name is too long (at most 60 characters).</source>
        <translation>名称过长（最多 60 个字符）。</translation>
    </message>
    <message>
        <source>A colour is written #RRGGBB, for example #07C160.</source>
        <translation>颜色格式应为 #RRGGBB，例如 #07C160。</translation>
    </message>
    <message>
        <source>There is already a platform called {name}.</source>
        <translation>已有名为“{name}”的平台。</translation>
    </message>
    <message>
        <source>This platform already has a column called {name}.</source>
        <translation>该平台已有名为“{name}”的栏目。</translation>
    </message>
    <message>
        <source>This setting cannot be changed.</source>
        <translation>此设置不可更改。</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>密码至少需要 {n} 位。</translation>
    </message>
    <message>
        <source>The password must mix letters with digits or symbols.</source>
        <translation>密码须同时包含字母与数字或符号。</translation>
    </message>
    <message>
        <source>Only the {role} may do this.</source>
        <translation>只有{role}才能执行此操作。</translation>
    </message>
    <message>
        <source>Only a person with one of these roles may do this: {roles}.</source>
        <translation>只有具备以下角色之一的人员才能执行此操作：{roles}。</translation>
    </message>
    <message>
        <source>Logging in without a password works only in the demo.</source>
        <translation>只有演示版才能免密码登录。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores (for example zhang.wei).</source>
        <translation>用户名须由 2～64 个字母、数字、点、短横线或下划线组成（例如 zhang.wei）。</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>姓名过长（最多 100 个字符）。</translation>
    </message>
    <message>
        <source>The team must keep at least one active operations manager. Give the role to someone else first.</source>
        <translation>团队中至少要保留一名在用的运营经理。请先将此角色分配给其他人员。</translation>
    </message>
    <message>
        <source>The user name {login} is taken. Choose another.</source>
        <translation>用户名 {login} 已被占用，请换一个。</translation>
    </message>
    <message>
        <source>This database has been set up already. Please log in.</source>
        <translation>此数据库已完成初始化，请直接登录。</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>Choose per day or per week.</source>
        <translation>请选择“每天”或“每周”。</translation>
    </message>
    <message>
        <source>The minimum number of posts is a whole number from 1 to {n}. To drop the rule, remove it instead.</source>
        <translation>最低发布数须为 1 到 {n} 之间的整数。如不再需要此规则，请将其删除。</translation>
    </message>
    <message>
        <source>A length limit is a whole number of characters from 1 to {n}, or empty for no limit.</source>
        <translation>字数限制须为 1 到 {n} 之间的整数；留空表示不限制。</translation>
    </message>
    <message>
        <source>Please choose a date.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <source>Please enter the event&apos;s name.</source>
        <translation>请输入活动名称。</translation>
    </message>
    <message>
        <source>The name is too long (at most {n} characters).</source>
        <translation>名称过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <source>Choose whether this is an event or a promotion.</source>
        <translation>请选择这是活动还是推广。</translation>
    </message>
    <message>
        <source>The event cannot end ({end}) before it starts ({start}). Check the dates.</source>
        <translation>活动的结束日期（{end}）不能早于开始日期（{start}）。请检查日期。</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed. Correct the following and import it again:
{problems}</source>
        <translation>文件未导入，未做任何更改。请更正以下问题后重新导入：
{problems}</translation>
    </message>
    <message>
        <source>... and {n} more problems.</source>
        <translation>……另有 {n} 个问题。</translation>
    </message>
    <message>
        <source>Line {line}, {column}: {reason}</source>
        <translation>第 {line} 行，{column} 列：{reason}</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it from Excel as “CSV UTF-8” and try again.</source>
        <translation>该文件既不是 UTF-8 也不是 GB18030 编码的文本。请在 Excel 中另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>The file is empty. A posting plan starts with the header line {header}.</source>
        <translation>文件为空。发布计划的第一行应为表头：{header}。</translation>
    </message>
    <message>
        <source>This line cannot be read as CSV ({reason}).</source>
        <translation>此行无法按 CSV 格式读取（{reason}）。</translation>
    </message>
    <message>
        <source>The header line must name the columns {header} (in any order). Missing: {missing}. Not known: {unknown}.</source>
        <translation>表头须包含以下列：{header}（顺序不限）。缺少：{missing}。无法识别：{unknown}。</translation>
    </message>
    <message>
        <source>The line has {found} values; the header has {expected}.</source>
        <translation>此行有 {found} 个值，而表头有 {expected} 列。</translation>
    </message>
    <message>
        <source>The file has a header line but no posts.</source>
        <translation>文件只有表头，没有稿件。</translation>
    </message>
    <message>
        <source>the platform is missing.</source>
        <translation>缺少平台。</translation>
    </message>
    <message>
        <source>there is no active platform called “{name}”.</source>
        <translation>没有名为“{name}”的在用平台。</translation>
    </message>
    <message>
        <source>the platform {platform} has no active column called “{name}”.</source>
        <translation>平台“{platform}”没有名为“{name}”的在用栏目。</translation>
    </message>
    <message>
        <source>the title is missing.</source>
        <translation>缺少标题。</translation>
    </message>
    <message>
        <source>the writer is missing.</source>
        <translation>缺少撰稿人。</translation>
    </message>
    <message>
        <source>there is no active team member called “{name}” (use the user name or the full name).</source>
        <translation>团队中没有名为“{name}”的在用成员（请填写用户名或姓名）。</translation>
    </message>
    <message>
        <source>“{value}” is not a category.</source>
        <translation>“{value}”不是有效的分类。</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time; write it as 2026-11-24 09:30, or leave it empty for an unscheduled post.</source>
        <translation>“{value}”不是有效的日期时间；请写成 2026-11-24 09:30 的格式，未排期的稿件请留空。</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no.</source>
        <translation>“{value}”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>there is no event called “{name}”.</source>
        <translation>没有名为“{name}”的活动。</translation>
    </message>
    <message>
        <source>You can view the calendar but not change it. Ask the operations manager if you need to plan posts.</source>
        <translation>您可以查看内容日历，但不能修改。如需安排稿件，请联系运营经理。</translation>
    </message>
    <message>
        <source>Only the content, channel and promotion specialists and the operations manager plan and write posts.</source>
        <translation>只有内容运营专员、信息渠道运营专员、推广运营专员和运营经理可以安排和撰写稿件。</translation>
    </message>
    <message>
        <source>This is {writer}&apos;s post. Only {writer} or the operations manager may change or move it.</source>
        <translation>这是{writer}的稿件。只有{writer}或运营经理可以修改它或调整其发布时间。</translation>
    </message>
    <message>
        <source>Only the operations manager may give a post to another writer.</source>
        <translation>只有运营经理可以把稿件交给其他撰稿人。</translation>
    </message>
    <message>
        <source>{name} does not write posts. Choose a content, channel or promotion specialist, or the operations manager.</source>
        <translation>{name}不负责撰写稿件。请选择内容、信息渠道或推广运营专员，或运营经理。</translation>
    </message>
    <message>
        <source>Please choose a date and time.</source>
        <translation>请选择日期和时间。</translation>
    </message>
    <message>
        <source>{when} has already passed. Plan the post for a time that is still ahead, or leave it unscheduled.</source>
        <translation>{when} 已经过去。请选择一个尚未到来的时间，或暂不排期。</translation>
    </message>
    <message>
        <source>The title is too long for {platform}: {count} characters, at most {n}.</source>
        <translation>标题超出{platform}的字数限制：共 {count} 字，最多 {n} 字。</translation>
    </message>
    <message>
        <source>The text is too long for {platform}: {count} characters, at most {n}.</source>
        <translation>正文超出{platform}的字数限制：共 {count} 字，最多 {n} 字。</translation>
    </message>
    <message>
        <source>Please enter a title.</source>
        <translation>请输入标题。</translation>
    </message>
    <message>
        <source>The source is too long (at most {n} characters).</source>
        <translation>来源过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <source>Please choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>Please choose a platform.</source>
        <translation>请选择平台。</translation>
    </message>
    <message>
        <source>{platform} is no longer in use. Choose another platform.</source>
        <translation>{platform}已停用。请选择其他平台。</translation>
    </message>
    <message>
        <source>The column does not belong to {platform}. Choose one of its columns.</source>
        <translation>该栏目不属于{platform}。请选择该平台的栏目。</translation>
    </message>
    <message>
        <source>The event no longer exists. Choose another one.</source>
        <translation>该活动已不存在。请选择其他活动。</translation>
    </message>
    <message>
        <source>This post has been published, so its platform and planned time can no longer be changed.</source>
        <translation>该稿件已发布，不能再更改平台和计划发布时间。</translation>
    </message>
    <message>
        <source>This post has been published, so it can no longer be moved.</source>
        <translation>该稿件已发布，不能再调整发布时间。</translation>
    </message>
    <message>
        <source>Choose at least one platform to copy the post to.</source>
        <translation>请至少选择一个要复制到的平台。</translation>
    </message>
    <message>
        <source>This post already has a version on {platforms}. Choose other platforms.</source>
        <translation>该稿件在{platforms}上已有版本。请选择其他平台。</translation>
    </message>
    <message>
        <source>The Chinese holiday calendar for {year} is not known to this version of MediaDesk (it knows {first}–{last}). Update MediaDesk (the chinesecalendar package) to count working days in {year}.</source>
        <translation>此版本的 MediaDesk 不知道 {year} 年的中国法定节假日安排（已知 {first}–{last} 年）。请更新 MediaDesk（chinesecalendar 软件包）以计算 {year} 年的工作日。</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Major event</source>
        <translation>重大活动</translation>
    </message>
    <message>
        <source>Major promotion</source>
        <translation>重大推广</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Changed by a colleague</source>
        <translation>已被同事修改</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>for example zhang.wei</source>
        <translation>例如：zhang.wei</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Database settings…</source>
        <translation>数据库设置…</translation>
    </message>
    <message>
        <source>Log in to MediaDesk</source>
        <translation>登录 MediaDesk</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助信息并退出。</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>The database: sqlite:///PATH/TO/FILE.db for a file on this PC or postgresql://USER@HOST:PORT/DATABASE for a team server. Default: the one chosen in the settings, else a file in your data folder.</source>
        <translation>要使用的数据库：本机文件用 sqlite:///PATH/TO/FILE.db，团队服务器用 postgresql://USER@HOST:PORT/DATABASE。默认使用设置中选择的数据库；未设置时，使用数据文件夹中的文件。</translation>
    </message>
    <message>
        <source>The language (default: the settings, else the system&apos;s).</source>
        <translation>界面语言（默认使用设置中选择的语言；未设置时跟随系统）。</translation>
    </message>
    <message>
        <source>MediaDesk: content calendar, approvals, inquiries and platform accounts for a new-media operations team.</source>
        <translation>MediaDesk：面向新媒体运营团队的内容日历、审核、咨询和平台账号管理工具。</translation>
    </message>
    <message>
        <source>Try MediaDesk on a made-up team in a new temporary database.</source>
        <translation>新建一个临时数据库，用虚构的团队试用 MediaDesk。</translation>
    </message>
    <message>
        <source>Log in as this member of a demo database, without a password.</source>
        <translation>以演示数据库中该成员的身份登录，无需密码。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Commands (run without a window)</source>
        <translation>命令（不打开窗口运行）</translation>
    </message>
    <message>
        <source>Create the database or bring it up to date, then exit.</source>
        <translation>创建数据库或将其更新到最新版本，然后退出。</translation>
    </message>
    <message>
        <source>Created the database {where}.</source>
        <translation>已创建数据库 {where}。</translation>
    </message>
    <message>
        <source>Updated the database {where} to this version of MediaDesk.</source>
        <translation>已将数据库 {where} 更新到当前 MediaDesk 版本。</translation>
    </message>
    <message>
        <source>The database {where} is up to date.</source>
        <translation>数据库 {where} 已是最新版本。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Team and platforms</source>
        <translation>团队与平台</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>功能页面</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About MediaDesk</source>
        <translation>关于 MediaDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>{name} ({roles})</source>
        <translation>{name}（{roles}）</translation>
    </message>
    <message>
        <source>Logged in as {login}</source>
        <translation>当前登录用户名：{login}</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MediaDesk {version}&lt;/h3&gt;&lt;p&gt;Plans, reviews and publishes a new-media operations team&apos;s content, answers its inquiries and keeps its platform accounts safe.&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt} · PySide6 {pyside}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MediaDesk {version}&lt;/h3&gt;&lt;p&gt;帮助新媒体运营团队策划、审核和发布内容，答复用户咨询，并保障平台账号安全。&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt} · PySide6 {pyside}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About MediaDesk</source>
        <translation>关于 MediaDesk</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No role: may only read the calendar.</source>
        <translation>未分配角色：只能查看内容日历。</translation>
    </message>
    <message>
        <source>Deactivated: cannot log in. Nothing about them is deleted.</source>
        <translation>已停用：无法登录，其相关信息均未删除。</translation>
    </message>
    <message>
        <source>Must choose a new password at the next log-in.</source>
        <translation>下次登录时须设置新密码。</translation>
    </message>
    <message>
        <source>Can log in.</source>
        <translation>可以登录。</translation>
    </message>
    <message>
        <source>{name} (user name {login})</source>
        <translation>{name}（用户名：{login}）</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑{name}的信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>for example 张伟</source>
        <translation>例如：张伟</translation>
    </message>
    <message>
        <source>for example zhang.wei</source>
        <translation>例如：zhang.wei</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>A person with no role may only read the calendar.</source>
        <translation>未分配角色的人员只能查看内容日历。</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>At least {n} characters, mixing letters with digits or symbols</source>
        <translation>至少 {n} 位，字母与数字或符号混合</translation>
    </message>
    <message>
        <source>Initial pass&amp;word:</source>
        <translation>初始密码(&amp;W)：</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>确认密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The person must choose their own password at the first log-in.</source>
        <translation>该人员首次登录时须自行设置新密码。</translation>
    </message>
    <message>
        <source>A user name cannot be changed: the audit log and the posts refer to it.</source>
        <translation>用户名不可更改：操作日志和稿件中都引用了该用户名。</translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>Add platform</source>
        <translation>添加平台</translation>
    </message>
    <message>
        <source>Edit platform {name}</source>
        <translation>编辑平台“{name}”</translation>
    </message>
    <message>
        <source>for example 微信公众号</source>
        <translation>例如：微信公众号</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>The colour as a code #RRGGBB, for example #07C160.</source>
        <translation>颜色代码，格式为 #RRGGBB，例如 #07C160。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Pick the colour from a palette</source>
        <translation>从调色板中选取颜色</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>Colour of the platform</source>
        <translation>平台颜色</translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Official website</source>
        <translation>官网</translation>
    </message>
    <message>
        <source>WeChat official account</source>
        <translation>微信公众号</translation>
    </message>
    <message>
        <source>WeChat mini program</source>
        <translation>微信小程序</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>Zhihu</source>
        <translation>知乎</translation>
    </message>
    <message>
        <source>Baijiahao</source>
        <translation>百家号</translation>
    </message>
    <message>
        <source>Sohu</source>
        <translation>搜狐号</translation>
    </message>
    <message>
        <source>Baidu Zhidao</source>
        <translation>百度知道</translation>
    </message>
    <message>
        <source>Toutiao</source>
        <translation>今日头条</translation>
    </message>
    <message>
        <source>QQ Zone</source>
        <translation>QQ空间</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PlatformsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Active columns</source>
        <translation>在用栏目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{name}, colour {colour}</source>
        <translation>{name}，颜色 {colour}</translation>
    </message>
    <message>
        <source>Deactivated: no new posts; earlier posts and reports keep it.</source>
        <translation>已停用：不能再为其安排新稿件，原有稿件和报表不受影响。</translation>
    </message>
</context>
<context>
    <name>Posts</name>
    <message>
        <source>General information</source>
        <translation>一般信息</translation>
    </message>
    <message>
        <source>Company news</source>
        <translation>公司新闻</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>推广</translation>
    </message>
    <message>
        <source>Event recap</source>
        <translation>活动回顾</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>招聘</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of {name}</source>
        <translation>重置{name}的密码</translation>
    </message>
    <message>
        <source>Give {name} ({login}) a new password. They must change it at the next log-in.</source>
        <translation>为{name}（{login}）设置新密码。对方下次登录时须修改此密码。</translation>
    </message>
    <message>
        <source>At least {n} characters, mixing letters with digits or symbols</source>
        <translation>至少 {n} 位，字母与数字或符号混合</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>新密码(&amp;W)：</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>确认密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Content specialist</source>
        <translation>内容运营专员</translation>
    </message>
    <message>
        <source>Channel specialist</source>
        <translation>信息渠道运营专员</translation>
    </message>
    <message>
        <source>Promotion specialist</source>
        <translation>推广运营专员</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <source>Operations manager</source>
        <translation>运营经理</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>总经理</translation>
    </message>
    <message>
        <source>Account administrator</source>
        <translation>账号管理员</translation>
    </message>
    <message>
        <source>Read-only access</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the roles of one person, as in &quot;Content specialist, Customer service&quot;. Chinese uses the enumeration comma: &quot;、&quot;.</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Team name</source>
        <translation>团队名称</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>MediaDesk can use this file. It will be created and set up when MediaDesk next starts.</source>
        <translation>MediaDesk 可以使用此文件。下次启动 MediaDesk 时，将自动创建并初始化该文件。</translation>
    </message>
    <message>
        <source>Connected. The database is empty: MediaDesk will set it up when it next starts.</source>
        <translation>连接成功。该数据库为空，MediaDesk 将在下次启动时对其进行初始化。</translation>
    </message>
    <message>
        <source>This file is a MediaDesk database.</source>
        <translation>此文件是 MediaDesk 数据库。</translation>
    </message>
    <message>
        <source>Connected. This is a MediaDesk database.</source>
        <translation>连接成功。这是一个 MediaDesk 数据库。</translation>
    </message>
    <message>
        <source>The test failed unexpectedly. The details are in the log file.</source>
        <translation>测试意外失败，详细信息请查看日志文件。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;This PC: a database file on this computer</source>
        <translation>本机：使用本电脑上的数据库文件(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;eam server (PostgreSQL), shared by the team</source>
        <translation>团队服务器（PostgreSQL），供全团队共用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>for example db.example.com</source>
        <translation>例如：db.example.com</translation>
    </message>
    <message>
        <source>only for the test; not saved</source>
        <translation>仅用于测试，不会保存</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>MediaDesk does not save this password. To connect every day, put it in PostgreSQL&apos;s password file (.pgpass in your home folder; %APPDATA%\postgresql\pgpass.conf on Windows) or ask the server&apos;s administrator to let this PC in.</source>
        <translation>MediaDesk 不会保存此密码。如需日常连接，请将密码写入 PostgreSQL 的密码文件（主目录下的 .pgpass；Windows 上为 %APPDATA%\postgresql\pgpass.conf），或请服务器管理员允许本机连接。</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Open now: {where}</source>
        <translation>当前使用：{where}</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <source>MediaDesk databases (*.db);;All files (*)</source>
        <translation>MediaDesk 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Restart MediaDesk?</source>
        <translation>要重启 MediaDesk 吗？</translation>
    </message>
    <message>
        <source>The new settings take effect when MediaDesk starts again.</source>
        <translation>新设置将在 MediaDesk 重新启动后生效。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Restart MediaDesk</source>
        <translation>重启 MediaDesk</translation>
    </message>
    <message>
        <source>MediaDesk could not start again by itself. Please close it and start it again.</source>
        <translation>MediaDesk 无法自动重启，请手动关闭后重新启动。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up your team</source>
        <translation>创建团队</translation>
    </message>
    <message>
        <source>for example wang.fang</source>
        <translation>例如：wang.fang</translation>
    </message>
    <message>
        <source>for example 王芳</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>You, the operations manager</source>
        <translation>您（运营经理）</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>A password has at least {n} characters and mixes letters with digits or symbols.</source>
        <translation>密码至少 {n} 位，且须同时包含字母与数字或符号。</translation>
    </message>
    <message>
        <source>The team&apos;s platforms</source>
        <translation>团队运营的平台</translation>
    </message>
    <message>
        <source>Tick the platforms your team runs. To rename one, double-click it. You can change the list later.</source>
        <translation>请勾选团队运营的平台。双击可重命名。此列表以后可随时修改。</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Use a team server instead…</source>
        <translation>改用团队服务器…</translation>
    </message>
    <message>
        <source>The database {where} is empty. Set up your team to start: you become its operations manager, who adds colleagues and keeps the list of platforms.</source>
        <translation>数据库 {where} 为空。请先创建团队：您将成为团队的运营经理，负责添加同事并维护平台列表。</translation>
    </message>
    <message>
        <source>This database is empty. Set up your team to start: you become its operations manager, who adds colleagues and keeps the list of platforms.</source>
        <translation>此数据库为空。请先创建团队：您将成为团队的运营经理，负责添加同事并维护平台列表。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>Welcome to MediaDesk</source>
        <translation>欢迎使用 MediaDesk</translation>
    </message>
    <message>
        <source>Tick at least one platform.</source>
        <translation>请至少勾选一个平台。</translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Team and platforms</source>
        <translation>团队与平台</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <source>Platforms and &amp;columns</source>
        <translation>平台与栏目(&amp;C)</translation>
    </message>
    <message>
        <source>Only the operations manager can change people, platforms and columns.</source>
        <translation>只有运营经理可以修改人员、平台和栏目。</translation>
    </message>
    <message>
        <source>Name or user name</source>
        <translation>姓名或用户名</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Show &amp;inactive people</source>
        <translation>显示已停用人员(&amp;I)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>重置密码(&amp;W)…</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>P&amp;latforms</source>
        <translation>平台(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add platform…</source>
        <translation>添加平台(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit platform…</source>
        <translation>编辑平台(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate platform</source>
        <translation>停用平台(&amp;D)</translation>
    </message>
    <message>
        <source>Columns of the selected platform</source>
        <translation>所选平台的栏目</translation>
    </message>
    <message>
        <source>Col&amp;umns</source>
        <translation>栏目(&amp;U)</translation>
    </message>
    <message>
        <source>Add colu&amp;mn…</source>
        <translation>添加栏目(&amp;M)…</translation>
    </message>
    <message>
        <source>Edi&amp;t column…</source>
        <translation>编辑栏目(&amp;T)…</translation>
    </message>
    <message>
        <source>Deacti&amp;vate column</source>
        <translation>停用栏目(&amp;V)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <source>Col&amp;umns of {platform}</source>
        <translation>{platform}的栏目(&amp;U)</translation>
    </message>
    <message>
        <source>Add a person to the team ({key})</source>
        <translation>向团队添加人员（{key}）</translation>
    </message>
    <message>
        <source>Change the selected person&apos;s name, department and roles (Enter)</source>
        <translation>修改所选人员的姓名、部门和角色（Enter）</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>启用(&amp;R)</translation>
    </message>
    <message>
        <source>Let the selected person log in again</source>
        <translation>允许所选人员重新登录</translation>
    </message>
    <message>
        <source>The selected person can no longer log in; nothing is deleted</source>
        <translation>所选人员将无法登录，但不会删除任何信息</translation>
    </message>
    <message>
        <source>Set a new password that the person must change at the next log-in</source>
        <translation>设置新密码，该人员下次登录时须修改</translation>
    </message>
    <message>
        <source>Add a platform the team runs</source>
        <translation>添加团队运营的平台</translation>
    </message>
    <message>
        <source>Change the selected platform&apos;s name, kind and colour (Enter)</source>
        <translation>修改所选平台的名称、类型和颜色（Enter）</translation>
    </message>
    <message>
        <source>&amp;Reactivate platform</source>
        <translation>启用平台(&amp;R)</translation>
    </message>
    <message>
        <source>Use the selected platform again</source>
        <translation>重新启用所选平台</translation>
    </message>
    <message>
        <source>Stop using the selected platform; nothing is deleted</source>
        <translation>停用所选平台，但不会删除任何信息</translation>
    </message>
    <message>
        <source>Add a column to the selected platform</source>
        <translation>为所选平台添加栏目</translation>
    </message>
    <message>
        <source>Change the selected column&apos;s name and description (Enter)</source>
        <translation>修改所选栏目的名称和说明（Enter）</translation>
    </message>
    <message>
        <source>Reacti&amp;vate column</source>
        <translation>启用栏目(&amp;V)</translation>
    </message>
    <message>
        <source>Use the selected column again</source>
        <translation>重新启用所选栏目</translation>
    </message>
    <message>
        <source>Stop using the selected column; nothing is deleted</source>
        <translation>停用所选栏目，但不会删除任何信息</translation>
    </message>
    <message>
        <source>Nothing is deleted here, so that posts, reports and the audit log keep their names. To stop using an entry, deactivate it.</source>
        <translation>此处不能删除任何条目，以确保稿件、报表和操作日志中的名称完整保留。如不再使用某个条目，请将其停用。</translation>
    </message>
    <message>
        <source>{name} was added. They must choose their own password at the first log-in.</source>
        <translation>已添加{name}。对方首次登录时须自行设置新密码。</translation>
    </message>
    <message>
        <source>{name} was saved.</source>
        <translation>已保存{name}的信息。</translation>
    </message>
    <message>
        <source>Deactivate {name}?</source>
        <translation>要停用{name}吗？</translation>
    </message>
    <message>
        <source>{name} will no longer be able to log in. Nothing about them is deleted: posts and the audit log keep their name, and you can reactivate them later.</source>
        <translation>停用后，{name}将无法登录。其相关信息不会被删除：稿件和操作日志中仍保留其姓名，您以后也可以重新启用。</translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation>{name}已重新启用，可以登录。</translation>
    </message>
    <message>
        <source>{name} was deactivated and can no longer log in.</source>
        <translation>{name}已停用，无法再登录。</translation>
    </message>
    <message>
        <source>The password of {name} was reset. They must choose a new one at the next log-in.</source>
        <translation>已重置{name}的密码。对方下次登录时须设置新密码。</translation>
    </message>
    <message>
        <source>Platform {name} was saved.</source>
        <translation>平台“{name}”已保存。</translation>
    </message>
    <message>
        <source>Deactivate platform {name}?</source>
        <translation>要停用平台“{name}”吗？</translation>
    </message>
    <message>
        <source>No new posts can be planned for {name}. Its columns, earlier posts and reports are kept, and you can reactivate it later.</source>
        <translation>停用后，将不能再为“{name}”安排新稿件。其栏目、原有稿件和报表都会保留，您以后也可以重新启用。</translation>
    </message>
    <message>
        <source>Platform {name} is in use again.</source>
        <translation>平台“{name}”已重新启用。</translation>
    </message>
    <message>
        <source>Platform {name} was deactivated.</source>
        <translation>平台“{name}”已停用。</translation>
    </message>
    <message>
        <source>Column {name} was saved.</source>
        <translation>栏目“{name}”已保存。</translation>
    </message>
    <message>
        <source>Deactivate column {name}?</source>
        <translation>要停用栏目“{name}”吗？</translation>
    </message>
    <message>
        <source>No new posts can be filed under {name}. Earlier posts keep it, and you can reactivate it later.</source>
        <translation>停用后，新稿件将不能再归入“{name}”。原有稿件不受影响，您以后也可以重新启用。</translation>
    </message>
    <message>
        <source>Column {name} is in use again.</source>
        <translation>栏目“{name}”已重新启用。</translation>
    </message>
    <message>
        <source>Column {name} was deactivated.</source>
        <translation>栏目“{name}”已停用。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>{date} ({weekday})</source>
        <translation>{date}（{weekday}）</translation>
    </message>
</context>
</TS>

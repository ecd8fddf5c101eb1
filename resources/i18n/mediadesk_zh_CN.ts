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
        <source>Set up already</source>
        <translation>已完成初始化</translation>
    </message>
    <message>
        <source>A colleague has just set up this team database. Log in with the account the operations manager created for you.</source>
        <translation>同事刚刚完成了此团队数据库的初始化。请使用运营经理为您创建的账号登录。</translation>
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
        <translation>添加稿件</translation>
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
        <source>Imported a posting plan</source>
        <translation>导入发布计划</translation>
    </message>
    <message>
        <source>Deleted a post</source>
        <translation>删除稿件</translation>
    </message>
    <message>
        <source>Added an event</source>
        <translation>添加活动</translation>
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
        <translation>修改平台最低发布数量</translation>
    </message>
    <message>
        <source>Removed a platform&apos;s posting minimum</source>
        <translation>取消平台最低发布数量</translation>
    </message>
    <message>
        <source>Changed a platform&apos;s length limits</source>
        <translation>修改平台字数限制</translation>
    </message>
    <message>
        <source>Submitted a post for review</source>
        <translation>提交稿件审核</translation>
    </message>
    <message>
        <source>Withdrew a post from review</source>
        <translation>撤回审核中的稿件</translation>
    </message>
    <message>
        <source>Approved a post</source>
        <translation>审核通过稿件</translation>
    </message>
    <message>
        <source>Returned a post to its writer</source>
        <translation>将稿件退回撰稿人</translation>
    </message>
    <message>
        <source>Confirmed a company-project post</source>
        <translation>确认涉及公司项目的稿件</translation>
    </message>
    <message>
        <source>Marked a post as published</source>
        <translation>将稿件标记为已发布</translation>
    </message>
    <message>
        <source>Edited an approved post: back to review</source>
        <translation>修改已审核通过的稿件：重新审核</translation>
    </message>
    <message>
        <source>Gave a post in review or approved to another writer: back to draft</source>
        <translation>将审核中或已审核通过的稿件交给其他撰稿人：退回草稿</translation>
    </message>
    <message>
        <source>Commented on a post</source>
        <translation>评论稿件</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>{platform} · {column}</source>
        <extracomment>Where a column rule falls short: the platform and the column (rule C2), as &quot;{platform}&quot; in the texts below.</extracomment>
        <translation>{platform} · {column}</translation>
    </message>
    <message>
        <source>{platform}: no post planned on {day}</source>
        <translation>{platform}：{day}没有安排发布</translation>
    </message>
    <message>
        <source>{platform}: {planned} of {required} posts planned on {day}</source>
        <translation>{platform}：{day}只安排了 {planned} 篇，要求 {required} 篇</translation>
    </message>
    <message>
        <source>{platform}: no post planned in the week of {monday}</source>
        <translation>{platform}：{monday}这一周没有安排发布</translation>
    </message>
    <message>
        <source>{platform}: {planned} of {required} posts planned in the week of {monday}</source>
        <translation>{platform}：{monday}这一周只安排了 {planned} 篇，要求 {required} 篇</translation>
    </message>
    <message>
        <source>{where}: no post planned in {month} (rule C5: each column every month)</source>
        <translation>{where}：{month}没有安排发布（规则 C5：每个栏目每月都要更新）</translation>
    </message>
    <message>
        <source>{where}: {planned} of {required} posts planned in {month} (rule C5)</source>
        <translation>{where}：{month}安排了 {planned} 篇，要求 {required} 篇（规则 C5）</translation>
    </message>
    <message>
        <source>{where}: no piece planned in {month}, the quota is {required} (rule C7)</source>
        <translation>{where}：{month}没有安排稿件，定额 {required} 篇（规则 C7）</translation>
    </message>
    <message>
        <source>{where}: {planned} of {required} pieces planned in {month} (rule C7)</source>
        <translation>{where}：{month}安排了 {planned} 篇，定额 {required} 篇（规则 C7）</translation>
    </message>
    <message>
        <source>Announcement of {event} is planned for {day}, in time (rule C4)</source>
        <translation>{event}的预告已安排在 {day}，可按时发布（规则 C4）</translation>
    </message>
    <message>
        <source>Announcement of {event} was published on {day}, in time (rule C4)</source>
        <translation>{event}的预告已于 {day}按时发布（规则 C4）</translation>
    </message>
    <message>
        <source>Announcement of {event} is due by {due} (rule C4)</source>
        <translation>{event}的预告最晚应于 {due}发布（规则 C4）</translation>
    </message>
    <message>
        <source>Announcement of {event} is due by {due} but planned for {day} (rule C4)</source>
        <translation>{event}的预告最晚应于 {due}发布，但安排在 {day}（规则 C4）</translation>
    </message>
    <message>
        <source>Announcement of {event} was due by {due} (rule C4)</source>
        <translation>{event}的预告最晚应于 {due}发布，已逾期（规则 C4）</translation>
    </message>
    <message>
        <source>Announcement of {event} was due by {due} but is planned for {day} (rule C4)</source>
        <translation>{event}的预告最晚应于 {due}发布，但安排在 {day}，已逾期（规则 C4）</translation>
    </message>
    <message>
        <source>Announcement of {event} was due by {due} but published on {day} (rule C4)</source>
        <translation>{event}的预告最晚应于 {due}发布，实际于 {day}发布（规则 C4）</translation>
    </message>
    <message>
        <source>The due date of the announcement of {event} cannot be worked out (rule C4). {reason}</source>
        <translation>无法计算{event}预告的截止日期（规则 C4）。{reason}</translation>
    </message>
    <message>
        <source>Recap of {event} is planned for {day}, in time (rule C3)</source>
        <translation>{event}的回顾已安排在 {day}，可按时发布（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} was published on {day}, in time (rule C3)</source>
        <translation>{event}的回顾已于 {day}按时发布（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} is due by {due} (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due}发布（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} is due by {due} but planned for {day} (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due}发布，但安排在 {day}（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} was due by {due} (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due}发布，已逾期（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} was due by {due} but is planned for {day} (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due}发布，但安排在 {day}，已逾期（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} was due by {due} but published on {day} (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due}发布，实际于 {day}发布（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} is due by {due} but planned for {day}, before the event&apos;s last day (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due}发布，但安排在 {day}，早于活动的最后一天（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} is due by {due} but was published on {day}, before the event&apos;s last day (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due}发布，但已于 {day}发布，早于活动的最后一天（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} was due by {due} but is planned for {day}, before the event&apos;s last day (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due}发布，但安排在 {day}，早于活动的最后一天，已逾期（规则 C3）</translation>
    </message>
    <message>
        <source>Recap of {event} was due by {due} but published on {day}, before the event&apos;s last day (rule C3)</source>
        <translation>{event}的回顾最晚应于 {due}发布，但于 {day}发布，早于活动的最后一天（规则 C3）</translation>
    </message>
    <message>
        <source>The due date of the recap of {event} cannot be worked out (rule C3). {reason}</source>
        <translation>无法计算{event}回顾的截止日期（规则 C3）。{reason}</translation>
    </message>
    <message>
        <source>{platform}: {count} posts are planned in the same half-hour, {day} {start}–{end}</source>
        <translation>{platform}：{day} {start}–{end} 这半小时内安排了 {count} 篇稿件</translation>
    </message>
    <message>
        <source>{platform}: two posts are planned in the same half-hour, {day} {start}–{end}</source>
        <translation>{platform}：{day} {start}–{end} 这半小时内安排了两篇稿件</translation>
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
    <name>Calendar</name>
    <message>
        <source>{month_short} {year}</source>
        <extracomment>The calendar&apos;s title where &quot;December 2026&quot; does not fit (a small screen). Chinese: &quot;{year}年{month_short}&quot; (the full title is short already).</extracomment>
        <translation>{year}年{month_short}</translation>
    </message>
    <message>
        <source>{month_short} {day}</source>
        <translation>{month_short}{day}日</translation>
    </message>
    <message>
        <source>{weekday}, {month_name} {day}, {year}</source>
        <translation>{year}年{month_name}{day}日（{weekday}）</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{month}/{day}</source>
        <extracomment>A day in digits, in the calendar&apos;s title on a small screen (&quot;11/16 – 11/22&quot;).</extracomment>
        <translation>{month}/{day}</translation>
    </message>
    <message>
        <source>{month_short} {day}, {year}</source>
        <translation>{year}年{month_short}{day}日</translation>
    </message>
    <message>
        <source>{weekday} {day}</source>
        <translation>{day}日 {weekday}</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>还有 {n} 篇</translation>
    </message>
    <message>
        <source>+{n}</source>
        <translation>+{n}</translation>
    </message>
    <message>
        <source>{n} more posts on {day}; click to open the day</source>
        <translation>{day}还有 {n} 篇稿件，点击打开当天</translation>
    </message>
    <message>
        <source>{n} more posts in this half-hour; click to see them in the agenda:</source>
        <translation>此半小时内另有 {n} 篇稿件，点击在日程中查看：</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <source>{status} · {category} · written by {writer}</source>
        <translation>{status} · {category} · 撰稿人：{writer}</translation>
    </message>
    <message>
        <source>Concerns a company project</source>
        <translation>涉及公司项目</translation>
    </message>
    <message>
        <source>Another post for this platform is planned in the same half-hour.</source>
        <translation>该平台在同一半小时内还安排了另一篇稿件。</translation>
    </message>
    <message>
        <source>Unscheduled posts</source>
        <translation>未排期稿件</translation>
    </message>
    <message>
        <source>No unscheduled posts. Drag a card here to take it off the calendar.</source>
        <translation>没有未排期的稿件。将卡片拖到此处，即可将其从日历中移出。</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Nothing falls short in this range.</source>
        <translation>当前范围内没有未达标的项目。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>撰稿人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between the lines of a calendar card&apos;s description for a screen reader (&quot;10:00 Weibo; 年终大促; In review · …&quot;); Chinese: &quot;；&quot;.</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>{day}: {details}</source>
        <extracomment>A calendar day and what is selected on it, as a screen reader says it. Chinese: &quot;{day}：{details}&quot;.</extracomment>
        <translation>{day}：{details}</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <source>Move “{title}”</source>
        <translation>移动“{title}”</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <source>Go to a date (Ctrl+G)</source>
        <translation>转到日期（Ctrl+G）</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>转到日期</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>日程(&amp;A)</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Writers</source>
        <translation>撰稿人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New post…</source>
        <translation>新建稿件(&amp;N)…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>&amp;Unscheduled</source>
        <translation>未排期(&amp;U)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open post</source>
        <translation>打开稿件(&amp;O)</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新建稿件</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>月视图</translation>
    </message>
    <message>
        <source>Week view</source>
        <translation>周视图</translation>
    </message>
    <message>
        <source>Agenda view</source>
        <extracomment>In a window too short for the toolbar&apos;s usual margins (1366x768 at 150 %: 454 pixels above the taskbar, the calendar screen about 360 of them), the margins above and below and the space between the rows shrink to these, so the month grid keeps cells as high as the day&apos;s number and a card; the notice then lies over the foot of the calendar instead of pushing it down (the window grew past the screen&apos;s bottom). A taller window looks as it always did.</extracomment>
        <translation>日程视图</translation>
    </message>
    <message>
        <source>&amp;Import posting plan (CSV)…</source>
        <translation>导入发布计划（CSV）(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export posting plan (CSV)…</source>
        <translation>导出发布计划（CSV）(&amp;E)…</translation>
    </message>
    <message>
        <source>Export visible range as i&amp;Calendar (.ics)…</source>
        <translation>将当前范围导出为 iCalendar（.ics）(&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;vents and promotions…</source>
        <translation>活动与推广(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Holidays and working days…</source>
        <translation>节假日与调休(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Planning rules and length limits…</source>
        <translation>排期规则与字数限制(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>刷新(&amp;L)</translation>
    </message>
    <message>
        <source>{name} (no longer in use)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>（无栏目）</translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <extracomment>How often the calendar looks at the clock: the urgent marks follow the time (each card is judged as it is painted), and at midnight today&apos;s mark and the warnings move on.</extracomment>
        <translation>警告（{n}）</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name}（{kind}）</translation>
    </message>
    <message>
        <source>MediaDesk plans posts from {earliest} to {latest}.</source>
        <translation>MediaDesk 可安排的日期为 {earliest} 至 {latest}。</translation>
    </message>
    <message>
        <source>The calendar now shows the latest plan.</source>
        <translation>日历现已显示最新的排期。</translation>
    </message>
    <message>
        <source>“{title}” has been deleted, so it cannot be moved any more.</source>
        <translation>“{title}”已被删除，无法再移动。</translation>
    </message>
    <message>
        <source>You can look at the calendar but not plan posts: only content, channel and promotion specialists and the operations manager write them.</source>
        <translation>您可以查看内容日历，但不能安排稿件：只有内容运营专员、信息渠道运营专员、推广运营专员和运营经理可以撰写稿件。</translation>
    </message>
    <message>
        <source>Select a post first (click it, or use the arrow keys and Tab), then choose Move to…</source>
        <translation>请先选中一篇稿件（点击稿件，或使用方向键和 Tab 键），再选择“移动到…”。</translation>
    </message>
    <message>
        <source>Select a post first (click it, or use the arrow keys and Tab), then choose Delete…</source>
        <translation>请先选中一篇稿件（点击稿件，或使用方向键和 Tab 键），再选择“删除…”。</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>已删除“{title}”。</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Export the posting plan</source>
        <translation>导出发布计划</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <source>Import a posting plan</source>
        <translation>导入发布计划</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) already in the plan were skipped.</source>
        <translation>
            <numerusform>已跳过 %n 篇计划中已有的稿件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import posting plan</source>
        <translation>导入发布计划</translation>
    </message>
    <message>
        <source>Importing the posting plan…</source>
        <translation>正在导入发布计划…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed.</source>
        <translation>文件未导入，未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file need correcting:</source>
        <translation>
            <numerusform>文件中有 %n 行需要更正：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s). The details list every problem, to read or copy.</source>
        <translation>
            <numerusform>…另有 %n 个问题。详细信息中列出了全部问题，可查看或复制。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n post(s).</source>
        <translation>
            <numerusform>已导入 %n 篇稿件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarTexts</name>
    <message numerus="yes">
        <source>Urgent: planned within %n hours or past, and not yet approved as the rules require.</source>
        <translation>
            <numerusform>紧急：计划在 %n 小时内发布（或已过计划时间），但尚未按规定审核通过。</numerusform>
        </translation>
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
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
    <message numerus="yes">
        <source>Too many wrong passwords. Changing the password and logging in are paused for %n second(s); please wait and try again.</source>
        <translation>
            <numerusform>密码错误次数过多，修改密码和登录已暂停 %n 秒，请稍后再试。</numerusform>
        </translation>
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
    <name>DaysModel</name>
    <message numerus="yes">
        <source>%n of them on weekday(s)</source>
        <translation>
            <numerusform>其中 %n 天在周一至周五</numerusform>
        </translation>
    </message>
    <message>
        <source>{first} – {last}, {length}</source>
        <translation>{first} 至 {last}，{length}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>共 %n 天</numerusform>
        </translation>
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
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
    <name>DuplicateDialog</name>
    <message>
        <source>Duplicate to other platforms</source>
        <translation>复制到其他平台</translation>
    </message>
    <message>
        <source>Each platform you tick gets a linked copy of “{title}”: a draft that is edited on its own. The copies start from the post as it was last saved.</source>
        <translation>每个勾选的平台都会得到一份“{title}”的关联副本：副本为草稿，可单独编辑。副本以该稿件最近一次保存的内容为准。</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>{name} – already has a version</source>
        <translation>{name}（已有版本）</translation>
    </message>
    <message>
        <source>This post already has a version on {name}; open that one to change it.</source>
        <translation>该稿件在{name}上已有版本；如需修改，请打开那个版本。</translation>
    </message>
    <message>
        <source>&amp;Platforms:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Make copies</source>
        <translation>创建副本(&amp;M)</translation>
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
        <source>The database file {path} is read-only. Nothing was changed. Make the file writable, or choose another database with --db or in the settings.</source>
        <translation>数据库文件 {path} 是只读的。未做任何更改。请将该文件设为可写，或通过 --db 参数或在设置中选择其他数据库。</translation>
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
        <source>the server refused the connection (is it running, and is the port right?)</source>
        <translation>服务器拒绝了连接（服务器是否已启动？端口是否正确？）</translation>
    </message>
    <message>
        <source>no server of that name was found</source>
        <translation>找不到该名称的服务器</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器未能及时响应</translation>
    </message>
    <message>
        <source>the server has no database of that name</source>
        <translation>服务器上没有该名称的数据库</translation>
    </message>
    <message>
        <source>the server has no user of that name</source>
        <translation>服务器上没有该名称的用户</translation>
    </message>
    <message>
        <source>the user name or password is wrong</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>the server does not let this user connect from this PC</source>
        <translation>服务器不允许该用户从这台电脑连接</translation>
    </message>
    <message>
        <source>the server takes no connections to this database at the moment; try again later, or ask its administrator</source>
        <translation>服务器目前不接受对该数据库的连接；请稍后再试，或联系数据库管理员</translation>
    </message>
    <message>
        <source>the server is starting or stopping; try again in a minute</source>
        <translation>服务器正在启动或关闭；请过一分钟再试</translation>
    </message>
    <message>
        <source>the server has as many connections as it allows; try again in a minute, or ask its administrator</source>
        <translation>服务器的连接数已达上限；请过一分钟再试，或联系数据库管理员</translation>
    </message>
    <message>
        <source>Cannot connect to the team database {where}: {reason}. Check the address, that the server is running, and that this PC may connect to it.</source>
        <translation>无法连接团队数据库 {where}：{reason}。请检查地址是否正确、服务器是否正在运行，以及本机是否有权连接该服务器。</translation>
    </message>
    <message>
        <source>The connection to the team database {where} was lost in the middle of a change, so nothing of it was saved. Try again: MediaDesk connects again by itself.</source>
        <translation>保存过程中与团队数据库 {where} 的连接断开，本次修改没有保存任何内容。请重试：MediaDesk 会自动重新连接。</translation>
    </message>
    <message>
        <source>The connection to the team database {where} was lost just as a change was being stored, so MediaDesk cannot tell whether it was saved. Look at it again before you make it once more: MediaDesk connects again by itself.</source>
        <translation>正在保存修改时与团队数据库 {where} 的连接断开，MediaDesk 无法确定是否已保存。请先查看一下，再决定是否重做：MediaDesk 会自动重新连接。</translation>
    </message>
    <message>
        <source>The login role {role} lacks the right {right} in the team database {where}. Nothing was changed. Ask the database administrator to grant it.</source>
        <translation>登录角色 {role} 在团队数据库 {where} 中缺少权限 {right}。未做任何更改。请联系数据库管理员授予该权限。</translation>
    </message>
    <message>
        <source>The team database {where} refused the login role {role} a right MediaDesk needs ({reason}). Nothing was changed. Ask the database administrator to grant it.</source>
        <translation>团队数据库 {where} 拒绝了登录角色 {role} 所需的一项权限（{reason}）。未做任何更改。请联系数据库管理员授予该权限。</translation>
    </message>
    <message>
        <source>The team database {where} is not a MediaDesk database: it holds another application&apos;s tables ({names}). Nothing was changed. Give the address of the team&apos;s MediaDesk database, or ask the database administrator for an empty database for MediaDesk.</source>
        <translation>团队数据库 {where} 不是 MediaDesk 数据库：其中有其他应用的数据表（{names}）。未做任何更改。请填写团队 MediaDesk 数据库的地址，或请数据库管理员为 MediaDesk 新建一个空数据库。</translation>
    </message>
    <message>
        <source>The database file {path} was moved, deleted or replaced while MediaDesk was open. Nothing more was saved, so that nothing goes where nobody would find it. Put the file back and restart MediaDesk, or choose it where it is now in the settings.</source>
        <translation>MediaDesk 运行期间，数据库文件 {path} 被移动、删除或替换。为避免数据写入无人能找到的地方，之后的更改均未保存。请将文件放回原处并重新启动 MediaDesk，或在设置中选择文件现在的位置。</translation>
    </message>
    <message>
        <source>The database file {path} is in use by another program (another MediaDesk, an import or a backup), which kept it locked. Nothing was saved. Try again in a moment.</source>
        <translation>数据库文件 {path} 正被另一个程序（另一个 MediaDesk、导入或备份程序）使用并锁定。未保存任何内容。请稍后再试。</translation>
    </message>
    <message>
        <source>The disk that holds the database file {path} is full. Nothing was saved. Free some space, then try again.</source>
        <translation>存放数据库文件 {path} 的磁盘已满。未保存任何内容。请清理出一些空间后再试。</translation>
    </message>
    <message>
        <source>The database file {path} cannot be written now. Nothing was saved. Check that the file is not read-only and that its disk is still there (a network drive or a USB disk), then try again.</source>
        <translation>数据库文件 {path} 目前无法写入。未保存任何内容。请检查文件是否为只读，以及其所在磁盘（网络驱动器或 U 盘）是否仍然连接，然后再试。</translation>
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
        <source>Too many wrong passwords. Log-in is paused for {seconds} seconds; please wait and try again.</source>
        <translation>密码错误次数过多，已暂停登录 {seconds} 秒，请稍后再试。</translation>
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
        <source>The team&apos;s name is one line of text.</source>
        <translation>团队名称只能是一行文字。</translation>
    </message>
    <message>
        <source>The team&apos;s name is too long (at most {n} characters).</source>
        <translation>团队名称过长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <source>A monthly number is a whole number from 0 to {n}.</source>
        <translation>每月的数量须为 0 到 {n} 之间的整数。</translation>
    </message>
    <message>
        <source>These monthly rules cannot be read.</source>
        <translation>无法读取这些每月规则。</translation>
    </message>
    <message>
        <source>There is no role &quot;{role}&quot;.</source>
        <translation>没有“{role}”这个角色。</translation>
    </message>
    <message>
        <source>This setting cannot be changed.</source>
        <translation>此设置不可更改。</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Changing the password and logging in are paused for {seconds} seconds; please wait and try again.</source>
        <translation>密码错误次数过多，修改密码和登录已暂停 {seconds} 秒，请稍后再试。</translation>
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
        <source>Your account has been deactivated, so you can no longer change anything in MediaDesk. Ask the operations manager if this is a mistake.</source>
        <translation>您的账号已被停用，因此无法再在 MediaDesk 中做任何修改。如有误，请联系运营经理。</translation>
    </message>
    <message>
        <source>Only someone with the role “{role}” may do this.</source>
        <translation>只有具有“{role}”角色的人才能执行此操作。</translation>
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
        <source>You cannot reset your own password. Change it with File › Change password, which asks for the current one.</source>
        <translation>不能重置自己的密码。请通过“文件 › 修改密码…”修改，届时需要输入当前密码。</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores (for example zhang.wei).</source>
        <translation>用户名须由 2 到 64 个字母、数字、点、短横线或下划线组成（例如 zhang.wei）。</translation>
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
        <source>The department&apos;s name is too long (at most {n} characters).</source>
        <translation>部门名称太长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <source>There is no role “{role}”.</source>
        <translation>没有“{role}”这个角色。</translation>
    </message>
    <message>
        <source>One person cannot be both the operations manager and the general manager: the general manager&apos;s confirmation is a second person&apos;s check (rule P2).</source>
        <translation>同一个人不能既是运营经理又是总经理：总经理的确认是由第二个人进行的复核（规则 P2）。</translation>
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
        <source>You cannot deactivate your own account. Another operations manager can do it.</source>
        <translation>不能停用自己的账号。可以请另一位运营经理停用。</translation>
    </message>
    <message>
        <source>{who} changed this post at {when}; it is now: {stage}. Your decision was not recorded. Look at the latest version and decide again.</source>
        <extracomment>People ``@``-named who are no longer active: not told (a screen says so). Names ``@``-mentioned that two or more active people share: nobody told (a screen says so, and the user names to write instead).</extracomment>
        <translation>{who}已于 {when} 修改了此稿件，当前为：{stage}。您的审核决定未被记录，请查看最新版本后重新决定。</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>The note is too long (at most {n} characters).</source>
        <translation>备注太长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <source>Enter the link of the published post.</source>
        <translation>请输入已发布稿件的链接。</translation>
    </message>
    <message>
        <source>Enter the post&apos;s full link, starting with https:// (at most {n} characters).</source>
        <translation>请输入稿件的完整链接，以 https:// 开头（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <source>{when} is still ahead. Mark a post as published once it is out.</source>
        <translation>{when} 还未到。请在稿件发出后再标记为已发布。</translation>
    </message>
    <message>
        <source>The post was approved on {when}; it cannot have gone out before that (rule P1). Check the date and time.</source>
        <translation>该稿件于 {when} 审核通过，发布时间不能早于此时（规则 P1）。请检查日期和时间。</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>请先填写评论。</translation>
    </message>
    <message>
        <source>The comment is too long (at most {n} characters).</source>
        <translation>评论太长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <source>Only the people involved in a post comment on it: its writer, the managers, and those mentioned in its thread.</source>
        <translation>只有与稿件相关的人可以评论：撰稿人、经理，以及在讨论中被提及的人。</translation>
    </message>
    <message>
        <source>Choose per day or per week.</source>
        <translation>请选择“每天”或“每周”。</translation>
    </message>
    <message>
        <source>The minimum number of posts is a whole number from 1 to {n}. To drop the rule, remove it instead.</source>
        <translation>最低发布数量须为 1 到 {n} 之间的整数。如不再需要此规则，请将其删除。</translation>
    </message>
    <message>
        <source>A length limit is a whole number of characters from 1 to {n}, or empty for no limit.</source>
        <translation>字数限制须为 1 到 {n} 之间的整数；留空表示不限制。</translation>
    </message>
    <message>
        <source>The first day ({day}) is outside the dates MediaDesk works with ({earliest} to {latest}). Check the date.</source>
        <translation>第一天（{day}）超出了 MediaDesk 支持的日期范围（{earliest} 至 {latest}）。请检查日期。</translation>
    </message>
    <message>
        <source>The last day ({day}) is outside the dates MediaDesk works with ({earliest} to {latest}). Check the date.</source>
        <translation>最后一天（{day}）超出了 MediaDesk 支持的日期范围（{earliest} 至 {latest}）。请检查日期。</translation>
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
        <translation>…另有 {n} 个问题。</translation>
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
        <source>The header line must name the columns {header} (in any order). Missing: {missing}. Not known: {unknown}.</source>
        <translation>表头须包含以下列：{header}（顺序不限）。缺少：{missing}。无法识别：{unknown}。</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of a list in a message (&quot;“Weibo”, “Zhihu”&quot;); Chinese uses &quot;、&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>This line cannot be read: a value in it is longer than {limit} characters. Is this a posting plan?</source>
        <translation>此行无法读取：其中一个值超过 {limit} 个字符。这是发布计划文件吗？</translation>
    </message>
    <message>
        <source>This line cannot be read as CSV: its quotation marks or line breaks are not where CSV has them.</source>
        <translation>此行无法按 CSV 格式读取：其中的引号或换行位置不符合 CSV 格式。</translation>
    </message>
    <message>
        <source>The header line must name the columns {header} (in any order). Missing: {missing}.</source>
        <translation>表头须包含以下列：{header}（顺序不限）。缺少：{missing}。</translation>
    </message>
    <message>
        <source>The header line must name the columns {header} (in any order). Not known: {unknown}.</source>
        <translation>表头须包含以下列：{header}（顺序不限）。无法识别：{unknown}。</translation>
    </message>
    <message>
        <source>The line has {found} values; the header has {expected}.</source>
        <translation>此行有 {found} 个值，而表头有 {expected} 列。</translation>
    </message>
    <message>
        <source>the value “{value}” is in a column that has no name in the header line.</source>
        <translation>值“{value}”所在的列在表头中没有列名。</translation>
    </message>
    <message>
        <source>this is the same post as line {first} (same platform, planned time and title). Remove one of the two lines.</source>
        <translation>与第 {first} 行是同一篇稿件（平台、计划时间和标题都相同）。请删除其中一行。</translation>
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
        <source>there is no active platform called “{name}”. The active platforms are {names}.</source>
        <translation>没有名为“{name}”的在用平台。在用的平台有：{names}。</translation>
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
        <source>the title has a line break in it; a title is one line. Remove the line break from the cell.</source>
        <translation>标题中有换行；标题只能是一行。请删除单元格中的换行。</translation>
    </message>
    <message>
        <source>the title has an invisible control character in it (a tab, or one a program left, such as U+0000). Remove it from the cell.</source>
        <translation>标题中有看不见的控制字符（制表符，或其他程序留下的字符，如 U+0000）。请从单元格中删除它。</translation>
    </message>
    <message>
        <source>the writer is missing.</source>
        <translation>缺少撰稿人。</translation>
    </message>
    <message>
        <source>more than one team member is called “{name}”: write the user name of the one you mean ({logins}).</source>
        <translation>团队中有不止一位成员名为“{name}”：请填写您所指成员的用户名（{logins}）。</translation>
    </message>
    <message>
        <source>there is no active team member called “{name}” (use the user name or the full name).</source>
        <translation>团队中没有名为“{name}”的在用成员（请填写用户名或姓名）。</translation>
    </message>
    <message>
        <source>the category is missing.</source>
        <translation>缺少类别。</translation>
    </message>
    <message>
        <source>“{value}” is not a category.</source>
        <translation>“{value}”不是有效的类别。</translation>
    </message>
    <message>
        <source>the category is missing. Write one of {names}.</source>
        <translation>缺少类别。请填写以下之一：{names}。</translation>
    </message>
    <message>
        <source>“{value}” is not a category. Write one of {names}.</source>
        <translation>“{value}”不是有效的类别。请填写以下之一：{names}。</translation>
    </message>
    <message>
        <source>“{value}” is outside the dates MediaDesk works with ({earliest} to {latest}). Check the year.</source>
        <translation>“{value}”超出了 MediaDesk 支持的日期范围（{earliest} 至 {latest}）。请检查年份。</translation>
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
        <source>more than one event is called “{name}”: write it with its first day, as {choices}.</source>
        <translation>有不止一个活动名为“{name}”：请连同其首日一起填写，如 {choices}。</translation>
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
        <translation>{name}不负责撰写稿件。请选择内容运营专员、信息渠道运营专员、推广运营专员或运营经理。</translation>
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
        <source>{when} is outside the dates MediaDesk works with ({earliest} to {latest}). Check the year.</source>
        <translation>{when} 超出了 MediaDesk 支持的日期范围（{earliest} 至 {latest}）。请检查年份。</translation>
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
        <source>The title has an invisible control character in it (a tab, or one another program left, such as U+0000). Remove it: a title is one line of text.</source>
        <translation>标题中有看不见的控制字符（制表符，或其他程序留下的字符，如 U+0000）。请删除它：标题只能是一行文字。</translation>
    </message>
    <message>
        <source>The source has an invisible control character in it (a tab, or one another program left, such as U+0000). Remove it: a source is one line of text.</source>
        <translation>来源中有看不见的控制字符（制表符，或其他程序留下的字符，如 U+0000）。请删除它：来源只能是一行文字。</translation>
    </message>
    <message>
        <source>The text has an invisible control character in it that another program left (such as U+0000). Remove it: line breaks and tabs are fine.</source>
        <translation>正文中有其他程序留下的看不见的控制字符（如 U+0000）。请删除它；换行和制表符可以保留。</translation>
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
        <source>This post has been published, so it can no longer be changed (rule P1). For a correction, write a new post and send it for review.</source>
        <translation>这篇稿件已发布，不能再修改（规则 P1）。如需更正，请另写一篇新稿件并提交审核。</translation>
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
        <source>Only a post&apos;s writer or the operations manager may delete it.</source>
        <translation>只有稿件的撰稿人或运营经理可以删除它。</translation>
    </message>
    <message>
        <source>This post has been published, so it cannot be deleted: it is the record of what went out (rule P1).</source>
        <translation>这篇稿件已发布，不能删除：它是已发出内容的记录（规则 P1）。</translation>
    </message>
    <message>
        <source>This is {writer}&apos;s post. Only {writer} or the operations manager may delete it.</source>
        <translation>这是{writer}的稿件。只有{writer}或运营经理可以删除它。</translation>
    </message>
    <message>
        <source>This post is in review. Withdraw it from review first, then delete it.</source>
        <translation>这篇稿件正在审核中。请先撤回审核，再删除。</translation>
    </message>
    <message>
        <source>{who} changed this post at {when}, so it was not deleted. Look at the latest version, then delete it again if it should still go.</source>
        <translation>{who}于 {when} 修改了这篇稿件，因此没有删除。请查看最新版本，如仍需删除，请再删除一次。</translation>
    </message>
    <message>
        <source>The first day ({first}) comes after the last day ({last}). Check the dates.</source>
        <translation>起始日期（{first}）晚于结束日期（{last}）。请检查日期。</translation>
    </message>
    <message>
        <source>this is a post for {name}. You may import only your own posts; the operations manager imports posts for anyone.</source>
        <translation>这是{name}的稿件。您只能导入自己的稿件；运营经理可以为任何人导入稿件。</translation>
    </message>
    <message>
        <source>Only the operations manager and the general manager see every post&apos;s review.</source>
        <translation>只有运营经理和总经理可以查看所有稿件的审核情况。</translation>
    </message>
    <message>
        <source>“{word}” is too long for the sensitive-word list (at most {n} characters).</source>
        <translation>“{word}”太长，不能加入敏感词表（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <source>“{word}” holds a tab or a line break: put one word or phrase on each line.</source>
        <translation>“{word}”中含有制表符或换行符：每行只写一个词或短语。</translation>
    </message>
    <message>
        <source>The sensitive-word list can hold at most {n} words.</source>
        <translation>敏感词表最多可包含 {n} 个词。</translation>
    </message>
    <message>
        <source>The sensitive-word list is a list of words and phrases.</source>
        <translation>敏感词表应是由词和短语组成的列表。</translation>
    </message>
    <message>
        <source>Nobody reviews their own post (rule P1). A post the operations manager wrote is reviewed by another operations manager or by the general manager.</source>
        <translation>不能审核自己的稿件（规则 P1）。运营经理撰写的稿件由另一位运营经理或总经理审核。</translation>
    </message>
    <message>
        <source>Nobody reviews their own post (rule P1). The operations manager reviews it.</source>
        <translation>不能审核自己的稿件（规则 P1），请由运营经理审核。</translation>
    </message>
    <message>
        <source>The operations manager reviews this post (rule P1). The general manager reviews only posts the operations manager wrote, and confirms company-project posts after the approval.</source>
        <translation>此稿件由运营经理审核（规则 P1）。总经理只审核运营经理撰写的稿件，并在审核通过后确认涉及公司项目的稿件。</translation>
    </message>
    <message>
        <source>Only the operations manager reviews and approves posts (rule P1).</source>
        <translation>只有运营经理可以审核并通过稿件（规则 P1）。</translation>
    </message>
    <message>
        <source>Your roles no longer include writing posts, so you cannot change this one. Ask the operations manager to give it to another writer.</source>
        <translation>您的角色已不再包含撰写稿件，因此不能再修改这篇稿件。请运营经理将它交给其他撰稿人。</translation>
    </message>
    <message>
        <source>Only a draft or a returned post can be submitted for review; this post is: {stage}.</source>
        <translation>只有草稿或被退回的稿件可以提交审核；此稿件当前为：{stage}。</translation>
    </message>
    <message>
        <source>Only the post&apos;s writer submits it for review.</source>
        <translation>只有稿件的撰稿人可以提交审核。</translation>
    </message>
    <message>
        <source>Your roles no longer include writing posts, so you cannot submit this one. Ask the operations manager to give it to another writer.</source>
        <translation>您的角色已不再包含撰写稿件，因此无法提交这篇稿件。请运营经理将它交给其他撰稿人。</translation>
    </message>
    <message>
        <source>Only a post that is still in review can be withdrawn; this post is: {stage}.</source>
        <translation>只有仍在审核中的稿件可以撤回；此稿件当前为：{stage}。</translation>
    </message>
    <message>
        <source>Only the post&apos;s writer withdraws it from review.</source>
        <translation>只有稿件的撰稿人可以撤回审核。</translation>
    </message>
    <message>
        <source>Only a post in review can be approved; this post is: {stage}.</source>
        <translation>只有审核中的稿件可以审核通过；此稿件当前为：{stage}。</translation>
    </message>
    <message>
        <source>Only the general manager or the operations manager returns a post that awaits the general manager&apos;s confirmation (rule P2).</source>
        <translation>待总经理确认的稿件只能由总经理或运营经理退回（规则 P2）。</translation>
    </message>
    <message>
        <source>Only a post in review or awaiting the general manager can be returned; this post is: {stage}.</source>
        <translation>只有审核中或待总经理确认的稿件可以退回；此稿件当前为：{stage}。</translation>
    </message>
    <message>
        <source>This post does not concern a company project, so it needs no confirmation by the general manager (rule P2).</source>
        <translation>此稿件不涉及公司项目，无需总经理确认（规则 P2）。</translation>
    </message>
    <message>
        <source>The general manager confirms a company-project post after the operations manager has approved it (rule P2); this post is: {stage}.</source>
        <translation>涉及公司项目的稿件须先经运营经理审核通过，再由总经理确认（规则 P2）；此稿件当前为：{stage}。</translation>
    </message>
    <message>
        <source>Only the general manager confirms company-project posts (rule P2).</source>
        <translation>只有总经理可以确认涉及公司项目的稿件（规则 P2）。</translation>
    </message>
    <message>
        <source>Nobody confirms their own post (rule P2).</source>
        <translation>不能确认自己的稿件（规则 P2）。</translation>
    </message>
    <message>
        <source>This post has been published already.</source>
        <translation>此稿件已经发布。</translation>
    </message>
    <message>
        <source>This post concerns a company project: the general manager must confirm it before it is published (rule P2).</source>
        <translation>此稿件涉及公司项目，发布前须经总经理确认（规则 P2）。</translation>
    </message>
    <message>
        <source>The operations manager must approve this post before it is published (rule P1); it is: {stage}.</source>
        <translation>此稿件发布前须经运营经理审核通过（规则 P1）；当前为：{stage}。</translation>
    </message>
    <message>
        <source>Only the post&apos;s writer or the operations manager marks it as published (rules P3, P6).</source>
        <translation>只有稿件的撰稿人或运营经理可以将其标记为已发布（规则 P3、P6）。</translation>
    </message>
    <message>
        <source>The post names no source (rule P5). Say where its content comes from before it is submitted or approved.</source>
        <translation>稿件未注明来源（规则 P5）。提交审核或审核通过前，请写明内容的出处。</translation>
    </message>
    <message>
        <source>Tick every item of the review checklist before approving (rule P4). Not ticked yet: {items}.</source>
        <translation>审核通过前请勾选审核清单的每一项（规则 P4）。尚未勾选：{items}。</translation>
    </message>
    <message>
        <source>Confirm each highlighted sensitive word before approving (rule P4): {words}.</source>
        <translation>审核通过前请逐一确认标出的敏感词（规则 P4）：{words}。</translation>
    </message>
    <message>
        <source>Say why the post goes back, so that the writer knows what to change.</source>
        <translation>请写明退回原因，以便撰稿人知道要修改什么。</translation>
    </message>
    <message>
        <source>The reason is too long (at most {n} characters).</source>
        <translation>原因太长（最多 {n} 个字符）。</translation>
    </message>
    <message>
        <source>Choose between 1 and {n} hours.</source>
        <translation>请选择 1 到 {n} 小时。</translation>
    </message>
    <message>
        <source>Its dates lie outside the dates MediaDesk works with ({earliest} to {latest}). Correct them in the list of events.</source>
        <translation>其日期超出了 MediaDesk 支持的日期范围（{earliest} 至 {latest}）。请在活动列表中更正。</translation>
    </message>
    <message>
        <source>A name is one line: remove the line break or tab.</source>
        <translation>名称只能有一行：请删除其中的换行符或制表符。</translation>
    </message>
    <message>
        <source>The Chinese holiday calendar for {year} is not known to this version of MediaDesk (it knows {first}–{last}). The operations manager can enter the days off and working days of {year} from the State Council&apos;s notice in Content calendar › More › Holidays and working days…, or MediaDesk can be updated.</source>
        <translation>此版本的 MediaDesk 未收录 {year} 年的中国法定节假日安排（已收录 {first}–{last} 年）。运营经理可按国务院通知在“内容日历 › 更多 › 节假日与调休…”中录入 {year} 年的放假日和调休上班日，或更新 MediaDesk。</translation>
    </message>
    <message>
        <source>The Chinese holiday calendar for {year} is not known to MediaDesk (it knows {first}–{last}), so working days in {year} cannot be counted.</source>
        <translation>MediaDesk 未收录 {year} 年的中国法定节假日安排（已收录 {first}–{last} 年），无法计算 {year} 年的工作日。</translation>
    </message>
    <message>
        <source>“{value}” is not a year.</source>
        <translation>“{value}”不是年份。</translation>
    </message>
    <message>
        <source>MediaDesk works with the years {first} to {last}, not {year}.</source>
        <translation>MediaDesk 支持 {first} 至 {last} 年，不支持 {year} 年。</translation>
    </message>
    <message>
        <source>MediaDesk already knows the holidays of {year} from the Chinese statutory calendar.</source>
        <translation>MediaDesk 已从中国法定节假日日历中收录 {year} 年的节假日，无需录入。</translation>
    </message>
    <message>
        <source>“{value}” is not a date (write it as YYYY-MM-DD).</source>
        <translation>“{value}”不是日期（请写作 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>{day} is not in {year}: enter it under its own year.</source>
        <translation>{day} 不在 {year} 年内：请在其所属年份下录入。</translation>
    </message>
    <message>
        <source>The days of {year} are a list of dates.</source>
        <translation>{year} 年的日期应为日期列表。</translation>
    </message>
    <message>
        <source>The holidays of {year} are its days off and its working days.</source>
        <translation>{year} 年的节假日由放假日和调休上班日组成。</translation>
    </message>
    <message>
        <source>{day} is a weekday, and weekdays are working days anyway: a swapped working day (调休) is a Saturday or a Sunday.</source>
        <translation>{day} 是周一至周五，本来就是工作日：调休上班日只能是周六或周日。</translation>
    </message>
    <message>
        <source>{day} is both a day off and a working day. Remove it from one of the lists.</source>
        <translation>{day} 既是放假日又是上班日，请从其中一个列表中删除。</translation>
    </message>
    <message>
        <source>The holidays are given per year, each with its days off and its working days.</source>
        <translation>节假日按年份录入，每年包括放假日和调休上班日。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Add an event</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <source>Edit event {name}</source>
        <translation>编辑活动“{name}”</translation>
    </message>
    <message>
        <source>for example 秋季新品发布会</source>
        <translation>例如：秋季新品发布会</translation>
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
        <source>&amp;First day:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>结束日期(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Rule C4: announce it on the platforms by {day} at the latest (3 days before it starts).</source>
        <translation>规则 C4：最迟于 {day}在各平台发布预告（开始前 3 天）。</translation>
    </message>
    <message>
        <source>Rule C3: publish its recap within 3 working days after it ends (Chinese statutory calendar).</source>
        <translation>规则 C3：结束后 3 个工作日内发布回顾（按国家法定节假日安排计算）。</translation>
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
    <name>EventsDialog</name>
    <message>
        <source>Events and promotions</source>
        <translation>活动与推广</translation>
    </message>
    <message>
        <source>The calendar warns when a deadline is near or missed: a major promotion is announced at least 3 days before it starts (rule C4); the recap of a major event is published within 3 working days after it ends (rule C3). Link the post to the event in the post editor.</source>
        <translation>截止日期临近或已错过时，日历会发出警告：重大推广至少在开始前 3 天发布预告（规则 C4）；重大活动结束后 3 个工作日内发布回顾（规则 C3）。请在稿件编辑器中把稿件关联到对应活动。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Only the operations manager adds or changes events.</source>
        <translation>只有运营经理可以添加或修改活动。</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Remove the event {name}? Its posts stay on the calendar; they are no longer linked to it, and those approved go back to review (rule P1).</source>
        <translation>删除活动“{name}”？其稿件仍保留在日历上，只是不再关联此活动；其中已审核通过的稿件须重新审核（规则 P1）。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Deadlines (rules C3, C4)</source>
        <translation>截止日期（规则 C3、C4）</translation>
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
    <name>FilterButton</name>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>{title}: all</source>
        <translation>{title}：全部</translation>
    </message>
    <message>
        <source>{title}: {name}</source>
        <translation>{title}：{name}</translation>
    </message>
    <message>
        <source>{title}: {n}</source>
        <translation>{title}：已选 {n} 项</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Discard your changes?</source>
        <translation>放弃所做的修改？</translation>
    </message>
    <message>
        <source>What you typed or chose here is not saved yet.</source>
        <translation>您在此填写或选择的内容尚未保存。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>{who} changed this at {when} while you were editing it, so your change was not saved.</source>
        <translation>在您编辑期间，{who}于 {when} 修改了此项，因此您的修改没有保存。</translation>
    </message>
    <message>
        <source>Their change is now in the fields you had not touched: {fields}.</source>
        <translation>您未改动的项现已显示对方的修改：{fields}。</translation>
    </message>
    <message>
        <source>You both changed {fields}: what you typed is still there.</source>
        <translation>您和对方都修改了{fields}：您输入的内容仍保留在此。</translation>
    </message>
    <message>
        <source>What you typed is still here.</source>
        <translation>您输入的内容仍保留在此。</translation>
    </message>
    <message>
        <source>Save again to keep the form as it is now, or Cancel to keep their version.</source>
        <translation>再次点击“保存”将按表单当前内容保存，点击“取消”则保留对方的版本。</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Holidays and working days</source>
        <translation>节假日与调休</translation>
    </message>
    <message>
        <source>Recaps are due within 3 working days (rule C3). MediaDesk knows China&apos;s statutory holidays up to {last}; for a later year, enter the State Council&apos;s arrangement (放假安排) when it is published: every day off, and every Saturday or Sunday that is worked instead (调休).</source>
        <translation>活动回顾须在活动结束后 3 个工作日内发布（规则 C3）。MediaDesk 已收录截至 {last} 年的中国法定节假日；之后的年份，请在国务院发布放假安排后录入：每个放假日，以及每个调休上班的周六或周日。</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Add days off</source>
        <translation>添加放假日(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>First day off</source>
        <translation>放假第一天</translation>
    </message>
    <message>
        <source>Last day off</source>
        <translation>放假最后一天</translation>
    </message>
    <message>
        <source>Working Saturday or Sunday</source>
        <translation>调休上班的周六或周日</translation>
    </message>
    <message>
        <source>Add &amp;working day</source>
        <translation>添加上班日(&amp;W)</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>删除(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Only the operations manager enters the holidays.</source>
        <translation>只有运营经理可以录入节假日。</translation>
    </message>
    <message>
        <source>Days off in {year}</source>
        <translation>{year} 年放假日</translation>
    </message>
    <message>
        <source>Saturdays and Sundays worked in {year} (调休)</source>
        <translation>{year} 年调休上班的周六、周日</translation>
    </message>
    <message>
        <source>Nothing entered for {year}: recap deadlines that run into it are unknown.</source>
        <translation>尚未录入 {year} 年：跨入该年的回顾截止日期无法计算。</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) in {year}</source>
        <translation>
            <numerusform>{year} 年共 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>{count}: a Chinese year usually has {low} to {high}. Check the days against the notice.</source>
        <translation>{count}：中国一年通常有 {low} 至 {high} 个工作日。请对照通知核对日期。</translation>
    </message>
    <message>
        <source>The last day off ({last}) comes before the first ({first}).</source>
        <translation>放假最后一天（{last}）早于第一天（{first}）。</translation>
    </message>
    <message>
        <source>{day} is already in the list.</source>
        <translation>{day}已在列表中。</translation>
    </message>
    <message>
        <source>These days are already in the list.</source>
        <translation>这些日期已在列表中。</translation>
    </message>
    <message>
        <source>{who} changed the holidays at {when} while you were editing them. Your change was not saved and what you entered is still shown (the years you had not changed show theirs): Save again to replace theirs, or Cancel to keep theirs.</source>
        <translation>在您编辑期间，{who}于 {when} 修改了节假日。您的修改未保存，您录入的内容仍然显示（您未改动的年份显示对方的内容）：再次点击“保存”将替换对方的版本，点击“取消”则保留对方的版本。</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Returned: change and resubmit</source>
        <translation>已退回：修改后重新提交</translation>
    </message>
    <message>
        <source>Due: publish and mark as published</source>
        <translation>到期：发布并标记为已发布</translation>
    </message>
    <message>
        <source>Mentioned</source>
        <translation>被提及</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between two things a person must do about one post (&quot;Review; Mentioned&quot;).</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>昨天 {time}</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>明天 {time}</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation>明天 {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>昨天 {time}</translation>
    </message>
</context>
<context>
    <name>InboxBadge</name>
    <message>
        <source>“{title}” waits for you: {todo}.</source>
        <translation>“{title}”等待您处理：{todo}。</translation>
    </message>
    <message>
        <source>New posts waiting for you in the approval inbox: %n.</source>
        <translation>审核中心有 %n 篇新稿件待您处理。</translation>
    </message>
    <message>
        <source>MediaDesk</source>
        <translation>MediaDesk</translation>
    </message>
    <message>
        <source>Approval inbox</source>
        <translation>审核中心</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>撰稿人</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Overdue: its planned time has passed and it still lacks the approvals it needs.</source>
        <translation>已逾期：计划发布时间已过，但仍未完成所需的审核。</translation>
    </message>
    <message>
        <source>Urgent: planned soon and not yet confirmed by the general manager.</source>
        <translation>紧急：即将发布，尚未经总经理确认。</translation>
    </message>
    <message>
        <source>Urgent: planned soon and not yet approved.</source>
        <translation>紧急：即将发布，尚未审核通过。</translation>
    </message>
</context>
<context>
    <name>InboxScreen</name>
    <message>
        <source>Approval inbox</source>
        <translation>审核中心</translation>
    </message>
    <message>
        <source>Re&amp;view rules…</source>
        <translation>审核规则(&amp;V)…</translation>
    </message>
    <message>
        <source>The sensitive-word list (rule P4) and how many hours before its time a post becomes urgent</source>
        <translation>敏感词表（规则 P4），以及稿件在计划发布时间前多少小时变为紧急</translation>
    </message>
    <message>
        <source>Nothing waits for you. Posts to review, to confirm, to change or to publish, and comments that mention you, appear here.</source>
        <translation>没有待您处理的事项。需要您审核、确认、修改或发布的稿件，以及提及您的评论，都会显示在这里。</translation>
    </message>
    <message>
        <source>You have no posts on their way. Posts you write appear here with where each stands.</source>
        <translation>您目前没有流转中的稿件。您撰写的稿件会显示在这里，并标明各自的进度。</translation>
    </message>
    <message>
        <source>No post is on its way.</source>
        <translation>目前没有流转中的稿件。</translation>
    </message>
    <message>
        <source>Wa&amp;iting for me</source>
        <translation>待我处理(&amp;I)</translation>
    </message>
    <message>
        <source>Mi&amp;ne</source>
        <translation>我的稿件(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;ll posts</source>
        <translation>全部稿件(&amp;L)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Wa&amp;iting for me ({n})</source>
        <translation>待我处理(&amp;I)（{n}）</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>没有待您处理的稿件。</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) wait for you, {urgent} of them urgent.</source>
        <translation>
            <numerusform>有 %n 篇稿件待您处理，其中 {urgent} 篇紧急。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) wait for you.</source>
        <translation>
            <numerusform>有 %n 篇稿件待您处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” has been deleted meanwhile; there is nothing more to do with it.</source>
        <translation>“{title}”在此期间已被删除，无需再处理。</translation>
    </message>
    <message>
        <source>A colleague changed this post meanwhile; it is shown as it is now.</source>
        <translation>其间有同事修改了这篇稿件，现显示其最新内容。</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>Planning rules</source>
        <translation>排期规则</translation>
    </message>
    <message>
        <source>Only the operations manager can change these rules.</source>
        <translation>只有运营经理可以修改这些规则。</translation>
    </message>
    <message>
        <source>&amp;Length limits</source>
        <translation>字数限制(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Cadence</source>
        <translation>发布频次(&amp;C)</translation>
    </message>
    <message>
        <source>M&amp;onthly</source>
        <translation>每月(&amp;O)</translation>
    </message>
    <message>
        <source>The longest title and text each platform accepts, in characters. 0 means no limit of its own (MediaDesk&apos;s maximum is {title} characters for a title). Posts that are too long cannot be saved for that platform.</source>
        <translation>各平台可接受的标题和正文的最大字数。0 表示该平台自身不设限制（MediaDesk 的标题最多 {title} 字）。超出限制的稿件不能保存到该平台。</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Title, at most</source>
        <translation>标题上限</translation>
    </message>
    <message>
        <source>Text, at most</source>
        <translation>正文上限</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Longest title on {platform}</source>
        <translation>{platform}的标题字数上限</translation>
    </message>
    <message>
        <source>Longest text on {platform}</source>
        <translation>{platform}的正文字数上限</translation>
    </message>
    <message>
        <source>The fewest posts each platform needs. Until you change it, a platform follows the team default: the website at least 3 a week, every other platform at least 1 a day. Untick a platform to drop its rule.</source>
        <translation>各平台的最低发布数量。未经修改时，平台沿用团队默认规则：官网每周至少 3 篇，其他平台每天至少 1 篇。取消勾选某个平台即可取消其规则。</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设定方</translation>
    </message>
    <message>
        <source>A column listed under its platform needs posts of its own every day: the mini program&apos;s columns, such as its moments and its recruitment section, at least 1 a day each (rule C2).</source>
        <translation>列在平台下方的栏目每天都需要有自己的稿件：小程序的栏目（如动态和招聘专区）每个栏目每天至少 1 篇（规则 C2）。</translation>
    </message>
    <message>
        <source>{platform} · {column}</source>
        <translation>{platform} · {column}</translation>
    </message>
    <message>
        <source>Ticked: the column {column} needs posts of its own every day.</source>
        <translation>勾选：栏目“{column}”每天都需要有自己的稿件。</translation>
    </message>
    <message>
        <source>Ticked: {platform} has a minimum number of posts.</source>
        <translation>勾选：{platform}有最低发布数量要求。</translation>
    </message>
    <message>
        <source>Fewest posts on {platform}</source>
        <translation>{platform}的最低发布数量</translation>
    </message>
    <message>
        <source>Period on {platform}</source>
        <translation>{platform}的统计周期</translation>
    </message>
    <message>
        <source>Team default</source>
        <translation>团队默认</translation>
    </message>
    <message>
        <source>Operations manager</source>
        <translation>运营经理</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>{platform}: {problem}</source>
        <translation>{platform}：{problem}</translation>
    </message>
    <message>
        <source>It shows their values where they changed something, and the rest as you typed it: Save again to store what it shows, or Cancel to keep theirs.</source>
        <translation>对方改动过的项现显示对方的值，其余仍是您输入的内容：再次点击“保存”即按当前显示保存，点击“取消”则保留对方的版本。</translation>
    </message>
    <message>
        <source>{platform} is no longer in use (a colleague deactivated it meanwhile) and was taken out of the list. Nothing was saved yet: Save again to store the other changes.</source>
        <translation>{platform}已停用（同事在此期间停用了它），已从列表中移除。尚未保存任何内容：请再次点击“保存”以保存其他修改。</translation>
    </message>
    <message>
        <source>Monthly rules</source>
        <translation>每月规则</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <extracomment>Between the names of a list inside a sentence (&quot;Weibo, Douyin&quot;); Chinese uses 、.</extracomment>
        <translation>、</translation>
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
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Database settings…</source>
        <translation>数据库设置(&amp;D)…</translation>
    </message>
    <message>
        <source>Log in to MediaDesk</source>
        <translation>登录 MediaDesk</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Log-in is paused for %n second(s); please wait and try again.</source>
        <translation>
            <numerusform>密码错误次数过多，已暂停登录 %n 秒，请稍后再试。</numerusform>
        </translation>
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
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须提供以下参数之一：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式参数 %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>The database: sqlite:///PATH/TO/FILE.db for a file on this PC or postgresql://USER@HOST:PORT/DATABASE for a team server. Default: the one chosen in the settings, else a file in your data folder. A team server&apos;s password goes in the environment variable MEDIADESK_DB_PASSWORD or the server&apos;s password file, not in the address, where anyone on this PC can read it.</source>
        <translation>要使用的数据库：本机文件用 sqlite:///PATH/TO/FILE.db，团队服务器用 postgresql://USER@HOST:PORT/DATABASE。默认使用设置中选择的数据库；未设置时，使用数据文件夹中的文件。团队服务器的密码请放在环境变量 MEDIADESK_DB_PASSWORD 或服务器的密码文件中，不要写在地址里：写在地址里的密码，本机的任何用户都能看到。</translation>
    </message>
    <message>
        <source>The language (default: the settings, else the system&apos;s).</source>
        <translation>界面语言（默认使用设置中选择的语言；未设置时跟随系统）。</translation>
    </message>
    <message>
        <source>MediaDesk: the content calendar and the approval of posts for a new-media operations team.</source>
        <translation>MediaDesk：新媒体运营团队的内容日历与稿件审核。</translation>
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
        <source>List the posting plan&apos;s cadence shortfalls, event deadline problems and clashes for a range of days.</source>
        <translation>列出一段日期内发布计划中的发布频次不足、活动截止日期问题和时间冲突。</translation>
    </message>
    <message>
        <source>List every cadence shortfall (rules C1, C2), missed or at-risk event deadline (rules C3, C4) and half-hour with more than one post of a platform from one day to another, one a line, and for each whole month in the range every column without its posts (rule C5) and every person short of their quota (rule C7). Exit code 1 if there is any, 0 if none.</source>
        <translation>列出从某天到另一天之间每个发布频次不足（规则 C1、C2）、已错过或有风险的活动截止日期（规则 C3、C4），以及同一平台在同一半小时内安排了多篇的时段，每行一条；对范围内的每个完整月份，还列出发布不足的栏目（规则 C5）和未达到定额的人员（规则 C7）。有任何一条时退出码为 1，没有时为 0。</translation>
    </message>
    <message>
        <source>Import a posting plan from a CSV file.</source>
        <translation>从 CSV 文件导入发布计划。</translation>
    </message>
    <message>
        <source>Import a posting plan from a CSV file (UTF-8 or GB18030) with the columns platform,column,title,writer,category,planned_at,concerns_project,event. Every post is imported, or none: a file with a bad row changes nothing and every bad row is listed.</source>
        <translation>从 CSV 文件（UTF-8 或 GB18030 编码）导入发布计划，列为 platform,column,title,writer,category,planned_at,concerns_project,event。稿件要么全部导入，要么一篇都不导入：文件中只要有一行有误，就不做任何更改，并列出所有有误的行。</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>要导入的 CSV 文件。</translation>
    </message>
    <message>
        <source>The user name of the team member who imports the plan; their rights apply (a specialist imports only their own posts). Default: the operations manager, if the team has exactly one.</source>
        <translation>导入计划的团队成员的用户名，按该成员的权限导入（专员只能导入自己的稿件）。默认：团队的运营经理（仅当团队只有一位运营经理时）。</translation>
    </message>
    <message>
        <source>Export the posting plan to a CSV file.</source>
        <translation>将发布计划导出为 CSV 文件。</translation>
    </message>
    <message>
        <source>Export the posts planned in a range of days (default: every post, unscheduled ones included) to a CSV file that import-posts reads back.</source>
        <translation>将一段日期内安排的稿件（默认：全部稿件，包括未排期的稿件）导出为 CSV 文件，该文件可由 import-posts 重新导入。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <source>Export the calendar to an iCalendar (.ics) file.</source>
        <translation>将日历导出为 iCalendar（.ics）文件。</translation>
    </message>
    <message>
        <source>Export the posts planned in a range of days to an iCalendar (.ics) file that Outlook and phone calendars import.</source>
        <translation>将一段日期内安排的稿件导出为 iCalendar（.ics）文件，可导入 Outlook 和手机日历。</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>要写入的 .ics 文件。</translation>
    </message>
    <message>
        <source>List the posts waiting for each person&apos;s review, confirmation or action.</source>
        <translation>列出等待每位成员审核、确认或处理的稿件。</translation>
    </message>
    <message>
        <source>List what waits for whom in the approval inbox, one post a line: who must act, the title, platform, planned time, stage, what to do, and URGENT for a post planned within the urgency window (or past) that is not yet approved. Everyone&apos;s, person by person, or one person&apos;s with --user. Exit code 1 if anything waits, 0 if nothing does.</source>
        <translation>列出审核中心里谁有哪些待处理的稿件，每行一篇：需处理的人、标题、平台、计划发布时间、进度、待办事项；计划发布时间在紧急时限内（或已过）且尚未审核通过的稿件标注“紧急”。默认按人员逐一列出所有人的待办，也可用 --user 只列出某一个人的。只要有待处理的稿件，退出码为 1；没有则为 0。</translation>
    </message>
    <message>
        <source>Only what waits for this team member (a user name).</source>
        <translation>只列出该团队成员（用户名）待处理的稿件。</translation>
    </message>
    <message>
        <source>The first day, as YYYY-MM-DD.</source>
        <translation>起始日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The last day (included), as YYYY-MM-DD.</source>
        <translation>结束日期（含当天），格式为 YYYY-MM-DD。</translation>
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
    <message>
        <source>There is no MediaDesk database at {where} yet. Give the team&apos;s database with --db, or start MediaDesk once to set one up.</source>
        <translation>{where} 还没有 MediaDesk 数据库。请用 --db 指定团队数据库，或先启动一次 MediaDesk 以创建数据库。</translation>
    </message>
    <message>
        <source>{option} {value}: not a date. Write the date as YYYY-MM-DD, for example 2026-11-24.</source>
        <translation>{option} {value}：不是有效的日期。请按 YYYY-MM-DD 格式填写日期，例如 2026-11-24。</translation>
    </message>
    <message>
        <source>{option} {value}: MediaDesk works with dates from {earliest} to {latest}. Give a date in that range.</source>
        <translation>{option} {value}：MediaDesk 支持的日期范围为 {earliest} 至 {latest}。请给出该范围内的日期。</translation>
    </message>
    <message>
        <source>The first day ({first}) comes after the last day ({last}). Check --from and --to.</source>
        <translation>起始日期（{first}）晚于结束日期（{last}）。请检查 --from 和 --to。</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}.</source>
        <translation>无法写入文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>No cadence, deadline or clash problems from {first} to {last}.</source>
        <translation>{first} 至 {last} 期间没有发布频次、截止日期或时间冲突方面的问题。</translation>
    </message>
    <message>
        <source>There is no active team member with the user name {login}.</source>
        <translation>没有用户名为 {login} 的在用团队成员。</translation>
    </message>
    <message>
        <source>Say who imports the plan with --as LOGIN (a user name): their rights decide whose posts they may plan.</source>
        <translation>请用 --as LOGIN（用户名）指定由谁导入计划：其权限决定可以安排哪些人的稿件。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>无法读取文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Posts imported from {path}: %n.</source>
        <translation>已从 {path} 导入 %n 篇稿件。</translation>
    </message>
    <message>
        <source>Posts in the plan already: %n.</source>
        <translation>计划中已有、未再导入的稿件：%n 篇。</translation>
    </message>
    <message>
        <source>Posts written to {path}: %n.</source>
        <translation>已将 %n 篇稿件写入 {path}。</translation>
    </message>
    <message>
        <source>{who}: {title} · {platform} · {when} · {stage} · {todo}</source>
        <translation>{who}：{title} · {platform} · {when} · {stage} · {todo}</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between two things a person must do about one post (&quot;Review; Mentioned&quot;).</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source> · URGENT</source>
        <translation> · 紧急</translation>
    </message>
    <message>
        <source>Nothing waits for {who}.</source>
        <translation>{who}没有待处理的稿件。</translation>
    </message>
    <message>
        <source>Nothing waits for anyone.</source>
        <translation>所有人都没有待处理的稿件。</translation>
    </message>
    <message>
        <source>--demo opens a new temporary database of its own; it cannot be used with --db. To log in to a demo database you have, use --db with --demo-user.</source>
        <translation>--demo 会新建一个自己的临时数据库，不能与 --db 同时使用。如要登录已有的演示数据库，请将 --db 与 --demo-user 一起使用。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Content calendar</source>
        <translation>内容日历</translation>
    </message>
    <message>
        <source>Approval inbox</source>
        <translation>审核中心</translation>
    </message>
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
        <source>{name} (account deactivated)</source>
        <translation>{name}（账号已停用）</translation>
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
        <source>Times in this PC&apos;s zone ({zone})</source>
        <translation>时间：按本机时区（{zone}）</translation>
    </message>
    <message>
        <source>This PC&apos;s clock is not set to Beijing time (UTC+08:00). The calendar and the inbox show this PC&apos;s times ({zone}); posting plans and .ics files are in Beijing time, the team&apos;s.</source>
        <translation>本机时钟未设置为北京时间（UTC+08:00）。内容日历和审核中心按本机时区（{zone}）显示时间；发布计划和 .ics 文件使用团队的北京时间。</translation>
    </message>
    <message>
        <source>{screen} ({n})</source>
        <translation>{screen}（{n}）</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) wait for you</source>
        <translation>
            <numerusform>有 %n 篇稿件待您处理</numerusform>
        </translation>
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
    <name>MonthlyPage</name>
    <message>
        <source>What each month asks for. The month view&apos;s warnings list what falls short in its month.</source>
        <extracomment>A person&apos;s quota spin box at this value follows their roles.</extracomment>
        <translation>每个月的要求。月视图的警告会列出当月未达标的项目。</translation>
    </message>
    <message>
        <source>Columns (rule C5)</source>
        <translation>栏目（规则 C5）</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>不检查</translation>
    </message>
    <message>
        <source>Posts each fixed column needs a &amp;month:</source>
        <translation>每个固定栏目每月至少发布(&amp;M)：</translation>
    </message>
    <message>
        <source>Quotas (rule C7)</source>
        <translation>定额（规则 C7）</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>无定额</translation>
    </message>
    <message>
        <source>{role}: pieces a month</source>
        <translation>{role}：每月篇数</translation>
    </message>
    <message>
        <source>{role}, pieces a month:</source>
        <translation>{role}，每月篇数：</translation>
    </message>
    <message>
        <source>A person&apos;s own quota replaces their roles&apos; (0: no quota).</source>
        <translation>个人定额优先于其角色的定额（0 表示无定额）。</translation>
    </message>
    <message>
        <source>Pieces a month for {name}</source>
        <translation>{name}每月篇数</translation>
    </message>
    <message>
        <source>{name} ({roles})</source>
        <translation>{name}（{roles}）</translation>
    </message>
    <message>
        <source>As their roles ({n})</source>
        <translation>按角色（{n}）</translation>
    </message>
    <message>
        <source>As their roles (none)</source>
        <translation>按角色（无）</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>{month_name} {year}</source>
        <extracomment>A month as the monthly rules name it (C5, C7): &quot;December 2026&quot;; Chinese &quot;{year}年{month_name}&quot;.</extracomment>
        <translation>{year}年{month_name}</translation>
    </message>
</context>
<context>
    <name>MoveToDialog</name>
    <message>
        <source>Move post</source>
        <translation>移动稿件</translation>
    </message>
    <message>
        <source>{platform} · not scheduled yet</source>
        <translation>{platform} · 尚未排期</translation>
    </message>
    <message>
        <source>{platform} · now planned for {when}</source>
        <translation>{platform} · 当前计划于 {when} 发布</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>新时间(&amp;A)：</translation>
    </message>
    <message>
        <source>New publication time</source>
        <translation>新的发布时间</translation>
    </message>
    <message>
        <source>&amp;Unscheduled (back to the list of unscheduled posts)</source>
        <translation>取消排期（放回未排期稿件列表）(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移动(&amp;M)</translation>
    </message>
    <message>
        <source>{when} has already passed. Choose a time that is still ahead, or Unscheduled.</source>
        <translation>{when} 已经过去。请选择一个尚未到来的时间，或选择“取消排期”。</translation>
    </message>
</context>
<context>
    <name>OsError</name>
    <message>
        <source>there is no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>you have no permission to use it</source>
        <translation>您没有使用它的权限</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>磁盘或文件夹是只读的</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称太长</translation>
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
    <name>Planning</name>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Writer: {writer}</source>
        <translation>撰稿人：{writer}</translation>
    </message>
    <message>
        <source>Source: {name}</source>
        <translation>来源：{name}</translation>
    </message>
    <message>
        <source>Source: not given yet</source>
        <translation>来源：尚未填写</translation>
    </message>
    <message>
        <source>Reviewer: {reviewer}</source>
        <translation>审核人：{reviewer}</translation>
    </message>
    <message>
        <source>Reviewer: not approved yet</source>
        <translation>审核人：尚未审核通过</translation>
    </message>
    <message>
        <source>Column: {column}</source>
        <translation>栏目：{column}</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>类别：{category}</translation>
    </message>
    <message>
        <source>MediaDesk posts</source>
        <translation>MediaDesk 稿件</translation>
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
    <name>PostEditor</name>
    <message>
        <source>&amp;Reload their version…</source>
        <translation>重新加载对方的版本(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Keep my text</source>
        <translation>保留我的内容(&amp;K)</translation>
    </message>
    <message>
        <source>Col&amp;umn:</source>
        <translation>栏目(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>What readers see first</source>
        <translation>读者最先看到的内容</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>The text, or a summary of it</source>
        <translation>正文，或正文摘要</translation>
    </message>
    <message>
        <source>Te&amp;xt or summary:</source>
        <translation>正文或摘要(&amp;X)：</translation>
    </message>
    <message>
        <source>Where the facts come from</source>
        <translation>信息出处</translation>
    </message>
    <message>
        <source>Every post names its source: a press release, a link, a department or a colleague.</source>
        <translation>每篇稿件都须注明来源：新闻稿、链接、部门或同事。</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Concerns a company project</source>
        <translation>涉及公司项目(&amp;C)</translation>
    </message>
    <message>
        <source>The general manager confirms such posts after the operations manager has approved them.</source>
        <translation>此类稿件经运营经理审核通过后，还须由总经理确认。</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>The major event or promotion this post announces or recaps; its deadlines count this post.</source>
        <translation>本稿件预告或回顾的重大活动或重大推广；判断其截止日期时会计入本稿件。</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>活动(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Writer:</source>
        <translation>撰稿人(&amp;W)：</translation>
    </message>
    <message>
        <source>Sc&amp;heduled for</source>
        <translation>定于(&amp;H)</translation>
    </message>
    <message>
        <source>Planned publication time</source>
        <translation>计划发布时间</translation>
    </message>
    <message>
        <source>(unscheduled)</source>
        <translation>（未排期）</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>计划发布：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>已发布：</translation>
    </message>
    <message>
        <source>&amp;Duplicate to other platforms…</source>
        <translation>复制到其他平台(&amp;D)…</translation>
    </message>
    <message>
        <source>Linked copies of the saved post for other platforms, each edited on its own</source>
        <translation>为其他平台创建已保存稿件的关联副本，各副本单独编辑</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete this post (it has not been published); you are asked first</source>
        <translation>删除这篇稿件（尚未发布）；删除前会先询问您</translation>
    </message>
    <message>
        <source>Save and su&amp;bmit for review</source>
        <translation>保存并提交审核(&amp;B)</translation>
    </message>
    <message>
        <source>Save, then send the post to the operations manager for review (rule P1)</source>
        <translation>保存后将稿件提交运营经理审核（规则 P1）</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新建稿件</translation>
    </message>
    <message>
        <source>Post: {title}</source>
        <translation>稿件：{title}</translation>
    </message>
    <message>
        <source>{name} (no longer in use)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{name} ({kind}, {start} – {end})</source>
        <translation>{name}（{kind}，{start} 至 {end}）</translation>
    </message>
    <message>
        <source>Only the operations manager may give a post to another writer.</source>
        <translation>只有运营经理可以把稿件交给其他撰稿人。</translation>
    </message>
    <message>
        <source>Draft (not saved yet)</source>
        <translation>草稿（尚未保存）</translation>
    </message>
    <message>
        <source>A published post keeps its platform and time.</source>
        <translation>已发布的稿件不能更改平台和发布时间。</translation>
    </message>
    <message>
        <source>This post has been published: what went out is kept as it was approved and can no longer be changed (rule P1). For a correction, write a new post and send it for review.</source>
        <translation>这篇稿件已发布：发出的内容按审核通过时的样子保存，不能再修改（规则 P1）。如需更正，请另写一篇新稿件并提交审核。</translation>
    </message>
    <message>
        <source>You can read this post but not change it: only the content, channel and promotion specialists and the operations manager write posts.</source>
        <translation>您可以查看此稿件，但不能修改：只有内容运营专员、信息渠道运营专员、推广运营专员和运营经理可以撰写稿件。</translation>
    </message>
    <message>
        <source>This is {writer}&apos;s post. Only {writer} or the operations manager may change it.</source>
        <translation>这是{writer}的稿件。只有{writer}或运营经理可以修改。</translation>
    </message>
    <message>
        <source>Post: {title} (read-only)</source>
        <translation>稿件：{title}（只读）</translation>
    </message>
    <message>
        <source>Length: {count}</source>
        <translation>字数：{count}</translation>
    </message>
    <message>
        <source>This platform has no length limit.</source>
        <translation>该平台不限字数。</translation>
    </message>
    <message>
        <source>{count} / {limit}</source>
        <translation>{count} / {limit}</translation>
    </message>
    <message>
        <source>{n} characters too many for this platform.</source>
        <translation>超出该平台字数上限 {n} 字。</translation>
    </message>
    <message>
        <source>At most {limit} characters on this platform.</source>
        <translation>该平台最多 {limit} 字。</translation>
    </message>
    <message>
        <source>{who} changed this post at {when} while you were editing it. Your changes were not saved, and nothing of theirs was overwritten.</source>
        <translation>在您编辑期间，{who}已于 {when} 修改了此稿件。您的修改未保存，对方的修改也未被覆盖。</translation>
    </message>
    <message>
        <source>Reload to see their version (your changes here are lost), or keep your text to copy what you need first.</source>
        <translation>您可以重新加载以查看对方的版本（您在此处的修改将丢失），也可以保留您的内容，先复制需要的部分。</translation>
    </message>
    <message>
        <source>Your text is kept, but it cannot be saved over their change. Copy what you need, then reload.</source>
        <translation>您的内容已保留，但不能覆盖对方的修改进行保存。请先复制需要的内容，然后重新加载。</translation>
    </message>
    <message>
        <source>Reload the post?</source>
        <translation>要重新加载稿件吗？</translation>
    </message>
    <message>
        <source>The post is shown as it is saved now. What you typed here since you opened it is lost.</source>
        <translation>将显示稿件当前保存的版本。打开稿件后您在此处输入的内容将会丢失。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>This is the version {who} saved. You can edit it now.</source>
        <translation>这是{who}保存的版本，您现在可以编辑。</translation>
    </message>
    <message>
        <source>This is the post as it is saved now.</source>
        <translation>这是稿件当前保存的版本。</translation>
    </message>
    <message>
        <source>Saved as a draft, but not submitted for review: {reason}</source>
        <translation>已保存为草稿，但未提交审核：{reason}</translation>
    </message>
    <message>
        <source>Saved, but not submitted for review again: {reason}</source>
        <translation>已保存，但未重新提交审核：{reason}</translation>
    </message>
    <message>
        <source>Copies made for {platforms}; each is a draft of its own.</source>
        <translation>已为{platforms}各复制一份，每份都是单独的草稿。</translation>
    </message>
    <message>
        <source>There is no column “{column}” on {platforms}: choose one in the copy there.</source>
        <translation>{platforms}没有“{column}”栏目：请在这些平台的副本中另选栏目。</translation>
    </message>
    <message>
        <source>“{title}” has been deleted meanwhile, so it can no longer be saved. What you typed is still here: copy what you need into a new post.</source>
        <translation>“{title}”在此期间已被删除，无法再保存。您输入的内容仍保留在此：可将需要的内容复制到新稿件中。</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>删除稿件</translation>
    </message>
    <message>
        <source>Delete the post “{title}”? It leaves the calendar and cannot be brought back.</source>
        <translation>删除稿件“{title}”？它将从日历中移除，且无法恢复。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Its review history, the decisions and comments, goes with it.</source>
        <translation>它的审核记录（审核决定和评论）也会一并删除。</translation>
    </message>
    <message>
        <source>Its linked versions on other platforms stay.</source>
        <translation>它在其他平台上的关联版本会保留。</translation>
    </message>
    <message>
        <source>Sensitive words (rule P4): {words}.</source>
        <translation>敏感词（规则 P4）：{words}。</translation>
    </message>
    <message>
        <source>Sensitive words (rule P4): {words}. The reviewer must confirm each one; rephrase if you can.</source>
        <translation>敏感词（规则 P4）：{words}。审核人须逐一确认；能改写的请尽量改写。</translation>
    </message>
    <message>
        <source>{stage}. Changing the title, text or anything else reviewers checked sends the post back to review (rule P1); a new time does not.</source>
        <translation>{stage}。修改标题、正文或审核人检查过的其他内容，稿件将退回重新审核（规则 P1）；只改时间则不会。</translation>
    </message>
    <message>
        <source>{stage}. The reviewer sees what you change now.</source>
        <translation>{stage}。您现在所做的修改，审核人都会看到。</translation>
    </message>
    <message>
        <source>{stage}. Edit it, then choose Save and submit to send it back for review.</source>
        <translation>{stage}。请修改后选择“保存并提交审核”，重新送审。</translation>
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
        <translation>已审核通过</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回撰稿人</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>总经理已确认</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Mark “{title}” as published</source>
        <translation>将“{title}”标记为已发布</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <source>Published &amp;at:</source>
        <translation>发布时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Mark as published</source>
        <translation>标记为已发布(&amp;M)</translation>
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
    <name>ReturnDialog</name>
    <message>
        <source>Return “{title}”</source>
        <translation>退回“{title}”</translation>
    </message>
    <message>
        <source>{writer} will see the post in their inbox with your reason, change it and submit it again.</source>
        <translation>{writer}会在审核中心看到该稿件及您的退回原因，修改后再重新提交。</translation>
    </message>
    <message>
        <source>What should be changed, and why</source>
        <translation>需要修改哪些内容，以及原因</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>退回原因(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Return to the writer</source>
        <translation>退回撰稿人(&amp;R)</translation>
    </message>
    <message>
        <source>The reason is too long (at most {n} characters).</source>
        <translation>原因太长（最多 {n} 个字符）。</translation>
    </message>
</context>
<context>
    <name>ReviewContent</name>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>计划发布：</translation>
    </message>
    <message>
        <source>Writer:</source>
        <translation>撰稿人：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Company project:</source>
        <translation>涉及公司项目：</translation>
    </message>
    <message>
        <source>As it will appear</source>
        <translation>发布效果预览</translation>
    </message>
    <message>
        <source>The post as it will appear</source>
        <translation>稿件发布效果预览</translation>
    </message>
    <message>
        <source>Sensitive words (rule P4)</source>
        <translation>敏感词（规则 P4）</translation>
    </message>
    <message>
        <source>Changes since the approved version</source>
        <translation>自审核通过版本以来的修改</translation>
    </message>
    <message>
        <source>Added text is green and underlined; removed text is red and struck through.</source>
        <translation>新增的文字以绿色加下划线显示；删除的文字以红色加删除线显示。</translation>
    </message>
    <message>
        <source>Review checklist (rule P4)</source>
        <translation>审核清单（规则 P4）</translation>
    </message>
    <message>
        <source>History and comments</source>
        <translation>历史记录与评论</translation>
    </message>
    <message>
        <source>Write a comment; type @ and a name to tell someone</source>
        <translation>填写评论；输入 @ 和姓名即可通知对方</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>评论(&amp;M)：</translation>
    </message>
    <message>
        <source>@ Mention</source>
        <translation>@ 提及</translation>
    </message>
    <message>
        <source>Name a colleague in the comment: they will see the post in their inbox</source>
        <translation>在评论中提及同事：对方会在审核中心看到该稿件</translation>
    </message>
    <message>
        <source>&amp;Send comment</source>
        <translation>发送评论(&amp;S)</translation>
    </message>
    <message>
        <source>Send the comment (Ctrl+Enter in the comment box)</source>
        <translation>发送评论（在评论框中按 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>{name} ({login})</source>
        <translation>{name}（{login}）</translation>
    </message>
    <message>
        <source>Overdue: planned for {when} and still not confirmed by the general manager.</source>
        <translation>已逾期：计划于 {when} 发布，仍未经总经理确认。</translation>
    </message>
    <message>
        <source>Urgent: planned for {when} and not yet confirmed by the general manager.</source>
        <translation>紧急：计划于 {when} 发布，尚未经总经理确认。</translation>
    </message>
    <message>
        <source>Overdue: planned for {when} and still not approved.</source>
        <translation>已逾期：计划于 {when} 发布，仍未审核通过。</translation>
    </message>
    <message>
        <source>Urgent: planned for {when} and not yet approved.</source>
        <translation>紧急：计划于 {when} 发布，尚未审核通过。</translation>
    </message>
    <message>
        <source>Returned by {who} on {when}: {reason}</source>
        <translation>{who}于 {when} 退回：{reason}</translation>
    </message>
    <message>
        <source>History and comments ({n})</source>
        <translation>历史记录与评论（{n}）</translation>
    </message>
    <message>
        <source>{platform} · {column}</source>
        <translation>{platform} · {column}</translation>
    </message>
    <message>
        <source>{planned} (published {when})</source>
        <translation>{planned}（实际发布：{when}）</translation>
    </message>
    <message>
        <source>(not given: rule P5 asks for it)</source>
        <translation>（未填写：规则 P5 要求注明来源）</translation>
    </message>
    <message>
        <source>Yes: the general manager confirms it after the approval (rule P2)</source>
        <translation>是：审核通过后须由总经理确认（规则 P2）</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{name} (approved version {version})</source>
        <translation>{name}（审核通过第 {version} 版）</translation>
    </message>
    <message>
        <source>not approved yet ({name} approved version {version}, before it was changed)</source>
        <translation>尚未审核通过（{name}曾审核通过第 {version} 版，之后稿件有改动）</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation>尚未审核通过</translation>
    </message>
    <message>
        <source>Each highlighted word may break the Advertising Law. Tick each one you have checked and accept in its place.</source>
        <translation>标出的词语可能违反《广告法》。请逐一核查，确认可在该处使用后勾选。</translation>
    </message>
    <message>
        <source>The reviewer confirmed the ticked words when approving the post.</source>
        <translation>审核人在审核通过时已确认勾选的词。</translation>
    </message>
    <message>
        <source>The reviewer confirms each highlighted word before approving.</source>
        <translation>审核人须在审核通过前逐一确认标出的词语。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>{n}. “{word}” in the {where}:</source>
        <translation>{n}. {where}中的“{word}”：</translation>
    </message>
    <message>
        <source>{n}. “{word}” in the {where} (added to the list after the approval):</source>
        <translation>{n}. {where}中的“{word}”（审核通过后才加入词表）：</translation>
    </message>
    <message>
        <source>Version {version} was approved by {who} on {when}; since then:</source>
        <translation>第 {version} 版已由{who}于 {when} 审核通过，此后的修改如下：</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>company project</source>
        <translation>涉及公司项目</translation>
    </message>
    <message>
        <source>event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>撰稿人</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}：</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>（尚无正文）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Company project</source>
        <translation>公司项目</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>撰稿人</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未改动</translation>
    </message>
    <message>
        <source>Checklist: all {n} items ticked.</source>
        <translation>审核清单：{n} 项已全部勾选。</translation>
    </message>
    <message>
        <source>Sensitive words confirmed: {words}.</source>
        <translation>已确认敏感词：{words}。</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>备注：{text}</translation>
    </message>
    <message>
        <source>Sensitive words found: {words}.</source>
        <translation>发现敏感词：{words}。</translation>
    </message>
    <message>
        <source>Reason: {text}</source>
        <translation>退回原因：{text}</translation>
    </message>
    <message>
        <source>Link: {url}</source>
        <translation>链接：{url}</translation>
    </message>
    <message>
        <source>Changed: {fields}.</source>
        <translation>修改了：{fields}。</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the names of the fields an edit changed (&quot;title, text&quot;) and other lists.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Mentioned: {names}</source>
        <translation>提及：{names}</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>尚无任何记录。</translation>
    </message>
    <message>
        <source>{when} · {who} · {what} (version {version})</source>
        <translation>{when} · {who} · {what}（第 {version} 版）</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>Choose a post in the list to see it here, as it will look, with what there is to decide.</source>
        <translation>在列表中选择一篇稿件，即可在此查看其发布效果及需要决定的事项。</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审核通过(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ubmit for review</source>
        <translation>提交审核(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Mark as &amp;published…</source>
        <translation>标记为已发布(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Edit post…</source>
        <translation>编辑稿件(&amp;E)…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Return to the writer</source>
        <translation>退回撰稿人</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Approve the post as it is now ({key})</source>
        <translation>按当前内容审核通过稿件（{key}）</translation>
    </message>
    <message>
        <source>Send it back to the writer with a reason ({key})</source>
        <translation>写明原因，将稿件退回撰稿人（{key}）</translation>
    </message>
    <message>
        <source>Confirm the company-project post after the operations manager&apos;s approval, rule P2 ({key})</source>
        <translation>运营经理审核通过后，确认涉及公司项目的稿件（规则 P2，{key}）</translation>
    </message>
    <message>
        <source>Send the post to the operations manager for review</source>
        <translation>将稿件提交运营经理审核</translation>
    </message>
    <message>
        <source>Take the post back from review; it becomes a draft</source>
        <translation>撤回审核中的稿件，稿件将恢复为草稿</translation>
    </message>
    <message>
        <source>Record the link and time of the published post</source>
        <translation>记录已发布稿件的链接和发布时间</translation>
    </message>
    <message>
        <source>Change the post; an approved post goes back to review</source>
        <translation>修改稿件；已审核通过的稿件修改后须重新审核</translation>
    </message>
    <message>
        <source>Change the post</source>
        <translation>修改稿件</translation>
    </message>
    <message>
        <source>The post is shown as it is now.</source>
        <translation>现显示稿件的最新内容。</translation>
    </message>
    <message>
        <source>“{title}” has been deleted meanwhile; there is nothing more to do with it.</source>
        <translation>“{title}”在此期间已被删除，无需再处理。</translation>
    </message>
    <message>
        <source>You approved “{title}”.</source>
        <translation>您已审核通过“{title}”。</translation>
    </message>
    <message>
        <source>It now waits for the general manager&apos;s confirmation (rule P2).</source>
        <translation>现等待总经理确认（规则 P2）。</translation>
    </message>
    <message>
        <source>“{title}” went back to {writer} with your reason.</source>
        <translation>“{title}”已连同您的退回原因退回给{writer}。</translation>
    </message>
    <message>
        <source>You confirmed “{title}”; it may be published now.</source>
        <translation>您已确认“{title}”，现在可以发布了。</translation>
    </message>
    <message>
        <source>“{title}” was submitted for review.</source>
        <translation>“{title}”已提交审核。</translation>
    </message>
    <message numerus="yes">
        <source>The reviewer will confirm %n highlighted word(s).</source>
        <translation>
            <numerusform>审核人将确认 %n 个标出的词语。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” was withdrawn from review and is a draft again.</source>
        <translation>“{title}”已撤回审核，恢复为草稿。</translation>
    </message>
    <message>
        <source>“{title}” is marked as published.</source>
        <translation>“{title}”已标记为已发布。</translation>
    </message>
    <message>
        <source>The post is shown as it is now: save again to go ahead with it, or Cancel.</source>
        <translation>现显示稿件的最新内容：再次保存即按最新内容继续，或点击“取消”。</translation>
    </message>
    <message>
        <source>“{title}” was saved and given to {writer}: it is a draft again until they submit it.</source>
        <translation>“{title}”已保存并交给{writer}：稿件恢复为草稿，直到对方提交审核。</translation>
    </message>
    <message>
        <source>“{title}” was saved.</source>
        <translation>“{title}”已保存。</translation>
    </message>
    <message>
        <source>Nobody was told of {names}: more than one colleague has that name. Choose the one you mean from the @ menu, which writes their user name.</source>
        <translation>提及的 {names} 未通知到任何人：有不止一位同事叫这个名字。请在 @ 菜单中选择您要找的那位，菜单会写入其用户名。</translation>
    </message>
    <message>
        <source>Not told, since deactivated: {names}.</source>
        <translation>以下人员已停用，未收到通知：{names}。</translation>
    </message>
    <message>
        <source>The comment was sent.</source>
        <translation>评论已发送。</translation>
    </message>
    <message>
        <source>“{title}” was saved and went back to review: the reviewer sees what changed.</source>
        <translation>“{title}”已保存并重新进入审核：审核人可以看到修改了哪些内容。</translation>
    </message>
</context>
<context>
    <name>ReviewRulesDialog</name>
    <message>
        <source>Review rules</source>
        <translation>审核规则</translation>
    </message>
    <message>
        <source>Rule P4: posts are checked for these words when they are submitted and reviewed. A post that contains one can still be submitted, but the reviewer must confirm each hit. One word or phrase per line.</source>
        <translation>规则 P4：稿件在提交和审核时都会检查是否含有以下词语。含有这些词语的稿件仍可提交，但审核人须逐一确认每一处。每行填写一个词或短语。</translation>
    </message>
    <message>
        <source>&amp;Sensitive words:</source>
        <translation>敏感词(&amp;S)：</translation>
    </message>
    <message>
        <source>Restore the &amp;defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
    <message>
        <source>A post planned within this time that is not yet approved (or confirmed by the general manager, rule P2) is marked urgent.</source>
        <translation>计划发布时间在此时限内、但尚未审核通过（或尚未经总经理确认，规则 P2）的稿件将标记为紧急。</translation>
    </message>
    <message>
        <source>&amp;Urgent within:</source>
        <translation>紧急时限(&amp;U)：</translation>
    </message>
    <message>
        <source>Shows the Advertising Law word list and the {hours}-hour urgency window again; Save stores them.</source>
        <translation>重新显示《广告法》敏感词表和 {hours} 小时的紧急时限；点击“保存”后生效。</translation>
    </message>
    <message>
        <source>Only the operations manager changes the review rules.</source>
        <translation>只有运营经理可以修改审核规则。</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n repeated line(s) merged</source>
        <translation>
            <numerusform>；合并了 %n 行重复内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) of invisible characters left out</source>
        <translation>
            <numerusform>；略去了 %n 行仅含不可见字符的内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Submitted for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Withdrew from review</source>
        <translation>撤回审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Returned to the writer</source>
        <translation>退回撰稿人</translation>
    </message>
    <message>
        <source>Confirmed (general manager)</source>
        <translation>总经理确认</translation>
    </message>
    <message>
        <source>Marked as published</source>
        <translation>标记为已发布</translation>
    </message>
    <message>
        <source>Edited after approval: back to review</source>
        <translation>审核通过后被修改：重新审核</translation>
    </message>
    <message>
        <source>Given to another writer: back to draft</source>
        <translation>交给其他撰稿人：退回草稿</translation>
    </message>
    <message>
        <source>Edited while in review</source>
        <translation>审核期间被修改</translation>
    </message>
    <message>
        <source>Commented</source>
        <translation>发表评论</translation>
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
    <message>
        <source>Hours before its planned time when a post that is not yet approved becomes urgent</source>
        <translation>未审核通过的稿件在计划时间前多少小时变为紧急</translation>
    </message>
    <message>
        <source>Sensitive words checked in every post</source>
        <translation>每篇稿件都要检查的敏感词</translation>
    </message>
    <message>
        <source>Holidays and working days of the years MediaDesk&apos;s Chinese statutory calendar does not know</source>
        <translation>MediaDesk 法定节假日日历未收录年份的放假与调休安排</translation>
    </message>
    <message>
        <source>Posts each column needs a month, and each person&apos;s monthly quota</source>
        <translation>每个栏目每月所需的发布数，以及每人的每月定额</translation>
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
        <translation>本机：使用这台电脑上的数据库文件(&amp;T)</translation>
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
        <source>Please choose a file.</source>
        <translation>请选择文件。</translation>
    </message>
    <message>
        <source>This is a database address, not a file. For a team server choose “Team server” and fill in its fields; the password is not saved.</source>
        <translation>这是数据库地址，不是文件。要使用团队服务器，请选择“团队服务器”并填写各项；密码不会被保存。</translation>
    </message>
    <message>
        <source>{folder} is a folder. Choose a file in it, or type a new file name to start a new database, for example {example}.</source>
        <translation>{folder} 是文件夹。请选择其中的文件，或输入新文件名以新建数据库，例如 {example}。</translation>
    </message>
    <message>
        <source>Please enter the server&apos;s name.</source>
        <translation>请输入服务器名称。</translation>
    </message>
    <message>
        <source>“{host}” cannot be a server&apos;s name. Type its name (for example db.example.com) or its IP address, without spaces; the port goes in the Port field.</source>
        <translation>“{host}”不能作为服务器名称。请输入服务器的名称（例如 db.example.com）或 IP 地址，不含空格；端口请填在“端口”一栏。</translation>
    </message>
    <message>
        <source>A database&apos;s name cannot contain “/”.</source>
        <translation>数据库名称不能包含“/”。</translation>
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
        <source>Save anyway?</source>
        <translation>仍要保存？</translation>
    </message>
    <message>
        <source>The connection test failed. Save these settings anyway?</source>
        <translation>连接测试失败。仍要保存这些设置吗？</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>仍然保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
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
        <source>&amp;Restart now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
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
        <extracomment>The dialog&apos;s result when another PC set the team up meanwhile (log in instead).</extracomment>
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
        <source>&amp;Set up</source>
        <translation>创建(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Use a &amp;team server instead…</source>
        <translation>改用团队服务器(&amp;T)…</translation>
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
        <source>Reload</source>
        <translation>刷新</translation>
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
        <source>You cannot deactivate your own account. Another operations manager can do it.</source>
        <translation>不能停用自己的账号。可以请另一位运营经理停用。</translation>
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
        <source>They deactivated it; saving again keeps it inactive.</source>
        <translation>对方已将其停用；再次保存后仍保持停用。</translation>
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
    <message numerus="yes">
        <source>%n post(s) not yet published are still planned there from now on: they stay in the calendar until someone moves them.</source>
        <translation>
            <numerusform>其下仍有 %n 篇今后待发布的稿件：在有人调整之前，它们会留在日历中。</numerusform>
        </translation>
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
<context>
    <name>Workflow</name>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Return to the writer</source>
        <translation>退回撰稿人</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>标记为已发布</translation>
    </message>
    <message>
        <source>Legal: breaks no law or regulation</source>
        <translation>合法：不违反法律法规</translation>
    </message>
    <message>
        <source>Truthful</source>
        <translation>真实</translation>
    </message>
    <message>
        <source>Accurate: names, figures, dates and links checked</source>
        <translation>准确：名称、数据、日期和链接已核对</translation>
    </message>
    <message>
        <source>Follows the house style</source>
        <translation>符合内容规范</translation>
    </message>
    <message>
        <source>No emotional personal opinion</source>
        <translation>无情绪化的个人观点</translation>
    </message>
    <message>
        <source>No unreleased internal company information</source>
        <translation>无未公开的公司内部信息</translation>
    </message>
    <message>
        <source>No rumour or unverified claim</source>
        <translation>无谣言或未经证实的内容</translation>
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
        <source>Returned to the writer</source>
        <translation>已退回撰稿人</translation>
    </message>
    <message>
        <source>Awaiting the general manager</source>
        <translation>待总经理确认</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核通过</translation>
    </message>
    <message>
        <source>Confirmed by the general manager</source>
        <translation>总经理已确认</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
</TS>

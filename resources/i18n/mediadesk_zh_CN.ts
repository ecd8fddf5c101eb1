<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Cannot log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another database in the settings?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Set up the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed log-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-in paused after repeated failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivated a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a team setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {name}. The operations manager has set a temporary password for you. Choose a new one that only you know before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least {n} characters and mixes letters with digits or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Add column to {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit column {name} of {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 每周精选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it carries and how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated: no new posts; earlier posts keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLoginDialog</name>
    <message>
        <source>Demo: choose a team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the MediaDesk demo, with a made-up team. Choose whom to log in as to see MediaDesk as they do; no password is needed. Nothing here touches real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{roles} · {department}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to the MediaDesk demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a team member first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, something went wrong in MediaDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you were doing may not have been completed; please check it. MediaDesk keeps running and the details were written to its log file. If this happens again, click “Copy details” and send them to the person who looks after MediaDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{url}” is not a database address MediaDesk understands. Use sqlite:///PATH/TO/FILE.db for a database on this PC or postgresql://USER@HOST:PORT/DATABASE for a team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} was last used by a newer version of MediaDesk (it holds changes this version does not know: {names}). Nothing was changed. Please install the newer version of MediaDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} is damaged or cannot be read ({reason}). Nothing was changed. Restore it from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk cannot write in the folder {folder}, where the database {path} is kept. Make the folder writable, or choose another database with --db or in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a MediaDesk database. Nothing was changed. Choose another file, or a new file name to start a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver (psycopg) is not installed, so a team database cannot be opened. Reinstall MediaDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team database {where}: {reason}. Check the address, that the server is running, and that this PC may connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check what you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists. Someone may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed this at {when} while you were editing it. Your change was not saved; the latest version is shown now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed log-ins. Log-in is paused for {seconds} seconds; please wait and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 60 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour is written #RRGGBB, for example #07C160.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a platform called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This platform already has a column called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must mix letters with digits or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a person with the role {roles} may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in without a password works only in the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores (for example zhang.wei).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team must keep at least one active operations manager. Give the role to someone else first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {login} is taken. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has been set up already. Please log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Changed by a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example zhang.wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: sqlite:///PATH for a file on this PC or postgresql://USER@HOST:PORT/DATABASE for a team server. Default: the one chosen in the settings, else a file in your data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language (default: the settings, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk: content calendar, approvals, inquiries and platform accounts for a new-media operations team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try MediaDesk on a made-up team in a new temporary database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as this member of a demo database, without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (run without a window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database or bring it up to date, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the database {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the database {where} to this version of MediaDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Team and platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MediaDesk {version}&lt;/h3&gt;&lt;p&gt;Plans, reviews and publishes a new-media operations team&apos;s content, answers its inquiries and keeps its platform accounts safe.&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt} · PySide6 {pyside}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role: may only read the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated: cannot log in. Nothing about them is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must choose a new password at the next log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (user name {login})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 张伟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example zhang.wei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with no role may only read the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters, letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person must choose their own password at the first log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot be changed: the audit log and the posts refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>Add platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit platform {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 微信公众号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour as a code #RRGGBB, for example #07C160.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the colour from a palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platforms</name>
    <message>
        <source>Official website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat official account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat mini program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhihu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baijiahao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sohu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baidu Zhidao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QQ Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, colour {colour}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated: no new posts; earlier posts and reports keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {name} ({login}) a new password. They must change it at the next log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters, letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Content specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the roles of one person, as in &quot;Content specialist, Customer service&quot;. Chinese uses the enumeration comma: &quot;、&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>MediaDesk can use this file. It will be created and set up when MediaDesk next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database is empty: MediaDesk will set it up when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a MediaDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. This is a MediaDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed unexpectedly. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This PC: a database file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam server (PostgreSQL), shared by the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for the test; not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk does not save this password. To connect every day, put it in PostgreSQL&apos;s password file (.pgpass in your home folder; %APPDATA%\postgresql\pgpass.conf on Windows) or ask the server&apos;s administrator to let this PC in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart MediaDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new settings take effect when MediaDesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaDesk could not start again by itself. Please close it and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example wang.fang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 王芳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, the operations manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least {n} characters and mixes letters with digits or symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the platforms your team runs. To rename one, double-click it. You can change the list later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a team server instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty. Set up your team to start: you become its operations manager, who adds colleagues and keeps the list of platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to MediaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <source>Team and platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms and &amp;columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the operations manager can change people, platforms and columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;latforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the selected platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Col&amp;umns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add colu&amp;mn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deacti&amp;vate column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Col&amp;umns of {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the team ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected person&apos;s name, department and roles (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the selected person log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected person can no longer log in; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password that the person must change at the next log-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a platform the team runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected platform&apos;s name, kind and colour (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected platform again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using the selected platform; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a column to the selected platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected column&apos;s name and description (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacti&amp;vate column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the selected column again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop using the selected column; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is deleted here, so that posts, reports and the audit log keep their names. To stop using an entry, deactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was added. They must choose their own password at the first log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will no longer be able to log in. Nothing about them is deleted: posts and the audit log keep their name, and you can reactivate them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was deactivated and can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {name} was reset. They must choose a new one at the next log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform {name} was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate platform {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new posts can be planned for {name}. Its columns, earlier posts and reports are kept, and you can reactivate it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform {name} is in use again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform {name} was deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {name} was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate column {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new posts can be filed under {name}. Earlier posts keep it, and you can reactivate it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {name} is in use again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {name} was deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

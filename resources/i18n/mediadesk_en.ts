<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarScreen</name>
    <message numerus="yes">
        <source>Imported %n post(s).</source>
        <translation>
            <numerusform>Imported %n post.</numerusform>
            <numerusform>Imported %n posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) already in the plan were skipped.</source>
        <translation>
            <numerusform>%n post already in the plan was skipped.</numerusform>
            <numerusform>%n posts already in the plan were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file need correcting:</source>
        <translation>
            <numerusform>%n line of the file needs correcting:</numerusform>
            <numerusform>%n lines of the file need correcting:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s). The details list every problem, to read or copy.</source>
        <translation>
            <numerusform>… and %n more problem. The details list every problem, to read or copy.</numerusform>
            <numerusform>… and %n more problems. The details list every problem, to read or copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarTexts</name>
    <message numerus="yes">
        <source>Urgent: planned within %n hours or past, and not yet approved as the rules require.</source>
        <translation>
            <numerusform>Urgent: planned within %n hour or past, and not yet approved as the rules require.</numerusform>
            <numerusform>Urgent: planned within %n hours or past, and not yet approved as the rules require.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Changing the password and logging in are paused for %n second(s); please wait and try again.</source>
        <translation>
            <numerusform>Too many wrong passwords. Changing the password and logging in are paused for %n second; please wait and try again.</numerusform>
            <numerusform>Too many wrong passwords. Changing the password and logging in are paused for %n seconds; please wait and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message numerus="yes">
        <source>%n of them on weekday(s)</source>
        <translation>
            <numerusform>%n of them on a weekday</numerusform>
            <numerusform>%n of them on weekdays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message numerus="yes">
        <source>%n working day(s) in {year}</source>
        <translation>
            <numerusform>%n working day in {year}</numerusform>
            <numerusform>%n working days in {year}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxScreen</name>
    <message numerus="yes">
        <source>%n post(s) wait for you, {urgent} of them urgent.</source>
        <translation>
            <numerusform>%n post waits for you ({urgent} urgent).</numerusform>
            <numerusform>%n posts wait for you, {urgent} of them urgent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) wait for you.</source>
        <translation>
            <numerusform>%n post waits for you.</numerusform>
            <numerusform>%n posts wait for you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Log-in is paused for %n second(s); please wait and try again.</source>
        <translation>
            <numerusform>Too many wrong passwords. Log-in is paused for %n second; please wait and try again.</numerusform>
            <numerusform>Too many wrong passwords. Log-in is paused for %n seconds; please wait and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n post(s) wait for you</source>
        <translation>
            <numerusform>%n post waits for you</numerusform>
            <numerusform>%n posts wait for you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message numerus="yes">
        <source>The reviewer will confirm %n highlighted word(s).</source>
        <translation>
            <numerusform>The reviewer will confirm %n highlighted word.</numerusform>
            <numerusform>The reviewer will confirm %n highlighted words.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewRulesDialog</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n repeated line(s) merged</source>
        <translation>
            <numerusform>; %n repeated line merged</numerusform>
            <numerusform>; %n repeated lines merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) of invisible characters left out</source>
        <translation>
            <numerusform>; %n line of invisible characters left out</numerusform>
            <numerusform>; %n lines of invisible characters left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message numerus="yes">
        <source>%n post(s) not yet published are still planned there from now on: they stay in the calendar until someone moves them.</source>
        <translation>
            <numerusform>%n post not yet published is still planned there from now on: it stays in the calendar until someone moves it.</numerusform>
            <numerusform>%n posts not yet published are still planned there from now on: they stay in the calendar until someone moves them.</numerusform>
        </translation>
    </message>
</context>
</TS>

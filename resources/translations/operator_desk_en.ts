<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CallsModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
</context>
<context>
    <name>DemoAccountsBox</name>
    <message>
        <source>Demo accounts</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <source>This is a demo database. Click an account to fill in the form; double-click to sign in.</source>
        <translation>This is a demo database. Click an account to fill in the form; double-click to sign in.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>Create the supervisor account</source>
        <translation>Create the supervisor account</translation>
    </message>
    <message>
        <source>This database has no users yet. The account you create now gets the «%1» role: it administers the app — buttons, scripts, roles and users — and can add the operators.</source>
        <translation>This database has no users yet. The account you create now gets the «%1» role: it administers the app — buttons, scripts, roles and users — and can add the operators.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>e.g. Anna Petrova</source>
        <translation>e.g. Anna Petrova</translation>
    </message>
    <message>
        <source>Create account and sign in</source>
        <translation>Create account and sign in</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Operator Desk</source>
        <translation>Operator Desk</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>First start</translation>
    </message>
    <message>
        <source>Sign in to start work</source>
        <translation>Sign in to start work</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Your account is paused because the team&apos;s plan has lapsed. It works again once the plan is renewed; please tell your supervisor.</source>
        <translation>Your account is paused because the team&apos;s plan has lapsed. It works again once the plan is renewed; please tell your supervisor.</translation>
    </message>
    <message>
        <source>Your account is blocked. Ask your supervisor to unblock it.</source>
        <translation>Your account is blocked. Ask your supervisor to unblock it.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Could not sign in: %1</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>The password must be at least %1 characters long.</translation>
    </message>
    <message>
        <source>The passwords do not match. Type the same password twice.</source>
        <translation>The passwords do not match. Type the same password twice.</translation>
    </message>
    <message>
        <source>Could not create the account: %1</source>
        <translation>Could not create the account: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Refresh calls</source>
        <translation>&amp;Refresh calls</translation>
    </message>
    <message>
        <source>&amp;About Operator Desk</source>
        <translation>&amp;About Operator Desk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>Embedded CRM</source>
        <translation>Embedded CRM</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation>the whole team</translation>
    </message>
    <message>
        <source>your calls</source>
        <translation>your calls</translation>
    </message>
    <message>
        <source>About Operator Desk</source>
        <translation>About Operator Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Operator Desk %1&lt;/h3&gt;&lt;p&gt;Call scripts, the call card and call results for teams that sell and support by phone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Operator Desk %1&lt;/h3&gt;&lt;p&gt;Call scripts, the call card and call results for teams that sell and support by phone.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>RecentCallsView</name>
    <message>
        <source>No calls yet</source>
        <translation>No calls yet</translation>
    </message>
    <message>
        <source>Calls appear here when they arrive.</source>
        <translation>Calls appear here when they arrive.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
</TS>

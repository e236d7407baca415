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
    <name>ConflictDialog</name>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (my version)</translation>
    </message>
    <message>
        <source>The script was changed meanwhile</source>
        <translation>The script was changed meanwhile</translation>
    </message>
    <message>
        <source>Another supervisor saved «%1» after you opened it.</source>
        <translation>Another supervisor saved «%1» after you opened it.</translation>
    </message>
    <message>
        <source>Saving now would overwrite their changes, so nothing was saved. Your edits are still here: choose what to do with them.</source>
        <translation>Saving now would overwrite their changes, so nothing was saved. Your edits are still here: choose what to do with them.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>Discard your edits and continue from the version the other supervisor saved.</source>
        <translation>Discard your edits and continue from the version the other supervisor saved.</translation>
    </message>
    <message>
        <source>Save mine as a copy</source>
        <translation>Save mine as a copy</translation>
    </message>
    <message>
        <source>Their version stays as it is; yours becomes a new script with this name:</source>
        <translation>Their version stays as it is; yours becomes a new script with this name:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Keep editing; nothing is saved.</source>
        <translation>Keep editing; nothing is saved.</translation>
    </message>
</context>
<context>
    <name>DeleteScriptDialog</name>
    <message>
        <source>Delete script</source>
        <translation>Delete script</translation>
    </message>
    <message>
        <source>The script «%1» is used by these roles:</source>
        <translation>The script «%1» is used by these roles:</translation>
    </message>
    <message>
        <source>Operators with these roles will no longer see it. Remove the script from these roles and delete it? This cannot be undone.</source>
        <translation>Operators with these roles will no longer see it. Remove the script from these roles and delete it? This cannot be undone.</translation>
    </message>
    <message>
        <source>Remove from roles and delete</source>
        <translation>Remove from roles and delete</translation>
    </message>
    <message>
        <source>Delete the script «%1»?</source>
        <translation>Delete the script «%1»?</translation>
    </message>
    <message>
        <source>Its steps and published versions are deleted too. This cannot be undone.</source>
        <translation>Its steps and published versions are deleted too. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
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
    <name>FieldsDialog</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>CRM fields of the step</source>
        <translation>CRM fields of the step</translation>
    </message>
    <message>
        <source>CRM fields</source>
        <translation>CRM fields</translation>
    </message>
    <message>
        <source>Shown on this step</source>
        <translation>Shown on this step</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>Search by name or code</translation>
    </message>
    <message>
        <source>Drag to reorder. A locked field is read-only for the operator.</source>
        <translation>Drag to reorder. A locked field is read-only for the operator.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Add as</source>
        <translation>Add as</translation>
    </message>
    <message>
        <source>Editable →</source>
        <translation>Editable →</translation>
    </message>
    <message>
        <source>Read-only →</source>
        <translation>Read-only →</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The CRM allows only reading this field.</source>
        <translation>The CRM allows only reading this field.</translation>
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
    <name>LintPanel</name>
    <message>
        <source>untitled step (%1)</source>
        <translation>untitled step (%1)</translation>
    </message>
    <message>
        <source>untitled step</source>
        <translation>untitled step</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Cannot be reached from the start step: %1.</source>
        <translation>Cannot be reached from the start step: %1.</translation>
    </message>
    <message>
        <source>No way forward and not marked as final: %1.</source>
        <translation>No way forward and not marked as final: %1.</translation>
    </message>
    <message>
        <source>The buttons after %2 would look the same: %1.</source>
        <translation>The buttons after %2 would look the same: %1.</translation>
    </message>
    <message>
        <source>A loop with no way out: %1.</source>
        <translation>A loop with no way out: %1.</translation>
    </message>
    <message>
        <source>No title, the button leading here would be blank: %1.</source>
        <translation>No title, the button leading here would be blank: %1.</translation>
    </message>
    <message>
        <source>The script has no start step.</source>
        <translation>The script has no start step.</translation>
    </message>
    <message>
        <source>No issues</source>
        <translation>No issues</translation>
    </message>
    <message>
        <source>Click an issue to select its steps. Issues never block saving or publishing.</source>
        <translation>Click an issue to select its steps. Issues never block saving or publishing.</translation>
    </message>
    <message>
        <source>Issues: %1</source>
        <translation>Issues: %1</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
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
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Scripts, buttons and roles (Ctrl+,)</source>
        <translation>Scripts, buttons and roles (Ctrl+,)</translation>
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
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>One step back (Backspace)</source>
        <translation>One step back (Backspace)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>As the operator sees it. Keys 1–9 choose the next step. Nothing is saved.</source>
        <translation>As the operator sees it. Keys 1–9 choose the next step. Nothing is saved.</translation>
    </message>
    <message>
        <source>The script has no start step</source>
        <translation>The script has no start step</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(untitled step)</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <source>The script ends here.</source>
        <translation>The script ends here.</translation>
    </message>
    <message>
        <source>No way forward from this step.</source>
        <translation>No way forward from this step.</translation>
    </message>
    <message>
        <source>The operator fills this in</source>
        <translation>The operator fills this in</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish the script</source>
        <translation>Publish the script</translation>
    </message>
    <message>
        <source>Publish «%1»</source>
        <translation>Publish «%1»</translation>
    </message>
    <message>
        <source>Operators get the new version with their next call.</source>
        <translation>Operators get the new version with their next call.</translation>
    </message>
    <message>
        <source>Your unsaved changes are saved first.</source>
        <translation>Your unsaved changes are saved first.</translation>
    </message>
    <message>
        <source>Lint found %1 issue(s); you may still publish.</source>
        <translation>Lint found %1 issue(s); you may still publish.</translation>
    </message>
    <message>
        <source>Note for this version (optional)</source>
        <translation>Note for this version (optional)</translation>
    </message>
    <message>
        <source>What changed, e.g. «new objection: too expensive»</source>
        <translation>What changed, e.g. «new objection: too expensive»</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
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
    <name>ScriptCanvas</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Rename step</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Actual size (100%)</source>
        <translation>Actual size (100%)</translation>
    </message>
    <message>
        <source>Fit all steps</source>
        <translation>Fit all steps</translation>
    </message>
    <message>
        <source>Arrange steps automatically</source>
        <translation>Arrange steps automatically</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <source>Untitled step</source>
        <translation>Untitled step</translation>
    </message>
    <message>
        <source>Delete the step «%1» and its CRM fields?</source>
        <translation>Delete the step «%1» and its CRM fields?</translation>
    </message>
    <message>
        <source>Delete %1 steps? Some of them have CRM fields.</source>
        <translation>Delete %1 steps? Some of them have CRM fields.</translation>
    </message>
    <message>
        <source>Add CRM fields…</source>
        <translation>Add CRM fields…</translation>
    </message>
    <message>
        <source>Set as start step</source>
        <translation>Set as start step</translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>Mark as final</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Delete link</translation>
    </message>
    <message>
        <source>Add step here</source>
        <translation>Add step here</translation>
    </message>
    <message>
        <source>Double-click anywhere to add the first step</source>
        <translation>Double-click anywhere to add the first step</translation>
    </message>
</context>
<context>
    <name>ScriptDetailsDialog</name>
    <message>
        <source>Edit script</source>
        <translation>Edit script</translation>
    </message>
    <message>
        <source>Add script</source>
        <translation>Add script</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>For example: Inbound call, sales</source>
        <translation>For example: Inbound call, sales</translation>
    </message>
    <message>
        <source>What the script is for, and when operators use it (optional)</source>
        <translation>What the script is for, and when operators use it (optional)</translation>
    </message>
    <message>
        <source>Shift+Enter starts a new line.</source>
        <translation>Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>A script named «%1» already exists. Choose another name.</source>
        <translation>A script named «%1» already exists. Choose another name.</translation>
    </message>
    <message>
        <source>Enter the script&apos;s name.</source>
        <translation>Enter the script&apos;s name.</translation>
    </message>
</context>
<context>
    <name>ScriptDocument</name>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Link steps</source>
        <translation>Link steps</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Rename step</translation>
    </message>
    <message>
        <source>Edit step text</source>
        <translation>Edit step text</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Edit fields</source>
        <translation>Edit fields</translation>
    </message>
    <message>
        <source>Set start step</source>
        <translation>Set start step</translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>Mark as final</translation>
    </message>
    <message>
        <source>Unmark final step</source>
        <translation>Unmark final step</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Auto layout</source>
        <translation>Auto layout</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to «%1» before closing?</source>
        <translation>Save the changes to «%1» before closing?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>Find p&amp;revious</source>
        <translation>Find p&amp;revious</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>P&amp;review</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Save the draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>Publish the draft: operators get it</source>
        <translation>Publish the draft: operators get it</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Published versions</translation>
    </message>
    <message>
        <source>Find a step (Ctrl+F)</source>
        <translation>Find a step (Ctrl+F)</translation>
    </message>
    <message>
        <source>Run the script as the operator sees it (F5)</source>
        <translation>Run the script as the operator sees it (F5)</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Script</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Designer</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>Steps: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The script was not saved</source>
        <translation>The script was not saved</translation>
    </message>
    <message>
        <source>%1

Your changes are still here; try saving again.</source>
        <translation>%1

Your changes are still here; try saving again.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Load their version</translation>
    </message>
    <message>
        <source>Your changes to «%1» will be lost. Load the version the other supervisor saved?</source>
        <translation>Your changes to «%1» will be lost. Load the version the other supervisor saved?</translation>
    </message>
    <message>
        <source>The script was not loaded</source>
        <translation>The script was not loaded</translation>
    </message>
    <message>
        <source>Loaded the version saved by the other supervisor.</source>
        <translation>Loaded the version saved by the other supervisor.</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>The copy was not saved</translation>
    </message>
    <message>
        <source>Your version is saved as «%1»; the original keeps the other supervisor&apos;s changes.</source>
        <translation>Your version is saved as «%1»; the original keeps the other supervisor&apos;s changes.</translation>
    </message>
    <message>
        <source>The script was not published</source>
        <translation>The script was not published</translation>
    </message>
    <message>
        <source>Version %1 published: operators get it with their next call.</source>
        <translation>Version %1 published: operators get it with their next call.</translation>
    </message>
    <message>
        <source>The version is restored into the draft.</source>
        <translation>The version is restored into the draft.</translation>
    </message>
</context>
<context>
    <name>ScriptsModel</name>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>unpublished changes</source>
        <translation>unpublished changes</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>not published</translation>
    </message>
    <message>
        <source>The draft has changes operators do not get until you publish it in the designer.</source>
        <translation>The draft has changes operators do not get until you publish it in the designer.</translation>
    </message>
    <message>
        <source>Roles whose operators run this script: %1</source>
        <translation>Roles whose operators run this script: %1</translation>
    </message>
    <message>
        <source>No role has this script yet; assign it on the Roles tab.</source>
        <translation>No role has this script yet; assign it on the Roles tab.</translation>
    </message>
</context>
<context>
    <name>ScriptsTab</name>
    <message>
        <source>Scripts guide operators through a call step by step. Draw them in the designer and publish; roles get their scripts on the Roles tab.</source>
        <translation>Scripts guide operators through a call step by step. Draw them in the designer and publish; roles get their scripts on the Roles tab.</translation>
    </message>
    <message>
        <source>Add script</source>
        <translation>Add script</translation>
    </message>
    <message>
        <source>Add a script (Ins, Ctrl+N)</source>
        <translation>Add a script (Ins, Ctrl+N)</translation>
    </message>
    <message>
        <source>Open in designer</source>
        <translation>Open in designer</translation>
    </message>
    <message>
        <source>Draw the script&apos;s steps (Enter, double-click)</source>
        <translation>Draw the script&apos;s steps (Enter, double-click)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Change the name and description (F2)</source>
        <translation>Change the name and description (F2)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Make a copy of the script (Ctrl+D)</source>
        <translation>Make a copy of the script (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the script (Del)</source>
        <translation>Delete the script (Del)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search scripts (Ctrl+F)</source>
        <translation>Search scripts (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search scripts</source>
        <translation>Search scripts</translation>
    </message>
    <message>
        <source>Finds scripts by name, description or role (Ctrl+F)</source>
        <translation>Finds scripts by name, description or role (Ctrl+F)</translation>
    </message>
    <message>
        <source>Could not load the scripts</source>
        <translation>Could not load the scripts</translation>
    </message>
    <message>
        <source>No scripts yet</source>
        <translation>No scripts yet</translation>
    </message>
    <message>
        <source>Add a script, then draw its steps in the designer. Operators see a script once it is published and a role has it.</source>
        <translation>Add a script, then draw its steps in the designer. Operators see a script once it is published and a role has it.</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>No script matches «%1». Clear the search to see all scripts.</source>
        <translation>No script matches «%1». Clear the search to see all scripts.</translation>
    </message>
    <message>
        <source>Scripts: %1</source>
        <translation>Scripts: %1</translation>
    </message>
    <message>
        <source>Scripts: %1 of %2</source>
        <translation>Scripts: %1 of %2</translation>
    </message>
    <message>
        <source>Could not add the script</source>
        <translation>Could not add the script</translation>
    </message>
    <message>
        <source>Could not save the script</source>
        <translation>Could not save the script</translation>
    </message>
    <message>
        <source>Could not duplicate the script</source>
        <translation>Could not duplicate the script</translation>
    </message>
    <message>
        <source>Could not delete the script</source>
        <translation>Could not delete the script</translation>
    </message>
    <message>
        <source>Could not open the script</source>
        <translation>Could not open the script</translation>
    </message>
    <message>
        <source>The script «%1» was changed by someone else meanwhile. The list now shows their version; try again.</source>
        <translation>The script «%1» was changed by someone else meanwhile. The list now shows their version; try again.</translation>
    </message>
    <message>
        <source>This script no longer exists; someone may have deleted it.</source>
        <translation>This script no longer exists; someone may have deleted it.</translation>
    </message>
    <message>
        <source>The script is still used by these roles: %1.</source>
        <translation>The script is still used by these roles: %1.</translation>
    </message>
    <message>
        <source>The database is unavailable, nothing was changed. %1</source>
        <translation>The database is unavailable, nothing was changed. %1</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find a step by title or text</source>
        <translation>Find a step by title or text</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Next match (Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Close (Escape)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Your role may not manage the app&apos;s settings.</source>
        <translation>Your role may not manage the app&apos;s settings.</translation>
    </message>
    <message>
        <source>Settings — Operator Desk</source>
        <translation>Settings — Operator Desk</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Buttons</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
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
<context>
    <name>StepItem</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Untitled step</source>
        <translation>Untitled step</translation>
    </message>
    <message>
        <source>Double-click to add text</source>
        <translation>Double-click to add text</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Published versions</source>
        <translation>Published versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Restore to draft</source>
        <translation>Restore to draft</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Operators get version %1. Restoring a version copies it into the draft; publish it to give it to operators.</source>
        <translation>Operators get version %1. Restoring a version copies it into the draft; publish it to give it to operators.</translation>
    </message>
    <message>
        <source>The script has not been published yet.</source>
        <translation>The script has not been published yet.</translation>
    </message>
    <message>
        <source>Replace the draft with version %1?</source>
        <translation>Replace the draft with version %1?</translation>
    </message>
    <message>
        <source>Your unsaved changes will be lost.</source>
        <translation>Your unsaved changes will be lost.</translation>
    </message>
</context>
</TS>

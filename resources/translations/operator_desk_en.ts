<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionCard</name>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove the action (Ctrl+Del)</source>
        <translation>Remove the action (Ctrl+Del)</translation>
    </message>
</context>
<context>
    <name>ActionKinds</name>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Change lead status</source>
        <translation>Change lead status</translation>
    </message>
    <message>
        <source>Change deal stage</source>
        <translation>Change deal stage</translation>
    </message>
    <message>
        <source>A comment in the client's timeline</source>
        <translation>A comment in the client's timeline</translation>
    </message>
    <message>
        <source>A callback at a time the operator may change</source>
        <translation>A callback at a time the operator may change</translation>
    </message>
    <message>
        <source>A task with a deadline and a responsible</source>
        <translation>A task with a deadline and a responsible</translation>
    </message>
    <message>
        <source>A meeting in the client's timeline</source>
        <translation>A meeting in the client's timeline</translation>
    </message>
    <message>
        <source>Sets a fixed lead status</source>
        <translation>Sets a fixed lead status</translation>
    </message>
    <message>
        <source>Moves the deal to a fixed stage</source>
        <translation>Moves the deal to a fixed stage</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Actions run in order when the operator presses the button</source>
        <translation>Actions run in order when the operator presses the button</translation>
    </message>
    <message>
        <source>No actions yet. A button needs at least one: add a comment, a callback, a task, a meeting, or a status or stage change.</source>
        <translation>No actions yet. A button needs at least one: add a comment, a callback, a task, a meeting, or a status or stage change.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>For example: anna</source>
        <translation>For example: anna</translation>
    </message>
    <message>
        <source>As colleagues see it: Анна Смирнова</source>
        <translation>As colleagues see it: Анна Смирнова</translation>
    </message>
    <message>
        <source>Invite: generate a password for the first sign-in</source>
        <translation>Invite: generate a password for the first sign-in</translation>
    </message>
    <message>
        <source>You see the password once and give it to the user; at the first sign-in they choose their own.</source>
        <translation>You see the password once and give it to the user; at the first sign-in they choose their own.</translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation>Set a password</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Enter the login the user signs in with.</source>
        <translation>Enter the login the user signs in with.</translation>
    </message>
    <message>
        <source>A login cannot contain spaces.</source>
        <translation>A login cannot contain spaces.</translation>
    </message>
    <message>
        <source>The login «%1» is taken. Choose another one.</source>
        <translation>The login «%1» is taken. Choose another one.</translation>
    </message>
    <message>
        <source>Choose the user's role.</source>
        <translation>Choose the user's role.</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>The password must be at least %1 characters long.</translation>
    </message>
    <message>
        <source>The passwords do not match. Type the same password twice.</source>
        <translation>The passwords do not match. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>The CRM did not answer: {0}</source>
        <translation>The CRM did not answer: {0}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Duplicated</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Version restored</source>
        <translation>Version restored</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>Unblocked</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Plan changed</source>
        <translation>Plan changed</translation>
    </message>
    <message>
        <source>Plan lapsed</source>
        <translation>Plan lapsed</translation>
    </message>
    <message>
        <source>Plan renewed</source>
        <translation>Plan renewed</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Button</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Seat plan</source>
        <translation>Seat plan</translation>
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
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>From version</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Keeps the call card open</source>
        <translation>Keeps the call card open</translation>
    </message>
    <message>
        <source>A call result is required</source>
        <translation>A call result is required</translation>
    </message>
    <message>
        <source>Manages settings</source>
        <translation>Manages settings</translation>
    </message>
    <message>
        <source>System role</source>
        <translation>System role</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
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
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Bitrix24 user</source>
        <translation>Bitrix24 user</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Paid until</source>
        <translation>Paid until</translation>
    </message>
    <message>
        <source>Kept working</source>
        <translation>Kept working</translation>
    </message>
    <message>
        <source>Users blocked</source>
        <translation>Users blocked</translation>
    </message>
    <message>
        <source>Users restored</source>
        <translation>Users restored</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>blocked by the plan</source>
        <translation>blocked by the plan</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>up to 7 users</source>
        <translation>up to 7 users</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Every change to buttons, scripts, roles, users and the seat plan: who made it, when, and what it changed.</source>
        <translation>Every change to buttons, scripts, roles, users and the seat plan: who made it, when, and what it changed.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the latest changes (F5)</source>
        <translation>Load the latest changes (F5)</translation>
    </message>
    <message>
        <source>Could not load the change log</source>
        <translation>Could not load the change log</translation>
    </message>
    <message>
        <source>No details were recorded.</source>
        <translation>No details were recorded.</translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation>No changes recorded yet</translation>
    </message>
    <message>
        <source>No changes of this kind yet</source>
        <translation>No changes of this kind yet</translation>
    </message>
    <message>
        <source>Changes made in the settings appear here, newest first.</source>
        <translation>Changes made in the settings appear here, newest first.</translation>
    </message>
    <message>
        <source>The latest %1 changes</source>
        <translation>The latest %1 changes</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Changes: %1</translation>
    </message>
</context>
<context>
    <name>ButtonEditor</name>
    <message>
        <source>Edit button «%1»</source>
        <translation>Edit button «%1»</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Add button</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Shortcut:</translation>
    </message>
    <message>
        <source>What the operator sees, e.g. Sale</source>
        <translation>What the operator sees, e.g. Sale</translation>
    </message>
    <message>
        <source>Press a key…</source>
        <translation>Press a key…</translation>
    </message>
    <message>
        <source>Press the key (with Ctrl, Alt or Shift if you like) that presses this button in the call card</source>
        <translation>Press the key (with Ctrl, Alt or Shift if you like) that presses this button in the call card</translation>
    </message>
    <message>
        <source>Free:</source>
        <translation>Free:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Run in this order when the operator presses the button.</source>
        <translation>Run in this order when the operator presses the button.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Optional. F1–F12 work best: one key press during the call.</source>
        <translation>Optional. F1–F12 work best: one key press during the call.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Use %1</translation>
    </message>
    <message>
        <source>A variable is written wrong: use {{entity.FIELD}}, for example {{contact.NAME}}.</source>
        <translation>A variable is written wrong: use {{entity.FIELD}}, for example {{contact.NAME}}.</translation>
    </message>
</context>
<context>
    <name>ButtonPreview</name>
    <message>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message>
        <source>A variable is written wrong.</source>
        <translation>A variable is written wrong.</translation>
    </message>
    <message>
        <source>Unknown variable: %1.</source>
        <translation>Unknown variable: %1.</translation>
    </message>
    <message>
        <source>The deadline cannot be read.</source>
        <translation>The deadline cannot be read.</translation>
    </message>
    <message>
        <source>The operator types the comment when pressing the button.</source>
        <translation>The operator types the comment when pressing the button.</translation>
    </message>
    <message>
        <source>In the timeline: %1</source>
        <translation>In the timeline: %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>%1 – %2, the operator may change it</source>
        <translation>%1 – %2, the operator may change it</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>%1, the operator may change it</source>
        <translation>%1, the operator may change it</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>%1 (the operator)</source>
        <translation>%1 (the operator)</translation>
    </message>
    <message>
        <source>Due %1, responsible: %2</source>
        <translation>Due %1, responsible: %2</translation>
    </message>
    <message>
        <source>No status chosen.</source>
        <translation>No status chosen.</translation>
    </message>
    <message>
        <source>The lead gets the status %1</source>
        <translation>The lead gets the status %1</translation>
    </message>
    <message>
        <source>No stage chosen.</source>
        <translation>No stage chosen.</translation>
    </message>
    <message>
        <source>The deal moves to %1</source>
        <translation>The deal moves to %1</translation>
    </message>
    <message>
        <source>(pipeline %1)</source>
        <translation>(pipeline %1)</translation>
    </message>
    <message>
        <source>As the operator sees it</source>
        <translation>As the operator sees it</translation>
    </message>
    <message>
        <source>What pressing it writes</source>
        <translation>What pressing it writes</translation>
    </message>
    <message>
        <source>For a sample client: %1; operator %2.</source>
        <translation>For a sample client: %1; operator %2.</translation>
    </message>
    <message>
        <source>The operator confirms the time or types the comment before it is written.</source>
        <translation>The operator confirms the time or types the comment before it is written.</translation>
    </message>
    <message>
        <source>Everything is written at once, on press.</source>
        <translation>Everything is written at once, on press.</translation>
    </message>
    <message>
        <source>Add an action: a button without one records nothing.</source>
        <translation>Add an action: a button without one records nothing.</translation>
    </message>
</context>
<context>
    <name>ButtonRefusals</name>
    <message>
        <source>Enter the button's title: it is the text the operator sees.</source>
        <translation>Enter the button's title: it is the text the operator sees.</translation>
    </message>
    <message>
        <source>The button «%1» has no action. Add at least one with «Add action».</source>
        <translation>The button «%1» has no action. Add at least one with «Add action».</translation>
    </message>
    <message>
        <source>The button «%1»: choose the lead status to set.</source>
        <translation>The button «%1»: choose the lead status to set.</translation>
    </message>
    <message>
        <source>The button «%1»: choose the deal stage to set.</source>
        <translation>The button «%1»: choose the deal stage to set.</translation>
    </message>
    <message>
        <source>The button «%1»: cannot read the deadline «%2». Write it like «+2 hours», «+1 day at 10:00», «tomorrow at 10:00» or «next working day at 9:30».</source>
        <translation>The button «%1»: cannot read the deadline «%2». Write it like «+2 hours», «+1 day at 10:00», «tomorrow at 10:00» or «next working day at 9:30».</translation>
    </message>
    <message>
        <source>The button «%1» changes the lead status twice. Keep one «Change lead status» action.</source>
        <translation>The button «%1» changes the lead status twice. Keep one «Change lead status» action.</translation>
    </message>
    <message>
        <source>The button «%1» changes the deal stage twice. Keep one «Change deal stage» action.</source>
        <translation>The button «%1» changes the deal stage twice. Keep one «Change deal stage» action.</translation>
    </message>
    <message>
        <source>The button «%1» uses unknown variables: %2. Fix them or insert variables from the menu next to each field.</source>
        <translation>The button «%1» uses unknown variables: %2. Fix them or insert variables from the menu next to each field.</translation>
    </message>
    <message>
        <source>The button «%1»: a variable is written wrong. Write it like {{contact.NAME}}.</source>
        <translation>The button «%1»: a variable is written wrong. Write it like {{contact.NAME}}.</translation>
    </message>
    <message>
        <source>The shortcut %1 already belongs to the button «%2». Choose another one, or clear it.</source>
        <translation>The shortcut %1 already belongs to the button «%2». Choose another one, or clear it.</translation>
    </message>
    <message>
        <source>A button title holds at most %1 characters; shorten it.</source>
        <translation>A button title holds at most %1 characters; shorten it.</translation>
    </message>
    <message>
        <source>The template uses an unknown variable %1. Fix it or insert a variable from the menu next to the field.</source>
        <translation>The template uses an unknown variable %1. Fix it or insert a variable from the menu next to the field.</translation>
    </message>
    <message>
        <source>The templates use unknown variables %1. Fix them or insert variables from the menu next to each field.</source>
        <translation>The templates use unknown variables %1. Fix them or insert variables from the menu next to each field.</translation>
    </message>
    <message>
        <source>The button «%1» was changed by someone else meanwhile. Close this window and open the button again to see their version.</source>
        <translation>The button «%1» was changed by someone else meanwhile. Close this window and open the button again to see their version.</translation>
    </message>
    <message>
        <source>This button no longer exists; someone may have deleted it.</source>
        <translation>This button no longer exists; someone may have deleted it.</translation>
    </message>
</context>
<context>
    <name>ButtonsModel</name>
    <message>
        <source>Button</source>
        <translation>Button</translation>
    </message>
    <message>
        <source>Actions, in order</source>
        <translation>Actions, in order</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>«%1», pressed with %2 in the call card</source>
        <translation>«%1», pressed with %2 in the call card</translation>
    </message>
    <message>
        <source>Operators with these roles have the button: %1</source>
        <translation>Operators with these roles have the button: %1</translation>
    </message>
    <message>
        <source>No role has this button yet, so no operator sees it. Assign it on the Roles tab.</source>
        <translation>No role has this button yet, so no operator sees it. Assign it on the Roles tab.</translation>
    </message>
</context>
<context>
    <name>ButtonsSection</name>
    <message>
        <source>Result buttons</source>
        <translation>Result buttons</translation>
    </message>
    <message>
        <source>In call-card order; drag to reorder.</source>
        <translation>In call-card order; drag to reorder.</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Add button</translation>
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
        <source>Every button is already here</source>
        <translation>Every button is already here</translation>
    </message>
</context>
<context>
    <name>ButtonsTab</name>
    <message>
        <source>Operators press these buttons in the call card to record a call's result, in this order. A button shows to operators once a role has it (Roles tab).</source>
        <translation>Operators press these buttons in the call card to record a call's result, in this order. A button shows to operators once a role has it (Roles tab).</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Add button</translation>
    </message>
    <message>
        <source>Add a button (Ins, Ctrl+N)</source>
        <translation>Add a button (Ins, Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Change the button (Enter, F2, double-click)</source>
        <translation>Change the button (Enter, F2, double-click)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Make a copy of the button (Ctrl+D)</source>
        <translation>Make a copy of the button (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the button (Del)</source>
        <translation>Delete the button (Del)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Earlier in the call card (Alt+Up); rows can be dragged too</source>
        <translation>Earlier in the call card (Alt+Up); rows can be dragged too</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Later in the call card (Alt+Down); rows can be dragged too</source>
        <translation>Later in the call card (Alt+Down); rows can be dragged too</translation>
    </message>
    <message>
        <source>No buttons yet</source>
        <translation>No buttons yet</translation>
    </message>
    <message>
        <source>Add a button, such as «Sale» or «Call back», with the actions it records. Then give it to roles on the Roles tab.</source>
        <translation>Add a button, such as «Sale» or «Call back», with the actions it records. Then give it to roles on the Roles tab.</translation>
    </message>
    <message>
        <source>Could not load the buttons</source>
        <translation>Could not load the buttons</translation>
    </message>
    <message>
        <source>Buttons: %1</source>
        <translation>Buttons: %1</translation>
    </message>
    <message>
        <source>Could not read the CRM</source>
        <translation>Could not read the CRM</translation>
    </message>
    <message>
        <source>The lead statuses, deal stages and field names are not available: %1</source>
        <translation>The lead statuses, deal stages and field names are not available: %1</translation>
    </message>
    <message>
        <source>Could not open the button</source>
        <translation>Could not open the button</translation>
    </message>
    <message>
        <source>Could not duplicate the button</source>
        <translation>Could not duplicate the button</translation>
    </message>
    <message>
        <source>Could not delete the button</source>
        <translation>Could not delete the button</translation>
    </message>
    <message>
        <source>Could not move the button</source>
        <translation>Could not move the button</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>The client's CRM data (Ctrl+1)</source>
        <translation>The client's CRM data (Ctrl+1)</translation>
    </message>
    <message>
        <source>The call script (Ctrl+2)</source>
        <translation>The call script (Ctrl+2)</translation>
    </message>
    <message>
        <source>Call result</source>
        <translation>Call result</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Record the result</translation>
    </message>
    <message>
        <source>Close the call card (Ctrl+W)</source>
        <translation>Close the call card (Ctrl+W)</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Outgoing call</translation>
    </message>
    <message>
        <source>Searching for the client…</source>
        <translation>Searching for the client…</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Not recorded yet</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Close the card</translation>
    </message>
    <message>
        <source>End and close</source>
        <translation>End and close</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Outgoing call</translation>
    </message>
    <message>
        <source>Call journal</source>
        <translation>Call journal</translation>
    </message>
    <message>
        <source>The call could not be written to the database: %1
The card keeps what you typed; it is written again with your next change.</source>
        <translation>The call could not be written to the database: %1
The card keeps what you typed; it is written again with your next change.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Saved in the CRM.</source>
        <translation>Saved in the CRM.</translation>
    </message>
    <message>
        <source>Call result</source>
        <translation>Call result</translation>
    </message>
    <message>
        <source>The result was not recorded: %1
Nothing was sent to the CRM; press the button again.</source>
        <translation>The result was not recorded: %1
Nothing was sent to the CRM; press the button again.</translation>
    </message>
    <message>
        <source>Close the call card</source>
        <translation>Close the call card</translation>
    </message>
    <message>
        <source>The call is still in progress. End it and close the card?</source>
        <translation>The call is still in progress. End it and close the card?</translation>
    </message>
    <message>
        <source>No result is recorded for this call. Close the card without a result?</source>
        <translation>No result is recorded for this call. Close the card without a result?</translation>
    </message>
</context>
<context>
    <name>CallbackEditor</name>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Optional, e.g. Call back: {{contact.NAME}}</source>
        <translation>Optional, e.g. Call back: {{contact.NAME}}</translation>
    </message>
    <message>
        <source>The operator may change the time before the callback is created.</source>
        <translation>The operator may change the time before the callback is created.</translation>
    </message>
</context>
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
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>The role decides what %1 sees in the call card: fields, buttons and scripts.</source>
        <translation>The role decides what %1 sees in the call card: fields, buttons and scripts.</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>The lead was not created.</source>
        <translation>The lead was not created.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>%1 The lead is kept and will be created when the CRM answers.</source>
        <translation>%1 The lead is kept and will be created when the CRM answers.</translation>
    </message>
    <message>
        <source>%1 The changes are kept and will be saved when the CRM answers.</source>
        <translation>%1 The changes are kept and will be saved when the CRM answers.</translation>
    </message>
    <message>
        <source>Correct the marked fields, then save again.</source>
        <translation>Correct the marked fields, then save again.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The CRM did not save the changes.</source>
        <translation>The CRM did not save the changes.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Changes not saved yet.</translation>
    </message>
</context>
<context>
    <name>ColorPicker</name>
    <message>
        <source>Other colour…</source>
        <translation>Other colour…</translation>
    </message>
    <message>
        <source>Any colour; the title stays readable on it</source>
        <translation>Any colour; the title stays readable on it</translation>
    </message>
    <message>
        <source>Your colour %1</source>
        <translation>Your colour %1</translation>
    </message>
    <message>
        <source>Button colour</source>
        <translation>Button colour</translation>
    </message>
</context>
<context>
    <name>CommentEditor</name>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Empty: the operator types the comment</source>
        <translation>Empty: the operator types the comment</translation>
    </message>
    <message>
        <source>Left empty, the operator types the comment when pressing the button.</source>
        <translation>Left empty, the operator types the comment when pressing the button.</translation>
    </message>
    <message>
        <source>Added to the client's timeline as written, with the variables filled in.</source>
        <translation>Added to the client's timeline as written, with the variables filled in.</translation>
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
    <name>CrmDialog</name>
    <message>
        <source>CRM connection</source>
        <translation>CRM connection</translation>
    </message>
    <message>
        <source>Where the clients' data lives</source>
        <translation>Where the clients' data lives</translation>
    </message>
    <message>
        <source>The call card shows the client's data from the CRM chosen here and writes the call's results to it.</source>
        <translation>The call card shows the client's data from the CRM chosen here and writes the call's results to it.</translation>
    </message>
    <message>
        <source>&amp;Embedded CRM</source>
        <translation>&amp;Embedded CRM</translation>
    </message>
    <message>
        <source>Clients, deals and tasks in the app's own database. Nothing to set up.</source>
        <translation>Clients, deals and tasks in the app's own database. Nothing to set up.</translation>
    </message>
    <message>
        <source>&amp;Bitrix24</source>
        <translation>&amp;Bitrix24</translation>
    </message>
    <message>
        <source>Your Bitrix24 portal, through an incoming webhook.</source>
        <translation>Your Bitrix24 portal, through an incoming webhook.</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>Webhook &amp;address:</translation>
    </message>
    <message>
        <source>Webhook &amp;key:</source>
        <translation>Webhook &amp;key:</translation>
    </message>
    <message>
        <source>Portal's plan:</source>
        <translation>Portal's plan:</translation>
    </message>
    <message>
        <source>&amp;Standard: 2 requests per second</source>
        <translation>&amp;Standard: 2 requests per second</translation>
    </message>
    <message>
        <source>E&amp;nterprise: 5 requests per second</source>
        <translation>E&amp;nterprise: 5 requests per second</translation>
    </message>
    <message>
        <source>Paste the whole address Bitrix24 shows for the incoming webhook (Developer resources → Other → Incoming webhook): its key moves to the key field and is kept in the system keyring. The webhook needs the CRM, Tasks and Users permissions.</source>
        <translation>Paste the whole address Bitrix24 shows for the incoming webhook (Developer resources → Other → Incoming webhook): its key moves to the key field and is kept in the system keyring. The webhook needs the CRM, Tasks and Users permissions.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>Whom the operators' callbacks, meetings and tasks are assigned to in Bitrix24.</source>
        <translation>Whom the operators' callbacks, meetings and tasks are assigned to in Bitrix24.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Paste the whole webhook address: its key is missing.</source>
        <translation>Paste the whole webhook address: its key is missing.</translation>
    </message>
    <message>
        <source>The webhook key is not complete: paste the whole address again.</source>
        <translation>The webhook key is not complete: paste the whole address again.</translation>
    </message>
    <message>
        <source>Saved; paste the address again to replace it</source>
        <translation>Saved; paste the address again to replace it</translation>
    </message>
    <message>
        <source>Moves here from the pasted address</source>
        <translation>Moves here from the pasted address</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>No webhook key is stored on this computer: paste the whole address again.</source>
        <translation>No webhook key is stored on this computer: paste the whole address again.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>The test failed: %1</translation>
    </message>
    <message>
        <source>The webhook key was not saved: %1</source>
        <translation>The webhook key was not saved: %1</translation>
    </message>
    <message>
        <source>No system keyring: the webhook key is kept for this session only.</source>
        <translation>No system keyring: the webhook key is kept for this session only.</translation>
    </message>
</context>
<context>
    <name>CrmErrors</name>
    <message>
        <source>Bitrix24 (%1) cannot be reached.</source>
        <translation>Bitrix24 (%1) cannot be reached.</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) did not answer in time.</source>
        <translation>Bitrix24 (%1) did not answer in time.</translation>
    </message>
    <message>
        <source>The connection to Bitrix24 (%1) broke off.</source>
        <translation>The connection to Bitrix24 (%1) broke off.</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) is having trouble (HTTP %2).</source>
        <translation>Bitrix24 (%1) is having trouble (HTTP %2).</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) is having trouble (%2).</source>
        <translation>Bitrix24 (%1) is having trouble (%2).</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) sent an answer that is not JSON (HTTP %2).</source>
        <translation>Bitrix24 (%1) sent an answer that is not JSON (HTTP %2).</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) asks to slow down: too many requests.</source>
        <translation>Bitrix24 (%1) asks to slow down: too many requests.</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) paused this kind of request for a while (operation time limit).</source>
        <translation>Bitrix24 (%1) paused this kind of request for a while (operation time limit).</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) refused the webhook or token: %2.</source>
        <translation>Bitrix24 (%1) refused the webhook or token: %2.</translation>
    </message>
    <message>
        <source>The Bitrix24 webhook may not do this (%1); give it the crm, task and user scopes.</source>
        <translation>The Bitrix24 webhook may not do this (%1); give it the crm, task and user scopes.</translation>
    </message>
    <message>
        <source>Bitrix24 denied access: %1.</source>
        <translation>Bitrix24 denied access: %1.</translation>
    </message>
    <message>
        <source>Bitrix24 refused the request: %1.</source>
        <translation>Bitrix24 refused the request: %1.</translation>
    </message>
    <message>
        <source>Bitrix24 did not return the item it saved.</source>
        <translation>Bitrix24 did not return the item it saved.</translation>
    </message>
    <message>
        <source>This computer has no Bitrix24 webhook secret: enter the webhook address in Settings → CRM.</source>
        <translation>This computer has no Bitrix24 webhook secret: enter the webhook address in Settings → CRM.</translation>
    </message>
    <message>
        <source>The fields of the CRM are still being read; try again in a moment.</source>
        <translation>The fields of the CRM are still being read; try again in a moment.</translation>
    </message>
    <message>
        <source>There is no %1 with ID %2 in the CRM.</source>
        <translation>There is no %1 with ID %2 in the CRM.</translation>
    </message>
    <message>
        <source>The CRM did not accept some values. %1</source>
        <translation>The CRM did not accept some values. %1</translation>
    </message>
    <message>
        <source>This write cannot be read (%1); discard it.</source>
        <translation>This write cannot be read (%1); discard it.</translation>
    </message>
    <message>
        <source>The change conflicts with data already in the CRM.</source>
        <translation>The change conflicts with data already in the CRM.</translation>
    </message>
    <message>
        <source>The CRM database is busy or unreachable; try again in a moment.</source>
        <translation>The CRM database is busy or unreachable; try again in a moment.</translation>
    </message>
    <message>
        <source>The connection to the CRM database was lost.</source>
        <translation>The connection to the CRM database was lost.</translation>
    </message>
    <message>
        <source>This write key was already used for a different change.</source>
        <translation>This write key was already used for a different change.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>There is no field %1.</source>
        <translation>There is no field %1.</translation>
    </message>
    <message>
        <source>The field «%1» cannot be changed.</source>
        <translation>The field «%1» cannot be changed.</translation>
    </message>
    <message>
        <source>The field «%1» is required.</source>
        <translation>The field «%1» is required.</translation>
    </message>
    <message>
        <source>The field «%1» takes one value.</source>
        <translation>The field «%1» takes one value.</translation>
    </message>
    <message>
        <source>Enter text.</source>
        <translation>Enter text.</translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation>Keep it under %1 characters.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>This cannot be empty.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>Enter an amount such as 15000 or 1 500,50.</source>
        <translation>Enter an amount such as 15000 or 1 500,50.</translation>
    </message>
    <message>
        <source>Enter an amount from 0 to 9 999 999 999 999.</source>
        <translation>Enter an amount from 0 to 9 999 999 999 999.</translation>
    </message>
    <message>
        <source>Enter a date such as 31.03.2025 or 2025-03-31.</source>
        <translation>Enter a date such as 31.03.2025 or 2025-03-31.</translation>
    </message>
    <message>
        <source>Enter a date and time such as 2025-03-31 10:00.</source>
        <translation>Enter a date and time such as 2025-03-31 10:00.</translation>
    </message>
    <message>
        <source>«%1» is not one of the values of «%2».</source>
        <translation>«%1» is not one of the values of «%2».</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>There is no pipeline %1.</translation>
    </message>
    <message>
        <source>«%1» is not an item ID.</source>
        <translation>«%1» is not an item ID.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>«%1» is not a phone number.</source>
        <translation>«%1» is not a phone number.</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address.</source>
        <translation>«%1» is not an e-mail address.</translation>
    </message>
    <message>
        <source>There is no %1 with ID %2.</source>
        <translation>There is no %1 with ID %2.</translation>
    </message>
    <message>
        <source>This stage belongs to another pipeline than the deal's.</source>
        <translation>This stage belongs to another pipeline than the deal's.</translation>
    </message>
    <message>
        <source>Choose the date and time.</source>
        <translation>Choose the date and time.</translation>
    </message>
    <message>
        <source>Enter a duration from 1 minute to 7 days.</source>
        <translation>Enter a duration from 1 minute to 7 days.</translation>
    </message>
</context>
<context>
    <name>CrmNames</name>
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
</context>
<context>
    <name>CrmUsersDialog</name>
    <message>
        <source>Bitrix24 users</source>
        <translation>Bitrix24 users</translation>
    </message>
    <message>
        <source>Who is who in Bitrix24</source>
        <translation>Who is who in Bitrix24</translation>
    </message>
    <message>
        <source>Callbacks, meetings and tasks an operator creates are assigned in Bitrix24 to the portal user chosen here. «By e-mail» finds the portal user with the same e-mail; without one they go to the webhook's own user.</source>
        <translation>Callbacks, meetings and tasks an operator creates are assigned in Bitrix24 to the portal user chosen here. «By e-mail» finds the portal user with the same e-mail; without one they go to the webhook's own user.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Portal user</source>
        <translation>Portal user</translation>
    </message>
    <message>
        <source>name@company.ru</source>
        <translation>name@company.ru</translation>
    </message>
    <message>
        <source>login: %1</source>
        <translation>login: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>ID %1 (not active on the portal)</source>
        <translation>ID %1 (not active on the portal)</translation>
    </message>
    <message>
        <source>The portal's users could not be read: %1 E-mails can still be edited; the choices made before are kept.</source>
        <translation>The portal's users could not be read: %1 E-mails can still be edited; the choices made before are kept.</translation>
    </message>
    <message>
        <source>Reading the portal's users…</source>
        <translation>Reading the portal's users…</translation>
    </message>
    <message>
        <source>Active users on the portal: %1.</source>
        <translation>Active users on the portal: %1.</translation>
    </message>
    <message>
        <source>the portal does not answer.</source>
        <translation>the portal does not answer.</translation>
    </message>
    <message>
        <source>the portal refused the webhook (it needs the «Users» permission).</source>
        <translation>the portal refused the webhook (it needs the «Users» permission).</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <source>By e-mail: no e-mail, the webhook's user</source>
        <translation>By e-mail: no e-mail, the webhook's user</translation>
    </message>
    <message>
        <source>By e-mail: %1</source>
        <translation>By e-mail: %1</translation>
    </message>
    <message>
        <source>By e-mail: not on the portal, the webhook's user</source>
        <translation>By e-mail: not on the portal, the webhook's user</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address (%2).</source>
        <translation>«%1» is not an e-mail address (%2).</translation>
    </message>
</context>
<context>
    <name>CrmWords</name>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Connected to %1. The webhook acts as %2 and may use the CRM, tasks and users.</source>
        <translation>Connected to %1. The webhook acts as %2 and may use the CRM, tasks and users.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but the webhook lacks the permissions %3. Add them to the webhook in Bitrix24 and test again.</source>
        <translation>Connected to %1 as %2, but the webhook lacks the permissions %3. Add them to the webhook in Bitrix24 and test again.</translation>
    </message>
    <message>
        <source>%1 refused the webhook: its address or key is wrong, or the webhook was deleted in Bitrix24.</source>
        <translation>%1 refused the webhook: its address or key is wrong, or the webhook was deleted in Bitrix24.</translation>
    </message>
    <message>
        <source>%1 does not answer. Check the portal's address and the network, then test again.</source>
        <translation>%1 does not answer. Check the portal's address and the network, then test again.</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 answered with an error: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error.</source>
        <translation>%1 answered with an error.</translation>
    </message>
    <message>
        <source>Paste the address of the Bitrix24 incoming webhook.</source>
        <translation>Paste the address of the Bitrix24 incoming webhook.</translation>
    </message>
    <message>
        <source>The webhook address must start with https:// and the portal.</source>
        <translation>The webhook address must start with https:// and the portal.</translation>
    </message>
    <message>
        <source>Bitrix24 webhooks must use https:// (http only for this computer).</source>
        <translation>Bitrix24 webhooks must use https:// (http only for this computer).</translation>
    </message>
    <message>
        <source>The webhook address has no user number after /rest/.</source>
        <translation>The webhook address has no user number after /rest/.</translation>
    </message>
    <message>
        <source>This is not a webhook address: it should look like https://PORTAL/rest/1/KEY/.</source>
        <translation>This is not a webhook address: it should look like https://PORTAL/rest/1/KEY/.</translation>
    </message>
    <message>
        <source>Bitrix24 — %1</source>
        <translation>Bitrix24 — %1</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <translation>Bitrix24</translation>
    </message>
    <message>
        <source>Embedded CRM</source>
        <translation>Embedded CRM</translation>
    </message>
    <message>
        <source>Choose the CRM and connect Bitrix24. Chosen: %1.</source>
        <translation>Choose the CRM and connect Bitrix24. Chosen: %1.</translation>
    </message>
    <message>
        <source>Saved. Operator Desk works with Bitrix24 (%1) from the next sign-in.</source>
        <translation>Saved. Operator Desk works with Bitrix24 (%1) from the next sign-in.</translation>
    </message>
    <message>
        <source>Saved. Operator Desk works with the embedded CRM from the next sign-in.</source>
        <translation>Saved. Operator Desk works with the embedded CRM from the next sign-in.</translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
    <message>
        <source>This database was created by a newer version of Operator Desk (schema %1). Update the app to open it.</source>
        <translation>This database was created by a newer version of Operator Desk (schema %1). Update the app to open it.</translation>
    </message>
    <message>
        <source>This database holds tables Operator Desk did not create. Choose an empty database or one made by Operator Desk.</source>
        <translation>This database holds tables Operator Desk did not create. Choose an empty database or one made by Operator Desk.</translation>
    </message>
    <message>
        <source>The database is busy: another program holds it locked (%1). Try again in a moment.</source>
        <translation>The database is busy: another program holds it locked (%1). Try again in a moment.</translation>
    </message>
    <message>
        <source>Cannot open the database file (%1). Check the path and its permissions.</source>
        <translation>Cannot open the database file (%1). Check the path and its permissions.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server (%1). Check that it is running and reachable from this computer.</source>
        <translation>Cannot connect to the database server (%1). Check that it is running and reachable from this computer.</translation>
    </message>
    <message>
        <source>The database server refused the user name or password (%1).</source>
        <translation>The database server refused the user name or password (%1).</translation>
    </message>
    <message>
        <source>There is no such database on the server (%1).</source>
        <translation>There is no such database on the server (%1).</translation>
    </message>
    <message>
        <source>The database reported an error (%1): %2</source>
        <translation>The database reported an error (%1): %2</translation>
    </message>
    <message>
        <source>Cannot read the database address (%1).</source>
        <translation>Cannot read the database address (%1).</translation>
    </message>
    <message>
        <source>Could not open the database (%1): %2</source>
        <translation>Could not open the database (%1): %2</translation>
    </message>
</context>
<context>
    <name>DeadlineEdit</name>
    <message>
        <source>Cannot read this deadline. Write it like «+2 hours», «+1 day at 10:00», «tomorrow at 10:00» or «next working day at 9:30».</source>
        <translation>Cannot read this deadline. Write it like «+2 hours», «+1 day at 10:00», «tomorrow at 10:00» or «next working day at 9:30».</translation>
    </message>
    <message>
        <source>Counted from the moment the operator presses the button. Choose one or type your own: +N minutes, hours or days, «tomorrow at HH:MM», «next working day at HH:MM».</source>
        <translation>Counted from the moment the operator presses the button. Choose one or type your own: +N minutes, hours or days, «tomorrow at HH:MM», «next working day at HH:MM».</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>tomorrow at %1</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>next working day at %1</source>
        <translation>next working day at %1</translation>
    </message>
    <message>
        <source>next working day</source>
        <translation>next working day</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>+%1 minute</source>
        <translation>+%1 minute</translation>
    </message>
    <message>
        <source>+%1 minutes</source>
        <translation>+%1 minutes</translation>
    </message>
    <message>
        <source>+%1 minutes (many)</source>
        <translation>+%1 minutes (many)</translation>
    </message>
    <message>
        <source>+%1 hour</source>
        <translation>+%1 hour</translation>
    </message>
    <message>
        <source>+%1 hours</source>
        <translation>+%1 hours</translation>
    </message>
    <message>
        <source>+%1 hours (many)</source>
        <translation>+%1 hours (many)</translation>
    </message>
    <message>
        <source>+%1 day</source>
        <translation>+%1 day</translation>
    </message>
    <message>
        <source>+%1 days</source>
        <translation>+%1 days</translation>
    </message>
    <message>
        <source>+%1 days (many)</source>
        <translation>+%1 days (many)</translation>
    </message>
    <message>
        <source>Enter the deadline.</source>
        <translation>Enter the deadline.</translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation>for example: %1</translation>
    </message>
</context>
<context>
    <name>DealStageEditor</name>
    <message>
        <source>Pipeline:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>The deal moves to this stage on press; the operator cannot change it.</source>
        <translation>The deal moves to this stage on press; the operator cannot change it.</translation>
    </message>
    <message>
        <source>The CRM has no deal pipelines to choose from.</source>
        <translation>The CRM has no deal pipelines to choose from.</translation>
    </message>
    <message>
        <source>Choose a stage…</source>
        <translation>Choose a stage…</translation>
    </message>
    <message>
        <source>Pipeline %1 (not in the CRM)</source>
        <translation>Pipeline %1 (not in the CRM)</translation>
    </message>
    <message>
        <source>%1 (not in the CRM)</source>
        <translation>%1 (not in the CRM)</translation>
    </message>
</context>
<context>
    <name>DeleteButtonDialog</name>
    <message>
        <source>Delete button</source>
        <translation>Delete button</translation>
    </message>
    <message>
        <source>Delete the button «%1»?</source>
        <translation>Delete the button «%1»?</translation>
    </message>
    <message>
        <source>These roles lose it, and their operators will no longer see it in the call card:</source>
        <translation>These roles lose it, and their operators will no longer see it in the call card:</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>No role has this button, so no operator loses it. This cannot be undone.</source>
        <translation>No role has this button, so no operator loses it. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
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
    <name>EntitySection</name>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <source>Several items have this number: choose the one to work with</source>
        <translation>Several items have this number: choose the one to work with</translation>
    </message>
    <message>
        <source>Your role shows no fields of this item.</source>
        <translation>Your role shows no fields of this item.</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>«%1» is not a phone number.</source>
        <translation>«%1» is not a phone number.</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address.</source>
        <translation>«%1» is not an e-mail address.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>Enter an amount such as 15000 or 1 500,50.</source>
        <translation>Enter an amount such as 15000 or 1 500,50.</translation>
    </message>
    <message>
        <source>Enter a phone number such as +7 999 123-45-67.</source>
        <translation>Enter a phone number such as +7 999 123-45-67.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Enter an e-mail address such as name@example.com.</translation>
    </message>
    <message>
        <source>Enter the item ID, a number.</source>
        <translation>Enter the item ID, a number.</translation>
    </message>
    <message>
        <source>Enter a date such as 31.03.2025.</source>
        <translation>Enter a date such as 31.03.2025.</translation>
    </message>
    <message>
        <source>Enter a date and time such as 31.03.2025 10:00.</source>
        <translation>Enter a date and time such as 31.03.2025 10:00.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Choose one of the listed values.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>The text is too long.</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
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
    <name>FieldsSection</name>
    <message>
        <source>Client tab fields</source>
        <translation>Client tab fields</translation>
    </message>
    <message>
        <source>Shown in the call card when the CRM has such an item for the caller's number. A lock means read-only.</source>
        <translation>Shown in the call card when the CRM has such an item for the caller's number. A lock means read-only.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Choose fields…</source>
        <translation>Choose fields…</translation>
    </message>
    <message>
        <source>Add, order and lock the fields (double-click the list)</source>
        <translation>Add, order and lock the fields (double-click the list)</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>editable</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>No fields: the Client tab shows only the number</source>
        <translation>No fields: the Client tab shows only the number</translation>
    </message>
    <message>
        <source>Shown on the Client tab</source>
        <translation>Shown on the Client tab</translation>
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
    <name>HistoryBox</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Whose history to show; the call's result goes to this item</source>
        <translation>Whose history to show; the call's result goes to this item</translation>
    </message>
    <message>
        <source>the CRM does not answer.</source>
        <translation>the CRM does not answer.</translation>
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
    <name>LapseDialog</name>
    <message>
        <source>Paid plan lapsed</source>
        <translation>Paid plan lapsed</translation>
    </message>
    <message>
        <source>Mark the paid plan as lapsed?</source>
        <translation>Mark the paid plan as lapsed?</translation>
    </message>
    <message>
        <source>Only %1 (administers the app) and one other user chosen at random keep working. The other active users (%2) are blocked until the plan is renewed. Nothing is deleted, and the choice is recorded.</source>
        <translation>Only %1 (administers the app) and one other user chosen at random keep working. The other active users (%2) are blocked until the plan is renewed. Nothing is deleted, and the choice is recorded.</translation>
    </message>
    <message>
        <source>Payment stopped</source>
        <translation>Payment stopped</translation>
    </message>
</context>
<context>
    <name>LeadStatusEditor</name>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Choose a status…</source>
        <translation>Choose a status…</translation>
    </message>
    <message>
        <source>Set on press; the operator cannot change it.</source>
        <translation>Set on press; the operator cannot change it.</translation>
    </message>
    <message>
        <source>The CRM has no lead statuses to choose from.</source>
        <translation>The CRM has no lead statuses to choose from.</translation>
    </message>
    <message>
        <source>%1 (not in the CRM)</source>
        <translation>%1 (not in the CRM)</translation>
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
        <source>The database did not open</source>
        <translation>The database did not open</translation>
    </message>
    <message>
        <source>Signing in as soon as the database has opened…</source>
        <translation>Signing in as soon as the database has opened…</translation>
    </message>
    <message>
        <source>Connecting to the server %1…</source>
        <translation>Connecting to the server %1…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
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
        <source>Your account is paused because the team's plan has lapsed. It works again once the plan is renewed; please tell your supervisor.</source>
        <translation>Your account is paused because the team's plan has lapsed. It works again once the plan is renewed; please tell your supervisor.</translation>
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
        <source>PBX: connecting…</source>
        <translation>PBX: connecting…</translation>
    </message>
    <message>
        <source>PBX: connected</source>
        <translation>PBX: connected</translation>
    </message>
    <message>
        <source>PBX: no connection, retrying</source>
        <translation>PBX: no connection, retrying</translation>
    </message>
    <message>
        <source>PBX: the login was refused</source>
        <translation>PBX: the login was refused</translation>
    </message>
    <message>
        <source>«%1» is not a phone number.</source>
        <translation>«%1» is not a phone number.</translation>
    </message>
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
        <source>&amp;CRM connection…</source>
        <translation>&amp;CRM connection…</translation>
    </message>
    <message>
        <source>&amp;PBX connection…</source>
        <translation>&amp;PBX connection…</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Open the card of an outgoing call (Enter)</source>
        <translation>Open the card of an outgoing call (Enter)</translation>
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
    <name>MeetingEditor</name>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Optional, e.g. Meeting with {{contact.NAME}}</source>
        <translation>Optional, e.g. Meeting with {{contact.NAME}}</translation>
    </message>
    <message>
        <source>The operator may change the date and time before the meeting is created.</source>
        <translation>The operator may change the date and time before the meeting is created.</translation>
    </message>
</context>
<context>
    <name>MissingPage</name>
    <message>
        <source>No client with this number</source>
        <translation>No client with this number</translation>
    </message>
    <message>
        <source>«%1» is not a phone number the CRM can search by.</source>
        <translation>«%1» is not a phone number the CRM can search by.</translation>
    </message>
    <message>
        <source>Create a lead now, or just record the call's result: a lead is created with it.</source>
        <translation>Create a lead now, or just record the call's result: a lead is created with it.</translation>
    </message>
</context>
<context>
    <name>NewLeadForm</name>
    <message>
        <source>New lead</source>
        <translation>New lead</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;umber</translation>
    </message>
    <message>
        <source>The caller's name</source>
        <translation>The caller's name</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>Create lead</translation>
    </message>
    <message>
        <source>Create a lead with this name and number (Enter)</source>
        <translation>Create a lead with this name and number (Enter)</translation>
    </message>
    <message>
        <source>Creating the lead… It appears here as soon as the CRM has it.</source>
        <translation>Creating the lead… It appears here as soon as the CRM has it.</translation>
    </message>
    <message>
        <source>Enter a phone number such as +7 999 123-45-67.</source>
        <translation>Enter a phone number such as +7 999 123-45-67.</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>Password for the first sign-in</source>
        <translation>Password for the first sign-in</translation>
    </message>
    <message>
        <source>User «%1» added</source>
        <translation>User «%1» added</translation>
    </message>
    <message>
        <source>Give this password to %1 (login %2). At the first sign-in the app asks them to choose their own.</source>
        <translation>Give this password to %1 (login %2). At the first sign-in the app asks them to choose their own.</translation>
    </message>
    <message>
        <source>The password is shown only once: the app does not keep it. Copy it now.</source>
        <translation>The password is shown only once: the app does not keep it. Copy it now.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Next try at %1</source>
        <translation>Next try at %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>New lead</translation>
    </message>
    <message>
        <source>Saved fields</source>
        <translation>Saved fields</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Lead status</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Deal stage</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>CRM writes not yet delivered</source>
        <translation>CRM writes not yet delivered</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Send the selected write to the CRM again now</source>
        <translation>Send the selected write to the CRM again now</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>Never send the selected write</source>
        <translation>Never send the selected write</translation>
    </message>
    <message>
        <source>Everything is in the CRM</source>
        <translation>Everything is in the CRM</translation>
    </message>
    <message>
        <source>Comments, callbacks, statuses and saved fields wait here while the CRM cannot be reached, and are sent as soon as it answers.</source>
        <translation>Comments, callbacks, statuses and saved fields wait here while the CRM cannot be reached, and are sent as soon as it answers.</translation>
    </message>
    <message>
        <source>Waiting: %1 · failed: %2</source>
        <translation>Waiting: %1 · failed: %2</translation>
    </message>
    <message>
        <source>Nothing waits for the CRM.</source>
        <translation>Nothing waits for the CRM.</translation>
    </message>
    <message>
        <source>Discard «%1»? It will never be sent to the CRM; the record of it stays in the database.</source>
        <translation>Discard «%1»? It will never be sent to the CRM; the record of it stays in the database.</translation>
    </message>
    <message>
        <source>Discard the CRM write</source>
        <translation>Discard the CRM write</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>You signed in with a password for the first sign-in. Choose your own password: the one-time password stops working.</source>
        <translation>You signed in with a password for the first sign-in. Choose your own password: the one-time password stops working.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Save and continue</translation>
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
        <source>Choose a password different from the one-time password.</source>
        <translation>Choose a password different from the one-time password.</translation>
    </message>
    <message>
        <source>The password was changed meanwhile. Sign in again.</source>
        <translation>The password was changed meanwhile. Sign in again.</translation>
    </message>
    <message>
        <source>Could not change the password: %1</source>
        <translation>Could not change the password: %1</translation>
    </message>
</context>
<context>
    <name>PbxDialog</name>
    <message>
        <source>PBX connection</source>
        <translation>PBX connection</translation>
    </message>
    <message>
        <source>Calls from the PBX</source>
        <translation>Calls from the PBX</translation>
    </message>
    <message>
        <source>When a call rings on your phone, the call card opens by itself. Operator Desk learns about calls from the Asterisk manager interface (AMI) of your PBX.</source>
        <translation>When a call rings on your phone, the call card opens by itself. Operator Desk learns about calls from the Asterisk manager interface (AMI) of your PBX.</translation>
    </message>
    <message>
        <source>&amp;Open the call card for calls from the PBX</source>
        <translation>&amp;Open the call card for calls from the PBX</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>AMI &amp;user:</source>
        <translation>AMI &amp;user:</translation>
    </message>
    <message>
        <source>AMI &amp;secret:</source>
        <translation>AMI &amp;secret:</translation>
    </message>
    <message>
        <source>Your e&amp;xtension:</source>
        <translation>Your e&amp;xtension:</translation>
    </message>
    <message>
        <source>pbx.example.com or 10.0.0.5</source>
        <translation>pbx.example.com or 10.0.0.5</translation>
    </message>
    <message>
        <source>For example 101</source>
        <translation>For example 101</translation>
    </message>
    <message>
        <source>Saved; type a new one to replace it</source>
        <translation>Saved; type a new one to replace it</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Type the PBX's host name or address.</source>
        <translation>Type the PBX's host name or address.</translation>
    </message>
    <message>
        <source>Type the port of the manager interface (usually 5038).</source>
        <translation>Type the port of the manager interface (usually 5038).</translation>
    </message>
    <message>
        <source>Type the AMI user name.</source>
        <translation>Type the AMI user name.</translation>
    </message>
    <message>
        <source>Type the AMI secret.</source>
        <translation>Type the AMI secret.</translation>
    </message>
    <message>
        <source>Type your extension: the number of your phone on the PBX.</source>
        <translation>Type your extension: the number of your phone on the PBX.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>The test failed: %1</translation>
    </message>
    <message>
        <source>Connected: the PBX accepted the user and the secret.</source>
        <translation>Connected: the PBX accepted the user and the secret.</translation>
    </message>
    <message>
        <source>The PBX refused the user name or the secret.</source>
        <translation>The PBX refused the user name or the secret.</translation>
    </message>
    <message>
        <source>Something answers at %1, but it is not an Asterisk manager interface. Check the port.</source>
        <translation>Something answers at %1, but it is not an Asterisk manager interface. Check the port.</translation>
    </message>
    <message>
        <source>The PBX did not answer in time. Try again, or check the network.</source>
        <translation>The PBX did not answer in time. Try again, or check the network.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the host and the port, and that the manager interface is on.</source>
        <translation>Nothing answers at %1. Check the host and the port, and that the manager interface is on.</translation>
    </message>
    <message>
        <source>No system keyring: the secret is kept for this session only.</source>
        <translation>No system keyring: the secret is kept for this session only.</translation>
    </message>
    <message>
        <source>The secret was not saved: %1</source>
        <translation>The secret was not saved: %1</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Renew the plan</source>
        <translation>Renew the plan</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Change plan</translation>
    </message>
    <message>
        <source>Everyone the lapse blocked gets their role back, as far as the plan's seats allow.</source>
        <translation>Everyone the lapse blocked gets their role back, as far as the plan's seats allow.</translation>
    </message>
    <message>
        <source>The plan limits how many users are active at once. Seats in use now: %1.</source>
        <translation>The plan limits how many users are active at once. Seats in use now: %1.</translation>
    </message>
    <message>
        <source>&amp;Paid until:</source>
        <translation>&amp;Paid until:</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Free — up to 2 users</source>
        <translation>Free — up to 2 users</translation>
    </message>
    <message>
        <source>Team — up to 7 users</source>
        <translation>Team — up to 7 users</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Change plan…</translation>
    </message>
    <message>
        <source>Payment stopped…</source>
        <translation>Payment stopped…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <source> (lapsed)</source>
        <translation> (lapsed)</translation>
    </message>
    <message>
        <source>Seats in use: %1 (no limit)</source>
        <translation>Seats in use: %1 (no limit)</translation>
    </message>
    <message>
        <source>Seats in use: %1 of %2</source>
        <translation>Seats in use: %1 of %2</translation>
    </message>
    <message>
        <source>Free: never lapses</source>
        <translation>Free: never lapses</translation>
    </message>
    <message>
        <source>Was paid until %1</source>
        <translation>Was paid until %1</translation>
    </message>
    <message>
        <source>Paid until %1</source>
        <translation>Paid until %1</translation>
    </message>
    <message>
        <source>Payment date not set</source>
        <translation>Payment date not set</translation>
    </message>
    <message>
        <source>Renew the plan instead: the renewal chooses the plan too.</source>
        <translation>Renew the plan instead: the renewal chooses the plan too.</translation>
    </message>
    <message>
        <source>Choose the plan and the date it is paid until</source>
        <translation>Choose the plan and the date it is paid until</translation>
    </message>
    <message>
        <source>When payment stops: only the administering supervisor and one user chosen at random keep working</source>
        <translation>When payment stops: only the administering supervisor and one user chosen at random keep working</translation>
    </message>
    <message>
        <source>The free plan never lapses.</source>
        <translation>The free plan never lapses.</translation>
    </message>
    <message>
        <source>Pay again: everyone blocked by the lapse gets their role back</source>
        <translation>Pay again: everyone blocked by the lapse gets their role back</translation>
    </message>
    <message>
        <source>%1 (administers the app) and %2 (chosen at random)</source>
        <translation>%1 (administers the app) and %2 (chosen at random)</translation>
    </message>
    <message>
        <source>%1 (administers the app)</source>
        <translation>%1 (administers the app)</translation>
    </message>
    <message>
        <source>The paid plan has lapsed. Access kept: %1. Blocked until renewal: %2. Nothing was deleted; renewing gives everyone their role back.</source>
        <translation>The paid plan has lapsed. Access kept: %1. Blocked until renewal: %2. Nothing was deleted; renewing gives everyone their role back.</translation>
    </message>
    <message>
        <source>Could not mark the plan lapsed</source>
        <translation>Could not mark the plan lapsed</translation>
    </message>
    <message>
        <source>Paid plan lapsed</source>
        <translation>Paid plan lapsed</translation>
    </message>
    <message>
        <source>Only %1 keeps working: there was nobody else to choose.</source>
        <translation>Only %1 keeps working: there was nobody else to choose.</translation>
    </message>
    <message>
        <source>%1 keeps working as the administering supervisor, and %2 was chosen at random to keep their role. Everyone else is blocked until the plan is renewed.</source>
        <translation>%1 keeps working as the administering supervisor, and %2 was chosen at random to keep their role. Everyone else is blocked until the plan is renewed.</translation>
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
    <name>RecoveryDialog</name>
    <message>
        <source>Unfinished calls</source>
        <translation>Unfinished calls</translation>
    </message>
    <message>
        <source>Some call cards were not closed</source>
        <translation>Some call cards were not closed</translation>
    </message>
    <message>
        <source>The app stopped during these calls. Reopen the cards exactly where they were (script step, typed values, result), or close them as they are.</source>
        <translation>The app stopped during these calls. Reopen the cards exactly where they were (script step, typed values, result), or close them as they are.</translation>
    </message>
    <message>
        <source>Reopen the cards</source>
        <translation>Reopen the cards</translation>
    </message>
    <message>
        <source>Close them</source>
        <translation>Close them</translation>
    </message>
    <message>
        <source>step «%1»</source>
        <translation>step «%1»</translation>
    </message>
    <message>
        <source>result recorded</source>
        <translation>result recorded</translation>
    </message>
</context>
<context>
    <name>RemoveUserDialog</name>
    <message>
        <source>Remove user</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <source>Remove %1 (login %2)?</source>
        <translation>Remove %1 (login %2)?</translation>
    </message>
    <message>
        <source>They can no longer sign in. Their calls stay in the history. To let them work again later, block the user instead.</source>
        <translation>They can no longer sign in. Their calls stay in the history. To let them work again later, block the user instead.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Record the result</source>
        <translation>Record the result</translation>
    </message>
    <message>
        <source>Enter records the result; Shift+Enter starts a new line.</source>
        <translation>Enter records the result; Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Lead status → «%1»</source>
        <translation>Lead status → «%1»</translation>
    </message>
    <message>
        <source>Deal stage → «%1»</source>
        <translation>Deal stage → «%1»</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>Type the comment</source>
        <translation>Type the comment</translation>
    </message>
    <message>
        <source>Type the comment.</source>
        <translation>Type the comment.</translation>
    </message>
    <message>
        <source>Choose the date and time.</source>
        <translation>Choose the date and time.</translation>
    </message>
    <message>
        <source>This moment has passed: choose a later one.</source>
        <translation>This moment has passed: choose a later one.</translation>
    </message>
    <message>
        <source>No client with this number: the result creates a new lead for it.</source>
        <translation>No client with this number: the result creates a new lead for it.</translation>
    </message>
    <message>
        <source>No lead for this number: the lead status is not changed.</source>
        <translation>No lead for this number: the lead status is not changed.</translation>
    </message>
    <message>
        <source>No deal for this number: the stage is not changed.</source>
        <translation>No deal for this number: the stage is not changed.</translation>
    </message>
    <message>
        <source>The deal is in another pipeline: the stage is not changed.</source>
        <translation>The deal is in another pipeline: the stage is not changed.</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>Role «%1»</source>
        <translation>Role «%1»</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>The system role: it manages the settings and must always have an active holder. It can be renamed but not deleted.</source>
        <translation>The system role: it manages the settings and must always have an active holder. It can be renamed but not deleted.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>For example: Sales operator</source>
        <translation>For example: Sales operator</translation>
    </message>
    <message>
        <source>Do not close the call card when the call ends</source>
        <translation>Do not close the call card when the call ends</translation>
    </message>
    <message>
        <source>Leaves time for after-call work: the operator closes the card when done.</source>
        <translation>Leaves time for after-call work: the operator closes the card when done.</translation>
    </message>
    <message>
        <source>A call result is required</source>
        <translation>A call result is required</translation>
    </message>
    <message>
        <source>Closing a finished call's card without a result asks the operator to confirm.</source>
        <translation>Closing a finished call's card without a result asks the operator to confirm.</translation>
    </message>
    <message>
        <source>May manage the app's settings</source>
        <translation>May manage the app's settings</translation>
    </message>
    <message>
        <source>Opens this window: buttons, scripts, roles and users.</source>
        <translation>Opens this window: buttons, scripts, roles and users.</translation>
    </message>
    <message>
        <source>The system role always manages the settings.</source>
        <translation>The system role always manages the settings.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Enter the role's name.</source>
        <translation>Enter the role's name.</translation>
    </message>
    <message>
        <source>A role named «%1» already exists. Choose another name.</source>
        <translation>A role named «%1» already exists. Choose another name.</translation>
    </message>
    <message>
        <source>A button chosen here was deleted meanwhile. Remove it from the list and save again.</source>
        <translation>A button chosen here was deleted meanwhile. Remove it from the list and save again.</translation>
    </message>
    <message>
        <source>A script ticked here was deleted meanwhile. Untick it and save again.</source>
        <translation>A script ticked here was deleted meanwhile. Untick it and save again.</translation>
    </message>
    <message>
        <source>This role was deleted meanwhile; close the editor.</source>
        <translation>This role was deleted meanwhile; close the editor.</translation>
    </message>
    <message>
        <source>Someone else saved this role while you edited it. Close the editor, open the role again and repeat your changes.</source>
        <translation>Someone else saved this role while you edited it. Close the editor, open the role again and repeat your changes.</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Users holding the role</source>
        <translation>Users holding the role</translation>
    </message>
    <message>
        <source>The system role: manages the settings, always has an active holder, can be renamed but not deleted.</source>
        <translation>The system role: manages the settings, always has an active holder, can be renamed but not deleted.</translation>
    </message>
    <message>
        <source>May manage the app's settings.</source>
        <translation>May manage the app's settings.</translation>
    </message>
    <message>
        <source>The call card stays open after the call.</source>
        <translation>The call card stays open after the call.</translation>
    </message>
    <message>
        <source>system role</source>
        <translation>system role</translation>
    </message>
    <message>
        <source>manages settings</source>
        <translation>manages settings</translation>
    </message>
    <message>
        <source>buttons: %1</source>
        <translation>buttons: %1</translation>
    </message>
    <message>
        <source>scripts: %1</source>
        <translation>scripts: %1</translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation>fields: %1</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>What operators get in the call card: fields, buttons, scripts.</source>
        <translation>What operators get in the call card: fields, buttons, scripts.</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Add role</translation>
    </message>
    <message>
        <source>Add a role (Ins, Ctrl+N)</source>
        <translation>Add a role (Ins, Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit the role (F2, Enter)</source>
        <translation>Edit the role (F2, Enter)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Make a copy of the role (Ctrl+D)</source>
        <translation>Make a copy of the role (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cannot delete: %1</source>
        <translation>Cannot delete: %1</translation>
    </message>
    <message>
        <source>Delete the role (Del)</source>
        <translation>Delete the role (Del)</translation>
    </message>
    <message>
        <source>Could not open the role</source>
        <translation>Could not open the role</translation>
    </message>
    <message>
        <source>Could not duplicate the role</source>
        <translation>Could not duplicate the role</translation>
    </message>
    <message>
        <source>Cannot delete the role</source>
        <translation>Cannot delete the role</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <source>Delete the role «%1»?</source>
        <translation>Delete the role «%1»?</translation>
    </message>
    <message>
        <source>No user holds it. Its buttons and scripts stay.</source>
        <translation>No user holds it. Its buttons and scripts stay.</translation>
    </message>
    <message>
        <source>Could not delete the role</source>
        <translation>Could not delete the role</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>Who may work in the app, and what each role gets in the call card.</source>
        <translation>Who may work in the app, and what each role gets in the call card.</translation>
    </message>
    <message>
        <source>Could not load the users and roles</source>
        <translation>Could not load the users and roles</translation>
    </message>
</context>
<context>
    <name>RosterErrors</name>
    <message>
        <source>%1 is the last active user with the role «%2». The app always needs one: give this role to another user first.</source>
        <translation>%1 is the last active user with the role «%2». The app always needs one: give this role to another user first.</translation>
    </message>
    <message>
        <source>The plan allows %1 active users, and all seats are taken. Block a user or change the plan first.</source>
        <translation>The plan allows %1 active users, and all seats are taken. Block a user or change the plan first.</translation>
    </message>
    <message>
        <source>«%1» is the system role: it can be renamed but not deleted.</source>
        <translation>«%1» is the system role: it can be renamed but not deleted.</translation>
    </message>
    <message>
        <source>The role «%1» is held by: %2. Move them to another role first, then delete the role.</source>
        <translation>The role «%1» is held by: %2. Move them to another role first, then delete the role.</translation>
    </message>
    <message>
        <source>At least one active user must keep the system role; give it to another user first.</source>
        <translation>At least one active user must keep the system role; give it to another user first.</translation>
    </message>
    <message>
        <source>The chosen plan allows %1 active users, and %2 are active now. Block %3 of them first.</source>
        <translation>The chosen plan allows %1 active users, and %2 are active now. Block %3 of them first.</translation>
    </message>
    <message>
        <source>«%1» was changed by someone else meanwhile. The list now shows their version; try again.</source>
        <translation>«%1» was changed by someone else meanwhile. The list now shows their version; try again.</translation>
    </message>
    <message>
        <source>It no longer exists; someone may have deleted it. The list is reloaded.</source>
        <translation>It no longer exists; someone may have deleted it. The list is reloaded.</translation>
    </message>
    <message>
        <source>The database is unavailable, nothing was changed. %1</source>
        <translation>The database is unavailable, nothing was changed. %1</translation>
    </message>
    <message>
        <source>Sign in to change the app's settings.</source>
        <translation>Sign in to change the app's settings.</translation>
    </message>
    <message>
        <source>Your account no longer exists; ask your supervisor.</source>
        <translation>Your account no longer exists; ask your supervisor.</translation>
    </message>
    <message>
        <source>Your account is blocked; ask your supervisor.</source>
        <translation>Your account is blocked; ask your supervisor.</translation>
    </message>
    <message>
        <source>Change your first-login password before changing the app's settings.</source>
        <translation>Change your first-login password before changing the app's settings.</translation>
    </message>
    <message>
        <source>Your role may not manage the app's settings.</source>
        <translation>Your role may not manage the app's settings.</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the changed fields to the CRM (Ctrl+S)</source>
        <translation>Save the changed fields to the CRM (Ctrl+S)</translation>
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
        <source>Enter the script's name.</source>
        <translation>Enter the script's name.</translation>
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
        <source>Your role may no longer manage the app's settings.</source>
        <translation>Your role may no longer manage the app's settings.</translation>
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
        <source>Your version is saved as «%1»; the original keeps the other supervisor's changes.</source>
        <translation>Your version is saved as «%1»; the original keeps the other supervisor's changes.</translation>
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
    <name>ScriptPanel</name>
    <message>
        <source>No script is assigned to your role.
Work with the Client tab and the result buttons.</source>
        <translation>No script is assigned to your role.
Work with the Client tab and the result buttons.</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>outgoing</translation>
    </message>
</context>
<context>
    <name>ScriptPicker</name>
    <message>
        <source>Choose a script</source>
        <translation>Choose a script</translation>
    </message>
    <message>
        <source>Find a script</source>
        <translation>Find a script</translation>
    </message>
    <message>
        <source>No script matches.</source>
        <translation>No script matches.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Back to the step</source>
        <translation>Back to the step</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open, Esc to go back to the step.</source>
        <translation>↑ ↓ to choose, Enter to open, Esc to go back to the step.</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open.</source>
        <translation>↑ ↓ to choose, Enter to open.</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Running now</translation>
    </message>
    <message>
        <source>Used recently</source>
        <translation>Used recently</translation>
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
    <name>ScriptsSection</name>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>The scripts operators with this role run. With several, they choose one when the call starts; with one, it opens directly.</source>
        <translation>The scripts operators with this role run. With several, they choose one when the call starts; with one, it opens directly.</translation>
    </message>
    <message>
        <source>No script is ticked: operators with this role will have no script in the call card.</source>
        <translation>No script is ticked: operators with this role will have no script in the call card.</translation>
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
        <source>Draw the script's steps (Enter, double-click)</source>
        <translation>Draw the script's steps (Enter, double-click)</translation>
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
    <name>SearchingPage</name>
    <message>
        <source>Searching for the client…</source>
        <translation>Searching for the client…</translation>
    </message>
    <message>
        <source>Looking up %1 in the CRM. The script and the result buttons work meanwhile.</source>
        <translation>Looking up %1 in the CRM. The script and the result buttons work meanwhile.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Your role may not manage the app's settings.</source>
        <translation>Your role may not manage the app's settings.</translation>
    </message>
    <message>
        <source>Reading the fields from the CRM…</source>
        <translation>Reading the fields from the CRM…</translation>
    </message>
    <message>
        <source>The CRM did not answer: {0}</source>
        <translation>The CRM did not answer: {0}</translation>
    </message>
    <message>
        <source>The fields of the CRM are read anew.</source>
        <translation>The fields of the CRM are read anew.</translation>
    </message>
    <message>
        <source>Change log — Operator Desk</source>
        <translation>Change log — Operator Desk</translation>
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
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Reload fields</source>
        <translation>Reload fields</translation>
    </message>
    <message>
        <source>Read the fields, statuses and pipelines from Bitrix24 again</source>
        <translation>Read the fields, statuses and pipelines from Bitrix24 again</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Who changed buttons, scripts, roles, users and the plan, and when</source>
        <translation>Who changed buttons, scripts, roles, users and the plan, and when</translation>
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
    <name>StepView</name>
    <message>
        <source>Change script</source>
        <translation>Change script</translation>
    </message>
    <message>
        <source>Choose another script (Ctrl+Shift+S); what you typed is kept</source>
        <translation>Choose another script (Ctrl+Shift+S); what you typed is kept</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>One step back (Backspace, Alt+Left)</source>
        <translation>One step back (Backspace, Alt+Left)</translation>
    </message>
    <message>
        <source>End of the script</source>
        <translation>End of the script</translation>
    </message>
    <message>
        <source>Record the call's result with a button below.</source>
        <translation>Record the call's result with a button below.</translation>
    </message>
    <message>
        <source>1–9: next step · Backspace: back</source>
        <translation>1–9: next step · Backspace: back</translation>
    </message>
    <message>
        <source>Backspace: back</source>
        <translation>Backspace: back</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>e.g. Send the offer to {{contact.NAME}}</source>
        <translation>e.g. Send the offer to {{contact.NAME}}</translation>
    </message>
    <message>
        <source>What to do, for whoever gets the task</source>
        <translation>What to do, for whoever gets the task</translation>
    </message>
    <message>
        <source>The operator who takes the call, or type a user's name</source>
        <translation>The operator who takes the call, or type a user's name</translation>
    </message>
    <message>
        <source>The operator who takes the call</source>
        <translation>The operator who takes the call</translation>
    </message>
</context>
<context>
    <name>TemplateEdit</name>
    <message>
        <source>A variable is written wrong: use {{entity.FIELD}}, for example {{contact.NAME}}.</source>
        <translation>A variable is written wrong: use {{entity.FIELD}}, for example {{contact.NAME}}.</translation>
    </message>
    <message>
        <source>Unknown variable %1: the CRM has no such field. Insert one from the variables menu.</source>
        <translation>Unknown variable %1: the CRM has no such field. Insert one from the variables menu.</translation>
    </message>
    <message>
        <source>Unknown variables %1: the CRM has no such fields. Insert them from the variables menu.</source>
        <translation>Unknown variables %1: the CRM has no such fields. Insert them from the variables menu.</translation>
    </message>
    <message>
        <source>Unknown variable {{%1}}: the CRM has no such field.</source>
        <translation>Unknown variable {{%1}}: the CRM has no such field.</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>Operator's name</source>
        <translation>Operator's name</translation>
    </message>
    <message>
        <source>Operator's user name</source>
        <translation>Operator's user name</translation>
    </message>
    <message>
        <source>Caller's number</source>
        <translation>Caller's number</translation>
    </message>
    <message>
        <source>Call direction</source>
        <translation>Call direction</translation>
    </message>
    <message>
        <source>Call date</source>
        <translation>Call date</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>Call time</translation>
    </message>
    <message>
        <source>Insert variable: a value from the client's card, filled in when the button is pressed</source>
        <translation>Insert variable: a value from the client's card, filled in when the button is pressed</translation>
    </message>
    <message>
        <source>Insert variable</source>
        <translation>Insert variable</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Done · was due %1</source>
        <translation>Done · was due %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <source>No comments, activities or tasks yet.</source>
        <translation>No comments, activities or tasks yet.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>The history could not be read: %1</translation>
    </message>
</context>
<context>
    <name>TroublePage</name>
    <message>
        <source>The CRM does not answer</source>
        <translation>The CRM does not answer</translation>
    </message>
    <message>
        <source>The CRM refused the connection</source>
        <translation>The CRM refused the connection</translation>
    </message>
    <message>
        <source>The client could not be read from the CRM</source>
        <translation>The client could not be read from the CRM</translation>
    </message>
    <message>
        <source>The call, the script and the result buttons work as usual; results reach the CRM when it is back.</source>
        <translation>The call, the script and the result buttons work as usual; results reach the CRM when it is back.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Search the CRM for this number again</source>
        <translation>Search the CRM for this number again</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>blocked by plan</source>
        <translation>blocked by plan</translation>
    </message>
    <message>
        <source>login: %1</source>
        <translation>login: %1</translation>
    </message>
    <message>
        <source>administers the app</source>
        <translation>administers the app</translation>
    </message>
    <message>
        <source>invited: first sign-in pending</source>
        <translation>invited: first sign-in pending</translation>
    </message>
    <message>
        <source>%1 administers the app: keeps access when a paid plan lapses.</source>
        <translation>%1 administers the app: keeps access when a paid plan lapses.</translation>
    </message>
    <message>
        <source>Blocked because the paid plan lapsed; works again once it is renewed. Nothing was deleted.</source>
        <translation>Blocked because the paid plan lapsed; works again once it is renewed. Nothing was deleted.</translation>
    </message>
    <message>
        <source>Blocked by a supervisor: cannot sign in until unblocked.</source>
        <translation>Blocked by a supervisor: cannot sign in until unblocked.</translation>
    </message>
    <message>
        <source>Has not signed in yet.</source>
        <translation>Has not signed in yet.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Could not remove %1</source>
        <translation>Could not remove %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>A user works in the app with the one role given here.</source>
        <translation>A user works in the app with the one role given here.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Add a user (Ins, Ctrl+N)</source>
        <translation>Add a user (Ins, Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>This is your own account: another supervisor can block or remove it.</source>
        <translation>This is your own account: another supervisor can block or remove it.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Move the user to another role (F2)</source>
        <translation>Move the user to another role (F2)</translation>
    </message>
    <message>
        <source>Remove the user (Del)</source>
        <translation>Remove the user (Del)</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Unblock</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Blocked until the paid plan is renewed; renewing restores everyone.</source>
        <translation>Blocked until the paid plan is renewed; renewing restores everyone.</translation>
    </message>
    <message>
        <source>Let the user sign in again (Ctrl+B)</source>
        <translation>Let the user sign in again (Ctrl+B)</translation>
    </message>
    <message>
        <source>Stop the user signing in; nothing is deleted (Ctrl+B)</source>
        <translation>Stop the user signing in; nothing is deleted (Ctrl+B)</translation>
    </message>
    <message>
        <source>Could not unblock %1</source>
        <translation>Could not unblock %1</translation>
    </message>
    <message>
        <source>Could not block %1</source>
        <translation>Could not block %1</translation>
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
<context>
    <name>WaitingPanel</name>
    <message>
        <source>The sign-in form appears once the database is open.</source>
        <translation>The sign-in form appears once the database is open.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionCard</name>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Выше (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Ниже (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove the action (Ctrl+Del)</source>
        <translation>Убрать действие (Ctrl+Del)</translation>
    </message>
</context>
<context>
    <name>ActionKinds</name>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Перезвон</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Change lead status</source>
        <translation>Смена статуса лида</translation>
    </message>
    <message>
        <source>Change deal stage</source>
        <translation>Смена стадии сделки</translation>
    </message>
    <message>
        <source>A comment in the client's timeline</source>
        <translation>Комментарий в таймлайне клиента</translation>
    </message>
    <message>
        <source>A callback at a time the operator may change</source>
        <translation>Перезвон; время оператор может изменить</translation>
    </message>
    <message>
        <source>A task with a deadline and a responsible</source>
        <translation>Задача со сроком и ответственным</translation>
    </message>
    <message>
        <source>A meeting in the client's timeline</source>
        <translation>Встреча в таймлайне клиента</translation>
    </message>
    <message>
        <source>Sets a fixed lead status</source>
        <translation>Ставит заданный статус лида</translation>
    </message>
    <message>
        <source>Moves the deal to a fixed stage</source>
        <translation>Переводит сделку на заданную стадию</translation>
    </message>
</context>
<context>
    <name>ActionList</name>
    <message>
        <source>Add action</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <source>Actions run in order when the operator presses the button</source>
        <translation>Действия выполняются по порядку, когда оператор нажимает кнопку</translation>
    </message>
    <message>
        <source>No actions yet. A button needs at least one: add a comment, a callback, a task, a meeting, or a status or stage change.</source>
        <translation>Действий пока нет. Кнопке нужно хотя бы одно: комментарий, перезвон, задача, встреча, смена статуса лида или стадии сделки.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>For example: anna</source>
        <translation>Например: anna</translation>
    </message>
    <message>
        <source>As colleagues see it: Анна Смирнова</source>
        <translation>Как его видят коллеги: Анна Смирнова</translation>
    </message>
    <message>
        <source>Invite: generate a password for the first sign-in</source>
        <translation>Пригласить: сгенерировать пароль для первого входа</translation>
    </message>
    <message>
        <source>You see the password once and give it to the user; at the first sign-in they choose their own.</source>
        <translation>Пароль будет показан один раз — передайте его пользователю; при первом входе он задаст свой.</translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Не меньше %1 символов</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Enter the login the user signs in with.</source>
        <translation>Введите логин, под которым пользователь будет входить.</translation>
    </message>
    <message>
        <source>A login cannot contain spaces.</source>
        <translation>В логине не может быть пробелов.</translation>
    </message>
    <message>
        <source>The login «%1» is taken. Choose another one.</source>
        <translation>Логин «%1» уже занят. Выберите другой.</translation>
    </message>
    <message>
        <source>Choose the user's role.</source>
        <translation>Выберите роль пользователя.</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Пароль должен быть не короче %1 символов.</translation>
    </message>
    <message>
        <source>The passwords do not match. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>The CRM did not answer: {0}</source>
        <translation>CRM не ответила: {0}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Было → стало</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Created</source>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Копирование</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Version restored</source>
        <translation>Восстановление версии</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перемещение</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Plan changed</source>
        <translation>Смена тарифа</translation>
    </message>
    <message>
        <source>Plan lapsed</source>
        <translation>Тариф истёк</translation>
    </message>
    <message>
        <source>Plan renewed</source>
        <translation>Тариф продлён</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Кнопка</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Скрипт</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Seat plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Кнопки</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Скрипты</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шагов</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связей</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>Из версии</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Keeps the call card open</source>
        <translation>Не закрывать карточку звонка</translation>
    </message>
    <message>
        <source>A call result is required</source>
        <translation>Результат звонка обязателен</translation>
    </message>
    <message>
        <source>Manages settings</source>
        <translation>Управляет настройками</translation>
    </message>
    <message>
        <source>System role</source>
        <translation>Системная роль</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Полей</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Bitrix24 user</source>
        <translation>Сотрудник Битрикс24</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Paid until</source>
        <translation>Оплачен до</translation>
    </message>
    <message>
        <source>Kept working</source>
        <translation>Продолжает работу</translation>
    </message>
    <message>
        <source>Users blocked</source>
        <translation>Заблокированы</translation>
    </message>
    <message>
        <source>Users restored</source>
        <translation>Восстановлены</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>blocked by the plan</source>
        <translation>заблокирован тарифом</translation>
    </message>
    <message>
        <source>free</source>
        <translation>бесплатный</translation>
    </message>
    <message>
        <source>up to 7 users</source>
        <translation>до 7 пользователей</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>безлимитный</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Every change to buttons, scripts, roles, users and the seat plan: who made it, when, and what it changed.</source>
        <translation>Все изменения кнопок, скриптов, ролей, пользователей и тарифа: кто, когда и что изменил.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Все изменения</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Load the latest changes (F5)</source>
        <translation>Загрузить последние изменения (F5)</translation>
    </message>
    <message>
        <source>Could not load the change log</source>
        <translation>Не удалось загрузить журнал изменений</translation>
    </message>
    <message>
        <source>No details were recorded.</source>
        <translation>Подробности не записаны.</translation>
    </message>
    <message>
        <source>No changes recorded yet</source>
        <translation>Изменений пока нет</translation>
    </message>
    <message>
        <source>No changes of this kind yet</source>
        <translation>Таких изменений пока нет</translation>
    </message>
    <message>
        <source>Changes made in the settings appear here, newest first.</source>
        <translation>Здесь появляются изменения настроек, сначала новые.</translation>
    </message>
    <message>
        <source>The latest %1 changes</source>
        <translation>Последние изменения: %1</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Изменений: %1</translation>
    </message>
</context>
<context>
    <name>ButtonEditor</name>
    <message>
        <source>Edit button «%1»</source>
        <translation>Кнопка «%1»</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Добавить кнопку</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Цвет:</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Клавиша:</translation>
    </message>
    <message>
        <source>What the operator sees, e.g. Sale</source>
        <translation>Что видит оператор, например: Продажа</translation>
    </message>
    <message>
        <source>Press a key…</source>
        <translation>Нажмите клавишу…</translation>
    </message>
    <message>
        <source>Press the key (with Ctrl, Alt or Shift if you like) that presses this button in the call card</source>
        <translation>Нажмите клавишу (можно с Ctrl, Alt или Shift), которой эта кнопка нажимается в карточке звонка</translation>
    </message>
    <message>
        <source>Free:</source>
        <translation>Свободны:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Run in this order when the operator presses the button.</source>
        <translation>Выполняются в этом порядке, когда оператор нажимает кнопку.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Optional. F1–F12 work best: one key press during the call.</source>
        <translation>Необязательно. Удобнее всего F1–F12: одно нажатие во время звонка.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Назначить %1</translation>
    </message>
    <message>
        <source>A variable is written wrong: use {{entity.FIELD}}, for example {{contact.NAME}}.</source>
        <translation>Переменная записана с ошибкой: пишите {{entity.FIELD}}, например {{contact.NAME}}.</translation>
    </message>
</context>
<context>
    <name>ButtonPreview</name>
    <message>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <source>A variable is written wrong.</source>
        <translation>Переменная записана с ошибкой.</translation>
    </message>
    <message>
        <source>Unknown variable: %1.</source>
        <translation>Неизвестная переменная: %1.</translation>
    </message>
    <message>
        <source>The deadline cannot be read.</source>
        <translation>Не удаётся прочитать срок.</translation>
    </message>
    <message>
        <source>The operator types the comment when pressing the button.</source>
        <translation>Оператор введёт комментарий при нажатии кнопки.</translation>
    </message>
    <message>
        <source>In the timeline: %1</source>
        <translation>В таймлайн: %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>%1 – %2, the operator may change it</source>
        <translation>%1 – %2, оператор может изменить</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <source>%1, the operator may change it</source>
        <translation>%1, оператор может изменить</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>%1 (the operator)</source>
        <translation>%1 (оператор)</translation>
    </message>
    <message>
        <source>Due %1, responsible: %2</source>
        <translation>Срок: %1, ответственный: %2</translation>
    </message>
    <message>
        <source>No status chosen.</source>
        <translation>Статус не выбран.</translation>
    </message>
    <message>
        <source>The lead gets the status %1</source>
        <translation>Лид получит статус %1</translation>
    </message>
    <message>
        <source>No stage chosen.</source>
        <translation>Стадия не выбрана.</translation>
    </message>
    <message>
        <source>The deal moves to %1</source>
        <translation>Сделка перейдёт на стадию %1</translation>
    </message>
    <message>
        <source>(pipeline %1)</source>
        <translation>(воронка %1)</translation>
    </message>
    <message>
        <source>As the operator sees it</source>
        <translation>Как её видит оператор</translation>
    </message>
    <message>
        <source>What pressing it writes</source>
        <translation>Что запишет нажатие</translation>
    </message>
    <message>
        <source>For a sample client: %1; operator %2.</source>
        <translation>На примере клиента: %1; оператор — %2.</translation>
    </message>
    <message>
        <source>The operator confirms the time or types the comment before it is written.</source>
        <translation>Перед записью оператор подтвердит время или введёт комментарий.</translation>
    </message>
    <message>
        <source>Everything is written at once, on press.</source>
        <translation>Всё записывается сразу, при нажатии.</translation>
    </message>
    <message>
        <source>Add an action: a button without one records nothing.</source>
        <translation>Добавьте действие: кнопка без действий ничего не записывает.</translation>
    </message>
</context>
<context>
    <name>ButtonRefusals</name>
    <message>
        <source>Enter the button's title: it is the text the operator sees.</source>
        <translation>Введите название кнопки: это текст, который видит оператор.</translation>
    </message>
    <message>
        <source>The button «%1» has no action. Add at least one with «Add action».</source>
        <translation>У кнопки «%1» нет действий. Добавьте хотя бы одно через «Добавить действие».</translation>
    </message>
    <message>
        <source>The button «%1»: choose the lead status to set.</source>
        <translation>Кнопка «%1»: выберите статус лида, который она ставит.</translation>
    </message>
    <message>
        <source>The button «%1»: choose the deal stage to set.</source>
        <translation>Кнопка «%1»: выберите стадию сделки, на которую она переводит.</translation>
    </message>
    <message>
        <source>The button «%1»: cannot read the deadline «%2». Write it like «+2 hours», «+1 day at 10:00», «tomorrow at 10:00» or «next working day at 9:30».</source>
        <translation>Кнопка «%1»: не удаётся прочитать срок «%2». Пишите так: «+2 часа», «+1 день в 10:00», «завтра в 10:00» или «следующий рабочий день в 9:30».</translation>
    </message>
    <message>
        <source>The button «%1» changes the lead status twice. Keep one «Change lead status» action.</source>
        <translation>Кнопка «%1» меняет статус лида дважды. Оставьте одно действие «Смена статуса лида».</translation>
    </message>
    <message>
        <source>The button «%1» changes the deal stage twice. Keep one «Change deal stage» action.</source>
        <translation>Кнопка «%1» меняет стадию сделки дважды. Оставьте одно действие «Смена стадии сделки».</translation>
    </message>
    <message>
        <source>The button «%1» uses unknown variables: %2. Fix them or insert variables from the menu next to each field.</source>
        <translation>Кнопка «%1» использует неизвестные переменные: %2. Исправьте их или вставьте переменные из меню рядом с полями.</translation>
    </message>
    <message>
        <source>The button «%1»: a variable is written wrong. Write it like {{contact.NAME}}.</source>
        <translation>Кнопка «%1»: переменная записана с ошибкой. Пишите так: {{contact.NAME}}.</translation>
    </message>
    <message>
        <source>The shortcut %1 already belongs to the button «%2». Choose another one, or clear it.</source>
        <translation>Клавиша %1 уже назначена кнопке «%2». Выберите другую или очистите поле.</translation>
    </message>
    <message>
        <source>A button title holds at most %1 characters; shorten it.</source>
        <translation>Название кнопки — не больше %1 символов; сократите его.</translation>
    </message>
    <message>
        <source>The template uses an unknown variable %1. Fix it or insert a variable from the menu next to the field.</source>
        <translation>В шаблоне неизвестная переменная %1. Исправьте её или вставьте переменную из меню рядом с полем.</translation>
    </message>
    <message>
        <source>The templates use unknown variables %1. Fix them or insert variables from the menu next to each field.</source>
        <translation>В шаблонах неизвестные переменные %1. Исправьте их или вставьте переменные из меню рядом с полями.</translation>
    </message>
    <message>
        <source>The button «%1» was changed by someone else meanwhile. Close this window and open the button again to see their version.</source>
        <translation>Кнопку «%1» тем временем изменил кто-то другой. Закройте окно и откройте кнопку снова, чтобы увидеть эту версию.</translation>
    </message>
    <message>
        <source>This button no longer exists; someone may have deleted it.</source>
        <translation>Этой кнопки больше нет: возможно, её кто-то удалил.</translation>
    </message>
</context>
<context>
    <name>ButtonsModel</name>
    <message>
        <source>Button</source>
        <translation>Кнопка</translation>
    </message>
    <message>
        <source>Actions, in order</source>
        <translation>Действия по порядку</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>«%1», pressed with %2 in the call card</source>
        <translation>«%1»: в карточке звонка нажимается клавишей %2</translation>
    </message>
    <message>
        <source>Operators with these roles have the button: %1</source>
        <translation>Кнопка есть у операторов с ролями: %1</translation>
    </message>
    <message>
        <source>No role has this button yet, so no operator sees it. Assign it on the Roles tab.</source>
        <translation>Кнопка пока не назначена ни одной роли, и операторы её не видят. Назначьте её на вкладке «Роли».</translation>
    </message>
</context>
<context>
    <name>ButtonsSection</name>
    <message>
        <source>Result buttons</source>
        <translation>Кнопки результата</translation>
    </message>
    <message>
        <source>In call-card order; drag to reorder.</source>
        <translation>В порядке карточки звонка; перетащите, чтобы изменить порядок.</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Добавить кнопку</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Every button is already here</source>
        <translation>Все кнопки уже добавлены</translation>
    </message>
</context>
<context>
    <name>ButtonsTab</name>
    <message>
        <source>Operators press these buttons in the call card to record a call's result, in this order. A button shows to operators once a role has it (Roles tab).</source>
        <translation>Этими кнопками операторы записывают результат звонка в карточке звонка, в этом порядке. Оператор видит кнопку, когда она назначена его роли (вкладка «Роли»).</translation>
    </message>
    <message>
        <source>Add button</source>
        <translation>Добавить кнопку</translation>
    </message>
    <message>
        <source>Add a button (Ins, Ctrl+N)</source>
        <translation>Добавить кнопку (Ins, Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Change the button (Enter, F2, double-click)</source>
        <translation>Изменить кнопку (Enter, F2, двойной щелчок)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Make a copy of the button (Ctrl+D)</source>
        <translation>Сделать копию кнопки (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the button (Del)</source>
        <translation>Удалить кнопку (Del)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Earlier in the call card (Alt+Up); rows can be dragged too</source>
        <translation>Раньше в карточке звонка (Alt+Up); строки можно и перетаскивать</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Later in the call card (Alt+Down); rows can be dragged too</source>
        <translation>Позже в карточке звонка (Alt+Down); строки можно и перетаскивать</translation>
    </message>
    <message>
        <source>No buttons yet</source>
        <translation>Кнопок пока нет</translation>
    </message>
    <message>
        <source>Add a button, such as «Sale» or «Call back», with the actions it records. Then give it to roles on the Roles tab.</source>
        <translation>Добавьте кнопку, например «Продажа» или «Перезвонить», с действиями, которые она записывает. Затем назначьте её ролям на вкладке «Роли».</translation>
    </message>
    <message>
        <source>Could not load the buttons</source>
        <translation>Не удалось загрузить кнопки</translation>
    </message>
    <message>
        <source>Buttons: %1</source>
        <translation>Кнопок: %1</translation>
    </message>
    <message>
        <source>Could not read the CRM</source>
        <translation>Не удалось прочитать данные CRM</translation>
    </message>
    <message>
        <source>The lead statuses, deal stages and field names are not available: %1</source>
        <translation>Статусы лидов, стадии сделок и названия полей недоступны: %1</translation>
    </message>
    <message>
        <source>Could not open the button</source>
        <translation>Не удалось открыть кнопку</translation>
    </message>
    <message>
        <source>Could not duplicate the button</source>
        <translation>Не удалось дублировать кнопку</translation>
    </message>
    <message>
        <source>Could not delete the button</source>
        <translation>Не удалось удалить кнопку</translation>
    </message>
    <message>
        <source>Could not move the button</source>
        <translation>Не удалось переместить кнопку</translation>
    </message>
</context>
<context>
    <name>CallCard</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Скрипт</translation>
    </message>
    <message>
        <source>The client's CRM data (Ctrl+1)</source>
        <translation>Данные клиента из CRM (Ctrl+1)</translation>
    </message>
    <message>
        <source>The call script (Ctrl+2)</source>
        <translation>Скрипт разговора (Ctrl+2)</translation>
    </message>
    <message>
        <source>Call result</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Отметьте результат</translation>
    </message>
    <message>
        <source>Close the call card (Ctrl+W)</source>
        <translation>Закрыть карточку звонка (Ctrl+W)</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <source>Searching for the client…</source>
        <translation>Поиск клиента…</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Звонок завершён</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>Идёт разговор</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Ещё не отмечен</translation>
    </message>
    <message>
        <source>Close the card</source>
        <translation>Закрыть карточку</translation>
    </message>
    <message>
        <source>End and close</source>
        <translation>Завершить и закрыть</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <source>Call journal</source>
        <translation>Журнал звонка</translation>
    </message>
    <message>
        <source>The call could not be written to the database: %1
The card keeps what you typed; it is written again with your next change.</source>
        <translation>Не удалось записать звонок в базу данных: %1
Всё введённое остаётся в карточке и будет записано при следующем изменении.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Saved in the CRM.</source>
        <translation>Сохранено в CRM.</translation>
    </message>
    <message>
        <source>Call result</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <source>The result was not recorded: %1
Nothing was sent to the CRM; press the button again.</source>
        <translation>Результат не записан: %1
В CRM ничего не отправлено; нажмите кнопку ещё раз.</translation>
    </message>
    <message>
        <source>Close the call card</source>
        <translation>Закрыть карточку звонка</translation>
    </message>
    <message>
        <source>The call is still in progress. End it and close the card?</source>
        <translation>Разговор ещё идёт. Завершить звонок и закрыть карточку?</translation>
    </message>
    <message>
        <source>No result is recorded for this call. Close the card without a result?</source>
        <translation>Результат звонка не отмечен. Закрыть карточку без результата?</translation>
    </message>
</context>
<context>
    <name>CallbackEditor</name>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Optional, e.g. Call back: {{contact.NAME}}</source>
        <translation>Необязательно, например: Перезвонить: {{contact.NAME}}</translation>
    </message>
    <message>
        <source>The operator may change the time before the callback is created.</source>
        <translation>Оператор может изменить время перед созданием перезвона.</translation>
    </message>
</context>
<context>
    <name>CallsModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Сменить роль</translation>
    </message>
    <message>
        <source>The role decides what %1 sees in the call card: fields, buttons and scripts.</source>
        <translation>От роли зависит, что %1 видит в карточке звонка: поля, кнопки и скрипты.</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>The lead was not created.</source>
        <translation>Лид не создан.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>%1 The lead is kept and will be created when the CRM answers.</source>
        <translation>%1 Лид не потерян: он будет создан, как только CRM ответит.</translation>
    </message>
    <message>
        <source>%1 The changes are kept and will be saved when the CRM answers.</source>
        <translation>%1 Изменения не потеряны: они сохранятся в CRM, как только она ответит.</translation>
    </message>
    <message>
        <source>Correct the marked fields, then save again.</source>
        <translation>Исправьте отмеченные поля и сохраните снова.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>The CRM did not save the changes.</source>
        <translation>CRM не сохранила изменения.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Изменения ещё не сохранены.</translation>
    </message>
</context>
<context>
    <name>ColorPicker</name>
    <message>
        <source>Other colour…</source>
        <translation>Другой цвет…</translation>
    </message>
    <message>
        <source>Any colour; the title stays readable on it</source>
        <translation>Любой цвет; название на нём останется читаемым</translation>
    </message>
    <message>
        <source>Your colour %1</source>
        <translation>Ваш цвет %1</translation>
    </message>
    <message>
        <source>Button colour</source>
        <translation>Цвет кнопки</translation>
    </message>
</context>
<context>
    <name>CommentEditor</name>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Empty: the operator types the comment</source>
        <translation>Пусто: комментарий введёт оператор</translation>
    </message>
    <message>
        <source>Left empty, the operator types the comment when pressing the button.</source>
        <translation>Если оставить пустым, оператор введёт комментарий при нажатии кнопки.</translation>
    </message>
    <message>
        <source>Added to the client's timeline as written, with the variables filled in.</source>
        <translation>Добавляется в таймлайн клиента как написано, с подставленными переменными.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (моя версия)</translation>
    </message>
    <message>
        <source>The script was changed meanwhile</source>
        <translation>Скрипт изменён другим супервайзером</translation>
    </message>
    <message>
        <source>Another supervisor saved «%1» after you opened it.</source>
        <translation>Другой супервайзер сохранил «%1» после того, как вы его открыли.</translation>
    </message>
    <message>
        <source>Saving now would overwrite their changes, so nothing was saved. Your edits are still here: choose what to do with them.</source>
        <translation>Сохранение затёрло бы его изменения, поэтому ничего не сохранено. Ваши правки на месте: выберите, что с ними сделать.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Загрузить их версию</translation>
    </message>
    <message>
        <source>Discard your edits and continue from the version the other supervisor saved.</source>
        <translation>Отказаться от своих правок и продолжить с версии, которую сохранил другой супервайзер.</translation>
    </message>
    <message>
        <source>Save mine as a copy</source>
        <translation>Сохранить мою как копию</translation>
    </message>
    <message>
        <source>Their version stays as it is; yours becomes a new script with this name:</source>
        <translation>Их версия останется как есть, а ваша станет новым скриптом с названием:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Keep editing; nothing is saved.</source>
        <translation>Продолжить редактирование; ничего не сохраняется.</translation>
    </message>
</context>
<context>
    <name>CrmDialog</name>
    <message>
        <source>CRM connection</source>
        <translation>Подключение к CRM</translation>
    </message>
    <message>
        <source>Where the clients' data lives</source>
        <translation>Где хранятся данные клиентов</translation>
    </message>
    <message>
        <source>The call card shows the client's data from the CRM chosen here and writes the call's results to it.</source>
        <translation>Карточка звонка показывает данные клиента из выбранной здесь CRM и записывает в неё результаты звонков.</translation>
    </message>
    <message>
        <source>&amp;Embedded CRM</source>
        <translation>&amp;Встроенная CRM</translation>
    </message>
    <message>
        <source>Clients, deals and tasks in the app's own database. Nothing to set up.</source>
        <translation>Клиенты, сделки и задачи — в базе данных самого приложения. Настраивать ничего не нужно.</translation>
    </message>
    <message>
        <source>&amp;Bitrix24</source>
        <translation>&amp;Битрикс24</translation>
    </message>
    <message>
        <source>Your Bitrix24 portal, through an incoming webhook.</source>
        <translation>Ваш портал Битрикс24 через входящий вебхук.</translation>
    </message>
    <message>
        <source>Webhook &amp;address:</source>
        <translation>&amp;Адрес вебхука:</translation>
    </message>
    <message>
        <source>Webhook &amp;key:</source>
        <translation>&amp;Ключ вебхука:</translation>
    </message>
    <message>
        <source>Portal's plan:</source>
        <translation>Тариф портала:</translation>
    </message>
    <message>
        <source>&amp;Standard: 2 requests per second</source>
        <translation>&amp;Обычный: 2 запроса в секунду</translation>
    </message>
    <message>
        <source>E&amp;nterprise: 5 requests per second</source>
        <translation>Корпо&amp;ративный: 5 запросов в секунду</translation>
    </message>
    <message>
        <source>Paste the whole address Bitrix24 shows for the incoming webhook (Developer resources → Other → Incoming webhook): its key moves to the key field and is kept in the system keyring. The webhook needs the CRM, Tasks and Users permissions.</source>
        <translation>Вставьте адрес входящего вебхука целиком, как его показывает Битрикс24 (Разработчикам → Другое → Входящий вебхук): ключ сам перейдёт в своё поле и будет храниться в системном хранилище паролей. Вебхуку нужны права «CRM», «Задачи» и «Пользователи».</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Проверить по&amp;дключение</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Сотрудники…</translation>
    </message>
    <message>
        <source>Whom the operators' callbacks, meetings and tasks are assigned to in Bitrix24.</source>
        <translation>На кого в Битрикс24 ставятся перезвоны, встречи и задачи операторов.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Paste the whole webhook address: its key is missing.</source>
        <translation>Вставьте адрес вебхука целиком: в нём не хватает ключа.</translation>
    </message>
    <message>
        <source>The webhook key is not complete: paste the whole address again.</source>
        <translation>Ключ вебхука неполный: вставьте адрес целиком ещё раз.</translation>
    </message>
    <message>
        <source>Saved; paste the address again to replace it</source>
        <translation>Сохранён; чтобы заменить, вставьте адрес заново</translation>
    </message>
    <message>
        <source>Moves here from the pasted address</source>
        <translation>Перейдёт сюда из вставленного адреса</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>No webhook key is stored on this computer: paste the whole address again.</source>
        <translation>На этом компьютере не сохранён ключ вебхука: вставьте адрес целиком ещё раз.</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Проверка не удалась: %1</translation>
    </message>
    <message>
        <source>The webhook key was not saved: %1</source>
        <translation>Ключ вебхука не сохранён: %1</translation>
    </message>
    <message>
        <source>No system keyring: the webhook key is kept for this session only.</source>
        <translation>Нет системного хранилища паролей: ключ вебхука сохранён только до закрытия программы.</translation>
    </message>
</context>
<context>
    <name>CrmErrors</name>
    <message>
        <source>Bitrix24 (%1) cannot be reached.</source>
        <translation>Битрикс24 (%1) недоступен.</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) did not answer in time.</source>
        <translation>Битрикс24 (%1) не ответил вовремя.</translation>
    </message>
    <message>
        <source>The connection to Bitrix24 (%1) broke off.</source>
        <translation>Связь с Битрикс24 (%1) оборвалась.</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) is having trouble (HTTP %2).</source>
        <translation>У Битрикс24 (%1) неполадки (HTTP %2).</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) is having trouble (%2).</source>
        <translation>У Битрикс24 (%1) неполадки (%2).</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) sent an answer that is not JSON (HTTP %2).</source>
        <translation>Битрикс24 (%1) прислал непонятный ответ (не JSON, HTTP %2).</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) asks to slow down: too many requests.</source>
        <translation>Битрикс24 (%1) просит подождать: слишком много запросов.</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) paused this kind of request for a while (operation time limit).</source>
        <translation>Битрикс24 (%1) на время приостановил такие запросы (лимит времени операций).</translation>
    </message>
    <message>
        <source>Bitrix24 (%1) refused the webhook or token: %2.</source>
        <translation>Битрикс24 (%1) не принял вебхук или токен: %2.</translation>
    </message>
    <message>
        <source>The Bitrix24 webhook may not do this (%1); give it the crm, task and user scopes.</source>
        <translation>У вебхука Битрикс24 нет права на это (%1); дайте ему права «CRM», «Задачи» и «Пользователи».</translation>
    </message>
    <message>
        <source>Bitrix24 denied access: %1.</source>
        <translation>Битрикс24 отказал в доступе: %1.</translation>
    </message>
    <message>
        <source>Bitrix24 refused the request: %1.</source>
        <translation>Битрикс24 отклонил запрос: %1.</translation>
    </message>
    <message>
        <source>Bitrix24 did not return the item it saved.</source>
        <translation>Битрикс24 не вернул сохранённый элемент.</translation>
    </message>
    <message>
        <source>This computer has no Bitrix24 webhook secret: enter the webhook address in Settings → CRM.</source>
        <translation>На этом компьютере нет ключа вебхука Битрикс24: вставьте адрес вебхука в «Настройки → CRM».</translation>
    </message>
    <message>
        <source>The fields of the CRM are still being read; try again in a moment.</source>
        <translation>Поля CRM ещё читаются; попробуйте через минуту.</translation>
    </message>
    <message>
        <source>There is no %1 with ID %2 in the CRM.</source>
        <translation>В CRM не найдено: %1 с ID %2.</translation>
    </message>
    <message>
        <source>The CRM did not accept some values. %1</source>
        <translation>CRM не приняла некоторые значения. %1</translation>
    </message>
    <message>
        <source>This write cannot be read (%1); discard it.</source>
        <translation>Эту запись не удаётся прочитать (%1); отмените её.</translation>
    </message>
    <message>
        <source>The change conflicts with data already in the CRM.</source>
        <translation>Изменение противоречит данным, которые уже есть в CRM.</translation>
    </message>
    <message>
        <source>The CRM database is busy or unreachable; try again in a moment.</source>
        <translation>База данных CRM занята или недоступна; попробуйте через минуту.</translation>
    </message>
    <message>
        <source>The connection to the CRM database was lost.</source>
        <translation>Связь с базой данных CRM потеряна.</translation>
    </message>
    <message>
        <source>This write key was already used for a different change.</source>
        <translation>Этот ключ записи уже использован для другого изменения.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>There is no field %1.</source>
        <translation>Поля %1 нет.</translation>
    </message>
    <message>
        <source>The field «%1» cannot be changed.</source>
        <translation>Поле «%1» нельзя изменить.</translation>
    </message>
    <message>
        <source>The field «%1» is required.</source>
        <translation>Поле «%1» обязательно.</translation>
    </message>
    <message>
        <source>The field «%1» takes one value.</source>
        <translation>В поле «%1» может быть только одно значение.</translation>
    </message>
    <message>
        <source>Enter text.</source>
        <translation>Введите текст.</translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation>Не длиннее %1 символов.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Это поле не может быть пустым.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>Enter an amount such as 15000 or 1 500,50.</source>
        <translation>Введите сумму, например 15000 или 1 500,50.</translation>
    </message>
    <message>
        <source>Enter an amount from 0 to 9 999 999 999 999.</source>
        <translation>Введите сумму от 0 до 9 999 999 999 999.</translation>
    </message>
    <message>
        <source>Enter a date such as 31.03.2025 or 2025-03-31.</source>
        <translation>Введите дату, например 31.03.2025 или 2025-03-31.</translation>
    </message>
    <message>
        <source>Enter a date and time such as 2025-03-31 10:00.</source>
        <translation>Введите дату и время, например 2025-03-31 10:00.</translation>
    </message>
    <message>
        <source>«%1» is not one of the values of «%2».</source>
        <translation>«%1» — не одно из значений поля «%2».</translation>
    </message>
    <message>
        <source>There is no pipeline %1.</source>
        <translation>Воронки %1 нет.</translation>
    </message>
    <message>
        <source>«%1» is not an item ID.</source>
        <translation>«%1» — не ID элемента.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <source>«%1» is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address.</source>
        <translation>«%1» — не адрес e-mail.</translation>
    </message>
    <message>
        <source>There is no %1 with ID %2.</source>
        <translation>Не найдено: %1 с ID %2.</translation>
    </message>
    <message>
        <source>This stage belongs to another pipeline than the deal's.</source>
        <translation>Эта стадия из другой воронки, не той, где сделка.</translation>
    </message>
    <message>
        <source>Choose the date and time.</source>
        <translation>Выберите дату и время.</translation>
    </message>
    <message>
        <source>Enter a duration from 1 minute to 7 days.</source>
        <translation>Укажите длительность от 1 минуты до 7 дней.</translation>
    </message>
</context>
<context>
    <name>CrmNames</name>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
</context>
<context>
    <name>CrmUsersDialog</name>
    <message>
        <source>Bitrix24 users</source>
        <translation>Сотрудники Битрикс24</translation>
    </message>
    <message>
        <source>Who is who in Bitrix24</source>
        <translation>Кто есть кто в Битрикс24</translation>
    </message>
    <message>
        <source>Callbacks, meetings and tasks an operator creates are assigned in Bitrix24 to the portal user chosen here. «By e-mail» finds the portal user with the same e-mail; without one they go to the webhook's own user.</source>
        <translation>Перезвоны, встречи и задачи, которые создаёт оператор, ставятся в Битрикс24 на выбранного здесь сотрудника портала. «По e-mail» — на сотрудника с тем же e-mail, а если такого нет — на пользователя вебхука.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Portal user</source>
        <translation>Сотрудник портала</translation>
    </message>
    <message>
        <source>name@company.ru</source>
        <translation>name@company.ru</translation>
    </message>
    <message>
        <source>login: %1</source>
        <translation>логин: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>ID %1 (not active on the portal)</source>
        <translation>ID %1 (не активен на портале)</translation>
    </message>
    <message>
        <source>The portal's users could not be read: %1 E-mails can still be edited; the choices made before are kept.</source>
        <translation>Не удалось прочитать сотрудников портала: %1 E-mail можно править и сейчас; выбранные ранее сотрудники сохранятся.</translation>
    </message>
    <message>
        <source>Reading the portal's users…</source>
        <translation>Читаем сотрудников портала…</translation>
    </message>
    <message>
        <source>Active users on the portal: %1.</source>
        <translation>Активных сотрудников на портале: %1.</translation>
    </message>
    <message>
        <source>the portal does not answer.</source>
        <translation>портал не отвечает.</translation>
    </message>
    <message>
        <source>the portal refused the webhook (it needs the «Users» permission).</source>
        <translation>портал отклонил вебхук (нужно право «Пользователи»).</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>По e-mail</translation>
    </message>
    <message>
        <source>By e-mail: no e-mail, the webhook's user</source>
        <translation>По e-mail: не указан — пользователь вебхука</translation>
    </message>
    <message>
        <source>By e-mail: %1</source>
        <translation>По e-mail: %1</translation>
    </message>
    <message>
        <source>By e-mail: not on the portal, the webhook's user</source>
        <translation>По e-mail: на портале нет — пользователь вебхука</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address (%2).</source>
        <translation>«%1» — не адрес e-mail (%2).</translation>
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
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Connected to %1. The webhook acts as %2 and may use the CRM, tasks and users.</source>
        <translation>Подключено к %1. Пользователь вебхука: %2. Доступны CRM, задачи и пользователи.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2, but the webhook lacks the permissions %3. Add them to the webhook in Bitrix24 and test again.</source>
        <translation>Подключено к %1 (пользователь вебхука: %2), но у вебхука нет прав %3. Добавьте их вебхуку в Битрикс24 и проверьте ещё раз.</translation>
    </message>
    <message>
        <source>%1 refused the webhook: its address or key is wrong, or the webhook was deleted in Bitrix24.</source>
        <translation>%1 не принял вебхук: адрес или ключ неверны, или вебхук удалён в Битрикс24.</translation>
    </message>
    <message>
        <source>%1 does not answer. Check the portal's address and the network, then test again.</source>
        <translation>%1 не отвечает. Проверьте адрес портала и сеть и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 ответил ошибкой: %2</translation>
    </message>
    <message>
        <source>%1 answered with an error.</source>
        <translation>%1 ответил ошибкой.</translation>
    </message>
    <message>
        <source>Paste the address of the Bitrix24 incoming webhook.</source>
        <translation>Вставьте адрес входящего вебхука Битрикс24.</translation>
    </message>
    <message>
        <source>The webhook address must start with https:// and the portal.</source>
        <translation>Адрес вебхука должен начинаться с https:// и адреса портала.</translation>
    </message>
    <message>
        <source>Bitrix24 webhooks must use https:// (http only for this computer).</source>
        <translation>Вебхуки Битрикс24 работают только через https:// (http — только на этом компьютере).</translation>
    </message>
    <message>
        <source>The webhook address has no user number after /rest/.</source>
        <translation>В адресе вебхука нет номера пользователя после /rest/.</translation>
    </message>
    <message>
        <source>This is not a webhook address: it should look like https://PORTAL/rest/1/KEY/.</source>
        <translation>Это не адрес вебхука: он выглядит как https://ПОРТАЛ/rest/1/КЛЮЧ/.</translation>
    </message>
    <message>
        <source>Bitrix24 — %1</source>
        <translation>Битрикс24 — %1</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <translation>Битрикс24</translation>
    </message>
    <message>
        <source>Embedded CRM</source>
        <translation>Встроенная CRM</translation>
    </message>
    <message>
        <source>Choose the CRM and connect Bitrix24. Chosen: %1.</source>
        <translation>Выбор CRM и подключение Битрикс24. Выбрана: %1.</translation>
    </message>
    <message>
        <source>Saved. Operator Desk works with Bitrix24 (%1) from the next sign-in.</source>
        <translation>Сохранено. Со следующего входа Рабочий стол оператора работает с Битрикс24 (%1).</translation>
    </message>
    <message>
        <source>Saved. Operator Desk works with the embedded CRM from the next sign-in.</source>
        <translation>Сохранено. Со следующего входа Рабочий стол оператора работает со встроенной CRM.</translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
    <message>
        <source>This database was created by a newer version of Operator Desk (schema %1). Update the app to open it.</source>
        <translation>Эту базу данных создала более новая версия «Рабочего стола оператора» (схема %1). Обновите приложение, чтобы открыть её.</translation>
    </message>
    <message>
        <source>This database holds tables Operator Desk did not create. Choose an empty database or one made by Operator Desk.</source>
        <translation>В этой базе данных есть таблицы, которые создал не «Рабочий стол оператора». Выберите пустую базу или базу, созданную приложением.</translation>
    </message>
    <message>
        <source>The database is busy: another program holds it locked (%1). Try again in a moment.</source>
        <translation>База данных занята: её заблокировала другая программа (%1). Повторите через минуту.</translation>
    </message>
    <message>
        <source>Cannot open the database file (%1). Check the path and its permissions.</source>
        <translation>Не удаётся открыть файл базы данных (%1). Проверьте путь и права доступа.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server (%1). Check that it is running and reachable from this computer.</source>
        <translation>Не удаётся подключиться к серверу базы данных (%1). Проверьте, что сервер запущен и доступен с этого компьютера.</translation>
    </message>
    <message>
        <source>The database server refused the user name or password (%1).</source>
        <translation>Сервер базы данных не принял имя пользователя или пароль (%1).</translation>
    </message>
    <message>
        <source>There is no such database on the server (%1).</source>
        <translation>На сервере нет такой базы данных (%1).</translation>
    </message>
    <message>
        <source>The database reported an error (%1): %2</source>
        <translation>База данных сообщила об ошибке (%1): %2</translation>
    </message>
    <message>
        <source>Cannot read the database address (%1).</source>
        <translation>Не удаётся разобрать адрес базы данных (%1).</translation>
    </message>
    <message>
        <source>Could not open the database (%1): %2</source>
        <translation>Не удалось открыть базу данных (%1): %2</translation>
    </message>
</context>
<context>
    <name>DeadlineEdit</name>
    <message>
        <source>Cannot read this deadline. Write it like «+2 hours», «+1 day at 10:00», «tomorrow at 10:00» or «next working day at 9:30».</source>
        <translation>Не удаётся прочитать срок. Пишите так: «+2 часа», «+1 день в 10:00», «завтра в 10:00» или «следующий рабочий день в 9:30».</translation>
    </message>
    <message>
        <source>Counted from the moment the operator presses the button. Choose one or type your own: +N minutes, hours or days, «tomorrow at HH:MM», «next working day at HH:MM».</source>
        <translation>Отсчитывается от момента нажатия кнопки. Выберите из списка или впишите свой: +N минут, часов или дней, «завтра в ЧЧ:ММ», «следующий рабочий день в ЧЧ:ММ».</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>завтра в %1</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>next working day at %1</source>
        <translation>следующий рабочий день в %1</translation>
    </message>
    <message>
        <source>next working day</source>
        <translation>следующий рабочий день</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>+%1 minute</source>
        <translation>+%1 минута</translation>
    </message>
    <message>
        <source>+%1 minutes</source>
        <translation>+%1 минуты</translation>
    </message>
    <message>
        <source>+%1 minutes (many)</source>
        <translation>+%1 минут</translation>
    </message>
    <message>
        <source>+%1 hour</source>
        <translation>+%1 час</translation>
    </message>
    <message>
        <source>+%1 hours</source>
        <translation>+%1 часа</translation>
    </message>
    <message>
        <source>+%1 hours (many)</source>
        <translation>+%1 часов</translation>
    </message>
    <message>
        <source>+%1 day</source>
        <translation>+%1 день</translation>
    </message>
    <message>
        <source>+%1 days</source>
        <translation>+%1 дня</translation>
    </message>
    <message>
        <source>+%1 days (many)</source>
        <translation>+%1 дней</translation>
    </message>
    <message>
        <source>Enter the deadline.</source>
        <translation>Укажите срок.</translation>
    </message>
    <message>
        <source>for example: %1</source>
        <translation>например: %1</translation>
    </message>
</context>
<context>
    <name>DealStageEditor</name>
    <message>
        <source>Pipeline:</source>
        <translation>Воронка:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Стадия:</translation>
    </message>
    <message>
        <source>The deal moves to this stage on press; the operator cannot change it.</source>
        <translation>Сделка переходит на эту стадию при нажатии; оператор не может это изменить.</translation>
    </message>
    <message>
        <source>The CRM has no deal pipelines to choose from.</source>
        <translation>В CRM нет воронок сделок для выбора.</translation>
    </message>
    <message>
        <source>Choose a stage…</source>
        <translation>Выберите стадию…</translation>
    </message>
    <message>
        <source>Pipeline %1 (not in the CRM)</source>
        <translation>Воронка %1 (нет в CRM)</translation>
    </message>
    <message>
        <source>%1 (not in the CRM)</source>
        <translation>%1 (нет в CRM)</translation>
    </message>
</context>
<context>
    <name>DeleteButtonDialog</name>
    <message>
        <source>Delete button</source>
        <translation>Удаление кнопки</translation>
    </message>
    <message>
        <source>Delete the button «%1»?</source>
        <translation>Удалить кнопку «%1»?</translation>
    </message>
    <message>
        <source>These roles lose it, and their operators will no longer see it in the call card:</source>
        <translation>Её потеряют эти роли, и их операторы больше не увидят её в карточке звонка:</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Это нельзя отменить.</translation>
    </message>
    <message>
        <source>No role has this button, so no operator loses it. This cannot be undone.</source>
        <translation>Кнопка не назначена ни одной роли, так что операторы её не потеряют. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DeleteScriptDialog</name>
    <message>
        <source>Delete script</source>
        <translation>Удаление скрипта</translation>
    </message>
    <message>
        <source>The script «%1» is used by these roles:</source>
        <translation>Скрипт «%1» используется в ролях:</translation>
    </message>
    <message>
        <source>Operators with these roles will no longer see it. Remove the script from these roles and delete it? This cannot be undone.</source>
        <translation>Операторы с этими ролями больше не увидят его. Убрать скрипт из этих ролей и удалить? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Remove from roles and delete</source>
        <translation>Убрать из ролей и удалить</translation>
    </message>
    <message>
        <source>Delete the script «%1»?</source>
        <translation>Удалить скрипт «%1»?</translation>
    </message>
    <message>
        <source>Its steps and published versions are deleted too. This cannot be undone.</source>
        <translation>Его шаги и опубликованные версии тоже будут удалены. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DemoAccountsBox</name>
    <message>
        <source>Demo accounts</source>
        <translation>Демо-аккаунты</translation>
    </message>
    <message>
        <source>This is a demo database. Click an account to fill in the form; double-click to sign in.</source>
        <translation>Это демонстрационная база. Щёлкните аккаунт, чтобы заполнить форму; двойной щелчок — сразу войти.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
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
        <translation>найдено: %1</translation>
    </message>
    <message>
        <source>Several items have this number: choose the one to work with</source>
        <translation>У этого номера несколько записей: выберите, с какой работать</translation>
    </message>
    <message>
        <source>Your role shows no fields of this item.</source>
        <translation>В вашей роли нет полей этой записи.</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>«%1» is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
    <message>
        <source>«%1» is not an e-mail address.</source>
        <translation>«%1» — не адрес e-mail.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>Enter an amount such as 15000 or 1 500,50.</source>
        <translation>Введите сумму, например 15000 или 1 500,50.</translation>
    </message>
    <message>
        <source>Enter a phone number such as +7 999 123-45-67.</source>
        <translation>Введите номер телефона, например +7 999 123-45-67.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>Введите адрес e-mail, например name@example.com.</translation>
    </message>
    <message>
        <source>Enter the item ID, a number.</source>
        <translation>Введите ID элемента — число.</translation>
    </message>
    <message>
        <source>Enter a date such as 31.03.2025.</source>
        <translation>Введите дату, например 31.03.2025.</translation>
    </message>
    <message>
        <source>Enter a date and time such as 31.03.2025 10:00.</source>
        <translation>Введите дату и время, например 31.03.2025 10:00.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Выберите одно из значений списка.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Слишком длинный текст.</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <source>CRM fields of the step</source>
        <translation>Поля CRM на шаге</translation>
    </message>
    <message>
        <source>CRM fields</source>
        <translation>Поля CRM</translation>
    </message>
    <message>
        <source>Shown on this step</source>
        <translation>Показываются на шаге</translation>
    </message>
    <message>
        <source>Search by name or code</source>
        <translation>Поиск по названию или коду</translation>
    </message>
    <message>
        <source>Drag to reorder. A locked field is read-only for the operator.</source>
        <translation>Порядок меняется перетаскиванием. Поле с замком оператор может только читать.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Add as</source>
        <translation>Добавить как</translation>
    </message>
    <message>
        <source>Editable →</source>
        <translation>Редактируемое →</translation>
    </message>
    <message>
        <source>Read-only →</source>
        <translation>Только чтение →</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>The CRM allows only reading this field.</source>
        <translation>CRM разрешает только читать это поле.</translation>
    </message>
</context>
<context>
    <name>FieldsSection</name>
    <message>
        <source>Client tab fields</source>
        <translation>Поля вкладки «Клиент»</translation>
    </message>
    <message>
        <source>Shown in the call card when the CRM has such an item for the caller's number. A lock means read-only.</source>
        <translation>Показываются в карточке звонка, если в CRM есть такая запись для номера звонящего. Замок — только чтение.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Сущность</translation>
    </message>
    <message>
        <source>Choose fields…</source>
        <translation>Выбрать поля…</translation>
    </message>
    <message>
        <source>Add, order and lock the fields (double-click the list)</source>
        <translation>Добавить, упорядочить и запереть поля (двойной щелчок по списку)</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>редактируемое</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>No fields: the Client tab shows only the number</source>
        <translation>Полей нет: на вкладке «Клиент» будет только номер</translation>
    </message>
    <message>
        <source>Shown on the Client tab</source>
        <translation>На вкладке «Клиент»</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>Create the supervisor account</source>
        <translation>Создайте учётную запись супервайзера</translation>
    </message>
    <message>
        <source>This database has no users yet. The account you create now gets the «%1» role: it administers the app — buttons, scripts, roles and users — and can add the operators.</source>
        <translation>В этой базе ещё нет пользователей. Учётная запись, которую вы создадите, получит роль «%1»: она управляет приложением — кнопками, скриптами, ролями и пользователями — и добавляет операторов.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повтор пароля</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Не короче %1 символов</translation>
    </message>
    <message>
        <source>e.g. Anna Petrova</source>
        <translation>например, Анна Петрова</translation>
    </message>
    <message>
        <source>Create account and sign in</source>
        <translation>Создать и войти</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Whose history to show; the call's result goes to this item</source>
        <translation>Чью историю показать; результат звонка запишется в эту запись</translation>
    </message>
    <message>
        <source>the CRM does not answer.</source>
        <translation>CRM не отвечает.</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>LapseDialog</name>
    <message>
        <source>Paid plan lapsed</source>
        <translation>Платный тариф истёк</translation>
    </message>
    <message>
        <source>Mark the paid plan as lapsed?</source>
        <translation>Отметить, что платный тариф истёк?</translation>
    </message>
    <message>
        <source>Only %1 (administers the app) and one other user chosen at random keep working. The other active users (%2) are blocked until the plan is renewed. Nothing is deleted, and the choice is recorded.</source>
        <translation>Работать смогут только %1 (администратор приложения) и ещё один пользователь, выбранный случайно. Остальные активные пользователи (%2) будут заблокированы до продления тарифа. Ничего не удаляется, выбор записывается в журнал.</translation>
    </message>
    <message>
        <source>Payment stopped</source>
        <translation>Оплата прекращена</translation>
    </message>
</context>
<context>
    <name>LeadStatusEditor</name>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Choose a status…</source>
        <translation>Выберите статус…</translation>
    </message>
    <message>
        <source>Set on press; the operator cannot change it.</source>
        <translation>Ставится при нажатии; оператор не может его изменить.</translation>
    </message>
    <message>
        <source>The CRM has no lead statuses to choose from.</source>
        <translation>В CRM нет статусов лидов для выбора.</translation>
    </message>
    <message>
        <source>%1 (not in the CRM)</source>
        <translation>%1 (нет в CRM)</translation>
    </message>
</context>
<context>
    <name>LintPanel</name>
    <message>
        <source>untitled step (%1)</source>
        <translation>шаг без названия (%1)</translation>
    </message>
    <message>
        <source>untitled step</source>
        <translation>шаг без названия</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>Cannot be reached from the start step: %1.</source>
        <translation>Нельзя попасть из начального шага: %1.</translation>
    </message>
    <message>
        <source>No way forward and not marked as final: %1.</source>
        <translation>Нет следующего шага, и шаг не отмечен как завершающий: %1.</translation>
    </message>
    <message>
        <source>The buttons after %2 would look the same: %1.</source>
        <translation>После шага %2 кнопки не различить: %1.</translation>
    </message>
    <message>
        <source>A loop with no way out: %1.</source>
        <translation>Цикл без выхода: %1.</translation>
    </message>
    <message>
        <source>No title, the button leading here would be blank: %1.</source>
        <translation>Нет названия, кнопка перехода сюда будет пустой: %1.</translation>
    </message>
    <message>
        <source>The script has no start step.</source>
        <translation>У скрипта нет начального шага.</translation>
    </message>
    <message>
        <source>No issues</source>
        <translation>Нет замечаний</translation>
    </message>
    <message>
        <source>Click an issue to select its steps. Issues never block saving or publishing.</source>
        <translation>Нажмите на замечание, чтобы выделить его шаги. Замечания не мешают сохранению и публикации.</translation>
    </message>
    <message>
        <source>Issues: %1</source>
        <translation>Замечания: %1</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Замечания</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Operator Desk</source>
        <translation>Рабочий стол оператора</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Первый запуск</translation>
    </message>
    <message>
        <source>Sign in to start work</source>
        <translation>Войдите, чтобы начать работу</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>The database did not open</source>
        <translation>База данных не открылась</translation>
    </message>
    <message>
        <source>Signing in as soon as the database has opened…</source>
        <translation>Войдём, как только откроется база данных…</translation>
    </message>
    <message>
        <source>Connecting to the server %1…</source>
        <translation>Подключаемся к серверу %1…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открываем базу данных…</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>Your account is paused because the team's plan has lapsed. It works again once the plan is renewed; please tell your supervisor.</source>
        <translation>Ваша учётная запись приостановлена: тарифный план команды истёк. Она снова заработает после продления плана — сообщите супервайзеру.</translation>
    </message>
    <message>
        <source>Your account is blocked. Ask your supervisor to unblock it.</source>
        <translation>Ваша учётная запись заблокирована. Попросите супервайзера её разблокировать.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Пароль должен быть не короче %1 символов.</translation>
    </message>
    <message>
        <source>The passwords do not match. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>Could not create the account: %1</source>
        <translation>Не удалось создать учётную запись: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PBX: connecting…</source>
        <translation>АТС: подключение…</translation>
    </message>
    <message>
        <source>PBX: connected</source>
        <translation>АТС: подключено</translation>
    </message>
    <message>
        <source>PBX: no connection, retrying</source>
        <translation>АТС: нет связи, повторяем попытки</translation>
    </message>
    <message>
        <source>PBX: the login was refused</source>
        <translation>АТС: вход отклонён</translation>
    </message>
    <message>
        <source>«%1» is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>&amp;CRM connection…</source>
        <translation>Подключение к &amp;CRM…</translation>
    </message>
    <message>
        <source>&amp;PBX connection…</source>
        <translation>Подключение к &amp;АТС…</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>Open the card of an outgoing call (Enter)</source>
        <translation>Открыть карточку исходящего звонка (Enter)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Scripts, buttons and roles (Ctrl+,)</source>
        <translation>Скрипты, кнопки и роли (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Refresh calls</source>
        <translation>&amp;Обновить список звонков</translation>
    </message>
    <message>
        <source>&amp;About Operator Desk</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Последние звонки</translation>
    </message>
    <message>
        <source>Embedded CRM</source>
        <translation>Встроенная CRM</translation>
    </message>
    <message>
        <source>Bitrix24</source>
        <translation>Битрикс24</translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation>вся команда</translation>
    </message>
    <message>
        <source>your calls</source>
        <translation>ваши звонки</translation>
    </message>
    <message>
        <source>About Operator Desk</source>
        <translation>О программе «Рабочий стол оператора»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Operator Desk %1&lt;/h3&gt;&lt;p&gt;Call scripts, the call card and call results for teams that sell and support by phone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Рабочий стол оператора %1&lt;/h3&gt;&lt;p&gt;Скрипты звонков, карточка звонка и результаты звонков для команд, которые продают и поддерживают клиентов по телефону.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Duration:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Optional, e.g. Meeting with {{contact.NAME}}</source>
        <translation>Необязательно, например: Встреча с {{contact.NAME}}</translation>
    </message>
    <message>
        <source>The operator may change the date and time before the meeting is created.</source>
        <translation>Оператор может изменить дату и время перед созданием встречи.</translation>
    </message>
</context>
<context>
    <name>MissingPage</name>
    <message>
        <source>No client with this number</source>
        <translation>Клиент с этим номером не найден</translation>
    </message>
    <message>
        <source>«%1» is not a phone number the CRM can search by.</source>
        <translation>«%1» — не номер телефона, по нему нельзя искать в CRM.</translation>
    </message>
    <message>
        <source>Create a lead now, or just record the call's result: a lead is created with it.</source>
        <translation>Создайте лид сейчас или просто запишите результат звонка — лид создастся вместе с ним.</translation>
    </message>
</context>
<context>
    <name>NewLeadForm</name>
    <message>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <source>The caller's name</source>
        <translation>Имя звонящего</translation>
    </message>
    <message>
        <source>Create lead</source>
        <translation>Создать лид</translation>
    </message>
    <message>
        <source>Create a lead with this name and number (Enter)</source>
        <translation>Создать лид с этим именем и номером (Enter)</translation>
    </message>
    <message>
        <source>Creating the lead… It appears here as soon as the CRM has it.</source>
        <translation>Создаём лид… Он появится здесь, как только CRM его сохранит.</translation>
    </message>
    <message>
        <source>Enter a phone number such as +7 999 123-45-67.</source>
        <translation>Введите номер телефона, например +7 999 123-45-67.</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>Password for the first sign-in</source>
        <translation>Пароль для первого входа</translation>
    </message>
    <message>
        <source>User «%1» added</source>
        <translation>Пользователь «%1» добавлен</translation>
    </message>
    <message>
        <source>Give this password to %1 (login %2). At the first sign-in the app asks them to choose their own.</source>
        <translation>Передайте этот пароль: %1 (логин %2). При первом входе приложение попросит задать свой пароль.</translation>
    </message>
    <message>
        <source>The password is shown only once: the app does not keep it. Copy it now.</source>
        <translation>Пароль показывается только один раз: приложение его не хранит. Скопируйте его сейчас.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Next try at %1</source>
        <translation>Следующая попытка в %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Перезвон</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <source>Saved fields</source>
        <translation>Сохранение полей</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Статус лида</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Стадия сделки</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>CRM writes not yet delivered</source>
        <translation>Изменения, ещё не отправленные в CRM</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Send the selected write to the CRM again now</source>
        <translation>Отправить выбранное изменение в CRM ещё раз сейчас</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Отменить…</translation>
    </message>
    <message>
        <source>Never send the selected write</source>
        <translation>Никогда не отправлять выбранное изменение</translation>
    </message>
    <message>
        <source>Everything is in the CRM</source>
        <translation>Всё уже в CRM</translation>
    </message>
    <message>
        <source>Comments, callbacks, statuses and saved fields wait here while the CRM cannot be reached, and are sent as soon as it answers.</source>
        <translation>Комментарии, перезвоны, статусы и сохранённые поля ждут здесь, пока CRM недоступна, и отправляются, как только она ответит.</translation>
    </message>
    <message>
        <source>Waiting: %1 · failed: %2</source>
        <translation>Ожидают: %1 · отклонены: %2</translation>
    </message>
    <message>
        <source>Nothing waits for the CRM.</source>
        <translation>Ничего не ждёт отправки в CRM.</translation>
    </message>
    <message>
        <source>Discard «%1»? It will never be sent to the CRM; the record of it stays in the database.</source>
        <translation>Отменить «%1»? Это изменение никогда не будет отправлено в CRM; запись о нём останется в базе данных.</translation>
    </message>
    <message>
        <source>Discard the CRM write</source>
        <translation>Отмена изменения в CRM</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Задайте свой пароль</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Добро пожаловать, %1</translation>
    </message>
    <message>
        <source>You signed in with a password for the first sign-in. Choose your own password: the one-time password stops working.</source>
        <translation>Вы вошли с паролем для первого входа. Задайте свой пароль: одноразовый пароль перестанет действовать.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Повторите:</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Не меньше %1 символов</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Сохранить и продолжить</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>Пароль должен быть не короче %1 символов.</translation>
    </message>
    <message>
        <source>The passwords do not match. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>Choose a password different from the one-time password.</source>
        <translation>Новый пароль должен отличаться от одноразового.</translation>
    </message>
    <message>
        <source>The password was changed meanwhile. Sign in again.</source>
        <translation>Пароль тем временем уже изменили. Войдите заново.</translation>
    </message>
    <message>
        <source>Could not change the password: %1</source>
        <translation>Не удалось сменить пароль: %1</translation>
    </message>
</context>
<context>
    <name>PbxDialog</name>
    <message>
        <source>PBX connection</source>
        <translation>Подключение к АТС</translation>
    </message>
    <message>
        <source>Calls from the PBX</source>
        <translation>Звонки с АТС</translation>
    </message>
    <message>
        <source>When a call rings on your phone, the call card opens by itself. Operator Desk learns about calls from the Asterisk manager interface (AMI) of your PBX.</source>
        <translation>Когда на ваш телефон поступает звонок, карточка звонка открывается сама. Рабочий стол оператора узнаёт о звонках через интерфейс управления Asterisk (AMI) вашей АТС.</translation>
    </message>
    <message>
        <source>&amp;Open the call card for calls from the PBX</source>
        <translation>&amp;Открывать карточку звонка при звонках с АТС</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Пор&amp;т:</translation>
    </message>
    <message>
        <source>AMI &amp;user:</source>
        <translation>&amp;Пользователь AMI:</translation>
    </message>
    <message>
        <source>AMI &amp;secret:</source>
        <translation>Па&amp;роль AMI:</translation>
    </message>
    <message>
        <source>Your e&amp;xtension:</source>
        <translation>Ваш &amp;внутренний номер:</translation>
    </message>
    <message>
        <source>pbx.example.com or 10.0.0.5</source>
        <translation>pbx.example.com или 10.0.0.5</translation>
    </message>
    <message>
        <source>For example 101</source>
        <translation>Например, 101</translation>
    </message>
    <message>
        <source>Saved; type a new one to replace it</source>
        <translation>Сохранён; чтобы заменить, введите новый</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Проверить по&amp;дключение</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Type the PBX's host name or address.</source>
        <translation>Укажите имя или адрес АТС.</translation>
    </message>
    <message>
        <source>Type the port of the manager interface (usually 5038).</source>
        <translation>Укажите порт интерфейса управления (обычно 5038).</translation>
    </message>
    <message>
        <source>Type the AMI user name.</source>
        <translation>Укажите пользователя AMI.</translation>
    </message>
    <message>
        <source>Type the AMI secret.</source>
        <translation>Укажите пароль AMI.</translation>
    </message>
    <message>
        <source>Type your extension: the number of your phone on the PBX.</source>
        <translation>Укажите ваш внутренний номер — номер вашего телефона на АТС.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Проверка не удалась: %1</translation>
    </message>
    <message>
        <source>Connected: the PBX accepted the user and the secret.</source>
        <translation>Подключено: АТС приняла пользователя и пароль.</translation>
    </message>
    <message>
        <source>The PBX refused the user name or the secret.</source>
        <translation>АТС отклонила имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>Something answers at %1, but it is not an Asterisk manager interface. Check the port.</source>
        <translation>По адресу %1 что-то отвечает, но это не интерфейс управления Asterisk. Проверьте порт.</translation>
    </message>
    <message>
        <source>The PBX did not answer in time. Try again, or check the network.</source>
        <translation>АТС не ответила вовремя. Попробуйте ещё раз или проверьте сеть.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the host and the port, and that the manager interface is on.</source>
        <translation>По адресу %1 никто не отвечает. Проверьте сервер и порт, а также включён ли интерфейс управления.</translation>
    </message>
    <message>
        <source>No system keyring: the secret is kept for this session only.</source>
        <translation>Нет системного хранилища паролей: пароль сохранён только до закрытия программы.</translation>
    </message>
    <message>
        <source>The secret was not saved: %1</source>
        <translation>Пароль не сохранён: %1</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Renew the plan</source>
        <translation>Продление тарифа</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Смена тарифа</translation>
    </message>
    <message>
        <source>Everyone the lapse blocked gets their role back, as far as the plan's seats allow.</source>
        <translation>Все, кого заблокировало окончание тарифа, снова получат свои роли — сколько позволяют места тарифа.</translation>
    </message>
    <message>
        <source>The plan limits how many users are active at once. Seats in use now: %1.</source>
        <translation>Тариф ограничивает число одновременно активных пользователей. Сейчас занято мест: %1.</translation>
    </message>
    <message>
        <source>&amp;Paid until:</source>
        <translation>&amp;Оплачен до:</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Продлить</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Free — up to 2 users</source>
        <translation>Бесплатный — до 2 пользователей</translation>
    </message>
    <message>
        <source>Team — up to 7 users</source>
        <translation>Команда — до 7 пользователей</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Без ограничений</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Сменить тариф…</translation>
    </message>
    <message>
        <source>Payment stopped…</source>
        <translation>Оплата прекращена…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Продлить…</translation>
    </message>
    <message>
        <source> (lapsed)</source>
        <translation> (истёк)</translation>
    </message>
    <message>
        <source>Seats in use: %1 (no limit)</source>
        <translation>Занято мест: %1 (без ограничений)</translation>
    </message>
    <message>
        <source>Seats in use: %1 of %2</source>
        <translation>Занято мест: %1 из %2</translation>
    </message>
    <message>
        <source>Free: never lapses</source>
        <translation>Бесплатный: не истекает</translation>
    </message>
    <message>
        <source>Was paid until %1</source>
        <translation>Был оплачен до %1</translation>
    </message>
    <message>
        <source>Paid until %1</source>
        <translation>Оплачен до %1</translation>
    </message>
    <message>
        <source>Payment date not set</source>
        <translation>Срок оплаты не указан</translation>
    </message>
    <message>
        <source>Renew the plan instead: the renewal chooses the plan too.</source>
        <translation>Вместо этого продлите тариф: при продлении тоже выбирается тариф.</translation>
    </message>
    <message>
        <source>Choose the plan and the date it is paid until</source>
        <translation>Выбрать тариф и дату, до которой он оплачен</translation>
    </message>
    <message>
        <source>When payment stops: only the administering supervisor and one user chosen at random keep working</source>
        <translation>Когда оплата прекратилась: работать смогут только супервайзер-администратор и один случайно выбранный пользователь</translation>
    </message>
    <message>
        <source>The free plan never lapses.</source>
        <translation>Бесплатный тариф не истекает.</translation>
    </message>
    <message>
        <source>Pay again: everyone blocked by the lapse gets their role back</source>
        <translation>Оплатить снова: все заблокированные из-за тарифа получат свои роли обратно</translation>
    </message>
    <message>
        <source>%1 (administers the app) and %2 (chosen at random)</source>
        <translation>%1 (администратор приложения) и %2 (выбран случайно)</translation>
    </message>
    <message>
        <source>%1 (administers the app)</source>
        <translation>%1 (администратор приложения)</translation>
    </message>
    <message>
        <source>The paid plan has lapsed. Access kept: %1. Blocked until renewal: %2. Nothing was deleted; renewing gives everyone their role back.</source>
        <translation>Платный тариф истёк. Доступ сохранили: %1. Заблокировано до продления: %2. Ничего не удалено; после продления все получат свои роли обратно.</translation>
    </message>
    <message>
        <source>Could not mark the plan lapsed</source>
        <translation>Не удалось отметить окончание тарифа</translation>
    </message>
    <message>
        <source>Paid plan lapsed</source>
        <translation>Платный тариф истёк</translation>
    </message>
    <message>
        <source>Only %1 keeps working: there was nobody else to choose.</source>
        <translation>Работать может только %1: больше выбирать было некого.</translation>
    </message>
    <message>
        <source>%1 keeps working as the administering supervisor, and %2 was chosen at random to keep their role. Everyone else is blocked until the plan is renewed.</source>
        <translation>%1 продолжает работать как супервайзер-администратор, а %2 — выбран случайно и сохраняет свою роль. Остальные заблокированы до продления тарифа.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>One step back (Backspace)</source>
        <translation>На шаг назад (Backspace)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Сначала</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>As the operator sees it. Keys 1–9 choose the next step. Nothing is saved.</source>
        <translation>Так скрипт видит оператор. Клавиши 1–9 выбирают следующий шаг. Ничего не сохраняется.</translation>
    </message>
    <message>
        <source>The script has no start step</source>
        <translation>У скрипта нет начального шага</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(шаг без названия)</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Клавиша %1</translation>
    </message>
    <message>
        <source>The script ends here.</source>
        <translation>Здесь скрипт заканчивается.</translation>
    </message>
    <message>
        <source>No way forward from this step.</source>
        <translation>С этого шага перейти некуда.</translation>
    </message>
    <message>
        <source>The operator fills this in</source>
        <translation>Заполняет оператор</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish the script</source>
        <translation>Публикация скрипта</translation>
    </message>
    <message>
        <source>Publish «%1»</source>
        <translation>Опубликовать «%1»</translation>
    </message>
    <message>
        <source>Operators get the new version with their next call.</source>
        <translation>Операторы получат новую версию со следующим звонком.</translation>
    </message>
    <message>
        <source>Your unsaved changes are saved first.</source>
        <translation>Несохранённые изменения будут сначала сохранены.</translation>
    </message>
    <message>
        <source>Lint found %1 issue(s); you may still publish.</source>
        <translation>Замечаний: %1. Опубликовать всё равно можно.</translation>
    </message>
    <message>
        <source>Note for this version (optional)</source>
        <translation>Комментарий к версии (необязательно)</translation>
    </message>
    <message>
        <source>What changed, e.g. «new objection: too expensive»</source>
        <translation>Что изменилось, например: «новое возражение: дорого»</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
</context>
<context>
    <name>RecentCallsView</name>
    <message>
        <source>No calls yet</source>
        <translation>Звонков пока нет</translation>
    </message>
    <message>
        <source>Calls appear here when they arrive.</source>
        <translation>Звонки появятся здесь, как только начнут поступать.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unfinished calls</source>
        <translation>Незавершённые звонки</translation>
    </message>
    <message>
        <source>Some call cards were not closed</source>
        <translation>Некоторые карточки звонков не были закрыты</translation>
    </message>
    <message>
        <source>The app stopped during these calls. Reopen the cards exactly where they were (script step, typed values, result), or close them as they are.</source>
        <translation>Приложение остановилось во время этих звонков. Откройте карточки там, где работа прервалась (шаг скрипта, введённые данные, результат), или закройте их как есть.</translation>
    </message>
    <message>
        <source>Reopen the cards</source>
        <translation>Открыть карточки</translation>
    </message>
    <message>
        <source>Close them</source>
        <translation>Закрыть их</translation>
    </message>
    <message>
        <source>step «%1»</source>
        <translation>шаг «%1»</translation>
    </message>
    <message>
        <source>result recorded</source>
        <translation>результат отмечен</translation>
    </message>
</context>
<context>
    <name>RemoveUserDialog</name>
    <message>
        <source>Remove user</source>
        <translation>Удаление пользователя</translation>
    </message>
    <message>
        <source>Remove %1 (login %2)?</source>
        <translation>Удалить пользователя %1 (логин %2)?</translation>
    </message>
    <message>
        <source>They can no longer sign in. Their calls stay in the history. To let them work again later, block the user instead.</source>
        <translation>Он больше не сможет войти. Его звонки останутся в истории. Если позже он снова понадобится, лучше заблокируйте его.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Record the result</source>
        <translation>Записать результат</translation>
    </message>
    <message>
        <source>Enter records the result; Shift+Enter starts a new line.</source>
        <translation>Enter — записать результат; Shift+Enter — новая строка.</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Перезвон</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Lead status → «%1»</source>
        <translation>Статус лида → «%1»</translation>
    </message>
    <message>
        <source>Deal stage → «%1»</source>
        <translation>Стадия сделки → «%1»</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>Type the comment</source>
        <translation>Введите комментарий</translation>
    </message>
    <message>
        <source>Type the comment.</source>
        <translation>Введите комментарий.</translation>
    </message>
    <message>
        <source>Choose the date and time.</source>
        <translation>Выберите дату и время.</translation>
    </message>
    <message>
        <source>This moment has passed: choose a later one.</source>
        <translation>Это время уже прошло: выберите более позднее.</translation>
    </message>
    <message>
        <source>No client with this number: the result creates a new lead for it.</source>
        <translation>Клиента с этим номером нет: результат создаст для него новый лид.</translation>
    </message>
    <message>
        <source>No lead for this number: the lead status is not changed.</source>
        <translation>Лида с этим номером нет: статус лида не изменится.</translation>
    </message>
    <message>
        <source>No deal for this number: the stage is not changed.</source>
        <translation>Сделки с этим номером нет: стадия не изменится.</translation>
    </message>
    <message>
        <source>The deal is in another pipeline: the stage is not changed.</source>
        <translation>Сделка в другой воронке: стадия не изменится.</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>Role «%1»</source>
        <translation>Роль «%1»</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Новая роль</translation>
    </message>
    <message>
        <source>The system role: it manages the settings and must always have an active holder. It can be renamed but not deleted.</source>
        <translation>Системная роль: управляет настройками, и у неё всегда должен быть хотя бы один активный пользователь. Её можно переименовать, но нельзя удалить.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>For example: Sales operator</source>
        <translation>Например: Оператор продаж</translation>
    </message>
    <message>
        <source>Do not close the call card when the call ends</source>
        <translation>Не закрывать карточку звонка после его завершения</translation>
    </message>
    <message>
        <source>Leaves time for after-call work: the operator closes the card when done.</source>
        <translation>Время на работу после звонка: оператор закрывает карточку сам, когда закончит.</translation>
    </message>
    <message>
        <source>A call result is required</source>
        <translation>Результат звонка обязателен</translation>
    </message>
    <message>
        <source>Closing a finished call's card without a result asks the operator to confirm.</source>
        <translation>Закрыть карточку завершённого звонка без результата можно только после подтверждения.</translation>
    </message>
    <message>
        <source>May manage the app's settings</source>
        <translation>Разрешить управлять настройками приложения</translation>
    </message>
    <message>
        <source>Opens this window: buttons, scripts, roles and users.</source>
        <translation>Открывает это окно: кнопки, скрипты, роли и пользователей.</translation>
    </message>
    <message>
        <source>The system role always manages the settings.</source>
        <translation>Системная роль всегда управляет настройками.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Скрипт</translation>
    </message>
    <message>
        <source>Enter the role's name.</source>
        <translation>Введите название роли.</translation>
    </message>
    <message>
        <source>A role named «%1» already exists. Choose another name.</source>
        <translation>Роль «%1» уже есть. Выберите другое название.</translation>
    </message>
    <message>
        <source>A button chosen here was deleted meanwhile. Remove it from the list and save again.</source>
        <translation>Одну из выбранных кнопок тем временем удалили. Уберите её из списка и сохраните снова.</translation>
    </message>
    <message>
        <source>A script ticked here was deleted meanwhile. Untick it and save again.</source>
        <translation>Один из отмеченных скриптов тем временем удалили. Снимите отметку и сохраните снова.</translation>
    </message>
    <message>
        <source>This role was deleted meanwhile; close the editor.</source>
        <translation>Эту роль тем временем удалили; закройте редактор.</translation>
    </message>
    <message>
        <source>Someone else saved this role while you edited it. Close the editor, open the role again and repeat your changes.</source>
        <translation>Пока вы редактировали роль, её сохранил кто-то другой. Закройте редактор, откройте роль заново и повторите изменения.</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Users holding the role</source>
        <translation>Пользователей с этой ролью</translation>
    </message>
    <message>
        <source>The system role: manages the settings, always has an active holder, can be renamed but not deleted.</source>
        <translation>Системная роль: управляет настройками, у неё всегда есть активный пользователь; её можно переименовать, но нельзя удалить.</translation>
    </message>
    <message>
        <source>May manage the app's settings.</source>
        <translation>Может управлять настройками приложения.</translation>
    </message>
    <message>
        <source>The call card stays open after the call.</source>
        <translation>Карточка звонка остаётся открытой после звонка.</translation>
    </message>
    <message>
        <source>system role</source>
        <translation>системная роль</translation>
    </message>
    <message>
        <source>manages settings</source>
        <translation>управляет настройками</translation>
    </message>
    <message>
        <source>buttons: %1</source>
        <translation>кнопок: %1</translation>
    </message>
    <message>
        <source>scripts: %1</source>
        <translation>скриптов: %1</translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation>полей: %1</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>What operators get in the call card: fields, buttons, scripts.</source>
        <translation>Что операторы получают в карточке звонка: поля, кнопки, скрипты.</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Добавить роль</translation>
    </message>
    <message>
        <source>Add a role (Ins, Ctrl+N)</source>
        <translation>Добавить роль (Ins, Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit the role (F2, Enter)</source>
        <translation>Изменить роль (F2, Enter)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Make a copy of the role (Ctrl+D)</source>
        <translation>Сделать копию роли (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cannot delete: %1</source>
        <translation>Удалить нельзя: %1</translation>
    </message>
    <message>
        <source>Delete the role (Del)</source>
        <translation>Удалить роль (Del)</translation>
    </message>
    <message>
        <source>Could not open the role</source>
        <translation>Не удалось открыть роль</translation>
    </message>
    <message>
        <source>Could not duplicate the role</source>
        <translation>Не удалось дублировать роль</translation>
    </message>
    <message>
        <source>Cannot delete the role</source>
        <translation>Роль нельзя удалить</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Удаление роли</translation>
    </message>
    <message>
        <source>Delete the role «%1»?</source>
        <translation>Удалить роль «%1»?</translation>
    </message>
    <message>
        <source>No user holds it. Its buttons and scripts stay.</source>
        <translation>У этой роли нет пользователей. Её кнопки и скрипты останутся.</translation>
    </message>
    <message>
        <source>Could not delete the role</source>
        <translation>Не удалось удалить роль</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>Who may work in the app, and what each role gets in the call card.</source>
        <translation>Кто может работать в приложении и что каждая роль получает в карточке звонка.</translation>
    </message>
    <message>
        <source>Could not load the users and roles</source>
        <translation>Не удалось загрузить пользователей и роли</translation>
    </message>
</context>
<context>
    <name>RosterErrors</name>
    <message>
        <source>%1 is the last active user with the role «%2». The app always needs one: give this role to another user first.</source>
        <translation>%1 — последний активный пользователь с ролью «%2», а она всегда должна быть хотя бы у одного. Сначала назначьте эту роль другому пользователю.</translation>
    </message>
    <message>
        <source>The plan allows %1 active users, and all seats are taken. Block a user or change the plan first.</source>
        <translation>Тариф допускает активных пользователей: %1, и все места заняты. Сначала заблокируйте кого-нибудь или смените тариф.</translation>
    </message>
    <message>
        <source>«%1» is the system role: it can be renamed but not deleted.</source>
        <translation>«%1» — системная роль: её можно переименовать, но нельзя удалить.</translation>
    </message>
    <message>
        <source>The role «%1» is held by: %2. Move them to another role first, then delete the role.</source>
        <translation>Роль «%1» назначена пользователям: %2. Сначала переведите их в другую роль, затем удалите эту.</translation>
    </message>
    <message>
        <source>At least one active user must keep the system role; give it to another user first.</source>
        <translation>Системная роль должна быть хотя бы у одного активного пользователя; сначала назначьте её другому.</translation>
    </message>
    <message>
        <source>The chosen plan allows %1 active users, and %2 are active now. Block %3 of them first.</source>
        <translation>Выбранный тариф допускает активных пользователей: %1, а сейчас активны %2. Сначала заблокируйте лишних: %3.</translation>
    </message>
    <message>
        <source>«%1» was changed by someone else meanwhile. The list now shows their version; try again.</source>
        <translation>«%1» тем временем изменил кто-то другой. В списке теперь его версия; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>It no longer exists; someone may have deleted it. The list is reloaded.</source>
        <translation>Этого больше нет — возможно, кто-то удалил. Список обновлён.</translation>
    </message>
    <message>
        <source>The database is unavailable, nothing was changed. %1</source>
        <translation>База данных недоступна, ничего не изменено. %1</translation>
    </message>
    <message>
        <source>Sign in to change the app's settings.</source>
        <translation>Войдите, чтобы менять настройки приложения.</translation>
    </message>
    <message>
        <source>Your account no longer exists; ask your supervisor.</source>
        <translation>Вашей учётной записи больше нет; обратитесь к супервайзеру.</translation>
    </message>
    <message>
        <source>Your account is blocked; ask your supervisor.</source>
        <translation>Ваша учётная запись заблокирована; обратитесь к супервайзеру.</translation>
    </message>
    <message>
        <source>Change your first-login password before changing the app's settings.</source>
        <translation>Прежде чем менять настройки, смените пароль для первого входа.</translation>
    </message>
    <message>
        <source>Your role may not manage the app's settings.</source>
        <translation>Вашей роли не разрешено управлять настройками приложения.</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the changed fields to the CRM (Ctrl+S)</source>
        <translation>Сохранить изменённые поля в CRM (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ScriptCanvas</name>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Выделить все</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Переименовать шаг</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Actual size (100%)</source>
        <translation>Реальный размер (100%)</translation>
    </message>
    <message>
        <source>Fit all steps</source>
        <translation>Показать все шаги</translation>
    </message>
    <message>
        <source>Arrange steps automatically</source>
        <translation>Расставить шаги автоматически</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <source>Untitled step</source>
        <translation>Шаг без названия</translation>
    </message>
    <message>
        <source>Delete the step «%1» and its CRM fields?</source>
        <translation>Удалить шаг «%1» вместе с его полями CRM?</translation>
    </message>
    <message>
        <source>Delete %1 steps? Some of them have CRM fields.</source>
        <translation>Удалить выбранные шаги (%1)? У некоторых из них есть поля CRM.</translation>
    </message>
    <message>
        <source>Add CRM fields…</source>
        <translation>Добавить поля CRM…</translation>
    </message>
    <message>
        <source>Set as start step</source>
        <translation>Сделать начальным шагом</translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>Отметить как конечный шаг</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <source>Add step here</source>
        <translation>Добавить шаг сюда</translation>
    </message>
    <message>
        <source>Double-click anywhere to add the first step</source>
        <translation>Дважды щёлкните в любом месте, чтобы добавить первый шаг</translation>
    </message>
</context>
<context>
    <name>ScriptDetailsDialog</name>
    <message>
        <source>Edit script</source>
        <translation>Изменить скрипт</translation>
    </message>
    <message>
        <source>Add script</source>
        <translation>Добавить скрипт</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>For example: Inbound call, sales</source>
        <translation>Например: Входящий звонок, продажа</translation>
    </message>
    <message>
        <source>What the script is for, and when operators use it (optional)</source>
        <translation>Для чего скрипт и когда операторы его используют (необязательно)</translation>
    </message>
    <message>
        <source>Shift+Enter starts a new line.</source>
        <translation>Shift+Enter — новая строка.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>A script named «%1» already exists. Choose another name.</source>
        <translation>Скрипт с названием «%1» уже есть. Выберите другое название.</translation>
    </message>
    <message>
        <source>Enter the script's name.</source>
        <translation>Введите название скрипта.</translation>
    </message>
</context>
<context>
    <name>ScriptDocument</name>
    <message>
        <source>Add step</source>
        <translation>добавление шага</translation>
    </message>
    <message>
        <source>Link steps</source>
        <translation>связь шагов</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>удаление связи</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>переименование шага</translation>
    </message>
    <message>
        <source>Edit step text</source>
        <translation>изменение текста шага</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>перемещение</translation>
    </message>
    <message>
        <source>Edit fields</source>
        <translation>изменение полей</translation>
    </message>
    <message>
        <source>Set start step</source>
        <translation>выбор начального шага</translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>отметка конечного шага</translation>
    </message>
    <message>
        <source>Unmark final step</source>
        <translation>снятие отметки конечного шага</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>дублирование</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>вставка</translation>
    </message>
    <message>
        <source>Auto layout</source>
        <translation>авторасстановка шагов</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to «%1» before closing?</source>
        <translation>Сохранить изменения в «%1» перед закрытием?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Опубликовать…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Версии…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Найти &amp;следующий</translation>
    </message>
    <message>
        <source>Find p&amp;revious</source>
        <translation>Найти &amp;предыдущий</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>Пред&amp;просмотр</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Сохранить черновик (Ctrl+S)</translation>
    </message>
    <message>
        <source>Publish the draft: operators get it</source>
        <translation>Опубликовать черновик: его получат операторы</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Опубликованные версии</translation>
    </message>
    <message>
        <source>Find a step (Ctrl+F)</source>
        <translation>Найти шаг (Ctrl+F)</translation>
    </message>
    <message>
        <source>Run the script as the operator sees it (F5)</source>
        <translation>Пройти скрипт так, как его видит оператор (F5)</translation>
    </message>
    <message>
        <source>&amp;Script</source>
        <translation>&amp;Скрипт</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Дизайнер</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>Шагов: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The script was not saved</source>
        <translation>Скрипт не сохранён</translation>
    </message>
    <message>
        <source>%1

Your changes are still here; try saving again.</source>
        <translation>%1

Ваши изменения на месте; попробуйте сохранить ещё раз.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Your role may no longer manage the app's settings.</source>
        <translation>Ваша роль больше не может управлять настройками приложения.</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Загрузить их версию</translation>
    </message>
    <message>
        <source>Your changes to «%1» will be lost. Load the version the other supervisor saved?</source>
        <translation>Ваши изменения в «%1» будут потеряны. Загрузить версию, сохранённую другим супервайзером?</translation>
    </message>
    <message>
        <source>The script was not loaded</source>
        <translation>Скрипт не загружен</translation>
    </message>
    <message>
        <source>Loaded the version saved by the other supervisor.</source>
        <translation>Загружена версия, сохранённая другим супервайзером.</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Копия не сохранена</translation>
    </message>
    <message>
        <source>Your version is saved as «%1»; the original keeps the other supervisor's changes.</source>
        <translation>Ваша версия сохранена как «%1»; в исходном скрипте остались изменения другого супервайзера.</translation>
    </message>
    <message>
        <source>The script was not published</source>
        <translation>Скрипт не опубликован</translation>
    </message>
    <message>
        <source>Version %1 published: operators get it with their next call.</source>
        <translation>Версия %1 опубликована: операторы получат её со следующим звонком.</translation>
    </message>
    <message>
        <source>The version is restored into the draft.</source>
        <translation>Версия восстановлена в черновик.</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <source>No script is assigned to your role.
Work with the Client tab and the result buttons.</source>
        <translation>Вашей роли не назначен скрипт.
Работайте на вкладке «Клиент» и с кнопками результата.</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>исходящий</translation>
    </message>
</context>
<context>
    <name>ScriptPicker</name>
    <message>
        <source>Choose a script</source>
        <translation>Выберите скрипт</translation>
    </message>
    <message>
        <source>Find a script</source>
        <translation>Найти скрипт</translation>
    </message>
    <message>
        <source>No script matches.</source>
        <translation>Такого скрипта нет.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Back to the step</source>
        <translation>Вернуться к шагу</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open, Esc to go back to the step.</source>
        <translation>↑ ↓ — выбрать, Enter — открыть, Esc — вернуться к шагу.</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to open.</source>
        <translation>↑ ↓ — выбрать, Enter — открыть.</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Идёт сейчас</translation>
    </message>
    <message>
        <source>Used recently</source>
        <translation>Недавно использовался</translation>
    </message>
</context>
<context>
    <name>ScriptsModel</name>
    <message>
        <source>Script</source>
        <translation>Скрипт</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шагов</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>unpublished changes</source>
        <translation>есть неопубликованные изменения</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>не опубликован</translation>
    </message>
    <message>
        <source>The draft has changes operators do not get until you publish it in the designer.</source>
        <translation>В черновике есть изменения, которые операторы получат только после публикации в дизайнере.</translation>
    </message>
    <message>
        <source>Roles whose operators run this script: %1</source>
        <translation>Роли, операторы которых работают по этому скрипту: %1</translation>
    </message>
    <message>
        <source>No role has this script yet; assign it on the Roles tab.</source>
        <translation>Скрипт пока не назначен ни одной роли; назначьте его на вкладке «Роли».</translation>
    </message>
</context>
<context>
    <name>ScriptsSection</name>
    <message>
        <source>Scripts</source>
        <translation>Скрипты</translation>
    </message>
    <message>
        <source>The scripts operators with this role run. With several, they choose one when the call starts; with one, it opens directly.</source>
        <translation>Скрипты, по которым работают операторы с этой ролью. Если их несколько, оператор выбирает скрипт в начале звонка; если один — он открывается сразу.</translation>
    </message>
    <message>
        <source>No script is ticked: operators with this role will have no script in the call card.</source>
        <translation>Не отмечен ни один скрипт: у операторов с этой ролью в карточке звонка не будет скрипта.</translation>
    </message>
</context>
<context>
    <name>ScriptsTab</name>
    <message>
        <source>Scripts guide operators through a call step by step. Draw them in the designer and publish; roles get their scripts on the Roles tab.</source>
        <translation>Скрипты ведут оператора по разговору шаг за шагом. Рисуйте их в дизайнере и публикуйте; роли получают скрипты на вкладке «Роли».</translation>
    </message>
    <message>
        <source>Add script</source>
        <translation>Добавить скрипт</translation>
    </message>
    <message>
        <source>Add a script (Ins, Ctrl+N)</source>
        <translation>Добавить скрипт (Ins, Ctrl+N)</translation>
    </message>
    <message>
        <source>Open in designer</source>
        <translation>Открыть в дизайнере</translation>
    </message>
    <message>
        <source>Draw the script's steps (Enter, double-click)</source>
        <translation>Нарисовать шаги скрипта (Enter, двойной щелчок)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Change the name and description (F2)</source>
        <translation>Изменить название и описание (F2)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Make a copy of the script (Ctrl+D)</source>
        <translation>Сделать копию скрипта (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the script (Del)</source>
        <translation>Удалить скрипт (Del)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search scripts (Ctrl+F)</source>
        <translation>Поиск скриптов (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search scripts</source>
        <translation>Поиск скриптов</translation>
    </message>
    <message>
        <source>Finds scripts by name, description or role (Ctrl+F)</source>
        <translation>Ищет скрипты по названию, описанию или роли (Ctrl+F)</translation>
    </message>
    <message>
        <source>Could not load the scripts</source>
        <translation>Не удалось загрузить скрипты</translation>
    </message>
    <message>
        <source>No scripts yet</source>
        <translation>Скриптов пока нет</translation>
    </message>
    <message>
        <source>Add a script, then draw its steps in the designer. Operators see a script once it is published and a role has it.</source>
        <translation>Добавьте скрипт и нарисуйте его шаги в дизайнере. Операторы увидят скрипт, когда он будет опубликован и назначен их роли.</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>No script matches «%1». Clear the search to see all scripts.</source>
        <translation>Нет скриптов по запросу «%1». Очистите поиск, чтобы увидеть все скрипты.</translation>
    </message>
    <message>
        <source>Scripts: %1</source>
        <translation>Скриптов: %1</translation>
    </message>
    <message>
        <source>Scripts: %1 of %2</source>
        <translation>Скриптов: %1 из %2</translation>
    </message>
    <message>
        <source>Could not add the script</source>
        <translation>Не удалось добавить скрипт</translation>
    </message>
    <message>
        <source>Could not save the script</source>
        <translation>Не удалось сохранить скрипт</translation>
    </message>
    <message>
        <source>Could not duplicate the script</source>
        <translation>Не удалось дублировать скрипт</translation>
    </message>
    <message>
        <source>Could not delete the script</source>
        <translation>Не удалось удалить скрипт</translation>
    </message>
    <message>
        <source>Could not open the script</source>
        <translation>Не удалось открыть скрипт</translation>
    </message>
    <message>
        <source>The script «%1» was changed by someone else meanwhile. The list now shows their version; try again.</source>
        <translation>Скрипт «%1» тем временем изменил кто-то другой. В списке теперь его версия; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This script no longer exists; someone may have deleted it.</source>
        <translation>Этого скрипта больше нет; возможно, его кто-то удалил.</translation>
    </message>
    <message>
        <source>The script is still used by these roles: %1.</source>
        <translation>Скрипт ещё используется в ролях: %1.</translation>
    </message>
    <message>
        <source>The database is unavailable, nothing was changed. %1</source>
        <translation>База данных недоступна, ничего не изменено. %1</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find a step by title or text</source>
        <translation>Найти шаг по названию или тексту</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Следующее совпадение (Enter, F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Закрыть (Escape)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>SearchingPage</name>
    <message>
        <source>Searching for the client…</source>
        <translation>Поиск клиента…</translation>
    </message>
    <message>
        <source>Looking up %1 in the CRM. The script and the result buttons work meanwhile.</source>
        <translation>Ищем %1 в CRM. Скрипт и кнопки результата уже работают.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Your role may not manage the app's settings.</source>
        <translation>Вашей роли не разрешено управлять настройками приложения.</translation>
    </message>
    <message>
        <source>Reading the fields from the CRM…</source>
        <translation>Читаем поля из CRM…</translation>
    </message>
    <message>
        <source>The CRM did not answer: {0}</source>
        <translation>CRM не ответила: {0}</translation>
    </message>
    <message>
        <source>The fields of the CRM are read anew.</source>
        <translation>Поля CRM прочитаны заново.</translation>
    </message>
    <message>
        <source>Change log — Operator Desk</source>
        <translation>Журнал изменений — Рабочий стол оператора</translation>
    </message>
    <message>
        <source>Settings — Operator Desk</source>
        <translation>Настройки — Рабочий стол оператора</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Кнопки</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Скрипты</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Reload fields</source>
        <translation>Обновить поля</translation>
    </message>
    <message>
        <source>Read the fields, statuses and pipelines from Bitrix24 again</source>
        <translation>Заново прочитать поля, статусы и воронки из Битрикс24</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Who changed buttons, scripts, roles, users and the plan, and when</source>
        <translation>Кто и когда менял кнопки, скрипты, роли, пользователей и тариф</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>User name</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>StepItem</name>
    <message>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Финал</translation>
    </message>
    <message>
        <source>Untitled step</source>
        <translation>Шаг без названия</translation>
    </message>
    <message>
        <source>Double-click to add text</source>
        <translation>Дважды щёлкните, чтобы добавить текст</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <source>Change script</source>
        <translation>Сменить скрипт</translation>
    </message>
    <message>
        <source>Choose another script (Ctrl+Shift+S); what you typed is kept</source>
        <translation>Выбрать другой скрипт (Ctrl+Shift+S); введённое сохранится</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>One step back (Backspace, Alt+Left)</source>
        <translation>На шаг назад (Backspace, Alt+←)</translation>
    </message>
    <message>
        <source>End of the script</source>
        <translation>Конец скрипта</translation>
    </message>
    <message>
        <source>Record the call's result with a button below.</source>
        <translation>Запишите результат звонка кнопкой внизу.</translation>
    </message>
    <message>
        <source>1–9: next step · Backspace: back</source>
        <translation>1–9 — следующий шаг · Backspace — назад</translation>
    </message>
    <message>
        <source>Backspace: back</source>
        <translation>Backspace — назад</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>e.g. Send the offer to {{contact.NAME}}</source>
        <translation>например: Отправить КП: {{contact.NAME}}</translation>
    </message>
    <message>
        <source>What to do, for whoever gets the task</source>
        <translation>Что сделать — для того, кто получит задачу</translation>
    </message>
    <message>
        <source>The operator who takes the call, or type a user's name</source>
        <translation>Оператор, принявший звонок, или впишите имя пользователя</translation>
    </message>
    <message>
        <source>The operator who takes the call</source>
        <translation>Оператор, принявший звонок</translation>
    </message>
</context>
<context>
    <name>TemplateEdit</name>
    <message>
        <source>A variable is written wrong: use {{entity.FIELD}}, for example {{contact.NAME}}.</source>
        <translation>Переменная записана с ошибкой: пишите {{entity.FIELD}}, например {{contact.NAME}}.</translation>
    </message>
    <message>
        <source>Unknown variable %1: the CRM has no such field. Insert one from the variables menu.</source>
        <translation>Неизвестная переменная %1: в CRM нет такого поля. Вставьте переменную из меню.</translation>
    </message>
    <message>
        <source>Unknown variables %1: the CRM has no such fields. Insert them from the variables menu.</source>
        <translation>Неизвестные переменные %1: в CRM нет таких полей. Вставьте переменные из меню.</translation>
    </message>
    <message>
        <source>Unknown variable {{%1}}: the CRM has no such field.</source>
        <translation>Неизвестная переменная {{%1}}: в CRM нет такого поля.</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <source>Operator's name</source>
        <translation>Имя оператора</translation>
    </message>
    <message>
        <source>Operator's user name</source>
        <translation>Логин оператора</translation>
    </message>
    <message>
        <source>Caller's number</source>
        <translation>Номер звонящего</translation>
    </message>
    <message>
        <source>Call direction</source>
        <translation>Направление звонка</translation>
    </message>
    <message>
        <source>Call date</source>
        <translation>Дата звонка</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>Время звонка</translation>
    </message>
    <message>
        <source>Insert variable: a value from the client's card, filled in when the button is pressed</source>
        <translation>Вставить переменную: значение из карточки клиента, подставляется при нажатии кнопки</translation>
    </message>
    <message>
        <source>Insert variable</source>
        <translation>Вставить переменную</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Перезвон</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Done · was due %1</source>
        <translation>Выполнено · срок был %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Загрузка истории…</translation>
    </message>
    <message>
        <source>No comments, activities or tasks yet.</source>
        <translation>Пока нет комментариев, дел и задач.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Не удалось загрузить историю: %1</translation>
    </message>
</context>
<context>
    <name>TroublePage</name>
    <message>
        <source>The CRM does not answer</source>
        <translation>CRM не отвечает</translation>
    </message>
    <message>
        <source>The CRM refused the connection</source>
        <translation>CRM отклонила подключение</translation>
    </message>
    <message>
        <source>The client could not be read from the CRM</source>
        <translation>Не удалось получить данные клиента из CRM</translation>
    </message>
    <message>
        <source>The call, the script and the result buttons work as usual; results reach the CRM when it is back.</source>
        <translation>Звонок, скрипт и кнопки результата работают как обычно; результаты попадут в CRM, когда она снова будет доступна.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Search the CRM for this number again</source>
        <translation>Ещё раз найти этот номер в CRM</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>blocked by plan</source>
        <translation>заблокирован тарифом</translation>
    </message>
    <message>
        <source>login: %1</source>
        <translation>логин: %1</translation>
    </message>
    <message>
        <source>administers the app</source>
        <translation>администратор приложения</translation>
    </message>
    <message>
        <source>invited: first sign-in pending</source>
        <translation>приглашён: ещё не входил</translation>
    </message>
    <message>
        <source>%1 administers the app: keeps access when a paid plan lapses.</source>
        <translation>%1 — администратор приложения: сохраняет доступ, когда платный тариф истекает.</translation>
    </message>
    <message>
        <source>Blocked because the paid plan lapsed; works again once it is renewed. Nothing was deleted.</source>
        <translation>Заблокирован, потому что платный тариф истёк; снова сможет работать после продления. Ничего не удалено.</translation>
    </message>
    <message>
        <source>Blocked by a supervisor: cannot sign in until unblocked.</source>
        <translation>Заблокирован супервайзером: не сможет войти, пока его не разблокируют.</translation>
    </message>
    <message>
        <source>Has not signed in yet.</source>
        <translation>Ещё ни разу не входил.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Could not remove %1</source>
        <translation>Не удалось удалить: %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>A user works in the app with the one role given here.</source>
        <translation>Пользователь работает в приложении с одной ролью, назначенной здесь.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>Add a user (Ins, Ctrl+N)</source>
        <translation>Добавить пользователя (Ins, Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>This is your own account: another supervisor can block or remove it.</source>
        <translation>Это ваша учётная запись: заблокировать или удалить её может другой супервайзер.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Сменить роль</translation>
    </message>
    <message>
        <source>Move the user to another role (F2)</source>
        <translation>Перевести пользователя в другую роль (F2)</translation>
    </message>
    <message>
        <source>Remove the user (Del)</source>
        <translation>Удалить пользователя (Del)</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Blocked until the paid plan is renewed; renewing restores everyone.</source>
        <translation>Заблокирован до продления платного тарифа; продление вернёт доступ всем.</translation>
    </message>
    <message>
        <source>Let the user sign in again (Ctrl+B)</source>
        <translation>Снова разрешить пользователю вход (Ctrl+B)</translation>
    </message>
    <message>
        <source>Stop the user signing in; nothing is deleted (Ctrl+B)</source>
        <translation>Запретить пользователю вход; ничего не удаляется (Ctrl+B)</translation>
    </message>
    <message>
        <source>Could not unblock %1</source>
        <translation>Не удалось разблокировать: %1</translation>
    </message>
    <message>
        <source>Could not block %1</source>
        <translation>Не удалось заблокировать: %1</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Published versions</source>
        <translation>Опубликованные версии</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шагов</translation>
    </message>
    <message>
        <source>Restore to draft</source>
        <translation>Восстановить в черновик</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Operators get version %1. Restoring a version copies it into the draft; publish it to give it to operators.</source>
        <translation>Операторы работают по версии %1. Восстановление копирует версию в черновик; чтобы она дошла до операторов, опубликуйте её.</translation>
    </message>
    <message>
        <source>The script has not been published yet.</source>
        <translation>Скрипт ещё не опубликован.</translation>
    </message>
    <message>
        <source>Replace the draft with version %1?</source>
        <translation>Заменить черновик версией %1?</translation>
    </message>
    <message>
        <source>Your unsaved changes will be lost.</source>
        <translation>Несохранённые изменения будут потеряны.</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>The sign-in form appears once the database is open.</source>
        <translation>Форма входа появится, когда откроется база данных.</translation>
    </message>
</context>
</TS>

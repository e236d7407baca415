<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <name>FieldsDialog</name>
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
        <source>Your account is paused because the team&apos;s plan has lapsed. It works again once the plan is renewed; please tell your supervisor.</source>
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
        <source>Enter the script&apos;s name.</source>
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
        <source>Your version is saved as «%1»; the original keeps the other supervisor&apos;s changes.</source>
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
        <source>Draw the script&apos;s steps (Enter, double-click)</source>
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
    <name>SettingsWindow</name>
    <message>
        <source>Your role may not manage the app&apos;s settings.</source>
        <translation>Вашей роли не разрешено управлять настройками приложения.</translation>
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
</TS>

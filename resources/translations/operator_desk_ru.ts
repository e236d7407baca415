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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Areas</name>
    <message>
        <location filename="../client/areas.cpp" line="39"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="41"/>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="43"/>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../client/audittext.cpp" line="23"/>
        <source>Sign-in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="25"/>
        <source>Failed sign-in attempt</source>
        <translation>Неудачная попытка входа</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="27"/>
        <source>Sign-out</source>
        <translation>Выход из системы</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="29"/>
        <source>User created</source>
        <translation>Создание пользователя</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="31"/>
        <source>Password changed</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="33"/>
        <source>Session ended by the administrator</source>
        <translation>Завершение сеанса администратором</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="35"/>
        <source>School created</source>
        <translation>Создание школы</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="43"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="45"/>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="47"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="50"/>
        <source>%1 No. %2</source>
        <translation>%1 № %2</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="56"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="58"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="58"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="60"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="62"/>
        <source>Password change required</source>
        <translation>Требуется смена пароля</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="64"/>
        <source>Other sessions ended</source>
        <translation>Завершено других сеансов</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="66"/>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="73"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="73"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="75"/>
        <location filename="../client/audittext.cpp" line="85"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="111"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="140"/>
        <source>%1: %2 → removed</source>
        <translation>%1: %2 → удалено</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../client/commandline.cpp" line="16"/>
        <source>Electronic class journal: the desktop client.</source>
        <translation>Электронный классный журнал: программа для рабочего места.</translation>
    </message>
    <message>
        <location filename="../client/commandline.cpp" line="21"/>
        <source>Interface language: ru or en (default: the system language).</source>
        <translation>Язык интерфейса: ru или en (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <location filename="../client/commandline.cpp" line="29"/>
        <source>Unknown language &quot;%1&quot;: use ru or en.</source>
        <translation>Неизвестный язык «%1»: укажите ru или en.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../client/errortext.cpp" line="30"/>
        <source>The server did not understand the request. This version of the program may be out of date.</source>
        <translation>Сервер не понял запрос. Возможно, эта версия программы устарела.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="33"/>
        <source>This version of the program cannot work with this server. Install the version that matches the server.</source>
        <translation>Эта версия программы не может работать с данным сервером. Установите версию, соответствующую серверу.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="39"/>
        <source>You need to change your password before you continue.</source>
        <translation>Прежде чем продолжить, смените пароль.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="40"/>
        <source>You do not have permission to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="42"/>
        <source>The record was not found. It may have been deleted or changed by another user. Refresh the list and try again.</source>
        <translation>Запись не найдена: возможно, её удалил или изменил другой пользователь. Обновите список и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="45"/>
        <source>Some values are not filled in correctly. Check them and try again.</source>
        <translation>Некоторые поля заполнены неверно. Проверьте их и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="47"/>
        <source>Someone else has changed this data in the meantime. Refresh it and try again.</source>
        <translation>Эти данные тем временем изменил другой пользователь. Обновите их и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="51"/>
        <source>Too many failed attempts. Try again later.</source>
        <translation>Слишком много неудачных попыток. Повторите попытку позже.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="52"/>
        <source>Too many failed attempts.</source>
        <translation>Слишком много неудачных попыток.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="55"/>
        <source>The request is too large for the server.</source>
        <translation>Запрос слишком велик для сервера.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="59"/>
        <source>The server could not complete the request; nothing was changed. Try again later or contact the system administrator.</source>
        <translation>Сервер не смог выполнить запрос, данные не изменены. Повторите попытку позже или обратитесь к администратору системы.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="66"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="68"/>
        <source>Your account is blocked. Contact the system administrator.</source>
        <translation>Ваша учётная запись заблокирована. Обратитесь к администратору системы.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="76"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Срок действия сеанса истёк. Войдите снова.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="78"/>
        <source>Your session was ended by the system administrator. Please sign in again.</source>
        <translation>Ваш сеанс завершён администратором системы. Войдите снова.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="80"/>
        <source>Your password was changed in another session. Please sign in with the new password.</source>
        <translation>Ваш пароль был изменён в другом сеансе. Войдите с новым паролем.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="83"/>
        <source>Your account has been blocked. Contact the system administrator.</source>
        <translation>Ваша учётная запись заблокирована. Обратитесь к администратору системы.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="85"/>
        <source>You have signed out in another window. Please sign in again.</source>
        <translation>Вы вышли из системы в другом окне. Войдите снова.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="86"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Сеанс завершён. Войдите снова.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/errortext.cpp" line="92"/>
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Повторите попытку через %n секунду.</numerusform>
            <numerusform>Повторите попытку через %n секунды.</numerusform>
            <numerusform>Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/errortext.cpp" line="93"/>
        <source>Try again in %n minute(s).</source>
        <translation>
            <numerusform>Повторите попытку через %n минуту.</numerusform>
            <numerusform>Повторите попытку через %n минуты.</numerusform>
            <numerusform>Повторите попытку через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="98"/>
        <source>The connection to the server was lost before it answered. Check the result once the connection is restored.</source>
        <translation>Связь с сервером прервалась до получения ответа. Проверьте результат после восстановления связи.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="108"/>
        <source>The server %1 does not accept connections. Check the address and the port, and that the server is running.</source>
        <translation>Сервер %1 не принимает подключения. Проверьте адрес и порт, а также запущен ли сервер.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="111"/>
        <source>The server %1 was not found. Check the address.</source>
        <translation>Сервер %1 не найден. Проверьте адрес.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="113"/>
        <source>The server %1 did not answer in time. Check the network connection.</source>
        <translation>Сервер %1 не ответил вовремя. Проверьте подключение к сети.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="115"/>
        <source>The server %1 closed the connection.</source>
        <translation>Сервер %1 закрыл соединение.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="118"/>
        <source>The network is unavailable. Check the network connection.</source>
        <translation>Сеть недоступна. Проверьте подключение к сети.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="122"/>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Не удалось установить защищённое соединение с %1.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="127"/>
        <source>Could not connect to the server %1.</source>
        <translation>Не удалось подключиться к серверу %1.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="128"/>
        <source>Could not connect to the server %1: %2</source>
        <translation>Не удалось подключиться к серверу %1: %2</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="135"/>
        <source>The server&apos;s certificate has expired. Contact the system administrator.</source>
        <translation>Срок действия сертификата сервера истёк. Обратитесь к администратору системы.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="137"/>
        <source>The server&apos;s certificate is not valid yet. Check the date and time on this computer.</source>
        <translation>Сертификат сервера ещё не вступил в силу. Проверьте дату и время на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="142"/>
        <source>The server&apos;s certificate failed verification (%1). Contact the system administrator.</source>
        <translation>Сертификат сервера не прошёл проверку (%1). Обратитесь к администратору системы.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="148"/>
        <source>The server sent a message this program cannot read. The connection was closed.</source>
        <translation>Сервер прислал сообщение, которое программа не может прочитать. Соединение закрыто.</translation>
    </message>
    <message>
        <location filename="../client/errortext.cpp" line="153"/>
        <source>The certificate of the server %1:%2 has changed since you last connected. Someone may be trying to intercept the connection, so it was refused. Do not continue: contact the system administrator.</source>
        <translation>Сертификат сервера %1:%2 изменился с момента последнего подключения. Возможно, кто-то пытается перехватить соединение, поэтому подключение отклонено. Не продолжайте работу и обратитесь к администратору системы.</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message numerus="yes">
        <location filename="../client/passwordrules.cpp" line="10"/>
        <source>At least %n characters, with both letters and digits.</source>
        <translation>
            <numerusform>Не менее %n символа, обязательно буквы и цифры.</numerusform>
            <numerusform>Не менее %n символов, обязательно буквы и цифры.</numerusform>
            <numerusform>Не менее %n символов, обязательно буквы и цифры.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/passwordrules.cpp" line="17"/>
        <source>Enter your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/passwordrules.cpp" line="19"/>
        <source>The new password is too short: it needs at least %n characters.</source>
        <translation>
            <numerusform>Новый пароль слишком короткий: нужно не менее %n символа.</numerusform>
            <numerusform>Новый пароль слишком короткий: нужно не менее %n символов.</numerusform>
            <numerusform>Новый пароль слишком короткий: нужно не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/passwordrules.cpp" line="26"/>
        <source>The new password must contain both letters and digits.</source>
        <translation>Новый пароль должен содержать и буквы, и цифры.</translation>
    </message>
    <message>
        <location filename="../client/passwordrules.cpp" line="28"/>
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <location filename="../client/passwordrules.cpp" line="30"/>
        <source>The repeated password does not match the new one.</source>
        <translation>Повтор не совпадает с новым паролем.</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <location filename="../client/roletext.cpp" line="12"/>
        <source>System administrator</source>
        <translation>Администратор системы</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="14"/>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="16"/>
        <source>Deputy director</source>
        <translation>Заместитель директора</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="18"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="20"/>
        <source>Class teacher</source>
        <translation>Классный руководитель</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="22"/>
        <source>School psychologist</source>
        <translation>Педагог-психолог</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="24"/>
        <source>Social pedagogue</source>
        <translation>Социальный педагог</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="26"/>
        <source>Student</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="28"/>
        <source>Parent (legal guardian)</source>
        <translation>Родитель (законный представитель)</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="45"/>
        <source>Manage user accounts and passwords, roles and school settings, end other users&apos; sessions and read the audit log.</source>
        <translation>Ведение учётных записей и паролей, ролей и настроек школы, завершение сеансов других пользователей, просмотр журнала изменений.</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="48"/>
        <source>View all school data and reports, publish announcements.</source>
        <translation>Просмотр всех данных и отчётов школы, публикация объявлений.</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="50"/>
        <source>Maintain the school structure, curriculum, teaching load, timetable and substitutions; read all journals and reports.</source>
        <translation>Ведение структуры школы, учебного плана, учебной нагрузки, расписания и замен; просмотр всех журналов и отчётов.</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="53"/>
        <source>Keep the journals of your classes: lessons, marks, attendance and homework.</source>
        <translation>Ведение журналов своих классов: темы уроков, отметки, посещаемость и домашние задания.</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="55"/>
        <source>Follow the journals, personal files and parents of your class.</source>
        <translation>Просмотр журналов, личных дел обучающихся и сведений о родителях своего класса.</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="57"/>
        <source>Keep the psychological sections of students&apos; personal files.</source>
        <translation>Ведение психологических разделов личных дел обучающихся.</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="59"/>
        <source>Keep the social sections of students&apos; personal files.</source>
        <translation>Ведение социальных разделов личных дел обучающихся.</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="61"/>
        <source>See your marks, attendance, homework and timetable.</source>
        <translation>Просмотр своих отметок, посещаемости, домашних заданий и расписания.</translation>
    </message>
    <message>
        <location filename="../client/roletext.cpp" line="63"/>
        <source>See your children&apos;s marks, attendance, homework and timetable.</source>
        <translation>Просмотр отметок, посещаемости, домашних заданий и расписания своих детей.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::AboutDialog</name>
    <message>
        <location filename="../client/aboutdialog.cpp" line="21"/>
        <source>About the program</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../client/aboutdialog.cpp" line="25"/>
        <source>Electronic journal</source>
        <translation>Электронный журнал</translation>
    </message>
    <message>
        <location filename="../client/aboutdialog.cpp" line="27"/>
        <source>The electronic class journal and diary of the school: lessons, marks, attendance and homework on the school&apos;s own network.</source>
        <translation>Электронный классный журнал и дневник школы: уроки, отметки, посещаемость и домашние задания в собственной сети школы.</translation>
    </message>
    <message>
        <location filename="../client/aboutdialog.cpp" line="39"/>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <location filename="../client/aboutdialog.cpp" line="40"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../client/aboutdialog.cpp" line="43"/>
        <source>Server version:</source>
        <translation>Версия сервера:</translation>
    </message>
    <message>
        <location filename="../client/aboutdialog.cpp" line="44"/>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Отпечаток сертификата (SHA-256):</translation>
    </message>
    <message>
        <location filename="../client/aboutdialog.cpp" line="45"/>
        <source>Qt version:</source>
        <translation>Версия Qt:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::AuditModel</name>
    <message>
        <location filename="../client/auditmodel.cpp" line="67"/>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <location filename="../client/auditmodel.cpp" line="84"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../client/auditmodel.cpp" line="86"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../client/auditmodel.cpp" line="88"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../client/auditmodel.cpp" line="90"/>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../client/auditmodel.cpp" line="92"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>ejournal::client::AuditPage</name>
    <message>
        <location filename="../client/auditpage.cpp" line="27"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="32"/>
        <location filename="../client/auditpage.cpp" line="119"/>
        <source>Load &amp;older records</source>
        <translation>Загрузить более &amp;ранние записи</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="35"/>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="39"/>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="53"/>
        <source>Select a record to see what changed.</source>
        <translation>Выберите запись, чтобы увидеть, что изменилось.</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="79"/>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="80"/>
        <source>Every change to the school&apos;s data: who made it, when and from which computer. Records cannot be edited or deleted.</source>
        <translation>Все изменения данных школы: кто, когда и с какого компьютера их внёс. Записи журнала нельзя изменить или удалить.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/auditpage.cpp" line="117"/>
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>Показана %n запись</numerusform>
            <numerusform>Показано %n записи</numerusform>
            <numerusform>Показано %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="120"/>
        <source>All records are shown</source>
        <translation>Показаны все записи</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="134"/>
        <source>%1, user: %2, computer: %3</source>
        <translation>%1, пользователь: %2, компьютер: %3</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="136"/>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="137"/>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="140"/>
        <source>Reason: %1</source>
        <translation>Основание: %1</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="143"/>
        <source>No data was recorded for this action.</source>
        <translation>Для этого действия данные не записываются.</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="150"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="150"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../client/auditpage.cpp" line="151"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ChangePasswordDialog</name>
    <message>
        <location filename="../client/changepassworddialog.cpp" line="55"/>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location filename="../client/changepassworddialog.cpp" line="34"/>
        <source>You signed in with a temporary password. Choose your own password before you start working.</source>
        <translation>Вы вошли с временным паролем. Прежде чем начать работу, придумайте собственный пароль.</translation>
    </message>
    <message>
        <location filename="../client/changepassworddialog.cpp" line="36"/>
        <source>Your other sessions will be ended when the password changes.</source>
        <translation>После смены пароля все ваши другие сеансы будут завершены.</translation>
    </message>
    <message>
        <location filename="../client/changepassworddialog.cpp" line="50"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <location filename="../client/changepassworddialog.cpp" line="51"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location filename="../client/changepassworddialog.cpp" line="28"/>
        <source>Password change</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../client/changepassworddialog.cpp" line="52"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Повтор нового пароля:</translation>
    </message>
    <message>
        <location filename="../client/changepassworddialog.cpp" line="58"/>
        <source>Sign out</source>
        <translation>Выйти из системы</translation>
    </message>
    <message>
        <location filename="../client/changepassworddialog.cpp" line="58"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../client/changepassworddialog.cpp" line="97"/>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль введён неверно.</translation>
    </message>
    <message>
        <location filename="../client/changepassworddialog.cpp" line="102"/>
        <source>The server did not accept the new password. %1 It must differ from the current one.</source>
        <translation>Сервер не принял новый пароль. %1 Он должен отличаться от текущего.</translation>
    </message>
    <message>
        <location filename="../client/changepassworddialog.cpp" line="117"/>
        <source>Changing the password…</source>
        <translation>Смена пароля…</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ConnectionIndicator</name>
    <message>
        <location filename="../client/connectionindicator.cpp" line="34"/>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location filename="../client/connectionindicator.cpp" line="36"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../client/connectionindicator.cpp" line="38"/>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message>
        <location filename="../client/connectionindicator.cpp" line="42"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location filename="../client/connectionindicator.cpp" line="56"/>
        <source>The connection to the server was lost. The program is restoring it; your work continues once it is back.</source>
        <translation>Связь с сервером прервалась. Программа восстанавливает её; работа продолжится, как только связь появится.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::FingerprintDialog</name>
    <message>
        <location filename="../client/fingerprintdialog.cpp" line="21"/>
        <source>New server</source>
        <translation>Новый сервер</translation>
    </message>
    <message>
        <location filename="../client/fingerprintdialog.cpp" line="27"/>
        <source>Confirm the server %1:%2</source>
        <translation>Подтвердите сервер %1:%2</translation>
    </message>
    <message>
        <location filename="../client/fingerprintdialog.cpp" line="31"/>
        <source>This computer is connecting to this server for the first time. Make sure it is your school&apos;s server: compare the certificate fingerprint below with the one the system administrator gave you (the server prints it when it starts).</source>
        <translation>Этот компьютер подключается к серверу впервые. Убедитесь, что это сервер вашей школы: сравните отпечаток сертификата ниже с тем, который сообщил администратор системы (сервер выводит его при запуске).</translation>
    </message>
    <message>
        <location filename="../client/fingerprintdialog.cpp" line="47"/>
        <source>Trust the server only if the fingerprints match. From then on this computer will connect to it only while it presents this same certificate.</source>
        <translation>Доверяйте серверу, только если отпечатки совпадают. После этого компьютер будет подключаться к нему лишь при этом же сертификате.</translation>
    </message>
    <message>
        <location filename="../client/fingerprintdialog.cpp" line="53"/>
        <source>Trust and connect</source>
        <translation>Доверять и подключиться</translation>
    </message>
</context>
<context>
    <name>ejournal::client::HomePage</name>
    <message>
        <location filename="../client/homepage.cpp" line="28"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../client/homepage.cpp" line="39"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location filename="../client/homepage.cpp" line="40"/>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location filename="../client/homepage.cpp" line="41"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location filename="../client/homepage.cpp" line="41"/>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <location filename="../client/homepage.cpp" line="42"/>
        <source>School:</source>
        <translation>Школа:</translation>
    </message>
    <message>
        <location filename="../client/homepage.cpp" line="43"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../client/homepage.cpp" line="46"/>
        <source>What you can do</source>
        <translation>Ваши возможности</translation>
    </message>
    <message>
        <location filename="../client/homepage.cpp" line="58"/>
        <source>No roles have been assigned to you yet. Contact the system administrator.</source>
        <translation>Вам ещё не назначена ни одна роль. Обратитесь к администратору системы.</translation>
    </message>
    <message>
        <location filename="../client/homepage.cpp" line="64"/>
        <source>Welcome, %1!</source>
        <translation>Здравствуйте, %1!</translation>
    </message>
    <message>
        <location filename="../client/homepage.cpp" line="65"/>
        <source>You are signed in to the electronic journal: %1.</source>
        <translation>Вы вошли в электронный журнал: %1.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::LoginDialog</name>
    <message>
        <location filename="../client/logindialog.cpp" line="28"/>
        <source>Sign in — Electronic journal</source>
        <translation>Вход — Электронный журнал</translation>
    </message>
    <message>
        <location filename="../client/logindialog.cpp" line="33"/>
        <source>Electronic journal</source>
        <translation>Электронный журнал</translation>
    </message>
    <message>
        <location filename="../client/logindialog.cpp" line="35"/>
        <source>Sign in with the login and password the school gave you.</source>
        <translation>Введите логин и пароль, выданные вам в школе.</translation>
    </message>
    <message>
        <location filename="../client/logindialog.cpp" line="48"/>
        <source>e.g. journal.school.local</source>
        <translation>например, journal.school.local</translation>
    </message>
    <message>
        <location filename="../client/logindialog.cpp" line="52"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../client/logindialog.cpp" line="53"/>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location filename="../client/logindialog.cpp" line="67"/>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../client/logindialog.cpp" line="70"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../client/logindialog.cpp" line="71"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../client/logindialog.cpp" line="74"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../client/logindialog.cpp" line="77"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../client/logindialog.cpp" line="180"/>
        <source>Enter the address of the server.</source>
        <translation>Введите адрес сервера.</translation>
    </message>
    <message>
        <location filename="../client/logindialog.cpp" line="183"/>
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <location filename="../client/logindialog.cpp" line="186"/>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::LoginFlow</name>
    <message>
        <location filename="../client/loginflow.cpp" line="70"/>
        <location filename="../client/loginflow.cpp" line="161"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location filename="../client/loginflow.cpp" line="84"/>
        <source>Signing in…</source>
        <translation>Вход в систему…</translation>
    </message>
    <message>
        <location filename="../client/loginflow.cpp" line="104"/>
        <source>A new password is required.</source>
        <translation>Требуется сменить пароль.</translation>
    </message>
    <message>
        <location filename="../client/loginflow.cpp" line="116"/>
        <source>You have signed out without changing the password.</source>
        <translation>Вы вышли из системы, не сменив пароль.</translation>
    </message>
    <message>
        <location filename="../client/loginflow.cpp" line="148"/>
        <source>The server is not in the list of trusted servers. Sign in again to check its certificate.</source>
        <translation>Сервера нет в списке доверенных. Войдите снова, чтобы проверить его сертификат.</translation>
    </message>
    <message>
        <location filename="../client/loginflow.cpp" line="152"/>
        <source>Waiting for the server to be confirmed…</source>
        <translation>Ожидается подтверждение сервера…</translation>
    </message>
    <message>
        <location filename="../client/loginflow.cpp" line="158"/>
        <source>The server was not confirmed, so no connection was made.</source>
        <translation>Сервер не подтверждён, подключение не выполнено.</translation>
    </message>
    <message>
        <location filename="../client/loginflow.cpp" line="175"/>
        <source>Server certificate changed</source>
        <translation>Сертификат сервера изменился</translation>
    </message>
    <message>
        <location filename="../client/loginflow.cpp" line="180"/>
        <source>Trusted fingerprint:
%1

Fingerprint presented now:
%2</source>
        <translation>Отпечаток, которому вы доверяли:
%1

Отпечаток, предъявленный сейчас:
%2</translation>
    </message>
</context>
<context>
    <name>ejournal::client::MainWindow</name>
    <message>
        <location filename="../client/mainwindow.cpp" line="30"/>
        <source>Electronic journal — %1</source>
        <translation>Электронный журнал — %1</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="81"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="82"/>
        <source>&amp;Change password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="85"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Выйти из системы</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="88"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="92"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="93"/>
        <source>&amp;About…</source>
        <translation>&amp;О программе…</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="103"/>
        <source>Server: %1:%2</source>
        <translation>Сервер: %1:%2</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="101"/>
        <source>User: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="126"/>
        <source>The password has been changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::SessionsModel</name>
    <message>
        <location filename="../client/sessionsmodel.cpp" line="76"/>
        <source>This is your own session.</source>
        <translation>Это ваш текущий сеанс.</translation>
    </message>
    <message>
        <location filename="../client/sessionsmodel.cpp" line="88"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../client/sessionsmodel.cpp" line="90"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../client/sessionsmodel.cpp" line="92"/>
        <source>Signed in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../client/sessionsmodel.cpp" line="94"/>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <location filename="../client/sessionsmodel.cpp" line="96"/>
        <source>Computer address</source>
        <translation>Адрес компьютера</translation>
    </message>
</context>
<context>
    <name>ejournal::client::SessionsPage</name>
    <message>
        <location filename="../client/sessionspage.cpp" line="24"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../client/sessionspage.cpp" line="25"/>
        <source>&amp;End session</source>
        <translation>&amp;Завершить сеанс</translation>
    </message>
    <message>
        <location filename="../client/sessionspage.cpp" line="38"/>
        <source>Reload the list (F5)</source>
        <translation>Обновить список (F5)</translation>
    </message>
    <message>
        <location filename="../client/sessionspage.cpp" line="40"/>
        <location filename="../client/sessionspage.cpp" line="94"/>
        <source>Sign the selected user out on their computer (Delete)</source>
        <translation>Завершить работу выбранного пользователя на его компьютере (Delete)</translation>
    </message>
    <message>
        <location filename="../client/sessionspage.cpp" line="52"/>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <location filename="../client/sessionspage.cpp" line="53"/>
        <source>Users signed in to the journal right now. Ending a session signs the user out at once; they can sign in again.</source>
        <translation>Пользователи, работающие в журнале сейчас. Завершение сеанса сразу отключает пользователя; он сможет войти снова.</translation>
    </message>
    <message>
        <location filename="../client/sessionspage.cpp" line="79"/>
        <source>The session has been ended.</source>
        <translation>Сеанс завершён.</translation>
    </message>
    <message>
        <location filename="../client/sessionspage.cpp" line="93"/>
        <source>This is your own session: use File → Sign out instead.</source>
        <translation>Это ваш собственный сеанс: для выхода используйте «Файл → Выйти из системы».</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/sessionspage.cpp" line="99"/>
        <source>%n open session(s)</source>
        <translation>
            <numerusform>%n открытый сеанс</numerusform>
            <numerusform>%n открытых сеанса</numerusform>
            <numerusform>%n открытых сеансов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/sessionspage.cpp" line="108"/>
        <location filename="../client/sessionspage.cpp" line="113"/>
        <source>End session</source>
        <translation>Завершить сеанс</translation>
    </message>
    <message>
        <location filename="../client/sessionspage.cpp" line="109"/>
        <source>End the session of %1 (%2)? The user will be signed out at once.</source>
        <translation>Завершить сеанс пользователя %1 (%2)? Он сразу будет отключён от системы.</translation>
    </message>
</context>
</TS>

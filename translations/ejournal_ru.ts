<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountsText</name>
    <message>
        <location filename="../client/accountstext.cpp" line="21"/>
        <source>Choose at least one role. You cannot take the administrator role away from yourself.</source>
        <translation>Выберите хотя бы одну роль. Снять роль администратора с самого себя нельзя.</translation>
    </message>
    <message>
        <location filename="../client/accountstext.cpp" line="23"/>
        <source>Choose at least one staff role.</source>
        <translation>Выберите хотя бы одну роль сотрудника.</translation>
    </message>
    <message>
        <location filename="../client/accountstext.cpp" line="35"/>
        <source>This person already has an account, or the staff member is archived. Refresh the list.</source>
        <translation>У этого человека уже есть учётная запись, или сотрудник переведён в архив. Обновите список.</translation>
    </message>
    <message>
        <location filename="../client/accountstext.cpp" line="40"/>
        <source>The roles of student and parent accounts are fixed, and the school must keep at least one active administrator.</source>
        <translation>Роли учеников и родителей изменить нельзя, а в школе должен остаться хотя бы один действующий администратор.</translation>
    </message>
    <message>
        <location filename="../client/accountstext.cpp" line="45"/>
        <source>You cannot block your own account or the school&apos;s last active administrator.</source>
        <translation>Нельзя заблокировать собственную учётную запись или последнего действующего администратора школы.</translation>
    </message>
    <message>
        <location filename="../client/accountstext.cpp" line="50"/>
        <source>To change your own password use «Change password» in the File menu.</source>
        <translation>Чтобы сменить свой пароль, воспользуйтесь командой «Сменить пароль» в меню «Файл».</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../client/areas.cpp" line="68"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="70"/>
        <source>School year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="72"/>
        <source>Classes and groups</source>
        <translation>Классы и группы</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="74"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="76"/>
        <source>Curriculum and load</source>
        <translation>Учебный план и нагрузка</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="78"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="82"/>
        <source>Timetable</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="84"/>
        <source>Changes and substitutions</source>
        <translation>Изменения и замены</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="86"/>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="88"/>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="90"/>
        <source>Paper copies</source>
        <translation>Бумажные копии</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="92"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="94"/>
        <source>Lesson plans</source>
        <translation>Планирование (КТП)</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="96"/>
        <source>Journal settings</source>
        <translation>Настройки журнала</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="98"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../client/areas.cpp" line="80"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../client/audittext.cpp" line="20"/>
        <source>Sign-in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="21"/>
        <source>Failed sign-in attempt</source>
        <translation>Неудачная попытка входа</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="22"/>
        <source>Sign-out</source>
        <translation>Выход из системы</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="23"/>
        <source>User created</source>
        <translation>Создание пользователя</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="24"/>
        <source>Password changed</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="25"/>
        <source>Session ended by the administrator</source>
        <translation>Завершение сеанса администратором</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="26"/>
        <source>School created</source>
        <translation>Создание школы</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="27"/>
        <source>Demo data filled in</source>
        <translation>Заполнены демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="28"/>
        <source>Access issued</source>
        <translation>Выдан доступ</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="29"/>
        <source>Password reset</source>
        <translation>Сброшен пароль</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="30"/>
        <source>Account blocked or unblocked</source>
        <translation>Блокировка учётной записи изменена</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="31"/>
        <source>Roles changed</source>
        <translation>Изменены роли</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="32"/>
        <source>Students imported</source>
        <translation>Импортированы учащиеся</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="33"/>
        <source>Staff imported</source>
        <translation>Импортированы сотрудники</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="34"/>
        <source>Academic year created</source>
        <translation>Создан учебный год</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="35"/>
        <source>Academic year changed</source>
        <translation>Изменён учебный год</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="36"/>
        <source>Academic year state changed</source>
        <translation>Изменено состояние учебного года</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="37"/>
        <source>Period scheme created</source>
        <translation>Создана схема периодов</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="38"/>
        <source>Period scheme changed</source>
        <translation>Изменена схема периодов</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="39"/>
        <source>Period scheme deleted</source>
        <translation>Удалена схема периодов</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="40"/>
        <source>Holiday added</source>
        <translation>Добавлены каникулы</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="41"/>
        <source>Holiday changed</source>
        <translation>Изменены каникулы</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="42"/>
        <source>Holiday deleted</source>
        <translation>Удалены каникулы</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="43"/>
        <source>Bell schedule set</source>
        <translation>Задано расписание звонков</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="44"/>
        <source>Subject added</source>
        <translation>Добавлен предмет</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="45"/>
        <source>Subject changed</source>
        <translation>Изменён предмет</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="46"/>
        <source>Subject archived or restored</source>
        <translation>Предмет перенесён в архив или возвращён</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="47"/>
        <source>Room added</source>
        <translation>Добавлен кабинет</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="48"/>
        <source>Room changed</source>
        <translation>Изменён кабинет</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="49"/>
        <source>Room archived or restored</source>
        <translation>Кабинет перенесён в архив или возвращён</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="50"/>
        <source>Staff member added</source>
        <translation>Добавлен сотрудник</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="51"/>
        <source>Staff member changed</source>
        <translation>Изменены данные сотрудника</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="52"/>
        <source>Staff member archived</source>
        <translation>Сотрудник перенесён в архив</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="53"/>
        <source>Staff member restored</source>
        <translation>Сотрудник возвращён из архива</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="54"/>
        <source>Student added</source>
        <translation>Добавлен учащийся</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="55"/>
        <source>Student changed</source>
        <translation>Изменены данные учащегося</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="56"/>
        <source>Guardian added</source>
        <translation>Добавлен родитель</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="57"/>
        <source>Guardian changed</source>
        <translation>Изменены данные родителя</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="58"/>
        <source>Guardian linked to a student</source>
        <translation>Родитель привязан к учащемуся</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="59"/>
        <source>Guardian unlinked from a student</source>
        <translation>Родитель отвязан от учащегося</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="60"/>
        <source>Student admitted</source>
        <translation>Учащийся зачислен</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="61"/>
        <source>Student transferred</source>
        <translation>Учащийся переведён</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="62"/>
        <source>Student withdrawn</source>
        <translation>Учащийся отчислен</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="63"/>
        <source>Class created</source>
        <translation>Создан класс</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="64"/>
        <source>Class changed</source>
        <translation>Изменён класс</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="65"/>
        <source>Study group created</source>
        <translation>Создана учебная группа</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="66"/>
        <source>Study group changed</source>
        <translation>Изменена учебная группа</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="67"/>
        <source>Group members changed</source>
        <translation>Изменён состав группы</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="68"/>
        <source>Class split into groups</source>
        <translation>Класс разделён на группы</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="69"/>
        <source>Curriculum changed</source>
        <translation>Изменён учебный план</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="70"/>
        <source>Curriculum copied</source>
        <translation>Скопирован учебный план</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="71"/>
        <source>Teaching load added</source>
        <translation>Добавлена учебная нагрузка</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="72"/>
        <source>Teaching load changed</source>
        <translation>Изменена учебная нагрузка</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="73"/>
        <source>Teaching load removed</source>
        <translation>Удалена учебная нагрузка</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="74"/>
        <source>Timetable version created</source>
        <translation>Создана версия расписания</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="75"/>
        <source>Timetable version changed</source>
        <translation>Изменена версия расписания</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="76"/>
        <source>Timetable version deleted</source>
        <translation>Удалена версия расписания</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="77"/>
        <source>Timetable imported from FET</source>
        <translation>Расписание импортировано из FET</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="78"/>
        <source>Timetable changed</source>
        <translation>Изменено расписание</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="79"/>
        <source>Teacher&apos;s unavailable lessons set</source>
        <translation>Заданы недоступные уроки учителя</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="80"/>
        <source>Lessons generated from the timetable</source>
        <translation>Уроки созданы по расписанию</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="81"/>
        <source>Substitute teacher appointed</source>
        <translation>Назначена замена учителя</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="82"/>
        <source>Lesson moved</source>
        <translation>Урок перенесён</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="83"/>
        <source>Lesson cancelled</source>
        <translation>Урок отменён</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="84"/>
        <source>Lesson restored</source>
        <translation>Урок восстановлен</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="85"/>
        <source>Groups merged for a lesson</source>
        <translation>Группы объединены на урок</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="89"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="90"/>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="91"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="92"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="93"/>
        <location filename="../client/audittext.cpp" line="107"/>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="94"/>
        <source>Period scheme</source>
        <translation>Схема периодов</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="95"/>
        <source>Holiday</source>
        <translation>Каникулы</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="96"/>
        <source>Bell schedule</source>
        <translation>Расписание звонков</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="97"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="98"/>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="99"/>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="100"/>
        <source>Student</source>
        <translation>Учащийся</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="101"/>
        <source>Guardian</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="102"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="103"/>
        <source>Study group</source>
        <translation>Учебная группа</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="104"/>
        <source>Curriculum of class</source>
        <translation>Учебный план класса</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="105"/>
        <source>Teaching load</source>
        <translation>Учебная нагрузка</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="106"/>
        <source>Timetable version</source>
        <translation>Версия расписания</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="108"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="137"/>
        <source>%1 No. %2</source>
        <translation>%1 № %2</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="143"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="145"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="145"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="147"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="149"/>
        <source>Password change required</source>
        <translation>Требуется смена пароля</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="151"/>
        <source>Other sessions ended</source>
        <translation>Завершено других сеансов</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="153"/>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="160"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="160"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="162"/>
        <location filename="../client/audittext.cpp" line="172"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="198"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../client/audittext.cpp" line="227"/>
        <source>%1: %2 → removed</source>
        <translation>%1: %2 → удалено</translation>
    </message>
</context>
<context>
    <name>ChangesSheet</name>
    <message>
        <location filename="../client/changessheet.cpp" line="24"/>
        <source>Room %1</source>
        <translation>Кабинет %1</translation>
    </message>
    <message>
        <location filename="../client/changessheet.cpp" line="42"/>
        <source>Lesson %1</source>
        <translation>%1-й урок</translation>
    </message>
    <message>
        <location filename="../client/changessheet.cpp" line="43"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../client/changessheet.cpp" line="44"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/changessheet.cpp" line="45"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../client/changessheet.cpp" line="46"/>
        <source>What changes</source>
        <translation>Что меняется</translation>
    </message>
    <message>
        <location filename="../client/changessheet.cpp" line="54"/>
        <source>Timetable changes: %1</source>
        <translation>Изменения в расписании: %1</translation>
    </message>
    <message>
        <location filename="../client/changessheet.cpp" line="61"/>
        <source>There are no changes on this day.</source>
        <translation>Изменений в расписании на этот день нет.</translation>
    </message>
</context>
<context>
    <name>ChangesText</name>
    <message>
        <location filename="../client/changestext.cpp" line="22"/>
        <source>Substitution</source>
        <translation>Замена</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="24"/>
        <source>Move</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="26"/>
        <source>Cancellation</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="28"/>
        <source>Restored</source>
        <translation>Восстановлен</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="30"/>
        <source>Merge</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="53"/>
        <source>Teacher: %1 → %2</source>
        <translation>Учитель: %1 → %2</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="56"/>
        <source>The lesson is cancelled</source>
        <translation>Урок отменён</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="58"/>
        <source>The lesson takes place again</source>
        <translation>Урок снова состоится</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="60"/>
        <source>Taught together with %1</source>
        <translation>Проводится вместе с %1</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="69"/>
        <source>%1, lesson %2 → %3, lesson %4</source>
        <translation>%1, %2-й урок → %3, %4-й урок</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="72"/>
        <source>Lesson %1 → lesson %2</source>
        <translation>%1-й урок → %2-й урок</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="76"/>
        <source>Room: %1 → %2</source>
        <translation>Кабинет: %1 → %2</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="77"/>
        <location filename="../client/changestext.cpp" line="78"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="98"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="100"/>
        <source>merged into another lesson</source>
        <translation>объединён с другим уроком</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="102"/>
        <source>substitution (timetabled: %1)</source>
        <translation>замена (по расписанию — %1)</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="105"/>
        <source>moved</source>
        <translation>перенесён</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="111"/>
        <source>%1, %2, %3, lesson %4</source>
        <translation>%1, %2, %3, %4-й урок</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="134"/>
        <source>(%1, lesson %2, %3)</source>
        <translation>(%1, %2-й урок, %3)</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="144"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="145"/>
        <source>already gives this lesson</source>
        <translation>уже ведёт этот урок</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="146"/>
        <source>the teacher is busy: %1</source>
        <translation>учитель занят: %1</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="147"/>
        <source>busy then: %1</source>
        <translation>в это время занят: %1</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="148"/>
        <source>the room is taken: %1</source>
        <translation>кабинет занят: %1</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="149"/>
        <source>%1 has a lesson then: %2</source>
        <translation>у %1 в это время урок: %2</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="150"/>
        <source>cannot teach at this time (a forbidden slot)</source>
        <translation>не может вести уроки в это время (запрещённое время)</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="151"/>
        <source>is a Sunday</source>
        <translation>это воскресенье</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="152"/>
        <source>holidays «%1»</source>
        <translation>каникулы «%1»</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="153"/>
        <source>must lie between %1 and %2</source>
        <translation>должна быть между %1 и %2</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="154"/>
        <location filename="../client/changestext.cpp" line="155"/>
        <source>must be filled in</source>
        <translation>нужно заполнить</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="156"/>
        <source>longer than %1 characters</source>
        <translation>длиннее %1 символов</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="157"/>
        <source>must be from 0 to 12</source>
        <translation>должен быть от 0 до 12</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="158"/>
        <source>the lesson is already there</source>
        <translation>урок уже стоит здесь</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="160"/>
        <source>choose another date, lesson number or room</source>
        <translation>выберите другую дату, номер урока или кабинет</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="161"/>
        <source>the lesson is neither cancelled nor merged</source>
        <translation>урок не отменён и не объединён</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="162"/>
        <source>the lesson is cancelled: restore it first</source>
        <translation>урок отменён: сначала восстановите его</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="163"/>
        <source>the lesson is merged into another: restore it first</source>
        <translation>урок объединён с другим: сначала восстановите его</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="165"/>
        <source>other lessons are merged into it: restore them first</source>
        <translation>с этим уроком объединены другие: сначала восстановите их</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="166"/>
        <source>the academic year %1 is closed</source>
        <translation>учебный год %1 закрыт</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="167"/>
        <source>choose at least one lesson</source>
        <translation>выберите хотя бы один урок</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="168"/>
        <source>a lesson is chosen twice</source>
        <translation>урок выбран дважды</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="170"/>
        <source>%1 is not at the same time or of the same subject</source>
        <translation>%1 — в другое время или по другому предмету</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="171"/>
        <source>must not be before the start</source>
        <translation>не может быть раньше начала</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="172"/>
        <source>at most %1 days after the start</source>
        <translation>не более %1 дн. после начала</translation>
    </message>
    <message>
        <location filename="../client/changestext.cpp" line="200"/>
        <source>Not done: %1.</source>
        <translation>Не выполнено: %1.</translation>
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
    <name>CredentialSlips</name>
    <message>
        <location filename="../client/accountsslips.cpp" line="27"/>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../client/accountsslips.cpp" line="29"/>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <location filename="../client/accountsslips.cpp" line="31"/>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <location filename="../client/accountsslips.cpp" line="32"/>
        <source>Service account</source>
        <translation>Служебная</translation>
    </message>
    <message>
        <location filename="../client/accountsslips.cpp" line="40"/>
        <source>Parent of a student of %1</source>
        <translation>Родитель ученика %1</translation>
    </message>
    <message>
        <location filename="../client/accountsslips.cpp" line="41"/>
        <source>%1, class %2</source>
        <translation>%1, класс %2</translation>
    </message>
    <message>
        <location filename="../client/accountsslips.cpp" line="48"/>
        <source>Sign-in details for the electronic journal</source>
        <translation>Данные для входа в электронный журнал</translation>
    </message>
    <message>
        <location filename="../client/accountsslips.cpp" line="59"/>
        <source>Electronic journal and diary</source>
        <translation>Электронный журнал и дневник</translation>
    </message>
    <message>
        <location filename="../client/accountsslips.cpp" line="62"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../client/accountsslips.cpp" line="63"/>
        <source>Temporary password</source>
        <translation>Временный пароль</translation>
    </message>
    <message>
        <location filename="../client/accountsslips.cpp" line="64"/>
        <source>Server</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../client/accountsslips.cpp" line="67"/>
        <source>At the first sign-in the program will ask you to change the password. Keep this slip out of other people&apos;s sight.</source>
        <translation>При первом входе программа попросит сменить пароль. Не показывайте этот листок посторонним.</translation>
    </message>
</context>
<context>
    <name>CurriculumText</name>
    <message>
        <location filename="../client/curriculumtext.cpp" line="48"/>
        <source>as planned</source>
        <translation>норма</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="50"/>
        <source>not assigned</source>
        <translation>не назначено</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="52"/>
        <source>too few hours</source>
        <translation>недобор</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="54"/>
        <source>too many hours</source>
        <translation>перебор</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="56"/>
        <source>not in the plan</source>
        <translation>вне плана</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="83"/>
        <source>Not saved: the weekly total of class %1 would be %2 h, over the maximum of %3 h for grade %4 (5-day week, SanPiN 1.2.3685-21).</source>
        <translation>Не сохранено: недельная нагрузка класса %1 составила бы %2 ч — больше максимума %3 ч для %4 класса (пятидневная неделя, СанПиН 1.2.3685-21).</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="87"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="97"/>
        <source>The plan cannot be copied: for class %1 %2.</source>
        <translation>План нельзя скопировать: для класса %1 %2.</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="101"/>
        <source>The plan cannot be copied: %1.</source>
        <translation>План нельзя скопировать: %1.</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="117"/>
        <source>the weekly total would be %1 h, over the maximum of %2 h</source>
        <translation>недельная нагрузка составила бы %1 ч — больше максимума %2 ч</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="120"/>
        <source>is archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="122"/>
        <source>already teaches this subject to this class or group</source>
        <translation>уже ведёт этот предмет в этом классе или группе</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="124"/>
        <source>the group was made for another subject</source>
        <translation>группа создана для другого предмета</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="126"/>
        <source>from 0.5 to 40 hours a week</source>
        <translation>от 0,5 до 40 часов в неделю</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="128"/>
        <source>in steps of half an hour</source>
        <translation>с шагом полчаса</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="130"/>
        <source>choose a class or a group</source>
        <translation>выберите класс или группу</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="132"/>
        <source>the academic year is closed</source>
        <translation>учебный год закрыт</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="134"/>
        <source>the class has no plan yet</source>
        <translation>у класса ещё нет учебного плана</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="136"/>
        <source>the plan includes an archived subject</source>
        <translation>в плане есть предмет из архива</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="138"/>
        <source>the class cannot be copied to itself</source>
        <translation>нельзя копировать план класса в него же</translation>
    </message>
    <message>
        <location filename="../client/curriculumtext.cpp" line="139"/>
        <source>check this value</source>
        <translation>проверьте значение</translation>
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
    <name>FetImportText</name>
    <message>
        <location filename="../client/fetimporttext.cpp" line="12"/>
        <source>not placed in the timetable: import the *_data_and_timetable.fet file FET writes after generating a timetable</source>
        <translation>не размещено в расписании: импортируйте файл *_data_and_timetable.fet, который FET записывает после составления расписания</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="14"/>
        <source>FET day «%1»: %2</source>
        <translation>день FET «%1»: %2</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="15"/>
        <source>FET hour «%1»: %2</source>
        <translation>час FET «%1»: %2</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="16"/>
        <source>the activity has no teacher</source>
        <translation>у занятия нет учителя</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="17"/>
        <source>the activity has no class or group</source>
        <translation>у занятия нет класса или группы</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="19"/>
        <source>teacher «%1» is not matched to a staff member</source>
        <translation>преподаватель «%1» не сопоставлен с сотрудником школы</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="21"/>
        <source>subject «%1» is not matched to a subject of the school</source>
        <translation>предмет «%1» не сопоставлен с предметом школы</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="23"/>
        <source>students set «%1» is not matched to a class or group of the year</source>
        <translation>группа учащихся «%1» не сопоставлена с классом или группой года</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="25"/>
        <source>room «%1» is not matched to a room of the school</source>
        <translation>кабинет «%1» не сопоставлен с кабинетом школы</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="27"/>
        <source>no teaching load for %1 / %2 / %3</source>
        <translation>нет учебной нагрузки: %1 / %2 / %3</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="29"/>
        <source>not the name of a weekday (the CSV export does not give FET&apos;s order of days)</source>
        <translation>не название дня недели (в выгрузке CSV нет порядка дней FET)</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="31"/>
        <source>day %1 of FET&apos;s week: the journal&apos;s week ends on Saturday</source>
        <translation>%1-й день недели FET: учебная неделя журнала заканчивается в субботу</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="32"/>
        <source>no lesson of the first shift starts at %1</source>
        <translation>ни один урок первой смены не начинается в %1</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="33"/>
        <source>lesson numbers run from 0 to %1</source>
        <translation>номера уроков — от 0 до %1</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="35"/>
        <source>neither a lesson number nor a start time</source>
        <translation>ни номер урока, ни время начала</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="37"/>
        <source>hour %1 of FET&apos;s day, but the first shift&apos;s bell schedule has %2 lessons</source>
        <translation>%1-й час дня FET, а в расписании звонков первой смены уроков: %2</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="38"/>
        <source>falls on the same weekday as «%1»</source>
        <translation>приходится на тот же день недели, что и «%1»</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="39"/>
        <source>falls on the same lesson as «%1»</source>
        <translation>приходится на тот же урок, что и «%1»</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="41"/>
        <source>line %1: no activity id, day and hour (Activity Id «%2»)</source>
        <translation>строка %1: нет номера занятия, дня и часа (Activity Id «%2»)</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="43"/>
        <source>line %1: activity %2 continues on «%3» after starting on «%4» (line %5)</source>
        <translation>строка %1: занятие %2 продолжается в «%3», а начинается в «%4» (строка %5)</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="45"/>
        <source>activity %1 is placed at «%2», «%3», which the file&apos;s days and hours do not have</source>
        <translation>занятие %1 поставлено на «%2», «%3», а таких дня и часа в файле нет</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="47"/>
        <source>an activity without a valid Id or Duration («%1», «%2»)</source>
        <translation>занятие без правильного Id или Duration («%1», «%2»)</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="48"/>
        <source>must be filled in</source>
        <translation>нужно заполнить</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="49"/>
        <source>not well-formed XML at line %1</source>
        <translation>ошибка в XML в строке %1</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="50"/>
        <source>this is not a FET file</source>
        <translation>это не файл FET</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="51"/>
        <source>this is not FET&apos;s timetable CSV export</source>
        <translation>это не выгрузка расписания FET в CSV</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="52"/>
        <source>problems in the file: %1</source>
        <translation>проблем в файле: %1</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="54"/>
        <source>another timetable version starts on this date</source>
        <translation>с этой даты уже действует другая версия расписания</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="55"/>
        <source>must lie between %1 and %2</source>
        <translation>должна быть между %1 и %2</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="63"/>
        <source>by name</source>
        <translation>по названию</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="65"/>
        <source>chosen by you</source>
        <translation>выбрано вами</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="67"/>
        <source>by its classes</source>
        <translation>по классам</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="69"/>
        <source>by order</source>
        <translation>по порядку</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="71"/>
        <source>by number</source>
        <translation>по номеру</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="73"/>
        <source>by start time</source>
        <translation>по времени начала</translation>
    </message>
    <message>
        <location filename="../client/fetimporttext.cpp" line="74"/>
        <source>not matched</source>
        <translation>не сопоставлено</translation>
    </message>
</context>
<context>
    <name>JournalAdminText</name>
    <message numerus="yes">
        <location filename="../client/journaladmintext.cpp" line="20"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="46"/>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="48"/>
        <source>summary</source>
        <translation>содержание урока</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="50"/>
        <source>homework</source>
        <translation>д/з</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="52"/>
        <source>due</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="55"/>
        <source>kind of work</source>
        <translation>вид работы</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="58"/>
        <source>control work</source>
        <translation>контрольная</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="59"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="59"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="61"/>
        <source>plan topic</source>
        <translation>тема КТП</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="80"/>
        <source>5-point (2–5)</source>
        <translation>Пятибалльная (2–5)</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="82"/>
        <source>10-point (1–10)</source>
        <translation>Десятибалльная (1–10)</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="84"/>
        <source>Pass / fail</source>
        <translation>Зачёт / незачёт</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="91"/>
        <source>Marks, attendance</source>
        <translation>Отметки, посещаемость</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="93"/>
        <source>Lesson card</source>
        <translation>Карточка урока</translation>
    </message>
    <message>
        <location filename="../client/journaladmintext.cpp" line="95"/>
        <source>Final mark</source>
        <translation>Итоговая отметка</translation>
    </message>
</context>
<context>
    <name>JournalEntry</name>
    <message>
        <location filename="../client/journaldata.cpp" line="306"/>
        <source>A student may be late by 1 to 120 minutes.</source>
        <translation>Опоздание — от 1 до 120 минут.</translation>
    </message>
    <message>
        <location filename="../client/journaldata.cpp" line="314"/>
        <source>A cell holds at most five marks.</source>
        <translation>В клетке не больше пяти отметок.</translation>
    </message>
    <message>
        <location filename="../client/journaldata.cpp" line="330"/>
        <source>&quot;%1&quot; is not understood: type з (pass) or нз (fail), н, б, у or оп.</source>
        <translation>«%1» — непонятная запись: введите з (зачёт) или нз (незачёт), н, б, у или оп.</translation>
    </message>
    <message>
        <location filename="../client/journaldata.cpp" line="331"/>
        <source>&quot;%1&quot; is not understood: type marks (%2) and н, б, у or оп.</source>
        <translation>«%1» — непонятная запись: введите отметки (%2) и н, б, у или оп.</translation>
    </message>
</context>
<context>
    <name>PaperDocument</name>
    <message>
        <location filename="../client/paperdocument.cpp" line="151"/>
        <source>Printed on %1</source>
        <translation>Напечатано %1</translation>
    </message>
    <message>
        <location filename="../client/paperdocument.cpp" line="153"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>PaperExtract</name>
    <message>
        <location filename="../client/paperextract.cpp" line="50"/>
        <source>Extract from the class journal: %1</source>
        <translation>Выписка из классного журнала: %1</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="52"/>
        <source>from %1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="55"/>
        <source>%1, class %2</source>
        <translation>%1, %2 класс</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="57"/>
        <source>Extract from the class journal</source>
        <translation>Выписка из классного журнала</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="58"/>
        <source>Student: %1</source>
        <translation>Учащийся: %1</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="59"/>
        <source>Marks and attendance %1</source>
        <translation>Отметки и посещаемость %1</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="63"/>
        <location filename="../client/paperextract.cpp" line="78"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="63"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="63"/>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="64"/>
        <source>Average</source>
        <translation>Средний балл</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="64"/>
        <source>Missed lessons</source>
        <translation>Пропуски уроков</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="75"/>
        <source>No lessons in this period</source>
        <translation>Уроков за этот период нет</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="77"/>
        <source>Homework for the coming week</source>
        <translation>Домашние задания на предстоящую неделю</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="78"/>
        <source>Due</source>
        <translation>К дате</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="78"/>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="91"/>
        <source>No homework entered yet</source>
        <translation>Домашние задания пока не записаны</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="94"/>
        <source>Class teacher</source>
        <translation>Классный руководитель</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="95"/>
        <source>Read by the parent (legal representative)</source>
        <translation>С выпиской ознакомлен(а) родитель (законный представитель)</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="96"/>
        <source>Date: «____» ______________ 20___</source>
        <translation>Дата: «____» ______________ 20___ г.</translation>
    </message>
    <message>
        <location filename="../client/paperextract.cpp" line="102"/>
        <source>Extract %1 %2</source>
        <translation>Выписка %1 %2</translation>
    </message>
</context>
<context>
    <name>PaperJournal</name>
    <message>
        <location filename="../client/paperjournal.cpp" line="156"/>
        <source>%1 · teacher %2</source>
        <translation>%1 · учитель %2</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="175"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="177"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="180"/>
        <source>Surname, name / day</source>
        <translation>Фамилия, имя / число</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="227"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="228"/>
        <source>What was covered in the lesson</source>
        <translation>Что пройдено на уроке</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="229"/>
        <source>Homework</source>
        <translation>Домашнее задание</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="230"/>
        <source>Teacher&apos;s signature</source>
        <translation>Подпись учителя</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="291"/>
        <source>CLASS JOURNAL</source>
        <translation>КЛАССНЫЙ ЖУРНАЛ</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="292"/>
        <source>of class %1</source>
        <translation>%1 класса</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="294"/>
        <source>%1 school year</source>
        <translation>%1 учебный год</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="296"/>
        <source>from %1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="298"/>
        <source>Class teacher: %1</source>
        <translation>Классный руководитель: %1</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="301"/>
        <source>Contents</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="314"/>
        <source>Deputy director</source>
        <translation>Заместитель директора</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="341"/>
        <source>Class journal %1, %2</source>
        <translation>Классный журнал %1 класса, %2</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="353"/>
        <source>Summary sheet of progress</source>
        <translation>Сводная ведомость учёта успеваемости</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="354"/>
        <source>Summary of attendance</source>
        <translation>Сводная ведомость посещаемости</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="357"/>
        <source>General information about the students</source>
        <translation>Общие сведения об учащихся</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="358"/>
        <source>Remarks on the keeping of the journal</source>
        <translation>Замечания по ведению классного журнала</translation>
    </message>
    <message>
        <location filename="../client/paperjournal.cpp" line="368"/>
        <source>Journal %1 %2</source>
        <translation>Журнал %1 %2</translation>
    </message>
</context>
<context>
    <name>PaperSummary</name>
    <message>
        <location filename="../client/papersummary.cpp" line="37"/>
        <source>%1 (continued)</source>
        <translation>%1 (продолжение)</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="49"/>
        <source>Summary sheet of progress, %1</source>
        <translation>Сводная ведомость учёта успеваемости, %1</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="66"/>
        <source>grade %1</source>
        <translation>%1-е классы</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="68"/>
        <source>Summary sheet %1 %2</source>
        <translation>Сводная ведомость %1 %2</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="94"/>
        <source>Summary sheet of progress of class %1, %2 school year</source>
        <translation>Сводная ведомость учёта успеваемости учащихся %1 класса, %2 учебный год</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="105"/>
        <location filename="../client/papersummary.cpp" line="174"/>
        <location filename="../client/papersummary.cpp" line="203"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="107"/>
        <location filename="../client/papersummary.cpp" line="174"/>
        <source>Student</source>
        <translation>Фамилия, имя учащегося</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="109"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="113"/>
        <source>Decision of the teachers&apos; council (promoted, retained, graduated)</source>
        <translation>Решение педагогического совета (переведён, оставлен, выпущен)</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="148"/>
        <source>Class teacher</source>
        <translation>Классный руководитель</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="149"/>
        <source>Deputy director</source>
        <translation>Заместитель директора</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="168"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="170"/>
        <source>days missed</source>
        <translation>пропущено дней</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="170"/>
        <location filename="../client/papersummary.cpp" line="171"/>
        <source>of them for illness</source>
        <translation>из них по болезни</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="170"/>
        <source>lessons missed</source>
        <translation>пропущено уроков</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="178"/>
        <source>Summary of attendance of class %1</source>
        <translation>Сводная ведомость посещаемости учащихся %1 класса</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="200"/>
        <source>General information about the students of class %1</source>
        <translation>Общие сведения об учащихся %1 класса</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="204"/>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="205"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="206"/>
        <source>Parents (legal representatives), contacts</source>
        <translation>Родители (законные представители), контакты</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="207"/>
        <source>Admission, withdrawal (orders)</source>
        <translation>Прибытие, выбытие (приказы)</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="233"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="234"/>
        <source>Remarks and proposals of the inspector</source>
        <translation>Замечания и предложения проверяющих</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="235"/>
        <source>Inspector&apos;s signature</source>
        <translation>Подпись проверяющего</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="236"/>
        <source>Note of fulfilment</source>
        <translation>Отметка о выполнении</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="238"/>
        <source>Remarks on the keeping of the journal</source>
        <translation>Замечания по ведению классного журнала</translation>
    </message>
</context>
<context>
    <name>PaperText</name>
    <message>
        <location filename="../client/papertext.cpp" line="11"/>
        <source>a</source>
        <comment>attendance: absent (н)</comment>
        <translation>н</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="13"/>
        <source>i</source>
        <comment>attendance: ill (б)</comment>
        <translation>б</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="15"/>
        <source>e</source>
        <comment>attendance: excused (у)</comment>
        <translation>у</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="17"/>
        <source>l</source>
        <comment>attendance: late (оп)</comment>
        <translation>оп</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="24"/>
        <source>pass</source>
        <comment>mark: passed (зач)</comment>
        <translation>зач</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="26"/>
        <source>fail</source>
        <comment>mark: failed (незач)</comment>
        <translation>незач</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="28"/>
        <source>n/c</source>
        <comment>final mark: not certified (н/а)</comment>
        <translation>н/а</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="30"/>
        <source>ex.</source>
        <comment>final mark: exempt (осв.)</comment>
        <translation>осв.</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="53"/>
        <source>%1 half</source>
        <comment>short head: half-year (I пол.)</comment>
        <translation>%1 пол.</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="55"/>
        <source>%1 tri.</source>
        <comment>short head: trimester (I тр.)</comment>
        <translation>%1 тр.</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="57"/>
        <source>%1 q.</source>
        <comment>short head: quarter (I ч.)</comment>
        <translation>%1 ч.</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="63"/>
        <source>Year</source>
        <comment>the year&apos;s final mark (Год)</comment>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="75"/>
        <source>mother</source>
        <translation>мать</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="77"/>
        <source>father</source>
        <translation>отец</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="79"/>
        <source>guardian</source>
        <translation>опекун</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="80"/>
        <source>other</source>
        <comment>relation of a guardian</comment>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="89"/>
        <source>admitted %1, order No. %2</source>
        <translation>зачислен(а) %1, приказ № %2</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="91"/>
        <source>withdrawn %1, order No. %2</source>
        <translation>выбыл(а) %1, приказ № %2</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="92"/>
        <source>transferred %1, order No. %2</source>
        <translation>переведён(а) %1, приказ № %2</translation>
    </message>
    <message>
        <location filename="../client/papertext.cpp" line="111"/>
        <source>%1 «%2»</source>
        <comment>class name on paper: 5 «А»</comment>
        <translation>%1 «%2»</translation>
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
    <name>PeopleText</name>
    <message>
        <location filename="../client/peopletext.cpp" line="11"/>
        <source>subgroup</source>
        <translation>подгруппа</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="13"/>
        <source>stream</source>
        <translation>поток</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="15"/>
        <source>elective</source>
        <translation>факультатив</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="17"/>
        <source>individual plan</source>
        <translation>ИУП</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="24"/>
        <source>Admission</source>
        <translation>Зачисление</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="26"/>
        <source>Transfer</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="28"/>
        <source>Withdrawal</source>
        <translation>Выбытие</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="35"/>
        <source>mother</source>
        <translation>мать</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="37"/>
        <source>father</source>
        <translation>отец</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="39"/>
        <source>guardian</source>
        <translation>опекун</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="41"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="48"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="50"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="56"/>
        <source>yes</source>
        <translation>есть</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="56"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="70"/>
        <source>The date must lie between %1 and %2.</source>
        <translation>Дата должна быть в пределах с %1 по %2.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="77"/>
        <location filename="../client/peopletext.cpp" line="78"/>
        <source>Fill this in.</source>
        <translation>Заполните это поле.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="79"/>
        <source>The grade must be from 1 to 11.</source>
        <translation>Параллель — от 1 до 11.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="80"/>
        <source>One or two Russian letters, for example А.</source>
        <translation>Одна или две русские буквы, например А.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="81"/>
        <source>This name is already taken in this year.</source>
        <translation>Такой класс или группа в этом учебном году уже есть.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="82"/>
        <source>This staff member is archived.</source>
        <translation>Этот сотрудник в архиве.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="83"/>
        <source>It belongs to another academic year.</source>
        <translation>Относится к другому учебному году.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="84"/>
        <source>The academic year is closed and cannot be changed.</source>
        <translation>Учебный год закрыт, изменить его нельзя.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="85"/>
        <source>This does not look like an e-mail address.</source>
        <translation>Это не похоже на адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="86"/>
        <source>This person is the class teacher of a class. Appoint another class teacher first.</source>
        <translation>Сотрудник — классный руководитель. Сначала назначьте классу другого классного руководителя.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="88"/>
        <source>This personal file number belongs to another student.</source>
        <translation>Личное дело с этим номером уже есть у другого ученика.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="89"/>
        <source>The date of birth must be in the past.</source>
        <translation>Дата рождения должна быть в прошлом.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="90"/>
        <source>The movement book already has a later entry for this student.</source>
        <translation>В книге движения у этого ученика уже есть более поздняя запись.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="92"/>
        <source>The student is not enrolled in any class on this date.</source>
        <translation>На эту дату ученик не числится ни в одном классе.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="94"/>
        <source>The student joined the class on this day; choose a later date.</source>
        <translation>В этот день ученик был зачислен в класс; укажите более позднюю дату.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="96"/>
        <source>The student joins a study group later; change that group&apos;s members first.</source>
        <translation>Ученик входит в учебную группу с более поздней даты; сначала измените состав этой группы.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="98"/>
        <source>The student is already enrolled in a class on this date.</source>
        <translation>На эту дату ученик уже зачислен в класс.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="99"/>
        <source>The student is already in this class.</source>
        <translation>Ученик уже учится в этом классе.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="100"/>
        <source>The end of the period is before its start.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="101"/>
        <source>The members were changed later than this date.</source>
        <translation>Состав группы менялся позже этой даты.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="102"/>
        <source>A student cannot leave the group on the day they joined it.</source>
        <translation>Ученика нельзя исключить из группы в день, когда он в неё вошёл.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="104"/>
        <source>A class is split into 2 to 10 groups.</source>
        <translation>Класс делится на 2–10 групп.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="105"/>
        <source>A subgroup needs a class.</source>
        <translation>Для подгруппы нужно выбрать класс.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="111"/>
        <source>A chosen student is not in the group&apos;s class on this date.</source>
        <translation>Один из выбранных учеников на эту дату не учится в классе группы.</translation>
    </message>
    <message>
        <location filename="../client/peopletext.cpp" line="113"/>
        <source>A chosen student is not enrolled in a class on this date.</source>
        <translation>Один из выбранных учеников на эту дату не зачислен ни в один класс.</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../client/plantext.cpp" line="25"/>
        <source>Fill this in.</source>
        <translation>Заполните это поле.</translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="27"/>
        <source>Hours: a number from 0.1 to 99 with at most one decimal.</source>
        <translation>Часы — число от 0,1 до 99, не больше одного знака после запятой.</translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="29"/>
        <source>The weight is a number from 0.1 to 10 with at most one decimal.</source>
        <translation>Вес — число от 0,1 до 10, не больше одного знака после запятой.</translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="31"/>
        <source>Not a date.</source>
        <translation>Это не дата.</translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="33"/>
        <source>Must lie within the school year, %1 – %2.</source>
        <translation>Дата должна быть внутри учебного года, %1 – %2.</translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="36"/>
        <source>Must be from %1 to %2.</source>
        <translation>Допустимо от %1 до %2.</translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="38"/>
        <source>Already used by «%1».</source>
        <translation>Уже занято: «%1».</translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="39"/>
        <source>This name is already taken.</source>
        <translation>Такое название уже есть.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/plantext.cpp" line="41"/>
        <source>The load already has a plan of %n topic(s).</source>
        <translation>
            <numerusform>У нагрузки уже есть КТП из %n темы.</numerusform>
            <numerusform>У нагрузки уже есть КТП из %n тем.</numerusform>
            <numerusform>У нагрузки уже есть КТП из %n тем.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="43"/>
        <source>That load has no plan to copy.</source>
        <translation>У этой нагрузки нет КТП для копирования.</translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="44"/>
        <source>Choose another load to copy from.</source>
        <translation>Выберите другую нагрузку, из которой копировать.</translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="46"/>
        <source>The topic belongs to another load; refresh the plan.</source>
        <translation>Тема относится к другой нагрузке; обновите КТП.</translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="48"/>
        <source>The school year is closed and can no longer be changed.</source>
        <translation>Учебный год закрыт, изменения в нём невозможны.</translation>
    </message>
    <message>
        <location filename="../client/plantext.cpp" line="51"/>
        <source>Not possible: %1 and %2 of this school year are not on this scale. Correct those marks first.</source>
        <translation>Нельзя: %1 и %2 этого учебного года не укладываются в эту шкалу. Сначала исправьте эти отметки.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/plantext.cpp" line="53"/>
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n отметка</numerusform>
            <numerusform>%n отметки</numerusform>
            <numerusform>%n отметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/plantext.cpp" line="54"/>
        <source>%n final mark(s)</source>
        <translation>
            <numerusform>%n итоговая отметка</numerusform>
            <numerusform>%n итоговые отметки</numerusform>
            <numerusform>%n итоговых отметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/plantext.cpp" line="57"/>
        <source>%n row(s) of the file have problems; nothing was imported.</source>
        <translation>
            <numerusform>В %n строке файла ошибки; ничего не загружено.</numerusform>
            <numerusform>В %n строках файла ошибки; ничего не загружено.</numerusform>
            <numerusform>В %n строках файла ошибки; ничего не загружено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <location filename="../client/printdocument.cpp" line="126"/>
        <source>Printed on %1</source>
        <translation>Напечатано %1</translation>
    </message>
    <message>
        <location filename="../client/printdocument.cpp" line="128"/>
        <source>Page %1 of %2</source>
        <translation>стр. %1 из %2</translation>
    </message>
</context>
<context>
    <name>PrintOutput</name>
    <message>
        <location filename="../client/printoutput.cpp" line="21"/>
        <source>Print preview: %1</source>
        <translation>Предварительный просмотр: %1</translation>
    </message>
    <message>
        <location filename="../client/printoutput.cpp" line="33"/>
        <source>Print: %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <location filename="../client/printoutput.cpp" line="49"/>
        <source>Could not write the file %1. Check that the folder exists and that you may write to it.</source>
        <translation>Не удалось записать файл %1. Проверьте, что папка существует и у вас есть право записи в неё.</translation>
    </message>
    <message>
        <location filename="../client/printoutput.cpp" line="61"/>
        <location filename="../client/printoutput.cpp" line="69"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../client/printoutput.cpp" line="62"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../client/reportchart.cpp" line="59"/>
        <source>All rows</source>
        <translation>Все строки</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/reportchart.cpp" line="109"/>
        <source>the first %1 of %n rows</source>
        <translation>
            <numerusform>первые %1 из %n строки</numerusform>
            <numerusform>первые %1 из %n строк</numerusform>
            <numerusform>первые %1 из %n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../client/reportdocument.cpp" line="179"/>
        <source>The report has no rows.</source>
        <translation>В отчёте нет ни одной строки.</translation>
    </message>
    <message>
        <location filename="../client/reportdocument.cpp" line="325"/>
        <source>Printed on %1</source>
        <translation>Напечатано %1</translation>
    </message>
    <message>
        <location filename="../client/reportdocument.cpp" line="328"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../client/reportexport.cpp" line="41"/>
        <location filename="../client/reportxlsx.cpp" line="171"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/reportexport.cpp" line="47"/>
        <source>Only the first %n rows are here: the report&apos;s row limit was reached.</source>
        <translation>
            <numerusform>Здесь только первая %n строка: достигнут предел строк отчёта.</numerusform>
            <numerusform>Здесь только первые %n строки: достигнут предел строк отчёта.</numerusform>
            <numerusform>Здесь только первые %n строк: достигнут предел строк отчёта.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/reportexport.cpp" line="53"/>
        <source>Could not write the file %1. Check that the folder exists and that you may write to it.</source>
        <translation>Не удалось записать файл %1. Проверьте, что папка существует и у вас есть право записи в неё.</translation>
    </message>
    <message>
        <location filename="../client/reportxlsx.cpp" line="51"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../client/reportxlsx.cpp" line="293"/>
        <source>Could not write the file %1: %2.</source>
        <translation>Не удалось записать файл %1: %2.</translation>
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
    <name>ServerText</name>
    <message>
        <location filename="../client/servertext.cpp" line="17"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="19"/>
        <source>Done, not everywhere</source>
        <translation>Выполнено не везде</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="21"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="23"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="25"/>
        <source>Waiting to start</source>
        <translation>Ожидает запуска</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="32"/>
        <source>On schedule</source>
        <translation>По расписанию</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="34"/>
        <source>Requested in the program</source>
        <translation>Запрошено в программе</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="36"/>
        <source>Command on the server</source>
        <translation>Команда на сервере</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="49"/>
        <source>not checked</source>
        <translation>не проверялась</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="50"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="50"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="59"/>
        <source>%1 (failed)</source>
        <translation>%1 (ошибка)</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="73"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="78"/>
        <source>check: %1</source>
        <translation>проверка: %1</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="88"/>
        <source>The last backup (%1) failed: %2</source>
        <translation>Последнее резервное копирование (%1) завершилось ошибкой: %2</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="92"/>
        <source>The last backup was not saved everywhere: %1</source>
        <translation>Последняя резервная копия сохранена не во все папки: %1</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="94"/>
        <source>There is no backup of the journal yet. Press «Back up now».</source>
        <translation>Резервной копии журнала ещё нет. Нажмите «Создать копию сейчас».</translation>
    </message>
    <message>
        <location filename="../client/servertext.cpp" line="97"/>
        <source>The last good backup is older than a day (%1). Check that the server is running at the backup time and that the backup folders are available.</source>
        <translation>Последней удачной резервной копии больше суток (%1). Проверьте, что сервер работает во время резервного копирования и папки для копий доступны.</translation>
    </message>
</context>
<context>
    <name>StructureErrors</name>
    <message>
        <location filename="../client/structureerrors.cpp" line="31"/>
        <source>the period %1 of %2</source>
        <translation>период %1 схемы %2</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="33"/>
        <source>the holiday %1</source>
        <translation>каникулы %1</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="41"/>
        <source>Fill this in.</source>
        <translation>Заполните это поле.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="43"/>
        <source>This name is already taken.</source>
        <translation>Такое название уже есть.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="45"/>
        <source>The year already has a period scheme with this name.</source>
        <translation>В этом году уже есть схема периодов с таким названием.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="47"/>
        <source>Already used by %1.</source>
        <translation>Уже используется: %1.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="49"/>
        <source>The end must come after the start.</source>
        <translation>Окончание должно быть позже начала.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/structureerrors.cpp" line="51"/>
        <source>A school year lasts at most %n month(s).</source>
        <translation>
            <numerusform>Учебный год длится не больше %n месяца.</numerusform>
            <numerusform>Учебный год длится не больше %n месяцев.</numerusform>
            <numerusform>Учебный год длится не больше %n месяцев.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="54"/>
        <source>Overlaps the school year %1.</source>
        <translation>Пересекается с учебным годом %1.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="56"/>
        <source>Overlaps the holiday %1, which applies to the same grades.</source>
        <translation>Пересекается с каникулами %1 для тех же классов.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="59"/>
        <source>Would leave outside the year: %1.</source>
        <translation>За пределами года окажутся: %1.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="62"/>
        <source>Must lie within the school year, %1 – %2.</source>
        <translation>Дата должна быть в пределах учебного года: %1 – %2.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="65"/>
        <source>Must lie within the school year, %1.</source>
        <translation>Период должен быть в пределах учебного года: %1.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="67"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="69"/>
        <source>Must start after the end of «%1».</source>
        <translation>Должен начинаться после окончания периода «%1».</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="71"/>
        <source>The period is closed: its dates cannot change.</source>
        <translation>Период закрыт: его даты изменить нельзя.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/structureerrors.cpp" line="73"/>
        <source>This kind needs %n period(s).</source>
        <translation>
            <numerusform>Для этого вида нужно периодов: %n.</numerusform>
            <numerusform>Для этого вида нужно периодов: %n.</numerusform>
            <numerusform>Для этого вида нужно периодов: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="76"/>
        <source>The classes %1 follow this scheme; give them another scheme first.</source>
        <translation>По этой схеме учатся классы %1; сначала назначьте им другую схему.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="79"/>
        <source>The school year is closed and can no longer be changed.</source>
        <translation>Учебный год закрыт, изменить его уже нельзя.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="81"/>
        <source>The school year «%1» is still current; close it first.</source>
        <translation>Текущим пока остаётся учебный год «%1»; сначала закройте его.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="84"/>
        <source>The year is already %1.</source>
        <translation>Год уже в состоянии «%1».</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="87"/>
        <source>A closed year cannot be reopened.</source>
        <translation>Закрытый год нельзя открыть снова.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="89"/>
        <source>A planned year cannot be closed; make it current first.</source>
        <translation>Планируемый год нельзя закрыть; сначала сделайте его текущим.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="91"/>
        <source>Grades are numbers from 1 to 11.</source>
        <translation>Классы — числа от 1 до 11.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="93"/>
        <source>The lesson must end after it starts.</source>
        <translation>Урок должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="95"/>
        <source>Starts before lesson %1 ends.</source>
        <translation>Начинается раньше, чем заканчивается урок %1.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="97"/>
        <source>Lesson %1 is listed twice.</source>
        <translation>Урок %1 указан дважды.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="99"/>
        <source>Lessons must go in order: this one comes after lesson %1.</source>
        <translation>Уроки должны идти по порядку: этот урок стоит после урока %1.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="102"/>
        <source>The lesson number must be from 0 to %1.</source>
        <translation>Номер урока — от 0 до %1.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="104"/>
        <source>The capacity must be from 1 to %1.</source>
        <translation>Число мест — от 1 до %1.</translation>
    </message>
    <message>
        <location filename="../client/structureerrors.cpp" line="117"/>
        <source>The server did not accept this value (%1).</source>
        <translation>Сервер не принял это значение (%1).</translation>
    </message>
</context>
<context>
    <name>StructureText</name>
    <message>
        <location filename="../client/structuretext.cpp" line="43"/>
        <source>planned</source>
        <translation>планируется</translation>
    </message>
    <message>
        <location filename="../client/structuretext.cpp" line="45"/>
        <source>current</source>
        <translation>текущий</translation>
    </message>
    <message>
        <location filename="../client/structuretext.cpp" line="47"/>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../client/structuretext.cpp" line="54"/>
        <source>quarters</source>
        <translation>четверти</translation>
    </message>
    <message>
        <location filename="../client/structuretext.cpp" line="56"/>
        <source>trimesters</source>
        <translation>триместры</translation>
    </message>
    <message>
        <location filename="../client/structuretext.cpp" line="58"/>
        <source>half-years</source>
        <translation>полугодия</translation>
    </message>
    <message>
        <location filename="../client/structuretext.cpp" line="60"/>
        <source>whole year</source>
        <translation>год</translation>
    </message>
    <message>
        <location filename="../client/structuretext.cpp" line="67"/>
        <source>federal (FC)</source>
        <translation>федеральный (ФК)</translation>
    </message>
    <message>
        <location filename="../client/structuretext.cpp" line="69"/>
        <source>school component</source>
        <translation>компонент ОУ</translation>
    </message>
    <message>
        <location filename="../client/structuretext.cpp" line="76"/>
        <source>all grades</source>
        <translation>все классы</translation>
    </message>
    <message>
        <location filename="../client/structuretext.cpp" line="93"/>
        <source>grades %1</source>
        <translation>%1 классы</translation>
    </message>
</context>
<context>
    <name>TimetablePrint</name>
    <message>
        <location filename="../client/timetableprint.cpp" line="30"/>
        <source>Timetable: %1</source>
        <translation>Расписание: %1</translation>
    </message>
    <message>
        <location filename="../client/timetableprint.cpp" line="31"/>
        <source>In force from %1 (version «%2»)</source>
        <translation>Действует с %1 (версия «%2»)</translation>
    </message>
    <message>
        <location filename="../client/timetableprint.cpp" line="37"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
</context>
<context>
    <name>TimetableText</name>
    <message>
        <location filename="../client/timetabletext.cpp" line="20"/>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="21"/>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="22"/>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="23"/>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="24"/>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="25"/>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="33"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="34"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="35"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="36"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="37"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="38"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="46"/>
        <source>Odd weeks</source>
        <translation>По нечётным неделям</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="48"/>
        <source>Even weeks</source>
        <translation>По чётным неделям</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="55"/>
        <source>odd wk.</source>
        <translation>нечёт. нед.</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="57"/>
        <source>even wk.</source>
        <translation>чёт. нед.</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="64"/>
        <source>Whole week</source>
        <translation>Вся неделя</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="67"/>
        <source>%1, lesson %2</source>
        <translation>%1, %2-й урок</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetabletext.cpp" line="74"/>
        <source>%1 has %n lessons at the same time</source>
        <translation>
            <numerusform>У учителя %1 %n урок одновременно</numerusform>
            <numerusform>У учителя %1 %n урока одновременно</numerusform>
            <numerusform>У учителя %1 %n уроков одновременно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetabletext.cpp" line="76"/>
        <source>Room %1 has %n lessons at the same time</source>
        <translation>
            <numerusform>В кабинете %1 %n урок одновременно</numerusform>
            <numerusform>В кабинете %1 %n урока одновременно</numerusform>
            <numerusform>В кабинете %1 %n уроков одновременно</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="78"/>
        <source>%1 has two lessons at the same time</source>
        <translation>У %1 два урока одновременно</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="80"/>
        <source>%1 and %2 have lessons at the same time (common students)</source>
        <translation>У %1 и %2 уроки в одно время (есть общие ученики)</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="82"/>
        <source>%1: there is no such lesson in the bell schedule of shift %2</source>
        <translation>%1: такого урока нет в расписании звонков %2-й смены</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="84"/>
        <source>%1 cannot teach at this time (a forbidden slot)</source>
        <translation>%1 не может вести уроки в это время (запрещённый час)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetabletext.cpp" line="86"/>
        <source>Room %1 seats %2, but %3 has %n students</source>
        <translation>
            <numerusform>Кабинет %1 рассчитан на %2 мест, а в %3 %n ученик</numerusform>
            <numerusform>Кабинет %1 рассчитан на %2 мест, а в %3 %n ученика</numerusform>
            <numerusform>Кабинет %1 рассчитан на %2 мест, а в %3 %n учеников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="89"/>
        <source>%1 in %2: %3 lessons placed, but the load is %4 hours a week</source>
        <translation>%1 в %2: поставлено уроков — %3, а по нагрузке %4 ч в неделю</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetabletext.cpp" line="92"/>
        <source>%1 has %n lessons on this day, more than allowed (%2)</source>
        <translation>
            <numerusform>У %1 в этот день %n урок — больше допустимого (%2)</numerusform>
            <numerusform>У %1 в этот день %n урока — больше допустимого (%2)</numerusform>
            <numerusform>У %1 в этот день %n уроков — больше допустимого (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetabletext.cpp" line="95"/>
        <source>%1 has %n free lessons between lessons on this day</source>
        <translation>
            <numerusform>У %1 в этот день %n «окно» между уроками</numerusform>
            <numerusform>У %1 в этот день %n «окна» между уроками</numerusform>
            <numerusform>У %1 в этот день %n «окон» между уроками</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="102"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="104"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="105"/>
        <source>Note</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="111"/>
        <source>Lessons in teachers&apos; forbidden slots</source>
        <translation>Уроки в запрещённые часы учителей</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="113"/>
        <source>Rooms too small for the class or group</source>
        <translation>Кабинеты меньше класса или группы</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="115"/>
        <source>More lessons than the teaching load</source>
        <translation>Уроков больше, чем по нагрузке</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="117"/>
        <source>More lessons a day than allowed for the grade</source>
        <translation>Уроков в день больше нормы для параллели</translation>
    </message>
</context>
<context>
    <name>YearCloseText</name>
    <message>
        <location filename="../client/yearclosetext.cpp" line="22"/>
        <source>%1, lesson %2 — %3, %4 (%5)</source>
        <translation>%1, %2-й урок — %3, %4 (%5)</translation>
    </message>
    <message>
        <location filename="../client/yearclosetext.cpp" line="31"/>
        <source>Lessons without a topic</source>
        <translation>Уроки без темы</translation>
    </message>
    <message>
        <location filename="../client/yearclosetext.cpp" line="33"/>
        <source>Year marks not given</source>
        <translation>Не выставлены годовые отметки</translation>
    </message>
    <message>
        <location filename="../client/yearclosetext.cpp" line="35"/>
        <source>Substituted lessons not filled in</source>
        <translation>Не заполнены уроки замены</translation>
    </message>
    <message>
        <location filename="../client/yearclosetext.cpp" line="37"/>
        <source>Periods not closed</source>
        <translation>Не закрыты учебные периоды</translation>
    </message>
    <message>
        <location filename="../client/yearclosetext.cpp" line="44"/>
        <source>Teachers fill the topics in their journals</source>
        <translation>Учителя заполняют темы уроков в своих журналах</translation>
    </message>
    <message>
        <location filename="../client/yearclosetext.cpp" line="46"/>
        <source>Teachers give the year marks in the final-mark columns of their journals</source>
        <translation>Учителя выставляют годовые отметки в итоговых столбцах своих журналов</translation>
    </message>
    <message>
        <location filename="../client/yearclosetext.cpp" line="48"/>
        <source>The substitute teachers fill these lessons in the journal</source>
        <translation>Заменявшие учителя заполняют эти уроки в журнале</translation>
    </message>
    <message>
        <location filename="../client/yearclosetext.cpp" line="50"/>
        <source>Closing the year closes these periods too</source>
        <translation>При закрытии года эти периоды тоже будут закрыты</translation>
    </message>
    <message>
        <location filename="../client/yearclosetext.cpp" line="57"/>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <location filename="../client/yearclosetext.cpp" line="60"/>
        <source>%1 (%2), ends %3</source>
        <translation>%1 (%2), окончание %3</translation>
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
    <name>ejournal::client::AccountsCandidates</name>
    <message>
        <location filename="../client/accountscandidates.cpp" line="28"/>
        <source>mother</source>
        <translation>мать</translation>
    </message>
    <message>
        <location filename="../client/accountscandidates.cpp" line="30"/>
        <source>father</source>
        <translation>отец</translation>
    </message>
    <message>
        <location filename="../client/accountscandidates.cpp" line="32"/>
        <source>guardian</source>
        <translation>опекун</translation>
    </message>
    <message>
        <location filename="../client/accountscandidates.cpp" line="33"/>
        <source>relative</source>
        <translation>родственник</translation>
    </message>
    <message>
        <location filename="../client/accountscandidates.cpp" line="103"/>
        <source>born %1</source>
        <translation>дата рождения %1</translation>
    </message>
    <message>
        <location filename="../client/accountscandidates.cpp" line="118"/>
        <source>%1 of %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ejournal::client::AccountsCredentialsDialog</name>
    <message>
        <location filename="../client/accountscredentialsdialog.cpp" line="28"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../client/accountscredentialsdialog.cpp" line="29"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../client/accountscredentialsdialog.cpp" line="30"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../client/accountscredentialsdialog.cpp" line="31"/>
        <source>Temporary password</source>
        <translation>Временный пароль</translation>
    </message>
    <message>
        <location filename="../client/accountscredentialsdialog.cpp" line="34"/>
        <source>Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <location filename="../client/accountscredentialsdialog.cpp" line="35"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../client/accountscredentialsdialog.cpp" line="36"/>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../client/accountscredentialsdialog.cpp" line="39"/>
        <location filename="../client/accountscredentialsdialog.cpp" line="113"/>
        <source>New credentials</source>
        <translation>Новые учётные данные</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/accountscredentialsdialog.cpp" line="49"/>
        <source>%n account(s) issued. The temporary passwords are shown only now: print the slips or save them as PDF and hand each person their slip. At the first sign-in the program asks for a new password.</source>
        <translation>
            <numerusform>Выдана %n учётная запись. Временные пароли показываются только сейчас: напечатайте листки или сохраните их в PDF и раздайте каждому его листок. При первом входе программа попросит сменить пароль.</numerusform>
            <numerusform>Выданы %n учётные записи. Временные пароли показываются только сейчас: напечатайте листки или сохраните их в PDF и раздайте каждому его листок. При первом входе программа попросит сменить пароль.</numerusform>
            <numerusform>Выдано %n учётных записей. Временные пароли показываются только сейчас: напечатайте листки или сохраните их в PDF и раздайте каждому его листок. При первом входе программа попросит сменить пароль.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/accountscredentialsdialog.cpp" line="94"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../client/accountscredentialsdialog.cpp" line="103"/>
        <source>credentials %1.pdf</source>
        <translation>учётные данные %1.pdf</translation>
    </message>
    <message>
        <location filename="../client/accountscredentialsdialog.cpp" line="114"/>
        <source>The temporary passwords will not be shown again. Close without printing or saving the slips?</source>
        <translation>Временные пароли больше не будут показаны. Закрыть, не напечатав и не сохранив листки?</translation>
    </message>
</context>
<context>
    <name>ejournal::client::AccountsPage</name>
    <message>
        <location filename="../client/accountspage.cpp" line="35"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="49"/>
        <location filename="../client/accountspage.cpp" line="70"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="50"/>
        <location filename="../client/accountspage.cpp" line="71"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="52"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="53"/>
        <location filename="../client/accountspage.cpp" line="486"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="54"/>
        <source>Blocked</source>
        <translation>Заблокирована</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="56"/>
        <source>Must change password</source>
        <translation>Нужно сменить пароль</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="58"/>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="62"/>
        <source>never</source>
        <translation>не входил</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="73"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="74"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="98"/>
        <source>&amp;Issue access…</source>
        <translation>&amp;Выдать доступ…</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="99"/>
        <source>Create a login and a temporary password for the selected person (Insert)</source>
        <translation>Создать логин и временный пароль для выбранного человека (Insert)</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="100"/>
        <source>Issue access to the whole &amp;class</source>
        <translation>Выдать доступ всему &amp;классу</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="101"/>
        <source>Accounts for every student of the class and their parents who have none yet</source>
        <translation>Учётные записи всем ученикам класса и их родителям, у кого их ещё нет</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="102"/>
        <source>&amp;Reset password</source>
        <translation>&amp;Сбросить пароль</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="103"/>
        <source>Give the selected account a new temporary password</source>
        <translation>Выдать выбранной учётной записи новый временный пароль</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="104"/>
        <location filename="../client/accountspage.cpp" line="301"/>
        <source>&amp;Block</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="105"/>
        <source>R&amp;oles…</source>
        <translation>Р&amp;оли…</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="105"/>
        <source>Change what the staff member may do</source>
        <translation>Изменить, что сотруднику разрешено делать</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="106"/>
        <source>Import from CS&amp;V…</source>
        <translation>Импорт из CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="107"/>
        <source>Add students with their parents, or staff, from a spreadsheet file</source>
        <translation>Добавить учащихся с родителями или сотрудников из файла электронной таблицы</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="108"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="108"/>
        <source>Reload the lists (F5)</source>
        <translation>Загрузить списки заново (F5)</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="109"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="109"/>
        <source>Reverse the last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="124"/>
        <source>C&amp;lass:</source>
        <translation>К&amp;ласс:</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="151"/>
        <source>Parents are listed when a class is chosen.</source>
        <translation>Родители показываются, когда выбран класс.</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="158"/>
        <location filename="../client/accountspage.cpp" line="168"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="159"/>
        <source>Without an account</source>
        <translation>Без учётной записи</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="169"/>
        <source>Logins of staff, students and parents. Issue access to people who have none, reset forgotten passwords, block accounts, import people from a CSV file. New passwords are shown once, on slips to print and hand out.</source>
        <translation>Логины сотрудников, учеников и родителей. Выдавайте доступ тем, у кого его нет, сбрасывайте забытые пароли, блокируйте учётные записи, загружайте людей из файла CSV. Новые пароли показываются один раз — на листках, которые нужно напечатать и раздать.</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="172"/>
        <source>Logins of the students and parents of your class. Issue access, reset forgotten passwords, block accounts. New passwords are shown once, on slips to print and hand out.</source>
        <translation>Логины учеников и родителей вашего класса. Выдавайте доступ, сбрасывайте забытые пароли, блокируйте учётные записи. Новые пароли показываются один раз — на листках, которые нужно напечатать и раздать.</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="246"/>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="252"/>
        <source>You are not the class teacher of any class this year, so there are no accounts for you to manage here.</source>
        <translation>В этом учебном году вы не классный руководитель ни одного класса, поэтому здесь нет учётных записей, которыми вы управляете.</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="301"/>
        <source>Un&amp;block</source>
        <translation>Р&amp;азблокировать</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="302"/>
        <source>Allow the account to sign in again</source>
        <translation>Снова разрешить вход с этой учётной записью</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="303"/>
        <source>Stop the account from signing in; its open sessions end</source>
        <translation>Запретить вход с этой учётной записью; её открытые сеансы завершатся</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="311"/>
        <source>Accounts (%1)</source>
        <translation>Учётные записи (%1)</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="312"/>
        <source>Without an account (%1)</source>
        <translation>Без учётной записи (%1)</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="364"/>
        <location filename="../client/accountspage.cpp" line="368"/>
        <location filename="../client/accountspage.cpp" line="394"/>
        <source>Issue access</source>
        <translation>Выдать доступ</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="365"/>
        <source>A login and a temporary password for &lt;b&gt;%1&lt;/b&gt;. Choose what the staff member may do in the journal.</source>
        <translation>Логин и временный пароль для сотрудника &lt;b&gt;%1&lt;/b&gt;. Отметьте, что ему разрешено делать в журнале.</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="380"/>
        <source>Access issued to %1, login %2.</source>
        <translation>Доступ выдан: %1, логин %2.</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="391"/>
        <source>Issue access to the whole class</source>
        <translation>Выдать доступ всему классу</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="392"/>
        <source>Create accounts for every student of %1 and for their parents who have no account yet?</source>
        <translation>Создать учётные записи всем ученикам %1 и их родителям, у кого их ещё нет?</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="405"/>
        <source>Everybody in %1 and all their parents already have an account.</source>
        <translation>У всех учеников %1 и их родителей уже есть учётные записи.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/accountspage.cpp" line="408"/>
        <source>%n account(s) issued for %1.</source>
        <translation>
            <numerusform>Для %1 выдана %n учётная запись.</numerusform>
            <numerusform>Для %1 выданы %n учётные записи.</numerusform>
            <numerusform>Для %1 выдано %n учётных записей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="421"/>
        <location filename="../client/accountspage.cpp" line="424"/>
        <source>Reset password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="422"/>
        <source>Give %1 (%2) a new temporary password? The old password stops working and the user&apos;s open sessions end.</source>
        <translation>Выдать пользователю %1 (%2) новый временный пароль? Старый пароль перестанет действовать, открытые сеансы пользователя завершатся.</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="433"/>
        <source>%1 has a new temporary password.</source>
        <translation>Пользователю %1 выдан новый временный пароль.</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="464"/>
        <source>The account of %1 is blocked: they cannot sign in.</source>
        <translation>Учётная запись пользователя %1 заблокирована: войти в программу он не сможет.</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="465"/>
        <source>The account of %1 is unblocked.</source>
        <translation>Учётная запись пользователя %1 разблокирована.</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="468"/>
        <source>Undone: the account of %1 is blocked again.</source>
        <translation>Отменено: учётная запись пользователя %1 снова заблокирована.</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="469"/>
        <source>Undone: the account of %1 is unblocked again.</source>
        <translation>Отменено: учётная запись пользователя %1 снова разблокирована.</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="487"/>
        <source>What &lt;b&gt;%1&lt;/b&gt; (%2) may do in the journal.</source>
        <translation>Что пользователю &lt;b&gt;%1&lt;/b&gt; (%2) разрешено делать в журнале.</translation>
    </message>
    <message>
        <location filename="../client/accountspage.cpp" line="493"/>
        <source>The roles of %1 are saved.</source>
        <translation>Роли пользователя %1 сохранены.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::AccountsRolesDialog</name>
    <message>
        <location filename="../client/accountsrolesdialog.cpp" line="41"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../client/accountsrolesdialog.cpp" line="93"/>
        <source>Choose at least one role.</source>
        <translation>Выберите хотя бы одну роль.</translation>
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
    <name>ejournal::client::ChangesDateBar</name>
    <message>
        <location filename="../client/changesdatebar.cpp" line="28"/>
        <source>Previous week (Alt+Left)</source>
        <translation>Предыдущая неделя (Alt+←)</translation>
    </message>
    <message>
        <location filename="../client/changesdatebar.cpp" line="28"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Предыдущий день (Alt+←)</translation>
    </message>
    <message>
        <location filename="../client/changesdatebar.cpp" line="32"/>
        <source>Next week (Alt+Right)</source>
        <translation>Следующая неделя (Alt+→)</translation>
    </message>
    <message>
        <location filename="../client/changesdatebar.cpp" line="32"/>
        <source>Next day (Alt+Right)</source>
        <translation>Следующий день (Alt+→)</translation>
    </message>
    <message>
        <location filename="../client/changesdatebar.cpp" line="35"/>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location filename="../client/changesdatebar.cpp" line="35"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../client/changesdatebar.cpp" line="36"/>
        <source>Back to today (Alt+Home)</source>
        <translation>Вернуться к сегодняшнему дню (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../client/changesdatebar.cpp" line="42"/>
        <source>&amp;Week of:</source>
        <translation>&amp;Неделя с:</translation>
    </message>
    <message>
        <location filename="../client/changesdatebar.cpp" line="42"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../client/changesdatebar.cpp" line="97"/>
        <source>– %1</source>
        <translation>по %1</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ChangesDayTab</name>
    <message>
        <location filename="../client/changesdaytab.cpp" line="29"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="30"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="31"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="32"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="34"/>
        <source>What changes</source>
        <translation>Что меняется</translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="35"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="36"/>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="37"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="50"/>
        <source>Pre&amp;view…</source>
        <translation>Пред&amp;просмотр…</translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="52"/>
        <source>The sheet for the staff-room board as it will be printed</source>
        <translation>Лист для доски в учительской в том виде, как он будет напечатан</translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="53"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="56"/>
        <source>Print the changes sheet (Ctrl+P)</source>
        <translation>Напечатать лист изменений (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="57"/>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="81"/>
        <source>No changes on this day</source>
        <translation>Изменений на этот день нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/changesdaytab.cpp" line="81"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/changesdaytab.cpp" line="112"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ChangesLessonsTab</name>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="42"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="43"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="44"/>
        <source>Class or group</source>
        <translation>Класс или группа</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="45"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="46"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="47"/>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="48"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="69"/>
        <source>Whole school</source>
        <translation>Вся школа</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="70"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="83"/>
        <source>&amp;Substitute…</source>
        <translation>&amp;Заменить учителя…</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="84"/>
        <source>Give the lesson to another teacher (Return)</source>
        <translation>Передать урок другому учителю (Enter)</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="85"/>
        <source>M&amp;ove…</source>
        <translation>Пере&amp;нести…</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="86"/>
        <source>Move the lesson to another date, lesson number or room</source>
        <translation>Перенести урок на другую дату, номер урока или в другой кабинет</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="87"/>
        <source>&amp;Cancel lesson…</source>
        <translation>&amp;Отменить урок…</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="88"/>
        <source>The lesson will not take place (Delete)</source>
        <translation>Урок не состоится (Delete)</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="89"/>
        <source>Res&amp;tore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="90"/>
        <source>Undo a cancellation or take the lesson out of a merge</source>
        <translation>Отменить отмену урока или вывести урок из объединения</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="91"/>
        <source>Mer&amp;ge groups…</source>
        <translation>Об&amp;ъединить группы…</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="92"/>
        <source>Teach other groups&apos; lessons of the same subject and time together with this one</source>
        <translation>Провести уроки других групп по тому же предмету в то же время вместе с этим</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="173"/>
        <source>Class %1</source>
        <translation>Класс %1</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="177"/>
        <source>Teacher %1</source>
        <translation>Учитель %1</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="226"/>
        <source>The change has been undone.</source>
        <translation>Изменение отменено.</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="239"/>
        <source>undo</source>
        <translation>отмена изменения</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="240"/>
        <source>now given by %1</source>
        <translation>урок ведёт %1</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="261"/>
        <source>moved to %1, lesson %2, room %3</source>
        <translation>перенесён на %1, %2-й урок, кабинет %3</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="264"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="278"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="292"/>
        <source>takes place again</source>
        <translation>урок снова состоится</translation>
    </message>
    <message>
        <location filename="../client/changeslessonstab.cpp" line="307"/>
        <source>taught together with %1</source>
        <translation>проводится вместе с %1</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ChangesMyTab</name>
    <message>
        <location filename="../client/changesmytab.cpp" line="24"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../client/changesmytab.cpp" line="28"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../client/changesmytab.cpp" line="29"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../client/changesmytab.cpp" line="30"/>
        <source>Class or group</source>
        <translation>Класс или группа</translation>
    </message>
    <message>
        <location filename="../client/changesmytab.cpp" line="31"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/changesmytab.cpp" line="32"/>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location filename="../client/changesmytab.cpp" line="33"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/changesmytab.cpp" line="67"/>
        <source>%n lesson(s) this week</source>
        <translation>
            <numerusform>%n урок на этой неделе</numerusform>
            <numerusform>%n урока на этой неделе</numerusform>
            <numerusform>%n уроков на этой неделе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/changesmytab.cpp" line="71"/>
        <source>★ %n substitution(s)</source>
        <translation>
            <numerusform>★ %n замена</numerusform>
            <numerusform>★ %n замены</numerusform>
            <numerusform>★ %n замен</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ejournal::client::ChangesPage</name>
    <message>
        <location filename="../client/changespage.cpp" line="33"/>
        <source>&amp;My lessons</source>
        <translation>&amp;Мои уроки</translation>
    </message>
    <message>
        <location filename="../client/changespage.cpp" line="34"/>
        <source>The day&apos;s &amp;changes</source>
        <translation>&amp;Изменения дня</translation>
    </message>
    <message>
        <location filename="../client/changespage.cpp" line="36"/>
        <source>&amp;Lessons and substitutions</source>
        <translation>&amp;Уроки и замены</translation>
    </message>
    <message>
        <location filename="../client/changespage.cpp" line="36"/>
        <source>&amp;Lessons of the day</source>
        <translation>&amp;Уроки дня</translation>
    </message>
    <message>
        <location filename="../client/changespage.cpp" line="38"/>
        <source>Lesson ca&amp;lendar</source>
        <translation>&amp;Календарь уроков</translation>
    </message>
    <message>
        <location filename="../client/changespage.cpp" line="44"/>
        <source>Changes and substitutions</source>
        <translation>Изменения и замены</translation>
    </message>
    <message>
        <location filename="../client/changespage.cpp" line="45"/>
        <source>Substitute teachers, move, cancel and merge lessons; everyone sees the changes at once. Print the day&apos;s changes for the staff room.</source>
        <translation>Замены учителей, переносы, отмены и объединения уроков: все видят изменения сразу. Лист изменений дня — для доски в учительской.</translation>
    </message>
    <message>
        <location filename="../client/changespage.cpp" line="47"/>
        <source>Changes to the timetable as they are made: substitutions, moved and cancelled lessons.</source>
        <translation>Изменения в расписании по мере их внесения: замены, переносы и отмены уроков.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ClassDialog</name>
    <message>
        <location filename="../client/classesdialogs.cpp" line="39"/>
        <source>New class</source>
        <translation>Новый класс</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="39"/>
        <source>Class %1</source>
        <translation>Класс %1</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="51"/>
        <source>for example А</source>
        <translation>например, А</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="56"/>
        <source>first shift</source>
        <translation>первая смена</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="57"/>
        <source>second shift</source>
        <translation>вторая смена</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="61"/>
        <source>Grade:</source>
        <translation>Параллель:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="62"/>
        <source>Letter:</source>
        <translation>Литера:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="63"/>
        <source>Class teacher:</source>
        <translation>Классный руководитель:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="64"/>
        <source>Period scheme:</source>
        <translation>Учебные периоды:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="65"/>
        <source>Shift:</source>
        <translation>Смена:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="66"/>
        <source>Room:</source>
        <translation>Кабинет:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="69"/>
        <source>— not appointed —</source>
        <translation>— не назначен —</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="71"/>
        <location filename="../client/classesdialogs.cpp" line="77"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ClassesPage</name>
    <message>
        <location filename="../client/classespage.cpp" line="38"/>
        <source>%1 (current)</source>
        <translation>%1 (текущий)</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="40"/>
        <source>%1 (planning)</source>
        <translation>%1 (планируется)</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="41"/>
        <source>%1 (closed)</source>
        <translation>%1 (закрыт)</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="54"/>
        <source>All groups of the year</source>
        <translation>Все группы года</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="58"/>
        <location filename="../client/classespage.cpp" line="77"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="59"/>
        <source>Class teacher</source>
        <translation>Классный руководитель</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="60"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="61"/>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="63"/>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="65"/>
        <source>Students</source>
        <translation>Учеников</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="68"/>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="69"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="71"/>
        <source>Personal file No.</source>
        <translation>№ личного дела</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="74"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="76"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="78"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="79"/>
        <source>Members</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="93"/>
        <source>Show streams, electives and individual plans of every class</source>
        <translation>Показать потоки, факультативы и ИУП всех классов</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="94"/>
        <source>&amp;New class</source>
        <translation>&amp;Новый класс</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="94"/>
        <source>Add a class to the year (Insert)</source>
        <translation>Добавить класс в учебный год (Insert)</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="95"/>
        <source>&amp;Edit class</source>
        <translation>&amp;Изменить класс</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="95"/>
        <source>Change the selected class (F2)</source>
        <translation>Изменить выбранный класс (F2)</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="96"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="96"/>
        <source>Reload the lists (F5)</source>
        <translation>Обновить списки (F5)</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="97"/>
        <source>New &amp;group</source>
        <translation>Новая &amp;группа</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="97"/>
        <source>Add a study group (Insert)</source>
        <translation>Добавить учебную группу (Insert)</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="98"/>
        <source>Edit gr&amp;oup</source>
        <translation>Изменить гр&amp;уппу</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="98"/>
        <source>Rename the group or change its subject (F2)</source>
        <translation>Переименовать группу или сменить предмет (F2)</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="99"/>
        <source>&amp;Members…</source>
        <translation>&amp;Состав…</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="99"/>
        <source>Choose who is in the group from a date on</source>
        <translation>Выбрать, кто входит в группу с указанной даты</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="100"/>
        <source>&amp;Split class into groups…</source>
        <translation>&amp;Разделить класс на группы…</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="101"/>
        <source>Divide the class&apos;s students into subgroups for a subject</source>
        <translation>Разделить учеников класса на подгруппы по предмету</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="113"/>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="141"/>
        <location filename="../client/classespage.cpp" line="267"/>
        <source>Students today</source>
        <translation>Ученики на сегодня</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="144"/>
        <source>Study groups</source>
        <translation>Учебные группы</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="156"/>
        <source>Classes and groups</source>
        <translation>Классы и группы</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="157"/>
        <source>Classes of the academic year with their class teachers; select a class to see its students and study groups.</source>
        <translation>Классы учебного года и их классные руководители; выберите класс, чтобы увидеть его учеников и учебные группы.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/classespage.cpp" line="186"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n класс</numerusform>
            <numerusform>%n класса</numerusform>
            <numerusform>%n классов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="218"/>
        <source>There are no academic years yet. The deputy creates them in «School structure».</source>
        <translation>Учебных годов пока нет. Их создаёт заместитель директора в разделе «Структура школы».</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="268"/>
        <source>Students of %1 today</source>
        <translation>Ученики %1 на сегодня</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="327"/>
        <source>The class has been added.</source>
        <translation>Класс добавлен.</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="336"/>
        <source>The class %1 has been saved.</source>
        <translation>Класс %1 сохранён.</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="342"/>
        <source>The server did not allow this: a class teacher may change only the groups of own class, and a teacher only the groups of own lessons. Ask the deputy director.</source>
        <translation>Сервер не разрешил это изменение: классный руководитель может менять только группы своего класса, учитель — только группы своих уроков. Обратитесь к заместителю директора.</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="355"/>
        <source>The group has been added.</source>
        <translation>Группа добавлена.</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="365"/>
        <source>The group has been saved.</source>
        <translation>Группа сохранена.</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="377"/>
        <source>The class %1 has been split into groups.</source>
        <translation>Класс %1 разделён на группы.</translation>
    </message>
    <message>
        <location filename="../client/classespage.cpp" line="388"/>
        <source>The members of %1 have been saved.</source>
        <translation>Состав группы «%1» сохранён.</translation>
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
    <name>ejournal::client::CurriculumCopyDialog</name>
    <message>
        <location filename="../client/curriculumcopydialog.cpp" line="29"/>
        <source>Copy a class&apos;s plan</source>
        <translation>Копирование учебного плана</translation>
    </message>
    <message>
        <location filename="../client/curriculumcopydialog.cpp" line="39"/>
        <source>Replace plans</source>
        <translation>Заменить планы</translation>
    </message>
    <message>
        <location filename="../client/curriculumcopydialog.cpp" line="44"/>
        <source>Copy the plan of class:</source>
        <translation>Скопировать план класса:</translation>
    </message>
    <message>
        <location filename="../client/curriculumcopydialog.cpp" line="45"/>
        <source>To the classes:</source>
        <translation>В классы:</translation>
    </message>
    <message>
        <location filename="../client/curriculumcopydialog.cpp" line="101"/>
        <source>Check the classes that should get this plan.</source>
        <translation>Отметьте классы, которым нужен этот план.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/curriculumcopydialog.cpp" line="104"/>
        <source>The plans of %n class(es) (%1) will be replaced by the plan of class %2. Hours they have now that %2 does not have are removed.</source>
        <translation>
            <numerusform>План %n класса (%1) будет заменён планом класса %2. Часы, которых нет в плане %2, будут удалены.</numerusform>
            <numerusform>Планы %n классов (%1) будут заменены планом класса %2. Часы, которых нет в плане %2, будут удалены.</numerusform>
            <numerusform>Планы %n классов (%1) будут заменены планом класса %2. Часы, которых нет в плане %2, будут удалены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/curriculumcopydialog.cpp" line="136"/>
        <source>The plan of %1 was copied to %2: %n row(s), %3 h a week.</source>
        <translation>
            <numerusform>План %1 скопирован в %2: %n строка, %3 ч в неделю.</numerusform>
            <numerusform>План %1 скопирован в %2: %n строки, %3 ч в неделю.</numerusform>
            <numerusform>План %1 скопирован в %2: %n строк, %3 ч в неделю.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ejournal::client::CurriculumCoverageModel</name>
    <message>
        <location filename="../client/curriculumcoveragetab.cpp" line="48"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../client/curriculumcoveragetab.cpp" line="49"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/curriculumcoveragetab.cpp" line="50"/>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <location filename="../client/curriculumcoveragetab.cpp" line="53"/>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <location filename="../client/curriculumcoveragetab.cpp" line="56"/>
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
    <message>
        <location filename="../client/curriculumcoveragetab.cpp" line="57"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ejournal::client::CurriculumCoverageTab</name>
    <message>
        <location filename="../client/curriculumcoveragetab.cpp" line="78"/>
        <source>&amp;Problems only</source>
        <translation>Только п&amp;роблемы</translation>
    </message>
    <message>
        <location filename="../client/curriculumcoveragetab.cpp" line="79"/>
        <source>Double-click a problem to fix it in the teaching load.</source>
        <translation>Двойной щелчок (или Enter) по строке с проблемой открывает нагрузку для исправления.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::CurriculumLoadDialog</name>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="43"/>
        <source>&amp;Class</source>
        <translation>&amp;Класс</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="44"/>
        <source>Study &amp;group</source>
        <translation>Учебная &amp;группа</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="49"/>
        <source>Edit teaching load</source>
        <translation>Изменение нагрузки</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="49"/>
        <source>New teaching load</source>
        <translation>Новая нагрузка</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="58"/>
        <source> h a week</source>
        <translation> ч в неделю</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="60"/>
        <source>Choose a teacher</source>
        <translation>Выберите учителя</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="61"/>
        <source>Choose a group</source>
        <translation>Выберите группу</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="80"/>
        <source>&amp;Teacher:</source>
        <translation>&amp;Учитель:</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="81"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Предмет:</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="82"/>
        <source>Teaches:</source>
        <translation>Ведёт в:</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="83"/>
        <source>C&amp;lass:</source>
        <translation>Кл&amp;асс:</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="84"/>
        <source>&amp;Group:</source>
        <translation>Г&amp;руппа:</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="85"/>
        <source>&amp;Hours:</source>
        <translation>&amp;Часы:</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="88"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="97"/>
        <source>The subject and the class or group of an entry cannot change: delete it and create a new one instead.</source>
        <translation>Предмет и класс (группу) у записи изменить нельзя: удалите её и создайте новую.</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="215"/>
        <source>choose a teacher</source>
        <translation>выберите учителя</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="217"/>
        <source>choose a subject</source>
        <translation>выберите предмет</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="219"/>
        <source>choose a class</source>
        <translation>выберите класс</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="221"/>
        <source>choose a group</source>
        <translation>выберите группу</translation>
    </message>
    <message>
        <location filename="../client/curriculumloaddialog.cpp" line="225"/>
        <source>Fill in the marked fields.</source>
        <translation>Заполните отмеченные поля.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::CurriculumLoadTab</name>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="44"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="45"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="46"/>
        <source>Class or group</source>
        <translation>Класс или группа</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="47"/>
        <source>Hours a week</source>
        <translation>Часов в неделю</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="52"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="52"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="53"/>
        <source>&amp;Delete</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="53"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="60"/>
        <source>Add a teaching-load entry (Insert)</source>
        <translation>Добавить запись нагрузки (Insert)</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="62"/>
        <source>Change the teacher or the hours of the selected entry (Return)</source>
        <translation>Изменить учителя или часы выбранной записи (Enter)</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="64"/>
        <source>Delete the selected entry (Delete)</source>
        <translation>Удалить выбранную запись (Delete)</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="77"/>
        <source>Teacher:</source>
        <translation>Учитель:</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="161"/>
        <source>All teachers — %1 h</source>
        <translation>Все учителя — %1 ч</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="165"/>
        <source>%1 — %2 h</source>
        <translation>%1 — %2 ч</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/curriculumloadtab.cpp" line="192"/>
        <source>%n entry(ies), %1 h a week</source>
        <translation>
            <numerusform>%n запись, %1 ч в неделю</numerusform>
            <numerusform>%n записи, %1 ч в неделю</numerusform>
            <numerusform>%n записей, %1 ч в неделю</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="228"/>
        <source>Saved: %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="234"/>
        <source>Added: %1.</source>
        <translation>Добавлено: %1.</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="245"/>
        <source>Delete teaching load</source>
        <translation>Удаление нагрузки</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="246"/>
        <source>Delete the entry «%1»?</source>
        <translation>Удалить запись «%1»?</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="249"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="271"/>
        <source>Deleted: %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message>
        <location filename="../client/curriculumloadtab.cpp" line="296"/>
        <source>The last change was undone.</source>
        <translation>Последнее изменение отменено.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::CurriculumPage</name>
    <message>
        <location filename="../client/curriculumpage.cpp" line="44"/>
        <source>C&amp;urriculum</source>
        <translation>&amp;Учебный план</translation>
    </message>
    <message>
        <location filename="../client/curriculumpage.cpp" line="45"/>
        <source>Teaching &amp;load</source>
        <translation>&amp;Нагрузка</translation>
    </message>
    <message>
        <location filename="../client/curriculumpage.cpp" line="46"/>
        <source>Co&amp;verage</source>
        <translation>&amp;Покрытие</translation>
    </message>
    <message>
        <location filename="../client/curriculumpage.cpp" line="47"/>
        <source>&amp;Refresh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <location filename="../client/curriculumpage.cpp" line="48"/>
        <source>Reload the year&apos;s data (F5)</source>
        <translation>Загрузить данные года заново (F5)</translation>
    </message>
    <message>
        <location filename="../client/curriculumpage.cpp" line="51"/>
        <source>Academic &amp;year:</source>
        <translation>Учебный &amp;год:</translation>
    </message>
    <message>
        <location filename="../client/curriculumpage.cpp" line="64"/>
        <source>Curriculum and teaching load</source>
        <translation>Учебный план и нагрузка</translation>
    </message>
    <message>
        <location filename="../client/curriculumpage.cpp" line="65"/>
        <source>Weekly hours per subject for every class, who teaches them, and where the load does not yet match the plan.</source>
        <translation>Недельные часы по предметам для каждого класса, кто их ведёт и где нагрузка пока не совпадает с планом.</translation>
    </message>
    <message>
        <location filename="../client/curriculumpage.cpp" line="67"/>
        <source>Weekly hours per subject for every class and who teaches them. Only the deputy head can change them.</source>
        <translation>Недельные часы по предметам для каждого класса и кто их ведёт. Изменять их может только заместитель директора.</translation>
    </message>
    <message>
        <location filename="../client/curriculumpage.cpp" line="120"/>
        <source>There is no academic year yet. Create one in the school structure first.</source>
        <translation>Учебных годов ещё нет. Сначала создайте учебный год в разделе структуры школы.</translation>
    </message>
    <message>
        <location filename="../client/curriculumpage.cpp" line="140"/>
        <source>The year is closed: view only.</source>
        <translation>Год закрыт: только просмотр.</translation>
    </message>
    <message>
        <location filename="../client/curriculumpage.cpp" line="142"/>
        <source>The year is being planned.</source>
        <translation>Год в стадии планирования.</translation>
    </message>
    <message>
        <location filename="../client/curriculumpage.cpp" line="144"/>
        <source>The current year.</source>
        <translation>Текущий учебный год.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::CurriculumPlanModel</name>
    <message>
        <location filename="../client/curriculumplanmodel.cpp" line="223"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../client/curriculumplanmodel.cpp" line="225"/>
        <source>Class %1: %2 h a week of at most %3 h for grade %4 (5-day week)</source>
        <translation>Класс %1: %2 ч в неделю из допустимых %3 ч для %4 класса (пятидневная неделя)</translation>
    </message>
    <message>
        <location filename="../client/curriculumplanmodel.cpp" line="255"/>
        <source>Saving…</source>
        <translation>Сохраняется…</translation>
    </message>
    <message>
        <location filename="../client/curriculumplanmodel.cpp" line="256"/>
        <source>School component</source>
        <translation>Компонент образовательной организации</translation>
    </message>
    <message>
        <location filename="../client/curriculumplanmodel.cpp" line="256"/>
        <source>Federal part</source>
        <translation>Обязательная часть (ФК)</translation>
    </message>
    <message>
        <location filename="../client/curriculumplanmodel.cpp" line="324"/>
        <source>Saved: %1, %2 — %3 h a week; the class has %4 of %5 h.</source>
        <translation>Сохранено: %1, %2 — %3 ч в неделю; у класса %4 из %5 ч.</translation>
    </message>
    <message>
        <location filename="../client/curriculumplanmodel.cpp" line="378"/>
        <source>Class %1 (grade %2): %3 of at most %4 h a week</source>
        <translation>Класс %1 (параллель %2): %3 из допустимых %4 ч в неделю</translation>
    </message>
    <message>
        <location filename="../client/curriculumplanmodel.cpp" line="390"/>
        <source>Total / maximum</source>
        <translation>Итого / максимум</translation>
    </message>
    <message>
        <location filename="../client/curriculumplanmodel.cpp" line="395"/>
        <source>%1 (school)</source>
        <translation>%1 (ОУ)</translation>
    </message>
    <message>
        <location filename="../client/curriculumplanmodel.cpp" line="396"/>
        <source>%1 — archived</source>
        <translation>%1 — в архиве</translation>
    </message>
    <message>
        <location filename="../client/curriculumplanmodel.cpp" line="399"/>
        <source>%1: hours of the school&apos;s component</source>
        <translation>%1: часы компонента образовательной организации</translation>
    </message>
    <message>
        <location filename="../client/curriculumplanmodel.cpp" line="400"/>
        <source>%1: hours of the federal part</source>
        <translation>%1: часы обязательной части</translation>
    </message>
</context>
<context>
    <name>ejournal::client::CurriculumPlanTab</name>
    <message>
        <location filename="../client/curriculumplantab.cpp" line="24"/>
        <source>School component rows for every subject</source>
        <translation>Строки компонента ОУ для всех предметов</translation>
    </message>
    <message>
        <location filename="../client/curriculumplantab.cpp" line="25"/>
        <source>&amp;Copy a class&apos;s plan…</source>
        <translation>&amp;Скопировать план класса…</translation>
    </message>
    <message>
        <location filename="../client/curriculumplantab.cpp" line="33"/>
        <source>Show a row of the school&apos;s component (часть, формируемая участниками образовательных отношений) for every subject</source>
        <translation>Показать для каждого предмета строку части, формируемой участниками образовательных отношений (компонент ОУ)</translation>
    </message>
    <message>
        <location filename="../client/curriculumplantab.cpp" line="36"/>
        <source>Replace the plans of other classes (usually the parallel ones) by the plan of the current class</source>
        <translation>Заменить планы других классов (обычно параллельных) планом текущего класса</translation>
    </message>
    <message>
        <location filename="../client/curriculumplantab.cpp" line="41"/>
        <source>Hours a week. Green rows: the school&apos;s component. Type a number to change a cell, Delete clears it; the last row shows each class&apos;s total against the legal maximum (yellow: at the limit, red: over it).</source>
        <translation>Часы в неделю. Зелёные строки — компонент образовательной организации. Чтобы изменить ячейку, наберите число; Delete очищает её. В последней строке — итог класса и допустимый максимум (жёлтым — у предела, красным — сверх него).</translation>
    </message>
    <message>
        <location filename="../client/curriculumplantab.cpp" line="50"/>
        <source>Grade:</source>
        <translation>Параллель:</translation>
    </message>
    <message>
        <location filename="../client/curriculumplantab.cpp" line="148"/>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <location filename="../client/curriculumplantab.cpp" line="150"/>
        <source>Grade %1</source>
        <translation>%1-е классы</translation>
    </message>
    <message>
        <location filename="../client/curriculumplantab.cpp" line="173"/>
        <source>Saving…</source>
        <translation>Сохраняется…</translation>
    </message>
    <message>
        <location filename="../client/curriculumplantab.cpp" line="175"/>
        <source>The year has no classes yet.</source>
        <translation>В этом году ещё нет классов.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::FetDonePage</name>
    <message>
        <location filename="../client/fetimportpages.cpp" line="251"/>
        <source>Imported</source>
        <translation>Импорт выполнен</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="263"/>
        <source>The timetable «%1» in force from %2 has been created:</source>
        <translation>Создано расписание «%1», действующее с %2:</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/fetimportpages.cpp" line="266"/>
        <source>%n activit(ies),</source>
        <translation>
            <numerusform>%n занятие,</numerusform>
            <numerusform>%n занятия,</numerusform>
            <numerusform>%n занятий,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/fetimportpages.cpp" line="267"/>
        <source>%n lesson(s) a week.</source>
        <translation>
            <numerusform>%n урок в неделю.</numerusform>
            <numerusform>%n урока в неделю.</numerusform>
            <numerusform>%n уроков в неделю.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="272"/>
        <source>New rooms: %1.</source>
        <translation>Новые кабинеты: %1.</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="274"/>
        <source>Check it in the timetable editor, then generate the lesson calendar.</source>
        <translation>Проверьте его в редакторе расписания, затем сформируйте календарь уроков.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::FetFilePage</name>
    <message>
        <location filename="../client/fetimportpages.cpp" line="64"/>
        <source>The FET file</source>
        <translation>Файл FET</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="65"/>
        <source>Choose the file FET wrote after generating the timetable: &lt;name&gt;_data_and_timetable.fet (in timetables/&lt;name&gt;/), or its CSV export &lt;name&gt;_timetable.csv.</source>
        <translation>Выберите файл, который FET записал после составления расписания: &lt;имя&gt;_data_and_timetable.fet (в папке timetables/&lt;имя&gt;/), или его выгрузку CSV &lt;имя&gt;_timetable.csv.</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="69"/>
        <source>Path to a .fet or .csv file</source>
        <translation>Путь к файлу .fet или .csv</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="72"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="73"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="88"/>
        <location filename="../client/fetimportpages.cpp" line="111"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="107"/>
        <source>Open a FET file</source>
        <translation>Открыть файл FET</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="107"/>
        <source>FET timetables (*.fet *.csv);;All files (*)</source>
        <translation>Расписания FET (*.fet *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="121"/>
        <source>FET&apos;s CSV export</source>
        <translation>Выгрузка CSV из FET</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="121"/>
        <source>FET file</source>
        <translation>Файл FET</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/fetimportpages.cpp" line="126"/>
        <source>%n activit(ies)</source>
        <translation>
            <numerusform>%n занятие</numerusform>
            <numerusform>%n занятия</numerusform>
            <numerusform>%n занятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/fetimportpages.cpp" line="127"/>
        <source>→ %n lesson(s) of the timetable.</source>
        <translation>
            <numerusform>→ %n урок в расписании.</numerusform>
            <numerusform>→ %n урока в расписании.</numerusform>
            <numerusform>→ %n уроков в расписании.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/fetimportpages.cpp" line="130"/>
        <source>%n problem(s) to solve on the next page.</source>
        <translation>
            <numerusform>%n проблему нужно решить на следующей странице.</numerusform>
            <numerusform>%n проблемы нужно решить на следующей странице.</numerusform>
            <numerusform>%n проблем нужно решить на следующей странице.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ejournal::client::FetImportPage</name>
    <message>
        <location filename="../client/fetimportpages.cpp" line="148"/>
        <source>The new timetable version</source>
        <translation>Новая версия расписания</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="149"/>
        <source>The timetable is imported as a new version that is in force from the date you choose; earlier versions keep their history.</source>
        <translation>Расписание загружается как новая версия, действующая с выбранной даты; прежние версии и их история сохраняются.</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="152"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="160"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="161"/>
        <source>&amp;Valid from:</source>
        <translation>&amp;Действует с:</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/fetimportpages.cpp" line="172"/>
        <source>%n activit(ies) of the file become</source>
        <translation>
            <numerusform>%n занятие из файла станет</numerusform>
            <numerusform>%n занятия из файла станут</numerusform>
            <numerusform>%n занятий из файла станут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/fetimportpages.cpp" line="175"/>
        <source>%n lesson(s) of the new timetable version.</source>
        <translation>
            <numerusform>%n уроком новой версии расписания.</numerusform>
            <numerusform>%n уроками новой версии расписания.</numerusform>
            <numerusform>%n уроками новой версии расписания.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="179"/>
        <source>FET: %1</source>
        <translation>FET: %1</translation>
    </message>
    <message>
        <location filename="../client/fetimportpages.cpp" line="221"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
</context>
<context>
    <name>ejournal::client::FetImportWizard</name>
    <message>
        <location filename="../client/fetimportwizard.cpp" line="20"/>
        <source>Import a timetable from FET</source>
        <translation>Импорт расписания из FET</translation>
    </message>
    <message>
        <location filename="../client/fetimportwizard.cpp" line="35"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл %1: %2</translation>
    </message>
</context>
<context>
    <name>ejournal::client::FetMappingPage</name>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="59"/>
        <source>FET day or hour</source>
        <translation>День или час FET</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="59"/>
        <source>Ours</source>
        <translation>В журнале</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="59"/>
        <location filename="../client/fetimportmapping.cpp" line="72"/>
        <source>How matched</source>
        <translation>Как сопоставлено</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="59"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="63"/>
        <source>Matching FET&apos;s names</source>
        <translation>Сопоставление названий FET</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="64"/>
        <source>FET&apos;s names are matched to the school&apos;s by name. Where no single item matched, choose it from the list. Nothing is imported until every activity can be.</source>
        <translation>Названия из FET сопоставляются с данными школы по названию. Где однозначного совпадения нет, выберите вариант из списка. Пока не все занятия можно загрузить, ничего не загружается.</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="72"/>
        <source>FET name</source>
        <translation>Название в FET</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="72"/>
        <source>Activities</source>
        <translation>Занятий</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="72"/>
        <source>In the school</source>
        <translation>В школе</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="77"/>
        <source>Days and hours</source>
        <translation>Дни и часы</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="78"/>
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="78"/>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="78"/>
        <source>Classes and groups</source>
        <translation>Классы и группы</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="78"/>
        <source>Rooms</source>
        <translation>Кабинеты</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="83"/>
        <source>Cannot be imported</source>
        <translation>Не загружается</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="176"/>
        <source>(FET activities %1)</source>
        <translation>(занятия FET: %1)</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="180"/>
        <source>Cannot be imported (%1)</source>
        <translation>Не загружается (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/fetimportmapping.cpp" line="184"/>
        <source>Everything can be imported: %n activit(ies)</source>
        <translation>
            <numerusform>Можно загрузить всё: %n занятие</numerusform>
            <numerusform>Можно загрузить всё: %n занятия</numerusform>
            <numerusform>Можно загрузить всё: %n занятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/fetimportmapping.cpp" line="185"/>
        <source>→ %n lesson(s) of the timetable.</source>
        <translation>
            <numerusform>→ %n урок в расписании.</numerusform>
            <numerusform>→ %n урока в расписании.</numerusform>
            <numerusform>→ %n уроков в расписании.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/fetimportmapping.cpp" line="187"/>
        <source>%n problem(s) keep activities out (see «Cannot be imported»). Match the names marked «not matched», or fix the teaching load, then the file can be imported.</source>
        <translation>
            <numerusform>%n проблема не даёт загрузить занятия (см. «Не загружается»). Сопоставьте названия с отметкой «не сопоставлено» или исправьте учебную нагрузку — тогда файл можно будет загрузить.</numerusform>
            <numerusform>%n проблемы не дают загрузить занятия (см. «Не загружается»). Сопоставьте названия с отметкой «не сопоставлено» или исправьте учебную нагрузку — тогда файл можно будет загрузить.</numerusform>
            <numerusform>%n проблем не дают загрузить занятия (см. «Не загружается»). Сопоставьте названия с отметкой «не сопоставлено» или исправьте учебную нагрузку — тогда файл можно будет загрузить.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="214"/>
        <source>lesson %1</source>
        <translation>%1-й урок</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="232"/>
        <source>new room</source>
        <translation>новый кабинет</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="258"/>
        <source>— not matched —</source>
        <translation>— не сопоставлено —</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="260"/>
        <source>Create the room «%1»</source>
        <translation>Создать кабинет «%1»</translation>
    </message>
    <message>
        <location filename="../client/fetimportmapping.cpp" line="265"/>
        <source>%1 (suggested)</source>
        <translation>%1 (предлагается)</translation>
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
    <name>ejournal::client::FormDialog</name>
    <message>
        <location filename="../client/peopleform.cpp" line="34"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../client/peopleform.cpp" line="36"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../client/peopleform.cpp" line="72"/>
        <source>Last name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <location filename="../client/peopleform.cpp" line="73"/>
        <source>First name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../client/peopleform.cpp" line="74"/>
        <source>Middle name:</source>
        <translation>Отчество:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::GroupDialog</name>
    <message>
        <location filename="../client/classesdialogs.cpp" line="100"/>
        <source>New study group</source>
        <translation>Новая учебная группа</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="101"/>
        <source>Study group %1</source>
        <translation>Учебная группа %1</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="118"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="119"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="120"/>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="121"/>
        <source>Subject:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="125"/>
        <location filename="../client/classesdialogs.cpp" line="129"/>
        <source>— several classes —</source>
        <translation>— несколько классов —</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="132"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
</context>
<context>
    <name>ejournal::client::GuardianDialog</name>
    <message>
        <location filename="../client/peopledialogs.cpp" line="123"/>
        <source>New parent or guardian</source>
        <translation>Новый родитель (законный представитель)</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="131"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="132"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="134"/>
        <source>Relation:</source>
        <translation>Кем приходится:</translation>
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
    <name>ejournal::client::ImportFilePage</name>
    <message>
        <location filename="../client/importfilepage.cpp" line="24"/>
        <source>&amp;Students with their parents</source>
        <translation>&amp;Учащиеся с родителями</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="25"/>
        <source>S&amp;taff</source>
        <translation>&amp;Сотрудники</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="27"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="31"/>
        <source>Choose the file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="32"/>
        <source>A table saved from Excel or LibreOffice as CSV (semicolon or comma separated, UTF-8 or Windows-1251). Nothing is written until you upload the checked file.</source>
        <translation>Таблица, сохранённая из Excel или LibreOffice в формате CSV (разделитель — точка с запятой или запятая, кодировка UTF-8 или Windows-1251). Ничего не записывается, пока вы не загрузите проверенный файл.</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="41"/>
        <source>Path to a .csv file</source>
        <translation>Путь к файлу .csv</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="62"/>
        <source>The file holds:</source>
        <translation>В файле:</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="63"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="82"/>
        <source>The first line names the columns, in any order; required columns are in bold. Dates are written as DD.MM.YYYY.</source>
        <translation>В первой строке — названия столбцов, в любом порядке; обязательные столбцы выделены жирным. Даты записываются как ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="85"/>
        <source>&lt;b&gt;Фамилия&lt;/b&gt;, &lt;b&gt;Имя&lt;/b&gt;, Отчество, &lt;b&gt;Дата рождения&lt;/b&gt;, Пол (м/ж), № личного дела, &lt;b&gt;Класс&lt;/b&gt; (a class of the current year: 5А), Дата зачисления (by default the first day of the year), &lt;b&gt;Приказ&lt;/b&gt; (number of the admission order); for each of up to two parents: Родитель 1 ФИО, Родитель 1 телефон, Родитель 1 кем приходится (мать, отец, опекун, попечитель, бабушка, дедушка, другое), and the same for Родитель 2.</source>
        <translation>&lt;b&gt;Фамилия&lt;/b&gt;, &lt;b&gt;Имя&lt;/b&gt;, Отчество, &lt;b&gt;Дата рождения&lt;/b&gt;, Пол (м/ж), № личного дела, &lt;b&gt;Класс&lt;/b&gt; (класс текущего учебного года: 5А), Дата зачисления (по умолчанию — первый день учебного года), &lt;b&gt;Приказ&lt;/b&gt; (номер приказа о зачислении); для каждого из двух родителей: Родитель 1 ФИО, Родитель 1 телефон, Родитель 1 кем приходится (мать, отец, опекун, попечитель, бабушка, дедушка, другое), и так же для Родитель 2.</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="91"/>
        <source>&lt;b&gt;Фамилия&lt;/b&gt;, &lt;b&gt;Имя&lt;/b&gt;, Отчество, Должность, Email, Телефон, Роли (comma separated: администратор, директор, заместитель директора, учитель, классный руководитель, психолог, социальный педагог). Staff members with roles get an account at once; their temporary passwords are shown after the upload.</source>
        <translation>&lt;b&gt;Фамилия&lt;/b&gt;, &lt;b&gt;Имя&lt;/b&gt;, Отчество, Должность, Email, Телефон, Роли (через запятую: администратор, директор, заместитель директора, учитель, классный руководитель, психолог, социальный педагог). Сотрудники, у которых указаны роли, сразу получают учётную запись; их временные пароли будут показаны после загрузки.</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="102"/>
        <source>Choose a CSV file</source>
        <translation>Выберите файл CSV</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="103"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="118"/>
        <source>There is no such file.</source>
        <translation>Такого файла нет.</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="120"/>
        <source>The file is too large (more than 8 MB). Split it into several files.</source>
        <translation>Файл слишком большой (больше 8 МБ). Разделите его на несколько файлов.</translation>
    </message>
    <message>
        <location filename="../client/importfilepage.cpp" line="122"/>
        <source>The file cannot be read: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ImportPreviewPage</name>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="62"/>
        <source>Check &amp;again</source>
        <translation>Проверить с&amp;нова</translation>
    </message>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="65"/>
        <source>Check the file</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="66"/>
        <source>Every row is checked against the school&apos;s data. The file is uploaded only as a whole and only when no row has a problem.</source>
        <translation>Каждая строка сверяется с данными школы. Файл загружается только целиком и только если ни в одной строке нет ошибок.</translation>
    </message>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="72"/>
        <source>Read the file again after correcting it</source>
        <translation>Прочитать файл заново после исправления</translation>
    </message>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="111"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="133"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="134"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="158"/>
        <source>Ready to upload: %1, with problems: %2</source>
        <translation>Готово к загрузке: %1, с ошибками: %2</translation>
    </message>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="159"/>
        <source>Encoding %1, separator «%2»</source>
        <translation>Кодировка %1, разделитель «%2»</translation>
    </message>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="163"/>
        <source>The file as a whole has problems:</source>
        <translation>Ошибки в файле в целом:</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/importpreviewpage.cpp" line="166"/>
        <source>%n row(s) have problems (highlighted). Correct them in the file, save it and press «Check again»: the file is uploaded only without problems.</source>
        <translation>
            <numerusform>В %n строке есть ошибки (выделена цветом). Исправьте файл, сохраните его и нажмите «Проверить снова»: загрузить можно только файл без ошибок.</numerusform>
            <numerusform>В %n строках есть ошибки (выделены цветом). Исправьте файл, сохраните его и нажмите «Проверить снова»: загрузить можно только файл без ошибок.</numerusform>
            <numerusform>В %n строках есть ошибки (выделены цветом). Исправьте файл, сохраните его и нажмите «Проверить снова»: загрузить можно только файл без ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="170"/>
        <source>The file has no rows to upload.</source>
        <translation>В файле нет строк для загрузки.</translation>
    </message>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="172"/>
        <source>No problems found. Press «Upload» to add everything.</source>
        <translation>Ошибок нет. Нажмите «Загрузить», чтобы добавить все строки.</translation>
    </message>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="189"/>
        <source>Uploading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../client/importpreviewpage.cpp" line="219"/>
        <source>Nothing was uploaded: the school&apos;s data changed since the check.</source>
        <translation>Ничего не загружено: после проверки данные школы изменились.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ImportSummaryPage</name>
    <message>
        <location filename="../client/importwizard.cpp" line="66"/>
        <source>Show the new &amp;credentials…</source>
        <translation>Показать новые &amp;учётные данные…</translation>
    </message>
    <message>
        <location filename="../client/importwizard.cpp" line="68"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../client/importwizard.cpp" line="84"/>
        <source>The students are enrolled and recorded in the movement book. Issue them and their parents access on the «Without an account» tab.</source>
        <translation>Учащиеся зачислены, записи внесены в книгу движения. Выдать им и их родителям доступ можно на вкладке «Без учётной записи».</translation>
    </message>
    <message>
        <location filename="../client/importwizard.cpp" line="88"/>
        <source>Print the credential slips now: the temporary passwords are not shown again.</source>
        <translation>Напечатайте листки с учётными данными сейчас: временные пароли больше не будут показаны.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ImportWizard</name>
    <message>
        <location filename="../client/importwizard.cpp" line="22"/>
        <source>Import from CSV</source>
        <translation>Импорт из CSV</translation>
    </message>
    <message>
        <location filename="../client/importwizard.cpp" line="26"/>
        <source>&amp;Upload</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/importwizard.cpp" line="54"/>
        <source>Imported: %n staff member(s)</source>
        <translation>
            <numerusform>Загружено сотрудников: %n</numerusform>
            <numerusform>Загружено сотрудников: %n</numerusform>
            <numerusform>Загружено сотрудников: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/importwizard.cpp" line="55"/>
        <source>%n account(s) issued.</source>
        <translation>
            <numerusform>выдана %n учётная запись.</numerusform>
            <numerusform>выданы %n учётные записи.</numerusform>
            <numerusform>выдано %n учётных записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/importwizard.cpp" line="57"/>
        <source>Imported: %n student(s)</source>
        <translation>
            <numerusform>Загружено учащихся: %n</numerusform>
            <numerusform>Загружено учащихся: %n</numerusform>
            <numerusform>Загружено учащихся: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/importwizard.cpp" line="58"/>
        <source>%n new parent(s)</source>
        <translation>
            <numerusform>новых родителей: %n</numerusform>
            <numerusform>новых родителей: %n</numerusform>
            <numerusform>новых родителей: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/importwizard.cpp" line="59"/>
        <source>%n link(s) between students and parents.</source>
        <translation>
            <numerusform>связей учащихся с родителями: %n.</numerusform>
            <numerusform>связей учащихся с родителями: %n.</numerusform>
            <numerusform>связей учащихся с родителями: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalAdminCorrections</name>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="45"/>
        <source>Made from</source>
        <translation>Внесены с</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="48"/>
        <source>&amp;Approve selected</source>
        <translation>&amp;Утвердить выбранные</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="52"/>
        <source>Made</source>
        <translation>Внесено</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="54"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="55"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="56"/>
        <location filename="../client/journaladmincorrections.cpp" line="71"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="57"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="59"/>
        <source>What</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="61"/>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="62"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="64"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="66"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="67"/>
        <location filename="../client/journaladmincorrections.cpp" line="80"/>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="79"/>
        <source>Not yet approved</source>
        <translation>Ещё не утверждённые</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="87"/>
        <source>Approve the selected corrections (Ctrl+Return); Ctrl+A selects all</source>
        <translation>Утвердить выбранные исправления (Ctrl+Enter); Ctrl+A — выбрать все</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="91"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="96"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../client/journaladmincorrections.cpp" line="128"/>
        <source>No late corrections are waiting for approval.</source>
        <translation>Исправлений, ожидающих утверждения, нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/journaladmincorrections.cpp" line="190"/>
        <source>%n correction(s) approved.</source>
        <translation>
            <numerusform>Утверждено %n исправление.</numerusform>
            <numerusform>Утверждено %n исправления.</numerusform>
            <numerusform>Утверждено %n исправлений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalAdminPage</name>
    <message>
        <location filename="../client/journaladminpage.cpp" line="24"/>
        <source>&amp;Kinds of work</source>
        <translation>&amp;Виды работ</translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="25"/>
        <source>Mark &amp;scales</source>
        <translation>&amp;Шкалы отметок</translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="26"/>
        <source>Correction &amp;window</source>
        <translation>&amp;Срок исправлений</translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="29"/>
        <source>&amp;Late corrections</source>
        <translation>&amp;Поздние исправления</translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="33"/>
        <source>Shared &amp;reports</source>
        <translation>Общие &amp;отчёты</translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="39"/>
        <source>Journal settings</source>
        <translation>Настройки журнала</translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="40"/>
        <source>Kinds of work and their weights in the average mark, the mark scale of each subject, how long marks may be corrected without a reason, and the corrections made later.</source>
        <translation>Виды работ и их веса в среднем балле, шкала отметок по каждому предмету, срок, в течение которого отметки можно исправлять без объяснения причины, и исправления, внесённые позже.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalAdminScales</name>
    <message>
        <location filename="../client/journaladminscales.cpp" line="25"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="26"/>
        <source>Mark scale</source>
        <translation>Шкала отметок</translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="30"/>
        <source>&amp;Change scale</source>
        <translation>&amp;Сменить шкалу</translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="38"/>
        <source>A scale can change only while no mark of this school year falls off it.</source>
        <translation>Шкалу можно сменить, только если все отметки этого учебного года в неё укладываются.</translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="41"/>
        <source>Scale of the selected subject:</source>
        <translation>Шкала выбранного предмета:</translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="95"/>
        <source>The scale of «%1» was not changed. %2</source>
        <translation>Шкала предмета «%1» не изменена. %2</translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="100"/>
        <source>«%1» is now marked on the scale «%2».</source>
        <translation>По предмету «%1» теперь шкала «%2».</translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalAdminSharing</name>
    <message>
        <location filename="../client/journaladminsharing.cpp" line="24"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../client/journaladminsharing.cpp" line="29"/>
        <source>Who may share their reports with the whole school:</source>
        <translation>Кто может делиться своими отчётами со всей школой:</translation>
    </message>
    <message>
        <location filename="../client/journaladminsharing.cpp" line="37"/>
        <source>A shared report appears under «Общие» on every colleague&apos;s «Отчёты» page; each sees in it only the rows they may read. The deputy and the administrator may stop sharing any report.</source>
        <translation>Общий отчёт появляется в разделе «Общие» на странице «Отчёты» у всех коллег; каждый видит в нём только те строки, которые ему доступны. Заместитель директора и администратор могут прекратить общий доступ к любому отчёту.</translation>
    </message>
    <message>
        <location filename="../client/journaladminsharing.cpp" line="90"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalAdminWindow</name>
    <message>
        <location filename="../client/journaladminscales.cpp" line="109"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="113"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="116"/>
        <source>A teacher may change the marks, attendance and lesson card of a lesson within this many days after it. Later changes, and any change in a closed period, need a reason and appear under «Late corrections» for the deputy. 0 days: only on the day of the lesson.</source>
        <translation>Столько дней после урока учитель может исправлять отметки, посещаемость и карточку урока. Более поздние исправления и любые исправления в закрытом периоде требуют указать причину и попадают заместителю директора в «Поздние исправления». 0 дней — только в день урока.</translation>
    </message>
    <message>
        <location filename="../client/journaladminscales.cpp" line="123"/>
        <source>Correction window:</source>
        <translation>Срок исправлений:</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/journaladminscales.cpp" line="163"/>
        <source>Saved: marks may be changed without a reason for %n day(s) after the lesson.</source>
        <translation>
            <numerusform>Сохранено: отметки можно исправлять без причины %n день после урока.</numerusform>
            <numerusform>Сохранено: отметки можно исправлять без причины %n дня после урока.</numerusform>
            <numerusform>Сохранено: отметки можно исправлять без причины %n дней после урока.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalAdminWorkTypes</name>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="84"/>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="85"/>
        <source>Short name</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="86"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="89"/>
        <source>For absent students</source>
        <translation>Отсутствовавшим</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="90"/>
        <source>allowed</source>
        <translation>можно</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="91"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="92"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="92"/>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="95"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="113"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="113"/>
        <source>Add a kind of work (Insert)</source>
        <translation>Добавить вид работы (Insert)</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="114"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="114"/>
        <source>Edit the kind of work (Return, F2)</source>
        <translation>Изменить вид работы (Enter, F2)</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="115"/>
        <source>&amp;Archive / restore</source>
        <translation>В &amp;архив / вернуть</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="115"/>
        <source>Archive the kind of work or bring it back (Delete)</source>
        <translation>Убрать вид работы в архив или вернуть из архива (Delete)</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="117"/>
        <source>Move &amp;up</source>
        <translation>Вы&amp;ше</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="117"/>
        <source>Move up in the lists (Ctrl+Up)</source>
        <translation>Выше в списках (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="119"/>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="119"/>
        <source>Move down in the lists (Ctrl+Down)</source>
        <translation>Ниже в списках (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="146"/>
        <source>Undone.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="187"/>
        <source>The kind of work «%1» has been added.</source>
        <translation>Вид работы «%1» добавлен.</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="194"/>
        <source>The kind of work «%1» has been saved.</source>
        <translation>Вид работы «%1» сохранён.</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="222"/>
        <source>«%1» is in use again.</source>
        <translation>«%1» снова используется.</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="225"/>
        <source>Archive kind of work</source>
        <translation>Убрать вид работы в архив</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="226"/>
        <source>Archive «%1»? Teachers will no longer choose it for new marks; the marks already given keep it.</source>
        <translation>Убрать «%1» в архив? Учителя больше не смогут выбирать его для новых отметок; у выставленных отметок он сохранится.</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="230"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="231"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="235"/>
        <source>«%1» has been archived.</source>
        <translation>«%1» убран в архив.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalConflictDialog</name>
    <message>
        <location filename="../client/journaldialogs.cpp" line="25"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="34"/>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;мою</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="35"/>
        <source>Take &amp;theirs</source>
        <translation>Принять &amp;с сервера</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="38"/>
        <source>The cell was changed meanwhile</source>
        <translation>Клетку уже изменили</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="39"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: while your entry was on its way, the cell was changed on the server%2. Choose which value stays.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: пока ваша запись отправлялась, клетку изменили на сервере%2. Выберите, какое значение оставить.</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="45"/>
        <source>Yours:</source>
        <translation>Ваше:</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="46"/>
        <source>On the server:</source>
        <translation>На сервере:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalGrid</name>
    <message>
        <location filename="../client/journalgrid.cpp" line="248"/>
        <source>A cell holds at most five marks.</source>
        <translation>В клетке не больше пяти отметок.</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="351"/>
        <source>Mark %1 — %2</source>
        <translation>Отметка %1 — %2</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="354"/>
        <location filename="../client/journalgrid.cpp" line="426"/>
        <source>%1 (weight %2)</source>
        <translation>%1 (вес %2)</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="367"/>
        <source>Comment…</source>
        <translation>Комментарий…</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="372"/>
        <source>Comment on the mark</source>
        <translation>Комментарий к отметке</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="373"/>
        <source>Comment (the student and parents see it):</source>
        <translation>Комментарий (его видят ученик и родители):</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="382"/>
        <source>Late by minutes…</source>
        <translation>Опоздание, минут…</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="385"/>
        <source>Late</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="385"/>
        <source>Late by, minutes:</source>
        <translation>Опоздал на, минут:</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="394"/>
        <source>Edit the cell…</source>
        <translation>Изменить клетку…</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="395"/>
        <location filename="../client/journalgrid.cpp" line="408"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="398"/>
        <source>History of the cell…</source>
        <translation>История клетки…</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="399"/>
        <location filename="../client/journalgrid.cpp" line="421"/>
        <source>Lesson card…</source>
        <translation>Карточка урока…</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="404"/>
        <source>Put the suggested mark %1</source>
        <translation>Поставить предложенную отметку %1</translation>
    </message>
    <message>
        <location filename="../client/journalgrid.cpp" line="423"/>
        <source>Kind of work of the lesson</source>
        <translation>Вид работы на уроке</translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalHistoryDialog</name>
    <message>
        <location filename="../client/journaldialogs.cpp" line="106"/>
        <source>History of the cell</source>
        <translation>История клетки</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="110"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="114"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="117"/>
        <source>(cleared)</source>
        <translation>(очищено)</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="119"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="120"/>
        <source>Late</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="121"/>
        <source>late correction</source>
        <translation>позднее исправление</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="122"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalLessonCard</name>
    <message>
        <location filename="../client/journallessoncard.cpp" line="49"/>
        <source>due by</source>
        <translation>сдать к</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="52"/>
        <source>Control work</source>
        <translation>Контрольная работа</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="56"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="59"/>
        <source>Lesson of %1</source>
        <translation>Урок %1</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="77"/>
        <source>Answer in class (default)</source>
        <translation>Ответ на уроке (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="79"/>
        <source>%1 (weight %2)</source>
        <translation>%1 (вес %2)</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="89"/>
        <source>From the plan:</source>
        <translation>Из КТП:</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="90"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="91"/>
        <source>S&amp;ummary:</source>
        <translation>Сод&amp;ержание:</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="92"/>
        <source>&amp;Homework:</source>
        <translation>&amp;Домашнее задание:</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="94"/>
        <source>&amp;Kind of work:</source>
        <translation>&amp;Вид работы:</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="97"/>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="99"/>
        <source>Substitution:</source>
        <translation>Замена:</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="140"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="141"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="142"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="167"/>
        <source>— choose a topic of the plan —</source>
        <translation>— выберите тему из КТП —</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="190"/>
        <source>Files are not available on this server.</source>
        <translation>Этот сервер не принимает файлы.</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="196"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="207"/>
        <source>Attach a file to the homework</source>
        <translation>Прикрепить файл к домашнему заданию</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="212"/>
        <source>The file is larger than 10 MB.</source>
        <translation>Файл больше 10 МБ.</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="216"/>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <location filename="../client/journallessoncard.cpp" line="292"/>
        <source>Someone changed this card meanwhile (topic now: «%1»). Press Save again to keep what you typed.</source>
        <translation>Карточку урока тем временем изменили (тема сейчас: «%1»). Нажмите «Сохранить» ещё раз, чтобы оставить введённое вами.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalModel</name>
    <message>
        <location filename="../client/journalmodel.cpp" line="20"/>
        <source>absent</source>
        <translation>отсутствовал</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="22"/>
        <source>ill</source>
        <translation>болел</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="24"/>
        <source>absent for a valid reason</source>
        <translation>отсутствовал по уважительной причине</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="26"/>
        <source>late</source>
        <translation>опоздал</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="238"/>
        <source>The journal is shown as it was on a past date: it cannot be changed here.</source>
        <translation>Журнал показан на прошедшую дату: здесь его изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="242"/>
        <location filename="../client/journalmodel.cpp" line="250"/>
        <source>You may read this journal but not write in it.</source>
        <translation>Этот журнал вам доступен только для просмотра.</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="244"/>
        <source>The lesson on %1 was cancelled.</source>
        <translation>Урок %1 отменён.</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="246"/>
        <source>%1 was not in the class on %2.</source>
        <translation>%1 не числился в классе %2.</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="247"/>
        <source>The lesson on %1 has not taken place yet.</source>
        <translation>Урок %1 ещё не проведён.</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="251"/>
        <source>Marks are put in the lesson columns; final marks in the last columns.</source>
        <translation>Отметки ставятся в столбцах уроков, итоговые — в последних столбцах.</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="290"/>
        <source>In the class from %1</source>
        <translation>В классе с %1</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="292"/>
        <source>In the class until %1</source>
        <translation>В классе по %1</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="306"/>
        <source>Weighted average of the period&apos;s marks</source>
        <translation>Средневзвешенный балл за период</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="375"/>
        <source>Type the final mark: a mark, н/а, зач, незач or осв</source>
        <translation>Введите итоговую отметку: отметку, н/а, зач, незач или осв</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="376"/>
        <source>The average suggests %1</source>
        <translation>Средний балл предлагает %1</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="390"/>
        <source>The lesson was cancelled.</source>
        <translation>Урок отменён.</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="392"/>
        <source>Not in the class on that day.</source>
        <translation>В этот день не числился в классе.</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="395"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/journalmodel.cpp" line="397"/>
        <source>by %n minute(s)</source>
        <translation>
            <numerusform>на %n минуту</numerusform>
            <numerusform>на %n минуты</numerusform>
            <numerusform>на %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="405"/>
        <source>(weight %1)</source>
        <translation>(вес %1)</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="409"/>
        <source>Put by %1, %2</source>
        <translation>Поставил(а) %1, %2</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="415"/>
        <source>Last changed by %1, %2</source>
        <translation>Последнее изменение: %1, %2</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="419"/>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Someone else changed this cell: choose which value to keep.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;Клетку изменил кто-то другой: выберите, какое значение оставить.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="421"/>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;A late correction: it is saved once you give the reason.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;Позднее исправление: оно сохранится, когда вы укажете причину.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="423"/>
        <source>&lt;span style=&apos;color:#b06000&apos;&gt;Not saved on the server yet.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b06000&apos;&gt;Ещё не сохранено на сервере.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="443"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="444"/>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="445"/>
        <source>Avg.</source>
        <translation>Ср. балл</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="447"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="452"/>
        <source>Weighted average of the period&apos;s marks (kinds of work by their weights)</source>
        <translation>Средневзвешенный балл за период (виды работ — с их весами)</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="454"/>
        <source>Final mark for %1</source>
        <translation>Итоговая отметка: %1</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="455"/>
        <source>Final mark for the year</source>
        <translation>Годовая отметка</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="477"/>
        <source>lesson %1</source>
        <translation>%1-й урок</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="479"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="481"/>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="483"/>
        <source>Kind of work: %1</source>
        <translation>Вид работы: %1</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="485"/>
        <source>Control work</source>
        <translation>Контрольная работа</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="487"/>
        <source>Homework: %1</source>
        <translation>Домашнее задание: %1</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="489"/>
        <source>Substitution: %1</source>
        <translation>Замена: %1</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="490"/>
        <source>Double-click the date (or press Ctrl+Enter in its column) to open the lesson card</source>
        <translation>Карточка урока — двойной щелчок по дате (или Ctrl+Enter в её столбце)</translation>
    </message>
    <message>
        <location filename="../client/journalmodel.cpp" line="515"/>
        <source>&quot;%1&quot; is not a final mark: type a mark of the scale, н/а, зач, незач or осв.</source>
        <translation>«%1» — не итоговая отметка: введите отметку по шкале, н/а, зач, незач или осв.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalPage</name>
    <message>
        <location filename="../client/journalpage.cpp" line="52"/>
        <source>&amp;As of</source>
        <translation>&amp;На дату</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="100"/>
        <source>%1: not saved. %2</source>
        <translation>%1: не сохранено. %2</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="122"/>
        <source>Show the journal as it was at a past moment (read-only)</source>
        <translation>Показать журнал таким, каким он был в прошедший момент (только просмотр)</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="127"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="128"/>
        <source>Load the journal again (F5)</source>
        <translation>Загрузить журнал заново (F5)</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="129"/>
        <source>&amp;Journal:</source>
        <translation>&amp;Журнал:</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="131"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="191"/>
        <source>No journals</source>
        <translation>Нет журналов</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="192"/>
        <source>There is no journal you may open in this school year.</source>
        <translation>В этом учебном году нет журналов, доступных вам.</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="246"/>
        <source>%1 (closed)</source>
        <translation>%1 (закрыт)</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="254"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="256"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="259"/>
        <source>as it was on %1 — read only</source>
        <translation>на %1 — только просмотр</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="262"/>
        <source>read only</source>
        <translation>только просмотр</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="264"/>
        <source>the period is closed: changes need a reason</source>
        <translation>период закрыт: для исправлений нужна причина</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="300"/>
        <source>An entry in another journal</source>
        <translation>Запись в другом журнале</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="302"/>
        <location filename="../client/journalpage.cpp" line="323"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="303"/>
        <source>%1, final mark</source>
        <translation>%1, итоговая отметка</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="334"/>
        <source>The lesson is older than the correction window, or its period is closed.</source>
        <translation>Урок старше срока для исправлений, или его период закрыт.</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="336"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="392"/>
        <source>All saved</source>
        <translation>Всё сохранено</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/journalpage.cpp" line="395"/>
        <source>Saving: %n entr(ies)…</source>
        <translation>
            <numerusform>Сохраняется %n запись…</numerusform>
            <numerusform>Сохраняются %n записи…</numerusform>
            <numerusform>Сохраняется %n записей…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/journalpage.cpp" line="396"/>
        <source>No connection: %n entr(ies) kept, will be sent</source>
        <translation>
            <numerusform>Нет связи: %n запись сохранена здесь и будет отправлена</numerusform>
            <numerusform>Нет связи: %n записи сохранены здесь и будут отправлены</numerusform>
            <numerusform>Нет связи: %n записей сохранены здесь и будут отправлены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="404"/>
        <source>«%1…» — type п for оп (late).</source>
        <translation>«%1…» — нажмите п, чтобы поставить оп (опоздание).</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="408"/>
        <source>Right click on a cell: its history. Double click on a date: the lesson card.</source>
        <translation>Правый щелчок по клетке — её история. Двойной щелчок по дате — карточка урока.</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="413"/>
        <source>5 4 3 2 1 — mark</source>
        <translation>5 4 3 2 1 — отметка</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="414"/>
        <source>1…9, 0 for 10 — mark</source>
        <translation>1…9, 0 вместо 10 — отметка</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="415"/>
        <source>з — pass, нз — fail</source>
        <translation>з — зачёт, нз — незачёт</translation>
    </message>
    <message>
        <location filename="../client/journalpage.cpp" line="417"/>
        <source>%1, н б у оп — attendance: goes into the cell, the cursor moves down. Space or Ctrl+mark — one more mark in the cell (&quot;5 4&quot;). F2 — edit, Delete — clear, Ctrl+Z — undo. Ctrl+Enter or a double click on the date — lesson card. Right click — kind of work, comment, history.</source>
        <translation>%1, н б у оп — посещаемость: сразу в клетку, курсор переходит вниз. Пробел или Ctrl+отметка — ещё одна отметка в клетке («5 4»). F2 — правка, Delete — очистить, Ctrl+Z — отменить. Ctrl+Enter или двойной щелчок по дате — карточка урока. Правый щелчок — вид работы, комментарий, история.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::JournalReasonDialog</name>
    <message>
        <location filename="../client/journaldialogs.cpp" line="68"/>
        <source>&amp;Save the correction</source>
        <translation>&amp;Сохранить исправление</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="71"/>
        <source>Reason for the correction</source>
        <translation>Причина исправления</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="72"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;The deputy director will see the correction and its reason.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Заместитель директора увидит исправление и его причину.</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="77"/>
        <source>e.g. the mark was put in the wrong row</source>
        <translation>например: отметка поставлена не в ту строку</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="82"/>
        <source>Do&amp;n&apos;t correct</source>
        <translation>&amp;Не исправлять</translation>
    </message>
    <message>
        <location filename="../client/journaldialogs.cpp" line="85"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::LessonGenTab</name>
    <message>
        <location filename="../client/lessongentab.cpp" line="34"/>
        <location filename="../client/lessongentab.cpp" line="43"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="35"/>
        <location filename="../client/lessongentab.cpp" line="45"/>
        <source>Class or group</source>
        <translation>Класс или группа</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="36"/>
        <location filename="../client/lessongentab.cpp" line="46"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="37"/>
        <source>From lesson</source>
        <translation>С урока</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="38"/>
        <source>To lesson</source>
        <translation>На урок</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="44"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="82"/>
        <source>Only the &amp;dates from</source>
        <translation>Только &amp;даты с</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="85"/>
        <source>&amp;Check what changes</source>
        <translation>&amp;Проверить, что изменится</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="86"/>
        <source>&amp;Generate lessons</source>
        <translation>&amp;Сформировать уроки</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="95"/>
        <source>Compute the lessons without changing anything</source>
        <translation>Рассчитать уроки, ничего не меняя</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="98"/>
        <location filename="../client/lessongentab.cpp" line="251"/>
        <source>Check what changes first</source>
        <translation>Сначала проверьте, что изменится</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="106"/>
        <source>The dated lessons (the columns of the journal) are made from the timetable versions, skipping Sundays and holidays. Generating again after the timetable changed keeps every lesson that already has a topic, homework, marks or a change.</source>
        <translation>Уроки по датам (колонки журнала) формируются из версий расписания, без воскресений и каникул. При повторном формировании после изменения расписания сохраняются все уроки, у которых уже есть тема, домашнее задание, отметки или изменения.</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="113"/>
        <source>Academic &amp;year:</source>
        <translation>Учебный &amp;год:</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="115"/>
        <source>t&amp;o</source>
        <translation>п&amp;о</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="137"/>
        <source>Lessons that move to another lesson number</source>
        <translation>Уроки, которые переходят на другой номер</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="138"/>
        <source>Filled lessons kept although the timetable no longer has them</source>
        <translation>Заполненные уроки, которые сохраняются, хотя их уже нет в расписании</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="191"/>
        <source>There is no academic year open for changes.</source>
        <translation>Нет учебного года, открытого для изменений.</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="232"/>
        <source>Computing the lessons…</source>
        <translation>Расчёт уроков…</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="232"/>
        <source>Generating the lessons…</source>
        <translation>Формирование уроков…</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="246"/>
        <source>Create and update the lessons as shown</source>
        <translation>Создать и обновить уроки, как показано</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="247"/>
        <source>Nothing has been changed yet. Check the figures and press «Generate lessons» to apply them.</source>
        <translation>Пока ничего не изменено. Проверьте цифры и нажмите «Сформировать уроки», чтобы применить их.</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="252"/>
        <source>The lessons have been generated.</source>
        <translation>Уроки сформированы.</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="265"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="269"/>
        <source>&lt;b&gt;Would change&lt;/b&gt; from %1:</source>
        <translation>&lt;b&gt;Будет изменено&lt;/b&gt; за период %1:</translation>
    </message>
    <message>
        <location filename="../client/lessongentab.cpp" line="269"/>
        <source>&lt;b&gt;Done&lt;/b&gt; for %1:</source>
        <translation>&lt;b&gt;Готово&lt;/b&gt; за период %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/lessongentab.cpp" line="270"/>
        <source>created: &lt;b&gt;%n&lt;/b&gt;</source>
        <translation>
            <numerusform>создано: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>создано: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>создано: &lt;b&gt;%n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/lessongentab.cpp" line="271"/>
        <source>kept: &lt;b&gt;%n&lt;/b&gt;</source>
        <translation>
            <numerusform>сохранено: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>сохранено: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>сохранено: &lt;b&gt;%n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/lessongentab.cpp" line="272"/>
        <source>moved: &lt;b&gt;%n&lt;/b&gt;</source>
        <translation>
            <numerusform>перенесено: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>перенесено: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>перенесено: &lt;b&gt;%n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/lessongentab.cpp" line="273"/>
        <source>removed: &lt;b&gt;%n&lt;/b&gt;</source>
        <translation>
            <numerusform>удалено: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>удалено: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>удалено: &lt;b&gt;%n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/lessongentab.cpp" line="274"/>
        <source>filled lessons kept outside the timetable: &lt;b&gt;%n&lt;/b&gt;</source>
        <translation>
            <numerusform>заполненных уроков вне расписания сохранено: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>заполненных уроков вне расписания сохранено: &lt;b&gt;%n&lt;/b&gt;</numerusform>
            <numerusform>заполненных уроков вне расписания сохранено: &lt;b&gt;%n&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ejournal::client::LinkGuardianDialog</name>
    <message>
        <location filename="../client/peopledialogs.cpp" line="158"/>
        <source>Link a parent of another student</source>
        <translation>Привязать родителя другого ученика</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="164"/>
        <source>Surname of a brother or sister</source>
        <translation>Фамилия брата или сестры</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="167"/>
        <source>Find the student:</source>
        <translation>Найти ученика:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="168"/>
        <source>Student:</source>
        <translation>Ученик:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="169"/>
        <source>Parent or guardian:</source>
        <translation>Родитель:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="170"/>
        <source>Relation:</source>
        <translation>Кем приходится:</translation>
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
        <location filename="../client/mainwindow.cpp" line="31"/>
        <source>Electronic journal — %1</source>
        <translation>Электронный журнал — %1</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="99"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="100"/>
        <source>&amp;Change password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="103"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Выйти из системы</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="109"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="116"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="117"/>
        <source>&amp;About…</source>
        <translation>&amp;О программе…</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="127"/>
        <source>Server: %1:%2</source>
        <translation>Сервер: %1:%2</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="125"/>
        <source>User: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <location filename="../client/mainwindow.cpp" line="150"/>
        <source>The password has been changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::MembersDialog</name>
    <message>
        <location filename="../client/classesmembers.cpp" line="32"/>
        <source>Members of %1</source>
        <translation>Состав группы %1</translation>
    </message>
    <message>
        <location filename="../client/classesmembers.cpp" line="40"/>
        <source>Find a student</source>
        <translation>Найти ученика</translation>
    </message>
    <message>
        <location filename="../client/classesmembers.cpp" line="49"/>
        <source>Add →</source>
        <translation>Добавить →</translation>
    </message>
    <message>
        <location filename="../client/classesmembers.cpp" line="51"/>
        <source>Add the selected students to the group (or double-click a name)</source>
        <translation>Добавить выбранных учеников в группу (или дважды щёлкните по фамилии)</translation>
    </message>
    <message>
        <location filename="../client/classesmembers.cpp" line="52"/>
        <source>← Remove</source>
        <translation>← Убрать</translation>
    </message>
    <message>
        <location filename="../client/classesmembers.cpp" line="54"/>
        <source>Remove the selected students from the group (or double-click a name)</source>
        <translation>Убрать выбранных учеников из группы (или дважды щёлкните по фамилии)</translation>
    </message>
    <message>
        <location filename="../client/classesmembers.cpp" line="62"/>
        <source>Students of %1:</source>
        <translation>Ученики %1:</translation>
    </message>
    <message>
        <location filename="../client/classesmembers.cpp" line="63"/>
        <source>Students of the year:</source>
        <translation>Ученики всех классов года:</translation>
    </message>
    <message>
        <location filename="../client/classesmembers.cpp" line="64"/>
        <source>Members of the group:</source>
        <translation>Состав группы:</translation>
    </message>
    <message>
        <location filename="../client/classesmembers.cpp" line="75"/>
        <source>Applies from:</source>
        <translation>Действует с:</translation>
    </message>
    <message>
        <location filename="../client/classesmembers.cpp" line="76"/>
        <source>Students:</source>
        <translation>Ученики:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::MergeDialog</name>
    <message>
        <location filename="../client/changesdialogs.cpp" line="192"/>
        <source>Merge groups</source>
        <translation>Объединение групп</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="193"/>
        <source>%1, taught by %2 in room %3. Tick the lessons of the same subject at the same time that join it; their teachers and rooms become free.</source>
        <translation>%1, ведёт %2, кабинет %3. Отметьте уроки по тому же предмету в то же время, которые проводятся вместе с ним; их учителя и кабинеты освободятся.</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="198"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="200"/>
        <source>Required, for example: the teacher is ill</source>
        <translation>Обязательно, например: учитель болен</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="204"/>
        <source>&amp;Lessons that join:</source>
        <translation>&amp;Присоединяемые уроки:</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="205"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="228"/>
        <source>%1 — %2, room %3</source>
        <translation>%1 — %2, кабинет %3</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="237"/>
        <source>No other lesson of this subject takes place at this time.</source>
        <translation>Других уроков по этому предмету в это время нет.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::MoveDialog</name>
    <message>
        <location filename="../client/changesdialogs.cpp" line="104"/>
        <source>Move the lesson</source>
        <translation>Перенос урока</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="105"/>
        <source>%1. Choose where the lesson goes: another date, lesson number or room.</source>
        <translation>%1. Выберите, куда перенести урок: другая дата, номер урока или кабинет.</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="107"/>
        <source>&amp;Move</source>
        <translation>&amp;Перенести</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="110"/>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="121"/>
        <source>No room</source>
        <translation>Без кабинета</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="126"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="127"/>
        <source>&amp;Lesson number:</source>
        <translation>&amp;Номер урока:</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="128"/>
        <source>R&amp;oom:</source>
        <translation>&amp;Кабинет:</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="129"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::MovementBookTab</name>
    <message>
        <location filename="../client/peoplebook.cpp" line="21"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../client/peoplebook.cpp" line="23"/>
        <source>Movement</source>
        <translation>Вид движения</translation>
    </message>
    <message>
        <location filename="../client/peoplebook.cpp" line="25"/>
        <source>From class</source>
        <translation>Из класса</translation>
    </message>
    <message>
        <location filename="../client/peoplebook.cpp" line="26"/>
        <source>To class</source>
        <translation>В класс</translation>
    </message>
    <message>
        <location filename="../client/peoplebook.cpp" line="27"/>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <location filename="../client/peoplebook.cpp" line="28"/>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../client/peoplebook.cpp" line="31"/>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <location filename="../client/peoplebook.cpp" line="58"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../client/peoplebook.cpp" line="59"/>
        <source>Reload the book (F5)</source>
        <translation>Обновить книгу движения (F5)</translation>
    </message>
    <message>
        <location filename="../client/peoplebook.cpp" line="62"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../client/peoplebook.cpp" line="64"/>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <location filename="../client/peoplebook.cpp" line="67"/>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/peoplebook.cpp" line="85"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/peoplebook.cpp" line="93"/>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
</context>
<context>
    <name>ejournal::client::MovementDialog</name>
    <message>
        <location filename="../client/peopledialogs.cpp" line="223"/>
        <source>Admit %1</source>
        <translation>Зачисление: %1</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="225"/>
        <source>Transfer %1</source>
        <translation>Перевод: %1</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="229"/>
        <source>Withdraw %1</source>
        <translation>Отчисление: %1</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="242"/>
        <source>%1, class %2</source>
        <translation>%1, %2 класс</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="244"/>
        <source>Student:</source>
        <translation>Ученик:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="246"/>
        <source>Leaves on:</source>
        <translation>Выбывает с:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="246"/>
        <source>From:</source>
        <translation>С даты:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="251"/>
        <source>To class:</source>
        <translation>В класс:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="261"/>
        <source>for example 45-у</source>
        <translation>например, 45-у</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="262"/>
        <source>Order No.:</source>
        <translation>Приказ №:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="264"/>
        <source>for example moved to school No. 5</source>
        <translation>например, переезд, переход в школу № 5</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="265"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="266"/>
        <source>Reason:</source>
        <translation>Основание:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::PaperBatch</name>
    <message>
        <location filename="../client/paperbatch.cpp" line="30"/>
        <source>Preparing the journals…</source>
        <translation>Готовим журналы…</translation>
    </message>
    <message>
        <location filename="../client/paperbatch.cpp" line="30"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../client/paperbatch.cpp" line="32"/>
        <source>Journals of all classes</source>
        <translation>Журналы всех классов</translation>
    </message>
    <message>
        <location filename="../client/paperbatch.cpp" line="53"/>
        <source>Class %1 (%2 of %3)…</source>
        <translation>%1 класс (%2 из %3)…</translation>
    </message>
</context>
<context>
    <name>ejournal::client::PaperCopiesPage</name>
    <message>
        <location filename="../client/paperpage.cpp" line="42"/>
        <source>Every class of this grade</source>
        <translation>Все классы этой параллели</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="44"/>
        <source>All classes to a folder…</source>
        <translation>Все классы в папку…</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="48"/>
        <source>Paper copies</source>
        <translation>Бумажные копии</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="49"/>
        <source>The class journal, the summary sheet of final marks and extracts for parents, laid out as the paper documents.</source>
        <translation>Классный журнал, сводная ведомость итоговых отметок и выписки для родителей — в виде привычных бумажных документов.</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="53"/>
        <source>School &amp;year:</source>
        <translation>Учебный &amp;год:</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="55"/>
        <source>Class &amp;journal</source>
        <translation>Классный &amp;журнал</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="56"/>
        <source>&amp;Summary sheet</source>
        <translation>&amp;Сводная ведомость</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="57"/>
        <source>Parent&apos;s e&amp;xtract</source>
        <translation>&amp;Выписка для родителей</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="60"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Предпросмотр…</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="61"/>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="62"/>
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="85"/>
        <location filename="../client/paperpage.cpp" line="94"/>
        <location filename="../client/paperpage.cpp" line="103"/>
        <source>&amp;Class:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="86"/>
        <source>P&amp;eriod:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="104"/>
        <source>S&amp;tudent:</source>
        <translation>&amp;Учащийся:</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="105"/>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="106"/>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="151"/>
        <source>%1 (own subjects)</source>
        <translation>%1 (свои предметы)</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="160"/>
        <source>There is nothing you may print in this school year.</source>
        <translation>В этом учебном году вам нечего печатать.</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="179"/>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="215"/>
        <source>Choose a class and a student first.</source>
        <translation>Сначала выберите класс и учащегося.</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="216"/>
        <source>Choose a class first.</source>
        <translation>Сначала выберите класс.</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="219"/>
        <source>Preparing the document…</source>
        <translation>Готовим документ…</translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="245"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/paperpage.cpp" line="257"/>
        <source>Stopped: %n journal(s) written to %1.</source>
        <translation>
            <numerusform>Остановлено: %n журнал записан в %1.</numerusform>
            <numerusform>Остановлено: %n журнала записано в %1.</numerusform>
            <numerusform>Остановлено: %n журналов записано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/paperpage.cpp" line="258"/>
        <source>%n journal(s) written to %1.</source>
        <translation>
            <numerusform>%n журнал записан в %1.</numerusform>
            <numerusform>%n журнала записано в %1.</numerusform>
            <numerusform>%n журналов записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/paperpage.cpp" line="268"/>
        <source>Folder for the journals</source>
        <translation>Папка для журналов</translation>
    </message>
</context>
<context>
    <name>ejournal::client::PeoplePage</name>
    <message>
        <location filename="../client/peoplepage.cpp" line="19"/>
        <source>Students</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../client/peoplepage.cpp" line="20"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../client/peoplepage.cpp" line="21"/>
        <source>Movement book</source>
        <translation>Книга движения</translation>
    </message>
    <message>
        <location filename="../client/peoplepage.cpp" line="26"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../client/peoplepage.cpp" line="27"/>
        <source>Students with their parents and personal files, the staff, and the movement book of admissions, transfers and withdrawals.</source>
        <translation>Учащиеся с родителями и личными делами, сотрудники и книга движения: зачисления, переводы, выбытия.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanCopyDialog</name>
    <message>
        <location filename="../client/plancopydialog.cpp" line="28"/>
        <source>Copy a plan from another load</source>
        <translation>Копирование КТП из другой нагрузки</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/plancopydialog.cpp" line="31"/>
        <source>Replace the current plan (%n topic(s)); lessons keep their topics</source>
        <translation>
            <numerusform>Заменить текущий КТП (%n тема); темы уроков сохранятся</numerusform>
            <numerusform>Заменить текущий КТП (%n темы); темы уроков сохранятся</numerusform>
            <numerusform>Заменить текущий КТП (%n тем); темы уроков сохранятся</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/plancopydialog.cpp" line="39"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../client/plancopydialog.cpp" line="41"/>
        <source>Copy from:</source>
        <translation>Откуда:</translation>
    </message>
    <message>
        <location filename="../client/plancopydialog.cpp" line="90"/>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
    </message>
    <message>
        <location filename="../client/plancopydialog.cpp" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/plancopydialog.cpp" line="106"/>
        <source>There is no other load to copy from.</source>
        <translation>Нет другой нагрузки, из которой можно скопировать КТП.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanDistributeDialog</name>
    <message>
        <location filename="../client/planitemdialog.cpp" line="101"/>
        <source>Date the plan from the timetable</source>
        <translation>Даты КТП по расписанию</translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="108"/>
        <source>Topics not yet covered by a held lesson get, in order, the dates of the coming lessons of this load: one lesson per hour. Topics beyond the last lesson lose their date.</source>
        <translation>Темы, ещё не пройденные на уроках, по порядку получат даты ближайших уроков этой нагрузки: один урок на час. Темы, на которые уроков не хватит, останутся без даты.</translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="113"/>
        <source>From:</source>
        <translation>Начиная с:</translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="114"/>
        <source>Set dates</source>
        <translation>Расставить даты</translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanFactModel</name>
    <message>
        <location filename="../client/planmodels.cpp" line="149"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="150"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="151"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="152"/>
        <source>Planned date</source>
        <translation>Дата по плану</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="153"/>
        <source>Held on</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="154"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="163"/>
        <source>Done</source>
        <translation>Пройдено</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="165"/>
        <source>Done late</source>
        <translation>Пройдено с опозданием</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="167"/>
        <source>Behind the plan</source>
        <translation>Отставание</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="168"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanFactTab</name>
    <message>
        <location filename="../client/planfacttab.cpp" line="23"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="25"/>
        <source>Topic written in the journal</source>
        <translation>Тема в журнале</translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="28"/>
        <source>(no topic)</source>
        <translation>(тема не указана)</translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="40"/>
        <source>&lt;span style=&apos;background:#dff3e1&apos;&gt;&amp;nbsp;done&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fdf0d0&apos;&gt;&amp;nbsp;done later than planned&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fbdddb&apos;&gt;&amp;nbsp;behind the plan&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#dff3e1&apos;&gt;&amp;nbsp;пройдено&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fdf0d0&apos;&gt;&amp;nbsp;пройдено позже плана&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fbdddb&apos;&gt;&amp;nbsp;отставание&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="45"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="54"/>
        <source>Lessons held without a topic from the plan:</source>
        <translation>Проведённые уроки без темы из КТП:</translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="74"/>
        <source>Whole year</source>
        <translation>Весь год</translation>
    </message>
    <message>
        <location filename="../client/planfacttab.cpp" line="103"/>
        <source>Planned: %1 h, held: %2 h</source>
        <translation>По плану: %1 ч, проведено: %2 ч</translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanFormDialog</name>
    <message>
        <location filename="../client/planform.cpp" line="27"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../client/planform.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanImportDialog</name>
    <message>
        <location filename="../client/planimportdialog.cpp" line="35"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="36"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="37"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="38"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="40"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="42"/>
        <source>Homework</source>
        <translation>Домашнее задание</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="43"/>
        <source>Control work</source>
        <translation>Контрольная</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="44"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planimportdialog.cpp" line="52"/>
        <source>Replace the current plan (%n topic(s)); lessons keep their topics</source>
        <translation>
            <numerusform>Заменить текущий КТП (%n тема); темы уроков сохранятся</numerusform>
            <numerusform>Заменить текущий КТП (%n темы); темы уроков сохранятся</numerusform>
            <numerusform>Заменить текущий КТП (%n тем); темы уроков сохранятся</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="58"/>
        <source>&amp;Import</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="61"/>
        <source>Import the plan from a CSV file</source>
        <translation>Загрузка КТП из файла CSV</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="64"/>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="65"/>
        <source>Choose &amp;file…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="76"/>
        <source>The first line names the columns: «Раздел», «Тема» (required), «Часы», «Дата», «Домашнее задание», «Контрольная». Fields are separated by «;», «,» or tabs, as Excel saves them.</source>
        <translation>В первой строке — названия столбцов: «Раздел», «Тема» (обязательно), «Часы», «Дата», «Домашнее задание», «Контрольная». Поля разделяются «;», «,» или табуляцией — так, как сохраняет Excel.</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="86"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="105"/>
        <source>Plan file</source>
        <translation>Файл КТП</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="106"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="118"/>
        <source>The file cannot be read: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="131"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planimportdialog.cpp" line="143"/>
        <source>The file is correct: %n topic(s) will be imported.</source>
        <translation>
            <numerusform>Файл в порядке: будет загружена %n тема.</numerusform>
            <numerusform>Файл в порядке: будут загружены %n темы.</numerusform>
            <numerusform>Файл в порядке: будет загружено %n тем.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/planimportdialog.cpp" line="154"/>
        <source>Tick «Replace» to import over it.</source>
        <translation>Отметьте «Заменить», чтобы загрузить вместо него.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanItemDialog</name>
    <message>
        <location filename="../client/planitemdialog.cpp" line="19"/>
        <source>New topic</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="19"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="23"/>
        <source>Planned for</source>
        <translation>Дата по плану</translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="24"/>
        <source>Control work</source>
        <translation>Контрольная</translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="29"/>
        <source>e.g. Natural numbers</source>
        <translation>например, Натуральные числа</translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="48"/>
        <source>Section:</source>
        <translation>Раздел:</translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="49"/>
        <source>Topic:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="50"/>
        <source>Hours:</source>
        <translation>Часы:</translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="51"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="52"/>
        <source>Homework:</source>
        <translation>Домашнее задание:</translation>
    </message>
    <message>
        <location filename="../client/planitemdialog.cpp" line="72"/>
        <source>Fill in the topic.</source>
        <translation>Укажите тему.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanItemsModel</name>
    <message>
        <location filename="../client/planmodels.cpp" line="41"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="42"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="43"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="44"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="45"/>
        <source>Planned date</source>
        <translation>Дата по плану</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="46"/>
        <source>Homework</source>
        <translation>Домашнее задание</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="47"/>
        <location filename="../client/planmodels.cpp" line="86"/>
        <source>Control work</source>
        <translation>Контрольная</translation>
    </message>
    <message>
        <location filename="../client/planmodels.cpp" line="49"/>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanItemsTab</name>
    <message>
        <location filename="../client/planitemstab.cpp" line="48"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="69"/>
        <source>&amp;New topic</source>
        <translation>&amp;Новая тема</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="69"/>
        <source>Add a topic after the current one (Insert)</source>
        <translation>Добавить тему после текущей (Insert)</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="71"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="71"/>
        <source>Edit the current topic in a form (Return, F2); double click or type to edit a cell</source>
        <translation>Изменить текущую тему в форме (Enter, F2); ячейку можно править двойным щелчком или просто начав ввод</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="73"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="73"/>
        <source>Delete the current topic (Delete)</source>
        <translation>Удалить текущую тему (Delete)</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="75"/>
        <source>Move &amp;up</source>
        <translation>Вы&amp;ше</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="75"/>
        <source>Move the topic up (Ctrl+Up)</source>
        <translation>Переместить тему выше (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="77"/>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="77"/>
        <source>Move the topic down (Ctrl+Down)</source>
        <translation>Переместить тему ниже (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="92"/>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Загрузить из CSV…</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="92"/>
        <source>Read the plan from a CSV file (Excel: «Save as CSV»)</source>
        <translation>Загрузить КТП из файла CSV (в Excel: «Сохранить как CSV»)</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="94"/>
        <source>&amp;Copy from…</source>
        <translation>&amp;Копировать из…</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="94"/>
        <source>Copy the plan of another load, e.g. last year&apos;s</source>
        <translation>Скопировать КТП другой нагрузки, например прошлогодний</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="96"/>
        <source>Set &amp;dates…</source>
        <translation>Расставить &amp;даты…</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="96"/>
        <source>Give the topics the dates of the coming lessons</source>
        <translation>Назначить темам даты ближайших уроков</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="196"/>
        <source>The topic «%1» has been added.</source>
        <translation>Тема «%1» добавлена.</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="208"/>
        <source>The topic «%1» has been saved.</source>
        <translation>Тема «%1» сохранена.</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="223"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="235"/>
        <source>Delete topic</source>
        <translation>Удаление темы</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="236"/>
        <source>Delete the topic «%1» from the plan? Lessons linked to it keep their topic text.</source>
        <translation>Удалить тему «%1» из КТП? У связанных с ней уроков текст темы сохранится.</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="240"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="241"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="253"/>
        <source>The topic «%1» has been deleted.</source>
        <translation>Тема «%1» удалена.</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="277"/>
        <source>The topic «%1» is back in the plan.</source>
        <translation>Тема «%1» возвращена в КТП.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planitemstab.cpp" line="313"/>
        <source>%n topic(s) imported.</source>
        <translation>
            <numerusform>Загружена %n тема.</numerusform>
            <numerusform>Загружены %n темы.</numerusform>
            <numerusform>Загружено %n тем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planitemstab.cpp" line="326"/>
        <source>%n topic(s) copied.</source>
        <translation>
            <numerusform>Скопирована %n тема.</numerusform>
            <numerusform>Скопированы %n темы.</numerusform>
            <numerusform>Скопировано %n тем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planitemstab.cpp" line="340"/>
        <source>%n topic(s) got the dates of the coming lessons.</source>
        <translation>
            <numerusform>%n тема получила даты ближайших уроков.</numerusform>
            <numerusform>%n темы получили даты ближайших уроков.</numerusform>
            <numerusform>%n тем получили даты ближайших уроков.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planitemstab.cpp" line="342"/>
        <source>%n topic(s) did not fit before the end of the year and have no date.</source>
        <translation>
            <numerusform>%n теме не хватило уроков до конца года, она без даты.</numerusform>
            <numerusform>%n темам не хватило уроков до конца года, они без даты.</numerusform>
            <numerusform>%n темам не хватило уроков до конца года, они без даты.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ejournal::client::PlanPage</name>
    <message>
        <location filename="../client/planpage.cpp" line="39"/>
        <source>View only: this plan is kept by the teacher of the load.</source>
        <translation>Только просмотр: этот КТП ведёт учитель нагрузки.</translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="42"/>
        <source>&amp;Plan</source>
        <translation>&amp;КТП</translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="43"/>
        <source>Plan &amp;versus fact</source>
        <translation>&amp;План и факт</translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="45"/>
        <source>&amp;Load:</source>
        <translation>&amp;Нагрузка:</translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="57"/>
        <source>Lesson plans</source>
        <translation>Планирование (КТП)</translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="58"/>
        <source>The calendar-thematic plan (КТП) of each load: topics in order with hours and planned dates, and how the lessons held follow it.</source>
        <translation>Календарно-тематическое планирование каждой нагрузки: темы по порядку с часами и датами по плану — и как по нему идут проведённые уроки.</translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="107"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../client/planpage.cpp" line="117"/>
        <source>There are no loads of the current school year you may open.</source>
        <translation>В текущем учебном году нет нагрузок, доступных вам.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReasonDialog</name>
    <message>
        <location filename="../client/changesdialogs.cpp" line="162"/>
        <source>Cancel the lesson</source>
        <translation>Отменить урок</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="162"/>
        <source>Restore the lesson</source>
        <translation>Восстановить урок</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="164"/>
        <source>%1 will not take place. Everyone sees the cancellation at once.</source>
        <translation>%1 не состоится. Все увидят отмену сразу.</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="166"/>
        <source>%1 will take place again as planned.</source>
        <translation>%1 снова состоится по расписанию.</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="167"/>
        <source>Cancel the &amp;lesson</source>
        <translation>&amp;Отменить урок</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="167"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="169"/>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="169"/>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="173"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::RecordsTable</name>
    <message>
        <location filename="../client/recordstable.cpp" line="27"/>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportChartView</name>
    <message>
        <location filename="../client/reportchart.cpp" line="287"/>
        <source>No chart is chosen for this report.</source>
        <translation>Для этого отчёта диаграмма не выбрана.</translation>
    </message>
    <message>
        <location filename="../client/reportchart.cpp" line="288"/>
        <source>Nothing to chart: the report needs grouped rows and a numeric value.</source>
        <translation>Диаграмму построить не из чего: нужны сгруппированные строки и числовой показатель.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsDesigner</name>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="51"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="52"/>
        <source>To rows</source>
        <translation>В строки</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="53"/>
        <source>One line of the report per value of these fields</source>
        <translation>По строке отчёта на каждое значение этих полей</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="54"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="55"/>
        <source>To columns</source>
        <translation>В столбцы</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="56"/>
        <source>A pivot: one column per value of these fields</source>
        <translation>Сводная таблица: по столбцу на каждое значение этих полей</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="57"/>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="58"/>
        <source>To values</source>
        <translation>В значения</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="59"/>
        <source>What is counted: average, count, success rate…</source>
        <translation>Что считается: средний балл, количество, успеваемость…</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="60"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="61"/>
        <source>To filters</source>
        <translation>В фильтры</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="62"/>
        <source>Which rows count: a period, a class, marks below 3…</source>
        <translation>Какие записи учитываются: период, класс, отметки ниже 3…</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="63"/>
        <source>Fields (a plain list)</source>
        <translation>Поля (простой список)</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="64"/>
        <source>To the list</source>
        <translation>В поля</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="65"/>
        <source>Instead of a summary: the rows themselves with these columns</source>
        <translation>Вместо сводки — сами записи с этими столбцами</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="124"/>
        <location filename="../client/reportsdesigner.cpp" line="666"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="129"/>
        <source>Save the report (Ctrl+S)</source>
        <translation>Сохранить отчёт (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="130"/>
        <source>Save as &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="132"/>
        <source>S&amp;hared with the school</source>
        <translation>&amp;Общий для школы</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="135"/>
        <source>Colleagues see a shared report under «Shared» and may run it or save a copy of it</source>
        <translation>Общий отчёт коллеги видят в группе «Общие» и могут сформировать его или сохранить себе копию</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="137"/>
        <source>&amp;Back to the reports</source>
        <translation>&amp;К списку отчётов</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="162"/>
        <source>Report designer</source>
        <translation>Конструктор отчётов</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="163"/>
        <source>The report has unsaved changes. Leave the designer and lose them?</source>
        <translation>В отчёте есть несохранённые изменения. Выйти из конструктора и потерять их?</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="179"/>
        <source>&amp;Data:</source>
        <translation>&amp;Данные:</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="181"/>
        <source>F&amp;ields (drag them into the zones):</source>
        <translation>&amp;Поля (перетащите их в области):</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="192"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="224"/>
        <source>descending</source>
        <translation>по убыванию</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="225"/>
        <source>&amp;Totals row</source>
        <translation>Строка &amp;итогов</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="229"/>
        <source>No chart</source>
        <translation>Без диаграммы</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="230"/>
        <source>Bars</source>
        <translation>Столбчатая</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="231"/>
        <source>Lines</source>
        <translation>Линейная</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="232"/>
        <source>Pie</source>
        <translation>Круговая</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="237"/>
        <source>S&amp;ort by:</source>
        <translation>С&amp;ортировка:</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="240"/>
        <source>C&amp;hart:</source>
        <translation>Ди&amp;аграмма:</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="333"/>
        <source>Preview on real data</source>
        <translation>Предварительный просмотр на реальных данных</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="342"/>
        <source>&amp;Parameters…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="344"/>
        <source>Choose the parameters the preview runs with</source>
        <translation>Выбрать параметры, с которыми строится предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="547"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="551"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="554"/>
        <source>%1: asked when run, may be «any»</source>
        <translation>%1: спросить при запуске, можно «любой»</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="555"/>
        <source>%1: asked when run</source>
        <translation>%1: спросить при запуске</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="559"/>
        <source>%1: choose the value</source>
        <translation>%1: выберите значение</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="560"/>
        <source>%1: set</source>
        <translation>%1: задано</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="607"/>
        <source>(as the server orders)</source>
        <translation>(без сортировки)</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="664"/>
        <location filename="../client/reportsdesigner.cpp" line="711"/>
        <source>New report</source>
        <translation>Новый отчёт</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="665"/>
        <source>%1 (not saved)</source>
        <translation>%1 (не сохранён)</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="666"/>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="676"/>
        <source>Drag fields into «Rows» and «Values» for a summary (e.g. Class and Mark), or into «Fields» for a plain list.</source>
        <translation>Перетащите поля в «Строки» и «Значения», чтобы получить сводку (например, «Класс» и «Отметка»), или в «Поля» — для простого списка.</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="679"/>
        <source>A report is either a plain list («Fields») or a summary («Rows», «Columns», «Values»): empty one of them.</source>
        <translation>Отчёт — либо простой список («Поля»), либо сводка («Строки», «Столбцы», «Значения»): очистите одно из двух.</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="682"/>
        <source>Add what to count: drag a field into «Values» (e.g. Mark) and choose how it counts.</source>
        <translation>Добавьте, что считать: перетащите поле в «Значения» (например, «Отметка») и выберите способ подсчёта.</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="686"/>
        <source>Choose the value of the filter «%1», or tick «Ask when the report runs».</source>
        <translation>Выберите значение фильтра «%1» или отметьте «Спрашивать при запуске».</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="702"/>
        <source>Preview with %1</source>
        <translation>Просмотр с параметрами — %1</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="723"/>
        <source>The report cannot be built yet: %1</source>
        <translation>Отчёт пока не может быть построен: %1</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="736"/>
        <source>Parameters of the preview</source>
        <translation>Параметры предварительного просмотра</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="750"/>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="771"/>
        <source>Someone saved a newer version of this report after you opened it. Save your work as a copy, or go back to the reports and open it again to see their changes.</source>
        <translation>После того как вы открыли отчёт, кто-то сохранил его более новую версию. Сохраните свою работу как копию или вернитесь к списку отчётов и откройте отчёт заново, чтобы увидеть эти изменения.</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="777"/>
        <source>This report is not yours: save your work as a copy.</source>
        <translation>Это не ваш отчёт: сохраните свою работу как копию.</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="794"/>
        <source>The report «%1» is saved.</source>
        <translation>Отчёт «%1» сохранён.</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="813"/>
        <source>The report is shared: colleagues see it under «Shared».</source>
        <translation>Отчёт стал общим: коллеги видят его в группе «Общие».</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="814"/>
        <source>The report is no longer shared.</source>
        <translation>Отчёт больше не общий.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsItemEditor</name>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="33"/>
        <source>Select a value or a filter in the zones to set how it counts or what it keeps.</source>
        <translation>Выберите значение или фильтр в областях, чтобы задать способ подсчёта или условие отбора.</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="54"/>
        <source>&amp;Count as:</source>
        <translation>&amp;Считать как:</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="70"/>
        <source>&amp;Ask when the report runs</source>
        <translation>&amp;Спрашивать при запуске</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="72"/>
        <source>May be left as «any»</source>
        <translation>Можно оставить «любой»</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="78"/>
        <source>C&amp;ondition:</source>
        <translation>&amp;Условие:</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="79"/>
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="116"/>
        <source>Value: %1</source>
        <translation>Значение: %1</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="136"/>
        <source>Filter: %1</source>
        <translation>Фильтр: %1</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsList</name>
    <message>
        <location filename="../client/reportslist.cpp" line="37"/>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="44"/>
        <source>Standard</source>
        <translation>Стандартные</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="44"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="44"/>
        <source>Shared</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="129"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="131"/>
        <source>%1 (shared)</source>
        <translation>%1 (общий)</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="133"/>
        <source>Data: %1</source>
        <translation>Данные: %1</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="137"/>
        <source>Saved %1, version %2</source>
        <translation>Сохранён %1, версия %2</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsOperandEditor</name>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="53"/>
        <source>(no value needed)</source>
        <translation>(значение не нужно)</translation>
    </message>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="68"/>
        <source>set:</source>
        <translation>задать:</translation>
    </message>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="69"/>
        <source>Leave unticked to include every value</source>
        <translation>Не отмечайте, чтобы учитывать любые значения</translation>
    </message>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="94"/>
        <location filename="../client/reportsoperandeditor.cpp" line="281"/>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="122"/>
        <source>values separated by ;</source>
        <translation>значения через ;</translation>
    </message>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="150"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="151"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsPage</name>
    <message>
        <location filename="../client/reportspage.cpp" line="55"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="56"/>
        <source>Standard reports on marks, attendance and the keeping of journals, and reports of your own made in the designer. Run a report, choose its parameters, export it to Excel or PDF.</source>
        <translation>Стандартные отчёты об успеваемости, посещаемости и ведении журналов, а также ваши собственные отчёты из конструктора. Сформируйте отчёт, выберите параметры, выгрузите его в Excel или PDF.</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="87"/>
        <source>&amp;Run</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="89"/>
        <source>Run the selected report (Return, F5)</source>
        <translation>Сформировать выбранный отчёт (Enter, F5)</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="90"/>
        <source>&amp;New report</source>
        <translation>&amp;Новый отчёт</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="92"/>
        <source>Make a report of your own in the designer (Insert, Ctrl+N)</source>
        <translation>Создать свой отчёт в конструкторе (Insert, Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="93"/>
        <location filename="../client/reportspage.cpp" line="231"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="95"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="97"/>
        <source>Delete the selected report (Delete)</source>
        <translation>Удалить выбранный отчёт (Delete)</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="98"/>
        <location filename="../client/reportspage.cpp" line="237"/>
        <source>&amp;Share with the school</source>
        <translation>Сделать о&amp;бщим</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="100"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Версии…</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="102"/>
        <source>Earlier versions of the report; open one to restore it</source>
        <translation>Прежние версии отчёта; откройте версию, чтобы восстановить её</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="120"/>
        <source>Choose a report on the left and press Return to run it.</source>
        <translation>Выберите отчёт слева и нажмите Enter, чтобы сформировать его.</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="130"/>
        <source>Change &amp;parameters…</source>
        <translation>Изменить &amp;параметры…</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="135"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="231"/>
        <source>&amp;Edit a copy</source>
        <translation>&amp;Изменить копию</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="232"/>
        <source>Change the report in the designer (F2)</source>
        <translation>Изменить отчёт в конструкторе (F2)</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="233"/>
        <source>Make a report of your own from this one in the designer (F2)</source>
        <translation>Создать на основе этого отчёта свой в конструкторе (F2)</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="237"/>
        <source>Stop &amp;sharing</source>
        <translation>Сделать не о&amp;бщим</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="244"/>
        <source>The report could not be run: %1</source>
        <translation>Не удалось сформировать отчёт: %1</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="269"/>
        <source>The report cannot be read: %1</source>
        <translation>Не удаётся прочитать отчёт: %1</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="314"/>
        <source>The report is being built…</source>
        <translation>Отчёт формируется…</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="360"/>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="383"/>
        <source>Delete the report</source>
        <translation>Удаление отчёта</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="384"/>
        <source>Delete the report «%1»? Colleagues it is shared with will no longer see it.</source>
        <translation>Удалить отчёт «%1»? Коллеги, которым он доступен, больше не увидят его.</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="388"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="401"/>
        <source>The report «%1» is deleted.</source>
        <translation>Отчёт «%1» удалён.</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="426"/>
        <source>The report «%1» is back.</source>
        <translation>Отчёт «%1» восстановлен.</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="444"/>
        <source>«%1» is shared: colleagues see it under «Shared».</source>
        <translation>«%1» теперь общий: коллеги видят его в группе «Общие».</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="445"/>
        <source>«%1» is no longer shared.</source>
        <translation>«%1» больше не общий.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsParamsDialog</name>
    <message>
        <location filename="../client/reportsparamsdialog.cpp" line="22"/>
        <source>Report parameters</source>
        <translation>Параметры отчёта</translation>
    </message>
    <message>
        <location filename="../client/reportsparamsdialog.cpp" line="51"/>
        <source>Run</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <location filename="../client/reportsparamsdialog.cpp" line="65"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../client/reportsparamsdialog.cpp" line="71"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/reportsparamsdialog.cpp" line="89"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../client/reportsparamsdialog.cpp" line="106"/>
        <source>Choose a value.</source>
        <translation>Выберите значение.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsResultModel</name>
    <message>
        <location filename="../client/reportsresultmodel.cpp" line="52"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsResultPanel</name>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="40"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="41"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="42"/>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="43"/>
        <location filename="../client/reportsresultpanel.cpp" line="46"/>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="45"/>
        <source>CSV (Windows-1251)</source>
        <translation>CSV (Windows-1251)</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="47"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="48"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="71"/>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="72"/>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="76"/>
        <source>Only the first rows are shown: narrow the filters to see all.</source>
        <translation>Показаны только первые строки: сузьте условия отбора, чтобы увидеть все.</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="104"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="107"/>
        <source>Print preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/reportsresultpanel.cpp" line="134"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="205"/>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="211"/>
        <source>Saved to %1.</source>
        <translation>Сохранено в файл %1.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsSaveDialog</name>
    <message>
        <location filename="../client/reportssavedialog.cpp" line="21"/>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location filename="../client/reportssavedialog.cpp" line="29"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../client/reportssavedialog.cpp" line="30"/>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../client/reportssavedialog.cpp" line="59"/>
        <source>Give the report a name.</source>
        <translation>Укажите название отчёта.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsVersionsDialog</name>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="21"/>
        <source>Versions of «%1»</source>
        <translation>Версии отчёта «%1»</translation>
    </message>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="23"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="24"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="25"/>
        <source>Saved</source>
        <translation>Сохранена</translation>
    </message>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="29"/>
        <source>Saved by</source>
        <translation>Кто сохранил</translation>
    </message>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="37"/>
        <source>&amp;Open in the designer</source>
        <translation>&amp;Открыть в конструкторе</translation>
    </message>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="39"/>
        <source>Open an earlier version and save it to make it the current one again; the later versions stay in the list.</source>
        <translation>Откройте прежнюю версию и сохраните её, чтобы она снова стала текущей; более поздние версии останутся в списке.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ServerPage</name>
    <message>
        <location filename="../client/serverpage.cpp" line="36"/>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="41"/>
        <source>How</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="43"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="45"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="48"/>
        <source>Checked</source>
        <translation>Проверена</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="50"/>
        <source>Saved to</source>
        <translation>Сохранена в</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="54"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="72"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="73"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="78"/>
        <source>Make a backup of the whole journal now and save it to every backup folder (Ctrl+B)</source>
        <translation>Создать резервную копию всего журнала сейчас и сохранить её во все папки для копий (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="81"/>
        <source>Reload (F5)</source>
        <translation>Обновить (F5)</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="91"/>
        <source>Last good backup</source>
        <translation>Последняя удачная резервная копия</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="93"/>
        <source>Made:</source>
        <translation>Создана:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="94"/>
        <source>Saved to:</source>
        <translation>Сохранена в:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="95"/>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="96"/>
        <source>Checked by a test restore:</source>
        <translation>Проверена пробным восстановлением:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="97"/>
        <location filename="../client/serverpage.cpp" line="116"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="99"/>
        <source>Running since:</source>
        <translation>Работает с:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="100"/>
        <source>Programs connected:</source>
        <translation>Подключено программ:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="101"/>
        <source>Database size:</source>
        <translation>Размер базы данных:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="102"/>
        <source>Next backup:</source>
        <translation>Следующая копия:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="103"/>
        <source>Backup folders:</source>
        <translation>Папки для копий:</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="117"/>
        <source>Backups of the journal and the state of the server. The server backs the journal up every night to each backup folder and checks every copy by restoring it.</source>
        <translation>Резервные копии журнала и состояние сервера. Каждую ночь сервер сохраняет копию журнала в каждую папку для копий и проверяет каждую копию пробным восстановлением.</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="125"/>
        <source>Backup history</source>
        <translation>История резервного копирования</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="182"/>
        <source>The backup has been started. It takes a minute or two; the list below shows when it is done.</source>
        <translation>Резервное копирование запущено. Оно займёт минуту-две; когда копия будет готова, она появится в списке ниже.</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="184"/>
        <source>A backup is already in progress; the list below shows when it is done.</source>
        <translation>Резервное копирование уже выполняется; когда копия будет готова, она появится в списке ниже.</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="203"/>
        <source>The backup is done and checked.</source>
        <translation>Резервная копия создана и проверена.</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="204"/>
        <source>The backup is done.</source>
        <translation>Резервная копия создана.</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="206"/>
        <source>The backup did not go well: %1</source>
        <translation>Резервное копирование прошло с ошибками: %1</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="218"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="224"/>
        <source>not planned</source>
        <translation>не запланирована</translation>
    </message>
    <message>
        <location filename="../client/serverpage.cpp" line="234"/>
        <source>never</source>
        <translation>ни разу</translation>
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
<context>
    <name>ejournal::client::SplitDialog</name>
    <message>
        <location filename="../client/classesdialogs.cpp" line="153"/>
        <source>Split class %1 into groups</source>
        <translation>Разделить %1 класс на группы</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="166"/>
        <source>Subject:</source>
        <translation>Предмет:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="167"/>
        <source>Number of groups:</source>
        <translation>Число групп:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="168"/>
        <source>From:</source>
        <translation>С даты:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="169"/>
        <source>Groups:</source>
        <translation>Группы:</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="170"/>
        <source>The students of the class are divided alphabetically; you can change the members of each group afterwards.</source>
        <translation>Ученики класса делятся по алфавиту; состав каждой группы потом можно изменить.</translation>
    </message>
    <message>
        <location filename="../client/classesdialogs.cpp" line="186"/>
        <source>group %1</source>
        <translation>%1 группа</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StaffDialog</name>
    <message>
        <location filename="../client/peopledialogs.cpp" line="92"/>
        <source>New staff member</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="99"/>
        <source>for example Teacher of mathematics</source>
        <translation>например, Учитель математики</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="101"/>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="102"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="103"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StaffTab</name>
    <message>
        <location filename="../client/peoplestaff.cpp" line="44"/>
        <source>Show archived</source>
        <translation>Показывать архивных</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="48"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="49"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="50"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="51"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="52"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="53"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="54"/>
        <source>Archived</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="55"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="61"/>
        <source>&amp;New staff member</source>
        <translation>&amp;Новый сотрудник</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="61"/>
        <source>Add a staff member (Insert)</source>
        <translation>Добавить сотрудника (Insert)</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="62"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="62"/>
        <source>Change the selected person (F2)</source>
        <translation>Изменить данные выбранного сотрудника (F2)</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="63"/>
        <location filename="../client/peoplestaff.cpp" line="121"/>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="63"/>
        <source>The person has left the school (Delete)</source>
        <translation>Сотрудник уволился (Delete)</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="64"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="64"/>
        <source>Reload the list (F5)</source>
        <translation>Обновить список (F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/peoplestaff.cpp" line="96"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n сотрудник</numerusform>
            <numerusform>%n сотрудника</numerusform>
            <numerusform>%n сотрудников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="121"/>
        <source>&amp;Restore</source>
        <translation>&amp;Вернуть из архива</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="131"/>
        <source>The staff member has been added.</source>
        <translation>Сотрудник добавлен.</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="148"/>
        <source>The changes have been saved.</source>
        <translation>Изменения сохранены.</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="164"/>
        <location filename="../client/peoplestaff.cpp" line="171"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="165"/>
        <source>Move %1 to the archive? Archived staff are not offered as teachers; the account is not changed.</source>
        <translation>Перевести сотрудника %1 в архив? Архивные сотрудники не предлагаются при назначении учителей; учётная запись не меняется.</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="172"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="188"/>
        <source>%1 cannot be archived.</source>
        <translation>Нельзя перевести сотрудника %1 в архив.</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="193"/>
        <source>%1 has been restored from the archive.</source>
        <translation>%1 — возвращён(а) из архива.</translation>
    </message>
    <message>
        <location filename="../client/peoplestaff.cpp" line="195"/>
        <source>%1 has been moved to the archive.</source>
        <translation>%1 — переведён(а) в архив.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureArchiveTab</name>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="24"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="32"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="33"/>
        <source>Short name</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="34"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="38"/>
        <location filename="../client/structurearchivetab.cpp" line="62"/>
        <source>In archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="54"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="55"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="56"/>
        <source>Seats</source>
        <translation>Мест</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="79"/>
        <source>Show &amp;archived</source>
        <translation>Показывать &amp;архивные</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="110"/>
        <source>«%1» is back from the archive.</source>
        <translation>«%1» возвращено из архива.</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="111"/>
        <source>Move «%1» to the archive? It stays in past journals and reports but is no longer offered for new lessons. You can bring it back later.</source>
        <translation>Перенести «%1» в архив? Запись останется в прошлых журналах и отчётах, но не будет предлагаться для новых уроков. Её можно вернуть из архива позже.</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="113"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="113"/>
        <source>«%1» has been archived.</source>
        <translation>«%1» перенесено в архив.</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="120"/>
        <source>&amp;Restore</source>
        <translation>&amp;Вернуть из архива</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="120"/>
        <source>&amp;Archive</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="121"/>
        <source>Bring the selected record back from the archive</source>
        <translation>Вернуть выбранную запись из архива</translation>
    </message>
    <message>
        <location filename="../client/structurearchivetab.cpp" line="122"/>
        <source>Move the selected record to the archive (Delete)</source>
        <translation>Перенести выбранную запись в архив (Delete)</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureBellsModel</name>
    <message numerus="yes">
        <location filename="../client/structurebellsmodel.cpp" line="221"/>
        <location filename="../client/structurebellsmodel.cpp" line="226"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/structurebellsmodel.cpp" line="283"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location filename="../client/structurebellsmodel.cpp" line="285"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../client/structurebellsmodel.cpp" line="287"/>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../client/structurebellsmodel.cpp" line="289"/>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../client/structurebellsmodel.cpp" line="291"/>
        <source>Break</source>
        <translation>Перемена</translation>
    </message>
    <message>
        <location filename="../client/structurebellsmodel.cpp" line="293"/>
        <source>Problem</source>
        <translation>Замечание</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureBellsTab</name>
    <message>
        <location filename="../client/structurebellstab.cpp" line="63"/>
        <source>Shift 1</source>
        <translation>1 смена</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="63"/>
        <source>Shift 2</source>
        <translation>2 смена</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="64"/>
        <source>&amp;Add a lesson</source>
        <translation>&amp;Добавить урок</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="64"/>
        <source>&amp;Remove the lesson</source>
        <translation>Удалить ур&amp;ок</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="65"/>
        <source>Fill in a &amp;typical schedule</source>
        <translation>&amp;Типовое расписание</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="66"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="66"/>
        <source>&amp;Discard changes</source>
        <translation>Отменить &amp;изменения</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="87"/>
        <source>Add the next lesson (Insert)</source>
        <translation>Добавить следующий урок (Insert)</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="89"/>
        <source>Remove the selected lesson (Delete)</source>
        <translation>Удалить выбранный урок (Delete)</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="91"/>
        <source>Seven 45-minute lessons with 10- and 20-minute breaks</source>
        <translation>Семь уроков по 45 минут с переменами 10 и 20 минут</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="93"/>
        <source>Save the bells of this shift (Ctrl+S)</source>
        <translation>Сохранить звонки этой смены (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="194"/>
        <source>The bells were not saved: fix the marked lessons.</source>
        <translation>Звонки не сохранены: исправьте отмеченные уроки.</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="198"/>
        <source>The bells of shift %1 have been saved.</source>
        <translation>Звонки %1 смены сохранены.</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="214"/>
        <source>No more lessons fit into the day.</source>
        <translation>Больше уроков в этот день не помещается.</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="246"/>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="248"/>
        <source>No bells yet: add lessons or fill in a typical schedule.</source>
        <translation>Звонков пока нет: добавьте уроки или заполните типовое расписание.</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="249"/>
        <source>No bells for this shift yet.</source>
        <translation>Для этой смены звонки пока не заданы.</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="251"/>
        <source>The year is closed: read-only.</source>
        <translation>Год закрыт: только просмотр.</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="254"/>
        <source>Shift %1 *</source>
        <translation>%1 смена *</translation>
    </message>
    <message>
        <location filename="../client/structurebellstab.cpp" line="255"/>
        <source>Shift %1</source>
        <translation>%1 смена</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureFormDialog</name>
    <message>
        <location filename="../client/structureform.cpp" line="42"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureHolidayDialog</name>
    <message>
        <location filename="../client/structuredialogs.cpp" line="105"/>
        <source>New holiday</source>
        <translation>Новые каникулы</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="105"/>
        <source>Holiday</source>
        <translation>Каникулы</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="108"/>
        <source>All grades</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="109"/>
        <source>Only grades:</source>
        <translation>Только классы:</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="112"/>
        <source>for example, Autumn holidays</source>
        <translation>например, Осенние каникулы</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="145"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="146"/>
        <source>Starts on:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="147"/>
        <source>Ends on:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="148"/>
        <source>Applies to:</source>
        <translation>Для кого:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureHolidaysTab</name>
    <message>
        <location filename="../client/structureholidaystab.cpp" line="19"/>
        <source>Holiday</source>
        <translation>Каникулы</translation>
    </message>
    <message>
        <location filename="../client/structureholidaystab.cpp" line="20"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../client/structureholidaystab.cpp" line="21"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../client/structureholidaystab.cpp" line="22"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location filename="../client/structureholidaystab.cpp" line="29"/>
        <source>Grades</source>
        <translation>Классы</translation>
    </message>
    <message>
        <location filename="../client/structureholidaystab.cpp" line="41"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../client/structureholidaystab.cpp" line="42"/>
        <source>Delete the selected holiday (Delete)</source>
        <translation>Удалить выбранные каникулы (Delete)</translation>
    </message>
    <message>
        <location filename="../client/structureholidaystab.cpp" line="50"/>
        <source>The year is closed: its holidays can no longer be changed.</source>
        <translation>Год закрыт: его каникулы изменить уже нельзя.</translation>
    </message>
    <message>
        <location filename="../client/structureholidaystab.cpp" line="84"/>
        <source>Delete the holiday «%1» (%2)?</source>
        <translation>Удалить каникулы «%1» (%2)?</translation>
    </message>
    <message>
        <location filename="../client/structureholidaystab.cpp" line="87"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../client/structureholidaystab.cpp" line="89"/>
        <source>The holiday «%1» has been deleted.</source>
        <translation>Каникулы «%1» удалены.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureListTab</name>
    <message>
        <location filename="../client/structurelisttab.cpp" line="33"/>
        <source>&amp;New…</source>
        <translation>&amp;Новый…</translation>
    </message>
    <message>
        <location filename="../client/structurelisttab.cpp" line="33"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../client/structurelisttab.cpp" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../client/structurelisttab.cpp" line="38"/>
        <source>Add a record (Insert)</source>
        <translation>Добавить запись (Insert)</translation>
    </message>
    <message>
        <location filename="../client/structurelisttab.cpp" line="40"/>
        <source>Change the selected record (F2 or Enter)</source>
        <translation>Изменить выбранную запись (F2 или Enter)</translation>
    </message>
    <message>
        <location filename="../client/structurelisttab.cpp" line="113"/>
        <source>Saved: «%1».</source>
        <translation>Сохранено: «%1».</translation>
    </message>
    <message>
        <location filename="../client/structurelisttab.cpp" line="201"/>
        <source>Undone: «%1» is back.</source>
        <translation>Отменено: «%1» снова на месте.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructurePage</name>
    <message>
        <location filename="../client/structurepage.cpp" line="32"/>
        <location filename="../client/structurepage.cpp" line="75"/>
        <source>School year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="33"/>
        <source>Starts on</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="34"/>
        <source>Ends on</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="35"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="59"/>
        <source>&amp;Years and periods</source>
        <translation>&amp;Годы и периоды</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="60"/>
        <source>&amp;Holidays</source>
        <translation>&amp;Каникулы</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="61"/>
        <source>&amp;Bells</source>
        <translation>&amp;Звонки</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="62"/>
        <source>&amp;Subjects</source>
        <translation>&amp;Предметы</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="63"/>
        <source>&amp;Rooms</source>
        <translation>Ка&amp;бинеты</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="65"/>
        <source>School &amp;year:</source>
        <translation>Учебный &amp;год:</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="76"/>
        <source>Set up the school year: its periods, holidays and bells, and the school&apos;s subjects and rooms.</source>
        <translation>Настройка учебного года: учебные периоды, каникулы и звонки, а также предметы и кабинеты школы.</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="78"/>
        <source>The school year&apos;s periods, holidays and bells, and the school&apos;s subjects and rooms.</source>
        <translation>Учебные периоды, каникулы и звонки учебного года, предметы и кабинеты школы.</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="122"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="140"/>
        <source>The year is closed and read-only.</source>
        <translation>Год закрыт и доступен только для просмотра.</translation>
    </message>
    <message>
        <location filename="../client/structurepage.cpp" line="141"/>
        <source>No school years yet.</source>
        <translation>Учебных годов пока нет.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureRoomDialog</name>
    <message>
        <location filename="../client/structuredialogs.cpp" line="210"/>
        <source>New room</source>
        <translation>Новый кабинет</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="210"/>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="216"/>
        <source>for example, 214</source>
        <translation>например, 214</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="218"/>
        <source>for example, Chemistry lab</source>
        <translation>например, Кабинет химии</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="221"/>
        <source>not known</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="223"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="224"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="225"/>
        <source>Seats:</source>
        <translation>Мест:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureSchemeDialog</name>
    <message>
        <location filename="../client/structureschemedialog.cpp" line="37"/>
        <source>New period scheme</source>
        <translation>Новая схема периодов</translation>
    </message>
    <message>
        <location filename="../client/structureschemedialog.cpp" line="37"/>
        <source>Period scheme</source>
        <translation>Схема периодов</translation>
    </message>
    <message>
        <location filename="../client/structureschemedialog.cpp" line="49"/>
        <source>optional; by default «%1»</source>
        <translation>необязательно; по умолчанию «%1»</translation>
    </message>
    <message>
        <location filename="../client/structureschemedialog.cpp" line="54"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../client/structureschemedialog.cpp" line="55"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../client/structureschemedialog.cpp" line="58"/>
        <source>The server proposes the periods&apos; dates from the usual school calendar fitted to the year (holidays between them). You can correct them right here after the scheme is created.</source>
        <translation>Даты периодов сервер предложит по обычному школьному календарю этого года (с каникулами между периодами). Их можно будет поправить здесь же сразу после создания схемы.</translation>
    </message>
    <message>
        <location filename="../client/structureschemedialog.cpp" line="63"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../client/structureschemedialog.cpp" line="97"/>
        <source>%1 (closed)</source>
        <translation>%1 (закрыт)</translation>
    </message>
    <message>
        <location filename="../client/structureschemedialog.cpp" line="101"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../client/structureschemedialog.cpp" line="114"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../client/structureschemedialog.cpp" line="115"/>
        <source>The scheme «%1» has been created with these dates. Check them and correct them if your school&apos;s calendar differs.</source>
        <translation>Схема «%1» создана с этими датами. Проверьте их и исправьте, если календарь вашей школы отличается.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureSchemesModel</name>
    <message>
        <location filename="../client/structureschemesmodel.cpp" line="127"/>
        <source>closed (final marks set)</source>
        <translation>закрыт (итоговые выставлены)</translation>
    </message>
    <message>
        <location filename="../client/structureschemesmodel.cpp" line="138"/>
        <source>Scheme and periods</source>
        <translation>Схема и периоды</translation>
    </message>
    <message>
        <location filename="../client/structureschemesmodel.cpp" line="140"/>
        <source>Starts on</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../client/structureschemesmodel.cpp" line="142"/>
        <source>Ends on</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../client/structureschemesmodel.cpp" line="144"/>
        <source>Kind / note</source>
        <translation>Вид / примечание</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureSubjectDialog</name>
    <message>
        <location filename="../client/structuredialogs.cpp" line="179"/>
        <source>New subject</source>
        <translation>Новый предмет</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="179"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="185"/>
        <source>for example, Mathematics</source>
        <translation>например, Математика</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="187"/>
        <source>for the journal and the timetable, e.g. Math.</source>
        <translation>для журнала и расписания, например Матем.</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="193"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="194"/>
        <source>Short name:</source>
        <translation>Сокращение:</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="195"/>
        <source>Component:</source>
        <translation>Компонент:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureYearDialog</name>
    <message>
        <location filename="../client/structuredialogs.cpp" line="61"/>
        <source>New school year</source>
        <translation>Новый учебный год</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="61"/>
        <source>School year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="67"/>
        <source>for example, 2026/2027</source>
        <translation>например, 2026/2027</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="70"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="71"/>
        <source>Starts on:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location filename="../client/structuredialogs.cpp" line="72"/>
        <source>Ends on:</source>
        <translation>Окончание:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureYearsList</name>
    <message>
        <location filename="../client/structureyearstab.cpp" line="54"/>
        <source>Make &amp;current</source>
        <translation>Сделать &amp;текущим</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="55"/>
        <source>&amp;Close the year…</source>
        <translation>Закр&amp;ыть год…</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="58"/>
        <source>&amp;New year…</source>
        <translation>&amp;Новый год…</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="60"/>
        <source>The current year is the one the journals work in</source>
        <translation>В текущем году ведутся журналы</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="62"/>
        <source>Checks what is left, then makes the year read-only and opens the next one from it</source>
        <translation>Проверяет, что осталось сделать, затем закрывает год для изменений и открывает на его основе следующий</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="108"/>
        <source>The school year «%1» is closed and the next one is opened.</source>
        <translation>Учебный год «%1» закрыт, следующий год открыт.</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="128"/>
        <source>The school year «%1» is now %2.</source>
        <translation>Учебный год «%1» теперь: %2.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StructureYearsTab</name>
    <message>
        <location filename="../client/structureyearstab.cpp" line="142"/>
        <source>New &amp;period scheme…</source>
        <translation>Новая &amp;схема периодов…</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="143"/>
        <source>Edit &amp;dates…</source>
        <translation>Изменить &amp;даты…</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="144"/>
        <source>Delete the sc&amp;heme…</source>
        <translation>Уда&amp;лить схему…</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="148"/>
        <location filename="../client/structureyearstab.cpp" line="208"/>
        <source>Period schemes</source>
        <translation>Схемы периодов</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="209"/>
        <source>Period schemes of %1</source>
        <translation>Схемы периодов %1 учебного года</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="233"/>
        <source>Saved: «%1».</source>
        <translation>Сохранено: «%1».</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="254"/>
        <source>Delete the period scheme</source>
        <translation>Удаление схемы периодов</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="255"/>
        <source>Delete the period scheme «%1» with its periods?</source>
        <translation>Удалить схему периодов «%1» вместе с её периодами?</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="255"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="260"/>
        <source>The scheme «%1» cannot be deleted. %2</source>
        <translation>Схему «%1» удалить нельзя. %2</translation>
    </message>
    <message>
        <location filename="../client/structureyearstab.cpp" line="264"/>
        <source>The period scheme «%1» has been deleted.</source>
        <translation>Схема периодов «%1» удалена.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StudentCard</name>
    <message>
        <location filename="../client/peoplecard.cpp" line="60"/>
        <source>Student card</source>
        <translation>Карточка ученика</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="64"/>
        <source>Parent or guardian</source>
        <translation>Родитель (законный представитель)</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="65"/>
        <location filename="../client/peoplecard.cpp" line="230"/>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="67"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="68"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="69"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="73"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="74"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="76"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="85"/>
        <source>Personal data</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="88"/>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="88"/>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="88"/>
        <source>Personal file No.:</source>
        <translation>№ личного дела:</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="89"/>
        <source>Class today:</source>
        <translation>Класс сейчас:</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="89"/>
        <source>Account:</source>
        <translation>Учётная запись:</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="95"/>
        <source>&amp;Edit personal data…</source>
        <translation>&amp;Изменить личные данные…</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="100"/>
        <source>&amp;Add new…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="101"/>
        <source>&amp;Link existing…</source>
        <translation>&amp;Привязать существующего…</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="102"/>
        <source>Link a parent already recorded for a brother or sister</source>
        <translation>Привязать родителя, уже записанного у брата или сестры</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="103"/>
        <source>Edit &amp;contacts…</source>
        <translation>&amp;Контакты…</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="104"/>
        <source>&amp;Relation…</source>
        <translation>&amp;Кем приходится…</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="105"/>
        <source>&amp;Unlink</source>
        <translation>&amp;Отвязать</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="113"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="118"/>
        <source>Parents and guardians</source>
        <translation>Родители (законные представители)</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="119"/>
        <source>Classes</source>
        <translation>Классы</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="120"/>
        <source>Movement book entries</source>
        <translation>Записи в книге движения</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="151"/>
        <source>Student card: %1</source>
        <translation>Карточка ученика: %1</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="157"/>
        <source>not enrolled</source>
        <translation>не зачислен</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="161"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="184"/>
        <source>The personal data have been saved.</source>
        <translation>Личные данные сохранены.</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="189"/>
        <source>The parent has been added.</source>
        <translation>Родитель добавлен.</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="194"/>
        <source>The parent has been linked.</source>
        <translation>Родитель привязан.</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="202"/>
        <source>The contacts have been saved.</source>
        <translation>Контакты сохранены.</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="231"/>
        <source>%1 is the student&apos;s:</source>
        <translation>%1 приходится ученику:</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="239"/>
        <source>The relation has been changed.</source>
        <translation>Изменено, кем приходится родитель.</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="249"/>
        <location filename="../client/peoplecard.cpp" line="257"/>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="250"/>
        <source>Remove %1 from the parents of %2? The guardian&apos;s record stays and can be linked again.</source>
        <translation>Убрать %1 из родителей ученика %2? Запись о родителе сохранится, её можно будет привязать снова.</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="258"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="271"/>
        <source>%1 has been unlinked.</source>
        <translation>%1 — отвязан(а) от ученика.</translation>
    </message>
    <message>
        <location filename="../client/peoplecard.cpp" line="273"/>
        <source>The link has been restored.</source>
        <translation>Связь восстановлена.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StudentDialog</name>
    <message>
        <location filename="../client/peopledialogs.cpp" line="48"/>
        <source>New student</source>
        <translation>Новый ученик</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="59"/>
        <location filename="../client/peopledialogs.cpp" line="63"/>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="69"/>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="70"/>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location filename="../client/peopledialogs.cpp" line="71"/>
        <source>Personal file No.:</source>
        <translation>№ личного дела:</translation>
    </message>
</context>
<context>
    <name>ejournal::client::StudentsTab</name>
    <message>
        <location filename="../client/peoplestudents.cpp" line="39"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="40"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="42"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="43"/>
        <source>Personal file No.</source>
        <translation>№ личного дела</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="44"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="50"/>
        <source>Search by name or personal file No. (Ctrl+F)</source>
        <translation>Поиск по ФИО или № личного дела (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="53"/>
        <source>&amp;New student</source>
        <translation>&amp;Новый ученик</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="53"/>
        <source>Add a student (Insert)</source>
        <translation>Добавить ученика (Insert)</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="54"/>
        <source>&amp;Card…</source>
        <translation>&amp;Карточка…</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="54"/>
        <source>Personal data, parents, classes (Return)</source>
        <translation>Личные данные, родители, классы (Enter)</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="55"/>
        <source>&amp;Admit…</source>
        <translation>&amp;Зачислить…</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="55"/>
        <source>Admit the student to a class (movement book)</source>
        <translation>Зачислить ученика в класс (книга движения)</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="56"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Перевести…</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="56"/>
        <source>Transfer the student to another class</source>
        <translation>Перевести ученика в другой класс</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="57"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Отчислить…</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="57"/>
        <source>The student leaves the school</source>
        <translation>Ученик выбывает из школы</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="58"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="58"/>
        <source>Reload the list (F5)</source>
        <translation>Обновить список (F5)</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="64"/>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/peoplestudents.cpp" line="88"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n ученик</numerusform>
            <numerusform>%n ученика</numerusform>
            <numerusform>%n учеников</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="106"/>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="142"/>
        <source>All my classes</source>
        <translation>Все мои классы</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="191"/>
        <source>The student has been added. Admit the student to a class with «Admit».</source>
        <translation>Ученик добавлен. Зачислите его в класс кнопкой «Зачислить».</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="212"/>
        <source>%1 has been admitted.</source>
        <translation>%1 — зачислен(а).</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="213"/>
        <source>%1 has been transferred.</source>
        <translation>%1 — переведён(а).</translation>
    </message>
    <message>
        <location filename="../client/peoplestudents.cpp" line="214"/>
        <source>%1 has been withdrawn.</source>
        <translation>%1 — отчислен(а).</translation>
    </message>
</context>
<context>
    <name>ejournal::client::SubstituteDialog</name>
    <message>
        <location filename="../client/changesdialogs.cpp" line="52"/>
        <source>Substitute the teacher</source>
        <translation>Замена учителя</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="53"/>
        <source>%1. Now given by %2. Choose who gives the lesson instead: teachers of the subject come first (marked ✔), then the others who are free then.</source>
        <translation>%1. Сейчас ведёт %2. Выберите, кто проведёт урок: сначала учителя этого предмета (отмечены ✔), затем остальные свободные в это время.</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="57"/>
        <source>&amp;Substitute</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="61"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="62"/>
        <source>Teaches the subject</source>
        <translation>Ведёт предмет</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="64"/>
        <source>✔ yes</source>
        <translation>✔ да</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="66"/>
        <source>Lessons that day</source>
        <translation>Уроков в этот день</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="69"/>
        <source>For example: illness, training course</source>
        <translation>Например: болезнь, курсы</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="73"/>
        <source>&amp;Substitute teacher:</source>
        <translation>&amp;Кто заменяет:</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="74"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="79"/>
        <source>No teacher is free at this time.</source>
        <translation>В это время нет свободных учителей.</translation>
    </message>
    <message>
        <location filename="../client/changesdialogs.cpp" line="92"/>
        <source>Choose the teacher who gives the lesson.</source>
        <translation>Выберите учителя, который проведёт урок.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::TimetableGridModel</name>
    <message>
        <location filename="../client/timetablegridmodel.cpp" line="210"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../client/timetablegridmodel.cpp" line="212"/>
        <source>, no room</source>
        <translation>, без кабинета</translation>
    </message>
    <message>
        <location filename="../client/timetablegridmodel.cpp" line="212"/>
        <source>, room %1</source>
        <translation>, каб. %1</translation>
    </message>
    <message>
        <location filename="../client/timetablegridmodel.cpp" line="216"/>
        <source> — not saved</source>
        <translation> — не сохранено</translation>
    </message>
    <message>
        <location filename="../client/timetablegridmodel.cpp" line="224"/>
        <source>The teacher cannot teach at this time.</source>
        <translation>Учитель не может вести уроки в это время.</translation>
    </message>
    <message>
        <location filename="../client/timetablegridmodel.cpp" line="265"/>
        <source>room %1</source>
        <translation>каб. %1</translation>
    </message>
</context>
<context>
    <name>ejournal::client::TimetableLoadModel</name>
    <message>
        <location filename="../client/timetableloadmodel.cpp" line="15"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/timetableloadmodel.cpp" line="16"/>
        <source>Class / group</source>
        <translation>Класс / группа</translation>
    </message>
    <message>
        <location filename="../client/timetableloadmodel.cpp" line="17"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../client/timetableloadmodel.cpp" line="18"/>
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
</context>
<context>
    <name>ejournal::client::TimetablePage</name>
    <message>
        <location filename="../client/timetablepage.cpp" line="47"/>
        <source>%1 — from %2</source>
        <translation>%1 — с %2</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="50"/>
        <source> (FET)</source>
        <translation> (FET)</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="65"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="69"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="70"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="76"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="77"/>
        <source>&amp;Forbidden slots</source>
        <translation>&amp;Запрещённые часы</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="87"/>
        <source>&lt;b&gt;Load to place&lt;/b&gt; — drag onto the grid, or choose and press Enter on a cell</source>
        <translation>&lt;b&gt;Нагрузка к расстановке&lt;/b&gt; — перетащите в сетку или выберите и нажмите Enter на ячейке</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="101"/>
        <source>&lt;b&gt;Conflicts&lt;/b&gt; — click to go to the lesson</source>
        <translation>&lt;b&gt;Конфликты&lt;/b&gt; — щёлкните, чтобы перейти к уроку</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetablepage.cpp" line="131"/>
        <source>The timetable is saved (%n change(s)).</source>
        <translation>
            <numerusform>Расписание сохранено (%n изменение).</numerusform>
            <numerusform>Расписание сохранено (%n изменения).</numerusform>
            <numerusform>Расписание сохранено (%n изменений).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="150"/>
        <source>Someone else changed this timetable; saving will check your changes against theirs.</source>
        <translation>Это расписание изменил другой пользователь; при сохранении ваши изменения будут проверены с учётом его правок.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="165"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="165"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="165"/>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="174"/>
        <source>&amp;New version…</source>
        <translation>&amp;Новая версия…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="176"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="177"/>
        <source>Rename the version or move its start</source>
        <translation>Переименовать версию или перенести дату начала</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="178"/>
        <source>&amp;Delete version</source>
        <translation>&amp;Удалить версию</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="180"/>
        <source>Import from FET…</source>
        <translation>Импорт из FET…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="194"/>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="199"/>
        <source>Preview and print…</source>
        <translation>Просмотр и печать…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="200"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="201"/>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="203"/>
        <source>All classes to one PDF…</source>
        <translation>Все классы в один PDF…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="205"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="206"/>
        <source>Reload the timetable (F5)</source>
        <translation>Загрузить расписание заново (F5)</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="209"/>
        <source>Save the changes (Ctrl+S); the server checks them again</source>
        <translation>Сохранить изменения (Ctrl+S); сервер проверит их ещё раз</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="211"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Отменить последнее изменение (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="214"/>
        <source>Mark the hours the teacher cannot teach: click cells or press Space</source>
        <translation>Отметьте часы, когда учитель не может вести уроки: щёлкайте по ячейкам или нажимайте Пробел</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="221"/>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="223"/>
        <source>V&amp;ersion:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="239"/>
        <source>S&amp;how:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="254"/>
        <source>Timetable</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="255"/>
        <source>Place the load into the week, move lessons, choose rooms. Conflicts show on the cells in red; nothing is stored until you save.</source>
        <translation>Расставляйте нагрузку по неделе, переносите уроки, выбирайте кабинеты. Конфликты отмечаются на ячейках красным; ничего не записывается, пока вы не сохраните.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="257"/>
        <source>The weekly timetable of classes, teachers and rooms.</source>
        <translation>Недельное расписание классов, учителей и кабинетов.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="338"/>
        <source>No timetable is in force yet.</source>
        <translation>Действующего расписания пока нет.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="367"/>
        <source>There is no school year yet.</source>
        <translation>Учебный год ещё не создан.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="460"/>
        <source>The year has no timetable yet: create a version to start.</source>
        <translation>В этом году ещё нет расписания: создайте версию, чтобы начать.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="462"/>
        <source>The year has no timetable yet.</source>
        <translation>В этом году ещё нет расписания.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="555"/>
        <source>The teacher&apos;s forbidden slots are saved.</source>
        <translation>Запрещённые часы учителя сохранены.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetablepage.cpp" line="604"/>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; %n change(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Не сохранено:&lt;/b&gt; %n изменение</numerusform>
            <numerusform>&lt;b&gt;Не сохранено:&lt;/b&gt; %n изменения</numerusform>
            <numerusform>&lt;b&gt;Не сохранено:&lt;/b&gt; %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetablepage.cpp" line="606"/>
        <source>&lt;span style=&quot;color:#c62828&quot;&gt;%n conflict(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#c62828&quot;&gt;%n конфликт&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#c62828&quot;&gt;%n конфликта&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&quot;color:#c62828&quot;&gt;%n конфликтов&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="610"/>
        <source>The version has unsaved changes</source>
        <translation>В версии есть несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="617"/>
        <source>Choose a lesson in the list «Load to place» first.</source>
        <translation>Сначала выберите урок в списке «Нагрузка к расстановке».</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="663"/>
        <source>Room…</source>
        <translation>Кабинет…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="664"/>
        <source>Weeks</source>
        <translation>Недели</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="666"/>
        <source>Every week</source>
        <translation>Каждую неделю</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="674"/>
        <source>Cut (to move)</source>
        <translation>Вырезать (для переноса)</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="677"/>
        <source>Move here</source>
        <translation>Перенести сюда</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="685"/>
        <source>Place %1, %2 here</source>
        <translation>Поставить сюда: %1, %2</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="689"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="731"/>
        <source>The timetable was not saved: the changes cause conflicts. Resolve them (the list on the right) and save again.
%1</source>
        <translation>Расписание не сохранено: изменения приводят к конфликтам. Устраните их (список справа) и сохраните снова.
%1</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="745"/>
        <source>The version «%1» is created.</source>
        <translation>Версия «%1» создана.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="784"/>
        <source>Delete version</source>
        <translation>Удаление версии</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="785"/>
        <source>Delete the timetable version «%1» with all its lessons in the week grid? This cannot be undone.</source>
        <translation>Удалить версию расписания «%1» со всеми уроками недельной сетки? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="794"/>
        <source>The version cannot be deleted: dated lessons of the journal were generated from it (%1).</source>
        <translation>Версию нельзя удалить: по ней уже созданы уроки журнала (%1).</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="799"/>
        <source>The version «%1» is deleted.</source>
        <translation>Версия «%1» удалена.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="811"/>
        <source>The timetable from FET is imported as a new version.</source>
        <translation>Расписание из FET загружено как новая версия.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="822"/>
        <location filename="../client/timetablepage.cpp" line="849"/>
        <source>class %1</source>
        <translation>класс %1</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="824"/>
        <source>teacher %1</source>
        <translation>учитель %1</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="826"/>
        <source>room %1</source>
        <translation>каб. %1</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="833"/>
        <source>Timetable: %1</source>
        <translation>Расписание: %1</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="841"/>
        <source>Timetable of all classes</source>
        <translation>Расписание всех классов</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="860"/>
        <source>Timetable of all classes.pdf</source>
        <translation>Расписание всех классов.pdf</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="862"/>
        <location filename="../client/timetablepage.cpp" line="872"/>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="870"/>
        <source>Timetable %1.pdf</source>
        <translation>Расписание %1.pdf</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="879"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetablepage.cpp" line="880"/>
        <source>The timetable has %n unsaved change(s). Discard them?</source>
        <translation>
            <numerusform>В расписании %n несохранённое изменение. Отменить его?</numerusform>
            <numerusform>В расписании %n несохранённых изменения. Отменить их?</numerusform>
            <numerusform>В расписании %n несохранённых изменений. Отменить их?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ejournal::client::TimetableRoomDialog</name>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="23"/>
        <source>Room for %1, %2</source>
        <translation>Кабинет для: %1, %2</translation>
    </message>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="24"/>
        <source>Filter rooms</source>
        <translation>Поиск кабинета</translation>
    </message>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="41"/>
        <source>No room</source>
        <translation>Без кабинета</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetableroomdialog.cpp" line="47"/>
        <source> — %n seat(s)</source>
        <translation>
            <numerusform> — %n место</numerusform>
            <numerusform> — %n места</numerusform>
            <numerusform> — %n мест</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="49"/>
        <source>, too small</source>
        <translation>, мал</translation>
    </message>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="52"/>
        <source> — taken: %1</source>
        <translation> — занят: %1</translation>
    </message>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="62"/>
        <source> (now)</source>
        <translation> (сейчас)</translation>
    </message>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="72"/>
        <source>%1: free rooms first.</source>
        <translation>%1: сначала свободные кабинеты.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::TimetableVersionDialog</name>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="45"/>
        <source>Empty timetable</source>
        <translation>Пустое расписание</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="48"/>
        <source>Copy of «%1»</source>
        <translation>Копия «%1»</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="53"/>
        <source>New timetable version</source>
        <translation>Новая версия расписания</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="55"/>
        <source>Timetable from %1</source>
        <translation>Расписание с %1</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="64"/>
        <source>Timetable version</source>
        <translation>Версия расписания</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="85"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="87"/>
        <source>&amp;Valid from:</source>
        <translation>&amp;Действует с:</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="90"/>
        <source>&amp;Entries:</source>
        <translation>&amp;Уроки:</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="93"/>
        <source>A version is in force from this date until the next version starts (or the year ends); the earlier ones keep their history.</source>
        <translation>Версия действует с этой даты до начала следующей версии (или до конца года); прежние версии сохраняют свою историю.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetableversiondialog.cpp" line="114"/>
        <source>%n dated lesson(s) were generated from this version.</source>
        <translation>
            <numerusform>По этой версии уже создан %n урок журнала.</numerusform>
            <numerusform>По этой версии уже созданы %n урока журнала.</numerusform>
            <numerusform>По этой версии уже создано %n уроков журнала.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="117"/>
        <source>Another version of the timetable already starts on this day.</source>
        <translation>С этого дня уже начинается другая версия расписания.</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="119"/>
        <source>This version belongs to another school year.</source>
        <translation>Эта версия относится к другому учебному году.</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="176"/>
        <source>The version was not saved.</source>
        <translation>Версия не сохранена.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::TimetableWarningsDialog</name>
    <message>
        <location filename="../client/timetablewarningsdialog.cpp" line="20"/>
        <source>Save with warnings</source>
        <translation>Сохранение с предупреждениями</translation>
    </message>
    <message>
        <location filename="../client/timetablewarningsdialog.cpp" line="22"/>
        <source>The timetable has no errors, but the changes cause these warnings. Tick each kind you accept to save anyway.</source>
        <translation>Ошибок в расписании нет, но изменения вызывают эти предупреждения. Отметьте каждое, с которым вы согласны, чтобы всё же сохранить.</translation>
    </message>
    <message>
        <location filename="../client/timetablewarningsdialog.cpp" line="45"/>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
</context>
<context>
    <name>ejournal::client::UndoMessage</name>
    <message>
        <location filename="../client/peopleundo.cpp" line="12"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../client/peopleundo.cpp" line="16"/>
        <source>Reverse the last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
</context>
<context>
    <name>ejournal::client::WorkTypeDialog</name>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="36"/>
        <source>New kind of work</source>
        <translation>Новый вид работы</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="36"/>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="40"/>
        <source>May be given to a student who was absent (e.g. a make-up test)</source>
        <translation>Можно ставить отсутствовавшему ученику (например, за отработку)</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="53"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="54"/>
        <source>Short name:</source>
        <translation>Сокращение:</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="55"/>
        <source>Weight:</source>
        <translation>Вес:</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="64"/>
        <source>Fill in the name.</source>
        <translation>Укажите название.</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="66"/>
        <source>Fill in the short name shown in the journal.</source>
        <translation>Укажите сокращение, которое видно в журнале.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::YearCloseDialog</name>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="40"/>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="41"/>
        <source>&amp;Dry run</source>
        <translation>&amp;Пробный прогон</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="42"/>
        <source>C&amp;lose the year</source>
        <translation>&amp;Закрыть год</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="45"/>
        <source>Closing the school year %1</source>
        <translation>Закрытие учебного года %1</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="49"/>
        <source>Closing makes the year %1 read-only and opens the next year from it: periods, holidays and bells move on a year, classes go up a grade with their students, graduates of the final grade are withdrawn, groups, curriculum and load are copied for editing. Everything happens at once or not at all; run it dry first to see what would change.</source>
        <translation>После закрытия год %1 доступен только для чтения, а на его основе открывается следующий: периоды, каникулы и звонки переносятся на год вперёд, классы со своими учениками переводятся в следующий класс, выпускники отчисляются, группы, учебный план и нагрузка копируются для правки. Всё выполняется целиком или не выполняется вовсе; сначала сделайте пробный прогон, чтобы увидеть, что изменится.</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="56"/>
        <source>Left to do</source>
        <translation>Осталось сделать</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="56"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="61"/>
        <source>e.g. № 45-у of 31.05.2027</source>
        <translation>например, № 45-у от 31.05.2027</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="67"/>
        <source>Students of this grade graduate; the other classes go up a grade</source>
        <translation>Ученики этой параллели выпускаются; остальные классы переводятся в следующий</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="69"/>
        <source>The dry run shows here what the close would change.</source>
        <translation>Здесь пробный прогон покажет, что изменит закрытие года.</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="75"/>
        <source>Order &amp;number for the movement book:</source>
        <translation>&amp;Номер приказа для книги движения:</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="76"/>
        <source>&amp;Next year:</source>
        <translation>Следующий &amp;год:</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="77"/>
        <source>&amp;Final grade:</source>
        <translation>&amp;Выпускная параллель:</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="96"/>
        <source>Close the year %1 now? It cannot be reopened.</source>
        <translation>Закрыть учебный год %1 сейчас? Открыть его снова будет нельзя.</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="148"/>
        <source>Tick to close the year without fixing this</source>
        <translation>Отметьте, чтобы закрыть год, не исправляя этого</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/yearclosedialog.cpp" line="154"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="160"/>
        <source>Nothing is left to do: the year can be closed.</source>
        <translation>Всё сделано: год можно закрывать.</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="162"/>
        <source>Fix what is listed, or tick what the school accepts as it is.</source>
        <translation>Исправьте перечисленное или отметьте то, что школа принимает как есть.</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="196"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Пробный прогон: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="199"/>
        <source>The year is closed.</source>
        <translation>Учебный год закрыт.</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="215"/>
        <source>The close would make these changes:</source>
        <translation>Закрытие года внесёт такие изменения:</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="216"/>
        <source>The close made these changes:</source>
        <translation>Закрытие года внесло такие изменения:</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="224"/>
        <source>next year %1 from %2 to %3</source>
        <translation>следующий год %1 с %2 по %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/yearclosedialog.cpp" line="227"/>
        <source>%n period(s) in new schemes</source>
        <translation>
            <numerusform>%n период в новых схемах</numerusform>
            <numerusform>%n периода в новых схемах</numerusform>
            <numerusform>%n периодов в новых схемах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/yearclosedialog.cpp" line="228"/>
        <source>%n holiday(s) moved to next year</source>
        <translation>
            <numerusform>%n каникулы перенесены на следующий год</numerusform>
            <numerusform>%n каникул перенесены на следующий год</numerusform>
            <numerusform>%n каникул перенесены на следующий год</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="229"/>
        <source>classes: %1</source>
        <translation>классы: %1</translation>
    </message>
    <message>
        <location filename="../client/yearclosedialog.cpp" line="229"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/yearclosedialog.cpp" line="230"/>
        <source>%n student(s) go up a grade</source>
        <translation>
            <numerusform>%n ученик переводится в следующий класс</numerusform>
            <numerusform>%n ученика переводятся в следующий класс</numerusform>
            <numerusform>%n учеников переводятся в следующий класс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/yearclosedialog.cpp" line="231"/>
        <source>%n graduate(s) withdrawn</source>
        <translation>
            <numerusform>%n выпускник отчислен</numerusform>
            <numerusform>%n выпускника отчислены</numerusform>
            <numerusform>%n выпускников отчислены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/yearclosedialog.cpp" line="232"/>
        <source>%n group(s) with %1 member(s) copied</source>
        <translation>
            <numerusform>скопирована %n группа (участников: %1)</numerusform>
            <numerusform>скопированы %n группы (участников: %1)</numerusform>
            <numerusform>скопировано %n групп (участников: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/yearclosedialog.cpp" line="234"/>
        <source>%n curriculum row(s) and %1 load item(s) copied</source>
        <translation>
            <numerusform>скопирована %n строка учебного плана и %1 строк нагрузки</numerusform>
            <numerusform>скопированы %n строки учебного плана и %1 строк нагрузки</numerusform>
            <numerusform>скопировано %n строк учебного плана и %1 строк нагрузки</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="17"/>
        <location filename="../common/reportcatalogue.cpp" line="64"/>
        <location filename="../common/reportcatalogue.cpp" line="99"/>
        <location filename="../common/reportcatalogue.cpp" line="115"/>
        <location filename="../common/reportcatalogue.cpp" line="130"/>
        <location filename="../common/reportcatalogue.cpp" line="144"/>
        <location filename="../common/reportcatalogue.cpp" line="160"/>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="18"/>
        <location filename="../common/reportcatalogue.cpp" line="65"/>
        <location filename="../common/reportcatalogue.cpp" line="161"/>
        <source>Period</source>
        <translation>Учебный период</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="19"/>
        <location filename="../common/reportcatalogue.cpp" line="116"/>
        <location filename="../common/reportcatalogue.cpp" line="162"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="20"/>
        <location filename="../common/reportcatalogue.cpp" line="148"/>
        <location filename="../common/reportcatalogue.cpp" line="163"/>
        <source>Lesson number</source>
        <translation>Номер урока</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="21"/>
        <location filename="../common/reportcatalogue.cpp" line="66"/>
        <location filename="../common/reportcatalogue.cpp" line="100"/>
        <location filename="../common/reportcatalogue.cpp" line="134"/>
        <location filename="../common/reportcatalogue.cpp" line="149"/>
        <location filename="../common/reportcatalogue.cpp" line="165"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="22"/>
        <location filename="../common/reportcatalogue.cpp" line="135"/>
        <location filename="../common/reportcatalogue.cpp" line="150"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="23"/>
        <location filename="../common/reportcatalogue.cpp" line="67"/>
        <location filename="../common/reportcatalogue.cpp" line="133"/>
        <location filename="../common/reportcatalogue.cpp" line="151"/>
        <location filename="../common/reportcatalogue.cpp" line="166"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="24"/>
        <location filename="../common/reportcatalogue.cpp" line="68"/>
        <location filename="../common/reportcatalogue.cpp" line="131"/>
        <location filename="../common/reportcatalogue.cpp" line="152"/>
        <location filename="../common/reportcatalogue.cpp" line="167"/>
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="31"/>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="32"/>
        <source>Every mark given in a lesson, with its kind of work and weight.</source>
        <translation>Все отметки, выставленные на уроках, с видом работы и его весом.</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="35"/>
        <location filename="../common/reportcatalogue.cpp" line="50"/>
        <location filename="../common/reportcatalogue.cpp" line="69"/>
        <location filename="../common/reportcatalogue.cpp" line="102"/>
        <location filename="../common/reportcatalogue.cpp" line="118"/>
        <source>Student</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="36"/>
        <location filename="../common/reportcatalogue.cpp" line="70"/>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="37"/>
        <location filename="../common/reportcatalogue.cpp" line="71"/>
        <source>Mark as written</source>
        <translation>Отметка (как записана)</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="38"/>
        <source>Kind of work</source>
        <translation>Вид работы</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="39"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="40"/>
        <location filename="../common/reportcatalogue.cpp" line="89"/>
        <source>Control work</source>
        <translation>Контрольная работа</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="41"/>
        <location filename="../common/reportcatalogue.cpp" line="58"/>
        <location filename="../common/reportcatalogue.cpp" line="85"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="42"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="43"/>
        <source>Entered on</source>
        <translation>Дата выставления</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="44"/>
        <source>Entered late</source>
        <translation>Выставлена с опозданием</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="47"/>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="48"/>
        <source>Every absence and late arrival marked in a lesson.</source>
        <translation>Все пропуски и опоздания, отмеченные на уроках.</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="51"/>
        <source>Attendance code</source>
        <translation>Отметка посещаемости</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="52"/>
        <location filename="../common/reportcatalogue.cpp" line="122"/>
        <location filename="../common/reportcatalogue.cpp" line="169"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="53"/>
        <source>Missed the lesson</source>
        <translation>Пропуск урока</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="54"/>
        <source>Missed without a reason</source>
        <translation>Пропуск без причины</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="55"/>
        <source>Missed through illness</source>
        <translation>Пропуск по болезни</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="56"/>
        <source>Late</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="57"/>
        <source>Minutes late</source>
        <translation>Опоздание, мин</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="60"/>
        <source>Final marks</source>
        <translation>Итоговые отметки</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="61"/>
        <source>Final marks of students for periods and for the year.</source>
        <translation>Итоговые отметки обучающихся за учебные периоды и за год.</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="72"/>
        <source>Year mark</source>
        <translation>Годовая отметка</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="73"/>
        <source>Not certified</source>
        <translation>Не аттестован</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="75"/>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="76"/>
        <source>Every dated lesson: held or cancelled, topic, homework, marks given.</source>
        <translation>Все уроки по датам: проведён или отменён, тема, домашнее задание, выставленные отметки.</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="79"/>
        <source>Teacher by the load</source>
        <translation>Учитель по нагрузке</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="81"/>
        <location filename="../common/reportcatalogue.cpp" line="153"/>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="82"/>
        <source>Held</source>
        <translation>Проведён</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="83"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="84"/>
        <source>Substituted</source>
        <translation>Замена</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="86"/>
        <source>No topic</source>
        <translation>Без темы</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="87"/>
        <source>Homework</source>
        <translation>Домашнее задание</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="88"/>
        <source>No homework</source>
        <translation>Без домашнего задания</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="90"/>
        <source>КТП topic</source>
        <translation>Тема по КТП</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="91"/>
        <source>Marks given</source>
        <translation>Выставлено отметок</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="92"/>
        <source>Marks entered late</source>
        <translation>Отметок с опозданием</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="93"/>
        <location filename="../common/reportcatalogue.cpp" line="96"/>
        <source>Students</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="94"/>
        <source>No marks</source>
        <translation>Без отметок</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="97"/>
        <source>Students with their class and enrolment dates.</source>
        <translation>Обучающиеся с классом и датами зачисления.</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="101"/>
        <source>Grade</source>
        <translation>Параллель</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="103"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="104"/>
        <source>Personal file number</source>
        <translation>№ личного дела</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="106"/>
        <source>Enrolled on</source>
        <translation>Дата зачисления</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="107"/>
        <source>Left on</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="108"/>
        <source>Currently enrolled</source>
        <translation>Обучается сейчас</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="109"/>
        <source>Guardians</source>
        <translation>Родителей (законных представителей)</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="111"/>
        <location filename="../common/reporttemplates.cpp" line="114"/>
        <source>Student movement</source>
        <translation>Движение обучающихся</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="112"/>
        <source>Admissions, transfers and withdrawals from the movement book.</source>
        <translation>Прибытие, переводы и выбытие по книге движения.</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="117"/>
        <source>Kind of movement</source>
        <translation>Вид движения</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="119"/>
        <source>From class</source>
        <translation>Из класса</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="120"/>
        <source>To class</source>
        <translation>В класс</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="121"/>
        <source>Order number</source>
        <translation>Номер приказа</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="123"/>
        <source>Admitted</source>
        <translation>Прибыл</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="124"/>
        <source>Withdrawn</source>
        <translation>Выбыл</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="126"/>
        <source>Teaching load</source>
        <translation>Учебная нагрузка</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="127"/>
        <source>Teachers&apos; loads: subject, class or group and hours per week.</source>
        <translation>Нагрузка учителей: предмет, класс или группа и часы в неделю.</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="132"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="136"/>
        <source>Hours per week</source>
        <translation>Часов в неделю</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="137"/>
        <source>Hours by the curriculum</source>
        <translation>Часов по учебному плану</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="140"/>
        <source>Timetable</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="141"/>
        <source>Entries of the timetable versions: weekday, lesson, class, teacher, room.</source>
        <translation>Уроки версий расписания: день недели, урок, класс, учитель, кабинет.</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="145"/>
        <source>Timetable version</source>
        <translation>Версия расписания</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="146"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="147"/>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="154"/>
        <source>Week parity</source>
        <translation>Чётность недели</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="156"/>
        <source>Substitutions and changes</source>
        <translation>Замены и изменения</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="157"/>
        <source>Substitutions, moves and cancellations of lessons with their reasons.</source>
        <translation>Замены, переносы и отмены уроков с причинами.</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="164"/>
        <source>Kind of change</source>
        <translation>Вид изменения</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="168"/>
        <source>Substitute</source>
        <translation>Заменяющий учитель</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="170"/>
        <source>Recorded on</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="183"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="184"/>
        <source>Count of distinct</source>
        <translation>Количество различных</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="185"/>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="186"/>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="187"/>
        <source>Weighted average</source>
        <translation>Средневзвешенное</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="188"/>
        <source>Success rate, %</source>
        <translation>Успеваемость, %</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="189"/>
        <source>Quality rate, %</source>
        <translation>Качество знаний, %</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="190"/>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="191"/>
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="195"/>
        <source>equals</source>
        <translation>равно</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="196"/>
        <source>does not equal</source>
        <translation>не равно</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="197"/>
        <source>less than</source>
        <translation>меньше</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="198"/>
        <source>at most</source>
        <translation>не больше</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="199"/>
        <source>greater than</source>
        <translation>больше</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="200"/>
        <source>at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="201"/>
        <source>one of</source>
        <translation>одно из</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="202"/>
        <source>between</source>
        <translation>в диапазоне</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="203"/>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="204"/>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="205"/>
        <source>is not empty</source>
        <translation>не пусто</translation>
    </message>
    <message>
        <location filename="../common/reportcatalogue.cpp" line="206"/>
        <source>within the period</source>
        <translation>в учебном периоде</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="25"/>
        <source>Success and quality by class and subject</source>
        <translation>Успеваемость и качество по классам и предметам</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="26"/>
        <source>Success rate (final marks of 3 and above) and quality rate (4 and 5) of a period&apos;s final marks for each class and subject, with the average mark and the number of marks.</source>
        <translation>Успеваемость (итоговые отметки «3» и выше) и качество знаний («4» и «5») за учебный период по каждому классу и предмету, со средним баллом и числом отметок.</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="33"/>
        <source>Success and quality by teacher</source>
        <translation>Успеваемость и качество по учителям</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="34"/>
        <source>Success and quality rates of a period&apos;s final marks for each teacher and subject.</source>
        <translation>Успеваемость и качество знаний по итоговым отметкам периода для каждого учителя и предмета.</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="39"/>
        <source>Success and quality for the year</source>
        <translation>Успеваемость и качество за год</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="40"/>
        <source>Success rate and quality rate of the year marks for each class and subject, with the average mark and the number of marks: the results of the school year.</source>
        <translation>Успеваемость и качество знаний по годовым отметкам для каждого класса и предмета, со средним баллом и числом отметок: итоги учебного года.</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="48"/>
        <source>Attendance by student with reasons</source>
        <translation>Посещаемость по обучающимся с причинами</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="49"/>
        <source>Lessons missed and late arrivals of each student of each class over a range of dates, by reason.</source>
        <translation>Пропущенные уроки и опоздания каждого обучающегося каждого класса за период дат, по причинам.</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="57"/>
        <source>Missed lessons and their topics</source>
        <translation>Пропущенные уроки и их темы</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="58"/>
        <source>Every lesson a student of the class missed over a range of dates, with its topic: what to catch up on.</source>
        <translation>Все уроки, пропущенные обучающимися класса за период дат, с темами — что нужно наверстать.</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="67"/>
        <source>Unsatisfactory marks and their topics</source>
        <translation>Неудовлетворительные отметки и их темы</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="68"/>
        <source>Every mark of 2 or below of the class&apos;s students in a period, with the lesson&apos;s topic and the kind of work.</source>
        <translation>Все отметки «2» и ниже обучающихся класса за учебный период, с темой урока и видом работы.</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="77"/>
        <source>Journal keeping by teacher</source>
        <translation>Ведение журнала по учителям</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="78"/>
        <source>For each teacher, lessons held in a period without a topic, without homework or without any mark, and marks entered after the correction window.</source>
        <translation>Для каждого учителя: проведённые за период уроки без темы, без домашнего задания, без единой отметки, и отметки, выставленные позже срока исправлений.</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="87"/>
        <source>Curriculum fulfilment</source>
        <translation>Выполнение учебного плана</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="88"/>
        <source>Lessons planned, held and cancelled in a period for each class and subject.</source>
        <translation>Запланированные, проведённые и отменённые уроки за период по каждому классу и предмету.</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="96"/>
        <source>Control work results</source>
        <translation>Результаты контрольных работ</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="97"/>
        <source>Marks of the control works of a period: their number, average, success and quality rates for each class, subject and date.</source>
        <translation>Отметки за контрольные работы периода: количество, средний балл, успеваемость и качество по каждому классу, предмету и дате.</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="107"/>
        <source>Teacher workload</source>
        <translation>Нагрузка учителей</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="108"/>
        <source>Hours per week of each teacher&apos;s load in a year and the number of classes taught.</source>
        <translation>Часы в неделю по нагрузке каждого учителя за год и число классов, в которых он преподаёт.</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="115"/>
        <source>Admissions, transfers and withdrawals of students over a range of dates, with their orders.</source>
        <translation>Прибытие, переводы и выбытие обучающихся за период дат, с номерами приказов.</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="122"/>
        <source>Class teacher&apos;s period report</source>
        <translation>Отчёт классного руководителя за период</translation>
    </message>
    <message>
        <location filename="../common/reporttemplates.cpp" line="123"/>
        <source>The final marks of a class&apos;s students in a period by subject, with each student&apos;s average and the class&apos;s average in each subject.</source>
        <translation>Итоговые отметки обучающихся класса за период по предметам, со средним баллом каждого обучающегося и класса по каждому предмету.</translation>
    </message>
    <message>
        <location filename="../common/reportresult.cpp" line="215"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
</TS>

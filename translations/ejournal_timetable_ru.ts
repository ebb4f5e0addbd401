<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>TimetablePrint</name>
    <message>
        <location filename="../client/timetableprint.cpp" line="29" />
        <source>Timetable: %1</source>
        <translation>Расписание: %1</translation>
    </message>
    <message>
        <location filename="../client/timetableprint.cpp" line="30" />
        <source>In force from %1 (version «%2»)</source>
        <translation>Действует с %1 (версия «%2»)</translation>
    </message>
    <message>
        <location filename="../client/timetableprint.cpp" line="36" />
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
</context>
<context>
    <name>TimetableText</name>
    <message>
        <location filename="../client/timetabletext.cpp" line="20" />
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="21" />
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="22" />
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="23" />
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="24" />
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="25" />
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="33" />
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="34" />
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="35" />
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="36" />
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="37" />
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="38" />
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="46" />
        <source>Odd weeks</source>
        <translation>По нечётным неделям</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="48" />
        <source>Even weeks</source>
        <translation>По чётным неделям</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="55" />
        <source>odd wk.</source>
        <translation>нечёт. нед.</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="57" />
        <source>even wk.</source>
        <translation>чёт. нед.</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="64" />
        <source>Whole week</source>
        <translation>Вся неделя</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="67" />
        <source>%1, lesson %2</source>
        <translation>%1, %2-й урок</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetabletext.cpp" line="74" />
        <source>%1 has %n lessons at the same time</source>
        <translation>
            <numerusform>У учителя %1 %n урок одновременно</numerusform><numerusform>У учителя %1 %n урока одновременно</numerusform><numerusform>У учителя %1 %n уроков одновременно</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetabletext.cpp" line="76" />
        <source>Room %1 has %n lessons at the same time</source>
        <translation>
            <numerusform>В кабинете %1 %n урок одновременно</numerusform><numerusform>В кабинете %1 %n урока одновременно</numerusform><numerusform>В кабинете %1 %n уроков одновременно</numerusform></translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="78" />
        <source>%1 has two lessons at the same time</source>
        <translation>У %1 два урока одновременно</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="80" />
        <source>%1 and %2 have lessons at the same time (common students)</source>
        <translation>У %1 и %2 уроки в одно время (есть общие ученики)</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="82" />
        <source>%1: there is no such lesson in the bell schedule of shift %2</source>
        <translation>%1: такого урока нет в расписании звонков %2-й смены</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="84" />
        <source>%1 cannot teach at this time (a forbidden slot)</source>
        <translation>%1 не может вести уроки в это время (запрещённый час)</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetabletext.cpp" line="86" />
        <source>Room %1 seats %2, but %3 has %n students</source>
        <translation>
            <numerusform>Кабинет %1 рассчитан на %2 мест, а в %3 %n ученик</numerusform><numerusform>Кабинет %1 рассчитан на %2 мест, а в %3 %n ученика</numerusform><numerusform>Кабинет %1 рассчитан на %2 мест, а в %3 %n учеников</numerusform></translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="89" />
        <source>%1 in %2: %3 lessons placed, but the load is %4 hours a week</source>
        <translation>%1 в %2: поставлено уроков — %3, а по нагрузке %4 ч в неделю</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetabletext.cpp" line="92" />
        <source>%1 has %n lessons on this day, more than allowed (%2)</source>
        <translation>
            <numerusform>У %1 в этот день %n урок — больше допустимого (%2)</numerusform><numerusform>У %1 в этот день %n урока — больше допустимого (%2)</numerusform><numerusform>У %1 в этот день %n уроков — больше допустимого (%2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetabletext.cpp" line="95" />
        <source>%1 has %n free lessons between lessons on this day</source>
        <translation>
            <numerusform>У %1 в этот день %n «окно» между уроками</numerusform><numerusform>У %1 в этот день %n «окна» между уроками</numerusform><numerusform>У %1 в этот день %n «окон» между уроками</numerusform></translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="102" />
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="104" />
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="105" />
        <source>Note</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="111" />
        <source>Lessons in teachers' forbidden slots</source>
        <translation>Уроки в запрещённые часы учителей</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="113" />
        <source>Rooms too small for the class or group</source>
        <translation>Кабинеты меньше класса или группы</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="115" />
        <source>More lessons than the teaching load</source>
        <translation>Уроков больше, чем по нагрузке</translation>
    </message>
    <message>
        <location filename="../client/timetabletext.cpp" line="117" />
        <source>More lessons a day than allowed for the grade</source>
        <translation>Уроков в день больше нормы для параллели</translation>
    </message>
</context>
<context>
    <name>ejournal::client::TimetableGridModel</name>
    <message>
        <location filename="../client/timetablegridmodel.cpp" line="210" />
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../client/timetablegridmodel.cpp" line="212" />
        <source>, no room</source>
        <translation>, без кабинета</translation>
    </message>
    <message>
        <location filename="../client/timetablegridmodel.cpp" line="212" />
        <source>, room %1</source>
        <translation>, каб. %1</translation>
    </message>
    <message>
        <location filename="../client/timetablegridmodel.cpp" line="216" />
        <source> — not saved</source>
        <translation> — не сохранено</translation>
    </message>
    <message>
        <location filename="../client/timetablegridmodel.cpp" line="224" />
        <source>The teacher cannot teach at this time.</source>
        <translation>Учитель не может вести уроки в это время.</translation>
    </message>
    <message>
        <location filename="../client/timetablegridmodel.cpp" line="265" />
        <source>room %1</source>
        <translation>каб. %1</translation>
    </message>
</context>
<context>
    <name>ejournal::client::TimetableLoadModel</name>
    <message>
        <location filename="../client/timetableloadmodel.cpp" line="15" />
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../client/timetableloadmodel.cpp" line="16" />
        <source>Class / group</source>
        <translation>Класс / группа</translation>
    </message>
    <message>
        <location filename="../client/timetableloadmodel.cpp" line="17" />
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../client/timetableloadmodel.cpp" line="18" />
        <source>Left</source>
        <translation>Осталось</translation>
    </message>
</context>
<context>
    <name>ejournal::client::TimetablePage</name>
    <message>
        <location filename="../client/timetablepage.cpp" line="47" />
        <source>%1 — from %2</source>
        <translation>%1 — с %2</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="50" />
        <source> (FET)</source>
        <translation> (FET)</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="65" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="69" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="70" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="76" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="76" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="77" />
        <source>&amp;Forbidden slots</source>
        <translation>&amp;Запрещённые часы</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="87" />
        <source>&lt;b&gt;Load to place&lt;/b&gt; — drag onto the grid, or choose and press Enter on a cell</source>
        <translation>&lt;b&gt;Нагрузка к расстановке&lt;/b&gt; — перетащите в сетку или выберите и нажмите Enter на ячейке</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="101" />
        <source>&lt;b&gt;Conflicts&lt;/b&gt; — click to go to the lesson</source>
        <translation>&lt;b&gt;Конфликты&lt;/b&gt; — щёлкните, чтобы перейти к уроку</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetablepage.cpp" line="131" />
        <source>The timetable is saved (%n change(s)).</source>
        <translation>
            <numerusform>Расписание сохранено (%n изменение).</numerusform><numerusform>Расписание сохранено (%n изменения).</numerusform><numerusform>Расписание сохранено (%n изменений).</numerusform></translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="150" />
        <source>Someone else changed this timetable; saving will check your changes against theirs.</source>
        <translation>Это расписание изменил другой пользователь; при сохранении ваши изменения будут проверены с учётом его правок.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="165" />
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="165" />
        <source>Teacher</source>
        <translation>Учитель</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="165" />
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="174" />
        <source>&amp;New version…</source>
        <translation>&amp;Новая версия…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="176" />
        <source>Re&amp;name…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="177" />
        <source>Rename the version or move its start</source>
        <translation>Переименовать версию или перенести дату начала</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="178" />
        <source>&amp;Delete version</source>
        <translation>&amp;Удалить версию</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="180" />
        <source>Import from FET…</source>
        <translation>Импорт из FET…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="194" />
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="199" />
        <source>Preview and print…</source>
        <translation>Просмотр и печать…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="200" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="201" />
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="203" />
        <source>All classes to one PDF…</source>
        <translation>Все классы в один PDF…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="205" />
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="206" />
        <source>Reload the timetable (F5)</source>
        <translation>Загрузить расписание заново (F5)</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="209" />
        <source>Save the changes (Ctrl+S); the server checks them again</source>
        <translation>Сохранить изменения (Ctrl+S); сервер проверит их ещё раз</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="211" />
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Отменить последнее изменение (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="214" />
        <source>Mark the hours the teacher cannot teach: click cells or press Space</source>
        <translation>Отметьте часы, когда учитель не может вести уроки: щёлкайте по ячейкам или нажимайте Пробел</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="221" />
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="223" />
        <source>V&amp;ersion:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="236" />
        <source>S&amp;how:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="251" />
        <source>Timetable</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="252" />
        <source>Place the load into the week, move lessons, choose rooms. Conflicts show on the cells in red; nothing is stored until you save.</source>
        <translation>Расставляйте нагрузку по неделе, переносите уроки, выбирайте кабинеты. Конфликты отмечаются на ячейках красным; ничего не записывается, пока вы не сохраните.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="254" />
        <source>The weekly timetable of classes, teachers and rooms.</source>
        <translation>Недельное расписание классов, учителей и кабинетов.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="336" />
        <source>No timetable is in force yet.</source>
        <translation>Действующего расписания пока нет.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="365" />
        <source>There is no school year yet.</source>
        <translation>Учебный год ещё не создан.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="458" />
        <source>The year has no timetable yet: create a version to start.</source>
        <translation>В этом году ещё нет расписания: создайте версию, чтобы начать.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="460" />
        <source>The year has no timetable yet.</source>
        <translation>В этом году ещё нет расписания.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="553" />
        <source>The teacher's forbidden slots are saved.</source>
        <translation>Запрещённые часы учителя сохранены.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetablepage.cpp" line="602" />
        <source>&lt;b&gt;Not saved:&lt;/b&gt; %n change(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Не сохранено:&lt;/b&gt; %n изменение</numerusform><numerusform>&lt;b&gt;Не сохранено:&lt;/b&gt; %n изменения</numerusform><numerusform>&lt;b&gt;Не сохранено:&lt;/b&gt; %n изменений</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetablepage.cpp" line="604" />
        <source>&lt;span style="color:#c62828"&gt;%n conflict(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style="color:#c62828"&gt;%n конфликт&lt;/span&gt;</numerusform><numerusform>&lt;span style="color:#c62828"&gt;%n конфликта&lt;/span&gt;</numerusform><numerusform>&lt;span style="color:#c62828"&gt;%n конфликтов&lt;/span&gt;</numerusform></translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="608" />
        <source>The version has unsaved changes</source>
        <translation>В версии есть несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="615" />
        <source>Choose a lesson in the list «Load to place» first.</source>
        <translation>Сначала выберите урок в списке «Нагрузка к расстановке».</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="661" />
        <source>Room…</source>
        <translation>Кабинет…</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="662" />
        <source>Weeks</source>
        <translation>Недели</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="664" />
        <source>Every week</source>
        <translation>Каждую неделю</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="672" />
        <source>Cut (to move)</source>
        <translation>Вырезать (для переноса)</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="675" />
        <source>Move here</source>
        <translation>Перенести сюда</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="683" />
        <source>Place %1, %2 here</source>
        <translation>Поставить сюда: %1, %2</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="687" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="729" />
        <source>The timetable was not saved: the changes cause conflicts. Resolve them (the list on the right) and save again.
%1</source>
        <translation>Расписание не сохранено: изменения приводят к конфликтам. Устраните их (список справа) и сохраните снова.
%1</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="743" />
        <source>The version «%1» is created.</source>
        <translation>Версия «%1» создана.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="782" />
        <source>Delete version</source>
        <translation>Удаление версии</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="783" />
        <source>Delete the timetable version «%1» with all its lessons in the week grid? This cannot be undone.</source>
        <translation>Удалить версию расписания «%1» со всеми уроками недельной сетки? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="792" />
        <source>The version cannot be deleted: dated lessons of the journal were generated from it (%1).</source>
        <translation>Версию нельзя удалить: по ней уже созданы уроки журнала (%1).</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="797" />
        <source>The version «%1» is deleted.</source>
        <translation>Версия «%1» удалена.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="809" />
        <source>The timetable from FET is imported as a new version.</source>
        <translation>Расписание из FET загружено как новая версия.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="820" />
        <location filename="../client/timetablepage.cpp" line="847" />
        <source>class %1</source>
        <translation>класс %1</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="822" />
        <source>teacher %1</source>
        <translation>учитель %1</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="824" />
        <source>room %1</source>
        <translation>каб. %1</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="831" />
        <source>Timetable: %1</source>
        <translation>Расписание: %1</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="839" />
        <source>Timetable of all classes</source>
        <translation>Расписание всех классов</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="858" />
        <source>Timetable of all classes.pdf</source>
        <translation>Расписание всех классов.pdf</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="860" />
        <location filename="../client/timetablepage.cpp" line="870" />
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="868" />
        <source>Timetable %1.pdf</source>
        <translation>Расписание %1.pdf</translation>
    </message>
    <message>
        <location filename="../client/timetablepage.cpp" line="877" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetablepage.cpp" line="878" />
        <source>The timetable has %n unsaved change(s). Discard them?</source>
        <translation>
            <numerusform>В расписании %n несохранённое изменение. Отменить его?</numerusform><numerusform>В расписании %n несохранённых изменения. Отменить их?</numerusform><numerusform>В расписании %n несохранённых изменений. Отменить их?</numerusform></translation>
    </message>
</context>
<context>
    <name>ejournal::client::TimetableRoomDialog</name>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="23" />
        <source>Room for %1, %2</source>
        <translation>Кабинет для: %1, %2</translation>
    </message>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="24" />
        <source>Filter rooms</source>
        <translation>Поиск кабинета</translation>
    </message>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="41" />
        <source>No room</source>
        <translation>Без кабинета</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetableroomdialog.cpp" line="47" />
        <source> — %n seat(s)</source>
        <translation>
            <numerusform> — %n место</numerusform><numerusform> — %n места</numerusform><numerusform> — %n мест</numerusform></translation>
    </message>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="49" />
        <source>, too small</source>
        <translation>, мал</translation>
    </message>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="52" />
        <source> — taken: %1</source>
        <translation> — занят: %1</translation>
    </message>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="62" />
        <source> (now)</source>
        <translation> (сейчас)</translation>
    </message>
    <message>
        <location filename="../client/timetableroomdialog.cpp" line="72" />
        <source>%1: free rooms first.</source>
        <translation>%1: сначала свободные кабинеты.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::TimetableVersionDialog</name>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="45" />
        <source>Empty timetable</source>
        <translation>Пустое расписание</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="48" />
        <source>Copy of «%1»</source>
        <translation>Копия «%1»</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="53" />
        <source>New timetable version</source>
        <translation>Новая версия расписания</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="55" />
        <source>Timetable from %1</source>
        <translation>Расписание с %1</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="64" />
        <source>Timetable version</source>
        <translation>Версия расписания</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="85" />
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="87" />
        <source>&amp;Valid from:</source>
        <translation>&amp;Действует с:</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="90" />
        <source>&amp;Entries:</source>
        <translation>&amp;Уроки:</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="93" />
        <source>A version is in force from this date until the next version starts (or the year ends); the earlier ones keep their history.</source>
        <translation>Версия действует с этой даты до начала следующей версии (или до конца года); прежние версии сохраняют свою историю.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/timetableversiondialog.cpp" line="114" />
        <source>%n dated lesson(s) were generated from this version.</source>
        <translation>
            <numerusform>По этой версии уже создан %n урок журнала.</numerusform><numerusform>По этой версии уже созданы %n урока журнала.</numerusform><numerusform>По этой версии уже создано %n уроков журнала.</numerusform></translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="117" />
        <source>Another version of the timetable already starts on this day.</source>
        <translation>С этого дня уже начинается другая версия расписания.</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="119" />
        <source>This version belongs to another school year.</source>
        <translation>Эта версия относится к другому учебному году.</translation>
    </message>
    <message>
        <location filename="../client/timetableversiondialog.cpp" line="176" />
        <source>The version was not saved.</source>
        <translation>Версия не сохранена.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::TimetableWarningsDialog</name>
    <message>
        <location filename="../client/timetablewarningsdialog.cpp" line="20" />
        <source>Save with warnings</source>
        <translation>Сохранение с предупреждениями</translation>
    </message>
    <message>
        <location filename="../client/timetablewarningsdialog.cpp" line="22" />
        <source>The timetable has no errors, but the changes cause these warnings. Tick each kind you accept to save anyway.</source>
        <translation>Ошибок в расписании нет, но изменения вызывают эти предупреждения. Отметьте каждое, с которым вы согласны, чтобы всё же сохранить.</translation>
    </message>
    <message>
        <location filename="../client/timetablewarningsdialog.cpp" line="45" />
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
</context>
</TS>
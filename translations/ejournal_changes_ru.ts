<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
</TS>

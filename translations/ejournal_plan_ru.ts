<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <message numerus="yes">
        <location filename="../client/journaladmincorrections.cpp" line="185"/>
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
        <location filename="../client/journaladminpage.cpp" line="23"/>
        <source>&amp;Kinds of work</source>
        <translation>&amp;Виды работ</translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="24"/>
        <source>Mark &amp;scales</source>
        <translation>&amp;Шкалы отметок</translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="25"/>
        <source>Correction &amp;window</source>
        <translation>&amp;Срок исправлений</translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="28"/>
        <source>&amp;Late corrections</source>
        <translation>&amp;Поздние исправления</translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="34"/>
        <source>Journal settings</source>
        <translation>Настройки журнала</translation>
    </message>
    <message>
        <location filename="../client/journaladminpage.cpp" line="35"/>
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
        <location filename="../client/journaladminworktypes.cpp" line="180"/>
        <source>The kind of work «%1» has been added.</source>
        <translation>Вид работы «%1» добавлен.</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="187"/>
        <source>The kind of work «%1» has been saved.</source>
        <translation>Вид работы «%1» сохранён.</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="215"/>
        <source>«%1» is in use again.</source>
        <translation>«%1» снова используется.</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="218"/>
        <source>Archive kind of work</source>
        <translation>Убрать вид работы в архив</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="219"/>
        <source>Archive «%1»? Teachers will no longer choose it for new marks; the marks already given keep it.</source>
        <translation>Убрать «%1» в архив? Учителя больше не смогут выбирать его для новых отметок; у выставленных отметок он сохранится.</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="223"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="224"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../client/journaladminworktypes.cpp" line="228"/>
        <source>«%1» has been archived.</source>
        <translation>«%1» убран в архив.</translation>
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
        <location filename="../client/planitemstab.cpp" line="192"/>
        <source>The topic «%1» has been added.</source>
        <translation>Тема «%1» добавлена.</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="204"/>
        <source>The topic «%1» has been saved.</source>
        <translation>Тема «%1» сохранена.</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="219"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="231"/>
        <source>Delete topic</source>
        <translation>Удаление темы</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="232"/>
        <source>Delete the topic «%1» from the plan? Lessons linked to it keep their topic text.</source>
        <translation>Удалить тему «%1» из КТП? У связанных с ней уроков текст темы сохранится.</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="236"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="237"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="249"/>
        <source>The topic «%1» has been deleted.</source>
        <translation>Тема «%1» удалена.</translation>
    </message>
    <message>
        <location filename="../client/planitemstab.cpp" line="273"/>
        <source>The topic «%1» is back in the plan.</source>
        <translation>Тема «%1» возвращена в КТП.</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planitemstab.cpp" line="309"/>
        <source>%n topic(s) imported.</source>
        <translation>
            <numerusform>Загружена %n тема.</numerusform>
            <numerusform>Загружены %n темы.</numerusform>
            <numerusform>Загружено %n тем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planitemstab.cpp" line="322"/>
        <source>%n topic(s) copied.</source>
        <translation>
            <numerusform>Скопирована %n тема.</numerusform>
            <numerusform>Скопированы %n темы.</numerusform>
            <numerusform>Скопировано %n тем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planitemstab.cpp" line="336"/>
        <source>%n topic(s) got the dates of the coming lessons.</source>
        <translation>
            <numerusform>%n тема получила даты ближайших уроков.</numerusform>
            <numerusform>%n темы получили даты ближайших уроков.</numerusform>
            <numerusform>%n тем получили даты ближайших уроков.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/planitemstab.cpp" line="338"/>
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
</TS>

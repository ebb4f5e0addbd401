<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <location filename="../client/papersummary.cpp" line="232"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="233"/>
        <source>Remarks and proposals of the inspector</source>
        <translation>Замечания и предложения проверяющих</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="234"/>
        <source>Inspector&apos;s signature</source>
        <translation>Подпись проверяющего</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="235"/>
        <source>Note of fulfilment</source>
        <translation>Отметка о выполнении</translation>
    </message>
    <message>
        <location filename="../client/papersummary.cpp" line="237"/>
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
    <name>ejournal::client::PaperBatch</name>
    <message>
        <location filename="../client/paperbatch.cpp" line="29"/>
        <source>Preparing the journals…</source>
        <translation>Готовим журналы…</translation>
    </message>
    <message>
        <location filename="../client/paperbatch.cpp" line="29"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../client/paperbatch.cpp" line="31"/>
        <source>Journals of all classes</source>
        <translation>Журналы всех классов</translation>
    </message>
    <message>
        <location filename="../client/paperbatch.cpp" line="51"/>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <name>Areas</name>
    <message>
        <location filename="../client/areas.cpp" line="64"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
</context>
</TS>

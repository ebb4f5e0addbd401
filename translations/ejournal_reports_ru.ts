<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>ejournal::client::ReportsDesigner</name>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="51" />
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="52" />
        <source>To rows</source>
        <translation>В строки</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="53" />
        <source>One line of the report per value of these fields</source>
        <translation>По строке отчёта на каждое значение этих полей</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="54" />
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="55" />
        <source>To columns</source>
        <translation>В столбцы</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="56" />
        <source>A pivot: one column per value of these fields</source>
        <translation>Сводная таблица: по столбцу на каждое значение этих полей</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="57" />
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="58" />
        <source>To values</source>
        <translation>В значения</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="59" />
        <source>What is counted: average, count, success rate…</source>
        <translation>Что считается: средний балл, количество, успеваемость…</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="60" />
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="61" />
        <source>To filters</source>
        <translation>В фильтры</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="62" />
        <source>Which rows count: a period, a class, marks below 3…</source>
        <translation>Какие записи учитываются: период, класс, отметки ниже 3…</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="63" />
        <source>Fields (a plain list)</source>
        <translation>Поля (простой список)</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="64" />
        <source>To the list</source>
        <translation>В поля</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="65" />
        <source>Instead of a summary: the rows themselves with these columns</source>
        <translation>Вместо сводки — сами записи с этими столбцами</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="123" />
        <location filename="../client/reportsdesigner.cpp" line="643" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="126" />
        <source>Save the report (Ctrl+S)</source>
        <translation>Сохранить отчёт (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="127" />
        <source>Save as &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="129" />
        <source>S&amp;hared with the school</source>
        <translation>&amp;Общий для школы</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="132" />
        <source>Colleagues see a shared report under «Shared» and may run it or save a copy of it</source>
        <translation>Общий отчёт коллеги видят в группе «Общие» и могут сформировать его или сохранить себе копию</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="134" />
        <source>&amp;Back to the reports</source>
        <translation>&amp;К списку отчётов</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="151" />
        <source>Report designer</source>
        <translation>Конструктор отчётов</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="152" />
        <source>The report has unsaved changes. Leave the designer and lose them?</source>
        <translation>В отчёте есть несохранённые изменения. Выйти из конструктора и потерять их?</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="172" />
        <source>&amp;Data:</source>
        <translation>&amp;Данные:</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="174" />
        <source>F&amp;ields (drag them into the zones):</source>
        <translation>&amp;Поля (перетащите их в области):</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="183" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="263" />
        <source>descending</source>
        <translation>по убыванию</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="264" />
        <source>&amp;Totals row</source>
        <translation>Строка &amp;итогов</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="268" />
        <source>No chart</source>
        <translation>Без диаграммы</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="269" />
        <source>Bars</source>
        <translation>Столбчатая</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="270" />
        <source>Lines</source>
        <translation>Линейная</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="271" />
        <source>Pie</source>
        <translation>Круговая</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="276" />
        <source>S&amp;ort by:</source>
        <translation>С&amp;ортировка:</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="277" />
        <source>C&amp;hart:</source>
        <translation>Ди&amp;аграмма:</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="310" />
        <source>Preview on real data</source>
        <translation>Предварительный просмотр на реальных данных</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="319" />
        <source>&amp;Parameters…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="321" />
        <source>Choose the parameters the preview runs with</source>
        <translation>Выбрать параметры, с которыми строится предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="524" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="528" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="531" />
        <source>%1: asked when run, may be «any»</source>
        <translation>%1: спросить при запуске, можно «любой»</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="532" />
        <source>%1: asked when run</source>
        <translation>%1: спросить при запуске</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="536" />
        <source>%1: choose the value</source>
        <translation>%1: выберите значение</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="537" />
        <source>%1: set</source>
        <translation>%1: задано</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="584" />
        <source>(as the server orders)</source>
        <translation>(без сортировки)</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="641" />
        <location filename="../client/reportsdesigner.cpp" line="688" />
        <source>New report</source>
        <translation>Новый отчёт</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="642" />
        <source>%1 (not saved)</source>
        <translation>%1 (не сохранён)</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="643" />
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="653" />
        <source>Drag fields into «Rows» and «Values» for a summary (e.g. Class and Mark), or into «Fields» for a plain list.</source>
        <translation>Перетащите поля в «Строки» и «Значения», чтобы получить сводку (например, «Класс» и «Отметка»), или в «Поля» — для простого списка.</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="656" />
        <source>A report is either a plain list («Fields») or a summary («Rows», «Columns», «Values»): empty one of them.</source>
        <translation>Отчёт — либо простой список («Поля»), либо сводка («Строки», «Столбцы», «Значения»): очистите одно из двух.</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="659" />
        <source>Add what to count: drag a field into «Values» (e.g. Mark) and choose how it counts.</source>
        <translation>Добавьте, что считать: перетащите поле в «Значения» (например, «Отметка») и выберите способ подсчёта.</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="663" />
        <source>Choose the value of the filter «%1», or tick «Ask when the report runs».</source>
        <translation>Выберите значение фильтра «%1» или отметьте «Спрашивать при запуске».</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="679" />
        <source>Preview with %1</source>
        <translation>Просмотр с параметрами — %1</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="700" />
        <source>The report cannot be built yet: %1</source>
        <translation>Отчёт пока не может быть построен: %1</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="719" />
        <source>Parameters of the preview</source>
        <translation>Параметры предварительного просмотра</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="733" />
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="754" />
        <source>Someone saved a newer version of this report after you opened it. Save your work as a copy, or go back to the reports and open it again to see their changes.</source>
        <translation>После того как вы открыли отчёт, кто-то сохранил его более новую версию. Сохраните свою работу как копию или вернитесь к списку отчётов и откройте отчёт заново, чтобы увидеть эти изменения.</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="760" />
        <source>This report is not yours: save your work as a copy.</source>
        <translation>Это не ваш отчёт: сохраните свою работу как копию.</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="777" />
        <source>The report «%1» is saved.</source>
        <translation>Отчёт «%1» сохранён.</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="796" />
        <source>The report is shared: colleagues see it under «Shared».</source>
        <translation>Отчёт стал общим: коллеги видят его в группе «Общие».</translation>
    </message>
    <message>
        <location filename="../client/reportsdesigner.cpp" line="797" />
        <source>The report is no longer shared.</source>
        <translation>Отчёт больше не общий.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsItemEditor</name>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="33" />
        <source>Select a value or a filter in the zones to set how it counts or what it keeps.</source>
        <translation>Выберите значение или фильтр в областях, чтобы задать способ подсчёта или условие отбора.</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="54" />
        <source>&amp;Count as:</source>
        <translation>&amp;Считать как:</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="70" />
        <source>&amp;Ask when the report runs</source>
        <translation>&amp;Спрашивать при запуске</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="72" />
        <source>May be left as «any»</source>
        <translation>Можно оставить «любой»</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="78" />
        <source>C&amp;ondition:</source>
        <translation>&amp;Условие:</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="79" />
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="116" />
        <source>Value: %1</source>
        <translation>Значение: %1</translation>
    </message>
    <message>
        <location filename="../client/reportsitemeditor.cpp" line="136" />
        <source>Filter: %1</source>
        <translation>Фильтр: %1</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsList</name>
    <message>
        <location filename="../client/reportslist.cpp" line="38" />
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="41" />
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="41" />
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="47" />
        <source>Standard</source>
        <translation>Стандартные</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="47" />
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="47" />
        <source>Shared</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="134" />
        <source>shared · %1</source>
        <translation>общий · %1</translation>
    </message>
    <message>
        <location filename="../client/reportslist.cpp" line="139" />
        <source>Saved %1, version %2</source>
        <translation>Сохранён %1, версия %2</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsOperandEditor</name>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="44" />
        <source>(no value needed)</source>
        <translation>(значение не нужно)</translation>
    </message>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="59" />
        <source>set:</source>
        <translation>задать:</translation>
    </message>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="60" />
        <source>Leave unticked to include every value</source>
        <translation>Не отмечайте, чтобы учитывать любые значения</translation>
    </message>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="82" />
        <location filename="../client/reportsoperandeditor.cpp" line="269" />
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="110" />
        <source>values separated by ;</source>
        <translation>значения через ;</translation>
    </message>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="138" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../client/reportsoperandeditor.cpp" line="139" />
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsPage</name>
    <message>
        <location filename="../client/reportspage.cpp" line="53" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="54" />
        <source>Standard reports on marks, attendance and the keeping of journals, and reports of your own made in the designer. Run a report, choose its parameters, export it to Excel or PDF.</source>
        <translation>Стандартные отчёты об успеваемости, посещаемости и ведении журналов, а также ваши собственные отчёты из конструктора. Сформируйте отчёт, выберите параметры, выгрузите его в Excel или PDF.</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="85" />
        <source>&amp;Run</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="87" />
        <source>Run the selected report (Return, F5)</source>
        <translation>Сформировать выбранный отчёт (Enter, F5)</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="88" />
        <source>&amp;New report</source>
        <translation>&amp;Новый отчёт</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="90" />
        <source>Make a report of your own in the designer (Insert, Ctrl+N)</source>
        <translation>Создать свой отчёт в конструкторе (Insert, Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="91" />
        <location filename="../client/reportspage.cpp" line="219" />
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="93" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="95" />
        <source>Delete the selected report (Delete)</source>
        <translation>Удалить выбранный отчёт (Delete)</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="96" />
        <location filename="../client/reportspage.cpp" line="225" />
        <source>&amp;Share with the school</source>
        <translation>Сделать о&amp;бщим</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="98" />
        <source>&amp;Versions…</source>
        <translation>&amp;Версии…</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="100" />
        <source>Earlier versions of the report; open one to restore it</source>
        <translation>Прежние версии отчёта; откройте версию, чтобы восстановить её</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="118" />
        <source>Choose a report on the left and press Return to run it.</source>
        <translation>Выберите отчёт слева и нажмите Enter, чтобы сформировать его.</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="128" />
        <source>Change &amp;parameters…</source>
        <translation>Изменить &amp;параметры…</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="219" />
        <source>&amp;Edit a copy</source>
        <translation>&amp;Изменить копию</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="220" />
        <source>Change the report in the designer (F2)</source>
        <translation>Изменить отчёт в конструкторе (F2)</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="221" />
        <source>Make a report of your own from this one in the designer (F2)</source>
        <translation>Создать на основе этого отчёта свой в конструкторе (F2)</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="225" />
        <source>Stop &amp;sharing</source>
        <translation>Сделать не о&amp;бщим</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="232" />
        <source>The report could not be run: %1</source>
        <translation>Не удалось сформировать отчёт: %1</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="257" />
        <source>The report cannot be read: %1</source>
        <translation>Не удаётся прочитать отчёт: %1</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="300" />
        <source>The report is being built…</source>
        <translation>Отчёт формируется…</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="352" />
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="375" />
        <source>Delete the report</source>
        <translation>Удаление отчёта</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="376" />
        <source>Delete the report «%1»? Colleagues it is shared with will no longer see it.</source>
        <translation>Удалить отчёт «%1»? Коллеги, которым он доступен, больше не увидят его.</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="380" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="393" />
        <source>The report «%1» is deleted. &lt;a href="undo"&gt;Undo&lt;/a&gt;</source>
        <translation>Отчёт «%1» удалён. &lt;a href="undo"&gt;Отменить&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="417" />
        <source>The report «%1» is back.</source>
        <translation>Отчёт «%1» восстановлен.</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="435" />
        <source>«%1» is shared: colleagues see it under «Shared».</source>
        <translation>«%1» теперь общий: коллеги видят его в группе «Общие».</translation>
    </message>
    <message>
        <location filename="../client/reportspage.cpp" line="436" />
        <source>«%1» is no longer shared.</source>
        <translation>«%1» больше не общий.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsParamsDialog</name>
    <message>
        <location filename="../client/reportsparamsdialog.cpp" line="22" />
        <source>Report parameters</source>
        <translation>Параметры отчёта</translation>
    </message>
    <message>
        <location filename="../client/reportsparamsdialog.cpp" line="51" />
        <source>Run</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <location filename="../client/reportsparamsdialog.cpp" line="64" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../client/reportsparamsdialog.cpp" line="70" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../client/reportsparamsdialog.cpp" line="88" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../client/reportsparamsdialog.cpp" line="105" />
        <source>Choose a value.</source>
        <translation>Выберите значение.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsResultModel</name>
    <message>
        <location filename="../client/reportsresultmodel.cpp" line="52" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsResultPanel</name>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="37" />
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="38" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="39" />
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="40" />
        <location filename="../client/reportsresultpanel.cpp" line="43" />
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="42" />
        <source>CSV (Windows-1251)</source>
        <translation>CSV (Windows-1251)</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="44" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="45" />
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="74" />
        <source>Only the first rows are shown: narrow the filters to see all.</source>
        <translation>Показаны только первые строки: сузьте условия отбора, чтобы увидеть все.</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="102" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="105" />
        <source>Print preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/reportsresultpanel.cpp" line="132" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform><numerusform>%n строки</numerusform><numerusform>%n строк</numerusform></translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="180" />
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location filename="../client/reportsresultpanel.cpp" line="186" />
        <source>Saved to %1.</source>
        <translation>Сохранено в файл %1.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsSaveDialog</name>
    <message>
        <location filename="../client/reportssavedialog.cpp" line="21" />
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <location filename="../client/reportssavedialog.cpp" line="29" />
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../client/reportssavedialog.cpp" line="30" />
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../client/reportssavedialog.cpp" line="59" />
        <source>Give the report a name.</source>
        <translation>Укажите название отчёта.</translation>
    </message>
</context>
<context>
    <name>ejournal::client::ReportsVersionsDialog</name>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="21" />
        <source>Versions of «%1»</source>
        <translation>Версии отчёта «%1»</translation>
    </message>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="23" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="24" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="25" />
        <source>Saved</source>
        <translation>Сохранена</translation>
    </message>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="29" />
        <source>Saved by</source>
        <translation>Кто сохранил</translation>
    </message>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="37" />
        <source>&amp;Open in the designer</source>
        <translation>&amp;Открыть в конструкторе</translation>
    </message>
    <message>
        <location filename="../client/reportsversionsdialog.cpp" line="39" />
        <source>Open an earlier version and save it to make it the current one again; the later versions stay in the list.</source>
        <translation>Откройте прежнюю версию и сохраните её, чтобы она снова стала текущей; более поздние версии останутся в списке.</translation>
    </message>
</context>
</TS>
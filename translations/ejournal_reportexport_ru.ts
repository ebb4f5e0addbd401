<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../client/reportchart.cpp" line="53"/>
        <source>All rows</source>
        <translation>Все строки</translation>
    </message>
    <message numerus="yes">
        <location filename="../client/reportchart.cpp" line="103"/>
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
    <name>ejournal::client::ReportChartView</name>
    <message>
        <location filename="../client/reportchart.cpp" line="281"/>
        <source>No chart is chosen for this report.</source>
        <translation>Для этого отчёта диаграмма не выбрана.</translation>
    </message>
    <message>
        <location filename="../client/reportchart.cpp" line="282"/>
        <source>Nothing to chart: the report needs grouped rows and a numeric value.</source>
        <translation>Диаграмму построить не из чего: нужны сгруппированные строки и числовой показатель.</translation>
    </message>
</context>
</TS>

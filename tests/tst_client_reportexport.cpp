// Tests of a report's outputs on hand-made results: the CSV bytes (UTF-8 with a BOM, and
// Windows-1251), the XLSX read back by LibreOffice (values, real numbers and dates, Cyrillic),
// the printed report as PDF (pages, the header repeated, landscape when wide) and the chart's
// categories and series for bars, lines and a pie.
#include "csvtable.h"
#include "printoutput.h"
#include "reportchart.h"
#include "reportdocument.h"
#include "reportexport.h"
#include "reportresult.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QDir>
#include <QLineSeries>
#include <QPieSeries>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ejournal;
using namespace ejournal::client;
using reports::Aggregate;
using reports::ChartType;
using reports::Result;
using reports::ResultColumn;
using reports::ValueType;

namespace {

ResultColumn field(const QString &name, ValueType type)
{
    ResultColumn column;
    column.field = name;
    column.type = type;
    return column;
}

ResultColumn value(const QString &name, Aggregate aggregate, ValueType type,
                   const QStringList &pivot = {}, bool pivotTotal = false)
{
    ResultColumn column = field(name, type);
    column.aggregated = true;
    column.aggregate = aggregate;
    column.pivot = pivot;
    column.pivotTotal = pivotTotal;
    return column;
}

// Marks by class and period × subject: count, average and quality rate, with the pivot's
// total columns and a grand total row. One cell has no value.
Result grouped()
{
    Result r;
    r.dataset = QStringLiteral("marks");
    r.dimensions = 2;
    r.columns = {field(QStringLiteral("class"), ValueType::Text),
                 field(QStringLiteral("period"), ValueType::Text)};
    for (const QStringList &pivot : {QStringList{QStringLiteral("Математика")},
                                     QStringList{QStringLiteral("Русский язык")}}) {
        r.columns.append(value(QStringLiteral("value"), Aggregate::Count, ValueType::Integer, pivot));
        r.columns.append(value(QStringLiteral("value"), Aggregate::Avg, ValueType::Number, pivot));
        r.columns.append(value(QStringLiteral("value"), Aggregate::Quality, ValueType::Percent, pivot));
    }
    r.columns.append(value(QStringLiteral("value"), Aggregate::Count, ValueType::Integer, {}, true));
    r.columns.append(value(QStringLiteral("value"), Aggregate::Avg, ValueType::Number, {}, true));
    r.columns.append(value(QStringLiteral("value"), Aggregate::Quality, ValueType::Percent, {}, true));
    auto row = [](const QString &cls, const QString &period, QVariantList values) {
        QVariantList cells{cls, period};
        cells.append(values);
        return cells;
    };
    r.rows = {
        row(QStringLiteral("5А"), QStringLiteral("I четверть"),
            {qint64(12), 4.25, 87.5, qint64(8), 3.876, 62.5, qint64(20), 4.1, 77.5}),
        row(QStringLiteral("5Б"), QStringLiteral("I четверть"),
            {qint64(10), 3.7, 50.0, qint64(0), QVariant(), QVariant(), qint64(10), 3.7, 50.0}),
        row(QStringLiteral("6А"), QStringLiteral("I четверть"),
            {qint64(15), 4.6, 93.3, qint64(9), 4.0, 66.7, qint64(24), 4.376, 83.3}),
    };
    r.total = row(QString(), QString(),
                  {qint64(37), 4.2, 78.4, qint64(17), 3.94, 64.7, qint64(54), 4.12, 74.1});
    return r;
}

// A listing of marks: dates, Cyrillic names, topics with ";" and quotes, a character that
// Windows-1251 lacks.
Result listing(int rows)
{
    Result r;
    r.dataset = QStringLiteral("marks");
    r.columns = {field(QStringLiteral("date"), ValueType::Date),
                 field(QStringLiteral("student"), ValueType::Text),
                 field(QStringLiteral("value"), ValueType::Number),
                 field(QStringLiteral("topic"), ValueType::Text)};
    r.dimensions = int(r.columns.size());
    const QStringList names = {QStringLiteral("Иванова Мария"), QStringLiteral("Ёлкин Пётр"),
                               QStringLiteral("Щукин Эдуард")};
    const QStringList topics = {QStringLiteral("Дроби; сложение"),
                                QStringLiteral("Повторение «Глагол» ✓"),
                                QStringLiteral("Тема \"Синтаксис\"")};
    for (int i = 0; i < rows; ++i) {
        r.rows.append({QDate(2026, 9, 1).addDays(i).toString(Qt::ISODate),
                       names.at(i % names.size()), double(2 + i % 4),
                       topics.at(i % topics.size())});
    }
    return r;
}

QStringList captions(const Result &r)
{
    QStringList texts;
    for (const ResultColumn &column : r.columns)
        texts.append(reports::columnCaption(r, column));
    return texts;
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(180000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The sheet converted to CSV by LibreOffice: ";"-separated UTF-8, cells either as shown or as
// their raw values (numbers, date serials).
CsvTable sheetAsCsv(const QString &xlsx, bool asShown)
{
    QTemporaryDir profile;
    QTemporaryDir out;
    QProcess soffice;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), profile.path());
    soffice.setProcessEnvironment(env);
    const QString filter = QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,%1")
                               .arg(asShown ? QStringLiteral("true") : QStringLiteral("false"));
    soffice.start(QStringLiteral("soffice"),
                  {QStringLiteral("-env:UserInstallation=file://%1/lo").arg(profile.path()),
                   QStringLiteral("--headless"), QStringLiteral("--convert-to"), filter,
                   QStringLiteral("--outdir"), out.path(), xlsx});
    soffice.waitForFinished(180000);
    QFile csv(QDir(out.path()).filePath(QFileInfo(xlsx).completeBaseName() + QStringLiteral(".csv")));
    if (!csv.open(QIODevice::ReadOnly))
        return {};
    return CsvTable::parse(csv.readAll());
}

// All records of a converted sheet, the header line first.
QList<QStringList> lines(const CsvTable &table)
{
    QList<QStringList> all{table.header};
    for (const CsvRecord &record : table.records)
        all.append(record.fields);
    return all;
}

// The text of each page of a PDF (pdftotext separates pages with form feeds).
QStringList pdfPages(const QString &file)
{
    QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString pdfInfo(const QString &file)
{
    return run(QStringLiteral("pdfinfo"), {file});
}

int pdfPageCount(const QString &info)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

bool landscape(const QString &info)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(info);
    return m.hasMatch() && m.captured(1).toDouble() > m.captured(2).toDouble();
}

// pdftotext lays words out with runs of spaces; compare with single spaces.
QString simplified(const QString &text)
{
    return text.simplified();
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void csvUtf8();
    void csvWindows1251();
    void csvWriteFailure();
    void xlsxGrouped();
    void xlsxListing();
    void xlsxWriteFailure();
    void pdfListingSpansPages();
    void pdfGroupedWithChart();
    void chartSeries();
    void chartLimitsCategories();
    void chartViewNote();
};

void TestReportExport::csvUtf8()
{
    const Result r = grouped();
    const QByteArray bytes = ReportExport::csv(r, CsvEncoding::Utf8);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList got = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    const QStringList expected = {
        captions(r).join(QLatin1Char(';')),
        QStringLiteral("5А;I четверть;12;4,25;87,5 %;8;3,88;62,5 %;20;4,1;77,5 %"),
        QStringLiteral("5Б;I четверть;10;3,7;50 %;0;;;10;3,7;50 %"),
        QStringLiteral("6А;I четверть;15;4,6;93,3 %;9;4;66,7 %;24;4,38;83,3 %"),
        ReportExport::tr("Total") + QStringLiteral(";;37;4,2;78,4 %;17;3,94;64,7 %;54;4,12;74,1 %"),
        QString(),  // the last line ends with CRLF too
    };
    QCOMPARE(got, expected);

    // Quotes around fields with ";" or quotes, inner quotes doubled.
    const QString text = QString::fromUtf8(ReportExport::csv(listing(3), CsvEncoding::Utf8).mid(3));
    QVERIFY(text.contains(QStringLiteral("01.09.2026;Иванова Мария;2;\"Дроби; сложение\"\r\n")));
    QVERIFY(text.contains(QStringLiteral(";\"Тема \"\"Синтаксис\"\"\"\r\n")));
    QVERIFY(text.contains(QStringLiteral("02.09.2026;Ёлкин Пётр;3;Повторение «Глагол» ✓\r\n")));
}

void TestReportExport::csvWindows1251()
{
    const Result r = listing(6);
    const QByteArray bytes = ReportExport::csv(r, CsvEncoding::Windows1251);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\xC8\xE2\xE0\xED\xEE\xE2\xE0"));  // «Иванова» in Windows-1251
    QString utf8 = QString::fromUtf8(ReportExport::csv(r, CsvEncoding::Utf8).mid(3));
    utf8.replace(QStringLiteral("✓"), QStringLiteral("?"));  // not in the code page
    QCOMPARE(decodeWindows1251(bytes), utf8);

    // The CSV reader of the imports takes it back: same cells, the Windows-1251 detected.
    const CsvTable table = CsvTable::parse(bytes);
    QCOMPARE(table.encoding, QStringLiteral("Windows-1251"));
    QCOMPARE(table.header, captions(r));
    QCOMPARE(table.records.size(), 6);
    QCOMPARE(table.records.at(4).fields,
             (QStringList{QStringLiteral("05.09.2026"), QStringLiteral("Ёлкин Пётр"),
                          QStringLiteral("2"), QStringLiteral("Повторение «Глагол» ?")}));
}

void TestReportExport::csvWriteFailure()
{
    QString error;
    const QString file = QStringLiteral("/nonexistent-folder/report.csv");
    QVERIFY(!ReportExport::writeCsv(grouped(), CsvEncoding::Utf8, file, &error));
    QVERIFY2(error.contains(file), qPrintable(error));

    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("report.csv"));
    QVERIFY2(ReportExport::writeCsv(grouped(), CsvEncoding::Windows1251, good, &error), qPrintable(error));
    QFile written(good);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), ReportExport::csv(grouped(), CsvEncoding::Windows1251));
}

void TestReportExport::xlsxGrouped()
{
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: the XLSX cannot be read back");
    const Result r = grouped();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("grouped.xlsx"));
    QString error;
    QVERIFY2(ReportExport::writeXlsx(r, QStringLiteral("Успеваемость по классам"),
                                     QStringLiteral("Период: I четверть\nШкола №1"), file, &error),
             qPrintable(error));

    // As a user sees it: title, parameters, a blank line, the header, rows, the total.
    const QList<QStringList> shown = lines(sheetAsCsv(file, true));
    QCOMPARE(shown.size(), 8);  // the blank line under the parameters is skipped by the reader
    QCOMPARE(shown.at(0).first(), QStringLiteral("Успеваемость по классам"));
    QCOMPARE(shown.at(1).first(), QStringLiteral("Период: I четверть"));
    QCOMPARE(shown.at(2).first(), QStringLiteral("Школа №1"));
    QCOMPARE(shown.at(3), captions(r));
    QCOMPARE(shown.at(4), (QStringList{QStringLiteral("5А"), QStringLiteral("I четверть"),
                                       QStringLiteral("12"), QStringLiteral("4.25"),
                                       QStringLiteral("87.5%"), QStringLiteral("8"),
                                       QStringLiteral("3.88"), QStringLiteral("62.5%"),
                                       QStringLiteral("20"), QStringLiteral("4.10"),
                                       QStringLiteral("77.5%")}));
    QCOMPARE(shown.at(5).mid(5, 3), (QStringList{QStringLiteral("0"), QString(), QString()}));
    QCOMPARE(shown.at(7).first(), ReportExport::tr("Total"));
    QCOMPARE(shown.at(7).at(2), QStringLiteral("37"));

    // The values are numbers, not texts: percentages as fractions, full precision kept.
    const QList<QStringList> raw = lines(sheetAsCsv(file, false));
    QCOMPARE(raw.at(4).at(6), QStringLiteral("3.876"));
    QCOMPARE(raw.at(6).at(9), QStringLiteral("4.376"));
    QCOMPARE(raw.at(4).at(4), QStringLiteral("87.5%"));  // a number in a percent format
    QCOMPARE(raw.at(5).at(4), QStringLiteral("50%"));
}

void TestReportExport::xlsxListing()
{
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: the XLSX cannot be read back");
    const Result r = listing(40);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("listing.xlsx"));
    QString error;
    QVERIFY2(ReportExport::writeXlsx(r, QStringLiteral("Отметки: [5А] / 1:2 * всё? — очень длинное название отчёта"),
                                     QString(), file, &error),
             qPrintable(error));
    const QList<QStringList> shown = lines(sheetAsCsv(file, true));
    QCOMPARE(shown.size(), 1 + 1 + 40);  // title, header, rows (the blank line is skipped)
    QCOMPARE(shown.at(1), captions(r));
    for (int i = 0; i < 40; ++i) {
        const QVariantList &row = r.rows.at(i);
        QCOMPARE(shown.at(2 + i).at(0), QDate::fromString(row.at(0).toString(), Qt::ISODate)
                                            .toString(QStringLiteral("dd.MM.yyyy")));
        QCOMPARE(shown.at(2 + i).at(1), row.at(1).toString());
        QCOMPARE(shown.at(2 + i).at(2), QString::number(row.at(2).toDouble(), 'f', 2));
        QCOMPARE(shown.at(2 + i).at(3), row.at(3).toString());
    }
    // Dates are real dates: unformatted, LibreOffice writes them in its own (US) date format.
    const QList<QStringList> raw = lines(sheetAsCsv(file, false));
    QCOMPARE(raw.at(2).at(0), QStringLiteral("09/01/2026"));
    QCOMPARE(raw.at(41).at(0), QStringLiteral("10/10/2026"));

    // The sheet is named after the title without the characters Excel forbids, 31 at most.
    int unzipped = -1;
    const QString workbook = run(QStringLiteral("unzip"), {QStringLiteral("-p"), file, QStringLiteral("xl/workbook.xml")},
                                 &unzipped);
    if (unzipped == 0)
        QVERIFY2(workbook.contains(QStringLiteral("name=\"Отметки 5А 12 всё — очень длинн\"")),
                 qPrintable(workbook));
}

void TestReportExport::xlsxWriteFailure()
{
    QString error;
    const QString file = QStringLiteral("/nonexistent-folder/report.xlsx");
    QVERIFY(!ReportExport::writeXlsx(grouped(), QStringLiteral("Отчёт"), QString(), file, &error));
    QVERIFY2(error.contains(file), qPrintable(error));
}

void TestReportExport::pdfListingSpansPages()
{
    const Result r = listing(300);
    ReportDocument document(r, QStringLiteral("Отметки за сентябрь"), QStringLiteral("Класс: 5А"),
                            ChartType::Bar, QStringLiteral("Школа №1"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("listing.pdf"));
    QString error;
    QVERIFY2(PrintOutput::writePdf(document, file, &error), qPrintable(error));
    const QString info = pdfInfo(file);
    const int pages = pdfPageCount(info);
    QVERIFY2(pages >= 5, qPrintable(info));
    QVERIFY(!landscape(info));
    QPrinter printer(QPrinter::HighResolution);
    QCOMPARE(document.pageCount(&printer), pages);

    const QStringList texts = pdfPages(file);
    QCOMPARE(texts.size(), pages);
    QVERIFY(texts.first().contains(QStringLiteral("Отметки за сентябрь")));
    QVERIFY(texts.first().contains(QStringLiteral("Школа №1")));
    QVERIFY(texts.first().contains(QStringLiteral("Класс: 5А")));
    // Every page repeats the header row and says which page it is; every row is printed once.
    int rows = 0;
    for (int i = 0; i < pages; ++i) {
        for (const QString &caption : captions(r))
            QVERIFY2(simplified(texts.at(i)).contains(caption), qPrintable(caption));
        QVERIFY(texts.at(i).contains(ReportDocument::tr("Page %1 of %2").arg(i + 1).arg(pages)));
        rows += int(texts.at(i).count(QRegularExpression(QStringLiteral("^\\s*\\d\\d\\.\\d\\d\\.20\\d\\d\\s"),
                                                         QRegularExpression::MultilineOption)));
    }
    QCOMPARE(rows, 300);
    QVERIFY(texts.at(1).contains(QStringLiteral("Ёлкин Пётр")));
}

void TestReportExport::pdfGroupedWithChart()
{
    const Result r = grouped();
    ReportDocument document(r, QStringLiteral("Качество знаний"), QStringLiteral("I четверть"),
                            ChartType::Bar, QStringLiteral("Школа №1"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("grouped.pdf"));
    QString error;
    QVERIFY2(PrintOutput::writePdf(document, file, &error), qPrintable(error));
    const QString info = pdfInfo(file);
    QVERIFY2(landscape(info), qPrintable(info));  // 11 columns
    QCOMPARE(pdfPageCount(info), 1);
    const QString text = simplified(pdfPages(file).first());
    QVERIFY(text.contains(QStringLiteral("Качество знаний")));
    QVERIFY(text.contains(QStringLiteral("5А I четверть 12 4,25 87,5 %")));
    QVERIFY(text.contains(ReportExport::tr("Total") + QStringLiteral(" 37 4,2 78,4 %")));
    // The chart is drawn as text and lines: its categories are in the PDF's text.
    QVERIFY(text.contains(QStringLiteral("5Б · I четверть")));
}

void TestReportExport::chartSeries()
{
    // With success or quality rates among the values only those are charted, on their 0–100 axis.
    const Result rates = grouped();
    std::unique_ptr<QChart> rateBars(buildReportChart(rates, ChartType::Bar));
    QVERIFY(rateBars);
    auto *rateSeries = qobject_cast<QBarSeries *>(rateBars->series().first());
    QVERIFY(rateSeries);
    QCOMPARE(rateSeries->count(), 2);
    QCOMPARE(rateSeries->barSets().at(0)->label(), reports::columnCaption(rates, rates.columns.at(4)));
    QCOMPARE(rateSeries->barSets().at(1)->at(2), 66.7);

    // Without rates every value and pivot column is a series.
    Result r = rates;
    for (ResultColumn &column : r.columns)
        if (column.type == ValueType::Percent)
            column.type = ValueType::Number;
    std::unique_ptr<QChart> bars(buildReportChart(r, ChartType::Bar, QStringLiteral("Качество")));
    QVERIFY(bars);
    QCOMPARE(bars->series().size(), 1);
    auto *barSeries = qobject_cast<QBarSeries *>(bars->series().first());
    QVERIFY(barSeries);
    QCOMPARE(barSeries->count(), 6);  // 3 values × 2 subjects; the pivot's totals stay in the table
    QCOMPARE(barSeries->barSets().at(1)->label(), reports::columnCaption(r, r.columns.at(3)));
    QCOMPARE(barSeries->barSets().at(1)->at(2), 4.6);
    auto *axis = qobject_cast<QBarCategoryAxis *>(bars->axes(Qt::Horizontal).first());
    QCOMPARE(axis->categories(),
             (QStringList{QStringLiteral("5А · I четверть"), QStringLiteral("5Б · I четверть"),
                          QStringLiteral("6А · I четверть")}));
    QCOMPARE(bars->title(), QStringLiteral("Качество"));

    std::unique_ptr<QChart> lines(buildReportChart(r, ChartType::Line));
    QVERIFY(lines);
    QCOMPARE(lines->series().size(), 6);
    auto *line = qobject_cast<QLineSeries *>(lines->series().at(4));
    QVERIFY(line);
    QCOMPARE(line->count(), 2);  // 5Б has no average mark in Russian language

    std::unique_ptr<QChart> pie(buildReportChart(r, ChartType::Pie));
    QVERIFY(pie);
    QCOMPARE(pie->series().size(), 1);
    auto *slices = qobject_cast<QPieSeries *>(pie->series().first());
    QVERIFY(slices);
    QCOMPARE(slices->count(), 3);
    QCOMPARE(slices->slices().first()->label(), QStringLiteral("5А · I четверть: 12"));
    QCOMPARE(slices->sum(), 37.0);

    QVERIFY(!buildReportChart(listing(5), ChartType::Bar));
    QVERIFY(!buildReportChart(r, ChartType::None));
    Result empty = r;
    empty.rows.clear();
    QVERIFY(!buildReportChart(empty, ChartType::Pie));
}

void TestReportExport::chartLimitsCategories()
{
    Result r = grouped();
    const QVariantList first = r.rows.first();
    r.rows.clear();
    for (int i = 0; i < 55; ++i) {
        QVariantList row = first;
        row[0] = QStringLiteral("Класс %1").arg(i + 1);
        r.rows.append(row);
    }
    std::unique_ptr<QChart> chart(buildReportChart(r, ChartType::Bar, QStringLiteral("Все классы")));
    QVERIFY(chart);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    QVERIFY(axis);
    QVERIFY(!axis->truncateLabels());  // the turned names are shown whole
    QCOMPARE(axis->count(), 40);
    QCOMPARE(axis->at(39), QStringLiteral("Класс 40 · I четверть"));
    QVERIFY2(chart->title().startsWith(QStringLiteral("Все классы")), qPrintable(chart->title()));
    QVERIFY2(chart->title().contains(QStringLiteral("40")) && chart->title().contains(QStringLiteral("55")),
             qPrintable(chart->title()));
}

void TestReportExport::chartViewNote()
{
    ReportChartView view;
    view.setResult(grouped(), ChartType::Pie);
    QVERIFY(view.hasChart());
    QCOMPARE(view.chart()->series().size(), 1);
    view.setResult(listing(3), ChartType::Bar);
    QVERIFY(!view.hasChart());
    QVERIFY(view.chart()->series().isEmpty());
    QVERIFY(!view.chart()->title().isEmpty());
}

QTEST_MAIN(TestReportExport)
#include "tst_client_reportexport.moc"

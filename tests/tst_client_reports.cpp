// GUI tests of the reports page against a real server with the small school of
// tst_paper_school.h: the deputy runs a standard report with a parameter and sees the right
// figures, builds a report in the designer from the keyboard with a live preview, saves and
// shares it (a teacher then finds it under «Shared»), exports a result to XLSX and PDF, deletes
// and undoes, and is told clearly when the report was saved elsewhere meanwhile.
#include "inlinemessage.h"
#include "reportchart.h"
#include "reportsdesigner.h"
#include "reportsfieldlist.h"
#include "reportsitemeditor.h"
#include "reportsoperandeditor.h"
#include "reportspage.h"
#include "reportsparamsdialog.h"
#include "reportsresultmodel.h"
#include "reportsresultpanel.h"
#include "reportssavedialog.h"
#include "reporttemplates.h"
#include "tst_client_helpers.h"
#include "testclient.h"
#include "tst_paper_school.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QTableView>
#include <QTreeWidget>

using namespace clienttest;
using namespace ejournal;
using Zone = ReportsDesigner::Zone;

namespace {
// Gives the widget the keyboard focus in an active window, so that its shortcuts work.
bool focus(QWidget *widget)
{
    widget->window()->activateWindow();
    widget->setFocus();
    return QTest::qWaitFor([widget] { return QApplication::focusWidget() == widget; }, kTimeoutMs);
}

// The rows of a result table as text, cell by cell.
QList<QStringList> tableTexts(const QAbstractItemModel *model)
{
    QList<QStringList> rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells.append(model->index(r, c).data().toString());
        rows.append(cells);
    }
    return rows;
}

QString fieldCaption(const char *dataset, const char *field)
{
    return reports::caption(reports::findField(*reports::findDataset(QString::fromLatin1(dataset)),
                                               QString::fromLatin1(field))->caption);
}

// Selects the dataset's field in the designer's list with the arrow keys.
void selectField(ReportsDesigner *designer, const char *key)
{
    QListWidget *fields = designer->fieldsList();
    QVERIFY(focus(fields));
    QTest::keyClick(fields, Qt::Key_Home);
    for (int i = 0; i < fields->count() && fields->currentItem()->data(ReportsFieldList::KeyRole)
                                               != QLatin1String(key); ++i)
        QTest::keyClick(fields, Qt::Key_Down);
    QCOMPARE(designer->fieldsList()->currentKey(), QLatin1String(key));
}

QStringList zoneTexts(ReportsDesigner *designer, Zone zone)
{
    QStringList texts;
    for (int i = 0; i < designer->zone(zone)->count(); ++i)
        texts.append(designer->zone(zone)->item(i)->text());
    return texts;
}
} // namespace

class TestClientReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void standardReportWithParameter();
    void exportsXlsxAndPdf();
    void designerFromTheKeyboard();
    void savedSharedAndSeenByATeacher();
    void deleteAndUndo();
    void staleSaveIsAConflict();

private:
    ReportsPage *openPage(GuiClient &client);

    TestServer m_server;
    paperschool::School m_school;
    QTemporaryDir m_out;
    GuiClient m_deputy;
    GuiClient m_teacher;
    ReportsPage *m_page = nullptr;
    QString m_savedName;
};

void TestClientReports::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(paperschool::build(m_server, &m_school));
    QVERIFY(installTranslations(UiLanguage::Russian));
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    m_deputy.signIn(m_server, QStringLiteral("zavuch"), paperschool::kPassword);
    m_page = openPage(m_deputy);
    QVERIFY(m_page);
    new QAbstractItemModelTester(m_page->result()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(m_page->designer()->preview()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

ReportsPage *TestClientReports::openPage(GuiClient &client)
{
    MainWindow *window = client.window();
    if (!navigationTitles(window).contains(Areas::title(Area::Reports)))
        return nullptr;
    window->showArea(Area::Reports);
    auto *page = qobject_cast<ReportsPage *>(window->page(Area::Reports));
    if (page && !QTest::qWaitFor([page] { return page->isLoaded(); }, kTimeoutMs))
        return nullptr;
    return page;
}

void TestClientReports::standardReportWithParameter()
{
    const reports::Template *report = reports::findTemplate(u"successQuality");
    QVERIFY(m_page->list()->names(ReportsList::Group::Standard).contains(reports::caption(report->name)));
    QVERIFY(m_page->list()->select(QStringLiteral("t:successQuality")));
    QVERIFY(focus(m_page->list()->tree()));
    QTest::keyClick(m_page->list()->tree(), Qt::Key_Return);

    ReportsParamsDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_page->findChild<ReportsParamsDialog *>()) && dialog->isVisible(), kTimeoutMs);
    auto *period = qobject_cast<QComboBox *>(dialog->editor(QStringLiteral("period"))->editor());
    QVERIFY(period);
    period->setCurrentIndex(period->findText(QStringLiteral("1 четверть")));
    QVERIFY(period->currentIndex() >= 0);
    auto *classBox = qobject_cast<QComboBox *>(dialog->editor(QStringLiteral("class"))->editor());
    QCOMPARE(classBox->currentText(), ReportsOperandEditor::tr("any"));  // optional: may stay «любой»
    QVERIFY(focus(period));
    QTest::keyClick(period, Qt::Key_Return);

    ReportsResultModel *model = m_page->result()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, kTimeoutMs);  // 5А maths, 5А Russian, 6А maths, total
    const reports::Result &result = model->result();
    QCOMPARE(result.columns.size(), 6);
    const auto cell = [&](int column, const QVariant &value) {
        return reports::cellText(result.columns.at(column), value);
    };
    // Final marks of the first quarter: 5А maths 5 and 3, Russian 4; 6А maths 4.
    const QList<QStringList> rows = tableTexts(model);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("5А"), QStringLiteral("Математика"), cell(2, 100.0),
                                      cell(3, 50.0), cell(4, 4.0), cell(5, qint64(2))}));
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("5А"), QStringLiteral("Русский язык"), cell(2, 100.0),
                                      cell(3, 100.0), cell(4, 4.0), cell(5, qint64(1))}));
    QCOMPARE(rows.at(2).mid(0, 2), (QStringList{QStringLiteral("6А"), QStringLiteral("Математика")}));
    QCOMPARE(rows.at(3), (QStringList{ReportsResultModel::tr("Total"), QString(), cell(2, 100.0),
                                      cell(3, 75.0), cell(4, 4.0), cell(5, qint64(4))}));
    QVERIFY(model->index(3, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model->index(0, 3).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    QVERIFY(model->index(0, 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignLeft);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), reports::columnCaption(result, result.columns.at(0)));
    QCOMPARE(m_page->result()->rowsLabel()->text(), ReportsResultPanel::tr("%n row(s)", nullptr, 3));
    QVERIFY(m_page->result()->chart()->hasChart());  // the template asks for bars

    // Run again: the dialog remembers the period chosen last time.
    QVERIFY(focus(m_page->list()->tree()));
    QTest::keyClick(m_page->list()->tree(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_page->findChild<ReportsParamsDialog *>()) && dialog->isVisible(), kTimeoutMs);
    period = qobject_cast<QComboBox *>(dialog->editor(QStringLiteral("period"))->editor());
    QCOMPARE(period->currentText(), QStringLiteral("1 четверть"));
    classBox = qobject_cast<QComboBox *>(dialog->editor(QStringLiteral("class"))->editor());
    classBox->setCurrentIndex(classBox->findText(QStringLiteral("6А")));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, kTimeoutMs);  // 6А maths, total
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("6А"));
}

void TestClientReports::exportsXlsxAndPdf()
{
    ReportsResultPanel *panel = m_page->result();
    QVERIFY(panel->hasResult());
    const QString title = reports::caption(reports::findTemplate(u"successQuality")->name);
    QVERIFY(panel->suggestedFileName().startsWith(title));
    QVERIFY(panel->suggestedFileName().contains(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"))));

    const QString xlsx = m_out.filePath(QStringLiteral("report.xlsx"));
    QString error;
    QVERIFY2(panel->exportTo(ReportsResultPanel::Format::Xlsx, xlsx, &error), qPrintable(error));
    QFile book(xlsx);
    QVERIFY(book.open(QIODevice::ReadOnly));
    QVERIFY(book.size() > 1000);
    QCOMPARE(book.read(2), QByteArray("PK"));  // a zip, as every XLSX is

    const QString pdf = m_out.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(panel->exportTo(ReportsResultPanel::Format::Pdf, pdf, &error), qPrintable(error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(content.contains(title.simplified()), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral("6А")), qPrintable(content));

    const QString csv = m_out.filePath(QStringLiteral("report.csv"));
    QVERIFY2(panel->exportTo(ReportsResultPanel::Format::CsvWindows1251, csv, &error), qPrintable(error));
    QVERIFY(QFileInfo(csv).size() > 0);
}

void TestClientReports::designerFromTheKeyboard()
{
    QVERIFY(focus(m_page->list()->tree()));
    QTest::keyClick(m_page->list()->tree(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_page->isDesigning());
    ReportsDesigner *designer = m_page->designer();
    QCOMPARE(designer->datasetBox()->currentData().toString(), QStringLiteral("marks"));

    // Only rows: the designer says what is missing instead of a preview.
    selectField(designer, "student");
    QTest::keyClick(designer->fieldsList(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(zoneTexts(designer, Zone::Rows), QStringList{fieldCaption("marks", "student")});
    QTRY_VERIFY_WITH_TIMEOUT(!designer->message()->text().isEmpty(), kTimeoutMs);
    QCOMPARE(designer->preview()->model()->rowCount(), 0);

    // The mark as a value: its average, and the preview of every student with marks.
    selectField(designer, "value");
    const int before = designer->previewsShown();
    QTest::keyClick(designer->fieldsList(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(zoneTexts(designer, Zone::Values).size(), 1);
    QComboBox *aggregate = designer->itemEditor()->aggregateBox();
    QCOMPARE(aggregate->currentText(), reports::aggregateCaption(reports::Aggregate::Avg));
    QTRY_VERIFY_WITH_TIMEOUT(designer->previewsShown() > before, kTimeoutMs);
    ReportsResultModel *preview = designer->preview()->model();
    QCOMPARE(preview->rowCount(), 1);  // only Алексеев has marks: 5, 4, 3 in maths, 4 in Russian
    QCOMPARE(preview->index(0, 0).data().toString(), QStringLiteral("Алексеев Иван Петрович"));
    QCOMPARE(preview->index(0, 1).data().toString(),
             reports::cellText(preview->result().columns.at(1), 4.0));

    // Count instead of the average: the preview follows.
    QVERIFY(focus(aggregate));
    QTest::keyClick(aggregate, Qt::Key_Home);
    QCOMPARE(aggregate->currentText(), reports::aggregateCaption(reports::Aggregate::Count));
    QTRY_COMPARE_WITH_TIMEOUT(preview->index(0, 1).data().toString(),
                              reports::cellText(preview->result().columns.at(1), qint64(4)), kTimeoutMs);
    const int avg = aggregate->findText(reports::aggregateCaption(reports::Aggregate::Avg));
    for (int i = 0; i < avg; ++i)
        QTest::keyClick(aggregate, Qt::Key_Down);
    QCOMPARE(aggregate->currentText(), reports::aggregateCaption(reports::Aggregate::Avg));

    // A filter on the subject asked when the report runs; the preview runs with the first
    // subject (Английский язык: no marks), then with mathematics chosen.
    selectField(designer, "subject");
    QTest::keyClick(designer->fieldsList(), Qt::Key_4, Qt::ControlModifier);
    QVERIFY(designer->itemEditor()->askBox()->isChecked());
    QCOMPARE(designer->definition().params().size(), 1);
    QCOMPARE(designer->definition().params().first().field, QStringLiteral("subject"));
    QTRY_COMPARE_WITH_TIMEOUT(preview->rowCount(), 0, kTimeoutMs);
    QCOMPARE(designer->message()->text(), QString());
    auto *paramsButton = designer->findChild<QPushButton *>(QStringLiteral("designerParams"));
    QVERIFY(paramsButton->isVisible());
    paramsButton->click();
    ReportsParamsDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = designer->findChild<ReportsParamsDialog *>()) && dialog->isVisible(), kTimeoutMs);
    auto *subject = qobject_cast<QComboBox *>(dialog->editor(QStringLiteral("subject"))->editor());
    subject->setCurrentIndex(subject->findText(QStringLiteral("Математика")));
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(preview->rowCount(), 1, kTimeoutMs);
    QCOMPARE(preview->index(0, 1).data().toString(), reports::cellText(preview->result().columns.at(1), 4.0));

    // A pie chart and a totals row.
    QVERIFY(focus(designer->chartBox()));
    QTest::keyClick(designer->chartBox(), Qt::Key_End);
    QCOMPARE(designer->definition().chart, reports::ChartType::Pie);
    designer->totalsBox()->setFocus();
    QTest::keyClick(designer->totalsBox(), Qt::Key_Space);
    QVERIFY(designer->definition().totals);
    QTRY_COMPARE_WITH_TIMEOUT(preview->rowCount(), 2, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(designer->preview()->chart()->hasChart(), kTimeoutMs);
}

void TestClientReports::savedSharedAndSeenByATeacher()
{
    ReportsDesigner *designer = m_page->designer();
    QVERIFY(m_page->isDesigning());
    QVERIFY(focus(designer->fieldsList()));
    QTest::keyClick(designer->fieldsList(), Qt::Key_S, Qt::ControlModifier);
    ReportsSaveDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = designer->findChild<ReportsSaveDialog *>()) && dialog->isVisible(), kTimeoutMs);
    m_savedName = QStringLiteral("Marks by student");
    QVERIFY(focus(dialog->nameEdit()));
    QTest::keyClicks(dialog->nameEdit(), m_savedName);
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(designer->savedState().id > 0, kTimeoutMs);
    QVERIFY(!designer->isModified());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->list()->names(ReportsList::Group::Mine).contains(m_savedName), kTimeoutMs);

    QVERIFY(designer->shareButton()->isVisible());
    designer->shareButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(designer->savedState().shared, kTimeoutMs);
    QVERIFY(designer->shareButton()->isChecked());

    designer->findChild<QPushButton *>(QStringLiteral("designerClose"))->click();
    QVERIFY(!m_page->isDesigning());
    QVERIFY(m_page->list()->current().has_value());
    QCOMPARE(m_page->list()->current()->name, m_savedName);

    // A teacher sees it under «Shared» and runs it, asked for the subject.
    m_teacher.signIn(m_server, QStringLiteral("petrova"), paperschool::kPassword);
    ReportsPage *page = openPage(m_teacher);
    QVERIFY(page);
    QVERIFY(page->list()->names(ReportsList::Group::Shared).contains(m_savedName));
    QVERIFY(!page->list()->names(ReportsList::Group::Mine).contains(m_savedName));
    QVERIFY(page->list()->select(QStringLiteral("r:%1").arg(designer->savedState().id)));
    QCOMPARE(page->editButton()->text(), ReportsPage::tr("&Edit a copy"));
    QVERIFY(page->shareButton()->isHidden());  // teachers may not share (the school's share roles)
    QVERIFY(!page->deleteButton()->isEnabled());
    page->runSelected();
    ReportsParamsDialog *params = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((params = page->findChild<ReportsParamsDialog *>()) && params->isVisible(), kTimeoutMs);
    auto *subject = qobject_cast<QComboBox *>(params->editor(QStringLiteral("subject"))->editor());
    subject->setCurrentIndex(subject->findText(QStringLiteral("Математика")));
    params->accept();
    QTRY_VERIFY_WITH_TIMEOUT(page->result()->hasResult(), kTimeoutMs);
    QCOMPARE(page->result()->model()->index(0, 0).data().toString(), QStringLiteral("Алексеев Иван Петрович"));
}

void TestClientReports::deleteAndUndo()
{
    const QString key = QStringLiteral("r:%1").arg(m_page->designer()->savedState().id);
    QVERIFY(m_page->list()->select(key));
    QVERIFY(focus(m_page->list()->tree()));
    QTest::keyClick(m_page->list()->tree(), Qt::Key_Delete);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = m_page->findChild<QMessageBox *>(QStringLiteral("confirmDeleteReport"))), kTimeoutMs);
    confirm->defaultButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->list()->names(ReportsList::Group::Mine).contains(m_savedName), kTimeoutMs);
    QCOMPARE(m_page->message()->text(), ReportsPage::tr("The report «%1» is deleted.").arg(m_savedName));

    auto *undo = m_page->findChild<QPushButton *>(QStringLiteral("undoDelete"));
    QVERIFY(undo->isVisible());
    undo->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->list()->names(ReportsList::Group::Mine).contains(m_savedName), kTimeoutMs);
    QVERIFY(m_page->list()->current().has_value());
    QCOMPARE(m_page->list()->current()->name, m_savedName);
    QVERIFY(!undo->isVisible());
}

void TestClientReports::staleSaveIsAConflict()
{
    // The deputy edits her report while the same report is saved from elsewhere meanwhile.
    QVERIFY(focus(m_page->list()->tree()));
    QTest::keyClick(m_page->list()->tree(), Qt::Key_F2);
    ReportsDesigner *designer = m_page->designer();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isDesigning(), kTimeoutMs);
    QCOMPARE(designer->savedState().name, m_savedName);
    const qint64 id = designer->savedState().id;

    TestClient other;
    QVERIFY(other.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(other.login(QStringLiteral("zavuch"), paperschool::kPassword).kind, Envelope::Kind::Result);
    const Envelope saved = other.call(QStringLiteral("reports.save"),
                                      {{QStringLiteral("id"), id}, {QStringLiteral("name"), m_savedName},
                                       {QStringLiteral("definition"), designer->definition().toCbor()},
                                       {QStringLiteral("expectedVersion"), designer->savedState().version}});
    QCOMPARE(saved.kind, Envelope::Kind::Result);

    designer->saveReport(false);
    ReportsSaveDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = designer->findChild<ReportsSaveDialog *>()) && dialog->isVisible(), kTimeoutMs);
    dialog->accept();
    auto *message = dialog->findChild<InlineMessage *>();
    QTRY_VERIFY_WITH_TIMEOUT(message->isError(), kTimeoutMs);
    QCOMPARE(message->text(), ReportsDesigner::tr("Someone saved a newer version of this report after you opened "
                                                  "it. Save your work as a copy, or go back to the reports and "
                                                  "open it again to see their changes."));
    QVERIFY(dialog->isVisible());  // nothing typed is lost
    dialog->reject();
}

QTEST_MAIN(TestClientReports)
#include "tst_client_reports.moc"

// The «Учебный год» page against a real server, as a deputy types into it: a year created
// through the dialog, quarters with the server's default dates, a holiday and an overlapping
// one refused in the still-open dialog, bells of shift 1 saved and read back, a lesson's
// problem shown on its row, a subject archived and brought back with Undo; a teacher sees
// everything read-only. Every model of the page is checked with QAbstractItemModelTester.
#include "tst_client_helpers.h"

#include "inlinemessage.h"
#include "recordstable.h"
#include "structurearchivetab.h"
#include "structurebellsmodel.h"
#include "structurebellstab.h"
#include "structuredialogs.h"
#include "structureholidaystab.h"
#include "structurepage.h"
#include "structureschemedialog.h"
#include "structureschemesmodel.h"
#include "structureyearstab.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QTreeView>

using namespace clienttest;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

// Types a date into a date field the way a user does: into the day, then the digits; the
// field moves on to the month and the year by itself.
void typeDate(QDateEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(edit, QString(text).remove(QLatin1Char('.')));
}

// Replaces a line's text by typing (Cyrillic too, which QTest::keyClicks cannot send).
void typeText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    for (const QChar ch : text) {
        QTest::sendKeyEvent(QTest::Press, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

// Presses a key in a widget of the page as the user does: its window active, the widget focused
// (the page's shortcuts work on the focused part of the page).
void pressKey(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    widget->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(widget->window()));
    widget->setFocus();
    QTest::keyClick(widget, key, modifiers);
}

// A page of a signed-in client, shown as a window of its own.
struct OpenPage
{
    GuiClient client;
    std::unique_ptr<StructurePage> page;

    OpenPage(const TestServer &server, const QString &login)
    {
        client.signIn(server, login, kPassword);
        page = std::make_unique<StructurePage>(client.connection());
        page->resize(1200, 760);
        page->show();
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        page->activate();
    }
};

int rowNamed(const RecordsModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->record(row).value(QStringLiteral("name")).toString() == name)
            return row;
    return -1;
}

QStringList periodRow(const StructureSchemesModel *model, const QModelIndex &scheme, int row)
{
    QStringList out;
    for (int column = 0; column < StructureSchemesModel::ColumnCount; ++column)
        out.append(model->index(row, column, scheme).data().toString());
    return out;
}
} // namespace

class TestClientStructure : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void yearCreatedByTyping();
    void quartersWithDefaultDates();
    void holidaysAndOverlap();
    void bellsSavedAndReadBack();
    void subjectArchivedAndUndone();
    void teacherSeesReadOnly();

private:
    void chooseYear(StructurePage *page, const QString &name);

    TestServer m_server;
};

void TestClientStructure::initTestCase()
{
    QVERIFY(installTranslations(UiLanguage::Russian));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("deputy1"), kPassword, {QStringLiteral("deputy")}, false,
                                QStringLiteral("Смирнова Ольга Петровна")) > 0);
    QVERIFY(m_server.createUser(QStringLiteral("teacher1"), kPassword, {QStringLiteral("teacher")},
                                false, QStringLiteral("Иванов Иван Иванович")) > 0);
}

void TestClientStructure::chooseYear(StructurePage *page, const QString &name)
{
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(page->yearsModel(), name) >= 0, kTimeoutMs);
    StructureYearsList *years = page->yearsTab()->years();
    years->table()->selectId(page->yearsModel()->record(rowNamed(page->yearsModel(), name)).value(QStringLiteral("id")));
    QTRY_COMPARE(page->year().value(QStringLiteral("name")).toString(), name);
}

void TestClientStructure::yearCreatedByTyping()
{
    OpenPage open(m_server, QStringLiteral("deputy1"));
    StructurePage *page = open.page.get();
    QAbstractItemModelTester tester(page->yearsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    StructureYearsList *years = page->yearsTab()->years();
    QTRY_VERIFY_WITH_TIMEOUT(!page->yearsModel()->isLoading(), kTimeoutMs);
    QVERIFY(years->newButton()->isVisible());
    QCOMPARE(years->newButton()->text(), QStringLiteral("&Новый год…"));

    QTest::mouseClick(years->newButton(), Qt::LeftButton);
    auto *dialog = qobject_cast<StructureYearDialog *>(years->dialog());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    typeText(dialog->nameEdit(), QStringLiteral("2030/2031"));
    typeDate(dialog->startEdit(), QStringLiteral("01.09.2030"));
    typeDate(dialog->endEdit(), QStringLiteral("31.05.2031"));
    QCOMPARE(dialog->startEdit()->date(), QDate(2030, 9, 1));
    QCOMPARE(dialog->endEdit()->date(), QDate(2031, 5, 31));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!years->dialog(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(page->yearsModel(), QStringLiteral("2030/2031")) >= 0, kTimeoutMs);
    const int row = rowNamed(page->yearsModel(), QStringLiteral("2030/2031"));
    QCOMPARE(page->yearsModel()->index(row, 1).data().toString(), QStringLiteral("01.09.2030"));
    QCOMPARE(page->yearsModel()->index(row, 3).data().toString(), QStringLiteral("планируется"));
    QTRY_COMPARE(page->year().value(QStringLiteral("name")).toString(), QStringLiteral("2030/2031"));
    QCOMPARE(page->yearBox()->currentText(), QStringLiteral("2030/2031"));
    QVERIFY(years->notice()->text().contains(QStringLiteral("2030/2031")));

    // The same name again: the server's message next to the name, the dialog still open.
    pressKey(years->table()->view(), Qt::Key_Insert);
    dialog = qobject_cast<StructureYearDialog *>(years->dialog());
    QVERIFY(dialog);
    typeText(dialog->nameEdit(), QStringLiteral("2030/2031"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("name")).isEmpty(), kTimeoutMs);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->message()->isError());
    dialog->reject();
}

void TestClientStructure::quartersWithDefaultDates()
{
    OpenPage open(m_server, QStringLiteral("deputy1"));
    StructurePage *page = open.page.get();
    chooseYear(page, QStringLiteral("2030/2031"));
    StructureYearsTab *tab = page->yearsTab();
    QAbstractItemModelTester tester(tab->schemes(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTest::mouseClick(tab->newSchemeButton(), Qt::LeftButton);
    StructureSchemeDialog *dialog = tab->schemeDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->kindBox()->currentText(), QStringLiteral("четверти"));
    QCOMPARE(dialog->periodCount(), 0);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    // Created with the server's calendar; the dialog stays open with the dates to check.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->periodCount(), 4, kTimeoutMs);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->periodStart(1)->date(), QDate(2030, 11, 5));
    QTRY_COMPARE_WITH_TIMEOUT(tab->schemes()->schemeCount(), 1, kTimeoutMs);
    const QModelIndex scheme = tab->schemes()->index(0, 0);
    QCOMPARE(scheme.data().toString(), QStringLiteral("Четверти"));
    QCOMPARE(tab->schemes()->rowCount(scheme), 4);
    QCOMPARE(periodRow(tab->schemes(), scheme, 0),
             (QStringList{QStringLiteral("1 четверть"), QStringLiteral("01.09.2030"), QStringLiteral("24.10.2030"), {}}));
    QCOMPARE(periodRow(tab->schemes(), scheme, 1),
             (QStringList{QStringLiteral("2 четверть"), QStringLiteral("05.11.2030"), QStringLiteral("28.12.2030"), {}}));
    QCOMPARE(periodRow(tab->schemes(), scheme, 2),
             (QStringList{QStringLiteral("3 четверть"), QStringLiteral("12.01.2031"), QStringLiteral("20.03.2031"), {}}));
    QCOMPARE(periodRow(tab->schemes(), scheme, 3),
             (QStringList{QStringLiteral("4 четверть"), QStringLiteral("30.03.2031"), QStringLiteral("31.05.2031"), {}}));

    // A date that breaks the order is shown on its period; a good one is saved.
    typeDate(dialog->periodStart(1), QStringLiteral("20.10.2030"));
    QCOMPARE(dialog->periodStart(1)->date(), QDate(2030, 10, 20));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("periods[1]")).isEmpty(), kTimeoutMs);
    QVERIFY2(dialog->fieldError(QStringLiteral("periods[1]")).contains(QStringLiteral("1 четверть")),
             qPrintable(dialog->fieldError(QStringLiteral("periods[1]"))));
    typeDate(dialog->periodStart(1), QStringLiteral("06.11.2030"));
    QCOMPARE(dialog->periodStart(1)->date(), QDate(2030, 11, 6));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->schemeDialog(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(periodRow(tab->schemes(), tab->schemes()->index(0, 0), 1).value(1),
                              QStringLiteral("06.11.2030"), kTimeoutMs);
}

void TestClientStructure::holidaysAndOverlap()
{
    OpenPage open(m_server, QStringLiteral("deputy1"));
    StructurePage *page = open.page.get();
    chooseYear(page, QStringLiteral("2030/2031"));
    StructureHolidaysTab *tab = page->holidaysTab();
    page->tabs()->setCurrentWidget(tab);
    RecordsModel *model = tab->table()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), kTimeoutMs);

    QTest::mouseClick(tab->newButton(), Qt::LeftButton);
    auto *dialog = qobject_cast<StructureHolidayDialog *>(tab->dialog());
    QVERIFY(dialog);
    typeText(dialog->nameEdit(), QStringLiteral("Осенние каникулы"));
    typeDate(dialog->startEdit(), QStringLiteral("25.10.2030"));
    typeDate(dialog->endEdit(), QStringLiteral("04.11.2030"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, QStringLiteral("Осенние каникулы")) >= 0, kTimeoutMs);
    int row = rowNamed(model, QStringLiteral("Осенние каникулы"));
    QCOMPARE(model->index(row, 1).data().toString(), QStringLiteral("25.10.2030"));
    QCOMPARE(model->index(row, 2).data().toString(), QStringLiteral("04.11.2030"));
    QCOMPARE(model->index(row, 3).data().toString(), QStringLiteral("11"));
    QCOMPARE(model->index(row, 4).data().toString(), QStringLiteral("все классы"));
    QCOMPARE(tab->table()->currentRecord().value(QStringLiteral("name")).toString(),
             QStringLiteral("Осенние каникулы"));

    // An overlapping one for the first grades: the server's message in the open dialog.
    pressKey(tab->table()->view(), Qt::Key_Insert);
    dialog = qobject_cast<StructureHolidayDialog *>(tab->dialog());
    QVERIFY(dialog);
    typeText(dialog->nameEdit(), QStringLiteral("Дополнительные"));
    typeDate(dialog->startEdit(), QStringLiteral("01.11.2030"));
    typeDate(dialog->endEdit(), QStringLiteral("08.11.2030"));
    dialog->gradeBox(1)->setChecked(true);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->message()->isVisible(), kTimeoutMs);
    const QString message = dialog->message()->text();
    QVERIFY2(message.contains(QStringLiteral("«Осенние каникулы» (25.10.2030 – 04.11.2030)")), qPrintable(message));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->fieldError(QStringLiteral("startsOn")).isEmpty());
    QVERIFY(!dialog->fieldError(QStringLiteral("endsOn")).isEmpty());
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Дополнительные"));

    // Moved after the autumn holidays it is accepted, for the first grades only.
    typeDate(dialog->startEdit(), QStringLiteral("10.02.2031"));
    typeDate(dialog->endEdit(), QStringLiteral("16.02.2031"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, QStringLiteral("Дополнительные")) >= 0, kTimeoutMs);
    QCOMPARE(model->index(rowNamed(model, QStringLiteral("Дополнительные")), 4).data().toString(),
             QStringLiteral("1 классы"));

    // Delete with confirmation, then Undo brings it back.
    tab->table()->selectId(model->record(rowNamed(model, QStringLiteral("Дополнительные"))).value(QStringLiteral("id")));
    pressKey(tab->table()->view(), Qt::Key_Delete);
    QTRY_VERIFY(tab->confirmation() && tab->confirmation()->isVisible());
    QTest::keyClick(tab->confirmation(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, QStringLiteral("Дополнительные")) < 0 && !model->isLoading(), kTimeoutMs);
    QVERIFY(tab->undoButton()->isVisible());
    QTest::mouseClick(tab->undoButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, QStringLiteral("Дополнительные")) >= 0, kTimeoutMs);
    QCOMPARE(model->index(rowNamed(model, QStringLiteral("Дополнительные")), 4).data().toString(),
             QStringLiteral("1 классы"));
}

void TestClientStructure::bellsSavedAndReadBack()
{
    QCborArray saved;
    {
        OpenPage open(m_server, QStringLiteral("deputy1"));
        StructurePage *page = open.page.get();
        chooseYear(page, QStringLiteral("2030/2031"));
        StructureBellsTab *tab = page->bellsTab();
        page->tabs()->setCurrentWidget(tab);
        StructureBellsModel *model = tab->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading(), kTimeoutMs);
        QVERIFY(tab->shiftButton(1)->isChecked());
        QCOMPARE(model->rowCount(), 0);

        // Three lessons added with Insert, the second one's end typed in the grid.
        for (int i = 0; i < 3; ++i)
            pressKey(tab->view(), Qt::Key_Insert);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(1, StructureBellsModel::StartColumn).data().toString(), QStringLiteral("09:25"));
        const QModelIndex end = model->index(1, StructureBellsModel::EndColumn);
        tab->view()->setCurrentIndex(end);
        tab->view()->edit(end);
        auto *editor = tab->view()->findChild<QTimeEdit *>();
        QVERIFY(editor);
        editor->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(editor, QStringLiteral("1025"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(end.data().toString(), QStringLiteral("10:25"));
        // It now runs into lesson 3, which the row says at once.
        QVERIFY(!model->problem(2).isEmpty());
        QCOMPARE(model->index(2, StructureBellsModel::BreakColumn).data().toString(), QString());

        // Saved anyway: the server's problem with lessons[2] lands on row 2.
        QTest::mouseClick(tab->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tab->notice()->isError(), kTimeoutMs);
        QCOMPARE(model->problem(2), QStringLiteral("Начинается раньше, чем заканчивается урок 2."));
        QVERIFY(model->problem(0).isEmpty() && model->problem(1).isEmpty());
        QCOMPARE(tab->view()->currentIndex().row(), 2);

        model->setData(model->index(1, StructureBellsModel::EndColumn), QTime(10, 10));
        QVERIFY(!model->hasProblems());
        pressKey(tab->view(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->notice()->isError() && tab->notice()->isVisible(), kTimeoutMs);
        QVERIFY(!model->isDirty(1));
        saved = model->lessons();
    }

    // A fresh page reads them back from the server.
    OpenPage open(m_server, QStringLiteral("deputy1"));
    chooseYear(open.page.get(), QStringLiteral("2030/2031"));
    StructureBellsModel *model = open.page->bellsTab()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, kTimeoutMs);
    QCOMPARE(model->lessons(), saved);
    QCOMPARE(model->index(1, StructureBellsModel::EndColumn).data().toString(), QStringLiteral("10:10"));
    QCOMPARE(model->index(2, StructureBellsModel::BreakColumn).data().toString(), QStringLiteral("10 мин"));
    // Shift 2 has none.
    QTest::mouseClick(open.page->bellsTab()->shiftButton(2), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
}

void TestClientStructure::subjectArchivedAndUndone()
{
    OpenPage open(m_server, QStringLiteral("deputy1"));
    StructureArchiveTab *tab = open.page->subjectsTab();
    open.page->tabs()->setCurrentWidget(tab);
    RecordsModel *model = tab->table()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTest::mouseClick(tab->newButton(), Qt::LeftButton);
    auto *dialog = qobject_cast<StructureSubjectDialog *>(tab->dialog());
    QVERIFY(dialog);
    typeText(dialog->nameEdit(), QStringLiteral("Астрономия"));
    typeText(dialog->shortNameEdit(), QStringLiteral("Астр."));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, QStringLiteral("Астрономия")) >= 0, kTimeoutMs);
    QCOMPARE(model->index(rowNamed(model, QStringLiteral("Астрономия")), 2).data().toString(),
             QStringLiteral("федеральный (ФК)"));
    QCOMPARE(tab->table()->currentRecord().value(QStringLiteral("name")).toString(), QStringLiteral("Астрономия"));

    QCOMPARE(tab->removeButton()->text(), QStringLiteral("В &архив"));
    pressKey(tab->table()->view(), Qt::Key_Delete);
    QTRY_VERIFY(tab->confirmation() && tab->confirmation()->isVisible());
    QTest::keyClick(tab->confirmation(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, QStringLiteral("Астрономия")) < 0 && !model->isLoading(), kTimeoutMs);
    QVERIFY(tab->notice()->text().contains(QStringLiteral("Астрономия")));

    // Shown among the archived ones, then brought back with Undo.
    tab->showArchived()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, QStringLiteral("Астрономия")) >= 0, kTimeoutMs);
    QCOMPARE(model->index(rowNamed(model, QStringLiteral("Астрономия")), 3).data().toString(),
             QStringLiteral("в архиве"));
    QVERIFY(tab->undoButton()->isVisible());
    QTest::mouseClick(tab->undoButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(rowNamed(model, QStringLiteral("Астрономия")), 3).data().toString(),
                              QString(), kTimeoutMs);
    tab->showArchived()->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && rowNamed(model, QStringLiteral("Астрономия")) >= 0, kTimeoutMs);
}

void TestClientStructure::teacherSeesReadOnly()
{
    OpenPage open(m_server, QStringLiteral("teacher1"));
    StructurePage *page = open.page.get();
    chooseYear(page, QStringLiteral("2030/2031"));
    StructureYearsTab *years = page->yearsTab();
    QTRY_COMPARE_WITH_TIMEOUT(years->schemes()->schemeCount(), 1, kTimeoutMs);
    QVERIFY(!years->years()->newButton()->isVisible());
    QVERIFY(!years->years()->editButton()->isVisible());
    QVERIFY(!years->years()->activateButton()->isVisible());
    QVERIFY(!years->years()->closeButton()->isVisible());
    QVERIFY(!years->newSchemeButton()->isVisible());
    QVERIFY(!years->editSchemeButton()->isVisible());
    pressKey(years->years()->table()->view(), Qt::Key_Insert);
    QVERIFY(!years->years()->dialog());

    page->tabs()->setCurrentWidget(page->holidaysTab());
    QTRY_VERIFY_WITH_TIMEOUT(page->holidaysTab()->table()->model()->rowCount() >= 1, kTimeoutMs);
    QVERIFY(!page->holidaysTab()->newButton()->isVisible());
    QVERIFY(!page->holidaysTab()->editButton()->isVisible());
    QVERIFY(!page->holidaysTab()->removeButton()->isVisible());

    page->tabs()->setCurrentWidget(page->bellsTab());
    QTRY_COMPARE_WITH_TIMEOUT(page->bellsTab()->model()->rowCount(), 3, kTimeoutMs);
    QVERIFY(!page->bellsTab()->addButton()->isVisible());
    QVERIFY(!page->bellsTab()->saveButton()->isVisible());
    QVERIFY(!(page->bellsTab()->model()->flags(page->bellsTab()->model()->index(0, 1)) & Qt::ItemIsEditable));

    for (StructureArchiveTab *tab : {page->subjectsTab(), page->roomsTab()}) {
        page->tabs()->setCurrentWidget(tab);
        QVERIFY(!tab->newButton()->isVisible());
        QVERIFY(!tab->editButton()->isVisible());
        QVERIFY(!tab->removeButton()->isVisible());
        QVERIFY(tab->showArchived()->isVisible());
    }
}

QTEST_MAIN(TestClientStructure)
#include "tst_client_structure.moc"

// The curriculum page against a real server: the deputy types hours into the plan grid (saved
// at once, refused over the legal maximum with the numbers, cleared with Delete), copies a plan
// to a parallel class, fixes a coverage gap through the load form (and undoes a deletion);
// a teacher only reads. Every model is checked with QAbstractItemModelTester.
#include "tst_client_helpers.h"

#include "curriculumcopydialog.h"
#include "curriculumcoveragetab.h"
#include "curriculumgrid.h"
#include "curriculumloaddialog.h"
#include "curriculumloadtab.h"
#include "curriculumpage.h"
#include "curriculumplanmodel.h"
#include "curriculumplantab.h"
#include "inlinemessage.h"
#include "recordstable.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QMessageBox>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

using namespace clienttest;

namespace {
const QString kPassword = QStringLiteral("Parol2026");
const QString kFederal = QStringLiteral("federal");

QString coverageStatus(const RecordsModel *model, const QString &className, const QString &subject)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QCborMap record = model->record(row);
        if (record.value(QLatin1String("className")).toString() == className
            && record.value(QLatin1String("subjectName")).toString() == subject)
            return record.value(QLatin1String("status")).toString();
    }
    return {};
}
} // namespace

class TestClientCurriculum : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void deputyTypesHoursIntoTheGrid();
    void overMaximumIsRefusedAndReverts();
    void copyPlanToParallelClass();
    void loadDialogFixesCoverage();
    void deleteLoadAndUndo();
    void teacherSeesNoEditing();
    void screenshots();

private:
    // The page of a signed-in user, shown and loaded, with model testers attached.
    std::unique_ptr<CurriculumPage> openPage(GuiClient &client, const QString &login);
    void waitLoaded(CurriculumPage *page);
    QVariant value(const QString &sql) { return m_db->value(sql); }
    void sql(const QString &statement);
    QModelIndex cell(CurriculumPage *page, const QString &subject, const QString &className);

    TestServer m_server;
    std::unique_ptr<TestConnection> m_db;
    QHash<QString, qint64> m_classes;
    QHash<QString, qint64> m_subjects;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestClientCurriculum::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

void TestClientCurriculum::initTestCase()
{
    QVERIFY(installTranslations(UiLanguage::Russian));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    const qint64 deputy = m_server.createUser(QStringLiteral("deputy"), kPassword,
                                              {QStringLiteral("deputy")}, false,
                                              QStringLiteral("Завучева Ольга Ивановна"));
    const qint64 teacher = m_server.createUser(QStringLiteral("teacher"), kPassword,
                                               {QStringLiteral("teacher")}, false,
                                               QStringLiteral("Иванова Мария Петровна"));
    QVERIFY(deputy > 0 && teacher > 0);
    const QString s = value(QStringLiteral("SELECT id FROM school")).toString();
    sql(QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, '2026/2027', '2026-09-01', '2027-05-31', 'active')").arg(s));
    const QString year = value(QStringLiteral("SELECT id FROM academic_year")).toString();
    sql(QStringLiteral("INSERT INTO subject (school_id, name, short_name, component) VALUES"
                       " (%1, 'Русский язык', 'Рус. яз.', 'federal'),"
                       " (%1, 'Математика', 'Матем.', 'federal'),"
                       " (%1, 'Литература', 'Лит.', 'federal'),"
                       " (%1, 'Информатика', 'Информ.', 'school')").arg(s));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter)"
                       " SELECT %1, %2, g, l FROM (VALUES (1, 'А'), (5, 'А'), (5, 'Б'), (5, 'В'))"
                       " AS v(g, l)").arg(s, year));
    sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, middle_name, user_id)"
                       " VALUES (%1, 'Иванова', 'Мария', 'Петровна', %2),"
                       "        (%1, 'Петров', 'Олег', 'Иванович', NULL),"
                       "        (%1, 'Завучева', 'Ольга', 'Ивановна', %3)")
            .arg(s).arg(teacher).arg(deputy));
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT grade || letter, id FROM class_unit")));
    while (q.next())
        m_classes.insert(q.value(0).toString(), q.value(1).toLongLong());
    QVERIFY(q.exec(QStringLiteral("SELECT name, id FROM subject")));
    while (q.next())
        m_subjects.insert(q.value(0).toString(), q.value(1).toLongLong());
    // 1А is one hour short of its maximum (21): Русский язык 20.
    sql(QStringLiteral("INSERT INTO curriculum (school_id, class_id, subject_id, part, hours_per_week)"
                       " VALUES (%1, %2, %3, 'federal', 20), (%1, %4, %3, 'federal', 5)")
            .arg(s).arg(m_classes.value(QStringLiteral("1А")))
            .arg(m_subjects.value(QStringLiteral("Русский язык")))
            .arg(m_classes.value(QStringLiteral("5А"))));
}

std::unique_ptr<CurriculumPage> TestClientCurriculum::openPage(GuiClient &client,
                                                               const QString &login)
{
    client.signIn(m_server, login, kPassword);
    auto page = std::make_unique<CurriculumPage>(client.connection());
    m_testers.clear();
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(page->planTab()->model(), mode));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        page->loadTab()->table()->model(), mode));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(page->coverageTab()->model(), mode));
    page->resize(1200, 760);
    page->show();
    page->activate();
    waitLoaded(page.get());
    return page;
}

void TestClientCurriculum::waitLoaded(CurriculumPage *page)
{
    QTRY_VERIFY_WITH_TIMEOUT(page->planTab()->model()->rowCount() > 0
                                 && !page->planTab()->isLoading()
                                 && !page->loadTab()->isLoading()
                                 && !page->coverageTab()->isLoading(),
                             kTimeoutMs);
}

QModelIndex TestClientCurriculum::cell(CurriculumPage *page, const QString &subject,
                                       const QString &className)
{
    CurriculumPlanModel *model = page->planTab()->model();
    return model->index(model->rowOf(m_subjects.value(subject), kFederal),
                        model->columnOf(m_classes.value(className)));
}

void TestClientCurriculum::deputyTypesHoursIntoTheGrid()
{
    GuiClient deputy;
    auto page = openPage(deputy, QStringLiteral("deputy"));
    CurriculumGrid *grid = page->planTab()->grid();
    QVERIFY(page->planTab()->copyButton()->isVisible());
    const QString hours = QStringLiteral("SELECT hours_per_week FROM curriculum WHERE class_id = %1"
                                         " AND subject_id = %2 AND part = 'federal'");
    const qint64 a = m_classes.value(QStringLiteral("5А"));
    const qint64 math = m_subjects.value(QStringLiteral("Математика"));

    // Typing in a cell edits it; Return saves and goes down.
    const QModelIndex mathA = cell(page.get(), QStringLiteral("Математика"), QStringLiteral("5А"));
    QVERIFY(mathA.isValid());
    grid->setFocus();
    grid->setCurrentIndex(mathA);
    QTest::keyClick(grid, Qt::Key_4);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(",5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(mathA.data().toString(), QStringLiteral("4,5"));
    QTRY_COMPARE(grid->currentIndex().row(), mathA.row() + 1);
    QTRY_COMPARE_WITH_TIMEOUT(value(hours.arg(a).arg(math)).toDouble(), 4.5, kTimeoutMs);
    QTRY_VERIFY(!mathA.data(CurriculumPlanModel::PendingRole).toBool());
    const QModelIndex totals = page->planTab()->model()->index(
        page->planTab()->model()->rowCount() - 1, mathA.column());
    QCOMPARE(totals.data().toString(), QStringLiteral("9,5 / 29"));

    // Esc cancels a change being typed.
    grid->setCurrentIndex(mathA);
    QTest::keyClick(grid, Qt::Key_7);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!grid->findChild<QLineEdit *>(QStringLiteral("hoursEditor")));
    QCOMPARE(mathA.data().toString(), QStringLiteral("4,5"));

    // Arrows move, and a second number goes to the cell below.
    QTest::keyClick(grid, Qt::Key_Down);
    const QModelIndex below = grid->currentIndex();
    QCOMPARE(below.row(), mathA.row() + 1);
    QTest::keyClick(grid, Qt::Key_3);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(below.data().toString(), QStringLiteral("3"));

    // Delete clears a cell: the row is gone on the server.
    grid->setCurrentIndex(mathA);
    QTest::keyClick(grid, Qt::Key_Delete);
    QCOMPARE(mathA.data().toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT count(*) FROM curriculum WHERE"
                                                   " class_id = %1 AND subject_id = %2")
                                        .arg(a).arg(math)).toInt(),
                              0, kTimeoutMs);
    // Put it back for the tests that follow.
    grid->setCurrentIndex(mathA);
    QTest::keyClick(grid, Qt::Key_5);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
    QTRY_COMPARE_WITH_TIMEOUT(value(hours.arg(a).arg(math)).toDouble(), 5.0, kTimeoutMs);
}

void TestClientCurriculum::overMaximumIsRefusedAndReverts()
{
    GuiClient deputy;
    auto page = openPage(deputy, QStringLiteral("deputy"));
    CurriculumGrid *grid = page->planTab()->grid();
    const QModelIndex mathA = cell(page.get(), QStringLiteral("Математика"), QStringLiteral("1А"));
    grid->setFocus();
    grid->setCurrentIndex(mathA);
    QTest::keyClick(grid, Qt::Key_3);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The cell shows the hours at once, marked as being saved, then goes back when refused.
    QTRY_VERIFY(mathA.data(CurriculumPlanModel::PendingRole).toBool());
    QCOMPARE(mathA.data().toString(), QStringLiteral("3"));
    InlineMessage *message = page->planTab()->message();
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kTimeoutMs);
    QVERIFY(message->isError());
    QVERIFY2(message->text().contains(QStringLiteral("1А")) && message->text().contains(QStringLiteral("23"))
                 && message->text().contains(QStringLiteral("21")),
             qPrintable(message->text()));
    QCOMPARE(mathA.data().toString(), QString());
    QVERIFY(!mathA.data(CurriculumPlanModel::PendingRole).toBool());
    QCOMPARE(grid->currentIndex(), mathA);  // back on the refused cell
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM curriculum WHERE class_id = %1")
                       .arg(m_classes.value(QStringLiteral("1А")))).toInt(), 1);

    // One hour fits.
    QTest::keyClick(grid, Qt::Key_1);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!message->isVisible(), kTimeoutMs);
    QCOMPARE(mathA.data().toString(), QStringLiteral("1"));
    const QModelIndex totals = mathA.sibling(page->planTab()->model()->rowCount() - 1, mathA.column());
    QCOMPARE(totals.data().toString(), QStringLiteral("21 / 21"));
}

void TestClientCurriculum::copyPlanToParallelClass()
{
    GuiClient deputy;
    auto page = openPage(deputy, QStringLiteral("deputy"));
    CurriculumPlanTab *tab = page->planTab();
    tab->grid()->setCurrentIndex(cell(page.get(), QStringLiteral("Математика"), QStringLiteral("5А")));
    QTest::mouseClick(tab->copyButton(), Qt::LeftButton);
    QTRY_VERIFY(tab->copyDialog() && tab->copyDialog()->isVisible());
    CurriculumCopyDialog *dialog = tab->copyDialog();
    QCOMPARE(dialog->sourceCombo()->currentText(), QStringLiteral("5А"));
    // The parallel classes are proposed; 5В is left out.
    QListWidget *targets = dialog->targetList();
    QStringList checked;
    for (int i = 0; i < targets->count(); ++i)
        if (targets->item(i)->checkState() == Qt::Checked)
            checked.append(targets->item(i)->text());
    QCOMPARE(checked, (QStringList{QStringLiteral("5Б"), QStringLiteral("5В")}));
    targets->findItems(QStringLiteral("5В"), Qt::MatchExactly).first()->setCheckState(Qt::Unchecked);
    QTest::mouseClick(dialog->replaceButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->copyDialog(), kTimeoutMs);

    const QString plan = QStringLiteral("SELECT string_agg(subject_id || part || hours_per_week, ','"
                                        " ORDER BY subject_id, part) FROM curriculum WHERE class_id = %1");
    QCOMPARE(value(plan.arg(m_classes.value(QStringLiteral("5Б")))).toString(),
             value(plan.arg(m_classes.value(QStringLiteral("5А")))).toString());
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM curriculum WHERE class_id = %1")
                       .arg(m_classes.value(QStringLiteral("5В")))).toInt(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(cell(page.get(), QStringLiteral("Математика"), QStringLiteral("5Б"))
                                  .data().toString(),
                              QStringLiteral("5"), kTimeoutMs);
    QVERIFY(tab->message()->isVisible() && !tab->message()->isError());
}

void TestClientCurriculum::loadDialogFixesCoverage()
{
    GuiClient deputy;
    auto page = openPage(deputy, QStringLiteral("deputy"));
    page->tabs()->setCurrentWidget(page->coverageTab());
    CurriculumCoverageTab *coverage = page->coverageTab();
    QCOMPARE(coverageStatus(coverage->model(), QStringLiteral("5А"), QStringLiteral("Математика")),
             QStringLiteral("unassigned"));
    coverage->problemsOnly()->setChecked(true);
    for (int row = 0; row < coverage->model()->rowCount(); ++row)
        QVERIFY(coverage->model()->record(row).value(QLatin1String("status")).toString() != QLatin1String("ok"));

    // Return (or a double click) on the problem opens the load form, filled in.
    const QString key = QStringLiteral("%1/%2").arg(m_classes.value(QStringLiteral("5А")))
                            .arg(m_subjects.value(QStringLiteral("Математика")));
    coverage->table()->selectId(key, QStringLiteral("key"));
    QTest::keyClick(coverage->table()->view(), Qt::Key_Return);
    CurriculumLoadTab *loadTab = page->loadTab();
    QTRY_VERIFY(loadTab->dialog() && loadTab->dialog()->isVisible());
    CurriculumLoadDialog *dialog = loadTab->dialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), kTimeoutMs);
    QCOMPARE(dialog->subjectCombo()->currentText(), QStringLiteral("Математика"));
    QVERIFY(dialog->classRadio()->isChecked());
    QCOMPARE(dialog->classCombo()->currentText(), QStringLiteral("5А"));
    QCOMPARE(dialog->hoursSpin()->value(), 5.0);
    QCOMPARE(dialog->teacherCombo()->currentIndex(), -1);

    // Without a teacher the form says so next to the field and stays open.
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->problemLabel(QStringLiteral("staffId"))->isVisible());
    QVERIFY(dialog->isVisible());

    dialog->teacherCombo()->setCurrentIndex(
        dialog->teacherCombo()->findText(QStringLiteral("Петров Олег Иванович")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!loadTab->dialog(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(coverageStatus(coverage->model(), QStringLiteral("5А"),
                                             QStringLiteral("Математика")),
                              QString(), kTimeoutMs);  // gone from the problems
    coverage->problemsOnly()->setChecked(false);
    QCOMPARE(coverageStatus(coverage->model(), QStringLiteral("5А"), QStringLiteral("Математика")),
             QStringLiteral("ok"));
    QCOMPARE(value(QStringLiteral("SELECT hours_per_week FROM assignment a JOIN staff s ON s.id ="
                                  " a.staff_id WHERE s.last_name = 'Петров'")).toDouble(), 5.0);

    // The load list shows it, with the teacher's total in the filter.
    QTRY_VERIFY(loadTab->teacherFilter()->findText(QStringLiteral("Петров О. И. — 5 h")) >= 0
                || loadTab->teacherFilter()->findText(QStringLiteral("Петров О. И. — 5 ч")) >= 0);
    QCOMPARE(loadTab->table()->model()->rowCount(), 1);
    QVERIFY(!loadTab->message()->isHidden() && !loadTab->undoButton()->isHidden());

    // A duplicate is refused with the problem next to the teacher.
    loadTab->createEntry({{QStringLiteral("subjectId"), m_subjects.value(QStringLiteral("Математика"))},
                          {QStringLiteral("classId"), m_classes.value(QStringLiteral("5А"))}});
    QTRY_VERIFY(loadTab->dialog() && loadTab->dialog()->isReady());
    dialog = loadTab->dialog();
    dialog->teacherCombo()->setCurrentIndex(
        dialog->teacherCombo()->findText(QStringLiteral("Петров Олег Иванович")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->message()->isVisible(), kTimeoutMs);
    QVERIFY(dialog->problemLabel(QStringLiteral("staffId"))->isVisible());
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestClientCurriculum::deleteLoadAndUndo()
{
    GuiClient deputy;
    auto page = openPage(deputy, QStringLiteral("deputy"));
    page->tabs()->setCurrentWidget(page->loadTab());
    CurriculumLoadTab *loadTab = page->loadTab();
    QTRY_COMPARE(loadTab->table()->model()->rowCount(), 1);
    loadTab->table()->view()->setFocus();
    loadTab->table()->view()->selectRow(0);
    QTest::keyClick(loadTab->table()->view(), Qt::Key_Delete);
    QTRY_VERIFY(loadTab->confirmation() && loadTab->confirmation()->isVisible());
    QTest::keyClick(loadTab->confirmation(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT count(*) FROM assignment")).toInt(), 0,
                              kTimeoutMs);
    QTRY_COMPARE(loadTab->table()->model()->rowCount(), 0);
    QVERIFY(loadTab->undoButton()->isVisible());
    QTest::mouseClick(loadTab->undoButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loadTab->table()->model()->rowCount(), 1, kTimeoutMs);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM assignment")).toInt(), 1);
    QVERIFY(!loadTab->undoButton()->isVisible());
}

void TestClientCurriculum::teacherSeesNoEditing()
{
    GuiClient teacher;
    auto page = openPage(teacher, QStringLiteral("teacher"));
    // Every staff member finds the page in the navigation.
    QVERIFY(qobject_cast<CurriculumPage *>(teacher.window()->page(Area::Curriculum)));
    QVERIFY(!page->canEdit());
    QVERIFY(!page->planTab()->copyButton()->isVisible());
    QVERIFY(!page->loadTab()->newButton()->isVisible());
    QVERIFY(!page->loadTab()->editButton()->isVisible());
    QVERIFY(!page->loadTab()->deleteButton()->isVisible());
    const QModelIndex mathA = cell(page.get(), QStringLiteral("Математика"), QStringLiteral("5А"));
    QVERIFY(!(mathA.flags() & Qt::ItemIsEditable));
    CurriculumGrid *grid = page->planTab()->grid();
    grid->setFocus();
    grid->setCurrentIndex(mathA);
    QTest::keyClick(grid, Qt::Key_9);
    QTest::keyClick(grid, Qt::Key_Delete);
    QVERIFY(!grid->findChild<QLineEdit *>(QStringLiteral("hoursEditor")));
    QCOMPARE(mathA.data().toString(), QStringLiteral("5"));
    // The teacher sees the load but opens no form.
    page->tabs()->setCurrentWidget(page->loadTab());
    QTRY_COMPARE(page->loadTab()->table()->model()->rowCount(), 1);
    page->loadTab()->table()->view()->selectRow(0);
    QTest::keyClick(page->loadTab()->table()->view(), Qt::Key_Return);
    QTest::keyClick(page->loadTab()->table()->view(), Qt::Key_Insert);
    QVERIFY(!page->loadTab()->dialog());
}

// With CURRICULUM_SHOTS=<dir> the tabs are saved as PNGs. CURRICULUM_QM names a .qm to load
// first; CURRICULUM_DEMO="<port> <fingerprint> <login> <password>" uses a running demo server
// on this computer instead of the test data.
void TestClientCurriculum::screenshots()
{
    const QString dir = qEnvironmentVariable("CURRICULUM_SHOTS");
    if (dir.isEmpty())
        QSKIP("set CURRICULUM_SHOTS to a directory to save screenshots");
    QTranslator translator;
    if (translator.load(qEnvironmentVariable("CURRICULUM_QM")))
        QCoreApplication::installTranslator(&translator);
    GuiClient deputy;
    std::unique_ptr<CurriculumPage> page;
    const QStringList demo = qEnvironmentVariable("CURRICULUM_DEMO").split(QLatin1Char(' '));
    if (demo.size() == 4) {
        const quint16 port = demo.at(0).toUShort();
        deputy.app.trustStore()->pin(kHost, port, demo.at(1));
        deputy.typeCredentials(port, demo.at(2), demo.at(3));
        QTRY_VERIFY_WITH_TIMEOUT(deputy.window() && deputy.window()->isVisible(), kTimeoutMs);
        page = std::make_unique<CurriculumPage>(deputy.connection());
        page->resize(1280, 800);
        page->show();
        page->activate();
        waitLoaded(page.get());
    } else {
        page = openPage(deputy, QStringLiteral("deputy"));
    }
    const QStringList names{QStringLiteral("plan"), QStringLiteral("load"),
                            QStringLiteral("coverage")};
    page->loadTab()->teacherFilter()->setCurrentIndex(1);
    for (int i = 0; i < page->tabs()->count(); ++i) {
        page->tabs()->setCurrentIndex(i);
        QTest::qWait(300);
        QVERIFY(page->grab().save(QStringLiteral("%1/%2.png").arg(dir, names.at(i))));
    }
    page->tabs()->setCurrentWidget(page->coverageTab());
    page->coverageTab()->problemsOnly()->setChecked(true);
    if (page->coverageTab()->model()->rowCount() == 0)
        return;  // nothing to fix
    page->coverageTab()->table()->view()->setFocus();
    page->coverageTab()->table()->view()->selectRow(0);
    QTest::keyClick(page->coverageTab()->table()->view(), Qt::Key_Return);
    QTRY_VERIFY(page->loadTab()->dialog() && page->loadTab()->dialog()->isReady());
    QTest::qWait(200);
    QVERIFY(page->loadTab()->dialog()->grab().save(dir + QStringLiteral("/dialog.png")));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestClientCurriculum)
#include "tst_client_curriculum.moc"

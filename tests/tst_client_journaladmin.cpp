// The journal settings page against a real server: the deputy changes the weight of a kind of
// work in its form and the correction window, archives a kind and undoes it; a scale change
// that would leave marks off the scale is refused with the server's reason; the deputy
// approves a late correction (shown with н and the marks) and it leaves the list; a teacher
// has no journal settings, an administrator has them without the corrections register.
// Models checked with QAbstractItemModelTester.
#include "tst_client_helpers.h"

#include "inlinemessage.h"
#include "journaladmincorrections.h"
#include "journaladminpage.h"
#include "journaladminscales.h"
#include "journaladminsharing.h"
#include "journaladmintext.h"
#include "journaladminworktypes.h"
#include "plantext.h"
#include "recordstable.h"
#include "roletext.h"
#include "testclient.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCborArray>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace clienttest;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

// Gives the widget the keyboard focus in an active window, so that its shortcuts work.
bool focus(QWidget *widget)
{
    widget->activateWindow();
    widget->setFocus();
    return QTest::qWaitFor([widget] { return QApplication::focusWidget() == widget; }, kTimeoutMs);
}
} // namespace

class TestClientJournalAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void teacherHasNoJournalSettings();
    void deputyChangesWeightAndArchives();
    void deputyChangesCorrectionWindow();
    void scaleChangeRefusedWithReason();
    void deputyApprovesLateCorrection();
    void adminSeesNoCorrections();
    void deputyDecidesWhoSharesReports();

private:
    void sql(const QString &statement);
    JournalAdminPage *openPage(GuiClient &client);
    QCborMap workType(const QString &shortName);

    TestServer m_server;
    TestClient m_deputy;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
};

void TestClientJournalAdmin::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

void TestClientJournalAdmin::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    m_school = m_db->value(QStringLiteral("SELECT id FROM school")).toLongLong();
    const QString s = QString::number(m_school);
    const QDate start = QDate::currentDate().addDays(-100);
    sql(QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, 'Текущий', '%2', '%3', 'active')")
            .arg(s, start.toString(Qt::ISODate), start.addDays(270).toString(Qt::ISODate)));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter)"
                       " SELECT %1, id, 5, 'А' FROM academic_year").arg(s));
    sql(QStringLiteral("INSERT INTO subject (school_id, name, short_name) VALUES"
                       " (%1, 'Математика', 'Мат.'), (%1, 'Музыка', 'Муз.')").arg(s));
    for (const auto &[login, last, role] : {std::tuple{"ivanova", "Иванова", "teacher"},
                                            std::tuple{"zavuch", "Завучева", "deputy"}}) {
        const qint64 user = m_server.createUser(QLatin1String(login), kPassword, {QLatin1String(role)});
        sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, user_id)"
                           " VALUES (%1, '%2', 'Анна', %3)").arg(s, QString::fromUtf8(last)).arg(user));
    }
    m_server.createUser(QStringLiteral("admin2"), kPassword, {QStringLiteral("admin")});
    sql(QStringLiteral("INSERT INTO assignment (school_id, staff_id, subject_id, class_id, hours_per_week)"
                       " SELECT %1, st.id, su.id, c.id, 5 FROM class_unit c, staff st, subject su"
                       " WHERE st.last_name = 'Иванова' AND su.name = 'Математика'").arg(s));
    sql(QStringLiteral("INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no, teacher_id)"
                       " SELECT school_id, id, '%1', 2, staff_id FROM assignment")
            .arg(start.addDays(10).toString(Qt::ISODate)));
    sql(QStringLiteral("INSERT INTO student (school_id, last_name, first_name) VALUES (%1, 'Алексеев', 'Иван')").arg(s));
    // A 4 and a 5 in mathematics this year: the pass/fail scale would leave them off.
    sql(QStringLiteral("INSERT INTO journal_cell (school_id, lesson_id, student_id)"
                       " SELECT %1, l.id, s.id FROM lesson l, student s").arg(s));
    sql(QStringLiteral("INSERT INTO mark (school_id, lesson_id, student_id, position, value, work_type_id)"
                       " SELECT %1, l.id, s.id, p, v, (SELECT min(id) FROM work_type)"
                       " FROM lesson l, student s, (VALUES (1, '4'), (2, '5')) m(p, v)").arg(s));
    QVERIFY(m_deputy.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_deputy.login(QStringLiteral("zavuch"), kPassword).kind, ejournal::Envelope::Kind::Result);
}

JournalAdminPage *TestClientJournalAdmin::openPage(GuiClient &client)
{
    client.window()->showArea(Area::JournalAdmin);
    return qobject_cast<JournalAdminPage *>(client.window()->page(Area::JournalAdmin));
}

QCborMap TestClientJournalAdmin::workType(const QString &shortName)
{
    for (const QCborValue &row : m_deputy.call(QStringLiteral("workTypes.list")).result.toArray())
        if (row.toMap().value(QStringLiteral("shortName")).toString() == shortName)
            return row.toMap();
    return {};
}

void TestClientJournalAdmin::teacherHasNoJournalSettings()
{
    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("ivanova"), kPassword);
    const QStringList titles = navigationTitles(teacher.window());
    QVERIFY(!titles.contains(Areas::title(Area::JournalAdmin)));
    QVERIFY(titles.contains(Areas::title(Area::Plan)));
    QVERIFY(!teacher.window()->page(Area::JournalAdmin));
}

void TestClientJournalAdmin::deputyChangesWeightAndArchives()
{
    GuiClient deputy;
    deputy.signIn(m_server, QStringLiteral("zavuch"), kPassword);
    JournalAdminPage *page = openPage(deputy);
    QVERIFY(page);
    JournalAdminWorkTypes *tab = page->workTypesTab();
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() >= 13, kTimeoutMs);

    const QCborMap independent = workType(QStringLiteral("СР"));
    QVERIFY(!independent.isEmpty());
    QTableView *view = tab->table()->view();
    QVERIFY(focus(view));
    tab->table()->selectId(independent.value(QStringLiteral("id")));
    QTest::keyClick(view, Qt::Key_Return);
    WorkTypeDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = tab->findChild<WorkTypeDialog *>()) && dialog->isVisible(), kTimeoutMs);
    QCOMPARE(dialog->weightEdit()->value(), 1.5);
    dialog->weightEdit()->setValue(2.5);
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(workType(QStringLiteral("СР")).value(QStringLiteral("weight")).toDouble(), 2.5,
                              kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->table()->currentRecord().value(QStringLiteral("weight")).toDouble(), 2.5,
                              kTimeoutMs);

    // A short name another kind has: the problem appears under the field, the dialog stays.
    QVERIFY(focus(view));
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY_WITH_TIMEOUT((dialog = tab->findChild<WorkTypeDialog *>()) && dialog->isVisible(), kTimeoutMs);
    dialog->shortNameEdit()->setText(QStringLiteral("КР"));
    QTest::keyClick(dialog->shortNameEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->problem(QStringLiteral("shortName")).isEmpty(), kTimeoutMs);
    QVERIFY(dialog->isVisible());
    dialog->reject();

    // Delete archives (after confirmation); Undo brings it back.
    QVERIFY(focus(view));
    QTest::keyClick(view, Qt::Key_Delete);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = tab->findChild<QMessageBox *>()) && confirm->isVisible(), kTimeoutMs);
    confirm->defaultButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(workType(QStringLiteral("СР")).value(QStringLiteral("archived")).toBool(), kTimeoutMs);
    QTRY_VERIFY(tab->undoButton()->isVisible());
    tab->undoButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!workType(QStringLiteral("СР")).value(QStringLiteral("archived")).toBool(), kTimeoutMs);

    // Ctrl+Down moves it one place down.
    QTRY_VERIFY_WITH_TIMEOUT(!tab->model()->isLoading(), kTimeoutMs);
    const qint64 ordinal = workType(QStringLiteral("СР")).value(QStringLiteral("ordinal")).toInteger();
    tab->table()->selectId(independent.value(QStringLiteral("id")));
    QVERIFY(focus(view));
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(workType(QStringLiteral("СР")).value(QStringLiteral("ordinal")).toInteger(),
                              ordinal + 1, kTimeoutMs);
}

void TestClientJournalAdmin::deputyChangesCorrectionWindow()
{
    GuiClient deputy;
    deputy.signIn(m_server, QStringLiteral("zavuch"), kPassword);
    JournalAdminPage *page = openPage(deputy);
    QVERIFY(page);
    JournalAdminWindow *tab = page->windowTab();
    page->tabs()->setCurrentWidget(tab);
    QTRY_COMPARE_WITH_TIMEOUT(tab->daysEdit()->value(), 7, kTimeoutMs);
    tab->daysEdit()->setValue(10);
    tab->saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_deputy.call(QStringLiteral("journalSettings.get")).result.toMap()
                                  .value(QStringLiteral("correctionDays")).toInteger(), 10, kTimeoutMs);
    QVERIFY(!tab->message()->isError());
}

void TestClientJournalAdmin::scaleChangeRefusedWithReason()
{
    GuiClient deputy;
    deputy.signIn(m_server, QStringLiteral("zavuch"), kPassword);
    JournalAdminPage *page = openPage(deputy);
    QVERIFY(page);
    JournalAdminScales *tab = page->scalesTab();
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->tabs()->setCurrentWidget(tab);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 2, kTimeoutMs);
    const QCborMap maths = tab->model()->record(0);
    QCOMPARE(maths.value(QStringLiteral("subjectName")).toString(), QStringLiteral("Математика"));
    tab->table()->selectId(maths.value(QStringLiteral("subjectId")), QStringLiteral("subjectId"));
    tab->scaleCombo()->setCurrentIndex(tab->scaleCombo()->findData(QStringLiteral("pass")));
    tab->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(tab->message()->isError(), kTimeoutMs);
    QVERIFY2(tab->message()->text().contains(PlanText::tr("%n mark(s)", nullptr, 2)), qPrintable(tab->message()->text()));
    QCOMPARE(tab->scaleCombo()->currentData().toString(), QStringLiteral("five"));

    // Music has no marks: it may become pass/fail.
    const QCborMap music = tab->model()->record(1);
    tab->table()->selectId(music.value(QStringLiteral("subjectId")), QStringLiteral("subjectId"));
    tab->scaleCombo()->setCurrentIndex(tab->scaleCombo()->findData(QStringLiteral("pass")));
    tab->applyButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->record(1).value(QStringLiteral("scale")).toString(),
                              QStringLiteral("pass"), kTimeoutMs);
    QCOMPARE(tab->model()->index(1, 1).data().toString(), JournalAdminText::scaleName(QStringLiteral("pass")));
}

void TestClientJournalAdmin::deputyApprovesLateCorrection()
{
    const QString s = QString::number(m_school);
    sql(QStringLiteral(
        "INSERT INTO journal_correction (school_id, assignment_id, what, lesson_id, student_id, before, after,"
        " reason, made_by) SELECT %1, l.assignment_id, 'cell', l.id, s.id,"
        " jsonb_build_object('attendance', '', 'lateMinutes', 0, 'marks',"
        "  jsonb_build_array(jsonb_build_object('value', '4', 'workTypeId', (SELECT min(id) FROM work_type), 'comment', ''))),"
        " '{\"attendance\": \"absent\", \"lateMinutes\": 0, \"marks\": []}',"
        " 'Был на олимпиаде', (SELECT id FROM app_user WHERE login = 'ivanova') FROM lesson l, student s").arg(s));
    GuiClient deputy;
    deputy.signIn(m_server, QStringLiteral("zavuch"), kPassword);
    JournalAdminPage *page = openPage(deputy);
    QVERIFY(page);
    JournalAdminCorrections *tab = page->correctionsTab();
    QVERIFY(tab);
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->tabs()->setCurrentWidget(tab);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, kTimeoutMs);
    const auto column = [tab](const QString &key) {
        for (int c = 0; c < tab->model()->columnCount(); ++c)
            if (tab->model()->headerData(c, Qt::Horizontal).toString()
                == JournalAdminCorrections::tr(key.toUtf8().constData()))
                return c;
        return -1;
    };
    const QString before = tab->model()->index(0, column(QStringLiteral("Before"))).data().toString();
    QVERIFY2(before.startsWith(QStringLiteral("4 (")), qPrintable(before));
    QCOMPARE(tab->model()->index(0, column(QStringLiteral("After"))).data().toString(), QStringLiteral("н"));
    QCOMPARE(tab->model()->index(0, column(QStringLiteral("Reason"))).data().toString(),
             QStringLiteral("Был на олимпиаде"));
    QVERIFY(!tab->approveButton()->isEnabled());

    QTableView *view = tab->table()->view();
    QVERIFY(focus(view));
    view->selectRow(0);
    QTRY_VERIFY(tab->approveButton()->isEnabled());
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 0, kTimeoutMs);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM journal_correction WHERE reviewed_at IS NOT NULL")).toInt(), 1);

    // It is among the approved ones.
    tab->reviewedCombo()->setCurrentIndex(1);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, kTimeoutMs);
    QVERIFY(!tab->approveButton()->isVisibleTo(tab));
}

void TestClientJournalAdmin::adminSeesNoCorrections()
{
    GuiClient admin;
    admin.signIn(m_server, QStringLiteral("admin2"), kPassword);
    QVERIFY(navigationTitles(admin.window()).contains(Areas::title(Area::JournalAdmin)));
    JournalAdminPage *page = openPage(admin);
    QVERIFY(page);
    QVERIFY(!page->correctionsTab());
    QVERIFY(page->sharingTab());  // the administrator decides who shares reports, too
    QCOMPARE(page->tabs()->count(), 4);
}

void TestClientJournalAdmin::deputyDecidesWhoSharesReports()
{
    GuiClient deputy;
    deputy.signIn(m_server, QStringLiteral("zavuch"), kPassword);
    JournalAdminPage *page = openPage(deputy);
    QVERIFY(page);
    JournalAdminSharing *tab = page->sharingTab();
    QVERIFY(tab);
    page->tabs()->setCurrentWidget(tab);
    // By default the deputy and the director share; teachers do not.
    QTRY_VERIFY_WITH_TIMEOUT(tab->roleBox(ejournal::Role::Deputy)->isChecked(), kTimeoutMs);
    QVERIFY(tab->roleBox(ejournal::Role::Director)->isChecked());
    QVERIFY(!tab->roleBox(ejournal::Role::Teacher)->isChecked());
    QCOMPARE(tab->roleBox(ejournal::Role::Teacher)->text(), RoleText::name(ejournal::Role::Teacher));
    tab->roleBox(ejournal::Role::Teacher)->setChecked(true);
    tab->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_deputy.call(QStringLiteral("reports.settings")).result.toMap()
                                 .value(QStringLiteral("shareRoles")).toArray()
                                 .contains(QCborValue(QStringLiteral("teacher"))), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->message()->text().isEmpty(), kTimeoutMs);
    QVERIFY(!tab->message()->isError());
}

QTEST_MAIN(TestClientJournalAdmin)
#include "tst_client_journaladmin.moc"

// The lesson plans page against a real server: a teacher adds, edits (in a form and in
// place), moves and deletes КТП topics from the keyboard, with undo, and the server has
// them; a CSV file with a broken row shows the row's problem and imports nothing, a good one
// imports; plan versus fact shows a held topic as done; a change made by another client
// appears by itself; a director sees the plan read-only. Models checked with
// QAbstractItemModelTester.
#include "tst_client_helpers.h"

#include "inlinemessage.h"
#include "planfacttab.h"
#include "planimportdialog.h"
#include "planitemdialog.h"
#include "planitemstab.h"
#include "planmodels.h"
#include "planpage.h"
#include "plantext.h"
#include "recordstable.h"
#include "testclient.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>

using namespace clienttest;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Types text as a keyboard with that layout would (QTest::keyClicks takes ASCII only).
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, c.isDigit() ? Qt::Key_0 + c.digitValue() : Qt::Key_unknown,
                        Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, press.key(), Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

// Gives the widget the keyboard focus in an active window, so that its shortcuts work.
bool focus(QWidget *widget)
{
    widget->activateWindow();
    widget->setFocus();
    return QTest::qWaitFor([widget] { return QApplication::focusWidget() == widget; }, kTimeoutMs);
}

template<typename T>
T *openDialogOf(QWidget *parent)
{
    T *found = nullptr;
    const auto visible = [&] {
        for (T *dialog : parent->findChildren<T *>())
            if (dialog->isVisible())
                found = dialog;
        return found != nullptr;
    };
    if (!QTest::qWaitFor(visible, kTimeoutMs))
        return nullptr;
    return found;
}
} // namespace

class TestClientPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void teacherEditsPlanFromKeyboard();
    void importShowsBrokenRowsThenImports();
    void planVersusFactShowsDoneTopic();
    void otherClientsChangeAppears();
    void directorSeesPlanReadOnly();

private:
    void sql(const QString &statement);
    PlanPage *openPage(GuiClient &client, const QString &subject);
    QStringList serverTopics(qint64 load);

    TestServer m_server;
    TestClient m_ivanova;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
    qint64 m_maths = 0;
    qint64 m_russian = 0;
    QTemporaryDir m_files;
};

void TestClientPlan::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

void TestClientPlan::initTestCase()
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
            .arg(s, iso(start), iso(start.addDays(270))));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter)"
                       " SELECT %1, id, 5, 'А' FROM academic_year").arg(s));
    sql(QStringLiteral("INSERT INTO subject (school_id, name, short_name) VALUES"
                       " (%1, 'Математика', 'Мат.'), (%1, 'Русский язык', 'Рус.')").arg(s));
    for (const auto &[login, last, role] : {std::tuple{"ivanova", "Иванова", "teacher"},
                                            std::tuple{"director", "Директорова", "director"}}) {
        const qint64 user = m_server.createUser(QLatin1String(login), kPassword, {QLatin1String(role)});
        sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, user_id)"
                           " VALUES (%1, '%2', 'Анна', %3)").arg(s, QString::fromUtf8(last)).arg(user));
    }
    sql(QStringLiteral("INSERT INTO assignment (school_id, staff_id, subject_id, class_id, hours_per_week)"
                       " SELECT %1, st.id, su.id, c.id, 3 FROM class_unit c, subject su, staff st"
                       " WHERE st.last_name = 'Иванова'").arg(s));
    m_maths = m_db->value(QStringLiteral("SELECT a.id FROM assignment a JOIN subject su ON su.id = a.subject_id"
                                         " WHERE su.name = 'Математика'")).toLongLong();
    m_russian = m_db->value(QStringLiteral("SELECT a.id FROM assignment a JOIN subject su ON su.id = a.subject_id"
                                           " WHERE su.name = 'Русский язык'")).toLongLong();
    QVERIFY(m_maths > 0 && m_russian > 0);
    sql(QStringLiteral("INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no, teacher_id)"
                       " SELECT a.school_id, a.id, d::date, 2, a.staff_id FROM assignment a,"
                       "  generate_series('%1'::date, '%2'::date, interval '3 days') d")
            .arg(iso(start), iso(start.addDays(270))));
    QVERIFY(m_ivanova.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_ivanova.login(QStringLiteral("ivanova"), kPassword).kind, ejournal::Envelope::Kind::Result);
    QVERIFY(m_files.isValid());
}

PlanPage *TestClientPlan::openPage(GuiClient &client, const QString &subject)
{
    if (!navigationTitles(client.window()).contains(Areas::title(Area::Plan)))
        return nullptr;
    client.window()->showArea(Area::Plan);
    auto *page = qobject_cast<PlanPage *>(client.window()->page(Area::Plan));
    if (!page || !QTest::qWaitFor([page] { return page->loadCombo()->count() == 2; }, kTimeoutMs))
        return nullptr;
    const int index = page->loadCombo()->findText(subject, Qt::MatchContains);
    page->loadCombo()->setCurrentIndex(index);
    PlanItemsModel *model = page->itemsTab()->model();
    if (!QTest::qWaitFor([model] { return !model->isLoading(); }, kTimeoutMs))
        return nullptr;
    return page;
}

QStringList TestClientPlan::serverTopics(qint64 load)
{
    QStringList topics;
    const QCborArray rows = m_ivanova.call(QStringLiteral("plan.list"),
                                           {{QStringLiteral("assignmentId"), load}}).result.toArray();
    for (const QCborValue &row : rows)
        topics.append(row.toMap().value(QStringLiteral("topic")).toString());
    return topics;
}

void TestClientPlan::teacherEditsPlanFromKeyboard()
{
    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("ivanova"), kPassword);
    PlanPage *page = openPage(teacher, QStringLiteral("Математика"));
    QVERIFY(page);
    PlanItemsTab *tab = page->itemsTab();
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView *view = tab->table()->view();
    QVERIFY(!page->readOnlyLabel()->isVisibleTo(page));

    // Insert with an empty topic: the problem shows under the field, the dialog stays.
    QVERIFY(focus(view));
    QTest::keyClick(view, Qt::Key_Insert);
    PlanItemDialog *dialog = openDialogOf<PlanItemDialog>(tab);
    QVERIFY(dialog);
    QTest::keyClick(dialog->topicEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->problem(QStringLiteral("topic")).isEmpty());

    // Three topics, each after the current one.
    const QStringList topics{QStringLiteral("Натуральные числа"), QStringLiteral("Сложение"),
                             QStringLiteral("Вычитание")};
    for (int i = 0; i < topics.size(); ++i) {
        if (i > 0) {
            QTest::keyClick(view, Qt::Key_Insert);
            dialog = openDialogOf<PlanItemDialog>(tab);
            QVERIFY(dialog);
        }
        type(dialog->sectionEdit(), QStringLiteral("Числа"));
        type(dialog->topicEdit(), topics.at(i));
        QTest::keyClick(dialog->topicEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), i + 1, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(tab->table()->currentRecord().value(QStringLiteral("topic")).toString(),
                                  topics.at(i), kTimeoutMs);
        QVERIFY(focus(view));
    }
    QCOMPARE(serverTopics(m_maths), topics);

    // Return opens the form of the current topic; 2 hours and a new name.
    QTest::keyClick(view, Qt::Key_Return);
    dialog = openDialogOf<PlanItemDialog>(tab);
    QVERIFY(dialog);
    dialog->topicEdit()->selectAll();
    type(dialog->topicEdit(), QStringLiteral("Вычитание чисел"));
    dialog->hoursEdit()->setValue(2);
    QTest::keyClick(dialog->topicEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(serverTopics(m_maths).value(2), QStringLiteral("Вычитание чисел"), kTimeoutMs);
    QCOMPARE(m_ivanova.call(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), m_maths}})
                 .result.toArray().at(2).toMap().value(QStringLiteral("hours")).toDouble(), 2.0);

    // In place: type the homework into its cell and press Return.
    QTRY_VERIFY_WITH_TIMEOUT(!tab->model()->isLoading(), kTimeoutMs);
    QVERIFY(focus(view));
    view->setCurrentIndex(view->model()->index(0, PlanItemsModel::HomeworkColumn));
    type(view, QStringLiteral("№"));  // typing starts the cell's editor
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != view);
    type(QApplication::focusWidget(), QStringLiteral(" 12"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_ivanova.call(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), m_maths}})
                                  .result.toArray().at(0).toMap().value(QStringLiteral("homework")).toString(),
                              QStringLiteral("№ 12"), kTimeoutMs);

    // Ctrl+Up moves «Вычитание чисел» above «Сложение».
    QTRY_VERIFY_WITH_TIMEOUT(!tab->model()->isLoading(), kTimeoutMs);
    QVERIFY(focus(view));
    tab->table()->selectId(tab->model()->record(2).value(QStringLiteral("id")));
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(serverTopics(m_maths),
                              (QStringList{topics.at(0), QStringLiteral("Вычитание чисел"), topics.at(1)}),
                              kTimeoutMs);
    QTRY_COMPARE(tab->table()->currentRecord().value(QStringLiteral("topic")).toString(),
                 QStringLiteral("Вычитание чисел"));

    // Delete with confirmation, then Undo puts it back in its place.
    QTest::keyClick(view, Qt::Key_Delete);
    auto *confirm = openDialogOf<QMessageBox>(tab);
    QVERIFY(confirm);
    confirm->defaultButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(serverTopics(m_maths), (QStringList{topics.at(0), topics.at(1)}), kTimeoutMs);
    QTRY_VERIFY(tab->undoButton()->isVisible());
    tab->undoButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(serverTopics(m_maths),
                              (QStringList{topics.at(0), QStringLiteral("Вычитание чисел"), topics.at(1)}),
                              kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 3, kTimeoutMs);
}

void TestClientPlan::importShowsBrokenRowsThenImports()
{
    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("ivanova"), kPassword);
    PlanPage *page = openPage(teacher, QStringLiteral("Русский"));
    QVERIFY(page);
    PlanItemsTab *tab = page->itemsTab();
    QCOMPARE(tab->model()->rowCount(), 0);

    const auto write = [this](const QString &name, const QString &text) {
        QFile file(m_files.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(text.toUtf8());
        return file.fileName();
    };
    const QString broken = write(QStringLiteral("broken.csv"),
        QStringLiteral("№;Раздел;Тема;Часы\n1;Фонетика;Звуки и буквы;1\n2;Фонетика;Слог;много\n"));
    const QString good = write(QStringLiteral("good.csv"),
        QStringLiteral("№;Раздел;Тема;Часы;Контрольная\n1;Фонетика;Звуки и буквы;1;нет\n"
                       "2;Фонетика;Слог;1,5;нет\n3;Фонетика;Диктант;1;да\n"));

    tab->importPlan();
    auto *dialog = openDialogOf<PlanImportDialog>(tab);
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->setFile(broken);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->problemList()->count(), 1, kTimeoutMs);
    const QString problem = dialog->problemList()->item(0)->text();
    QVERIFY2(problem.contains(QStringLiteral("3")) && problem.contains(QStringLiteral("много")), qPrintable(problem));
    QVERIFY(dialog->message()->isError());
    QVERIFY(!dialog->importButton()->isEnabled());
    QCOMPARE(serverTopics(m_russian), QStringList());

    dialog->setFile(good);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->previewModel()->rowCount(), 3, kTimeoutMs);
    QCOMPARE(dialog->problemList()->count(), 0);
    QVERIFY(dialog->importButton()->isEnabled());
    QCOMPARE(serverTopics(m_russian), QStringList());  // the check wrote nothing
    dialog->importButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(serverTopics(m_russian),
                              (QStringList{QStringLiteral("Звуки и буквы"), QStringLiteral("Слог"),
                                           QStringLiteral("Диктант")}), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 3, kTimeoutMs);
    QCOMPARE(tab->model()->index(2, PlanItemsModel::ControlColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));

    // Importing again over an existing plan asks to replace it first.
    tab->importPlan();
    dialog = openDialogOf<PlanImportDialog>(tab);
    QVERIFY(dialog);
    QVERIFY(dialog->replaceBox()->isVisibleTo(dialog));
    dialog->setFile(good);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->message()->isError(), kTimeoutMs);
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->replaceBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->importButton()->isEnabled(), kTimeoutMs);
    dialog->reject();
}

void TestClientPlan::planVersusFactShowsDoneTopic()
{
    // The first maths topic was held on the first lesson, before its planned date.
    sql(QStringLiteral("UPDATE plan_item SET planned_on = (SELECT min(on_date) + 1 FROM lesson WHERE assignment_id = %1)"
                       " WHERE assignment_id = %1 AND ordinal = 1").arg(m_maths));
    sql(QStringLiteral("UPDATE lesson SET plan_item_id = (SELECT id FROM plan_item WHERE assignment_id = %1 AND ordinal = 1)"
                       " WHERE id = (SELECT id FROM lesson WHERE assignment_id = %1 ORDER BY on_date LIMIT 1)")
            .arg(m_maths));
    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("ivanova"), kPassword);
    PlanPage *page = openPage(teacher, QStringLiteral("Математика"));
    QVERIFY(page);
    PlanFactTab *fact = page->factTab();
    QAbstractItemModelTester tester(fact->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester unplanned(fact->unplannedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    fact->periodCombo()->setCurrentIndex(0);  // the whole year
    page->tabs()->setCurrentWidget(fact);
    QTRY_COMPARE_WITH_TIMEOUT(fact->model()->rowCount(), 3, kTimeoutMs);
    QCOMPARE(fact->model()->record(0).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    const int stateColumn = fact->model()->columnCount() - 1;
    QCOMPARE(fact->model()->index(0, stateColumn).data().toString(), PlanFactModel::stateText(QStringLiteral("done")));
    QVERIFY(fact->model()->index(0, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(fact->unplannedModel()->rowCount() > 0);  // the other held lessons have no topic
    const QCborMap server = m_ivanova.call(QStringLiteral("plan.fact"), {{QStringLiteral("assignmentId"), m_maths}})
                                .result.toMap();
    QCOMPARE(server.value(QStringLiteral("plannedHours")).toDouble(), 4.0);
    QCOMPARE(fact->summaryLabel()->text(),
             PlanFactTab::tr("Planned: %1 h, held: %2 h")
                 .arg(PlanText::number(4), PlanText::number(server.value(QStringLiteral("heldHours")).toDouble())));
}

void TestClientPlan::otherClientsChangeAppears()
{
    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("ivanova"), kPassword);
    PlanPage *page = openPage(teacher, QStringLiteral("Математика"));
    QVERIFY(page);
    const int before = page->itemsTab()->model()->rowCount();
    QTest::qWait(300);  // the page's subscription goes out with the list
    QCOMPARE(m_ivanova.call(QStringLiteral("plan.create"),
                            {{QStringLiteral("assignmentId"), m_maths},
                             {QStringLiteral("topic"), QStringLiteral("Повторение")}}).kind,
             ejournal::Envelope::Kind::Result);
    QTRY_COMPARE_WITH_TIMEOUT(page->itemsTab()->model()->rowCount(), before + 1, kTimeoutMs);
}

void TestClientPlan::directorSeesPlanReadOnly()
{
    GuiClient director;
    director.signIn(m_server, QStringLiteral("director"), kPassword);
    PlanPage *page = openPage(director, QStringLiteral("Математика"));
    QVERIFY(page);
    PlanItemsTab *tab = page->itemsTab();
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 0, kTimeoutMs);
    QVERIFY(page->readOnlyLabel()->isVisibleTo(page));
    QVERIFY(!tab->findChild<QPushButton *>(QStringLiteral("addTopic"))->isVisibleTo(tab));
    QVERIFY(!(tab->model()->flags(tab->model()->index(0, PlanItemsModel::TopicColumn)) & Qt::ItemIsEditable));
    const int rows = tab->model()->rowCount();
    QTest::keyClick(tab->table()->view(), Qt::Key_Delete);
    QTest::keyClick(tab->table()->view(), Qt::Key_Insert);
    QTest::qWait(300);
    for (QDialog *dialog : tab->findChildren<QDialog *>())
        QVERIFY(!dialog->isVisible());
    QCOMPARE(serverTopics(m_maths).size(), rows);
}

QTEST_MAIN(TestClientPlan)
#include "tst_client_plan.moc"

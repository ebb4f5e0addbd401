// The timetable page against a real server: the deputy places load by keyboard and by drop,
// moves a lesson, sees a teacher double-booked on the cell and in the conflicts list, is
// refused a conflicting save, saves with a warning accepted, switches to the teacher and room
// views and marks a forbidden slot; a teacher gets a read-only week; a class timetable prints
// to a one-page landscape PDF and all classes to one page each. Models run under
// QAbstractItemModelTester.
#include "tst_client_helpers.h"

#include "inlinemessage.h"
#include "printdocument.h"
#include "printoutput.h"
#include "recordstable.h"
#include "testcluster.h"
#include "timetabledocument.h"
#include "timetablegridmodel.h"
#include "timetablegridview.h"
#include "timetablepage.h"
#include "timetabletext.h"
#include "timetablewarningsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>

using namespace clienttest;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(20000);
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

class TestClientTimetable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void placeByKeyboardAndUndo();
    void placeAndMoveByDrop();
    void doubleBookedTeacherShowsOnCellAndPanel();
    void saveRefusedThenSavedWithWarningAccepted();
    void teacherAndRoomViewsAndForbiddenSlot();
    void teacherSeesNoEditControls();
    void printsLandscapePages();
    void signOutAsksAboutUnsavedChanges();

private:
    std::unique_ptr<TimetablePage> openPage(GuiClient &client, const QString &login);
    void waitLoaded(TimetablePage *page);
    void sql(const QString &statement);
    int loadRow(TimetablePage *page, const QString &subject, const QString &target);
    QVariant value(const QString &query) { return m_db->value(query); }

    TestServer m_server;
    std::unique_ptr<TestConnection> m_db;
    QHash<QString, qint64> m_ids;  // "5А", "Иванова", "101", "version" → id
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestClientTimetable::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

void TestClientTimetable::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    const qint64 deputy = m_server.createUser(QStringLiteral("deputy"), kPassword, {QStringLiteral("deputy")});
    const qint64 teacher = m_server.createUser(QStringLiteral("teacher"), kPassword, {QStringLiteral("teacher")});
    QVERIFY(deputy > 0 && teacher > 0);
    const QString s = value(QStringLiteral("SELECT id FROM school")).toString();
    const QStringList setup{
        QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, '2026/2027', '2026-09-01', '2027-05-31', 'active')"),
        QStringLiteral("INSERT INTO bell (school_id, academic_year_id, shift, lesson_no, starts_at, ends_at)"
                       " SELECT %1, y.id, 1, n, time '08:30' + (n - 1) * interval '55 min',"
                       " time '09:15' + (n - 1) * interval '55 min' FROM academic_year y, generate_series(1, 6) n"),
        QStringLiteral("INSERT INTO subject (school_id, name, short_name) VALUES"
                       " (%1, 'Математика', 'Матем.'), (%1, 'Русский язык', 'Рус. яз.')"),
        QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter)"
                       " SELECT %1, y.id, 5, l FROM academic_year y, unnest(ARRAY['А', 'Б']) l"),
        QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, middle_name, user_id) VALUES"
                       " (%1, 'Иванова', 'Мария', 'Петровна', %2), (%1, 'Петров', 'Олег', 'Иванович', NULL),"
                       " (%1, 'Завучева', 'Ольга', 'Ивановна', %3)").arg(s).arg(teacher).arg(deputy),
        QStringLiteral("INSERT INTO room (school_id, name, capacity) VALUES (%1, '101', 30), (%1, '102', 2)"),
        QStringLiteral("INSERT INTO student (school_id, last_name, first_name) VALUES"
                       " (%1, 'Аксенов', 'Артём'), (%1, 'Белова', 'Вера'), (%1, 'Волков', 'Глеб')"),
        QStringLiteral("INSERT INTO enrollment (school_id, student_id, class_id, starts_on)"
                       " SELECT %1, s.id, c.id, '2026-09-01' FROM student s, class_unit c WHERE c.letter = 'А'"),
        QStringLiteral("INSERT INTO assignment (school_id, staff_id, subject_id, class_id, hours_per_week)"
                       " SELECT %1, st.id, sb.id, c.id, v.hours"
                       "   FROM (VALUES ('Иванова', 'Математика', 'А', 4), ('Иванова', 'Математика', 'Б', 4),"
                       "                ('Петров', 'Русский язык', 'А', 3)) AS v(teacher, subject, letter, hours)"
                       "   JOIN staff st ON st.last_name = v.teacher JOIN subject sb ON sb.name = v.subject"
                       "   JOIN class_unit c ON c.letter = v.letter"),
        QStringLiteral("INSERT INTO timetable_version (school_id, academic_year_id, name, valid_from)"
                       " SELECT %1, id, 'Основное', '2026-09-01' FROM academic_year"),
    };
    for (const QString &statement : setup)
        sql(statement.contains(QLatin1String("%1")) ? statement.arg(s) : statement);
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT grade || letter, id FROM class_unit UNION ALL"
                                  " SELECT last_name, id FROM staff UNION ALL SELECT name, id FROM room"
                                  " UNION ALL SELECT 'version', id FROM timetable_version")));
    while (q.next())
        m_ids.insert(q.value(0).toString(), q.value(1).toLongLong());
}

void TestClientTimetable::init()
{
    sql(QStringLiteral("DELETE FROM timetable_entry"));
    sql(QStringLiteral("DELETE FROM teacher_unavailability"));
}

std::unique_ptr<TimetablePage> TestClientTimetable::openPage(GuiClient &client, const QString &login)
{
    client.signIn(m_server, login, kPassword);
    auto page = std::make_unique<TimetablePage>(client.connection());
    m_testers.clear();
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(page->gridModel(), mode));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(page->loadTable()->model(), mode));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(page->conflictsTable()->model(), mode));
    page->resize(1300, 800);
    page->show();
    page->activate();
    waitLoaded(page.get());
    return page;
}

void TestClientTimetable::waitLoaded(TimetablePage *p)
{
    QTRY_VERIFY_WITH_TIMEOUT(p->document()->versionId() == m_ids.value(QStringLiteral("version"))
                                 && !p->document()->isLoading() && p->gridModel()->viewId() != 0,
                             kTimeoutMs);
}

// The row of the load table (as the view shows it) of that subject and class; -1 when absent.
int TestClientTimetable::loadRow(TimetablePage *page, const QString &subject, const QString &target)
{
    QAbstractItemModel *model = page->loadTable()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == subject
            && model->index(row, 1).data().toString() == target)
            return row;
    return -1;
}

void TestClientTimetable::placeByKeyboardAndUndo()
{
    GuiClient client;
    auto page = openPage(client, QStringLiteral("deputy"));
    page->showView(0, m_ids.value(QStringLiteral("5А")));
    TimetableGridModel *grid = page->gridModel();
    QCOMPARE(grid->rowCount(), 6);
    QCOMPARE(grid->headerData(0, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("1\n08:30–09:15"));
    const int row = loadRow(page.get(), QStringLiteral("Математика"), QStringLiteral("5А"));
    QVERIFY(row >= 0);
    QTableView *list = page->loadTable()->view();
    list->setCurrentIndex(list->model()->index(row, 0));
    QCOMPARE(list->model()->index(row, 3).data().toString(), QStringLiteral("4"));

    // Into the grid, to Tuesday lesson 2 by arrows, Enter places.
    TimetableGridView *view = page->gridView();
    view->setFocus();
    view->setCurrentIndex(grid->index(0, 0));
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(grid->entriesOf(grid->cellAt(2, 2)).size(), 1);
    QVERIFY(grid->index(1, 1).data().toString().contains(QStringLiteral("Математика")));
    QCOMPARE(list->model()->index(loadRow(page.get(), QStringLiteral("Математика"), QStringLiteral("5А")), 3)
                 .data().toString(), QStringLiteral("3"));
    // Insert places the same load item again one lesson down.
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(grid->entriesOf(grid->cellAt(2, 3)).size(), 1);
    QVERIFY(page->document()->isModified());
    QVERIFY(page->saveButton()->isEnabled());

    // Ctrl+X / Ctrl+V moves the lesson to Friday lesson 3.
    QTest::keyClick(view, Qt::Key_X, Qt::ControlModifier);
    view->setCurrentIndex(grid->cellAt(5, 3));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(grid->entriesOf(grid->cellAt(2, 3)).size(), 0);
    QCOMPARE(grid->entriesOf(grid->cellAt(5, 3)).size(), 1);

    // Ctrl+Z undoes the move, then the placement.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(grid->entriesOf(grid->cellAt(2, 3)).size(), 1);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(grid->entriesOf(grid->cellAt(2, 3)).size(), 0);
    QCOMPARE(page->document()->changeCount(), 1);
    // Delete removes the remaining one; nothing is saved.
    view->setCurrentIndex(grid->cellAt(2, 2));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(page->document()->entries().size(), 0);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM timetable_entry")).toInt(), 0);
}

void TestClientTimetable::placeAndMoveByDrop()
{
    GuiClient client;
    auto page = openPage(client, QStringLiteral("deputy"));
    page->showView(0, m_ids.value(QStringLiteral("5А")));
    TimetableGridModel *grid = page->gridModel();
    QAbstractItemModel *list = page->loadTable()->view()->model();
    const int row = loadRow(page.get(), QStringLiteral("Русский язык"), QStringLiteral("5А"));
    QVERIFY(row >= 0);
    // What a drag from the list carries, dropped on Wednesday lesson 4.
    std::unique_ptr<QMimeData> load(list->mimeData({list->index(row, 0)}));
    QVERIFY(load && load->hasFormat(TimetableGridModel::kLoadMime));
    QVERIFY(grid->canDropMimeData(load.get(), Qt::CopyAction, -1, -1, grid->cellAt(3, 4)));
    QVERIFY(grid->dropMimeData(load.get(), Qt::CopyAction, -1, -1, grid->cellAt(3, 4)));
    QCOMPARE(grid->entriesOf(grid->cellAt(3, 4)).size(), 1);
    // A cell dragged onto another: moved.
    std::unique_ptr<QMimeData> cell(grid->mimeData({grid->cellAt(3, 4)}));
    QVERIFY(grid->dropMimeData(cell.get(), Qt::MoveAction, -1, -1, grid->cellAt(1, 1)));
    QCOMPARE(grid->entriesOf(grid->cellAt(3, 4)).size(), 0);
    QCOMPARE(grid->entriesOf(grid->cellAt(1, 1)).size(), 1);
    // Saved: the entry lands where it was dropped, in the class's load.
    page->saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT count(*) FROM timetable_entry"
                                                   " WHERE weekday = 1 AND lesson_no = 1")).toInt(), 1, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page->document()->isModified() && !page->document()->isLoading(), kTimeoutMs);
    QVERIFY(page->document()->entries().first().id > 0);
    // Swap by drop: a second lesson on Monday 2, then the Monday 1 cell dropped onto it.
    const int math = loadRow(page.get(), QStringLiteral("Математика"), QStringLiteral("5А"));
    std::unique_ptr<QMimeData> second(list->mimeData({list->index(math, 0)}));
    QVERIFY(grid->dropMimeData(second.get(), Qt::CopyAction, -1, -1, grid->cellAt(1, 2)));
    std::unique_ptr<QMimeData> first(grid->mimeData({grid->cellAt(1, 1)}));
    QVERIFY(grid->dropMimeData(first.get(), Qt::MoveAction, -1, -1, grid->cellAt(1, 2)));
    QVERIFY(grid->index(0, 0).data().toString().contains(QStringLiteral("Математика")));
    QVERIFY(grid->index(1, 0).data().toString().contains(QStringLiteral("Русский язык")));
}

void TestClientTimetable::doubleBookedTeacherShowsOnCellAndPanel()
{
    GuiClient client;
    auto page = openPage(client, QStringLiteral("deputy"));
    TimetableGridModel *grid = page->gridModel();
    page->showView(0, m_ids.value(QStringLiteral("5А")));
    QAbstractItemModel *list = page->loadTable()->view()->model();
    const int first = loadRow(page.get(), QStringLiteral("Математика"), QStringLiteral("5А"));
    QVERIFY(first >= 0);
    page->loadTable()->view()->setCurrentIndex(list->index(first, 0));
    page->gridView()->setCurrentIndex(grid->cellAt(1, 1));
    QTest::keyClick(page->gridView(), Qt::Key_Insert);
    page->showView(0, m_ids.value(QStringLiteral("5Б")));
    const int row = loadRow(page.get(), QStringLiteral("Математика"), QStringLiteral("5Б"));
    QVERIFY(row >= 0);
    page->loadTable()->view()->setCurrentIndex(list->index(row, 0));
    page->gridView()->setCurrentIndex(grid->cellAt(1, 1));
    QTest::keyClick(page->gridView(), Qt::Key_Enter);
    // The server's check marks the cell and lists the conflict.
    QTRY_COMPARE_WITH_TIMEOUT(grid->cellAt(1, 1).data(TimetableGridModel::ConflictRole).toString(),
                              QStringLiteral("error"), kTimeoutMs);
    const QString tip = grid->cellAt(1, 1).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Иванова М. П.")), qPrintable(tip));
    QCOMPARE(grid->cellAt(1, 2).data(TimetableGridModel::ConflictRole).toString(), QString());
    RecordsModel *conflicts = page->conflictsTable()->model();
    bool listed = false;
    for (int i = 0; i < conflicts->rowCount(); ++i)
        listed = listed || conflicts->record(i).value(QLatin1String("reason")).toString().contains(
                     QStringLiteral("Иванова М. П."));
    QVERIFY(listed);
    // Clicking the conflict goes to the cell (switching to the teacher's view).
    page->showView(2, m_ids.value(QStringLiteral("101")));
    page->goToConflict(0);
    QCOMPARE(grid->view(), TimetableGridModel::View::Teacher);
    QCOMPARE(page->gridView()->currentIndex(), grid->cellAt(1, 1));
}

void TestClientTimetable::saveRefusedThenSavedWithWarningAccepted()
{
    GuiClient client;
    auto page = openPage(client, QStringLiteral("deputy"));
    TimetableGridModel *grid = page->gridModel();
    TimetableDocument *doc = page->document();
    page->showView(0, m_ids.value(QStringLiteral("5Б")));
    RecordsModel *loads = page->loadTable()->model();
    const qint64 math5b = loads->record(0).value(QLatin1String("assignmentId")).toInteger();
    page->showView(0, m_ids.value(QStringLiteral("5А")));
    qint64 math5a = 0;
    for (int i = 0; i < loads->rowCount(); ++i)
        if (loads->record(i).value(QLatin1String("subjectName")).toString() == QStringLiteral("Математика"))
            math5a = loads->record(i).value(QLatin1String("assignmentId")).toInteger();
    QVERIFY(math5a > 0 && math5b > 0);
    QVERIFY(grid->placeLoad(math5a, grid->cellAt(1, 1)));
    doc->add(math5b, 1, 1, 0, 0);
    page->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->message()->isError() && page->message()->isVisible(), kTimeoutMs);
    QVERIFY2(page->message()->text().contains(QStringLiteral("Иванова М. П.")), qPrintable(page->message()->text()));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM timetable_entry")).toInt(), 0);
    QVERIFY(doc->isModified());

    // Undo the double booking; put 5А's lesson into the small room 102: a warning.
    QTest::keyClick(page->gridView(), Qt::Key_Z, Qt::ControlModifier);
    const qint64 entry = grid->entriesOf(grid->cellAt(1, 1)).value(0);
    QVERIFY(entry != 0);
    doc->setRoom(entry, m_ids.value(QStringLiteral("102")));
    QTRY_COMPARE_WITH_TIMEOUT(grid->cellAt(1, 1).data(TimetableGridModel::ConflictRole).toString(),
                              QStringLiteral("warning"), kTimeoutMs);
    page->saveButton()->click();
    TimetableWarningsDialog *dialog = nullptr;
    QTRY_VERIFY2_WITH_TIMEOUT((dialog = page->findChild<TimetableWarningsDialog *>()) && dialog->isVisible(),
                              qPrintable(page->message()->text()), kTimeoutMs);
    QCOMPARE(dialog->boxes().size(), 1);
    QCOMPARE(dialog->boxes().first()->property("code").toString(), QStringLiteral("room_too_small"));
    QVERIFY(!dialog->saveButton()->isEnabled());
    dialog->boxes().first()->setChecked(true);
    QVERIFY(dialog->saveButton()->isEnabled());
    dialog->saveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT count(*) FROM timetable_entry e JOIN room r"
                                                   " ON r.id = e.room_id WHERE r.name = '102'")).toInt(),
                              1, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!doc->isModified() && !doc->isLoading(), kTimeoutMs);
    QVERIFY(!page->message()->isError());
}

void TestClientTimetable::teacherAndRoomViewsAndForbiddenSlot()
{
    sql(QStringLiteral("INSERT INTO timetable_entry (school_id, version_id, weekday, lesson_no, assignment_id,"
                       " room_id, week_parity) SELECT a.school_id, %1, 2, 3, a.id, %2, 1 FROM assignment a"
                       " JOIN class_unit c ON c.id = a.class_id JOIN subject s ON s.id = a.subject_id"
                       " WHERE c.letter = 'Б' AND s.name = 'Математика'")
            .arg(m_ids.value(QStringLiteral("version"))).arg(m_ids.value(QStringLiteral("101"))));
    GuiClient client;
    auto page = openPage(client, QStringLiteral("deputy"));
    TimetableGridModel *grid = page->gridModel();
    page->viewCombo()->setCurrentIndex(1);
    const int ivanova = page->targetCombo()->findData(m_ids.value(QStringLiteral("Иванова")));
    QVERIFY(ivanova >= 0);
    page->targetCombo()->setCurrentIndex(ivanova);
    QCOMPARE(grid->view(), TimetableGridModel::View::Teacher);
    const QVariantList cell = grid->cellAt(2, 3).data(TimetableGridModel::CellRole).toList();
    QCOMPARE(cell.size(), 1);
    QCOMPARE(cell.first().toMap().value(QStringLiteral("parity")).toInt(), 1);
    QVERIFY(cell.first().toMap().value(QStringLiteral("detail")).toString().contains(QStringLiteral("5Б")));
    QVERIFY(page->forbiddenButton()->isVisible());

    page->viewCombo()->setCurrentIndex(2);
    page->targetCombo()->setCurrentIndex(page->targetCombo()->findData(m_ids.value(QStringLiteral("101"))));
    QCOMPARE(grid->view(), TimetableGridModel::View::Room);
    QVERIFY(grid->cellAt(2, 3).data().toString().contains(QStringLiteral("Математика")));
    QVERIFY(!page->forbiddenButton()->isVisible());

    // The teacher's forbidden slot: mode on, Space on Monday lesson 1.
    page->showView(1, m_ids.value(QStringLiteral("Иванова")));
    page->forbiddenButton()->setChecked(true);
    page->gridView()->setCurrentIndex(grid->cellAt(1, 1));
    QTest::keyClick(page->gridView(), Qt::Key_Space);
    QVERIFY(grid->cellAt(1, 1).data(TimetableGridModel::ForbiddenRole).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT count(*) FROM teacher_unavailability"
                                                   " WHERE weekday = 1 AND lesson_no = 1")).toInt(), 1, kTimeoutMs);
    QCOMPARE(page->document()->changeCount(), 0);
}

void TestClientTimetable::teacherSeesNoEditControls()
{
    sql(QStringLiteral("INSERT INTO timetable_entry (school_id, version_id, weekday, lesson_no, assignment_id)"
                       " SELECT a.school_id, %1, 4, 2, a.id FROM assignment a JOIN class_unit c ON c.id = a.class_id"
                       " JOIN subject s ON s.id = a.subject_id WHERE c.letter = 'А' AND s.name = 'Математика'")
            .arg(m_ids.value(QStringLiteral("version"))));
    GuiClient client;
    auto page = openPage(client, QStringLiteral("teacher"));
    // Their own week first.
    QTRY_COMPARE_WITH_TIMEOUT(page->gridModel()->viewId(), m_ids.value(QStringLiteral("Иванова")), kTimeoutMs);
    QCOMPARE(page->gridModel()->view(), TimetableGridModel::View::Teacher);
    QCOMPARE(page->gridModel()->entriesOf(page->gridModel()->cellAt(4, 2)).size(), 1);
    QVERIFY(!page->saveButton()->isVisible());
    QVERIFY(!page->undoButton()->isVisible());
    QVERIFY(!page->versionTools()->isVisible());
    QVERIFY(!page->forbiddenButton()->isVisible());
    QVERIFY(!page->loadTable()->isVisible());
    QVERIFY(!page->gridView()->dragEnabled());
    QVERIFY(!(page->gridModel()->flags(page->gridModel()->cellAt(4, 2)) & Qt::ItemIsDropEnabled));
    page->gridView()->setCurrentIndex(page->gridModel()->cellAt(4, 2));
    QTest::keyClick(page->gridView(), Qt::Key_Delete);
    QCOMPARE(page->gridModel()->entriesOf(page->gridModel()->cellAt(4, 2)).size(), 1);
    QVERIFY(!page->document()->isModified());
}

void TestClientTimetable::printsLandscapePages()
{
    sql(QStringLiteral("INSERT INTO timetable_entry (school_id, version_id, weekday, lesson_no, assignment_id, room_id)"
                       " SELECT a.school_id, %1, 1 + a.id % 5, 1 + a.id % 3, a.id, %2 FROM assignment a")
            .arg(m_ids.value(QStringLiteral("version"))).arg(m_ids.value(QStringLiteral("101"))));
    GuiClient client;
    auto page = openPage(client, QStringLiteral("deputy"));
    page->showView(0, m_ids.value(QStringLiteral("5А")));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("5a.pdf"));
    QString error;
    QVERIFY2(PrintOutput::writePdf(page->currentPrint(), file, &error), qPrintable(error));
    const QString info = run(QStringLiteral("pdfinfo"), {file});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("842 x 595")), qPrintable(info));  // A4 landscape
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
    for (const QString &word : {QStringLiteral("Математика"), QStringLiteral("Русский язык"),
                                TimetableText::weekday(1), TimetableText::weekday(6),
                                QStringLiteral("08:30–09:15"), QStringLiteral("01.09.2026"),
                                QStringLiteral("5А")})
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" not in:\n") + text));

    const QString all = dir.filePath(QStringLiteral("all.pdf"));
    QVERIFY(PrintOutput::writePdf(page->allClassesPrint(), all, &error));
    const QString allInfo = run(QStringLiteral("pdfinfo"), {all});
    QVERIFY2(allInfo.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))), qPrintable(allInfo));
    if (!qEnvironmentVariableIsEmpty("EJ_TIMETABLE_PDF"))
        QFile::copy(all, qEnvironmentVariable("EJ_TIMETABLE_PDF"));
}

// Answers the next question box (shown modally by the code under test) with `button`.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

// Signing out with an unsaved timetable asks first: «No» keeps the deputy and the change.
void TestClientTimetable::signOutAsksAboutUnsavedChanges()
{
    GuiClient client;
    client.signIn(m_server, QStringLiteral("deputy"), kPassword);
    client.window()->showArea(Area::Timetable);
    auto *page = qobject_cast<TimetablePage *>(client.window()->page(Area::Timetable));
    QVERIFY(page);
    waitLoaded(page);
    page->showView(0, m_ids.value(QStringLiteral("5А")));
    const int row = loadRow(page, QStringLiteral("Математика"), QStringLiteral("5А"));
    QVERIFY(row >= 0);
    page->loadTable()->view()->setCurrentIndex(page->loadTable()->view()->model()->index(row, 0));
    TimetableGridView *view = page->gridView();
    view->setFocus();
    view->setCurrentIndex(page->gridModel()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(page->document()->isModified());

    auto *logout = client.window()->findChild<QAction *>(QStringLiteral("actionLogout"));
    QVERIFY(logout);
    answerNextQuestion(QMessageBox::No);
    logout->trigger();
    QVERIFY(client.window() && client.window()->isVisible());
    QVERIFY(page->document()->isModified());

    answerNextQuestion(QMessageBox::Yes);
    logout->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!client.window(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(client.dialog()->isVisible(), kTimeoutMs);
}

QTEST_MAIN(TestClientTimetable)
#include "tst_client_timetable.moc"

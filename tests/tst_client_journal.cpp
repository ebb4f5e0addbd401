// The journal grid against a real server: a teacher fills a column from the keyboard (marks,
// н, several marks in a cell, undo) and the server has it; a second client with the journal
// open sees it appear; entries typed while the server is away are kept (marked unsent, on
// disk) and delivered after the reconnect; a stale edit brings the conflict choice; a late
// correction asks for a reason. Models checked with QAbstractItemModelTester; the entry
// language checked on its own.
#include "tst_client_helpers.h"

#include "inlinemessage.h"
#include "journaldata.h"
#include "journaldialogs.h"
#include "journalgrid.h"
#include "journalmodel.h"
#include "journaloutbox.h"
#include "journalpage.h"
#include "testclient.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>

using namespace clienttest;
using namespace ejournal::client::journal;

namespace {
const QString kPassword = QStringLiteral("Parol2026");
const QDate kToday = QDate::currentDate();

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// Types text into a widget character by character, as a keyboard with that layout would.
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
int averageColumn(const JournalModel *model)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->columnKind(c) == JournalModel::AverageColumnKind)
            return c;
    return -1;
}
} // namespace

class TestClientJournal : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void entryLanguage();
    void typeDownColumnSecondClientSees();
    void severalMarksEditorAndUndo();
    void offlineEntriesKeptAndDelivered();
    void staleEditBringsConflictChoice();
    void lateCorrectionAsksReason();
    void directorReadsOnly();

private:
    void sql(const QString &statement);
    QString value(const QString &query);
    // Shows the journal area and waits for the grid; page stays null on failure.
    void openJournal(GuiClient &client, JournalPage *&page);
    QString marksOf(qint64 lessonId, int row);

    TestServer m_server;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
    QList<qint64> m_students;  // alphabetical, as the grid numbers them
};

void TestClientJournal::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

QString TestClientJournal::value(const QString &query)
{
    return m_db->value(query).toString();
}

QString TestClientJournal::marksOf(qint64 lessonId, int row)
{
    return value(QStringLiteral(
        "SELECT coalesce(c.attendance, '') || ':' || coalesce((SELECT string_agg(value, ' ' ORDER BY position)"
        "  FROM mark m WHERE m.lesson_id = c.lesson_id AND m.student_id = c.student_id), '')"
        "  FROM journal_cell c WHERE c.lesson_id = %1 AND c.student_id = %2")
                     .arg(lessonId).arg(m_students.at(row)));
}

void TestClientJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(UiLanguage::Russian));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    m_school = m_db->value(QStringLiteral("SELECT id FROM school")).toLongLong();
    const QString s = QString::number(m_school);
    const QDate start = kToday.addDays(-100), end = kToday.addDays(150);
    sql(QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, 'Текущий', '%2', '%3', 'active')").arg(s, iso(start), iso(end)));
    const QString y = value(QStringLiteral("SELECT id FROM academic_year"));
    sql(QStringLiteral("INSERT INTO period_scheme (school_id, academic_year_id, kind, name)"
                       " VALUES (%1, %2, 'trimesters', 'Триместры')").arg(s, y));
    sql(QStringLiteral("INSERT INTO period (school_id, scheme_id, ordinal, name, starts_on, ends_on)"
                       " SELECT %1, ps.id, q.n, q.n || ' триместр', q.f::date, q.t::date FROM period_scheme ps,"
                       " (VALUES (1, '%2', '%3'), (2, '%4', '%5'), (3, '%6', '%7')) q(n, f, t)")
            .arg(s, iso(start), iso(kToday.addDays(-45)), iso(kToday.addDays(-44)), iso(kToday.addDays(40)),
                 iso(kToday.addDays(41)), iso(end)));
    sql(QStringLiteral("INSERT INTO bell (school_id, academic_year_id, shift, lesson_no, starts_at, ends_at)"
                       " SELECT %1, %2, 1, n, time '08:00' + (n - 1) * interval '55 minutes',"
                       "        time '08:45' + (n - 1) * interval '55 minutes' FROM generate_series(1, 6) n").arg(s, y));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter, period_scheme_id)"
                       " SELECT %1, %2, 5, 'А', id FROM period_scheme").arg(s, y));
    sql(QStringLiteral("INSERT INTO subject (school_id, name, short_name) VALUES (%1, 'Математика', 'Мат.')").arg(s));
    sql(QStringLiteral("INSERT INTO room (school_id, name) VALUES (%1, '205')").arg(s));
    const auto staff = [&](const QString &login, const QString &last, const QString &first, const QString &role) {
        const qint64 user = m_server.createUser(login, kPassword, {role}, false, last + QLatin1Char(' ') + first);
        QVERIFY(user > 0);
        sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, user_id) VALUES (%1, '%2', '%3', %4)")
                .arg(s, last, first).arg(user));
    };
    staff(QStringLiteral("petrova"), QStringLiteral("Петрова"), QStringLiteral("Анна"), QStringLiteral("teacher"));
    staff(QStringLiteral("zavuch"), QStringLiteral("Завучева"), QStringLiteral("Нина"), QStringLiteral("deputy"));
    staff(QStringLiteral("director"), QStringLiteral("Директоров"), QStringLiteral("Олег"), QStringLiteral("director"));
    sql(QStringLiteral("INSERT INTO student (school_id, last_name, first_name) VALUES"
                       " (%1, 'Дмитриев', 'Егор'), (%1, 'Алексеев', 'Антон'), (%1, 'Борисова', 'Вера'),"
                       " (%1, 'Громова', 'Дарья'), (%1, 'Васильев', 'Глеб')").arg(s));
    // Дмитриев left the class ten days ago: his later cells are grey and closed.
    sql(QStringLiteral("INSERT INTO enrollment (school_id, student_id, class_id, starts_on, ends_on)"
                       " SELECT %1, st.id, c.id, '%2', CASE WHEN st.last_name = 'Дмитриев' THEN '%3'::date END"
                       "   FROM student st, class_unit c").arg(s, iso(start), iso(kToday.addDays(-10))));
    for (const QString &name : {QStringLiteral("Алексеев"), QStringLiteral("Борисова"), QStringLiteral("Васильев"),
                                QStringLiteral("Громова"), QStringLiteral("Дмитриев")})
        m_students.append(m_db->value(QStringLiteral("SELECT id FROM student WHERE last_name = '%1'").arg(name)).toLongLong());
    sql(QStringLiteral("INSERT INTO assignment (school_id, staff_id, subject_id, class_id, hours_per_week)"
                       " SELECT %1, st.id, su.id, c.id, 5 FROM staff st, subject su, class_unit c"
                       "  WHERE st.last_name = 'Петрова'").arg(s));
    sql(QStringLiteral("INSERT INTO timetable_version (school_id, academic_year_id, name, valid_from)"
                       " VALUES (%1, %2, 'Основное', '%3')").arg(s, y, iso(start)));
    sql(QStringLiteral("INSERT INTO timetable_entry (school_id, version_id, weekday, lesson_no, assignment_id, room_id)"
                       " SELECT %1, tv.id, wd, 2, a.id, r.id FROM timetable_version tv, assignment a, room r,"
                       "  generate_series(1, 5) wd").arg(s));
    TestClient deputy;
    QVERIFY(deputy.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(deputy.login(QStringLiteral("zavuch"), kPassword).kind, ejournal::Envelope::Kind::Result);
    const ejournal::Envelope generated = deputy.call(QStringLiteral("lessons.generate"),
                                                     {{QStringLiteral("academicYearId"), y.toLongLong()}});
    QCOMPARE(generated.kind, ejournal::Envelope::Kind::Result);
    QVERIFY(m_db->value(QStringLiteral("SELECT count(*) FROM lesson")).toInt() > 100);
}

void TestClientJournal::init()
{
    // Each client starts with an empty outbox.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
}

void TestClientJournal::openJournal(GuiClient &client, JournalPage *&page)
{
    page = nullptr;
    client.window()->showArea(Area::Journal);
    auto *shown = qobject_cast<JournalPage *>(client.window()->page(Area::Journal));
    QVERIFY(shown);
    QTRY_VERIFY_WITH_TIMEOUT(shown->model()->rowCount() == 5 && !shown->isLoading(), kTimeoutMs);
    page = shown;
}

void TestClientJournal::entryLanguage()
{
    QString error;
    const auto five = [&](const QString &text) {
        const auto c = parseCellText(text, ejournal::marks::Scale::Five, {}, &error);
        return c ? cellText(*c) : QStringLiteral("!");
    };
    QCOMPARE(five(QStringLiteral("5 4")), QStringLiteral("5 4"));
    QCOMPARE(five(QStringLiteral("5/4,3")), QStringLiteral("5 4 3"));
    QCOMPARE(five(QStringLiteral("н")), QStringLiteral("н"));
    QCOMPARE(five(QStringLiteral("y")), QStringLiteral("н"));  // Latin layout, the н key
    QCOMPARE(five(QStringLiteral("оп 10")), QStringLiteral("оп 10′"));
    QCOMPARE(five(QStringLiteral("оп10 5")), QStringLiteral("оп 10′ 5"));
    QCOMPARE(five(QStringLiteral("оп 5")), QStringLiteral("оп 5"));  // late, and a 5
    QCOMPARE(five(QStringLiteral("")), QString());
    QCOMPARE(five(QStringLiteral("6")), QStringLiteral("!"));
    QVERIFY2(error.contains(QStringLiteral("6")), qPrintable(error));
    QCOMPARE(five(QStringLiteral("5 5 5 5 5 5")), QStringLiteral("!"));
    const auto pass = parseCellText(QStringLiteral("з"), ejournal::marks::Scale::Pass, {}, &error);
    QVERIFY(pass && pass->marks.size() == 1 && pass->marks.first().value == QLatin1String("pass"));
    QCOMPARE(quickEntry(QStringLiteral("0"), ejournal::marks::Scale::Ten).value, QStringLiteral("10"));
    QCOMPARE(int(quickEntry(QStringLiteral("о"), ejournal::marks::Scale::Five).kind), int(QuickEntry::Kind::Prefix));
    QCOMPARE(quickEntry(QStringLiteral("п"), ejournal::marks::Scale::Five, QStringLiteral("о")).value, QStringLiteral("late"));
    QCOMPARE(quickEntry(QStringLiteral(","), ejournal::marks::Scale::Five).value, QStringLiteral("sick"));
    QCOMPARE(parseFinalText(QStringLiteral("н/а"), ejournal::marks::Scale::Five).value_or(QStringLiteral("!")), QStringLiteral("na"));
    QVERIFY(!parseFinalText(QStringLiteral("7"), ejournal::marks::Scale::Five));
    // Keeping the kind of work of an unchanged mark.
    CellContent before;
    Mark oral = newMark(QStringLiteral("5"));
    oral.workTypeId = 7;
    oral.comment = QStringLiteral("устно");
    before.marks = {oral};
    const auto kept = parseCellText(QStringLiteral("5 4"), ejournal::marks::Scale::Five, before, &error);
    QVERIFY(kept);
    QCOMPARE(kept->marks.at(0).workTypeId, 7);
    QCOMPARE(kept->marks.at(1).workTypeId, 0);
}

void TestClientJournal::typeDownColumnSecondClientSees()
{
    GuiClient deputy;
    deputy.signIn(m_server, QStringLiteral("zavuch"), kPassword);
    JournalPage *watching = nullptr;
    openJournal(deputy, watching);
    QVERIFY(watching);

    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("petrova"), kPassword);
    QVERIFY(navigationTitles(teacher.window()).contains(Areas::title(Area::Journal)));
    JournalPage *page = nullptr;
    openJournal(teacher, page);
    QVERIFY(page);
    JournalModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->journalCombo()->currentText(), QStringLiteral("5А · Математика"));
    QCOMPARE(page->periodCombo()->currentText(), QStringLiteral("2 триместр"));
    QCOMPARE(model->index(0, JournalModel::NameColumn).data().toString(), QStringLiteral("Алексеев Антон"));
    QCOMPARE(model->headerData(JournalModel::NameColumn, Qt::Horizontal).toString(), JournalModel::tr("Student"));

    // The cursor starts on the current lesson, at the top.
    JournalGrid *grid = page->grid();
    const int column = model->currentLessonColumn();
    QVERIFY(column >= JournalModel::FirstLessonColumn);
    QCOMPARE(grid->currentIndex(), model->index(0, column));
    QVERIFY(model->index(0, column).data(JournalModel::CurrentLessonRole).toBool());
    // Дмитриев left ten days ago: grey and closed on the current lesson.
    QVERIFY(model->index(4, column).data(JournalModel::UnavailableRole).toBool());
    QVERIFY(!(model->flags(model->index(4, column)) & Qt::ItemIsEditable));

    type(grid, QStringLiteral("54н"));
    // On screen at once, the cursor one row further down for each entry.
    QCOMPARE(model->index(0, column).data().toString(), QStringLiteral("5"));
    QCOMPARE(model->index(1, column).data().toString(), QStringLiteral("4"));
    QCOMPARE(model->index(2, column).data().toString(), QStringLiteral("н"));
    QCOMPARE(grid->currentIndex(), model->index(3, column));
    const qint64 lesson = model->lessonAt(column)->id;
    QTRY_COMPARE_WITH_TIMEOUT(page->outbox()->count(), 0, kTimeoutMs);
    QCOMPARE(marksOf(lesson, 0), QStringLiteral(":5"));
    QCOMPARE(marksOf(lesson, 1), QStringLiteral(":4"));
    QCOMPARE(marksOf(lesson, 2), QStringLiteral("absent:"));
    QCOMPARE(page->unsentLabel()->text(), JournalPage::tr("All saved"));
    QCOMPARE(model->index(0, column).data(JournalModel::PendingRole).toInt(), 0);
    QVERIFY(model->index(0, column).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Ответ на уроке")));  // the server's name

    // The deputy's grid shows them without reloading.
    JournalModel *other = watching->model();
    QTRY_COMPARE_WITH_TIMEOUT(other->index(0, column).data().toString(), QStringLiteral("5"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(other->index(2, column).data().toString(), QStringLiteral("н"), kTimeoutMs);
    // The weighted average and the final mark it suggests.
    const int average = averageColumn(other);
    QCOMPARE(other->index(0, average).data().toString(), QStringLiteral("5,00"));
    QCOMPARE(other->index(0, average + 1).data(JournalModel::SuggestionRole).toString(), QStringLiteral("5"));
}

void TestClientJournal::severalMarksEditorAndUndo()
{
    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("petrova"), kPassword);
    JournalPage *page = nullptr;
    openJournal(teacher, page);
    QVERIFY(page);
    JournalModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JournalGrid *grid = page->grid();
    const int column = model->currentLessonColumn();
    const qint64 lesson = model->lessonAt(column)->id;

    // F2 and "5 4": two marks in one cell; Return saves and goes down.
    grid->setCurrentIndex(model->index(3, column));
    QTest::keyClick(grid, Qt::Key_F2);
    auto *editor = grid->findChild<QLineEdit *>(QStringLiteral("journalCellEditor"));
    QVERIFY(editor && editor->isVisible());
    editor->setText(QStringLiteral("5 4"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->index(3, column).data().toString(), QStringLiteral("5 4"));
    QTRY_COMPARE_WITH_TIMEOUT(marksOf(lesson, 3), QStringLiteral(":5 4"), kTimeoutMs);

    // Ctrl+digit adds one more mark to those in the cell.
    grid->setCurrentIndex(model->index(3, column));
    QTest::keyClick(grid, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(model->index(3, column).data().toString(), QStringLiteral("5 4 3"));
    QTRY_COMPARE_WITH_TIMEOUT(marksOf(lesson, 3), QStringLiteral(":5 4 3"), kTimeoutMs);

    // оп typed as two letters; then Ctrl+Z undoes the last entry through the server.
    grid->setCurrentIndex(model->index(2, column));
    type(grid, QStringLiteral("о"));
    QCOMPARE(grid->typedPrefix(), QStringLiteral("о"));
    type(grid, QStringLiteral("п"));
    QCOMPARE(model->index(2, column).data().toString(), QStringLiteral("оп"));
    QTRY_COMPARE_WITH_TIMEOUT(marksOf(lesson, 2), QStringLiteral("late:"), kTimeoutMs);
    QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(grid->currentIndex(), model->index(2, column));
    QCOMPARE(model->index(2, column).data().toString(), QStringLiteral("н"));
    QTRY_COMPARE_WITH_TIMEOUT(marksOf(lesson, 2), QStringLiteral("absent:"), kTimeoutMs);

    // Delete clears.
    grid->setCurrentIndex(model->index(3, column));
    QTest::keyClick(grid, Qt::Key_Delete);
    QCOMPARE(model->index(3, column).data().toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(marksOf(lesson, 3), QStringLiteral(":"), kTimeoutMs);

    // A final mark typed in the period's column.
    const int final = averageColumn(model) + 1;
    QCOMPARE(model->columnKind(final), JournalModel::FinalColumnKind);
    grid->setCurrentIndex(model->index(0, final));
    type(grid, QStringLiteral("5"));
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT value FROM final_mark WHERE student_id = %1")
                                        .arg(m_students.at(0))), QStringLiteral("5"), kTimeoutMs);
}

void TestClientJournal::offlineEntriesKeptAndDelivered()
{
    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("petrova"), kPassword);
    JournalPage *page = nullptr;
    openJournal(teacher, page);
    QVERIFY(page);
    JournalModel *model = page->model();
    JournalGrid *grid = page->grid();
    const int column = model->currentLessonColumn() - 1;
    const qint64 lesson = model->lessonAt(column)->id;

    m_server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(teacher.connection()->state(), ServerConnection::State::Reconnecting, kTimeoutMs);
    grid->setCurrentIndex(model->index(0, column));
    type(grid, QStringLiteral("32"));
    QCOMPARE(model->index(0, column).data().toString(), QStringLiteral("3"));
    QCOMPARE(model->index(1, column).data().toString(), QStringLiteral("2"));
    QCOMPARE(model->index(0, column).data(JournalModel::PendingRole).toInt(), 1);
    QCOMPARE(page->outbox()->count(), 2);
    QVERIFY2(page->unsentLabel()->text().contains(QStringLiteral("2")), qPrintable(page->unsentLabel()->text()));

    // Kept on disk too: a client that crashed now would find them at its next start.
    const QString path = JournalOutbox::defaultFilePath(teacher.connection());
    QVERIFY(QFile::exists(path));
    {
        GuiClient offline;  // never signed in: its outbox only reads the file
        JournalOutbox copy(offline.connection(), path);
        QCOMPARE(copy.count(), 2);
        QCOMPARE(copy.entries().first().params.value(QStringLiteral("lessonId")).toInteger(), lesson);
    }

    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(teacher.connection()->state(), ServerConnection::State::Authenticated, 40000);
    QTRY_COMPARE_WITH_TIMEOUT(page->outbox()->count(), 0, kTimeoutMs);
    QCOMPARE(marksOf(lesson, 0), QStringLiteral(":3"));
    QCOMPARE(marksOf(lesson, 1), QStringLiteral(":2"));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(model->index(0, column).data(JournalModel::PendingRole).toInt(), 0);
    QCOMPARE(model->index(0, column).data().toString(), QStringLiteral("3"));
}

void TestClientJournal::staleEditBringsConflictChoice()
{
    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("petrova"), kPassword);
    JournalPage *page = nullptr;
    openJournal(teacher, page);
    QVERIFY(page);
    JournalModel *model = page->model();
    JournalGrid *grid = page->grid();
    const int column = model->currentLessonColumn();
    const qint64 lesson = model->lessonAt(column)->id;
    QCOMPARE(model->index(0, column).data().toString(), QStringLiteral("5"));

    // Someone else's change this client never heard of (written behind its back).
    const auto changeBehind = [&](const QString &mark) {
        sql(QStringLiteral("UPDATE mark SET value = '%1' WHERE lesson_id = %2 AND student_id = %3")
                .arg(mark).arg(lesson).arg(m_students.at(0)));
        sql(QStringLiteral("UPDATE journal_cell SET version = version + 1 WHERE lesson_id = %1 AND student_id = %2")
                .arg(lesson).arg(m_students.at(0)));
    };
    changeBehind(QStringLiteral("3"));
    grid->setCurrentIndex(model->index(0, column));
    type(grid, QStringLiteral("4"));
    QTRY_VERIFY_WITH_TIMEOUT(page->conflictDialog() && page->conflictDialog()->isVisible(), kTimeoutMs);
    QCOMPARE(model->index(0, column).data(JournalModel::PendingRole).toInt(), 2);
    const QList<QLabel *> labels = page->conflictDialog()->findChildren<QLabel *>();
    QStringList texts;
    for (QLabel *l : labels)
        texts.append(l->text());
    QVERIFY2(texts.contains(QStringLiteral("4")) && texts.contains(QStringLiteral("3")), qPrintable(texts.join(QLatin1Char('|'))));
    // Taking theirs: the grid shows the server's 3, nothing is written.
    QTest::mouseClick(page->conflictDialog()->takeTheirsButton(), Qt::LeftButton);
    QTRY_COMPARE(model->index(0, column).data().toString(), QStringLiteral("3"));
    QCOMPARE(page->outbox()->count(), 0);
    QCOMPARE(marksOf(lesson, 0), QStringLiteral(":3"));

    // Again, keeping mine this time: written over the other value.
    changeBehind(QStringLiteral("2"));
    grid->setCurrentIndex(model->index(0, column));
    type(grid, QStringLiteral("4"));
    QTRY_VERIFY_WITH_TIMEOUT(page->conflictDialog() && page->conflictDialog()->isVisible(), kTimeoutMs);
    QTest::mouseClick(page->conflictDialog()->keepMineButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(marksOf(lesson, 0), QStringLiteral(":4"), kTimeoutMs);
    QTRY_COMPARE(page->outbox()->count(), 0);
    QCOMPARE(model->index(0, column).data().toString(), QStringLiteral("4"));
}

void TestClientJournal::lateCorrectionAsksReason()
{
    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("petrova"), kPassword);
    JournalPage *page = nullptr;
    openJournal(teacher, page);
    QVERIFY(page);
    JournalModel *model = page->model();
    JournalGrid *grid = page->grid();
    int column = -1;
    for (int c = JournalModel::FirstLessonColumn; c < model->columnCount(); ++c)
        if (const Lesson *l = model->lessonAt(c); l && l->date < kToday.addDays(-14))
            column = c;
    QVERIFY(column > 0);
    const qint64 lesson = model->lessonAt(column)->id;

    grid->setCurrentIndex(model->index(1, column));
    type(grid, QStringLiteral("4"));
    QTRY_VERIFY_WITH_TIMEOUT(page->reasonDialog() && page->reasonDialog()->isVisible(), kTimeoutMs);
    QCOMPARE(model->index(1, column).data(JournalModel::PendingRole).toInt(), 2);
    QVERIFY(!page->reasonDialog()->saveButton()->isEnabled());
    QTest::keyClicks(page->reasonDialog()->reasonEdit(), QStringLiteral("Oshibka"));
    QVERIFY(page->reasonDialog()->saveButton()->isEnabled());
    QTest::mouseClick(page->reasonDialog()->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(marksOf(lesson, 1), QStringLiteral(":4"), kTimeoutMs);
    QCOMPARE(value(QStringLiteral("SELECT reason FROM journal_correction WHERE lesson_id = %1").arg(lesson)),
             QStringLiteral("Oshibka"));
    QCOMPARE(value(QStringLiteral("SELECT late::text FROM journal_cell_revision WHERE lesson_id = %1"
                                  " ORDER BY version DESC LIMIT 1").arg(lesson)), QStringLiteral("true"));

    // Not giving a reason gives the correction up: the grid shows the server's value again.
    grid->setCurrentIndex(model->index(1, column));
    type(grid, QStringLiteral("2"));
    QTRY_VERIFY_WITH_TIMEOUT(page->reasonDialog() && page->reasonDialog()->isVisible(), kTimeoutMs);
    page->reasonDialog()->reject();
    QTRY_COMPARE(model->index(1, column).data().toString(), QStringLiteral("4"));
    QCOMPARE(page->outbox()->count(), 0);
    QCOMPARE(marksOf(lesson, 1), QStringLiteral(":4"));
}

void TestClientJournal::directorReadsOnly()
{
    GuiClient director;
    director.signIn(m_server, QStringLiteral("director"), kPassword);
    JournalPage *page = nullptr;
    openJournal(director, page);
    QVERIFY(page);
    JournalModel *model = page->model();
    const int column = model->currentLessonColumn();
    QVERIFY(!(model->flags(model->index(1, column)) & Qt::ItemIsEditable));
    page->grid()->setCurrentIndex(model->index(1, column));
    type(page->grid(), QStringLiteral("5"));
    QCOMPARE(model->index(1, column).data().toString(), QStringLiteral("4"));
    QCOMPARE(page->outbox()->count(), 0);
    QVERIFY(page->message()->isError());
}

QTEST_MAIN(TestClientJournal)
#include "tst_client_journal.moc"

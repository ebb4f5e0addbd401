// Tests of the demo school's journal (server/demo_journal.cpp): after fillDemoSchool on
// 2026-11-26 the journal looks like a real school's — a timetable and the year's lessons, a
// КТП for every load, every held lesson with a topic from it, homework due on a later lesson,
// about 5% of the seats away, about one mark per three students a lesson on the subject's
// scale, never a mark for an away student, control works, no marks in the first grade, the
// first quarter's finals, and a school of 1,100 students filled well under a minute.
#include "demo.h"
#include "marks.h"
#include "testcluster.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace ejournal;
using namespace ejournal::server;

namespace {
const QDate kToday(2026, 11, 26);
}

class TestDemoJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timetableAndLessons();
    void everyLoadHasAPlan();
    void heldLessonsHaveTopicsAndHomework();
    void attendanceIsPlausible();
    void marksAreOnTheScaleAndPlausible();
    void noMarkForAnAwayStudent();
    void finalsOfEndedPeriods();
    void thousandStudentsUnderAMinute();

private:
    double number(const QString &sql);

    TestServer m_server;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
};

double TestDemoJournal::number(const QString &sql)
{
    const QVariant value = m_db->value(sql);
    if (!value.isValid())
        qWarning("%s", qPrintable(m_db->error()));
    return value.toDouble();
}

void TestDemoJournal::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    m_school = m_db->value(QStringLiteral("SELECT id FROM school")).toLongLong();
    DemoOptions options;
    options.students = 300;
    options.today = kToday;
    DemoSummary summary;
    QVERIFY2(fillDemoSchool(m_db->database(), m_school, options, &summary, &error),
             qPrintable(error));
}

void TestDemoJournal::timetableAndLessons()
{
    // Nearly every weekly hour of the load is in the timetable, and the year has its lessons.
    const double weekly = number(QStringLiteral("SELECT sum(ceil(hours_per_week)) FROM assignment"));
    const double placed = number(QStringLiteral("SELECT count(*) FROM timetable_entry"));
    QVERIFY2(placed >= 0.95 * weekly, qPrintable(QStringLiteral("%1 of %2").arg(placed).arg(weekly)));
    QVERIFY(number(QStringLiteral("SELECT count(*) FROM lesson")) > 30 * placed);
    // No teacher and no class has two lessons at once (subgroups of a subject share a slot).
    QCOMPARE(number(QStringLiteral(
                 "SELECT count(*) FROM (SELECT 1 FROM lesson GROUP BY teacher_id, on_date, lesson_no"
                 " HAVING count(*) > 1) t")), 0.0);
    QCOMPARE(number(QStringLiteral(
                 "SELECT count(*) FROM lesson a JOIN lesson b ON a.id < b.id AND a.on_date = b.on_date"
                 "   AND a.lesson_no = b.lesson_no"
                 "  JOIN assignment x ON x.id = a.assignment_id JOIN assignment y ON y.id = b.assignment_id"
                 " WHERE x.class_id IS NOT NULL AND x.class_id = y.class_id")), 0.0);
}

void TestDemoJournal::everyLoadHasAPlan()
{
    QCOMPARE(number(QStringLiteral(
                 "SELECT count(*) FROM assignment a WHERE EXISTS (SELECT 1 FROM lesson l WHERE l.assignment_id = a.id)"
                 "   AND NOT EXISTS (SELECT 1 FROM plan_item p WHERE p.assignment_id = a.id)")), 0.0);
    // As many hours planned as the load has lessons; ordinals 1..n; dates from the lessons.
    QCOMPARE(number(QStringLiteral(
                 "SELECT count(*) FROM (SELECT p.assignment_id, sum(p.hours) h, max(p.ordinal) n, count(*) c"
                 "   FROM plan_item p GROUP BY 1) p"
                 "  JOIN (SELECT assignment_id, count(*) l FROM lesson GROUP BY 1) l USING (assignment_id)"
                 " WHERE p.h < l.l OR p.h > l.l + 1 OR p.n <> p.c")), 0.0);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM plan_item WHERE planned_on IS NULL")), 0.0);
    // Topics of the subject and the grade: 5th-grade mathematics learns fractions, 8th-grade
    // algebra quadratic equations.
    QVERIFY(number(QStringLiteral(
                "SELECT count(*) FROM plan_item p JOIN assignment a ON a.id = p.assignment_id"
                "  JOIN subject s ON s.id = a.subject_id JOIN class_unit c ON c.id = a.class_id"
                " WHERE s.name = 'Математика' AND c.grade = 5 AND p.topic = 'Обыкновенные дроби'")) > 0);
    QCOMPARE(number(QStringLiteral(
                 "SELECT count(*) FROM plan_item p JOIN assignment a ON a.id = p.assignment_id"
                 "  JOIN subject s ON s.id = a.subject_id WHERE s.name = 'Алгебра'"
                 "   AND p.topic = 'Обыкновенные дроби'")), 0.0);
    QVERIFY(number(QStringLiteral("SELECT count(*) FROM plan_item WHERE control_work")) > 0);
}

void TestDemoJournal::heldLessonsHaveTopicsAndHomework()
{
    const QString held = QStringLiteral("status = 'planned' AND merged_into_id IS NULL AND on_date <= '2026-11-26'");
    QVERIFY(number(QStringLiteral("SELECT count(*) FROM lesson WHERE %1").arg(held)) > 1000);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM lesson WHERE %1 AND (topic = '' OR plan_item_id IS NULL)")
                        .arg(held)), 0.0);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM lesson WHERE on_date > '2026-11-26' AND topic <> ''")), 0.0);
    // Homework on most lessons, due on a later lesson; none in the first grade.
    QVERIFY(number(QStringLiteral("SELECT avg((homework <> '')::int) FROM lesson WHERE %1").arg(held)) > 0.5);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM lesson WHERE homework <> ''"
                                   "   AND (homework_due IS NULL OR homework_due <= on_date)")), 0.0);
    QCOMPARE(number(QStringLiteral(
                 "SELECT count(*) FROM lesson l JOIN assignment a ON a.id = l.assignment_id"
                 "  JOIN class_unit c ON c.id = a.class_id WHERE c.grade = 1 AND l.homework <> ''")), 0.0);
    // A control work is a lesson of the kind КР, named after the topic it checks.
    QVERIFY(number(QStringLiteral(
                "SELECT count(*) FROM lesson l JOIN work_type w ON w.id = l.work_type_id"
                " WHERE l.control_work AND w.short_name = 'КР' AND l.topic LIKE 'Контрольная работа по теме «%»'")) > 10);
}

void TestDemoJournal::attendanceIsPlausible()
{
    // Seats: students present on held lessons (a class lesson: its class; a group: members).
    const double seats = number(QStringLiteral(
        "SELECT count(*) FROM lesson l JOIN assignment a ON a.id = l.assignment_id"
        "  LEFT JOIN enrollment e ON e.class_id = a.class_id"
        "  LEFT JOIN group_member m ON m.group_id = a.group_id"
        " WHERE l.on_date <= '2026-11-26' AND coalesce(e.id, m.id) IS NOT NULL"));
    const double away = number(QStringLiteral(
        "SELECT count(*) FROM journal_cell WHERE attendance IN ('absent', 'sick', 'excused')"));
    const double late = number(QStringLiteral("SELECT count(*) FROM journal_cell WHERE attendance = 'late'"));
    qInfo("seats %.0f, away %.1f%%, late %.1f%%", seats, 100 * away / seats, 100 * late / seats);
    QVERIFY(away / seats > 0.03 && away / seats < 0.09);
    QVERIFY(late / seats > 0.002 && late / seats < 0.02);
    QVERIFY(number(QStringLiteral("SELECT count(*) FROM journal_cell WHERE attendance = 'sick'"))
            > number(QStringLiteral("SELECT count(*) FROM journal_cell WHERE attendance = 'absent'")));
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM journal_cell"
                                   " WHERE (attendance = 'late') <> (late_minutes IS NOT NULL)")), 0.0);
    // Every cell has its first revision, with the same content.
    QCOMPARE(number(QStringLiteral(
                 "SELECT count(*) FROM journal_cell c LEFT JOIN journal_cell_revision r"
                 "  ON r.lesson_id = c.lesson_id AND r.student_id = c.student_id AND r.version = 1"
                 " WHERE r.content IS NULL OR r.content->>'attendance' <> coalesce(c.attendance, '')")), 0.0);
    Q_UNUSED(m_school);
}

void TestDemoJournal::marksAreOnTheScaleAndPlausible()
{
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT value, count(*) FROM mark GROUP BY value ORDER BY value")));
    QHash<QString, double> counts;
    double total = 0;
    while (q.next()) {
        QVERIFY2(marks::isValidMark(marks::Scale::Five, q.value(0).toString()),
                 qPrintable(q.value(0).toString()));
        counts.insert(q.value(0).toString(), q.value(1).toDouble());
        total += q.value(1).toDouble();
    }
    qInfo("marks: %.0f — 2: %.0f, 3: %.0f, 4: %.0f, 5: %.0f", total, counts.value(QStringLiteral("2")),
          counts.value(QStringLiteral("3")), counts.value(QStringLiteral("4")), counts.value(QStringLiteral("5")));
    QVERIFY(counts.value(QStringLiteral("4")) > counts.value(QStringLiteral("2")));
    QVERIFY(counts.value(QStringLiteral("2")) / total > 0.02 && counts.value(QStringLiteral("2")) / total < 0.2);
    // About one mark per three students a lesson (not counting the first grade).
    const double perSeat = total / number(QStringLiteral(
        "SELECT count(*) FROM lesson l JOIN assignment a ON a.id = l.assignment_id"
        "  LEFT JOIN study_group g ON g.id = a.group_id"
        "  JOIN class_unit c ON c.id = coalesce(a.class_id, g.class_id)"
        "  LEFT JOIN enrollment e ON e.class_id = a.class_id"
        "  LEFT JOIN group_member m ON m.group_id = a.group_id"
        " WHERE l.on_date <= '2026-11-26' AND c.grade > 1 AND coalesce(e.id, m.id) IS NOT NULL"));
    qInfo("marks per student and lesson: %.2f", perSeat);
    QVERIFY(perSeat > 0.25 && perSeat < 0.45);
    QVERIFY(number(QStringLiteral("SELECT count(DISTINCT work_type_id) FROM mark")) >= 5);
    QCOMPARE(number(QStringLiteral(
                 "SELECT count(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id"
                 "  JOIN assignment a ON a.id = l.assignment_id"
                 "  LEFT JOIN study_group g ON g.id = a.group_id"
                 "  JOIN class_unit c ON c.id = coalesce(a.class_id, g.class_id) WHERE c.grade = 1")), 0.0);
    // Students differ: some do well, some struggle.
    QVERIFY(number(QStringLiteral("SELECT max(a) - min(a) FROM (SELECT avg(value::int) a FROM mark"
                                  " GROUP BY student_id HAVING count(*) > 20) t")) > 1.0);
}

void TestDemoJournal::noMarkForAnAwayStudent()
{
    QCOMPARE(number(QStringLiteral(
                 "SELECT count(*) FROM mark m JOIN journal_cell c USING (school_id, lesson_id, student_id)"
                 "  JOIN work_type w ON w.id = m.work_type_id"
                 " WHERE c.attendance IN ('absent', 'sick', 'excused') AND NOT w.allows_absent")), 0.0);
    // Only members of the lesson's class or group on its date have cells.
    QCOMPARE(number(QStringLiteral(
                 "SELECT count(*) FROM journal_cell jc JOIN lesson l ON l.id = jc.lesson_id"
                 "  JOIN assignment a ON a.id = l.assignment_id"
                 " WHERE NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = jc.student_id"
                 "                    AND e.class_id = a.class_id AND l.on_date >= e.starts_on)"
                 "   AND NOT EXISTS (SELECT 1 FROM group_member m WHERE m.student_id = jc.student_id"
                 "                    AND m.group_id = a.group_id AND l.on_date >= m.starts_on)")), 0.0);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM journal_cell WHERE lesson_id IN"
                                   " (SELECT id FROM lesson WHERE on_date > '2026-11-26')")), 0.0);
}

void TestDemoJournal::finalsOfEndedPeriods()
{
    // The first quarter has ended: its finals are there and it is closed; the halves have not.
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM period WHERE ends_on < '2026-11-26' AND NOT closed")), 0.0);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM period WHERE ends_on >= '2026-11-26' AND closed")), 0.0);
    QCOMPARE(number(QStringLiteral(
                 "SELECT count(*) FROM final_mark f JOIN period p ON p.id = f.period_id"
                 " WHERE p.ends_on >= '2026-11-26' OR f.period_id IS NULL")), 0.0);
    // Every student of a quarter-scheme class with marks of a subject in the first quarter
    // has that quarter's final, and it is the rounded weighted average.
    QCOMPARE(number(QStringLiteral(
                 "SELECT count(*) FROM (SELECT DISTINCT m.student_id, a.subject_id, p.id AS period_id"
                 "   FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN assignment a ON a.id = l.assignment_id"
                 "   LEFT JOIN study_group g ON g.id = a.group_id"
                 "   JOIN class_unit c ON c.id = coalesce(a.class_id, g.class_id)"
                 "   JOIN period p ON p.scheme_id = c.period_scheme_id AND l.on_date BETWEEN p.starts_on AND p.ends_on"
                 "  WHERE p.ends_on < '2026-11-26') w"
                 " LEFT JOIN final_mark f USING (student_id, subject_id, period_id) WHERE f.id IS NULL")), 0.0);
    QVERIFY(number(QStringLiteral("SELECT count(*) FROM final_mark")) > 1000);
    QVERIFY(number(QStringLiteral("SELECT count(*) FROM final_mark WHERE value NOT IN ('2', '3', '4', '5')")) == 0);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'journal.demo'")), 1.0);
}

void TestDemoJournal::thousandStudentsUnderAMinute()
{
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO school (name) VALUES ('Большая школа')")));
    const qint64 large = m_db->value(QStringLiteral("SELECT id FROM school WHERE name = 'Большая школа'")).toLongLong();
    DemoOptions options;
    options.students = 1100;
    options.today = kToday;
    DemoSummary summary;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(fillDemoSchool(m_db->database(), large, options, &summary, &error), qPrintable(error));
    const qint64 ms = timer.elapsed();
    qInfo("demo school of %d students with its journal: %lld ms; %.0f lessons, %.0f marks", summary.students,
          ms, number(QStringLiteral("SELECT count(*) FROM lesson WHERE school_id = %1").arg(large)),
          number(QStringLiteral("SELECT count(*) FROM mark WHERE school_id = %1").arg(large)));
    QVERIFY2(ms < 60000, "the demo school of 1,100 students took a minute or more");
}

QTEST_GUILESS_MAIN(TestDemoJournal)
#include "tst_demo_journal.moc"

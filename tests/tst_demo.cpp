// Tests of the demo school (`ejournal-server demo`): a real PostgreSQL with a school made as
// `init` makes it, filled by fillDemoSchool, then checked with SQL as a deputy would look at
// it: classes with class teachers and students, families, the curriculum within the weekly
// maxima and covered by the load, Russian names that agree in gender, determinism, speed.
#include "bootstrap.h"
#include "demo.h"
#include "demo_calendar.h"
#include "testcluster.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QtTest>

#include <memory>

using namespace ejournal::server;

namespace {
const QDate kToday(2026, 11, 26);
constexpr int kStudents = 300;

DemoOptions demoOptions(int students, quint32 seed = DemoOptions().seed)
{
    DemoOptions options;
    options.students = students;
    options.today = kToday;
    options.seed = seed;
    return options;
}
} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryMatchesRows();
    void countsArePlausible();
    void calendarOf2026();
    void calendarMovesWithTheYear();
    void everyClassHasClassTeacherAndStudents();
    void everyStudentHasFamilyEnrollmentAndAdmission();
    void curriculumWithinWeeklyMaximum();
    void loadCoversCurriculum();
    void teachersTeachTheirSubjects();
    void namesAreCyrillicAndGendered();
    void birthDatesMatchGrades();
    void englishSplitAlphabetically();
    void auditedOnce();
    void secondCallRefused();
    void sameSeedSameSchool();
    void largeSchool();

private:
    // The first column of the first row as a number; %1 in the SQL is the school id.
    int number(const char *sql, qint64 schoolId = 0);
    QString text(const char *sql, qint64 schoolId = 0);
    qint64 newSchool(const QString &name, const QString &adminLogin);

    TestServer m_server;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_schoolId = 0;
    DemoSummary m_summary;
};

QString TestDemo::text(const char *sql, qint64 schoolId)
{
    const QVariant value = m_db->value(QString::fromUtf8(sql).arg(schoolId ? schoolId : m_schoolId));
    if (!m_db->error().isEmpty())
        qWarning("%s", qPrintable(m_db->error()));
    return value.toString();
}

int TestDemo::number(const char *sql, qint64 schoolId)
{
    bool ok = false;
    const int value = text(sql, schoolId).toInt(&ok);
    return ok ? value : -1;
}

qint64 TestDemo::newSchool(const QString &name, const QString &adminLogin)
{
    NewSchool school;
    QString error;
    if (!createSchool(m_db->database(), name, adminLogin, QStringLiteral("Администратор"), &school,
                      &error))
        qWarning("%s", qPrintable(error));
    m_db->exec(QStringLiteral("RESET ROLE"));
    return school.schoolId;
}

void TestDemo::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    m_schoolId = m_db->value(QStringLiteral("SELECT id FROM school")).toLongLong();
    QVERIFY(m_schoolId > 0);
    QVERIFY2(fillDemoSchool(m_db->database(), m_schoolId, demoOptions(kStudents), &m_summary, &error),
             qPrintable(error));
    // The connection is given back with its own role.
    QVERIFY(m_db->value(QStringLiteral("SELECT current_user = session_user")).toBool());
}

void TestDemo::summaryMatchesRows()
{
    QCOMPARE(m_summary.yearName, QStringLiteral("2026/2027"));
    QCOMPARE(number("SELECT count(*) FROM class_unit WHERE school_id = %1"), m_summary.classes);
    QCOMPARE(number("SELECT count(*) FROM student WHERE school_id = %1"), m_summary.students);
    QCOMPARE(number("SELECT count(*) FROM guardian WHERE school_id = %1"), m_summary.guardians);
    QCOMPARE(number("SELECT count(*) FROM staff WHERE school_id = %1"), m_summary.staff);
    QCOMPARE(number("SELECT count(*) FROM subject WHERE school_id = %1"), m_summary.subjects);
    QCOMPARE(number("SELECT count(*) FROM study_group WHERE school_id = %1"), m_summary.groups);
    QCOMPARE(number("SELECT count(*) FROM assignment WHERE school_id = %1"), m_summary.assignments);
}

void TestDemo::countsArePlausible()
{
    QVERIFY2(m_summary.classes >= 11 && m_summary.classes <= 13,
             qPrintable(QString::number(m_summary.classes)));
    QVERIFY(qAbs(m_summary.students - kStudents) <= kStudents / 10);
    QCOMPARE(number("SELECT count(DISTINCT grade) FROM class_unit WHERE school_id = %1"), 11);
    // Director, two deputies, an administrator, a primary teacher per primary class and the
    // subject teachers: a school of 300 has some 25–35 staff.
    QVERIFY2(m_summary.staff >= 20 && m_summary.staff <= 40,
             qPrintable(QString::number(m_summary.staff)));
    QCOMPARE(number("SELECT count(*) FROM staff WHERE school_id = %1 AND position = 'Директор'"), 1);
    QCOMPARE(number(R"sql(SELECT count(*) FROM staff
                       WHERE school_id = %1 AND position LIKE 'Заместитель директора%')sql"), 2);
    QVERIFY(m_summary.subjects >= 25);
    QCOMPARE(number("SELECT count(*) FROM subject WHERE school_id = %1 AND component = 'school'"), 2);
    QCOMPARE(number(R"sql(SELECT count(*) FROM subject WHERE school_id = %1
                       AND name = 'Русский язык' AND short_name = 'Рус. яз.')sql"), 1);
    // One or two guardians a child, and brothers and sisters who share them.
    QVERIFY(m_summary.guardians > kStudents && m_summary.guardians < 2 * kStudents);
    QVERIFY(number(R"sql(SELECT count(*) FROM (SELECT guardian_id FROM student_guardian
                      WHERE school_id = %1 GROUP BY guardian_id HAVING count(*) > 1) t)sql") >= 5);
}

void TestDemo::calendarOf2026()
{
    QCOMPARE(number(R"sql(SELECT count(*) FROM academic_year WHERE school_id = %1
                       AND name = '2026/2027' AND starts_on = '2026-09-01'
                       AND ends_on = '2027-05-31' AND state = 'active')sql"), 1);
    QCOMPARE(text(R"sql(SELECT string_agg(p.name || ' ' || p.starts_on || ' ' || p.ends_on, '; '
                                       ORDER BY p.ordinal)
                     FROM period p JOIN period_scheme s ON s.school_id = p.school_id
                                                       AND s.id = p.scheme_id
                     WHERE p.school_id = %1 AND s.kind = 'quarters')sql"),
             QStringLiteral("1 четверть 2026-09-01 2026-10-24; 2 четверть 2026-11-05 2026-12-28; "
                            "3 четверть 2027-01-12 2027-03-20; 4 четверть 2027-03-30 2027-05-31"));
    QCOMPARE(text(R"sql(SELECT string_agg(p.name || ' ' || p.starts_on || ' ' || p.ends_on, '; '
                                       ORDER BY p.ordinal)
                     FROM period p JOIN period_scheme s ON s.school_id = p.school_id
                                                       AND s.id = p.scheme_id
                     WHERE p.school_id = %1 AND s.kind = 'halves')sql"),
             QStringLiteral("1 полугодие 2026-09-01 2026-12-28; 2 полугодие 2027-01-12 2027-05-31"));
    QCOMPARE(text(R"sql(SELECT string_agg(name || ' ' || starts_on || ' ' || ends_on || ' '
                                       || coalesce(grades::text, 'все'), '; ' ORDER BY starts_on)
                     FROM holiday WHERE school_id = %1)sql"),
             QStringLiteral("Осенние каникулы 2026-10-25 2026-11-04 все; "
                            "Зимние каникулы 2026-12-29 2027-01-11 все; "
                            "Дополнительные каникулы для первых классов 2027-02-15 2027-02-21 {1}; "
                            "Весенние каникулы 2027-03-21 2027-03-29 все"));
    // Grades 1–9 study by quarters, 10–11 by halves.
    QCOMPARE(number(R"sql(SELECT count(*) FROM class_unit c
                       JOIN period_scheme s ON s.school_id = c.school_id AND s.id = c.period_scheme_id
                       WHERE c.school_id = %1
                         AND s.kind <> CASE WHEN c.grade <= 9 THEN 'quarters'
                                            ELSE 'halves' END)sql"), 0);
    QCOMPARE(text(R"sql(SELECT string_agg(to_char(starts_at, 'HH24:MI') || '-'
                                       || to_char(ends_at, 'HH24:MI'),
                                       ' ' ORDER BY lesson_no)
                     FROM bell WHERE school_id = %1 AND shift = 1)sql"),
             QStringLiteral("08:30-09:15 09:25-10:10 10:30-11:15 11:35-12:20 12:30-13:15 "
                            "13:25-14:10 14:20-15:05"));
    QCOMPARE(text("SELECT min(starts_at)::text FROM bell WHERE school_id = %1 AND shift = 2"),
             QStringLiteral("14:00:00"));
}

void TestDemo::calendarMovesWithTheYear()
{
    const demo::DemoCalendar next = demo::demoCalendar(QDate(2027, 10, 1));
    QCOMPARE(next.yearName, QStringLiteral("2027/2028"));
    QCOMPARE(demo::demoCalendar(QDate(2027, 3, 1)).yearName, QStringLiteral("2026/2027"));
    QCOMPARE(demo::demoCalendar(QDate(2027, 7, 15)).yearName, QStringLiteral("2027/2028"));
    const QList<demo::DemoPeriod> &quarters = next.quarters.periods;
    QCOMPARE(quarters.first().startsOn, QDate(2027, 9, 1));
    QCOMPARE(quarters.last().endsOn, QDate(2028, 5, 31));
    for (int q = 0; q < 3; ++q) {
        QVERIFY(quarters.at(q).endsOn < quarters.at(q + 1).startsOn);
        QVERIFY(quarters.at(q + 1).startsOn.dayOfWeek() <= 5);
    }
    // The holidays fill the gaps between the quarters exactly.
    for (const demo::DemoHoliday &holiday : next.holidays) {
        if (!holiday.grades.isEmpty())
            continue;
        const bool fills = std::any_of(quarters.begin(), quarters.end() - 1, [&](const auto &q) {
            const auto &following = *(&q + 1);
            return holiday.startsOn == q.endsOn.addDays(1)
                && holiday.endsOn == following.startsOn.addDays(-1);
        });
        QVERIFY2(fills, qPrintable(holiday.name));
    }
}

void TestDemo::everyClassHasClassTeacherAndStudents()
{
    QCOMPARE(number(R"sql(SELECT count(*) FROM class_unit c
                       WHERE c.school_id = %1
                         AND (c.class_teacher_id IS NULL
                              OR NOT EXISTS (SELECT 1 FROM enrollment e
                                             WHERE e.school_id = c.school_id
                                               AND e.class_id = c.id)))sql"),
             0);
    QCOMPARE(number("SELECT count(DISTINCT class_teacher_id) FROM class_unit WHERE school_id = %1"),
             m_summary.classes);
    // Classes of 20 to 30.
    QCOMPARE(number(R"sql(SELECT count(*) FROM (SELECT class_id, count(*) AS n FROM enrollment
                                            WHERE school_id = %1 GROUP BY class_id) t
                       WHERE n NOT BETWEEN 20 AND 30)sql"), 0);
    // A primary class's class teacher is its own primary teacher.
    QCOMPARE(number(R"sql(SELECT count(*) FROM class_unit c
                       JOIN staff t ON t.school_id = c.school_id AND t.id = c.class_teacher_id
                       WHERE c.school_id = %1 AND c.grade <= 4
                         AND t.position <> 'Учитель начальных классов')sql"), 0);
}

void TestDemo::everyStudentHasFamilyEnrollmentAndAdmission()
{
    QCOMPARE(number(R"sql(SELECT count(*) FROM student s
                       WHERE s.school_id = %1
                         AND NOT EXISTS (SELECT 1 FROM student_guardian g
                                         WHERE g.school_id = s.school_id AND g.student_id = s.id))sql"),
             0);
    QCOMPARE(number(R"sql(SELECT count(*) FROM student s
                       WHERE s.school_id = %1
                         AND (SELECT count(*) FROM enrollment e
                              WHERE e.school_id = s.school_id AND e.student_id = s.id
                                AND e.ends_on IS NULL AND e.starts_on = '2026-09-01') <> 1)sql"), 0);
    QCOMPARE(number(R"sql(SELECT count(*) FROM enrollment e
                       WHERE e.school_id = %1
                         AND NOT EXISTS (SELECT 1 FROM movement m
                                         WHERE m.school_id = e.school_id
                                           AND m.student_id = e.student_id
                                           AND m.kind = 'admission' AND m.to_class_id = e.class_id
                                           AND m.on_date = e.starts_on
                                           AND m.order_no ~ '^№ [0-9]+-у от [0-9]{2}\.08\.2026$'))sql"),
             0);
    QCOMPARE(number(R"sql(SELECT count(*) FROM guardian WHERE school_id = %1
                       AND phone !~ '^\+7 9[0-9]{2} [0-9]{3}-[0-9]{2}-[0-9]{2}$')sql"), 0);
    QCOMPARE(number(R"sql(SELECT count(*) FROM student
                       WHERE school_id = %1 AND personal_file_no !~ '^[А-ЯЁ]-[0-9]+$')sql"), 0);
}

void TestDemo::curriculumWithinWeeklyMaximum()
{
    // The maxima of the federal curriculum for a 5-day week.
    QCOMPARE(number(R"sql(SELECT count(*) FROM (
                           SELECT u.grade, sum(c.hours_per_week) AS hours FROM curriculum c
                           JOIN class_unit u ON u.school_id = c.school_id AND u.id = c.class_id
                           WHERE c.school_id = %1 GROUP BY u.id, u.grade) t
                       WHERE hours > (ARRAY[21, 23, 23, 23, 29, 30, 32, 33, 33, 34, 34])[grade]
                          OR hours < 20)sql"), 0);
    QCOMPARE(number(R"sql(SELECT count(*) FROM curriculum c
                       JOIN class_unit u ON u.school_id = c.school_id AND u.id = c.class_id
                       JOIN subject s ON s.school_id = c.school_id AND s.id = c.subject_id
                       WHERE c.school_id = %1 AND u.grade = 5)sql"), 12);
    QCOMPARE(number(R"sql(SELECT count(*) FROM curriculum c
                       JOIN class_unit u ON u.school_id = c.school_id AND u.id = c.class_id
                       JOIN subject s ON s.school_id = c.school_id AND s.id = c.subject_id
                       WHERE c.school_id = %1 AND u.grade = 5 AND (s.short_name, c.hours_per_week) IN
                           (('Рус. яз.', 5), ('Лит-ра', 3), ('Англ. яз.', 3), ('Матем.', 5),
                            ('История', 2), ('Геогр.', 1), ('Биол.', 1), ('ИЗО', 1), ('Музыка', 1),
                            ('Труд', 2), ('Физ-ра', 2), ('ОДНКНР', 1)))sql"), 12);
    QCOMPARE(number(R"sql(SELECT count(*) FROM curriculum c
                       JOIN subject s ON s.school_id = c.school_id AND s.id = c.subject_id
                       WHERE c.school_id = %1 AND c.part <> s.component)sql"), 0);
}

void TestDemo::loadCoversCurriculum()
{
    // Each curriculum row is taught to the whole class with its hours, or to each of the
    // class's two subgroups of that subject with its hours.
    QCOMPARE(number(R"sql(SELECT count(*) FROM curriculum c
                       WHERE c.school_id = %1 AND NOT (
                         (SELECT coalesce(sum(a.hours_per_week), 0) FROM assignment a
                          WHERE a.school_id = c.school_id AND a.class_id = c.class_id
                            AND a.subject_id = c.subject_id) = c.hours_per_week
                         OR (SELECT count(*) FROM study_group g
                             WHERE g.school_id = c.school_id AND g.class_id = c.class_id
                               AND g.subject_id = c.subject_id
                               AND (SELECT sum(a.hours_per_week) FROM assignment a
                                    WHERE a.school_id = g.school_id AND a.group_id = g.id
                                      AND a.subject_id = g.subject_id) = c.hours_per_week) = 2))sql"),
             0);
    // And nothing else is taught.
    QCOMPARE(number(R"sql(SELECT count(*) FROM assignment a
                       LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id
                       WHERE a.school_id = %1
                         AND NOT EXISTS (SELECT 1 FROM curriculum c
                                         WHERE c.school_id = a.school_id
                                           AND c.class_id = coalesce(a.class_id, g.class_id)
                                           AND c.subject_id = a.subject_id))sql"), 0);
    QVERIFY(number(R"sql(SELECT max(hours) FROM (SELECT sum(hours_per_week) AS hours FROM assignment
                                              WHERE school_id = %1 GROUP BY staff_id) t)sql") <= 27);
}

void TestDemo::teachersTeachTheirSubjects()
{
    QCOMPARE(number(R"sql(SELECT count(*) FROM assignment a
                       JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id
                       JOIN staff t ON t.school_id = a.school_id AND t.id = a.staff_id
                       WHERE a.school_id = %1 AND s.name IN ('Алгебра', 'Геометрия')
                         AND t.position <> 'Учитель математики')sql"), 0);
    QCOMPARE(number(R"sql(SELECT count(*) FROM assignment a
                       JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id
                       JOIN staff t ON t.school_id = a.school_id AND t.id = a.staff_id
                       WHERE a.school_id = %1 AND s.short_name = 'Англ. яз.'
                         AND t.position <> 'Учитель английского языка')sql"), 0);
    // The two subgroups of a class have different teachers.
    QCOMPARE(number(R"sql(SELECT count(*) FROM (
                           SELECT g.class_id, g.subject_id FROM assignment a
                           JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id
                           WHERE a.school_id = %1 GROUP BY g.class_id, g.subject_id
                           HAVING count(DISTINCT a.staff_id) < 2) t)sql"), 0);
}

void TestDemo::namesAreCyrillicAndGendered()
{
    for (const char *table : {"student", "guardian", "staff"}) {
        const QString sql = QStringLiteral(
            "SELECT count(*) FROM %1 WHERE school_id = %2"
            " AND NOT (last_name ~ '^[А-ЯЁ][а-яё]+$' AND first_name ~ '^[А-ЯЁ][а-яё]+$'"
            " AND middle_name ~ '^[А-ЯЁ][а-яё]+$')").arg(QLatin1String(table)).arg(m_schoolId);
        QCOMPARE(m_db->value(sql).toInt(), 0);
    }
    QCOMPARE(number(R"sql(SELECT count(*) FROM student WHERE school_id = %1 AND gender = 'f'
                       AND (middle_name !~ 'на$' OR last_name ~ '(ов|ев|ёв|ин|ын|ий|ой)$'))sql"), 0);
    QCOMPARE(number(R"sql(SELECT count(*) FROM student WHERE school_id = %1 AND gender = 'm'
                       AND (middle_name !~ 'ич$' OR last_name ~ '(ова|ева|ёва|ина|ына|ая)$'))sql"), 0);
    const int girls = number("SELECT count(*) FROM student WHERE school_id = %1 AND gender = 'f'");
    QVERIFY(girls > kStudents / 3 && girls < 2 * kStudents / 3);
    // A mother is a woman with her daughter's surname, a father a man with his son's.
    QCOMPARE(number(R"sql(SELECT count(*) FROM student_guardian l
                       JOIN student s ON s.school_id = l.school_id AND s.id = l.student_id
                       JOIN guardian g ON g.school_id = l.school_id AND g.id = l.guardian_id
                       WHERE l.school_id = %1
                         AND ((l.relation = 'mother' AND (g.middle_name !~ 'на$'
                               OR (s.gender = 'f' AND g.last_name <> s.last_name)))
                           OR (l.relation = 'father' AND (g.middle_name !~ 'ич$'
                               OR (s.gender = 'm' AND g.last_name <> s.last_name)))))sql"), 0);
    // A child's patronymic comes from the father's name (Пётр → Петрович, Лев → Львович).
    QCOMPARE(number(R"sql(SELECT count(*) FROM student_guardian l
                       JOIN student s ON s.school_id = l.school_id AND s.id = l.student_id
                       JOIN guardian g ON g.school_id = l.school_id AND g.id = l.guardian_id
                       WHERE l.school_id = %1 AND l.relation = 'father'
                         AND left(translate(s.middle_name, 'ё', 'е'), 2)
                             <> left(translate(replace(g.first_name, 'Лев', 'Льв'), 'ё', 'е'), 2))sql"),
             0);
}

void TestDemo::birthDatesMatchGrades()
{
    QCOMPARE(number(R"sql(SELECT count(*) FROM student s
                       JOIN enrollment e ON e.school_id = s.school_id AND e.student_id = s.id
                       JOIN class_unit u ON u.school_id = e.school_id AND u.id = e.class_id
                       WHERE s.school_id = %1
                         AND date_part('year', age('2026-09-01', s.birth_date)) - u.grade
                             NOT IN (5, 6))sql"), 0);
}

void TestDemo::englishSplitAlphabetically()
{
    QCOMPARE(number(R"sql(SELECT count(*) FROM study_group g
                       JOIN subject s ON s.school_id = g.school_id AND s.id = g.subject_id
                       WHERE g.school_id = %1 AND s.short_name = 'Англ. яз.')sql"),
             2 * number("SELECT count(*) FROM class_unit WHERE school_id = %1 AND grade >= 2"));
    QCOMPARE(number(R"sql(SELECT count(*) FROM study_group
                          WHERE school_id = %1 AND name = '5А англ. 1 гр.')sql"), 1);
    // Each student of a split class is in exactly one of its two subgroups, from September 1.
    QCOMPARE(number(R"sql(SELECT count(*) FROM study_group g
                       JOIN enrollment e ON e.school_id = g.school_id AND e.class_id = g.class_id
                       WHERE g.school_id = %1 AND g.name LIKE '% 1 гр.'
                         AND (SELECT count(*) FROM group_member m
                              JOIN study_group h ON h.school_id = m.school_id AND h.id = m.group_id
                              WHERE m.school_id = g.school_id AND m.student_id = e.student_id
                                AND h.class_id = g.class_id AND h.subject_id = g.subject_id
                                AND m.starts_on = '2026-09-01' AND m.ends_on IS NULL) <> 1)sql"), 0);
    // The first subgroup takes the first half of the alphabetical class list.
    QCOMPARE(number(R"sql(SELECT count(*) FROM study_group g1
                       JOIN study_group g2 ON g2.school_id = g1.school_id
                        AND g2.class_id = g1.class_id AND g2.subject_id = g1.subject_id
                        AND g2.name LIKE '% 2 гр.'
                       WHERE g1.school_id = %1 AND g1.name LIKE '% 1 гр.'
                         AND (SELECT max(s.last_name || ' ' || s.first_name || ' ' || s.middle_name
                                         COLLATE "ru-x-icu")
                              FROM group_member m
                              JOIN student s ON s.school_id = m.school_id AND s.id = m.student_id
                              WHERE m.school_id = g1.school_id AND m.group_id = g1.id)
                           > (SELECT min(s.last_name || ' ' || s.first_name || ' ' || s.middle_name
                                         COLLATE "ru-x-icu")
                              FROM group_member m
                              JOIN student s ON s.school_id = m.school_id AND s.id = m.student_id
                              WHERE m.school_id = g2.school_id AND m.group_id = g2.id))sql"), 0);
}

void TestDemo::auditedOnce()
{
    QCOMPARE(number(R"sql(SELECT count(*) FROM audit_event
                       WHERE school_id = %1 AND action = 'school.demo' AND entity = 'school'
                         AND entity_id = '%1' AND (after->>'students')::int = 300)sql"), 1);
}

void TestDemo::secondCallRefused()
{
    const int students = number("SELECT count(*) FROM student WHERE school_id = %1");
    DemoSummary summary;
    QString error;
    QVERIFY(!fillDemoSchool(m_db->database(), m_schoolId, demoOptions(kStudents), &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("2026/2027")), qPrintable(error));
    QCOMPARE(number("SELECT count(*) FROM student WHERE school_id = %1"), students);
    QCOMPARE(number("SELECT count(*) FROM audit_event WHERE school_id = %1 AND action = 'school.demo'"),
             1);
    const qint64 empty = newSchool(QStringLiteral("Пустая школа"), QStringLiteral("empty-admin"));
    QVERIFY(!fillDemoSchool(m_db->database(), empty, demoOptions(5), &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("11 to 5000")), qPrintable(error));
    QCOMPARE(number("SELECT count(*) FROM academic_year WHERE school_id = %1", empty), 0);
}

void TestDemo::sameSeedSameSchool()
{
    const qint64 twin = newSchool(QStringLiteral("Школа-близнец"), QStringLiteral("twin-admin"));
    QVERIFY(twin > 0);
    DemoSummary summary;
    QString error;
    QVERIFY2(fillDemoSchool(m_db->database(), twin, demoOptions(kStudents), &summary, &error),
             qPrintable(error));
    const char *first = R"sql(SELECT concat_ws(' ', last_name, first_name, middle_name, birth_date,
                                            personal_file_no)
                           FROM student WHERE school_id = %1 ORDER BY id LIMIT 1)sql";
    QVERIFY(!text(first).isEmpty());
    QCOMPARE(text(first, twin), text(first));
    QCOMPARE(summary.staff, m_summary.staff);
    QCOMPARE(summary.guardians, m_summary.guardians);
}

void TestDemo::largeSchool()
{
    const qint64 large = newSchool(QStringLiteral("Большая школа"), QStringLiteral("large-admin"));
    DemoSummary summary;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(fillDemoSchool(m_db->database(), large, demoOptions(1200, 7), &summary, &error),
             qPrintable(error));
    qInfo("demo school of %d students, %d classes, %d staff, %d guardians, %d assignments: %lld ms",
          summary.students, summary.classes, summary.staff, summary.guardians, summary.assignments,
          timer.elapsed());
    QCOMPARE(number("SELECT count(*) FROM student WHERE school_id = %1", large), 1200);
    QVERIFY(summary.classes >= 44 && summary.classes <= 52);
    // Some 2nd and 3rd grades study in the second shift, nobody else does.
    QCOMPARE(number(R"sql(SELECT count(*) FROM class_unit
                       WHERE school_id = %1 AND shift = 2 AND grade NOT IN (2, 3))sql", large), 0);
    QVERIFY(number("SELECT count(*) FROM class_unit WHERE school_id = %1 AND shift = 2", large) > 0);
    QVERIFY(number(R"sql(SELECT max(hours) FROM (SELECT sum(hours_per_week) AS hours FROM assignment
                                              WHERE school_id = %1 GROUP BY staff_id) t)sql", large)
            <= 27);
    // Large classes split informatics too.
    QVERIFY(number(R"sql(SELECT count(*) FROM study_group
                         WHERE school_id = %1 AND name LIKE '% информ. 1 гр.')sql", large) > 0);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"

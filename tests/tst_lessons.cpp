// Integration tests of the lesson calendar over the real protocol: a small school (1А and 5А,
// holidays for everyone and one for grade 1 only, a timetable with a second version from
// January) gets its dated lessons generated and regenerated; the deputy substitutes, moves,
// cancels, restores and merges lessons; the substitute and the school's clients see it at once;
// the day's changes sheet lists it all; teachers and students only read what concerns them.
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QSqlQuery>
#include <QtTest>

using namespace ejournal;

namespace {
const QString kPassword = QStringLiteral("Parol2026");
const QDate kYearStart(2026, 9, 1);
const QDate kYearEnd(2027, 5, 31);
const QDate kJanuary(2027, 1, 11);

QString errorCode(const Envelope &e)
{
    return e.kind == Envelope::Kind::Error ? errorCodeName(e.error.code) : QStringLiteral("(ok)");
}

QString field(const QCborValue &row, const char *key)
{
    return row.toMap().value(QLatin1String(key)).toVariant().toString();
}

qint64 integer(const QCborValue &row, const char *key)
{
    return row.toMap().value(QLatin1String(key)).toInteger();
}

// One weekly lesson of the test timetable, as the oracle below counts it.
struct Weekly
{
    int version;  // 1: from September, 2: from January
    int weekday;
    int grade;
    int parity;   // 0 every week, 1 odd weeks
};

const QList<Weekly> kWeekly{
    {1, 1, 1, 0}, {1, 1, 1, 0}, {1, 1, 5, 0}, {1, 1, 5, 0}, {1, 3, 1, 1}, {1, 3, 5, 0},
    {2, 1, 1, 0}, {2, 1, 1, 0}, {2, 2, 5, 0}, {2, 1, 5, 0},
};

bool onHoliday(const QDate &d, int grade)
{
    const bool autumn = d >= QDate(2026, 10, 26) && d <= QDate(2026, 11, 3);
    const bool winter = d >= QDate(2026, 12, 29) && d <= QDate(2027, 1, 10);
    const bool february = grade == 1 && d >= QDate(2027, 2, 15) && d <= QDate(2027, 2, 21);
    return autumn || winter || february;
}

// The lessons of a grade the timetable gives from..to, counted day by day.
int expectedLessons(int grade, const QDate &from, const QDate &to)
{
    const QDate firstMonday = kYearStart.addDays(1 - kYearStart.dayOfWeek());
    int n = 0;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const int version = d < kJanuary ? 1 : 2;
        const int parity = (firstMonday.daysTo(d) / 7) % 2 + 1;
        if (onHoliday(d, grade))
            continue;
        for (const Weekly &w : kWeekly)
            if (w.version == version && w.weekday == d.dayOfWeek() && w.grade == grade
                && (w.parity == 0 || w.parity == parity))
                ++n;
    }
    return n;
}
} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunWritesNothing();
    void generationFollowsTimetableAndHolidays();
    void regenerationKeepsFilledLessons();
    void freeTeachersOfTheSubjectFirst();
    void substitutionSeenAtOnce();
    void busySubstituteRefused();
    void moveClashesRefused();
    void cancelAndRestore();
    void mergeAndUndo();
    void changesSheetOfTheDay();
    void teacherMayNotWrite();
    void studentSeesOwnClassOnly();

private:
    void sql(const QString &statement);
    qint64 idOf(const QString &query);
    qint64 lessonAt(const QString &className, const QString &subject, const QDate &date);
    Envelope deputy(const QString &method, const QCborMap &params);
    qint64 staffUser(const QString &login, const QString &lastName, const QString &firstName,
                     const QStringList &roles);

    TestServer m_server;
    TestClient m_deputy;
    TestClient m_petrova;
    TestClient m_sidorov;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
    qint64 m_year = 0;
    QHash<QString, qint64> m_staff;    // last name -> id
    QHash<QString, qint64> m_classes;  // "5А" -> id
};

void TestLessons::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

qint64 TestLessons::idOf(const QString &query)
{
    const qint64 id = m_db->value(query).toLongLong();
    if (id == 0)
        qWarning("no id from %s: %s", qPrintable(query), qPrintable(m_db->error()));
    return id;
}

qint64 TestLessons::lessonAt(const QString &className, const QString &subject, const QDate &date)
{
    return idOf(QStringLiteral(
        "SELECT l.id FROM lesson l JOIN assignment a ON a.id = l.assignment_id"
        "  JOIN class_unit c ON c.id = a.class_id JOIN subject s ON s.id = a.subject_id"
        " WHERE c.grade || c.letter = '%1' AND s.name = '%2' AND l.on_date = '%3'"
        " ORDER BY l.lesson_no LIMIT 1").arg(className, subject, date.toString(Qt::ISODate)));
}

Envelope TestLessons::deputy(const QString &method, const QCborMap &params)
{
    return m_deputy.call(method, params);
}

qint64 TestLessons::staffUser(const QString &login, const QString &lastName,
                              const QString &firstName, const QStringList &roles)
{
    qint64 user = 0;
    if (!login.isEmpty())
        user = m_server.createUser(login, kPassword, roles);
    sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, user_id)"
                       " VALUES (%1, '%2', '%3', %4)")
            .arg(m_school).arg(lastName, firstName,
                                user > 0 ? QString::number(user) : QStringLiteral("NULL")));
    return idOf(QStringLiteral("SELECT id FROM staff WHERE last_name = '%1'").arg(lastName));
}

void TestLessons::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    m_school = idOf(QStringLiteral("SELECT id FROM school"));
    const QString s = QString::number(m_school);
    sql(QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, '2026/2027', '2026-09-01', '2027-05-31', 'active')").arg(s));
    m_year = idOf(QStringLiteral("SELECT id FROM academic_year"));
    const QString y = QString::number(m_year);
    sql(QStringLiteral("INSERT INTO period_scheme (school_id, academic_year_id, kind, name)"
                       " VALUES (%1, %2, 'quarters', 'Четверти')").arg(s, y));
    sql(QStringLiteral(
        "INSERT INTO period (school_id, scheme_id, ordinal, name, starts_on, ends_on)"
        " SELECT %1, ps.id, q.n, q.n || ' четверть', q.f::date, q.t::date FROM period_scheme ps,"
        " (VALUES (1, '2026-09-01', '2026-10-25'), (2, '2026-11-04', '2026-12-28'),"
        "         (3, '2027-01-11', '2027-03-21'), (4, '2027-03-30', '2027-05-31')) q(n, f, t)")
            .arg(s));
    sql(QStringLiteral(
        "INSERT INTO holiday (school_id, academic_year_id, name, starts_on, ends_on, grades) VALUES"
        " (%1, %2, 'Осенние каникулы', '2026-10-26', '2026-11-03', NULL),"
        " (%1, %2, 'Зимние каникулы', '2026-12-29', '2027-01-10', NULL),"
        " (%1, %2, 'Дополнительные каникулы', '2027-02-15', '2027-02-21', '{1}')").arg(s, y));
    sql(QStringLiteral(
        "INSERT INTO bell (school_id, academic_year_id, shift, lesson_no, starts_at, ends_at)"
        " SELECT %1, %2, 1, n, time '08:00' + (n - 1) * interval '55 minutes',"
        "        time '08:45' + (n - 1) * interval '55 minutes' FROM generate_series(1, 6) n")
            .arg(s, y));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter) VALUES"
                       " (%1, %2, 1, 'А'), (%1, %2, 5, 'А')").arg(s, y));
    m_classes.insert(QStringLiteral("1А"), idOf(QStringLiteral("SELECT id FROM class_unit WHERE grade = 1")));
    m_classes.insert(QStringLiteral("5А"), idOf(QStringLiteral("SELECT id FROM class_unit WHERE grade = 5")));
    sql(QStringLiteral("INSERT INTO subject (school_id, name, short_name) VALUES"
                       " (%1, 'Математика', 'Мат.'), (%1, 'Русский язык', 'Рус.'),"
                       " (%1, 'Чтение', 'Чт.')").arg(s));
    sql(QStringLiteral("INSERT INTO room (school_id, name) VALUES (%1, '101'), (%1, '205')").arg(s));
    const QStringList teacher{QStringLiteral("teacher")};
    m_staff.insert(QStringLiteral("Иванова"), staffUser(QStringLiteral("ivanova"), QStringLiteral("Иванова"), QStringLiteral("Мария"), teacher));
    m_staff.insert(QStringLiteral("Петрова"), staffUser(QStringLiteral("petrova"), QStringLiteral("Петрова"), QStringLiteral("Анна"), teacher));
    m_staff.insert(QStringLiteral("Сидоров"), staffUser(QStringLiteral("sidorov"), QStringLiteral("Сидоров"), QStringLiteral("Глеб"), teacher));
    m_staff.insert(QStringLiteral("Кузнецова"), staffUser({}, QStringLiteral("Кузнецова"), QStringLiteral("Ольга"), {}));
    m_staff.insert(QStringLiteral("Орлова"), staffUser({}, QStringLiteral("Орлова"), QStringLiteral("Вера"), {}));
    staffUser(QStringLiteral("zavuch"), QStringLiteral("Завучева"), QStringLiteral("Нина"), {QStringLiteral("deputy")});
    sql(QStringLiteral("INSERT INTO study_group (school_id, academic_year_id, kind, name)"
                       " VALUES (%1, %2, 'elective', 'Математический кружок')").arg(s, y));
    // Load: who teaches what (Орлова teaches mathematics only in the elective, never timetabled).
    sql(QStringLiteral(
        "INSERT INTO assignment (school_id, staff_id, subject_id, class_id, group_id, hours_per_week)"
        " SELECT %1, st.id, su.id, c.id, g.id, 2 FROM (VALUES"
        "   ('Иванова', 'Математика', '1А', NULL), ('Иванова', 'Русский язык', '1А', NULL),"
        "   ('Кузнецова', 'Чтение', '1А', NULL), ('Петрова', 'Математика', '5А', NULL),"
        "   ('Сидоров', 'Русский язык', '5А', NULL),"
        "   ('Орлова', 'Математика', NULL, 'Математический кружок')) v(t, subj, cls, grp)"
        "  JOIN staff st ON st.last_name = v.t JOIN subject su ON su.name = v.subj"
        "  LEFT JOIN class_unit c ON c.grade || c.letter = v.cls"
        "  LEFT JOIN study_group g ON g.name = v.grp").arg(s));
    sql(QStringLiteral("INSERT INTO timetable_version (school_id, academic_year_id, name, valid_from)"
                       " VALUES (%1, %2, 'Основное', '2026-09-01'), (%1, %2, 'С января', '2027-01-11')")
            .arg(s, y));
    // Entries: (version, weekday, lesson, teacher, subject, room, parity) as kWeekly counts them.
    sql(QStringLiteral(
        "INSERT INTO timetable_entry (school_id, version_id, weekday, lesson_no, assignment_id,"
        "                             room_id, week_parity)"
        " SELECT %1, tv.id, v.wd, v.no, a.id, r.id, v.parity FROM (VALUES"
        "   ('Основное', 1, 1, 'Иванова', 'Математика', '101', NULL::smallint),"
        "   ('Основное', 1, 2, 'Иванова', 'Русский язык', '101', NULL),"
        "   ('Основное', 1, 1, 'Петрова', 'Математика', '205', NULL),"
        "   ('Основное', 1, 2, 'Сидоров', 'Русский язык', '205', NULL),"
        "   ('Основное', 3, 3, 'Кузнецова', 'Чтение', '101', 1),"
        "   ('Основное', 3, 1, 'Петрова', 'Математика', '205', NULL),"
        "   ('С января', 1, 1, 'Иванова', 'Математика', '101', NULL),"
        "   ('С января', 1, 2, 'Иванова', 'Русский язык', '101', NULL),"
        "   ('С января', 2, 1, 'Петрова', 'Математика', '205', NULL),"
        "   ('С января', 1, 2, 'Сидоров', 'Русский язык', '205', NULL)"
        "   ) v(ver, wd, no, t, subj, room, parity)"
        "  JOIN timetable_version tv ON tv.name = v.ver"
        "  JOIN staff st ON st.last_name = v.t JOIN subject su ON su.name = v.subj"
        "  JOIN assignment a ON a.staff_id = st.id AND a.subject_id = su.id AND a.class_id IS NOT NULL"
        "  JOIN room r ON r.name = v.room").arg(s));
    QVERIFY(m_deputy.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_deputy.login(QStringLiteral("zavuch"), kPassword).kind, Envelope::Kind::Result);
    QVERIFY(m_petrova.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_petrova.login(QStringLiteral("petrova"), kPassword).kind, Envelope::Kind::Result);
    QVERIFY(m_sidorov.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_sidorov.login(QStringLiteral("sidorov"), kPassword).kind, Envelope::Kind::Result);
}

void TestLessons::dryRunWritesNothing()
{
    const Envelope e = deputy(QStringLiteral("lessons.generate"),
                              {{QStringLiteral("academicYearId"), m_year},
                               {QStringLiteral("dryRun"), true}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QCOMPARE(integer(e.result, "created"),
             expectedLessons(1, kYearStart, kYearEnd) + expectedLessons(5, kYearStart, kYearEnd));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM lesson")).toInt(), 0);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'lessons.generate'")).toInt(), 0);
}

void TestLessons::generationFollowsTimetableAndHolidays()
{
    const Envelope e = deputy(QStringLiteral("lessons.generate"), {{QStringLiteral("academicYearId"), m_year}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    const int grade1 = expectedLessons(1, kYearStart, kYearEnd);
    const int grade5 = expectedLessons(5, kYearStart, kYearEnd);
    QCOMPARE(integer(e.result, "created"), grade1 + grade5);
    QCOMPARE(integer(e.result, "removed"), 0);
    const auto countOf = [&](const QString &where) {
        return m_db->value(QStringLiteral(
            "SELECT count(*) FROM lesson l JOIN assignment a ON a.id = l.assignment_id"
            "  JOIN class_unit c ON c.id = a.class_id WHERE %1").arg(where)).toInt();
    };
    QCOMPARE(countOf(QStringLiteral("c.grade = 1")), grade1);
    QCOMPARE(countOf(QStringLiteral("c.grade = 5")), grade5);
    // No lesson in the autumn holidays; the grade-1 February week skips 1А only.
    QCOMPARE(countOf(QStringLiteral("l.on_date BETWEEN '2026-10-26' AND '2026-11-03'")), 0);
    QCOMPARE(countOf(QStringLiteral("c.grade = 1 AND l.on_date BETWEEN '2027-02-15' AND '2027-02-21'")), 0);
    QVERIFY(countOf(QStringLiteral("c.grade = 5 AND l.on_date BETWEEN '2027-02-15' AND '2027-02-21'")) > 0);
    // The January version takes over: no Wednesday lessons after it, 5А mathematics on Tuesdays.
    QCOMPARE(countOf(QStringLiteral("l.on_date >= '2027-01-11' AND extract(isodow FROM l.on_date) = 3")), 0);
    QVERIFY(countOf(QStringLiteral("c.grade = 5 AND l.on_date >= '2027-01-11' AND extract(isodow FROM l.on_date) = 2")) > 0);
    // The odd-week reading lesson: on 2026-09-02 (week 1), not on 2026-09-09 (week 2).
    QCOMPARE(countOf(QStringLiteral("l.on_date = '2026-09-02' AND c.grade = 1")), 1);
    QCOMPARE(countOf(QStringLiteral("l.on_date = '2026-09-09' AND c.grade = 1")), 0);
    QCOMPARE(m_db->value(QStringLiteral(
                 "SELECT (after->>'created')::int FROM audit_event WHERE action = 'lessons.generate'")).toInt(),
             grade1 + grade5);
    // Generating again changes nothing.
    const Envelope again = deputy(QStringLiteral("lessons.generate"), {{QStringLiteral("academicYearId"), m_year}});
    QCOMPARE(integer(again.result, "created"), 0);
    QCOMPARE(integer(again.result, "kept"), grade1 + grade5);
}

void TestLessons::regenerationKeepsFilledLessons()
{
    const QDate filledDay(2026, 9, 7);
    const qint64 filled = lessonAt(QStringLiteral("5А"), QStringLiteral("Математика"), filledDay);
    sql(QStringLiteral("UPDATE lesson SET topic = 'Натуральные числа' WHERE id = %1").arg(filled));
    // 5А mathematics moves from Monday lesson 1 to lesson 3 in the September version.
    const QString entry = QStringLiteral(
        "UPDATE timetable_entry SET lesson_no = %1 WHERE weekday = 1 AND lesson_no = %2"
        "   AND version_id = (SELECT id FROM timetable_version WHERE name = 'Основное')"
        "   AND assignment_id = (SELECT a.id FROM assignment a JOIN staff st ON st.id = a.staff_id"
        "                         WHERE st.last_name = 'Петрова')");
    sql(entry.arg(3).arg(1));
    const QCborMap range{{QStringLiteral("academicYearId"), m_year},
                         {QStringLiteral("from"), QStringLiteral("2026-09-01")},
                         {QStringLiteral("to"), QStringLiteral("2026-12-31")}};
    const int mondays = m_db->value(QStringLiteral(
        "SELECT count(*) FROM lesson l JOIN timetable_entry e ON e.id = l.timetable_entry_id"
        " WHERE e.weekday = 1 AND e.lesson_no = 3")).toInt();
    QVERIFY(mondays > 10);
    const Envelope e = deputy(QStringLiteral("lessons.generate"), range);
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    const QCborArray orphans = e.result.toMap().value(QStringLiteral("keptOrphans")).toArray();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(integer(orphans.at(0), "lessonId"), filled);
    QCOMPARE(field(orphans.at(0), "class"), QStringLiteral("5А"));
    QCOMPARE(field(orphans.at(0), "subject"), QStringLiteral("Математика"));
    const QCborArray moved = e.result.toMap().value(QStringLiteral("moved")).toArray();
    QCOMPARE(moved.size(), mondays - 1);
    QCOMPARE(integer(moved.at(0), "toLessonNo"), 3);
    QCOMPARE(integer(e.result, "created"), 1);  // lesson 3 on the filled lesson's day
    QCOMPARE(m_db->value(QStringLiteral("SELECT lesson_no FROM lesson WHERE id = %1").arg(filled)).toInt(), 1);
    // Back to lesson 1: the filled lesson is in the timetable again, the extra one goes.
    sql(entry.arg(1).arg(3));
    const Envelope back = deputy(QStringLiteral("lessons.generate"), range);
    QCOMPARE(integer(back.result, "removed"), 1);
    QCOMPARE(back.result.toMap().value(QStringLiteral("moved")).toArray().size(), mondays - 1);
    QVERIFY(back.result.toMap().value(QStringLiteral("keptOrphans")).toArray().isEmpty());
    QCOMPARE(m_db->value(QStringLiteral("SELECT topic FROM lesson WHERE id = %1").arg(filled)).toString(),
             QStringLiteral("Натуральные числа"));
}

void TestLessons::freeTeachersOfTheSubjectFirst()
{
    const qint64 lesson = lessonAt(QStringLiteral("5А"), QStringLiteral("Математика"), QDate(2026, 9, 14));
    const Envelope e = deputy(QStringLiteral("lessons.freeTeachers"), {{QStringLiteral("lessonId"), lesson}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QStringList names;
    for (const QCborValue &row : e.result.toArray())
        names.append(field(row, "name").section(QLatin1Char(' '), 0, 0));
    // Орлова teaches mathematics; Иванова is busy (1А at lesson 1); Кузнецова has no lesson
    // that Monday, Сидоров one.
    QCOMPARE(names, (QStringList{QStringLiteral("Орлова"), QStringLiteral("Кузнецова"),
                                 QStringLiteral("Сидоров")}));
    QVERIFY(e.result.toArray().at(0).toMap().value(QStringLiteral("teachesSubject")).toBool());
    QCOMPARE(integer(e.result.toArray().at(2), "lessonsThatDay"), 1);
}

void TestLessons::substitutionSeenAtOnce()
{
    const QDate day(2026, 9, 14);
    const qint64 lesson = lessonAt(QStringLiteral("5А"), QStringLiteral("Математика"), day);
    const int eventsBefore = m_petrova.events().size();
    const Envelope e = deputy(QStringLiteral("lessons.substitute"),
                              {{QStringLiteral("lessonId"), lesson},
                               {QStringLiteral("teacherId"), m_staff.value(QStringLiteral("Сидоров"))},
                               {QStringLiteral("reason"), QStringLiteral("болезнь")}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QCOMPARE(field(e.result, "originalTeacherName"), QStringLiteral("Петрова Анна"));
    const QCborMap range{{QStringLiteral("from"), day.toString(Qt::ISODate)},
                         {QStringLiteral("to"), day.toString(Qt::ISODate)}};
    const Envelope mine = m_sidorov.call(QStringLiteral("lessons.my"), range);
    QCOMPARE(errorCode(mine), QStringLiteral("(ok)"));
    QList<qint64> ids;
    for (const QCborValue &row : mine.result.toArray())
        ids.append(integer(row, "id"));
    QVERIFY(ids.contains(lesson));
    QVERIFY(m_petrova.call(QStringLiteral("lessons.my"), range).result.toArray().isEmpty());
    QTRY_VERIFY(m_petrova.events().size() > eventsBefore);
    const Envelope event = m_petrova.events().last();
    QCOMPARE(event.event, QStringLiteral("lesson.changed"));
    QCOMPARE(event.data.value(QStringLiteral("lessonId")).toInteger(), lesson);
    QCOMPARE(event.data.value(QStringLiteral("kind")).toString(), QStringLiteral("substitute"));
    QCOMPARE(event.data.value(QStringLiteral("date")).toString(), QStringLiteral("2026-09-14"));
    QCOMPARE(m_db->value(QStringLiteral(
                 "SELECT before->>'teacher' || ' -> ' || (after->>'teacher') || ' / ' || reason"
                 "  FROM audit_event WHERE action = 'lesson.substitute'")).toString(),
             QStringLiteral("Петрова Анна -> Сидоров Глеб / болезнь"));
}

void TestLessons::busySubstituteRefused()
{
    const qint64 lesson = lessonAt(QStringLiteral("5А"), QStringLiteral("Математика"), QDate(2026, 9, 21));
    const Envelope e = deputy(QStringLiteral("lessons.substitute"),
                              {{QStringLiteral("lessonId"), lesson},
                               {QStringLiteral("teacherId"), m_staff.value(QStringLiteral("Иванова"))}});
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    QVERIFY2(e.error.message.contains(QStringLiteral("1А Математика")), qPrintable(e.error.message));
    QVERIFY(e.error.details.contains(QStringLiteral("teacherId")));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM lesson_change WHERE lesson_id = %1").arg(lesson)).toInt(), 0);
}

void TestLessons::moveClashesRefused()
{
    const QDate day(2026, 9, 21);
    const qint64 russian = lessonAt(QStringLiteral("5А"), QStringLiteral("Русский язык"), day);
    Envelope e = deputy(QStringLiteral("lessons.move"),
                        {{QStringLiteral("lessonId"), russian}, {QStringLiteral("lessonNo"), 1}});
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    QVERIFY2(e.error.message.contains(QStringLiteral("5А Математика")), qPrintable(e.error.message));
    QVERIFY(e.error.details.contains(QStringLiteral("lessonNo")));
    e = deputy(QStringLiteral("lessons.move"),
               {{QStringLiteral("lessonId"), russian}, {QStringLiteral("date"), QStringLiteral("2026-10-28")}});
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    QVERIFY2(e.error.message.contains(QStringLiteral("Осенние каникулы")), qPrintable(e.error.message));
    e = deputy(QStringLiteral("lessons.move"),
               {{QStringLiteral("lessonId"), russian}, {QStringLiteral("date"), QStringLiteral("2027-06-02")}});
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    QVERIFY(e.error.details.contains(QStringLiteral("date")));
    e = deputy(QStringLiteral("lessons.move"),
               {{QStringLiteral("lessonId"), russian}, {QStringLiteral("lessonNo"), 4},
                {QStringLiteral("reason"), QStringLiteral("экскурсия")}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QCOMPARE(integer(e.result, "lessonNo"), 4);
    QCOMPARE(m_db->value(QStringLiteral(
                 "SELECT (before->>'lessonNo') || '>' || (after->>'lessonNo') FROM audit_event"
                 " WHERE action = 'lesson.move'")).toString(), QStringLiteral("2>4"));
}

void TestLessons::cancelAndRestore()
{
    const qint64 lesson = lessonAt(QStringLiteral("1А"), QStringLiteral("Математика"), QDate(2026, 9, 21));
    const QCborMap id{{QStringLiteral("lessonId"), lesson}};
    QCborMap noReason = id;
    noReason.insert(QStringLiteral("reason"), QStringLiteral("  "));
    QCOMPARE(errorCode(deputy(QStringLiteral("lessons.cancel"), noReason)), QStringLiteral("invalid"));
    QCborMap cancel = id;
    cancel.insert(QStringLiteral("reason"), QStringLiteral("карантин"));
    Envelope e = deputy(QStringLiteral("lessons.cancel"), cancel);
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QCOMPARE(field(e.result, "status"), QStringLiteral("cancelled"));
    QCOMPARE(errorCode(deputy(QStringLiteral("lessons.cancel"), cancel)), QStringLiteral("invalid"));
    e = deputy(QStringLiteral("lessons.restore"), id);
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QCOMPARE(field(e.result, "status"), QStringLiteral("planned"));
    QCOMPARE(errorCode(deputy(QStringLiteral("lessons.restore"), id)), QStringLiteral("invalid"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action IN"
                                        " ('lesson.cancel', 'lesson.restore')")).toInt(), 2);
}

void TestLessons::mergeAndUndo()
{
    const QDate day(2026, 9, 28);
    const qint64 into = lessonAt(QStringLiteral("1А"), QStringLiteral("Математика"), day);
    const qint64 other = lessonAt(QStringLiteral("5А"), QStringLiteral("Математика"), day);
    const qint64 russian = lessonAt(QStringLiteral("5А"), QStringLiteral("Русский язык"), day);
    Envelope e = deputy(QStringLiteral("lessons.merge"),
                        {{QStringLiteral("lessonIds"), QCborArray{russian}},
                         {QStringLiteral("intoLessonId"), into}, {QStringLiteral("reason"), QStringLiteral("x")}});
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    e = deputy(QStringLiteral("lessons.merge"),
               {{QStringLiteral("lessonIds"), QCborArray{other}}, {QStringLiteral("intoLessonId"), into},
                {QStringLiteral("reason"), QStringLiteral("общий урок")}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QCOMPARE(e.result.toArray().size(), 2);
    QCOMPARE(field(e.result.toArray().at(1), "status"), QStringLiteral("merged"));
    QCOMPARE(integer(e.result.toArray().at(1), "mergedIntoId"), into);
    // The merged lesson's teacher is free at that time now.
    const Envelope free = deputy(QStringLiteral("lessons.freeTeachers"), {{QStringLiteral("lessonId"), into}});
    bool petrovaFree = false;
    for (const QCborValue &row : free.result.toArray())
        petrovaFree |= integer(row, "staffId") == m_staff.value(QStringLiteral("Петрова"));
    QVERIFY(petrovaFree);
    e = deputy(QStringLiteral("lessons.restore"), {{QStringLiteral("lessonId"), other}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QCOMPARE(field(e.result, "status"), QStringLiteral("planned"));
}

void TestLessons::changesSheetOfTheDay()
{
    const Envelope e = deputy(QStringLiteral("changes.day"), {{QStringLiteral("date"), QStringLiteral("2026-09-21")}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QStringList sheet;
    for (const QCborValue &row : e.result.toMap().value(QStringLiteral("changes")).toArray())
        sheet.append(QStringLiteral("%1 %2 %3").arg(field(row, "lessonNo"), field(row, "class"),
                                                    field(row, "kind")));
    QCOMPARE(sheet, (QStringList{QStringLiteral("1 1А cancel"), QStringLiteral("1 1А restore"),
                                 QStringLiteral("4 5А move")}));
    const Envelope monday = deputy(QStringLiteral("changes.day"), {{QStringLiteral("date"), QStringLiteral("2026-09-14")}});
    const QCborArray rows = monday.result.toMap().value(QStringLiteral("changes")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(field(rows.at(0), "oldTeacherName"), QStringLiteral("Петрова Анна"));
    QCOMPARE(field(rows.at(0), "newTeacherName"), QStringLiteral("Сидоров Глеб"));
    QCOMPARE(field(rows.at(0), "roomName"), QStringLiteral("205"));
}

void TestLessons::teacherMayNotWrite()
{
    const qint64 lesson = lessonAt(QStringLiteral("5А"), QStringLiteral("Математика"), QDate(2026, 10, 5));
    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("lessons.cancel"),
                                      {{QStringLiteral("lessonId"), lesson},
                                       {QStringLiteral("reason"), QStringLiteral("хочу")}})),
             QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("lessons.generate"),
                                      {{QStringLiteral("academicYearId"), m_year}})),
             QStringLiteral("forbidden"));
    // Teachers read every lesson.
    const Envelope e = m_petrova.call(QStringLiteral("lessons.list"),
                                      {{QStringLiteral("from"), QStringLiteral("2026-10-05")},
                                       {QStringLiteral("to"), QStringLiteral("2026-10-05")},
                                       {QStringLiteral("classId"), m_classes.value(QStringLiteral("1А"))}});
    QCOMPARE(e.result.toArray().size(), 2);
}

void TestLessons::studentSeesOwnClassOnly()
{
    const qint64 user = m_server.createUser(QStringLiteral("pupil"), kPassword, {QStringLiteral("student")});
    sql(QStringLiteral("INSERT INTO student (school_id, last_name, first_name, user_id)"
                       " VALUES (%1, 'Ученик', 'Илья', %2)").arg(m_school).arg(user));
    sql(QStringLiteral("INSERT INTO enrollment (school_id, student_id, class_id, starts_on)"
                       " SELECT %1, id, %2, '2026-09-01' FROM student WHERE last_name = 'Ученик'")
            .arg(m_school).arg(m_classes.value(QStringLiteral("1А"))));
    TestClient pupil;
    QVERIFY(pupil.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(pupil.login(QStringLiteral("pupil"), kPassword).kind, Envelope::Kind::Result);
    QCborMap week{{QStringLiteral("from"), QStringLiteral("2026-09-14")},
                  {QStringLiteral("to"), QStringLiteral("2026-09-20")}};
    const Envelope all = pupil.call(QStringLiteral("lessons.list"), week);
    QCOMPARE(errorCode(all), QStringLiteral("(ok)"));
    QCOMPARE(all.result.toArray().size(), expectedLessons(1, QDate(2026, 9, 14), QDate(2026, 9, 20)));
    for (const QCborValue &row : all.result.toArray())
        QCOMPARE(field(row, "targetName"), QStringLiteral("1А"));
    week.insert(QStringLiteral("classId"), m_classes.value(QStringLiteral("5А")));
    QCOMPARE(errorCode(pupil.call(QStringLiteral("lessons.list"), week)), QStringLiteral("forbidden"));
    const Envelope sheet = pupil.call(QStringLiteral("changes.day"), {{QStringLiteral("date"), QStringLiteral("2026-09-14")}});
    QVERIFY(sheet.result.toMap().value(QStringLiteral("changes")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"

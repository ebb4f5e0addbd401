// Integration tests of the journal over the real protocol: a school with 5А and 6Б, a subgroup
// of 5А, loads of three teachers and dated lessons around today. Every rule and denial of
// journal.* and corrections.*: who reads and writes which journal, marks on the scale, away
// students, future lessons, stale versions, late corrections with reasons, the past state,
// final marks, cell history, live events to the readers of a journal, and the audit.
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QtTest>

using namespace ejournal;

namespace {
const QString kPassword = QStringLiteral("Parol2026");
const QDate kToday = QDate::currentDate();

QString errorCode(const Envelope &e)
{
    return e.kind == Envelope::Kind::Error ? errorCodeName(e.error.code) : QStringLiteral("(ok)");
}

QString day(int offset)
{
    return kToday.addDays(offset).toString(Qt::ISODate);
}

QCborMap mark(const QString &value, qint64 workTypeId = 0)
{
    QCborMap m{{QStringLiteral("value"), value}};
    if (workTypeId != 0)
        m.insert(QStringLiteral("workTypeId"), workTypeId);
    return m;
}

QCborArray marksOf(const QStringList &values)
{
    QCborArray out;
    for (const QString &v : values)
        out.append(mark(v));
    return out;
}

// The row of a list whose `key` equals `value`.
QCborMap rowWith(const QCborArray &rows, const char *key, const QCborValue &value)
{
    for (const QCborValue &row : rows)
        if (row.toMap().value(QLatin1String(key)) == value)
            return row.toMap();
    return {};
}

// Now as ISO 8601 text with the local offset, as a client sends a moment.
QString isoTimeNow()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate);
}

QCborMap cellOf(const QCborArray &cells, qint64 lesson, qint64 student)
{
    for (const QCborValue &cell : cells)
        if (cell[QStringLiteral("lessonId")].toInteger() == lesson
            && cell[QStringLiteral("studentId")].toInteger() == student)
            return cell.toMap();
    return {};
}

QStringList markValues(const QCborMap &cell)
{
    QStringList out;
    for (const QCborValue &m : cell.value(QStringLiteral("marks")).toArray())
        out.append(m[QStringLiteral("value")].toString());
    return out;
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listShowsTheJournalsOfEachRole();
    void openShowsMembersOnLessonDates();
    void defaultPeriodContainsToday();
    void teacherOfAnotherLoadForbidden();
    void substituteWritesOnlyTheSubstitutedLesson();
    void classTeacherReadsOwnClassOnly();
    void deputyCorrects();
    void marksMustBeOnTheScale();
    void groupLessonUsesGroupMembers();
    void awayStudentGetsOnlyAllowedKinds();
    void futureAndCancelledLessonsRefused();
    void staleVersionConflictCarriesTheCell();
    void unchangedMarksKeepTheirEntryTime();
    void lateEditNeedsReasonAndIsRecorded();
    void closedPeriodNeedsReason();
    void asOfShowsThePastState();
    void readersOfTheJournalSeeChangesLive();
    void lessonCard();
    void finalMarks();
    void cellHistoryNewestFirst();
    void correctionsListAndApprove();
    void auditHasBeforeAndAfter();
    void closedYearIsReadOnly();

private:
    void sql(const QString &statement);
    qint64 idOf(const QString &query);
    qint64 staffUser(const QString &login, const QString &lastName, const QString &firstName,
                     const QStringList &roles);
    qint64 lessonOf(qint64 assignment, int offset);
    Envelope setCell(TestClient &client, qint64 lesson, qint64 student, qint64 version,
                     const QCborArray &marks, const QString &attendance = {},
                     const QString &reason = {});
    qint64 versionOf(qint64 lesson, qint64 student);
    void signIn(TestClient &client, const QString &login);

    TestServer m_server;
    TestClient m_ivanova;   // teaches mathematics in 5А
    TestClient m_petrova;   // teaches mathematics in 6Б and English to a 5А subgroup
    TestClient m_orlova;    // class teacher of 5А
    TestClient m_deputy;
    TestClient m_director;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
    qint64 m_year = 0;
    qint64 m_math5 = 0;
    qint64 m_math6 = 0;
    qint64 m_english = 0;
    QHash<QString, qint64> m_student;  // last name -> id
    QHash<QString, qint64> m_period;   // "1".."3" -> id
    qint64 m_homework = 0;             // kind of work "Домашняя работа" (allows absent)
};

void TestJournal::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

qint64 TestJournal::idOf(const QString &query)
{
    const qint64 id = m_db->value(query).toLongLong();
    if (id == 0)
        qWarning("no id from %s: %s", qPrintable(query), qPrintable(m_db->error()));
    return id;
}

qint64 TestJournal::staffUser(const QString &login, const QString &lastName,
                              const QString &firstName, const QStringList &roles)
{
    const qint64 user = m_server.createUser(login, kPassword, roles, false,
                                            lastName + QLatin1Char(' ') + firstName);
    sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, user_id)"
                       " VALUES (%1, '%2', '%3', %4)").arg(m_school).arg(lastName, firstName)
            .arg(user));
    return idOf(QStringLiteral("SELECT id FROM staff WHERE last_name = '%1'").arg(lastName));
}

qint64 TestJournal::lessonOf(qint64 assignment, int offset)
{
    return idOf(QStringLiteral("SELECT id FROM lesson WHERE assignment_id = %1 AND on_date = '%2'")
                    .arg(assignment).arg(day(offset)));
}

Envelope TestJournal::setCell(TestClient &client, qint64 lesson, qint64 student, qint64 version,
                              const QCborArray &marks, const QString &attendance,
                              const QString &reason)
{
    QCborMap params{{QStringLiteral("lessonId"), lesson},
                    {QStringLiteral("studentId"), student},
                    {QStringLiteral("version"), version},
                    {QStringLiteral("marks"), marks}};
    if (!attendance.isEmpty())
        params.insert(QStringLiteral("attendance"), attendance);
    if (!reason.isEmpty())
        params.insert(QStringLiteral("reason"), reason);
    return client.call(QStringLiteral("journal.setCell"), params);
}

qint64 TestJournal::versionOf(qint64 lesson, qint64 student)
{
    return m_db->value(QStringLiteral("SELECT coalesce((SELECT version FROM journal_cell"
                                      " WHERE lesson_id = %1 AND student_id = %2), 0)")
                           .arg(lesson).arg(student)).toLongLong();
}

void TestJournal::signIn(TestClient &client, const QString &login)
{
    QVERIFY(client.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(client.login(login, kPassword).kind, Envelope::Kind::Result);
}

void TestJournal::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    m_school = idOf(QStringLiteral("SELECT id FROM school"));
    const QString s = QString::number(m_school);
    sql(QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, 'Текущий', '%2', '%3', 'active')").arg(s, day(-100), day(150)));
    m_year = idOf(QStringLiteral("SELECT id FROM academic_year"));
    const QString y = QString::number(m_year);
    sql(QStringLiteral("INSERT INTO period_scheme (school_id, academic_year_id, kind, name)"
                       " VALUES (%1, %2, 'trimesters', 'Триместры')").arg(s, y));
    sql(QStringLiteral(
        "INSERT INTO period (school_id, scheme_id, ordinal, name, starts_on, ends_on, closed)"
        " SELECT %1, ps.id, q.n, q.n || ' триместр', q.f::date, q.t::date, q.c FROM period_scheme ps,"
        " (VALUES (1, '%2', '%3', true), (2, '%4', '%5', false), (3, '%6', '%7', false))"
        " q(n, f, t, c)").arg(s, day(-100), day(-60), day(-59), day(10), day(11), day(150)));
    for (const QString &n : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
        m_period.insert(n, idOf(QStringLiteral("SELECT id FROM period WHERE ordinal = %1").arg(n)));
    const qint64 ivanova = staffUser(QStringLiteral("ivanova"), QStringLiteral("Иванова"), QStringLiteral("Мария"), {QStringLiteral("teacher")});
    const qint64 petrova = staffUser(QStringLiteral("petrova"), QStringLiteral("Петрова"), QStringLiteral("Анна"), {QStringLiteral("teacher")});
    const qint64 orlova = staffUser(QStringLiteral("orlova"), QStringLiteral("Орлова"), QStringLiteral("Вера"), {QStringLiteral("class_teacher")});
    staffUser(QStringLiteral("zavuch"), QStringLiteral("Завучева"), QStringLiteral("Нина"), {QStringLiteral("deputy")});
    staffUser(QStringLiteral("director"), QStringLiteral("Директоров"), QStringLiteral("Олег"), {QStringLiteral("director")});
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter,"
                       " class_teacher_id, period_scheme_id)"
                       " SELECT %1, %2, v.g, v.l, v.t, ps.id FROM period_scheme ps,"
                       " (VALUES (5, 'А', %3), (6, 'Б', NULL)) v(g, l, t)").arg(s, y).arg(orlova));
    const qint64 c5 = idOf(QStringLiteral("SELECT id FROM class_unit WHERE grade = 5"));
    const qint64 c6 = idOf(QStringLiteral("SELECT id FROM class_unit WHERE grade = 6"));
    sql(QStringLiteral("INSERT INTO student (school_id, last_name, first_name, middle_name) VALUES"
                       " (%1, 'Васильев', 'Олег', ''), (%1, 'Антонов', 'Пётр', 'Ильич'),"
                       " (%1, 'Григорьева', 'Ирина', ''), (%1, 'Борисова', 'Ева', ''),"
                       " (%1, 'Дмитриев', 'Лев', '')").arg(s));
    for (const QString &n : {QStringLiteral("Антонов"), QStringLiteral("Борисова"), QStringLiteral("Васильев"),
                             QStringLiteral("Григорьева"), QStringLiteral("Дмитриев")})
        m_student.insert(n, idOf(QStringLiteral("SELECT id FROM student WHERE last_name = '%1'").arg(n)));
    // Васильев joins 5А twenty days ago, Григорьева leaves it ten days ago.
    sql(QStringLiteral("INSERT INTO enrollment (school_id, student_id, class_id, starts_on, ends_on)"
                       " SELECT %1, st.id, v.c, v.f::date, v.t::date FROM (VALUES"
                       " ('Антонов', %2, '%4', NULL), ('Борисова', %2, '%4', NULL),"
                       " ('Васильев', %2, '%5', NULL), ('Григорьева', %2, '%4', '%6'),"
                       " ('Дмитриев', %3, '%4', NULL)) v(n, c, f, t)"
                       " JOIN student st ON st.last_name = v.n")
            .arg(s).arg(c5).arg(c6).arg(day(-100), day(-20), day(-10)));
    sql(QStringLiteral("INSERT INTO study_group (school_id, academic_year_id, kind, name, class_id)"
                       " VALUES (%1, %2, 'subgroup', '5А англ. 1 гр.', %3)").arg(s, y).arg(c5));
    const qint64 group = idOf(QStringLiteral("SELECT id FROM study_group"));
    sql(QStringLiteral("INSERT INTO group_member (school_id, group_id, student_id, starts_on)"
                       " SELECT %1, %2, id, '%3' FROM student"
                       " WHERE last_name IN ('Антонов', 'Борисова')").arg(s).arg(group).arg(day(-100)));
    sql(QStringLiteral("INSERT INTO subject (school_id, name, short_name) VALUES"
                       " (%1, 'Математика', 'Мат.'), (%1, 'Английский язык', 'Англ.')").arg(s));
    const qint64 math = idOf(QStringLiteral("SELECT id FROM subject WHERE name = 'Математика'"));
    const qint64 english = idOf(QStringLiteral("SELECT id FROM subject WHERE short_name = 'Англ.'"));
    sql(QStringLiteral("INSERT INTO subject_scale (school_id, subject_id, scale) VALUES (%1, %2, 'ten')")
            .arg(s).arg(english));
    sql(QStringLiteral("INSERT INTO assignment (school_id, staff_id, subject_id, class_id, group_id,"
                       " hours_per_week) VALUES (%1, %2, %4, %5, NULL, 4), (%1, %3, %4, %6, NULL, 4),"
                       " (%1, %3, %7, NULL, %8, 2)")
            .arg(s).arg(ivanova).arg(petrova).arg(math).arg(c5).arg(c6).arg(english).arg(group));
    m_math5 = idOf(QStringLiteral("SELECT id FROM assignment WHERE class_id = %1").arg(c5));
    m_math6 = idOf(QStringLiteral("SELECT id FROM assignment WHERE class_id = %1").arg(c6));
    m_english = idOf(QStringLiteral("SELECT id FROM assignment WHERE group_id = %1").arg(group));
    // 5А mathematics: lessons from the closed first trimester to the day after tomorrow; the
    // lesson three days ago is given by Петрова (a substitute), two days ago is cancelled.
    sql(QStringLiteral("INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no, teacher_id,"
                       " status) SELECT %1, %2, current_date + d, 1,"
                       " CASE WHEN d = -3 THEN %3 ELSE %4 END,"
                       " CASE WHEN d = -2 THEN 'cancelled' ELSE 'planned' END"
                       " FROM unnest(ARRAY[-80, -30, -15, -5, -3, -2, -1, 0, 2]) d")
            .arg(s).arg(m_math5).arg(petrova).arg(ivanova));
    sql(QStringLiteral("INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no, teacher_id)"
                       " VALUES (%1, %2, current_date - 1, 2, %3), (%1, %4, current_date - 1, 3, %3)")
            .arg(s).arg(m_math6).arg(petrova).arg(m_english));
    m_homework = idOf(QStringLiteral("SELECT id FROM work_type WHERE short_name = 'ДЗ'"));
    signIn(m_ivanova, QStringLiteral("ivanova"));
    signIn(m_petrova, QStringLiteral("petrova"));
    signIn(m_orlova, QStringLiteral("orlova"));
    signIn(m_deputy, QStringLiteral("zavuch"));
    signIn(m_director, QStringLiteral("director"));
}

void TestJournal::listShowsTheJournalsOfEachRole()
{
    const QCborArray ivanova = m_ivanova.call(QStringLiteral("journal.list")).result.toArray();
    QCOMPARE(ivanova.size(), 1);
    QCOMPARE(ivanova.at(0)[QStringLiteral("assignmentId")].toInteger(), m_math5);
    QCOMPARE(ivanova.at(0)[QStringLiteral("own")].toBool(), true);
    QCOMPARE(ivanova.at(0)[QStringLiteral("canWrite")].toBool(), true);
    QCOMPARE(ivanova.at(0)[QStringLiteral("targetName")].toString(), QStringLiteral("5А"));
    QCOMPARE(ivanova.at(0)[QStringLiteral("periods")].toArray().size(), 3);

    const QCborArray petrova = m_petrova.call(QStringLiteral("journal.list")).result.toArray();
    QCOMPARE(petrova.size(), 3);
    const QCborMap substituted = rowWith(petrova, "assignmentId", m_math5);
    QCOMPARE(substituted.value(QStringLiteral("substituteOnly")).toBool(), true);
    QCOMPARE(substituted.value(QStringLiteral("canWrite")).toBool(), false);
    QCOMPARE(rowWith(petrova, "assignmentId", m_math6).value(QStringLiteral("own")).toBool(), true);

    const QCborArray orlova = m_orlova.call(QStringLiteral("journal.list")).result.toArray();
    QCOMPARE(orlova.size(), 2);  // 5А mathematics and the 5А subgroup's English, not 6Б
    QVERIFY(rowWith(orlova, "assignmentId", m_math6).isEmpty());
    QCOMPARE(rowWith(orlova, "assignmentId", m_english).value(QStringLiteral("canWrite")).toBool(), false);

    const QCborArray deputy = m_deputy.call(QStringLiteral("journal.list")).result.toArray();
    QCOMPARE(deputy.size(), 3);
    for (const QCborValue &row : deputy)
        QCOMPARE(row[QStringLiteral("canWrite")].toBool(), true);
    QCOMPARE(deputy.at(0)[QStringLiteral("targetName")].toString(), QStringLiteral("5А"));
    const QCborArray director = m_director.call(QStringLiteral("journal.list")).result.toArray();
    QCOMPARE(director.size(), 3);
    QCOMPARE(director.at(0)[QStringLiteral("canWrite")].toBool(), false);
}

void TestJournal::openShowsMembersOnLessonDates()
{
    const Envelope e = m_ivanova.call(QStringLiteral("journal.open"),
                                      {{QStringLiteral("assignmentId"), m_math5},
                                       {QStringLiteral("from"), day(-30)},
                                       {QStringLiteral("to"), day(5)}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    const QCborMap j = e.result.toMap();
    QCOMPARE(j[QStringLiteral("canWrite")].toBool(), true);
    QCOMPARE(j[QStringLiteral("assignment")][QStringLiteral("scale")].toString(), QStringLiteral("five"));
    QCOMPARE(j[QStringLiteral("correctionDays")].toInteger(), 7);
    const QCborArray students = j[QStringLiteral("students")].toArray();
    QStringList names;
    for (const QCborValue &st : students)
        names.append(QStringLiteral("%1 %2").arg(st[QStringLiteral("number")].toInteger())
                         .arg(st[QStringLiteral("name")].toString()));
    QCOMPARE(names, QStringList({QStringLiteral("1 Антонов Пётр"), QStringLiteral("2 Борисова Ева"),
                                 QStringLiteral("3 Васильев Олег"), QStringLiteral("4 Григорьева Ирина")}));
    QCOMPARE(students.at(0)[QStringLiteral("fullName")].toString(), QStringLiteral("Антонов Пётр Ильич"));
    QVERIFY(students.at(0)[QStringLiteral("from")].isNull());
    QCOMPARE(students.at(2)[QStringLiteral("from")].toString(), day(-20));
    QCOMPARE(students.at(3)[QStringLiteral("until")].toString(), day(-10));
    QVERIFY(students.at(3)[QStringLiteral("from")].isNull());
    const QCborArray lessons = j[QStringLiteral("lessons")].toArray();
    QStringList dates;
    for (const QCborValue &l : lessons)
        dates.append(l[QStringLiteral("date")].toString());
    QCOMPARE(dates, QStringList({day(-30), day(-15), day(-5), day(-3), day(-2), day(-1), day(0), day(2)}));
    const QCborMap substituted = lessons.at(3).toMap();
    QCOMPARE(substituted.value(QStringLiteral("substitute")).toBool(), true);
    QCOMPARE(substituted.value(QStringLiteral("teacherName")).toString(), QStringLiteral("Петрова Анна"));
    QCOMPARE(lessons.at(4)[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
    QCOMPARE(lessons.at(4)[QStringLiteral("canWrite")].toBool(), false);
    QCOMPARE(lessons.at(5)[QStringLiteral("canWrite")].toBool(), true);
    QVERIFY(!j[QStringLiteral("workTypes")].toArray().isEmpty());
    QVERIFY(j[QStringLiteral("asOf")].isNull());
}

void TestJournal::defaultPeriodContainsToday()
{
    const QCborMap j = m_ivanova.call(QStringLiteral("journal.open"),
                                      {{QStringLiteral("assignmentId"), m_math5}}).result.toMap();
    QCOMPARE(j[QStringLiteral("period")][QStringLiteral("id")].toInteger(), m_period.value(QStringLiteral("2")));
    const QCborMap first = m_ivanova.call(QStringLiteral("journal.open"),
                                          {{QStringLiteral("assignmentId"), m_math5},
                                           {QStringLiteral("periodId"), m_period.value(QStringLiteral("1"))}}).result.toMap();
    QCOMPARE(first[QStringLiteral("period")][QStringLiteral("closed")].toBool(), true);
    QCOMPARE(first[QStringLiteral("lessons")].toArray().size(), 1);
    QCOMPARE(first[QStringLiteral("students")].toArray().size(), 3);  // Васильев joined later
}

void TestJournal::teacherOfAnotherLoadForbidden()
{
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("journal.open"),
                                      {{QStringLiteral("assignmentId"), m_math6}})),
             QStringLiteral("forbidden"));
    QCOMPARE(errorCode(setCell(m_ivanova, lessonOf(m_math6, -1), m_student.value(QStringLiteral("Дмитриев")),
                               0, marksOf({QStringLiteral("5")}))),
             QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("journal.open"),
                                      {{QStringLiteral("assignmentId"), 999999}})),
             QStringLiteral("not_found"));
}

void TestJournal::substituteWritesOnlyTheSubstitutedLesson()
{
    const qint64 antonov = m_student.value(QStringLiteral("Антонов"));
    QCOMPARE(errorCode(setCell(m_petrova, lessonOf(m_math5, -3), antonov, 0, marksOf({QStringLiteral("4")}))),
             QStringLiteral("(ok)"));
    QCOMPARE(errorCode(setCell(m_petrova, lessonOf(m_math5, -1), antonov, 0, marksOf({QStringLiteral("4")}))),
             QStringLiteral("forbidden"));
    const QCborMap j = m_petrova.call(QStringLiteral("journal.open"),
                                      {{QStringLiteral("assignmentId"), m_math5}}).result.toMap();
    QCOMPARE(j[QStringLiteral("canWrite")].toBool(), false);
    const QCborArray lessons = j[QStringLiteral("lessons")].toArray();
    QCOMPARE(rowWith(lessons, "id", lessonOf(m_math5, -3)).value(QStringLiteral("canWrite")).toBool(), true);
    QCOMPARE(rowWith(lessons, "id", lessonOf(m_math5, -1)).value(QStringLiteral("canWrite")).toBool(), false);
    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("journal.setFinal"),
                                      {{QStringLiteral("assignmentId"), m_math5},
                                       {QStringLiteral("studentId"), antonov},
                                       {QStringLiteral("value"), QStringLiteral("5")},
                                       {QStringLiteral("version"), 0}})),
             QStringLiteral("forbidden"));
}

void TestJournal::classTeacherReadsOwnClassOnly()
{
    const Envelope own = m_orlova.call(QStringLiteral("journal.open"), {{QStringLiteral("assignmentId"), m_math5}});
    QCOMPARE(errorCode(own), QStringLiteral("(ok)"));
    QCOMPARE(own.result[QStringLiteral("canWrite")].toBool(), false);
    QCOMPARE(errorCode(m_orlova.call(QStringLiteral("journal.open"), {{QStringLiteral("assignmentId"), m_english}})),
             QStringLiteral("(ok)"));
    QCOMPARE(errorCode(m_orlova.call(QStringLiteral("journal.open"), {{QStringLiteral("assignmentId"), m_math6}})),
             QStringLiteral("forbidden"));
    QCOMPARE(errorCode(setCell(m_orlova, lessonOf(m_math5, -1), m_student.value(QStringLiteral("Антонов")), 0,
                               marksOf({QStringLiteral("5")}))),
             QStringLiteral("forbidden"));
    const Envelope director = m_director.call(QStringLiteral("journal.open"), {{QStringLiteral("assignmentId"), m_math6}});
    QCOMPARE(errorCode(director), QStringLiteral("(ok)"));
    QCOMPARE(director.result[QStringLiteral("canWrite")].toBool(), false);
}

void TestJournal::deputyCorrects()
{
    const qint64 lesson = lessonOf(m_math6, -1);
    const Envelope e = setCell(m_deputy, lesson, m_student.value(QStringLiteral("Дмитриев")), 0,
                               marksOf({QStringLiteral("3")}));
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QCOMPARE(e.result[QStringLiteral("cell")][QStringLiteral("updatedBy")].toString(), QStringLiteral("Завучева Нина"));
}

void TestJournal::marksMustBeOnTheScale()
{
    const qint64 lesson = lessonOf(m_math5, -1);
    const Envelope e = setCell(m_ivanova, lesson, m_student.value(QStringLiteral("Борисова")), 0,
                               marksOf({QStringLiteral("5"), QStringLiteral("6")}));
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    QVERIFY2(e.error.details.value(QStringLiteral("marks")).toString().startsWith(QStringLiteral("mark 2")),
             qPrintable(e.error.details.value(QStringLiteral("marks")).toString()));
    QCOMPARE(versionOf(lesson, m_student.value(QStringLiteral("Борисова"))), 0);
    QCOMPARE(errorCode(setCell(m_ivanova, lesson, m_student.value(QStringLiteral("Борисова")), 0,
                               marksOf({QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3"),
                                        QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("4")}))),
             QStringLiteral("invalid"));
}

void TestJournal::groupLessonUsesGroupMembers()
{
    const qint64 lesson = lessonOf(m_english, -1);
    QCOMPARE(errorCode(setCell(m_petrova, lesson, m_student.value(QStringLiteral("Антонов")), 0,
                               marksOf({QStringLiteral("9")}))),
             QStringLiteral("(ok)"));  // the ten-point scale of English
    const Envelope outsider = setCell(m_petrova, lesson, m_student.value(QStringLiteral("Васильев")), 0,
                                      marksOf({QStringLiteral("9")}));
    QCOMPARE(errorCode(outsider), QStringLiteral("invalid"));
    QVERIFY(outsider.error.details.contains(QStringLiteral("studentId")));
    const QCborMap j = m_petrova.call(QStringLiteral("journal.open"),
                                      {{QStringLiteral("assignmentId"), m_english}}).result.toMap();
    QCOMPARE(j[QStringLiteral("students")].toArray().size(), 2);
    QCOMPARE(j[QStringLiteral("assignment")][QStringLiteral("scale")].toString(), QStringLiteral("ten"));
    // A student who left before the lesson is not a member on its date.
    QCOMPARE(errorCode(setCell(m_ivanova, lessonOf(m_math5, -1), m_student.value(QStringLiteral("Григорьева")), 0,
                               marksOf({QStringLiteral("5")}))),
             QStringLiteral("invalid"));
}

void TestJournal::awayStudentGetsOnlyAllowedKinds()
{
    const qint64 lesson = lessonOf(m_math5, -1);
    const qint64 student = m_student.value(QStringLiteral("Васильев"));
    const Envelope refused = setCell(m_ivanova, lesson, student, 0, marksOf({QStringLiteral("2")}),
                                     QStringLiteral("absent"));
    QCOMPARE(errorCode(refused), QStringLiteral("invalid"));
    QVERIFY(refused.error.message.contains(QStringLiteral("Ответ на уроке")));
    const Envelope allowed = setCell(m_ivanova, lesson, student, 0,
                                     QCborArray{mark(QStringLiteral("4"), m_homework)},
                                     QStringLiteral("absent"));
    QCOMPARE(errorCode(allowed), QStringLiteral("(ok)"));
    const QCborMap cell = allowed.result[QStringLiteral("cell")].toMap();
    QCOMPARE(cell.value(QStringLiteral("attendance")).toString(), QStringLiteral("absent"));
    QCOMPARE(cell.value(QStringLiteral("marks")).toArray().at(0)[QStringLiteral("workTypeId")].toInteger(), m_homework);
    QCOMPARE(errorCode(setCell(m_ivanova, lesson, student, 1, {}, QStringLiteral("sometimes"))),
             QStringLiteral("invalid"));
}

void TestJournal::futureAndCancelledLessonsRefused()
{
    const qint64 student = m_student.value(QStringLiteral("Антонов"));
    const Envelope future = setCell(m_ivanova, lessonOf(m_math5, 2), student, 0, marksOf({QStringLiteral("5")}));
    QCOMPARE(errorCode(future), QStringLiteral("invalid"));
    QCOMPARE(future.error.details.value(QStringLiteral("lessonId")).toString(), QStringLiteral("in the future"));
    QCOMPARE(errorCode(setCell(m_ivanova, lessonOf(m_math5, 0), student, 0, marksOf({QStringLiteral("5")}))),
             QStringLiteral("(ok)"));  // today is not the future
    const Envelope cancelled = setCell(m_ivanova, lessonOf(m_math5, -2), student, 0, marksOf({QStringLiteral("5")}));
    QCOMPARE(errorCode(cancelled), QStringLiteral("invalid"));
    QCOMPARE(cancelled.error.details.value(QStringLiteral("lessonId")).toString(), QStringLiteral("cancelled"));
}

void TestJournal::staleVersionConflictCarriesTheCell()
{
    const qint64 lesson = lessonOf(m_math5, -5);
    const qint64 student = m_student.value(QStringLiteral("Антонов"));
    const Envelope first = setCell(m_ivanova, lesson, student, 0, marksOf({QStringLiteral("5")}));
    QCOMPARE(first.result[QStringLiteral("cell")][QStringLiteral("version")].toInteger(), 1);
    const Envelope stale = setCell(m_deputy, lesson, student, 0, marksOf({QStringLiteral("2")}));
    QCOMPARE(errorCode(stale), QStringLiteral("conflict"));
    const QCborMap current = stale.error.details.value(QStringLiteral("current")).toMap();
    QCOMPARE(markValues(current), QStringList{QStringLiteral("5")});
    QCOMPARE(current.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(current.value(QStringLiteral("updatedBy")).toString(), QStringLiteral("Иванова Мария"));
    const Envelope second = setCell(m_ivanova, lesson, student, 1, marksOf({QStringLiteral("5"), QStringLiteral("4")}));
    QCOMPARE(second.result[QStringLiteral("cell")][QStringLiteral("version")].toInteger(), 2);
    QCOMPARE(errorCode(setCell(m_ivanova, lesson, m_student.value(QStringLiteral("Борисова")), 3, {},
                               QStringLiteral("sick"))),
             QStringLiteral("conflict"));  // a version for a cell that does not exist
}

void TestJournal::unchangedMarksKeepTheirEntryTime()
{
    const qint64 lesson = lessonOf(m_math5, -5);
    const qint64 student = m_student.value(QStringLiteral("Борисова"));
    QCOMPARE(errorCode(setCell(m_ivanova, lesson, student, 0, marksOf({QStringLiteral("3"), QStringLiteral("4")}))),
             QStringLiteral("(ok)"));
    const QString query = QStringLiteral("SELECT entered_at::text FROM mark WHERE lesson_id = %1"
                                         " AND student_id = %2 AND value = '4'").arg(lesson).arg(student);
    const QString enteredAt = m_db->value(query).toString();
    QTest::qWait(20);
    QCOMPARE(errorCode(setCell(m_ivanova, lesson, student, 1, marksOf({QStringLiteral("4"), QStringLiteral("5")}))),
             QStringLiteral("(ok)"));
    QCOMPARE(m_db->value(query).toString(), enteredAt);
    QCOMPARE(m_db->value(QStringLiteral("SELECT string_agg(value, ' ' ORDER BY position) FROM mark"
                                        " WHERE lesson_id = %1 AND student_id = %2").arg(lesson).arg(student)).toString(),
             QStringLiteral("4 5"));
}

void TestJournal::lateEditNeedsReasonAndIsRecorded()
{
    const qint64 lesson = lessonOf(m_math5, -30);
    const qint64 student = m_student.value(QStringLiteral("Антонов"));
    const Envelope refused = setCell(m_ivanova, lesson, student, 0, marksOf({QStringLiteral("2")}));
    QCOMPARE(errorCode(refused), QStringLiteral("invalid"));
    QVERIFY(refused.error.details.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("required")));
    const Envelope e = setCell(m_ivanova, lesson, student, 0, marksOf({QStringLiteral("3")}), {},
                               QStringLiteral("пересдача после болезни"));
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT reason FROM journal_correction WHERE what = 'cell'"
                                        " AND lesson_id = %1 AND student_id = %2").arg(lesson).arg(student)).toString(),
             QStringLiteral("пересдача после болезни"));
    const QCborArray history = m_ivanova.call(QStringLiteral("journal.cellHistory"),
                                              {{QStringLiteral("lessonId"), lesson},
                                               {QStringLiteral("studentId"), student}}).result.toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0)[QStringLiteral("late")].toBool(), true);
    QCOMPARE(history.at(0)[QStringLiteral("reason")].toString(), QStringLiteral("пересдача после болезни"));
    // Within the window no reason is needed and nothing is flagged.
    const qint64 recent = lessonOf(m_math5, -5);
    QCOMPARE(errorCode(setCell(m_ivanova, recent, m_student.value(QStringLiteral("Васильев")), 0,
                               marksOf({QStringLiteral("4")}))),
             QStringLiteral("(ok)"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM journal_correction WHERE lesson_id = %1").arg(recent)).toInt(), 0);
}

void TestJournal::closedPeriodNeedsReason()
{
    const qint64 lesson = lessonOf(m_math5, -80);
    const qint64 student = m_student.value(QStringLiteral("Борисова"));
    const Envelope refused = setCell(m_deputy, lesson, student, 0, marksOf({QStringLiteral("4")}));
    QCOMPARE(errorCode(refused), QStringLiteral("invalid"));
    QVERIFY(refused.error.details.value(QStringLiteral("reason")).toString().contains(QStringLiteral("closed")));
    QCOMPARE(errorCode(setCell(m_deputy, lesson, student, 0, marksOf({QStringLiteral("4")}), {},
                               QStringLiteral("ошибка учителя"))),
             QStringLiteral("(ok)"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT period_id FROM journal_correction WHERE lesson_id = %1").arg(lesson)).toLongLong(),
             m_period.value(QStringLiteral("1")));
}

void TestJournal::asOfShowsThePastState()
{
    const qint64 lesson = lessonOf(m_math5, -1);
    const qint64 student = m_student.value(QStringLiteral("Антонов"));
    QCOMPARE(errorCode(setCell(m_ivanova, lesson, student, 0, marksOf({QStringLiteral("4")}))), QStringLiteral("(ok)"));
    QTest::qWait(1100);
    const QString moment = isoTimeNow();
    QTest::qWait(1100);
    QCOMPARE(errorCode(setCell(m_ivanova, lesson, student, 1, marksOf({QStringLiteral("2")}))), QStringLiteral("(ok)"));
    const QCborMap past = m_ivanova.call(QStringLiteral("journal.open"),
                                         {{QStringLiteral("assignmentId"), m_math5},
                                          {QStringLiteral("asOf"), moment}}).result.toMap();
    QCOMPARE(past[QStringLiteral("asOf")].toString(), moment);
    QCOMPARE(past[QStringLiteral("canWrite")].toBool(), false);
    const QCborMap cell = cellOf(past[QStringLiteral("cells")].toArray(), lesson, student);
    QCOMPARE(markValues(cell), QStringList{QStringLiteral("4")});
    for (const QCborValue &l : past[QStringLiteral("lessons")].toArray())
        QCOMPARE(l[QStringLiteral("canWrite")].toBool(), false);
    const QCborMap now = m_ivanova.call(QStringLiteral("journal.open"),
                                        {{QStringLiteral("assignmentId"), m_math5}}).result.toMap();
    QCOMPARE(markValues(cellOf(now[QStringLiteral("cells")].toArray(), lesson, student)),
             QStringList{QStringLiteral("2")});
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("journal.open"),
                                      {{QStringLiteral("assignmentId"), m_math5},
                                       {QStringLiteral("asOf"), QStringLiteral("вчера")}})),
             QStringLiteral("invalid"));
}

void TestJournal::readersOfTheJournalSeeChangesLive()
{
    TestClient reader;
    signIn(reader, QStringLiteral("zavuch"));
    TestClient other;
    signIn(other, QStringLiteral("director"));
    QCOMPARE(errorCode(reader.call(QStringLiteral("journal.open"), {{QStringLiteral("assignmentId"), m_math5}})),
             QStringLiteral("(ok)"));
    QCOMPARE(errorCode(other.call(QStringLiteral("journal.open"), {{QStringLiteral("assignmentId"), m_math6}})),
             QStringLiteral("(ok)"));
    const qint64 lesson = lessonOf(m_math5, 0);
    const qint64 student = m_student.value(QStringLiteral("Борисова"));
    QCOMPARE(errorCode(setCell(m_ivanova, lesson, student, 0, marksOf({QStringLiteral("5")}), QStringLiteral("late"))),
             QStringLiteral("(ok)"));
    QTRY_VERIFY(!reader.events().isEmpty());
    const Envelope event = reader.events().last();
    QCOMPARE(event.event, QStringLiteral("journal.cellChanged"));
    QCOMPARE(event.data.value(QStringLiteral("assignmentId")).toInteger(), m_math5);
    const QCborMap cell = event.data.value(QStringLiteral("cell")).toMap();
    QCOMPARE(cell.value(QStringLiteral("studentId")).toInteger(), student);
    QCOMPARE(cell.value(QStringLiteral("attendance")).toString(), QStringLiteral("late"));
    QCOMPARE(markValues(cell), QStringList{QStringLiteral("5")});
    // The journal of 6Б is open elsewhere: nothing arrives there; after close nothing either.
    QCOMPARE(errorCode(reader.call(QStringLiteral("journal.close"), {{QStringLiteral("assignmentId"), m_math5}})),
             QStringLiteral("(ok)"));
    const qsizetype seen = reader.events().size();
    QCOMPARE(errorCode(setCell(m_ivanova, lesson, student, 1, marksOf({QStringLiteral("4")}))), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(other.call(QStringLiteral("journal.list"))), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(reader.call(QStringLiteral("journal.list"))), QStringLiteral("(ok)"));
    QTest::qWait(200);
    QVERIFY(other.events().isEmpty());
    QCOMPARE(reader.events().size(), seen);
}

void TestJournal::lessonCard()
{
    const qint64 lesson = lessonOf(m_math5, -1);
    TestClient reader;
    signIn(reader, QStringLiteral("orlova"));
    reader.call(QStringLiteral("journal.open"), {{QStringLiteral("assignmentId"), m_math5}});
    const int version = m_db->value(QStringLiteral("SELECT version FROM lesson WHERE id = %1").arg(lesson)).toInt();
    sql(QStringLiteral("INSERT INTO plan_item (school_id, assignment_id, ordinal, topic)"
                       " VALUES (%1, %2, 1, 'Дроби')").arg(m_school).arg(m_math5));
    const qint64 item = idOf(QStringLiteral("SELECT id FROM plan_item"));
    const Envelope e = m_ivanova.call(QStringLiteral("journal.updateLesson"),
                                      {{QStringLiteral("lessonId"), lesson},
                                       {QStringLiteral("version"), version},
                                       {QStringLiteral("planItemId"), item},
                                       {QStringLiteral("homework"), QStringLiteral("№ 12, 14")},
                                       {QStringLiteral("homeworkDue"), day(1)},
                                       {QStringLiteral("workTypeId"), m_homework},
                                       {QStringLiteral("controlWork"), true}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    const QCborMap row = e.result[QStringLiteral("lesson")].toMap();
    QCOMPARE(row.value(QStringLiteral("topic")).toString(), QStringLiteral("Дроби"));
    QCOMPARE(row.value(QStringLiteral("homeworkDue")).toString(), day(1));
    QCOMPARE(row.value(QStringLiteral("version")).toInteger(), version + 1);
    QCOMPARE(row.value(QStringLiteral("controlWork")).toBool(), true);
    QTRY_VERIFY(!reader.events().isEmpty());
    QCOMPARE(reader.events().last().event, QStringLiteral("journal.lessonChanged"));
    // The lesson's kind of work is the default of new marks.
    const Envelope cell = setCell(m_ivanova, lesson, m_student.value(QStringLiteral("Борисова")), 0,
                                  marksOf({QStringLiteral("5")}));
    QCOMPARE(cell.result[QStringLiteral("cell")][QStringLiteral("marks")][0][QStringLiteral("workTypeId")].toInteger(),
             m_homework);
    const Envelope stale = m_ivanova.call(QStringLiteral("journal.updateLesson"),
                                          {{QStringLiteral("lessonId"), lesson},
                                           {QStringLiteral("version"), version},
                                           {QStringLiteral("topic"), QStringLiteral("Другое")}});
    QCOMPARE(errorCode(stale), QStringLiteral("conflict"));
    QCOMPARE(stale.error.details.value(QStringLiteral("current")).toMap().value(QStringLiteral("topic")).toString(),
             QStringLiteral("Дроби"));
    const qint64 old = lessonOf(m_math5, -30);
    const Envelope late = m_ivanova.call(QStringLiteral("journal.updateLesson"),
                                         {{QStringLiteral("lessonId"), old},
                                          {QStringLiteral("version"), 1},
                                          {QStringLiteral("topic"), QStringLiteral("Повторение")}});
    QCOMPARE(errorCode(late), QStringLiteral("invalid"));
    QVERIFY(late.error.details.contains(QStringLiteral("reason")));
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("journal.updateLesson"),
                                      {{QStringLiteral("lessonId"), old},
                                       {QStringLiteral("version"), 1},
                                       {QStringLiteral("topic"), QStringLiteral("Повторение")},
                                       {QStringLiteral("reason"), QStringLiteral("не записала тему")}})),
             QStringLiteral("(ok)"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT after->>'topic' FROM journal_correction WHERE what = 'lesson'")).toString(),
             QStringLiteral("Повторение"));
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("journal.updateLesson"),
                                      {{QStringLiteral("lessonId"), lesson},
                                       {QStringLiteral("version"), version + 1},
                                       {QStringLiteral("homeworkDue"), day(-10)}})),
             QStringLiteral("invalid"));
}

void TestJournal::finalMarks()
{
    const qint64 antonov = m_student.value(QStringLiteral("Антонов"));
    const auto setFinal = [&](TestClient &client, qint64 student, const QCborValue &period,
                              const QString &value, qint64 version, const QString &reason = {}) {
        QCborMap params{{QStringLiteral("assignmentId"), m_math5},
                        {QStringLiteral("studentId"), student},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("version"), version}};
        if (period.isInteger())
            params.insert(QStringLiteral("periodId"), period);
        if (!reason.isEmpty())
            params.insert(QStringLiteral("reason"), reason);
        return client.call(QStringLiteral("journal.setFinal"), params);
    };
    const QCborValue second(m_period.value(QStringLiteral("2")));
    const Envelope first = setFinal(m_ivanova, antonov, second, QStringLiteral("5"), 0);
    QCOMPARE(errorCode(first), QStringLiteral("(ok)"));
    QCOMPARE(first.result[QStringLiteral("final")][QStringLiteral("version")].toInteger(), 1);
    QCOMPARE(errorCode(setFinal(m_ivanova, antonov, second, QStringLiteral("na"), 1)), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(setFinal(m_ivanova, antonov, second, QStringLiteral("exempt"), 2)), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(setFinal(m_ivanova, antonov, second, QStringLiteral("4"), 1)), QStringLiteral("conflict"));
    QCOMPARE(errorCode(setFinal(m_ivanova, antonov, second, QStringLiteral("7"), 3)), QStringLiteral("invalid"));
    QCOMPARE(errorCode(setFinal(m_ivanova, antonov, QCborValue(), QStringLiteral("4"), 0)), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(setFinal(m_ivanova, m_student.value(QStringLiteral("Дмитриев")), second,
                                QStringLiteral("4"), 0)),
             QStringLiteral("invalid"));
    const QCborValue closed(m_period.value(QStringLiteral("1")));
    QCOMPARE(errorCode(setFinal(m_deputy, antonov, closed, QStringLiteral("4"), 0)), QStringLiteral("invalid"));
    QCOMPARE(errorCode(setFinal(m_deputy, antonov, closed, QStringLiteral("4"), 0, QStringLiteral("приказ № 5"))),
             QStringLiteral("(ok)"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM journal_correction WHERE what = 'final'")).toInt(), 1);
    const QCborArray finals = m_ivanova.call(QStringLiteral("journal.open"),
                                             {{QStringLiteral("assignmentId"), m_math5}}).result
                                  .toMap()[QStringLiteral("finals")].toArray();
    QCOMPARE(finals.size(), 2);  // the second trimester's and the year's
    QCOMPARE(rowWith(finals, "periodId", second).value(QStringLiteral("value")).toString(), QStringLiteral("exempt"));
    QCOMPARE(rowWith(finals, "periodId", QCborValue(nullptr)).value(QStringLiteral("value")).toString(), QStringLiteral("4"));
    QCOMPARE(errorCode(setFinal(m_ivanova, antonov, second, QString(), 3)), QStringLiteral("(ok)"));
    QVERIFY(m_db->value(QStringLiteral("SELECT value IS NULL FROM final_mark WHERE period_id = %1")
                            .arg(m_period.value(QStringLiteral("2")))).toBool());
}

void TestJournal::cellHistoryNewestFirst()
{
    const qint64 lesson = lessonOf(m_math5, -5);
    const qint64 student = m_student.value(QStringLiteral("Антонов"));
    const Envelope e = m_orlova.call(QStringLiteral("journal.cellHistory"),
                                     {{QStringLiteral("lessonId"), lesson}, {QStringLiteral("studentId"), student}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    const QCborArray history = e.result.toArray();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0)[QStringLiteral("version")].toInteger(), 2);
    QCOMPARE(markValues(history.at(0).toMap()), QStringList({QStringLiteral("5"), QStringLiteral("4")}));
    QCOMPARE(markValues(history.at(1).toMap()), QStringList{QStringLiteral("5")});
    QCOMPARE(history.at(1)[QStringLiteral("changedBy")].toString(), QStringLiteral("Иванова Мария"));
    QCOMPARE(history.at(1)[QStringLiteral("late")].toBool(), false);
    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("journal.cellHistory"),
                                      {{QStringLiteral("lessonId"), lesson}, {QStringLiteral("studentId"), student}})),
             QStringLiteral("forbidden"));
}

void TestJournal::correctionsListAndApprove()
{
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("corrections.list"))), QStringLiteral("forbidden"));
    const QCborArray open = m_deputy.call(QStringLiteral("corrections.list")).result.toArray();
    QCOMPARE(open.size(), 4);  // two cells, a lesson card, a final mark; newest first
    QCOMPARE(open.at(0)[QStringLiteral("what")].toString(), QStringLiteral("final"));
    const QCborMap cell = rowWith(open, "reason", QStringLiteral("пересдача после болезни"));
    QCOMPARE(cell.value(QStringLiteral("studentName")).toString(), QStringLiteral("Антонов Пётр Ильич"));
    QCOMPARE(cell.value(QStringLiteral("lessonDate")).toString(), day(-30));
    QCOMPARE(cell.value(QStringLiteral("targetName")).toString(), QStringLiteral("5А"));
    QCOMPARE(cell.value(QStringLiteral("madeBy")).toString(), QStringLiteral("Иванова Мария"));
    QCOMPARE(markValues(cell.value(QStringLiteral("after")).toMap()), QStringList{QStringLiteral("3")});
    const Envelope approved = m_deputy.call(QStringLiteral("corrections.approve"),
                                            {{QStringLiteral("ids"), QCborArray{cell.value(QStringLiteral("id")),
                                                                                open.at(0)[QStringLiteral("id")]}}});
    QCOMPARE(approved.result[QStringLiteral("approved")].toInteger(), 2);
    QCOMPARE(m_deputy.call(QStringLiteral("corrections.list")).result.toArray().size(), 2);
    const QCborArray reviewed = m_deputy.call(QStringLiteral("corrections.list"),
                                              {{QStringLiteral("reviewed"), true}}).result.toArray();
    QCOMPARE(reviewed.size(), 2);
    QCOMPARE(reviewed.at(0)[QStringLiteral("reviewedBy")].toString(), QStringLiteral("Завучева Нина"));
    QCOMPARE(m_deputy.call(QStringLiteral("corrections.list"),
                           {{QStringLiteral("from"), day(1)}}).result.toArray().size(), 0);
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("corrections.approve"),
                                     {{QStringLiteral("ids"), QCborArray{999999}}})),
             QStringLiteral("not_found"));
}

void TestJournal::auditHasBeforeAndAfter()
{
    const qint64 lesson = lessonOf(m_math5, -5);
    const qint64 student = m_student.value(QStringLiteral("Антонов"));
    const QString where = QStringLiteral("action = 'cell.set' AND entity = 'journal_cell' AND entity_id = '%1:%2'")
                              .arg(lesson).arg(student);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_event WHERE %1").arg(where)).toInt(), 2);
    QCOMPARE(m_db->value(QStringLiteral("SELECT before->'marks'->0->>'value' || '>' || (after->'marks'->1->>'value')"
                                        " FROM audit_event WHERE %1 ORDER BY id DESC LIMIT 1").arg(where)).toString(),
             QStringLiteral("5>4"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT reason FROM audit_event WHERE action = 'cell.set'"
                                        " AND reason IS NOT NULL ORDER BY id LIMIT 1")).toString(),
             QStringLiteral("пересдача после болезни"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT after->>'topic' FROM audit_event WHERE action = 'lesson.update'"
                                        " ORDER BY id LIMIT 1")).toString(), QStringLiteral("Дроби"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT before->>'value' || '>' || (after->>'value') FROM audit_event"
                                        " WHERE action = 'final.set' ORDER BY id LIMIT 1 OFFSET 1")).toString(),
             QStringLiteral("5>na"));
    QVERIFY(m_db->value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'correction.approve'")).toInt() == 1);
}

void TestJournal::closedYearIsReadOnly()
{
    sql(QStringLiteral("UPDATE academic_year SET state = 'closed'"));
    const Envelope e = setCell(m_ivanova, lessonOf(m_math5, -1), m_student.value(QStringLiteral("Васильев")),
                               versionOf(lessonOf(m_math5, -1), m_student.value(QStringLiteral("Васильев"))),
                               marksOf({QStringLiteral("5")}));
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    const QCborMap j = m_ivanova.call(QStringLiteral("journal.open"),
                                      {{QStringLiteral("assignmentId"), m_math5}}).result.toMap();
    QCOMPARE(j[QStringLiteral("canWrite")].toBool(), false);
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("journal.setFinal"),
                                      {{QStringLiteral("assignmentId"), m_math5},
                                       {QStringLiteral("studentId"), m_student.value(QStringLiteral("Антонов"))},
                                       {QStringLiteral("value"), QStringLiteral("5")},
                                       {QStringLiteral("version"), 1}})),
             QStringLiteral("invalid"));
    sql(QStringLiteral("UPDATE academic_year SET state = 'active'"));
}

QTEST_MAIN(TestJournal)
#include "tst_journal.moc"

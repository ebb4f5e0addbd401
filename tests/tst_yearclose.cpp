// Integration tests of closing a year over the real protocol: a small school (5А with a
// subgroup and its load, 9А as the final grade) is checked, refused while something is left
// unwaived, rehearsed as a dry run that changes nothing, then closed for real: the next year
// gets shifted periods, holidays and bells, 6А with the promoted students, subgroup, curriculum
// and load; 9А's students are withdrawn in the movement book; the old year is read-only.
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QtTest>

using namespace ejournal;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

QString errorCode(const Envelope &e)
{
    return e.kind == Envelope::Kind::Error ? errorCodeName(e.error.code) : QStringLiteral("(ok)");
}

qint64 integer(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toInteger();
}

QCborMap checkOf(const Envelope &e, const QString &code)
{
    for (const QCborValue &c : e.result.toMap().value(QStringLiteral("checks")).toArray())
        if (c.toMap().value(QStringLiteral("code")).toString() == code)
            return c.toMap();
    return {};
}
} // namespace

class TestYearClose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checksListWhatIsLeft();
    void unwaivedProblemsRefuseTheClose();
    void teacherMayNotClose();
    void dryRunReportsAndWritesNothing();
    void closeOpensTheNextYear();
    void closedYearCannotBeClosedAgain();

private:
    void sql(const QString &statement);
    qint64 value(const QString &query);
    QCborMap runParams(bool dryRun) const;

    TestServer m_server;
    TestClient m_deputy;
    TestClient m_teacher;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_year = 0;
};

void TestYearClose::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

qint64 TestYearClose::value(const QString &query)
{
    return m_db->value(query).toLongLong();
}

QCborMap TestYearClose::runParams(bool dryRun) const
{
    return {{QStringLiteral("academicYearId"), m_year},
            {QStringLiteral("orderNo"), QStringLiteral("№ 45-у от 31.05.2027")},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("waive"), QCborArray{QStringLiteral("lessons_without_topic"),
                                                 QStringLiteral("final_marks_missing"),
                                                 QStringLiteral("periods_open")}}};
}

void TestYearClose::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    const QString s = QString::number(value(QStringLiteral("SELECT id FROM school")));
    sql(QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, '2026/2027', '2026-09-01', '2027-05-31', 'active')").arg(s));
    m_year = value(QStringLiteral("SELECT id FROM academic_year"));
    const QString y = QString::number(m_year);
    sql(QStringLiteral("INSERT INTO period_scheme (school_id, academic_year_id, kind, name)"
                       " VALUES (%1, %2, 'halves', 'Полугодия')").arg(s, y));
    sql(QStringLiteral(
        "INSERT INTO period (school_id, scheme_id, ordinal, name, starts_on, ends_on, closed)"
        " SELECT %1, ps.id, q.n, q.n || ' полугодие', q.f::date, q.t::date, q.n = 1"
        " FROM period_scheme ps, (VALUES (1, '2026-09-01', '2026-12-28'),"
        " (2, '2027-01-11', '2027-05-31')) q(n, f, t)").arg(s));
    sql(QStringLiteral("INSERT INTO holiday (school_id, academic_year_id, name, starts_on, ends_on)"
                       " VALUES (%1, %2, 'Зимние каникулы', '2026-12-29', '2027-01-10')").arg(s, y));
    sql(QStringLiteral("INSERT INTO bell (school_id, academic_year_id, shift, lesson_no, starts_at,"
                       " ends_at) VALUES (%1, %2, 1, 1, '08:00', '08:45')").arg(s, y));
    sql(QStringLiteral("INSERT INTO subject (school_id, name, short_name) VALUES"
                       " (%1, 'Математика', 'Мат.'), (%1, 'Английский язык', 'Англ.')").arg(s));
    const qint64 deputy = m_server.createUser(QStringLiteral("deputy"), kPassword, {QStringLiteral("deputy")});
    const qint64 teacher = m_server.createUser(QStringLiteral("teacher"), kPassword, {QStringLiteral("teacher")});
    QVERIFY(deputy > 0 && teacher > 0);
    sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, user_id) VALUES"
                       " (%1, 'Иванова', 'Мария', %2), (%1, 'Смирнов', 'Олег', NULL)")
            .arg(s).arg(teacher));
    sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, archived) VALUES"
                       " (%1, 'Уволенная', 'Анна', true)").arg(s));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter,"
                       " class_teacher_id, period_scheme_id) SELECT %1, %2, g, 'А',"
                       " (SELECT id FROM staff WHERE last_name = 'Иванова'),"
                       " (SELECT id FROM period_scheme) FROM unnest(ARRAY[5, 6, 9]) g").arg(s, y));
    // 5А: three students (one left in March), 9А: two students, 6А: the grade's curriculum.
    sql(QStringLiteral("INSERT INTO student (school_id, last_name, first_name) VALUES"
                       " (%1, 'Алексеев', 'Антон'), (%1, 'Борисова', 'Вера'),"
                       " (%1, 'Ушедший', 'Глеб'), (%1, 'Выпускник', 'Дмитрий'),"
                       " (%1, 'Выпускница', 'Елена')").arg(s));
    sql(QStringLiteral("INSERT INTO enrollment (school_id, student_id, class_id, starts_on, ends_on)"
                       " SELECT %1, st.id, c.id, '2026-09-01', CASE WHEN st.last_name = 'Ушедший'"
                       " THEN date '2027-03-01' END FROM student st JOIN class_unit c"
                       " ON c.grade = CASE WHEN st.last_name LIKE 'Выпуск%' THEN 9 ELSE 5 END")
            .arg(s));
    sql(QStringLiteral("INSERT INTO study_group (school_id, academic_year_id, kind, name, class_id,"
                       " subject_id) SELECT %1, %2, 'subgroup', '5А англ. 1 гр.', c.id, sb.id"
                       " FROM class_unit c, subject sb WHERE c.grade = 5 AND sb.short_name = 'Англ.'")
            .arg(s, y));
    sql(QStringLiteral("INSERT INTO group_member (school_id, group_id, student_id, starts_on)"
                       " SELECT %1, g.id, st.id, '2026-09-01' FROM study_group g, student st"
                       " WHERE st.last_name IN ('Алексеев', 'Ушедший')").arg(s));
    sql(QStringLiteral("INSERT INTO curriculum (school_id, class_id, subject_id, part, hours_per_week)"
                       " SELECT %1, c.id, sb.id, 'federal', CASE c.grade WHEN 6 THEN 6 ELSE 5 END"
                       " FROM class_unit c, subject sb WHERE sb.short_name = 'Мат.'").arg(s));
    sql(QStringLiteral("INSERT INTO assignment (school_id, staff_id, subject_id, class_id,"
                       " hours_per_week) SELECT %1, st.id, sb.id, c.id, 5 FROM staff st, subject sb,"
                       " class_unit c WHERE st.last_name IN ('Иванова', 'Уволенная')"
                       " AND sb.short_name = 'Мат.' AND c.grade IN (5, 9)").arg(s));
    sql(QStringLiteral("INSERT INTO assignment (school_id, staff_id, subject_id, group_id,"
                       " hours_per_week) SELECT %1, st.id, g.subject_id, g.id, 2 FROM staff st,"
                       " study_group g WHERE st.last_name = 'Смирнов'").arg(s));
    // One past lesson without a topic; year marks for everyone in mathematics but one.
    sql(QStringLiteral("INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no, teacher_id)"
                       " SELECT %1, a.id, '2026-10-05', 1, a.staff_id FROM assignment a"
                       " JOIN class_unit c ON c.id = a.class_id JOIN staff st ON st.id = a.staff_id"
                       " WHERE c.grade = 5 AND st.last_name = 'Иванова'").arg(s));
    sql(QStringLiteral("INSERT INTO final_mark (school_id, student_id, subject_id, academic_year_id,"
                       " value) SELECT %1, st.id, sb.id, %2, '4' FROM student st, subject sb"
                       " WHERE st.last_name <> 'Борисова' AND sb.short_name = 'Мат.'").arg(s, y));
    QVERIFY(m_deputy.connectTo(m_server.port(), m_server.fingerprint()));
    QVERIFY(m_teacher.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(m_deputy.login(QStringLiteral("deputy"), kPassword)), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(m_teacher.login(QStringLiteral("teacher"), kPassword)), QStringLiteral("(ok)"));
}

void TestYearClose::checksListWhatIsLeft()
{
    const Envelope e = m_deputy.call(QStringLiteral("yearClose.check"),
                                     {{QStringLiteral("academicYearId"), m_year}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QCOMPARE(e.result.toMap().value(QStringLiteral("nextName")).toString(), QStringLiteral("2027/2028"));
    const QCborMap lessons = checkOf(e, QStringLiteral("lessons_without_topic"));
    QCOMPARE(integer(lessons, "count"), 1);
    const QCborMap lesson = lessons.value(QStringLiteral("items")).toArray().at(0).toMap();
    QCOMPARE(lesson.value(QStringLiteral("targetName")).toString(), QStringLiteral("5А"));
    QCOMPARE(lesson.value(QStringLiteral("date")).toString(), QStringLiteral("2026-10-05"));
    // Борисова has no year mark in mathematics; Алексеев none in English (his subgroup).
    const QCborMap finals = checkOf(e, QStringLiteral("final_marks_missing"));
    QCOMPARE(integer(finals, "count"), 2);
    QStringList missing;
    for (const QCborValue &row : finals.value(QStringLiteral("items")).toArray())
        missing << row.toMap().value(QStringLiteral("studentName")).toString() + u' '
                + row.toMap().value(QStringLiteral("subjectName")).toString();
    QCOMPARE(missing, (QStringList{QStringLiteral("Алексеев Антон Английский язык"),
                                   QStringLiteral("Борисова Вера Математика")}));
    QCOMPARE(integer(checkOf(e, QStringLiteral("periods_open")), "count"), 1);
    QCOMPARE(integer(checkOf(e, QStringLiteral("substitutions_unfilled")), "count"), 0);
}

void TestYearClose::unwaivedProblemsRefuseTheClose()
{
    QCborMap params = runParams(false);
    params.insert(QStringLiteral("waive"), QCborArray{QStringLiteral("periods_open")});
    const Envelope e = m_deputy.call(QStringLiteral("yearClose.run"), params);
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    QVERIFY2(e.error.message.contains(QStringLiteral("lessons_without_topic (1)")), qPrintable(e.error.message));
    QVERIFY(e.error.message.contains(QStringLiteral("final_marks_missing (2)")));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM academic_year")), 1);
    params = runParams(false);
    params.insert(QStringLiteral("orderNo"), QStringLiteral("  "));
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("yearClose.run"), params)), QStringLiteral("invalid"));
}

void TestYearClose::teacherMayNotClose()
{
    QCOMPARE(errorCode(m_teacher.call(QStringLiteral("yearClose.run"), runParams(true))),
             QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_teacher.call(QStringLiteral("yearClose.check"),
                                      {{QStringLiteral("academicYearId"), m_year}})),
             QStringLiteral("forbidden"));
}

void TestYearClose::dryRunReportsAndWritesNothing()
{
    const qint64 movements = value(QStringLiteral("SELECT count(*) FROM movement"));
    const Envelope e = m_deputy.call(QStringLiteral("yearClose.run"), runParams(true));
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    const QCborMap r = e.result.toMap();
    QCOMPARE(r.value(QStringLiteral("dryRun")).toBool(), true);
    QCOMPARE(integer(r, "finalGrade"), 9);
    QCOMPARE(integer(r, "promoted"), 2);
    QCOMPARE(integer(r, "graduates"), 2);
    QCOMPARE(integer(r, "groups"), 1);
    QCOMPARE(integer(r, "groupMembers"), 1);
    QCOMPARE(integer(r, "periods"), 2);
    QCOMPARE(r.value(QStringLiteral("classes")).toArray().size(), 2);  // 5А→6А, 6А→7А
    QCOMPARE(r.value(QStringLiteral("nextYear")).toMap().value(QStringLiteral("startsOn")).toString(),
             QStringLiteral("2027-09-01"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM academic_year")), 1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM movement")), movements);
    QCOMPARE(m_db->value(QStringLiteral("SELECT state FROM academic_year")).toString(), QStringLiteral("active"));
}

void TestYearClose::closeOpensTheNextYear()
{
    const Envelope e = m_deputy.call(QStringLiteral("yearClose.run"), runParams(false));
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    const qint64 next = integer(e.result.toMap().value(QStringLiteral("nextYear")).toMap(), "id");
    QVERIFY(next > 0);
    const QString n = QString::number(next);
    QCOMPARE(m_db->value(QStringLiteral("SELECT state FROM academic_year WHERE id = %1").arg(m_year)).toString(),
             QStringLiteral("closed"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT name || ' ' || starts_on || ' ' || ends_on || ' ' || state"
                                        " FROM academic_year WHERE id = %1").arg(n)).toString(),
             QStringLiteral("2027/2028 2027-09-01 2028-05-31 planning"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM period WHERE NOT closed")), 2);  // the new ones
    QCOMPARE(m_db->value(QStringLiteral("SELECT string_agg(h.starts_on::text, ',') FROM holiday h"
                                        " WHERE academic_year_id = %1").arg(n)).toString(),
             QStringLiteral("2027-12-29"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM bell WHERE academic_year_id = %1").arg(n)), 1);
    // 6А of the new year holds the two students still in 5А at the year's end.
    QCOMPARE(m_db->value(QStringLiteral(
                 "SELECT string_agg(st.last_name, ',' ORDER BY st.last_name) FROM enrollment e"
                 " JOIN class_unit c ON c.id = e.class_id JOIN student st ON st.id = e.student_id"
                 " WHERE c.academic_year_id = %1 AND c.grade = 6 AND e.starts_on = '2027-09-01'"
                 " AND e.ends_on IS NULL").arg(n)).toString(),
             QStringLiteral("Алексеев,Борисова"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM enrollment WHERE ends_on IS NULL AND class_id IN"
                                  " (SELECT id FROM class_unit WHERE academic_year_id = %1)").arg(m_year)), 0);
    // Graduates are withdrawn with the order in the movement book; promotions are transfers.
    QCOMPARE(m_db->value(QStringLiteral(
                 "SELECT string_agg(st.last_name || ':' || m.on_date || ':' || m.order_no, ','"
                 " ORDER BY st.last_name) FROM movement m JOIN student st ON st.id = m.student_id"
                 " WHERE m.kind = 'withdrawal'")).toString(),
             QStringLiteral("Выпускник:2027-05-31:№ 45-у от 31.05.2027,"
                            "Выпускница:2027-05-31:№ 45-у от 31.05.2027"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM movement WHERE kind = 'transfer'")), 2);
    // The subgroup follows its class with the member who stayed; the load of working teachers
    // is copied, the archived teacher's is not; 6А takes this year's grade-6 curriculum.
    QCOMPARE(m_db->value(QStringLiteral(
                 "SELECT g.name || ':' || count(gm.id) FROM study_group g LEFT JOIN group_member gm"
                 " ON gm.group_id = g.id WHERE g.academic_year_id = %1 GROUP BY g.name").arg(n)).toString(),
             QStringLiteral("6А англ. 1 гр.:1"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM assignment a LEFT JOIN class_unit c ON c.id = a.class_id"
                                  " LEFT JOIN study_group g ON g.id = a.group_id"
                                  " WHERE coalesce(c.academic_year_id, g.academic_year_id) = %1").arg(n)), 2);
    QCOMPARE(value(QStringLiteral("SELECT k.hours_per_week FROM curriculum k JOIN class_unit c ON c.id = k.class_id"
                                  " WHERE c.academic_year_id = %1 AND c.grade = 6").arg(n)), 6);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'year.close'"
                                  " AND reason = '№ 45-у от 31.05.2027'")), 1);
}

void TestYearClose::closedYearCannotBeClosedAgain()
{
    const Envelope e = m_deputy.call(QStringLiteral("yearClose.run"), runParams(true));
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM academic_year")), 2);
}

QTEST_GUILESS_MAIN(TestYearClose)
#include "tst_yearclose.moc"

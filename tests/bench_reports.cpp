// Benchmark of the reports on the demo school (1,100 students, the journal of the whole year:
// lessons, marks and attendance up to 31 May, final marks of the quarters): the standard
// success and quality report of the quarter with the most final marks, school-wide, and the
// attendance report of the whole year, each run as the deputy end to end through the server
// over TLS (p50/p99 over EJ_BENCH_RUNS runs, 10 by default), against raw SQL measured in the
// same run, interleaved: (1) the statement the report compiler builds, executed directly on
// the database; (2) hand-written SQL computing the same figures (checked to agree). Prints the
// ratios and whether the target of issue 7 (under 2 s each) is met; no time is asserted.
#include "demo.h"
#include "loginthrottle.h"
#include "reports/compiler.h"
#include "reporttemplates.h"
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <algorithm>

using namespace ejournal;

namespace {
constexpr int kStudents = 1100;
constexpr double kTargetMs = 2000;
const QDate kToday(2027, 5, 31);  // the journal is filled up to this day: the whole year
const QString kPassword = QStringLiteral("Otchety2026");

int runs()
{
    const int asked = qEnvironmentVariableIntValue("EJ_BENCH_RUNS");
    return asked > 0 ? asked : 10;
}

double percentileMs(QList<qint64> ns, double p)
{
    if (ns.isEmpty())
        return 0;
    std::sort(ns.begin(), ns.end());
    return double(ns.at(qsizetype(p * double(ns.size() - 1)))) / 1e6;
}

// Executes a statement and reads every value of every row.
void fetchAll(const server::Sql &sql, const QString &text, const QVariantList &binds)
{
    QSqlQuery q = sql.exec(text, binds);
    const int columns = q.record().count();
    while (q.next())
        for (int i = 0; i < columns; ++i)
            q.value(i);
}

// What hand-written SQL says of a report: its rows ("row" level) and the grand total of the
// last value column (the "total" level).
struct HandFigures
{
    int rows = 0;
    qint64 total = 0;
};

HandFigures handFigures(const server::Sql &sql, const QString &text, const QVariantList &binds)
{
    HandFigures out;
    QSqlQuery q = sql.exec(text, binds);
    const int last = q.record().count() - 1;
    while (q.next()) {
        const QString level = q.value(0).toString();
        if (level == QLatin1String("row"))
            ++out.rows;
        else if (level == QLatin1String("total"))
            out.total = q.value(last).toLongLong();
    }
    return out;
}

// Success and quality of a period's final marks by class and subject, with a grand total; the
// student's class is the latest enrolment of the year.
const char kSuccessQualitySql[] =
    "SELECT CASE WHEN grouping(k.id) = 1 THEN 'total' ELSE 'row' END, k.grade || k.letter, s.name,"
    "       round(100.0 * count(*) FILTER (WHERE f.value::int >= 3) / count(*), 1),"
    "       round(100.0 * count(*) FILTER (WHERE f.value::int >= 4) / count(*), 1),"
    "       round(avg(f.value::int), 2), count(*)"
    "  FROM final_mark f"
    "  JOIN subject s ON s.school_id = f.school_id AND s.id = f.subject_id"
    "  JOIN LATERAL (SELECT e.class_id FROM enrollment e"
    "                  JOIN class_unit ec ON ec.school_id = e.school_id AND ec.id = e.class_id"
    "                 WHERE e.school_id = f.school_id AND e.student_id = f.student_id"
    "                   AND ec.academic_year_id = f.academic_year_id"
    "                 ORDER BY e.starts_on DESC, e.id DESC LIMIT 1) fe ON true"
    "  JOIN class_unit k ON k.school_id = f.school_id AND k.id = fe.class_id"
    " WHERE f.school_id = ? AND f.period_id = ? AND f.value ~ '^[0-9]+$'"
    " GROUP BY GROUPING SETS ((k.id, k.grade, k.letter, s.id, s.name), ())"
    " ORDER BY grouping(k.id), k.grade, k.letter, s.name";

// Absences and late arrivals by class and student × reason, with the totals per student, per
// reason and overall; the class of a stream's lesson is the student's class on its date.
const char kAttendanceSql[] =
    "WITH x AS (SELECT coalesce(a.class_id, g.class_id,"
    "                    (SELECT e.class_id FROM enrollment e WHERE e.school_id = jc.school_id"
    "                       AND e.student_id = jc.student_id AND e.starts_on <= l.on_date"
    "                       AND (e.ends_on IS NULL OR e.ends_on >= l.on_date)"
    "                     ORDER BY e.starts_on DESC LIMIT 1)) AS class_id,"
    "                  jc.student_id, jc.attendance"
    "             FROM journal_cell jc"
    "             JOIN lesson l ON l.school_id = jc.school_id AND l.id = jc.lesson_id"
    "             JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
    "             LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
    "            WHERE jc.school_id = ? AND jc.attendance IS NOT NULL AND l.status <> 'cancelled'"
    "              AND l.merged_into_id IS NULL AND l.on_date BETWEEN ? AND ?)"
    " SELECT CASE grouping(k.id, sd.id, x.attendance) WHEN 0 THEN 'cell' WHEN 1 THEN 'row'"
    "             WHEN 6 THEN 'column' ELSE 'total' END,"
    "        k.grade || k.letter, sd.last_name || ' ' || sd.first_name, x.attendance, count(*)"
    "   FROM x JOIN class_unit k ON k.id = x.class_id"
    "   JOIN student sd ON sd.id = x.student_id"
    "  GROUP BY GROUPING SETS ((k.id, k.grade, k.letter, sd.id, sd.last_name, sd.first_name,"
    "                          x.attendance),"
    "                         (k.id, k.grade, k.letter, sd.id, sd.last_name, sd.first_name),"
    "                         (x.attendance), ())";
} // namespace

class BenchReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void successQuality();
    void attendance();

private:
    // Runs the template with the parameters through the server, its compiled statement and the
    // hand-written SQL, interleaved; prints the figures; checks the hand-written figures agree.
    void measure(const char *templateKey, const QCborMap &params, const QString &handSql,
                 const QVariantList &handBinds);

    TestServer m_server;
    TestClient m_client;
    std::unique_ptr<TestConnection> m_db;
    server::ServerSettings m_settings;
    server::LoginThrottle m_throttle;
    qint64 m_school = 0;
    qint64 m_deputy = 0;
};

void BenchReports::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY(m_db->isOpen());
    m_school = m_db->value(QStringLiteral("SELECT id FROM school")).toLongLong();
    server::DemoOptions options;
    options.students = kStudents;
    options.today = kToday;
    server::DemoSummary summary;
    QElapsedTimer demo;
    demo.start();
    QVERIFY2(server::fillDemoSchool(m_db->database(), m_school, options, &summary, &error),
             qPrintable(error));
    QVERIFY(m_db->exec(QStringLiteral("ANALYZE lesson, journal_cell, mark, final_mark, enrollment,"
                                      " group_member, assignment, student, class_unit, period")));
    qInfo("demo school: %d students, %d classes, %s lessons, %s marks, %s absences and late"
          " arrivals, %s final marks; filled in %lld s", summary.students, summary.classes,
          qPrintable(m_db->value(QStringLiteral("SELECT count(*) FROM lesson")).toString()),
          qPrintable(m_db->value(QStringLiteral("SELECT count(*) FROM mark")).toString()),
          qPrintable(m_db->value(QStringLiteral(
              "SELECT count(*) FROM journal_cell WHERE attendance IS NOT NULL")).toString()),
          qPrintable(m_db->value(QStringLiteral("SELECT count(*) FROM final_mark")).toString()),
          demo.elapsed() / 1000);
    m_deputy = m_server.createUser(QStringLiteral("deputy"), kPassword, {QStringLiteral("deputy")});
    QVERIFY(m_deputy > 0);
    QVERIFY(m_client.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_client.login(QStringLiteral("deputy"), kPassword).kind, Envelope::Kind::Result);
}

void BenchReports::measure(const char *templateKey, const QCborMap &params,
                           const QString &handSql, const QVariantList &handBinds)
{
    const QCborMap request{{QStringLiteral("template"), QLatin1String(templateKey)},
                           {QStringLiteral("params"), params}};
    const Envelope first = m_client.call(QStringLiteral("reports.run"), request, 60000);
    QVERIFY2(first.kind == Envelope::Kind::Result, qPrintable(first.error.message));
    const QCborArray rows = first.result.toMap().value(QStringLiteral("rows")).toArray();
    const QCborArray total = first.result.toMap().value(QStringLiteral("total")).toArray();
    QVERIFY(!rows.isEmpty());

    // The statement the server runs, compiled for the same caller, on a direct connection.
    server::RequestContext ctx(m_db->database(), {}, {}, m_settings, m_throttle);
    ctx.caller.schoolId = m_school;
    ctx.caller.userId = m_deputy;
    ctx.caller.roleNames = {QStringLiteral("deputy")};
    QString error;
    const std::optional<reports::Definition> bound =
        reports::findTemplate(QString::fromLatin1(templateKey))->definition.bind(params, &error);
    QVERIFY2(bound, qPrintable(error));
    const server::reports::Statement compiled = server::reports::compile(ctx, *bound);

    const HandFigures hand = handFigures(ctx.sql, handSql, handBinds);
    QCOMPARE(hand.rows, int(rows.size()));
    QCOMPARE(hand.total, total.at(total.size() - 1).toInteger());

    QList<qint64> viaServer, viaCompiled, viaHand;
    QElapsedTimer timer;
    for (int i = 0; i < runs(); ++i) {
        timer.start();
        const Envelope e = m_client.call(QStringLiteral("reports.run"), request, 60000);
        viaServer.append(timer.nsecsElapsed());
        QCOMPARE(e.kind, Envelope::Kind::Result);
        timer.start();
        fetchAll(ctx.sql, compiled.text, compiled.binds);
        viaCompiled.append(timer.nsecsElapsed());
        timer.start();
        fetchAll(ctx.sql, handSql, handBinds);
        viaHand.append(timer.nsecsElapsed());
    }
    const double p50 = percentileMs(viaServer, 0.5), p99 = percentileMs(viaServer, 0.99);
    const double compiledP50 = percentileMs(viaCompiled, 0.5);
    const double handP50 = percentileMs(viaHand, 0.5);
    qInfo("%s: %lld rows; through the server p50 %.1f ms, p99 %.1f ms (%lld runs)", templateKey,
          qint64(rows.size()), p50, p99, qint64(viaServer.size()));
    qInfo("%s: compiled SQL directly p50 %.1f ms, p99 %.1f ms; hand-written SQL p50 %.1f ms,"
          " p99 %.1f ms", templateKey, compiledP50, percentileMs(viaCompiled, 0.99), handP50,
          percentileMs(viaHand, 0.99));
    qInfo("%s: server / compiled SQL %.2fx, server / hand-written SQL %.2fx, compiled /"
          " hand-written %.2fx; target < 2 s: %s", templateKey, p50 / compiledP50, p50 / handP50,
          compiledP50 / handP50, p99 < kTargetMs ? "met" : "missed");
}

void BenchReports::successQuality()
{
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT f.period_id, p.name, count(*) FROM final_mark f"
                                  "  JOIN period p ON p.id = f.period_id"
                                  " GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 1")));
    QVERIFY(q.next());
    const qint64 period = q.value(0).toLongLong();
    qInfo("successQuality: the finals of «%s», %s marks", qPrintable(q.value(1).toString()),
          qPrintable(q.value(2).toString()));
    measure("successQuality", {{QStringLiteral("period"), period}},
            QLatin1String(kSuccessQualitySql), {m_school, period});
}

void BenchReports::attendance()
{
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT starts_on, ends_on FROM academic_year")));
    QVERIFY(q.next());
    const QString from = q.value(0).toDate().toString(Qt::ISODate);
    const QString to = q.value(1).toDate().toString(Qt::ISODate);
    qInfo("attendance: %s – %s", qPrintable(from), qPrintable(to));
    measure("attendance", {{QStringLiteral("dates"), QCborArray{from, to}}},
            QLatin1String(kAttendanceSql), {m_school, from, to});
}

QTEST_GUILESS_MAIN(BenchReports)
#include "bench_reports.moc"

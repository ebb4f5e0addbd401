// Benchmark of curriculum.coverage on a full school (40 classes × 15 subjects, English split
// into two subgroups per class, ~640 loads): the request over TLS through the dispatcher against
// the same coverage query run directly on a database connection. Reports both (QBENCHMARK)
// and their ratio measured in the same run.
#include "handlers/curriculum_handlers.h"
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtTest>

using namespace ejournal;

namespace {
constexpr int kClasses = 40;
constexpr int kSubjects = 15;
constexpr int kRounds = 30;
const QString kPassword = QStringLiteral("Bench2026");
} // namespace

class BenchCoverage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void protocolRequest();
    void rawQuery();
    void ratio();

private:
    void fillSchool();
    void readOverProtocol();
    void readDirectly();

    TestServer m_server;
    TestClient m_client;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
    qint64 m_year = 0;
};

void BenchCoverage::fillSchool()
{
    const QStringList statements{
        QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, '2026/2027', '2026-09-01', '2027-05-31', 'active')"),
        QStringLiteral("INSERT INTO subject (school_id, name, short_name)"
                       " SELECT %1, 'Предмет ' || n, 'П' || n FROM generate_series(1, ")
            + QString::number(kSubjects) + QStringLiteral(") n"),
        // Grades 2–11, letters А–Г.
        QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter)"
                       " SELECT %1, y.id, g, l FROM academic_year y, generate_series(2, 11) g,"
                       "        unnest(ARRAY['А', 'Б', 'В', 'Г']) l WHERE y.school_id = %1"),
        QStringLiteral("INSERT INTO staff (school_id, last_name, first_name)"
                       " SELECT %1, 'Учитель' || n, 'Имя' FROM generate_series(1, 60) n"),
        QStringLiteral(
            "INSERT INTO curriculum (school_id, class_id, subject_id, part, hours_per_week)"
            " SELECT %1, c.id, s.id, CASE WHEN s.id % 5 = 0 THEN 'school' ELSE 'federal' END,"
            "        1 + s.id % 3 FROM class_unit c, subject s WHERE c.school_id = %1"
            "    AND s.school_id = %1"),
        // English ("Предмет 3") is taught in two subgroups of every class.
        QStringLiteral(
            "INSERT INTO study_group (school_id, academic_year_id, kind, name, class_id,"
            " subject_id)"
            " SELECT %1, c.academic_year_id, 'subgroup', c.grade || c.letter || ' гр. ' || n,"
            "        c.id, s.id FROM class_unit c, subject s, generate_series(1, 2) n"
            "  WHERE c.school_id = %1 AND s.school_id = %1 AND s.name = 'Предмет 3'"),
        QStringLiteral(
            "INSERT INTO assignment (school_id, staff_id, subject_id, group_id, hours_per_week)"
            " SELECT %1, st.id, g.subject_id, g.id, 1 + g.subject_id % 3"
            "   FROM study_group g JOIN staff st ON st.school_id = %1"
            "    AND st.id = (SELECT min(id) FROM staff) + g.id % 60"
            "  WHERE g.school_id = %1"),
        // Every other subject on the class, with some gaps, shortfalls and surpluses.
        QStringLiteral(
            "INSERT INTO assignment (school_id, staff_id, subject_id, class_id, hours_per_week)"
            " SELECT %1, (SELECT min(id) FROM staff) + (c.id + s.id) % 60, s.id, c.id,"
            "        1 + s.id % 3 + CASE (c.id + s.id) % 7 WHEN 0 THEN 1 WHEN 1 THEN -0.5"
            "                                            ELSE 0 END"
            "   FROM class_unit c, subject s WHERE c.school_id = %1 AND s.school_id = %1"
            "    AND s.name <> 'Предмет 3' AND (c.id * s.id) % 11 <> 0"),
        // Statistics, as autovacuum keeps them for a school in use.
        QStringLiteral("ANALYZE"),
    };
    for (const QString &statement : statements) {
        QString error;
        QVERIFY2(m_server.exec(statement.arg(m_school), &error), qPrintable(error));
    }
}

void BenchCoverage::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("deputy"), kPassword, {QStringLiteral("deputy")})
            > 0);
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY(m_db->isOpen());
    m_school = m_db->value(QStringLiteral("SELECT id FROM school")).toLongLong();
    fillSchool();
    m_year = m_db->value(QStringLiteral("SELECT id FROM academic_year")).toLongLong();
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM curriculum")).toInt(),
             kClasses * kSubjects);
    qInfo("school: %d classes, %d subjects, %d curriculum rows, %d loads", kClasses, kSubjects,
          kClasses * kSubjects,
          m_db->value(QStringLiteral("SELECT count(*) FROM assignment")).toInt());
    QVERIFY(m_client.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_client.login(QStringLiteral("deputy"), kPassword).kind, Envelope::Kind::Result);
}

void BenchCoverage::readOverProtocol()
{
    const Envelope reply = m_client.call(QStringLiteral("curriculum.coverage"),
                                         {{QStringLiteral("academicYearId"), m_year}});
    if (reply.result.toMap().value(QStringLiteral("rows")).toArray().size() != kClasses * kSubjects)
        QFAIL("curriculum.coverage did not return a row per class and subject");
}

void BenchCoverage::readDirectly()
{
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    q.prepare(server::handlers::coverageQuery());
    q.addBindValue(m_school);
    q.addBindValue(m_year);
    q.addBindValue(0);
    if (!q.exec())
        QFAIL("the coverage query failed");
    int rows = 0;
    while (q.next())
        ++rows;
    if (rows != kClasses * kSubjects)
        QFAIL("the coverage query did not return a row per class and subject");
}

void BenchCoverage::protocolRequest()
{
    QBENCHMARK
    {
        readOverProtocol();
    }
}

void BenchCoverage::rawQuery()
{
    QBENCHMARK
    {
        readDirectly();
    }
}

void BenchCoverage::ratio()
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRounds; ++i)
        readDirectly();
    const qint64 raw = timer.nsecsElapsed();
    timer.restart();
    for (int i = 0; i < kRounds; ++i)
        readOverProtocol();
    const qint64 protocol = timer.nsecsElapsed();
    qInfo("coverage of %d rows: protocol %.3f ms, raw SQL %.3f ms per request",
          kClasses * kSubjects, protocol / 1e6 / kRounds, raw / 1e6 / kRounds);
    qInfo("coverage: protocol/raw = %.2f", double(protocol) / double(raw));
}

QTEST_GUILESS_MAIN(BenchCoverage)
#include "bench_coverage.moc"

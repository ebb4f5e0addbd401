// Benchmark of the request path: a read over TLS through the dispatcher and a worker
// (audit.list, 100 rows) against the same SQL run directly on a database connection.
// Reports per-request times (QBENCHMARK) and their ratio measured in the same run.
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtTest>

using namespace ejournal;

namespace {
const QString kRawQuery = QStringLiteral(
    "SELECT a.id, a.at, a.user_id, u.login, a.action, a.entity, a.entity_id,"
    "       a.before::text, a.after::text, a.reason, a.client_addr"
    "  FROM audit_event a"
    "  LEFT JOIN app_user u ON u.school_id = a.school_id AND u.id = a.user_id"
    " WHERE a.school_id = (SELECT min(id) FROM school) AND a.id < 9223372036854775807"
    " ORDER BY a.id DESC LIMIT 100");
constexpr int kRounds = 300;
} // namespace

class BenchProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void protocolRequest();
    void rawQuery();
    void ratio();

private:
    void readOverProtocol();
    void readDirectly();

    TestServer m_server;
    TestClient m_client;
    std::unique_ptr<TestConnection> m_db;
};

void BenchProtocol::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("admin2"), QStringLiteral("Bench2026"),
                                {QStringLiteral("admin")}) > 0);
    // Enough audit history to fill a page: one row per user created.
    QVERIFY(m_server.exec(QStringLiteral(
        "INSERT INTO audit_event (school_id, action, entity, entity_id, after)"
        " SELECT (SELECT min(id) FROM school), 'bench.row', 'bench', g::text,"
        "        jsonb_build_object('n', g) FROM generate_series(1, 500) g")));
    QVERIFY(m_client.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_client.login(QStringLiteral("admin2"), QStringLiteral("Bench2026")).kind,
             Envelope::Kind::Result);
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY(m_db->isOpen());
}

void BenchProtocol::readOverProtocol()
{
    const Envelope reply = m_client.call(QStringLiteral("audit.list"), {{QStringLiteral("limit"), 100}});
    if (reply.result.toArray().size() != 100)
        QFAIL("audit.list did not return a full page");
}

void BenchProtocol::readDirectly()
{
    QSqlQuery q(m_db->database());
    if (!q.exec(kRawQuery))
        QFAIL("raw query failed");
    int rows = 0;
    while (q.next())
        ++rows;
    if (rows != 100)
        QFAIL("raw query did not return a full page");
}

void BenchProtocol::protocolRequest()
{
    QBENCHMARK {
        readOverProtocol();
    }
}

void BenchProtocol::rawQuery()
{
    QBENCHMARK {
        readDirectly();
    }
}

void BenchProtocol::ratio()
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
    qInfo("audit.list 100 rows: protocol %.3f ms, raw SQL %.3f ms per request; protocol/raw = %.2f",
          protocol / 1e6 / kRounds, raw / 1e6 / kRounds, double(protocol) / double(raw));
}

QTEST_GUILESS_MAIN(BenchProtocol)
#include "bench_protocol.moc"

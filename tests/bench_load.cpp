// Load driver: many clients at once against a real server on loopback. Each client signs in
// and sends a bounded number of requests back to back; the run reports throughput and latency
// percentiles, and the ratio of the latency under load to one client's latency alone.
// The server runs in this thread; the clients run in their own thread with their own sockets.
#include "envelope.h"
#include "testserver.h"
#include "wire.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>

using namespace ejournal;

namespace {
const QString kPassword = QStringLiteral("Nagruzka2026");

// One simulated user: login, then `requests` calls of sessions.list, one at a time.
class LoadClient : public QObject
{
public:
    LoadClient(quint16 port, QString fingerprint, QString login, int requests,
               QList<qint64> *latencies, std::function<void()> finished)
        : m_port(port), m_fingerprint(std::move(fingerprint)), m_login(std::move(login)),
          m_left(requests), m_latencies(latencies), m_finished(std::move(finished))
    {
    }

    void start()
    {
        connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            if (QString::fromLatin1(m_socket.peerCertificate()
                                        .digest(QCryptographicHash::Sha256).toHex(':').toUpper())
                == m_fingerprint)
                m_socket.ignoreSslErrors(errors);
        });
        connect(&m_socket, &QSslSocket::encrypted, this, [this] {
            send(QStringLiteral("hello"), {{QStringLiteral("protocol"), 1},
                                           {QStringLiteral("client"), QStringLiteral("load")}});
        });
        connect(&m_socket, &QSslSocket::readyRead, this, [this] { onReadyRead(); });
        connect(&m_socket, &QSslSocket::errorOccurred, this, [this] { done(); });
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

private:
    void send(const QString &method, const QCborMap &params = {})
    {
        m_timer.start();
        m_socket.write(wire::encodeFrame(makeRequest(++m_id, method, params)));
    }

    void onReadyRead()
    {
        m_decoder.feed(m_socket.readAll());
        for (const QByteArray &payload : m_decoder.takePayloads()) {
            QCborMap map;
            Envelope env;
            if (!wire::decodeMap(payload, &map, nullptr) || !parseEnvelope(map, &env, nullptr)
                || env.kind != Envelope::Kind::Result)
                return done();
            if (m_id == 1) {
                send(QStringLiteral("auth.login"), {{QStringLiteral("login"), m_login},
                                                    {QStringLiteral("password"), kPassword}});
            } else {
                if (m_id > 2)
                    m_latencies->append(m_timer.nsecsElapsed());
                if (m_left-- == 0)
                    return done();
                send(QStringLiteral("sessions.list"));
            }
        }
    }

    void done()
    {
        if (m_finishedOnce)
            return;
        m_finishedOnce = true;
        m_socket.abort();
        m_finished();
    }

    quint16 m_port;
    QString m_fingerprint;
    QString m_login;
    int m_left;
    QList<qint64> *m_latencies;
    std::function<void()> m_finished;
    QSslSocket m_socket;
    wire::FrameDecoder m_decoder;
    QElapsedTimer m_timer;
    quint64 m_id = 0;
    bool m_finishedOnce = false;
};

struct RunResult
{
    QList<qint64> latencies;
    qint64 wallNs = 0;
};

qint64 percentile(QList<qint64> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(qsizetype(p * double(sorted.size() - 1)));
}
} // namespace

class BenchLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void concurrentClients();

private:
    RunResult run(int clients, int requests);

    TestServer m_server;
};

void BenchLoad::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    for (int i = 0; i < 20; ++i)
        QVERIFY(m_server.createUser(QStringLiteral("load%1").arg(i), kPassword,
                                    {QStringLiteral("admin")}) > 0);
}

RunResult BenchLoad::run(int clients, int requests)
{
    RunResult result;
    QThread thread;
    QObject context;
    context.moveToThread(&thread);
    QList<QList<qint64>> perClient(clients);
    std::atomic<int> running = clients;
    QElapsedTimer wall;
    thread.start();
    wall.start();
    QMetaObject::invokeMethod(&context, [&] {
        for (int i = 0; i < clients; ++i) {
            auto *client = new LoadClient(m_server.port(), m_server.fingerprint(),
                                          QStringLiteral("load%1").arg(i), requests, &perClient[i],
                                          [&running] { --running; });
            client->setParent(&context);
            client->start();
        }
    });
    // Wait in a real event loop (the server lives in this thread and must keep running).
    QEventLoop loop;
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (running.load() == 0)
            loop.quit();
    });
    poll.start(1);
    loop.exec();
    result.wallNs = wall.nsecsElapsed();
    QMetaObject::invokeMethod(&context, [&context] { qDeleteAll(context.children()); },
                              Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    for (const auto &list : perClient)
        result.latencies += list;
    return result;
}

void BenchLoad::concurrentClients()
{
    constexpr int kRequests = 40;
    const RunResult alone = run(1, kRequests);
    QCOMPARE(alone.latencies.size(), kRequests);
    const RunResult loaded = run(20, kRequests);
    QCOMPARE(loaded.latencies.size(), 20 * kRequests);
    const double throughput = loaded.latencies.size() / (loaded.wallNs / 1e9);
    const double aloneThroughput = alone.latencies.size() / (alone.wallNs / 1e9);
    qInfo("1 client: p50 %.2f ms, %.0f requests/s",
          percentile(alone.latencies, 0.5) / 1e6, aloneThroughput);
    qInfo("20 clients: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.0f requests/s",
          percentile(loaded.latencies, 0.5) / 1e6, percentile(loaded.latencies, 0.95) / 1e6,
          percentile(loaded.latencies, 0.99) / 1e6, throughput);
    qInfo("under load / alone: p50 latency x%.2f, throughput x%.2f",
          double(percentile(loaded.latencies, 0.5)) / double(percentile(alone.latencies, 0.5)),
          throughput / aloneThroughput);
}

QTEST_GUILESS_MAIN(BenchLoad)
#include "bench_load.moc"

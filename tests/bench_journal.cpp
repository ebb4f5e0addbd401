// Benchmark of the journal on the demo school (1,100 students, its journal filled up to today):
// opening a journal (a class of about 30 students, a whole quarter of a 5-hour subject) over
// TLS through the real server, p50/p99, against the raw SQL that fetches the same rows on a
// direct connection (ratio); saving a mark (journal.setCell) p50/p99 with 100 simulated
// clients entering marks at once, and one client alone. Targets (issue 5): open ≤ 2× raw and
// under 50 ms p99; save under 10 ms p99 at 100 clients.
#include "demo.h"
#include "envelope.h"
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"
#include "wire.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSslSocket>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>

using namespace ejournal;

namespace {
constexpr int kStudents = 1100;
constexpr int kOpens = 200;
constexpr int kClients = 100;
constexpr int kSavesPerClient = 20;
const QString kPassword = QStringLiteral("Zhurnal2026");

double percentileMs(QList<qint64> ns, double p)
{
    if (ns.isEmpty())
        return 0;
    std::sort(ns.begin(), ns.end());
    return ns.at(qsizetype(p * double(ns.size() - 1))) / 1e6;
}

// One cell to fill: a student of a held lesson who has no cell there yet.
struct Seat
{
    qint64 lessonId = 0;
    qint64 studentId = 0;
};

// One teacher at the keyboard: signs in, then puts a 4 into its seats one after another,
// each sent when the previous one is answered; records every save's round trip.
class MarkingClient : public QObject
{
public:
    MarkingClient(quint16 port, QString fingerprint, QString login, QList<Seat> seats,
                  QList<qint64> *latencies, std::atomic<int> *failures,
                  std::function<void()> finished)
        : m_port(port), m_fingerprint(std::move(fingerprint)), m_login(std::move(login)),
          m_seats(std::move(seats)), m_latencies(latencies), m_failures(failures),
          m_finished(std::move(finished))
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
                                           {QStringLiteral("client"), QStringLiteral("bench")}});
        });
        connect(&m_socket, &QSslSocket::readyRead, this, [this] { onReadyRead(); });
        connect(&m_socket, &QSslSocket::errorOccurred, this, [this] { done(); });
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

private:
    void send(const QString &method, const QCborMap &params)
    {
        m_timer.start();
        m_socket.write(wire::encodeFrame(makeRequest(++m_id, method, params)));
    }

    void saveNext()
    {
        if (m_next == m_seats.size())
            return done();
        const Seat seat = m_seats.at(m_next++);
        send(QStringLiteral("journal.setCell"),
             {{QStringLiteral("lessonId"), seat.lessonId},
              {QStringLiteral("studentId"), seat.studentId},
              {QStringLiteral("version"), 0},
              {QStringLiteral("marks"), QCborArray{QCborMap{{QStringLiteral("value"), QStringLiteral("4")}}}}});
    }

    void onReadyRead()
    {
        m_decoder.feed(m_socket.readAll());
        for (const QByteArray &payload : m_decoder.takePayloads()) {
            QCborMap map;
            Envelope env;
            if (!wire::decodeMap(payload, &map, nullptr) || !parseEnvelope(map, &env, nullptr))
                return done();
            if (env.kind == Envelope::Kind::Event)
                continue;
            if (env.kind != Envelope::Kind::Result) {
                if (m_failures->fetch_add(1) < 3)
                    qWarning("%s: %s", qPrintable(m_login), qPrintable(env.error.message));
                if (m_id <= 2)
                    return done();
            }
            if (m_id > 2)
                m_latencies->append(m_timer.nsecsElapsed());
            if (m_id == 1)
                send(QStringLiteral("auth.login"), {{QStringLiteral("login"), m_login},
                                                    {QStringLiteral("password"), kPassword}});
            else
                saveNext();
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
    QList<Seat> m_seats;
    qsizetype m_next = 0;
    QList<qint64> *m_latencies;
    std::atomic<int> *m_failures;
    std::function<void()> m_finished;
    QSslSocket m_socket;
    wire::FrameDecoder m_decoder;
    QElapsedTimer m_timer;
    quint64 m_id = 0;
    bool m_finishedOnce = false;
};
} // namespace

class BenchJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openJournal();
    void saveMarkAlone();
    void saveMarkHundredClients();

private:
    QList<qint64> rawFetch(int times);
    QList<Seat> freeSeats(int count);
    QList<qint64> runClients(int clients, const QList<Seat> &seats);

    TestServer m_server;
    TestClient m_client;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
    qint64 m_assignment = 0;
    qint64 m_period = 0;
    QDate m_from, m_to;
    int m_students = 0;
    int m_lessons = 0;
};

void BenchJournal::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY(m_db->isOpen());
    m_school = m_db->value(QStringLiteral("SELECT id FROM school")).toLongLong();
    server::DemoOptions options;
    options.students = kStudents;
    server::DemoSummary summary;
    QElapsedTimer demo;
    demo.start();
    QVERIFY2(server::fillDemoSchool(m_db->database(), m_school, options, &summary, &error),
             qPrintable(error));
    qInfo("demo school: %d students, %d loads, %.0f lessons, %.0f marks, filled in %lld ms",
          summary.students, summary.assignments,
          m_db->value(QStringLiteral("SELECT count(*) FROM lesson")).toDouble(),
          m_db->value(QStringLiteral("SELECT count(*) FROM mark")).toDouble(), demo.elapsed());
    // Marks are saved without reasons: a wide correction window, periods open.
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO journal_setting (school_id, correction_days)"
                                      " VALUES (%1, 365)").arg(m_school)));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE period SET closed = false")));
    QVERIFY(m_db->exec(QStringLiteral("ANALYZE lesson, journal_cell, mark, final_mark, enrollment,"
                                      " group_member, plan_item, assignment, student")));
    // The journal: the biggest class's 5-hour subject in its most complete quarter so far.
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT a.id, p.id, p.starts_on, p.ends_on, count(DISTINCT e.student_id),"
        "       (SELECT count(*) FROM lesson l WHERE l.assignment_id = a.id"
        "          AND l.on_date BETWEEN p.starts_on AND p.ends_on)"
        "  FROM assignment a JOIN class_unit c ON c.id = a.class_id"
        "  JOIN enrollment e ON e.class_id = c.id"
        "  JOIN period p ON p.scheme_id = c.period_scheme_id AND p.starts_on <= current_date"
        " WHERE a.hours_per_week >= 5"
        " GROUP BY a.id, p.id, p.starts_on, p.ends_on ORDER BY count(DISTINCT e.student_id) DESC,"
        "          least(p.ends_on, current_date) - p.starts_on DESC, a.id LIMIT 1")));
    QVERIFY(q.next());
    m_assignment = q.value(0).toLongLong();
    m_period = q.value(1).toLongLong();
    m_from = q.value(2).toDate();
    m_to = q.value(3).toDate();
    m_students = q.value(4).toInt();
    m_lessons = q.value(5).toInt();
    for (int i = 0; i < kClients; ++i)
        QVERIFY(m_server.createUser(QStringLiteral("teacher%1").arg(i), kPassword,
                                    {QStringLiteral("deputy")}) > 0);
    QVERIFY(m_client.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_client.login(QStringLiteral("teacher0"), kPassword).kind, Envelope::Kind::Result);
}

// The rows journal.open returns, fetched with plain SQL on a direct connection: the class's
// students, the lessons of the range, the cells with their marks, the finals.
QList<qint64> BenchJournal::rawFetch(int times)
{
    const QStringList queries{
        QStringLiteral(
            "SELECT s.id, s.last_name, s.first_name, s.middle_name, e.starts_on, e.ends_on"
            "  FROM assignment a JOIN enrollment e ON e.school_id = a.school_id AND e.class_id = a.class_id"
            "  JOIN student s ON s.school_id = e.school_id AND s.id = e.student_id WHERE a.id = %1"
            "   AND e.starts_on <= '%3' AND (e.ends_on IS NULL OR e.ends_on >= '%2')"
            " ORDER BY s.last_name, s.first_name"),
        QStringLiteral(
            "SELECT l.id, l.on_date, l.lesson_no, l.status, l.topic, l.summary, l.homework,"
            "       l.homework_due, l.work_type_id, l.control_work, l.plan_item_id, l.teacher_id,"
            "       l.version FROM lesson l WHERE l.assignment_id = %1"
            "   AND l.on_date BETWEEN '%2' AND '%3' AND l.merged_into_id IS NULL"
            " ORDER BY l.on_date, l.lesson_no"),
        QStringLiteral(
            "SELECT c.lesson_id, c.student_id, c.attendance, c.late_minutes, c.version, c.updated_at,"
            "       m.value, m.work_type_id, m.comment, m.entered_at"
            "  FROM lesson l JOIN journal_cell c ON c.school_id = l.school_id AND c.lesson_id = l.id"
            "  LEFT JOIN mark m ON m.school_id = c.school_id AND m.lesson_id = c.lesson_id"
            "   AND m.student_id = c.student_id"
            " WHERE l.assignment_id = %1 AND l.on_date BETWEEN '%2' AND '%3'"
            " ORDER BY c.lesson_id, c.student_id, m.position"),
        QStringLiteral(
            "SELECT f.student_id, f.period_id, f.value, f.version FROM final_mark f"
            "  JOIN assignment a ON a.school_id = f.school_id AND a.subject_id = f.subject_id"
            "  JOIN enrollment e ON e.school_id = a.school_id AND e.class_id = a.class_id"
            "   AND e.student_id = f.student_id"
            " WHERE a.id = %1 AND (f.period_id IS NULL OR f.period_id = %4)"),
    };
    QList<qint64> out;
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    for (int i = 0; i < times; ++i) {
        QElapsedTimer timer;
        timer.start();
        int rows = 0;
        for (QString sql : queries) {
            sql.replace(QStringLiteral("%1"), QString::number(m_assignment))
                .replace(QStringLiteral("%2"), m_from.toString(Qt::ISODate))
                .replace(QStringLiteral("%3"), m_to.toString(Qt::ISODate))
                .replace(QStringLiteral("%4"), QString::number(m_period));
            if (!q.exec(sql))
                qWarning("%s", qPrintable(m_db->error()));
            while (q.next())
                ++rows;
        }
        out.append(timer.nsecsElapsed());
        Q_UNUSED(rows);
    }
    return out;
}

void BenchJournal::openJournal()
{
    const QCborMap params{{QStringLiteral("assignmentId"), m_assignment},
                          {QStringLiteral("periodId"), m_period}};
    const Envelope first = m_client.call(QStringLiteral("journal.open"), params);
    QVERIFY2(first.kind == Envelope::Kind::Result, qPrintable(first.error.message));
    const QCborMap journal = first.result.toMap();
    const qsizetype cells = journal.value(QStringLiteral("cells")).toArray().size();
    qInfo("journal: %lld students x %lld lessons, %lld cells (load %lld, period %lld)",
          qint64(journal.value(QStringLiteral("students")).toArray().size()),
          qint64(journal.value(QStringLiteral("lessons")).toArray().size()), qint64(cells),
          m_assignment, m_period);
    QVERIFY(journal.value(QStringLiteral("students")).toArray().size() >= 25);
    QVERIFY(journal.value(QStringLiteral("lessons")).toArray().size() >= 30);
    QList<qint64> opens;
    QList<qint64> raw;
    QBENCHMARK_ONCE {
        for (int i = 0; i < kOpens; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Envelope e = m_client.call(QStringLiteral("journal.open"), params);
            opens.append(timer.nsecsElapsed());
            QVERIFY(e.kind == Envelope::Kind::Result);
        }
        raw = rawFetch(kOpens);
    }
    const double p50 = percentileMs(opens, 0.5);
    const double p99 = percentileMs(opens, 0.99);
    const double rawP50 = percentileMs(raw, 0.5);
    qInfo("OPEN journal over TLS (%d times): p50 %.2f ms, p99 %.2f ms", kOpens, p50, p99);
    qInfo("OPEN raw SQL of the same rows:      p50 %.2f ms, p99 %.2f ms", rawP50,
          percentileMs(raw, 0.99));
    qInfo("OPEN ratio protocol/raw (p50): %.2f  [targets: <= 2.0, p99 < 50 ms]", p50 / rawP50);
}

// Up to `count` seats of held lessons with no cell yet, spread over many journals.
QList<Seat> BenchJournal::freeSeats(int count)
{
    QSqlQuery q(m_db->database());
    const bool ok = q.exec(QStringLiteral(
        "SELECT l.id, e.student_id FROM lesson l JOIN assignment a ON a.id = l.assignment_id"
        "  JOIN enrollment e ON e.class_id = a.class_id"
        " WHERE l.on_date <= current_date AND l.on_date > current_date - 60"
        "   AND l.status = 'planned' AND l.merged_into_id IS NULL"
        "   AND NOT EXISTS (SELECT 1 FROM journal_cell c WHERE c.lesson_id = l.id"
        "                    AND c.student_id = e.student_id)"
        " ORDER BY hashint8(l.id * 100003 + e.student_id) LIMIT %1").arg(count));
    if (!ok)
        qWarning("%s", qPrintable(m_db->error()));
    QList<Seat> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

QList<qint64> BenchJournal::runClients(int clients, const QList<Seat> &seats)
{
    QThread thread;
    QObject context;
    context.moveToThread(&thread);
    QList<QList<qint64>> perClient(clients);
    std::atomic<int> running = clients;
    std::atomic<int> failures = 0;
    const qsizetype each = seats.size() / clients;
    thread.start();
    QMetaObject::invokeMethod(&context, [&] {
        for (int i = 0; i < clients; ++i) {
            auto *client = new MarkingClient(m_server.port(), m_server.fingerprint(),
                                             QStringLiteral("teacher%1").arg(i),
                                             seats.mid(i * each, each), &perClient[i], &failures,
                                             [&running] { --running; });
            client->setParent(&context);
            client->start();
        }
    });
    QEventLoop loop;
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (running.load() == 0)
            loop.quit();
    });
    poll.start(1);
    loop.exec();
    QMetaObject::invokeMethod(&context, [&context] { qDeleteAll(context.children()); },
                              Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    QList<qint64> out;
    for (const auto &list : perClient)
        out += list;
    if (failures.load() > 0)
        qWarning("%d saves failed", failures.load());
    return failures.load() == 0 ? out : QList<qint64>();
}

void BenchJournal::saveMarkAlone()
{
    const QList<Seat> seats = freeSeats(kSavesPerClient * 5);
    QCOMPARE(seats.size(), kSavesPerClient * 5);
    QList<qint64> saves;
    QBENCHMARK_ONCE {
        saves = runClients(1, seats);
    }
    QCOMPARE(saves.size(), seats.size());
    qInfo("SAVE mark, 1 client (%lld saves): p50 %.2f ms, p99 %.2f ms", qint64(saves.size()),
          percentileMs(saves, 0.5), percentileMs(saves, 0.99));
}

void BenchJournal::saveMarkHundredClients()
{
    const QList<Seat> seats = freeSeats(kClients * kSavesPerClient);
    QCOMPARE(seats.size(), kClients * kSavesPerClient);
    QList<qint64> saves;
    QElapsedTimer wall;
    QBENCHMARK_ONCE {
        wall.start();
        saves = runClients(kClients, seats);
    }
    QCOMPARE(saves.size(), seats.size());
    qInfo("SAVE mark, %d clients at once (%lld saves, %.0f saves/s): p50 %.2f ms, p99 %.2f ms"
          "  [target: p99 < 10 ms]", kClients, qint64(saves.size()),
          saves.size() / (wall.nsecsElapsed() / 1e9), percentileMs(saves, 0.5),
          percentileMs(saves, 0.99));
}

QTEST_GUILESS_MAIN(BenchJournal)
#include "bench_journal.moc"

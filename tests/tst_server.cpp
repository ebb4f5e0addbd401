// Integration tests of the server: a real PostgreSQL (tests/support/testcluster), the real
// server library listening with TLS, and bare protocol clients talking to it.
#include "loginthrottle.h"
#include "methods.h"
#include "migrations.h"
#include "server.h"
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QSslCipher>
#include <QtEndian>
#include <QtTest>

#include <tuple>

using namespace ejournal;
using ejournal::server::LoginThrottle;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

QString errorCode(const Envelope &e)
{
    return e.kind == Envelope::Kind::Error ? errorCodeName(e.error.code) : QStringLiteral("(ok)");
}
} // namespace

class TestServerIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginSucceeds();
    void wrongPasswordAndUnknownLoginLookAlike();
    void everyMethodNeedsHelloAndLogin();
    void unknownMethodAndBadParams();
    void unsupportedProtocol();
    void failedLoginsAreThrottled();
    void throttleRules();
    void resumeWithToken();
    void idleSessionExpires();
    void adminRevokesSession();
    void teacherCannotManageSessions();
    void oneTimePasswordMustBeChanged();
    void writesAreAudited();
    void auditLogIsAppendOnly();
    void migrationsAppliedOnceAndIdempotent();
    void newerDatabaseRefused();
    void oversizedFrameClosesConnection();
    void malformedPayloadGetsBadRequest();
    void oldTlsAndWeakCiphersRefused();
    void slowRequestDoesNotStallOthers();

private:
    TestServer m_server;
    qint64 m_teacherId = 0;
};

void TestServerIntegration::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("director"), kPassword, {QStringLiteral("admin")},
                                false, QStringLiteral("Петрова Анна Сергеевна")) > 0);
    m_teacherId = m_server.createUser(QStringLiteral("teacher"), kPassword,
                                      {QStringLiteral("teacher")}, false,
                                      QStringLiteral("Иванов Иван Иванович"));
    QVERIFY(m_teacherId > 0);
}

void TestServerIntegration::loginSucceeds()
{
    TestClient client;
    QVERIFY(client.connectTo(m_server.port(), m_server.fingerprint()));
    const Envelope reply = client.login(QStringLiteral("Teacher"), kPassword);
    QCOMPARE(errorCode(reply), QStringLiteral("(ok)"));
    const QCborMap result = reply.result.toMap();
    QCOMPARE(result.value(QStringLiteral("token")).toString().size(), 32);
    const QCborMap user = result.value(QStringLiteral("user")).toMap();
    QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("Иванов Иван Иванович"));
    QCOMPARE(user.value(QStringLiteral("school")).toString(), QStringLiteral("Тестовая школа"));
    QCOMPARE(user.value(QStringLiteral("roles")).toArray(), QCborArray{QStringLiteral("teacher")});
    QCOMPARE(result.value(QStringLiteral("mustChangePassword")).toBool(), false);
    // A second login gets a different token.
    TestClient other;
    QVERIFY(other.connectTo(m_server.port(), m_server.fingerprint()));
    const Envelope second = other.login(QStringLiteral("teacher"), kPassword);
    QVERIFY(second.result.toMap().value(QStringLiteral("token")).toString()
            != result.value(QStringLiteral("token")).toString());
    // The token is stored hashed only.
    TestConnection db(m_server.ownerParams());
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM session WHERE encode(token_hash, 'hex') = '%1'")
                          .arg(result.value(QStringLiteral("token")).toString())).toInt(), 0);
}

void TestServerIntegration::wrongPasswordAndUnknownLoginLookAlike()
{
    TestClient client;
    QVERIFY(client.connectTo(m_server.port(), m_server.fingerprint()));
    const Envelope wrong = client.login(QStringLiteral("director"), QStringLiteral("nope12345"));
    QCOMPARE(errorCode(wrong), QStringLiteral("unauthenticated"));
    const Envelope unknown = client.call(QStringLiteral("auth.login"),
                                         {{QStringLiteral("login"), QStringLiteral("ghost")},
                                          {QStringLiteral("password"), kPassword}});
    QCOMPARE(errorCode(unknown), QStringLiteral("unauthenticated"));
    QCOMPARE(unknown.error.message, wrong.error.message);
    // Still not signed in.
    QCOMPARE(errorCode(client.call(QStringLiteral("system.methods"))),
             QStringLiteral("unauthenticated"));
    m_server.server()->throttle().recordSuccess(QStringLiteral("director"));
}

void TestServerIntegration::everyMethodNeedsHelloAndLogin()
{
    TestClient client;
    QVERIFY(client.connectTo(m_server.port(), m_server.fingerprint()));
    for (const MethodInfo &m : methodCatalogue()) {
        if (m.name == QLatin1String("hello"))
            continue;
        const Envelope reply = client.call(m.name, {});
        QVERIFY2(errorCode(reply) == QLatin1String("unauthenticated"), qPrintable(m.name));
    }
    QCOMPARE(errorCode(client.call(QStringLiteral("hello"),
                                   {{QStringLiteral("protocol"), 1},
                                    {QStringLiteral("client"), QStringLiteral("t")}})),
             QStringLiteral("(ok)"));
    for (const MethodInfo &m : methodCatalogue()) {
        if (m.stage != Stage::Authenticated)
            continue;
        const Envelope reply = client.call(m.name, {});
        QVERIFY2(errorCode(reply) == QLatin1String("unauthenticated"), qPrintable(m.name));
    }
}

void TestServerIntegration::unknownMethodAndBadParams()
{
    TestClient client;
    QVERIFY(client.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(client.login(QStringLiteral("director"), kPassword)), QStringLiteral("(ok)"));
    const Envelope unknown = client.call(QStringLiteral("journal.dropEverything"));
    QCOMPARE(errorCode(unknown), QStringLiteral("bad_request"));
    QVERIFY(unknown.error.message.contains(QStringLiteral("journal.dropEverything")));
    const Envelope bad = client.call(QStringLiteral("sessions.revoke"),
                                     {{QStringLiteral("sessionId"), QStringLiteral("seven")}});
    QCOMPARE(errorCode(bad), QStringLiteral("invalid"));
    QCOMPARE(bad.error.details.value(QStringLiteral("sessionId")).toString(),
             QStringLiteral("must be an integer"));
    const Envelope limit = client.call(QStringLiteral("audit.list"), {{QStringLiteral("limit"), 100000}});
    QCOMPARE(errorCode(limit), QStringLiteral("invalid"));
    QVERIFY(limit.error.details.contains(QStringLiteral("limit")));
}

void TestServerIntegration::unsupportedProtocol()
{
    TestClient client;
    QVERIFY(client.connectTo(m_server.port(), m_server.fingerprint()));
    const Envelope reply = client.call(QStringLiteral("hello"),
                                       {{QStringLiteral("protocol"), 2},
                                        {QStringLiteral("client"), QStringLiteral("future")}});
    QCOMPARE(errorCode(reply), QStringLiteral("unsupported_protocol"));
    QCOMPARE(errorCode(client.call(QStringLiteral("auth.login"),
                                   {{QStringLiteral("login"), QStringLiteral("director")},
                                    {QStringLiteral("password"), kPassword}})),
             QStringLiteral("unauthenticated"));
}

void TestServerIntegration::failedLoginsAreThrottled()
{
    QVERIFY(m_server.createUser(QStringLiteral("victim"), kPassword, {QStringLiteral("teacher")}) > 0);
    TestClient client;
    QVERIFY(client.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(client.call(QStringLiteral("hello"),
                                   {{QStringLiteral("protocol"), 1},
                                    {QStringLiteral("client"), QStringLiteral("t")}})),
             QStringLiteral("(ok)"));
    auto attempt = [&client](const QString &password) {
        return client.call(QStringLiteral("auth.login"),
                           {{QStringLiteral("login"), QStringLiteral("victim")},
                            {QStringLiteral("password"), password}});
    };
    for (int i = 0; i < LoginThrottle::kLoginThreshold; ++i)
        QCOMPARE(errorCode(attempt(QStringLiteral("guess%1").arg(i))),
                 QStringLiteral("unauthenticated"));
    // Now even the right password has to wait.
    const Envelope limited = attempt(kPassword);
    QCOMPARE(errorCode(limited), QStringLiteral("rate_limited"));
    const qint64 wait = limited.error.details.value(QStringLiteral("retryAfter")).toInteger();
    QVERIFY(wait > 0 && wait <= LoginThrottle::kFirstDelaySeconds);
    // Other logins from elsewhere are not affected by this login's lock.
    TestClient other;
    QVERIFY(other.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(other.login(QStringLiteral("teacher"), kPassword)), QStringLiteral("(ok)"));
    // Failed attempts are in the audit log of the school, without the password.
    TestConnection db(m_server.ownerParams());
    QCOMPARE(db.value(QStringLiteral(
                 "SELECT count(*) FROM audit_event a JOIN app_user u ON u.id::text = a.entity_id"
                 " WHERE a.action = 'auth.login_failed' AND u.login = 'victim'")).toInt(),
             LoginThrottle::kLoginThreshold);
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM audit_event WHERE after::text LIKE '%guess%'")).toInt(), 0);
}

void TestServerIntegration::throttleRules()
{
    server::LoginThrottle throttle;
    QDateTime now = QDateTime::currentDateTimeUtc();
    throttle.setClock([&now] { return now; });
    for (int i = 0; i < LoginThrottle::kLoginThreshold - 1; ++i)
        throttle.recordFailure(QStringLiteral("a"), QStringLiteral("10.0.0.1"));
    QCOMPARE(throttle.retryAfter(QStringLiteral("a"), QStringLiteral("10.0.0.1")), 0);
    throttle.recordFailure(QStringLiteral("A"), QStringLiteral("10.0.0.1"));  // logins ignore case
    QCOMPARE(throttle.retryAfter(QStringLiteral("a"), QStringLiteral("10.0.0.2")), 30);
    now = now.addSecs(31);
    QCOMPARE(throttle.retryAfter(QStringLiteral("a"), QStringLiteral("10.0.0.1")), 0);
    throttle.recordFailure(QStringLiteral("a"), QStringLiteral("10.0.0.1"));
    QCOMPARE(throttle.retryAfter(QStringLiteral("a"), QStringLiteral("10.0.0.1")), 60);  // doubles
    for (int i = 0; i < 20; ++i)
        throttle.recordFailure(QStringLiteral("a"), QStringLiteral("10.0.0.1"));
    QCOMPARE(throttle.retryAfter(QStringLiteral("a"), QStringLiteral("10.0.0.1")),
             LoginThrottle::kMaxDelaySeconds);  // capped
    throttle.recordSuccess(QStringLiteral("a"));
    // The address stays limited after its 20th failure, whatever login it tries.
    QVERIFY(throttle.retryAfter(QStringLiteral("someone-else"), QStringLiteral("10.0.0.1")) > 0);
    QCOMPARE(throttle.retryAfter(QStringLiteral("someone-else"), QStringLiteral("10.0.0.9")), 0);
}

void TestServerIntegration::resumeWithToken()
{
    TestClient first;
    QVERIFY(first.connectTo(m_server.port(), m_server.fingerprint()));
    const QString token = first.login(QStringLiteral("teacher"), kPassword)
                              .result.toMap().value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    first.socket().abort();

    TestClient second;
    QVERIFY(second.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(second.call(QStringLiteral("hello"),
                                   {{QStringLiteral("protocol"), 1},
                                    {QStringLiteral("client"), QStringLiteral("t")}})),
             QStringLiteral("(ok)"));
    const Envelope resumed = second.call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}});
    QCOMPARE(errorCode(resumed), QStringLiteral("(ok)"));
    QCOMPARE(resumed.result.toMap().value(QStringLiteral("user")).toMap()
                 .value(QStringLiteral("login")).toString(), QStringLiteral("teacher"));
    QCOMPARE(errorCode(second.call(QStringLiteral("system.methods"))), QStringLiteral("(ok)"));
    const Envelope bogus = second.call(QStringLiteral("auth.resume"),
                                       {{QStringLiteral("token"), QStringLiteral("00112233445566778899aabbccddeeff")}});
    QCOMPARE(errorCode(bogus), QStringLiteral("unauthenticated"));
    QCOMPARE(bogus.error.details.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown"));
}

void TestServerIntegration::idleSessionExpires()
{
    TestClient client;
    QVERIFY(client.connectTo(m_server.port(), m_server.fingerprint()));
    const Envelope login = client.login(QStringLiteral("teacher"), kPassword);
    const QString token = login.result.toMap().value(QStringLiteral("token")).toString();
    QCOMPARE(errorCode(client.call(QStringLiteral("system.methods"))), QStringLiteral("(ok)"));
    // 31 idle minutes pass.
    QVERIFY(m_server.exec(QStringLiteral(
        "UPDATE session SET last_seen_at = now() - interval '31 minutes'"
        " WHERE ended_at IS NULL AND user_id = %1").arg(m_teacherId)));
    const Envelope expired = client.call(QStringLiteral("system.methods"));
    QCOMPARE(errorCode(expired), QStringLiteral("unauthenticated"));
    QCOMPARE(expired.error.details.value(QStringLiteral("reason")).toString(), QStringLiteral("expired"));
    const Envelope resume = client.call(QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}});
    QCOMPARE(errorCode(resume), QStringLiteral("unauthenticated"));
    // The absolute limit: a session used a minute ago but opened 13 hours ago is over too.
    const QString fresh = client.login(QStringLiteral("teacher"), kPassword)
                              .result.toMap().value(QStringLiteral("token")).toString();
    QVERIFY(!fresh.isEmpty());
    QVERIFY(m_server.exec(QStringLiteral(
        "UPDATE session SET created_at = now() - interval '13 hours'"
        " WHERE ended_at IS NULL AND user_id = %1").arg(m_teacherId)));
    QCOMPARE(errorCode(client.call(QStringLiteral("system.methods"))),
             QStringLiteral("unauthenticated"));
}

void TestServerIntegration::adminRevokesSession()
{
    TestClient teacher;
    QVERIFY(teacher.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(teacher.login(QStringLiteral("teacher"), kPassword)), QStringLiteral("(ok)"));
    TestClient admin;
    QVERIFY(admin.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(admin.login(QStringLiteral("director"), kPassword)), QStringLiteral("(ok)"));

    const Envelope list = admin.call(QStringLiteral("sessions.list"));
    QCOMPARE(errorCode(list), QStringLiteral("(ok)"));
    qint64 teacherSession = 0;
    int current = 0;
    for (const QCborValue &row : list.result.toArray()) {
        const QCborMap s = row.toMap();
        if (s.value(QStringLiteral("login")).toString() == QLatin1String("teacher"))
            teacherSession = std::max(teacherSession, s.value(QStringLiteral("id")).toInteger());
        current += s.value(QStringLiteral("current")).toBool() ? 1 : 0;
    }
    QVERIFY(teacherSession > 0);
    QCOMPARE(current, 1);

    QCOMPARE(errorCode(admin.call(QStringLiteral("sessions.revoke"),
                                  {{QStringLiteral("sessionId"), teacherSession}})),
             QStringLiteral("(ok)"));
    // The teacher is told at once, and cannot go on.
    QTRY_VERIFY(std::any_of(teacher.events().cbegin(), teacher.events().cend(), [](const Envelope &e) {
        return e.event == QLatin1String("session.ended")
            && e.data.value(QStringLiteral("reason")).toString() == QLatin1String("revoked");
    }));
    const Envelope after = teacher.call(QStringLiteral("system.methods"));
    QCOMPARE(errorCode(after), QStringLiteral("unauthenticated"));
    // Revoking it again, or a made-up id, is not found.
    QCOMPARE(errorCode(admin.call(QStringLiteral("sessions.revoke"),
                                  {{QStringLiteral("sessionId"), teacherSession}})),
             QStringLiteral("not_found"));
    QCOMPARE(errorCode(admin.call(QStringLiteral("sessions.revoke"),
                                  {{QStringLiteral("sessionId"), 987654321}})),
             QStringLiteral("not_found"));
}

void TestServerIntegration::teacherCannotManageSessions()
{
    TestClient teacher;
    QVERIFY(teacher.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(teacher.login(QStringLiteral("teacher"), kPassword)), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(teacher.call(QStringLiteral("sessions.list"))), QStringLiteral("forbidden"));
    QCOMPARE(errorCode(teacher.call(QStringLiteral("audit.list"))), QStringLiteral("forbidden"));
    QStringList names;
    for (const QCborValue &m : teacher.call(QStringLiteral("system.methods")).result.toArray())
        names.append(m.toMap().value(QStringLiteral("name")).toString());
    QVERIFY(names.contains(QStringLiteral("auth.changePassword")));
    QVERIFY(!names.contains(QStringLiteral("sessions.list")));
    QVERIFY(!names.contains(QStringLiteral("audit.list")));
}

void TestServerIntegration::oneTimePasswordMustBeChanged()
{
    QVERIFY(m_server.createUser(QStringLiteral("newbie"), QStringLiteral("OneTime123"),
                                {QStringLiteral("admin")}, true) > 0);
    TestClient other;
    QVERIFY(other.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(other.login(QStringLiteral("newbie"), QStringLiteral("OneTime123"))),
             QStringLiteral("(ok)"));
    TestClient client;
    QVERIFY(client.connectTo(m_server.port(), m_server.fingerprint()));
    const Envelope login = client.login(QStringLiteral("newbie"), QStringLiteral("OneTime123"));
    QCOMPARE(login.result.toMap().value(QStringLiteral("mustChangePassword")).toBool(), true);
    const Envelope blocked = client.call(QStringLiteral("sessions.list"));
    QCOMPARE(errorCode(blocked), QStringLiteral("forbidden"));
    QCOMPARE(blocked.error.details.value(QStringLiteral("reason")).toString(),
             QStringLiteral("password_change_required"));

    const Envelope weak = client.call(QStringLiteral("auth.changePassword"),
                                      {{QStringLiteral("old"), QStringLiteral("OneTime123")},
                                       {QStringLiteral("new"), QStringLiteral("short")}});
    QCOMPARE(errorCode(weak), QStringLiteral("invalid"));
    QVERIFY(weak.error.details.contains(QStringLiteral("new")));
    const Envelope wrongOld = client.call(QStringLiteral("auth.changePassword"),
                                          {{QStringLiteral("old"), QStringLiteral("nope")},
                                           {QStringLiteral("new"), QStringLiteral("Kalina2026")}});
    QCOMPARE(errorCode(wrongOld), QStringLiteral("invalid"));
    QVERIFY(wrongOld.error.details.contains(QStringLiteral("old")));
    QCOMPARE(errorCode(client.call(QStringLiteral("auth.changePassword"),
                                   {{QStringLiteral("old"), QStringLiteral("OneTime123")},
                                    {QStringLiteral("new"), QStringLiteral("Kalina2026")}})),
             QStringLiteral("(ok)"));
    QCOMPARE(errorCode(client.call(QStringLiteral("sessions.list"))), QStringLiteral("(ok)"));
    // The other session of the same user was ended and told so.
    QTRY_VERIFY(!other.events().isEmpty());
    QCOMPARE(other.events().first().data.value(QStringLiteral("reason")).toString(),
             QStringLiteral("password_changed"));
    QCOMPARE(errorCode(other.call(QStringLiteral("system.methods"))), QStringLiteral("unauthenticated"));
    // Old password gone, new one works.
    TestClient again;
    QVERIFY(again.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(again.login(QStringLiteral("newbie"), QStringLiteral("OneTime123"))),
             QStringLiteral("unauthenticated"));
    const Envelope relogin = again.call(QStringLiteral("auth.login"),
                                        {{QStringLiteral("login"), QStringLiteral("newbie")},
                                         {QStringLiteral("password"), QStringLiteral("Kalina2026")}});
    QCOMPARE(errorCode(relogin), QStringLiteral("(ok)"));
    QCOMPARE(relogin.result.toMap().value(QStringLiteral("mustChangePassword")).toBool(), false);
}

void TestServerIntegration::writesAreAudited()
{
    TestClient admin;
    QVERIFY(admin.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(admin.login(QStringLiteral("newbie"), QStringLiteral("Kalina2026"))),
             QStringLiteral("(ok)"));
    const Envelope log = admin.call(QStringLiteral("audit.list"),
                                    {{QStringLiteral("action"), QStringLiteral("user.password_change")}});
    QCOMPARE(errorCode(log), QStringLiteral("(ok)"));
    const QCborArray rows = log.result.toArray();
    QCOMPARE(rows.size(), 1);
    const QCborMap row = rows.first().toMap();
    QCOMPARE(row.value(QStringLiteral("login")).toString(), QStringLiteral("newbie"));
    QCOMPARE(row.value(QStringLiteral("entity")).toString(), QStringLiteral("user"));
    QCOMPARE(row.value(QStringLiteral("before")).toMap().value(QStringLiteral("mustChangePassword")).toBool(), true);
    QCOMPARE(row.value(QStringLiteral("after")).toMap().value(QStringLiteral("mustChangePassword")).toBool(), false);
    QCOMPARE(row.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
    // Paging: newest first, beforeId continues.
    const QCborArray page = admin.call(QStringLiteral("audit.list"), {{QStringLiteral("limit"), 2}})
                                .result.toArray();
    QCOMPARE(page.size(), 2);
    const qint64 lastId = page.last().toMap().value(QStringLiteral("id")).toInteger();
    QVERIFY(page.first().toMap().value(QStringLiteral("id")).toInteger() > lastId);
    const QCborArray next = admin.call(QStringLiteral("audit.list"),
                                       {{QStringLiteral("limit"), 2}, {QStringLiteral("beforeId"), lastId}})
                                .result.toArray();
    QVERIFY(!next.isEmpty());
    QVERIFY(next.first().toMap().value(QStringLiteral("id")).toInteger() < lastId);
}

void TestServerIntegration::auditLogIsAppendOnly()
{
    TestConnection db(m_server.ownerParams());
    QCOMPARE(db.value(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).toBool(), false);
    QVERIFY(db.exec(QStringLiteral("SET ROLE ejournal_app")));
    QCOMPARE(db.value(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).toBool(), false);
    QVERIFY(db.value(QStringLiteral("SELECT count(*) FROM audit_event")).toInt() > 0);
    QVERIFY(!db.exec(QStringLiteral("UPDATE audit_event SET action = 'forged'")));
    QVERIFY(db.error().contains(QStringLiteral("permission denied")));
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM audit_event")));
    QVERIFY(!db.exec(QStringLiteral("TRUNCATE audit_event")));
    QVERIFY(db.exec(QStringLiteral("RESET ROLE")));
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'forged'")).toInt(), 0);
}

void TestServerIntegration::migrationsAppliedOnceAndIdempotent()
{
    TestConnection db(m_server.ownerParams());
    const int count = db.value(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt();
    QCOMPARE(count, server::latestSchemaVersion());
    m_server.stop();
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.server()->appliedMigrations().isEmpty());
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(), count);
    // A fresh database gets every migration, each recorded once.
    const server::DbParams fresh = TestCluster::instance().createDatabase(QStringLiteral("mig"));
    server::TlsIdentity identity;
    QVERIFY(server::TlsIdentity::generate(QStringLiteral("localhost"), &identity, &error));
    server::ServerOptions options;
    options.listenAddress = QHostAddress::LocalHost;
    options.port = 0;
    server::Server fromScratch(options, fresh, identity);
    QVERIFY2(fromScratch.start(&error), qPrintable(error));
    QCOMPARE(fromScratch.appliedMigrations().size(), server::builtInMigrations().size());
    QVERIFY(fromScratch.appliedMigrations().first().startsWith(QStringLiteral("001_")));
}

void TestServerIntegration::newerDatabaseRefused()
{
    const server::DbParams params = TestCluster::instance().createDatabase(QStringLiteral("newer"));
    server::TlsIdentity identity;
    QString error;
    QVERIFY(server::TlsIdentity::generate(QStringLiteral("localhost"), &identity, &error));
    server::ServerOptions options;
    options.listenAddress = QHostAddress::LocalHost;
    options.port = 0;
    {
        server::Server first(options, params, identity);
        QVERIFY2(first.start(&error), qPrintable(error));
    }
    TestConnection db(params);
    QVERIFY(db.exec(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (999, 'from_the_future')")));
    server::Server old(options, params, identity);
    QVERIFY(!old.start(&error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("999")));
}

void TestServerIntegration::oversizedFrameClosesConnection()
{
    TestClient client;
    QVERIFY(client.connectTo(m_server.port(), m_server.fingerprint()));
    QByteArray header(4, Qt::Uninitialized);
    qToBigEndian<quint32>(wire::kDefaultMaxPayload + 1, header.data());
    client.sendRaw(header);
    Envelope reply;
    QVERIFY(client.waitForMessage(&reply));
    QCOMPARE(errorCode(reply), QStringLiteral("frame_too_large"));
    QVERIFY(client.waitForDisconnect());
}

void TestServerIntegration::malformedPayloadGetsBadRequest()
{
    TestClient client;
    QVERIFY(client.connectTo(m_server.port(), m_server.fingerprint()));
    client.sendRaw(wire::frame(QCborValue(QCborArray{1, 2, 3}).toCbor()));
    Envelope reply;
    QVERIFY(client.waitForMessage(&reply));
    QCOMPARE(errorCode(reply), QStringLiteral("bad_request"));
    client.sendRaw(wire::frame(QByteArray("\xff\x00garbage", 9)));
    QVERIFY(client.waitForMessage(&reply));
    QCOMPARE(errorCode(reply), QStringLiteral("bad_request"));
    client.sendRaw(wire::frame(QCborValue(QCborMap{{QStringLiteral("id"), 5}}).toCbor()));
    QVERIFY(client.waitForMessage(&reply));
    QCOMPARE(errorCode(reply), QStringLiteral("bad_request"));
    QCOMPARE(reply.id, 5u);
    // The connection is still usable.
    QCOMPARE(errorCode(client.login(QStringLiteral("teacher"), kPassword)), QStringLiteral("(ok)"));
}

void TestServerIntegration::oldTlsAndWeakCiphersRefused()
{
    const auto handshake = [this](const std::function<void(QSslConfiguration &)> &tweak) {
        QSslSocket socket;
        QSslConfiguration config = socket.sslConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        tweak(config);
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
        // Settles either way; the checks below look at the outcome.
        std::ignore = QTest::qWaitFor([&socket] {
            return socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState;
        }, 10000);
        const bool encrypted = socket.isEncrypted();
        const QSsl::SslProtocol protocol = socket.sessionProtocol();
        const QString cipher = socket.sessionCipher().name();
        socket.abort();
        return std::make_tuple(encrypted, protocol, cipher);
    };
    const auto [modern, protocol, cipher] = handshake([](QSslConfiguration &) {});
    QVERIFY(modern);
    QVERIFY(protocol == QSsl::TlsV1_3 || protocol == QSsl::TlsV1_2);
    QVERIFY2(cipher.contains(QStringLiteral("GCM")) || cipher.contains(QStringLiteral("CHACHA20")),
             qPrintable(cipher));

    // Old clients are what this checks, so the deprecated protocol names are meant.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    const auto [tls11, p11, c11] = handshake([](QSslConfiguration &c) { c.setProtocol(QSsl::TlsV1_1); });
    QVERIFY(!tls11);
    const auto [tls10, p10, c10] = handshake([](QSslConfiguration &c) { c.setProtocol(QSsl::TlsV1_0); });
    QVERIFY(!tls10);
    QT_WARNING_POP
    // TLS 1.2 offering only CBC (non-AEAD) and non-ECDHE suites is refused.
    const auto [cbc, pc, cc] = handshake([](QSslConfiguration &c) {
        c.setProtocol(QSsl::TlsV1_2);
        QList<QSslCipher> weak;
        for (const QSslCipher &s : QSslConfiguration::supportedCiphers())
            if (!s.name().contains(QStringLiteral("GCM")) && !s.name().contains(QStringLiteral("CHACHA"))
                && !s.name().startsWith(QStringLiteral("TLS_")))
                weak.append(s);
        c.setCiphers(weak);
    });
    QVERIFY(!cbc);
    const auto [rsaKx, pr, cr] = handshake([](QSslConfiguration &c) {
        c.setProtocol(QSsl::TlsV1_2);
        c.setCiphers({QSslCipher(QStringLiteral("AES256-GCM-SHA384"))});
    });
    QVERIFY(!rsaKx);
}

void TestServerIntegration::slowRequestDoesNotStallOthers()
{
    QVERIFY(m_server.createUser(QStringLiteral("slowpoke"), kPassword, {QStringLiteral("teacher")}) > 0);
    TestClient slow;
    QVERIFY(slow.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(slow.login(QStringLiteral("slowpoke"), kPassword)), QStringLiteral("(ok)"));
    TestClient quick;
    QVERIFY(quick.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(quick.login(QStringLiteral("teacher"), kPassword)), QStringLiteral("(ok)"));

    // Another transaction holds slowpoke's row, so the password change waits for it.
    TestConnection blocker(m_server.ownerParams());
    QVERIFY(blocker.exec(QStringLiteral("BEGIN")));
    QVERIFY(blocker.exec(QStringLiteral("SELECT 1 FROM app_user WHERE login = 'slowpoke' FOR UPDATE")));
    slow.sendRaw(wire::encodeFrame(makeRequest(500, QStringLiteral("auth.changePassword"),
                                               {{QStringLiteral("old"), kPassword},
                                                {QStringLiteral("new"), QStringLiteral("Medlenno2026")}})));
    QTest::qWait(200);
    // Meanwhile another user is served.
    QCOMPARE(errorCode(quick.call(QStringLiteral("system.methods"), {}, 5000)), QStringLiteral("(ok)"));
    Envelope pending;
    QVERIFY(!slow.waitForMessage(&pending, 100));
    QVERIFY(blocker.exec(QStringLiteral("COMMIT")));
    QVERIFY(slow.waitForMessage(&pending));
    QCOMPARE(pending.id, 500u);
    QCOMPARE(errorCode(pending), QStringLiteral("(ok)"));
}

QTEST_GUILESS_MAIN(TestServerIntegration)
#include "tst_server.moc"

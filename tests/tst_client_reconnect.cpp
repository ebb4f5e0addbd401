// The client after a network drop, against a real server that is stopped and started again:
// it reconnects by itself with back-off and resumes the session without a new login; pending
// requests fail instead of hanging; a session that cannot be resumed leads back to the login.
#include "tst_client_helpers.h"

#include "connectionindicator.h"
#include "inlinemessage.h"

#include <QSignalSpy>

using namespace clienttest;

namespace {
const QString kPassword = QStringLiteral("Parol2026");
}

class TestClientReconnect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dropReconnectsAndResumes();
    void revokedSessionGoesBackToLogin();
    void requestsFailWhileOffline();

private:
    TestServer m_server;
};

void TestClientReconnect::initTestCase()
{
    QVERIFY(installTranslations(UiLanguage::Russian));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("teacher1"), kPassword, {QStringLiteral("teacher")},
                                false, QStringLiteral("Иванов Иван Иванович")) > 0);
}

void TestClientReconnect::dropReconnectsAndResumes()
{
    GuiClient client;
    client.signIn(m_server, QStringLiteral("teacher1"), kPassword);
    QPointer<MainWindow> window = client.window();
    ServerConnection *connection = client.connection();
    const QString token = connection->session().token;
    QSignalSpy resumed(connection, &ServerConnection::sessionResumed);
    QSignalSpy loginsOffered(client.app.loginFlow()->dialog(), &QDialog::finished);

    // A request in flight when the network goes away gets an error instead of hanging.
    bool answered = false;
    Reply::Status status = Reply::Status::Ok;
    connection->request(QStringLiteral("system.methods"), {}, nullptr, [&](const Reply &reply) {
        answered = true;
        status = reply.status;
    });
    m_server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), ServerConnection::State::Reconnecting, kTimeoutMs);
    QTRY_VERIFY(answered);
    QCOMPARE(status, Reply::Status::ConnectionLost);
    QCOMPARE(window->connectionIndicator()->text(), QStringLiteral("Переподключение…"));

    // Let a few attempts fail against the stopped server, then bring it back.
    QTest::qWait(3500);
    QCOMPARE(connection->state(), ServerConnection::State::Reconnecting);
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), ServerConnection::State::Authenticated, 40000);
    QCOMPARE(resumed.count(), 1);
    QCOMPARE(connection->session().token, token);
    QCOMPARE(window->connectionIndicator()->text(), QStringLiteral("Подключено"));
    QCOMPARE(client.window(), window.data());
    QVERIFY(window->isVisible());
    QVERIFY(!client.dialog()->isVisible());

    // The resumed session answers requests.
    bool ok = false;
    connection->request(QStringLiteral("system.methods"), {}, nullptr,
                        [&](const Reply &reply) { ok = reply.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(ok, kTimeoutMs);
}

void TestClientReconnect::revokedSessionGoesBackToLogin()
{
    GuiClient client;
    client.signIn(m_server, QStringLiteral("teacher1"), kPassword);
    ServerConnection *connection = client.connection();

    m_server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), ServerConnection::State::Reconnecting, kTimeoutMs);
    QVERIFY(m_server.exec(QStringLiteral(
        "UPDATE session SET ended_at = now(), end_reason = 'revoked' WHERE ended_at IS NULL")));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));

    QTRY_VERIFY_WITH_TIMEOUT(!client.window(), 40000);
    QVERIFY(client.dialog()->isVisible());
    QCOMPARE(client.dialog()->message()->text(),
             QStringLiteral("Ваш сеанс завершён администратором системы. Войдите снова."));
    QCOMPARE(connection->state(), ServerConnection::State::Connected);
    QVERIFY(!connection->session().isValid());

    // Signing in again works over the same connection.
    QTest::keyClicks(client.dialog()->passwordEdit(), kPassword);
    QTest::keyClick(client.dialog()->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(client.window() && client.window()->isVisible(), kTimeoutMs);
}

void TestClientReconnect::requestsFailWhileOffline()
{
    GuiClient client;
    bool answered = false;
    Reply::Status status = Reply::Status::Ok;
    client.connection()->request(QStringLiteral("system.methods"), {}, nullptr,
                                 [&](const Reply &reply) {
                                     answered = true;
                                     status = reply.status;
                                 });
    QVERIFY(!answered);  // never synchronously
    QTRY_VERIFY(answered);
    QCOMPARE(status, Reply::Status::ConnectionLost);

    // Connecting to a port nobody listens on fails with a readable message.
    QSignalSpy failed(client.connection(), &ServerConnection::connectionFailed);
    client.pin(m_server);
    m_server.stop();
    client.typeCredentials(m_server.port(), QStringLiteral("teacher1"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
    QVERIFY(client.dialog()->message()->isError());
    QVERIFY2(client.dialog()->message()->text().contains(
                 QStringLiteral("127.0.0.1:%1 не принимает подключения").arg(m_server.port())),
             qPrintable(client.dialog()->message()->text()));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

QTEST_MAIN(TestClientReconnect)
#include "tst_client_reconnect.moc"

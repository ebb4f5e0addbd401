// A bare protocol client for integration tests.
#include "testclient.h"

#include "tlsidentity.h"

#include <QTest>

using namespace ejournal;

TestClient::TestClient()
{
    QObject::connect(&m_socket, &QSslSocket::readyRead, &m_socket, [this] { readAll(); });
}

bool TestClient::connectTo(quint16 port, const QString &fingerprint)
{
    QObject::connect(&m_socket, &QSslSocket::sslErrors, &m_socket,
                     [this, fingerprint](const QList<QSslError> &errors) {
                         if (server::fingerprintOf(m_socket.peerCertificate()) == fingerprint)
                             m_socket.ignoreSslErrors(errors);
                     });
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return QTest::qWaitFor([this] {
        return m_socket.isEncrypted() || m_socket.state() == QAbstractSocket::UnconnectedState;
    }, 15000) && m_socket.isEncrypted();
}

bool TestClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void TestClient::readAll()
{
    m_decoder.feed(m_socket.readAll());
    for (const QByteArray &payload : m_decoder.takePayloads()) {
        QCborMap map;
        Envelope env;
        if (!wire::decodeMap(payload, &map, nullptr) || !parseEnvelope(map, &env, nullptr))
            qFatal("the server sent a malformed message");
        m_inbox.append(env);
        if (env.kind == Envelope::Kind::Event)
            m_events.append(env);
    }
}

void TestClient::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

bool TestClient::waitForMessage(Envelope *out, int timeoutMs)
{
    if (!QTest::qWaitFor([this] { return !m_inbox.isEmpty(); }, timeoutMs))
        return false;
    *out = m_inbox.takeFirst();
    return true;
}

Envelope TestClient::call(const QString &method, const QCborMap &params, int timeoutMs)
{
    const quint64 id = m_nextId++;
    m_socket.write(wire::encodeFrame(makeRequest(id, method, params)));
    auto answered = [this, id] {
        return std::any_of(m_inbox.cbegin(), m_inbox.cend(), [id](const Envelope &e) {
            return e.kind != Envelope::Kind::Event && e.id == id;
        });
    };
    if (!QTest::qWaitFor(answered, timeoutMs)) {
        Envelope timeout;
        timeout.kind = Envelope::Kind::Error;
        timeout.id = id;
        timeout.error = Error{ErrorCode::Internal, QStringLiteral("timeout"), {}};
        return timeout;
    }
    for (qsizetype i = 0; i < m_inbox.size(); ++i)
        if (m_inbox.at(i).kind != Envelope::Kind::Event && m_inbox.at(i).id == id)
            return m_inbox.takeAt(i);
    Q_UNREACHABLE();
}

Envelope TestClient::login(const QString &login, const QString &password)
{
    const Envelope hello = call(QStringLiteral("hello"),
                                {{QStringLiteral("protocol"), 1},
                                 {QStringLiteral("client"), QStringLiteral("tests")}});
    if (hello.kind != Envelope::Kind::Result)
        return hello;
    return call(QStringLiteral("auth.login"),
                {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
}

bool TestClient::waitForDisconnect(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

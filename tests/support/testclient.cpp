// A bare protocol client for integration tests.
#include "testclient.h"

#include "tlsidentity.h"

#include <QEventLoop>
#include <QTimer>

using namespace ejournal;

TestClient::TestClient()
{
    QObject::connect(&m_socket, &QSslSocket::readyRead, &m_socket, [this] { readAll(); });
}

bool TestClient::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    // Connected after readAll() in the constructor, so the inbox is up to date when checked.
    QObject::connect(&m_socket, &QSslSocket::readyRead, &loop, check);
    QObject::connect(&m_socket, &QSslSocket::encrypted, &loop, check);
    QObject::connect(&m_socket, &QSslSocket::stateChanged, &loop, check);
    timer.start(timeoutMs);
    loop.exec();
    return done();
}

bool TestClient::connectTo(quint16 port, const QString &fingerprint)
{
    QObject::connect(&m_socket, &QSslSocket::sslErrors, &m_socket,
                     [this, fingerprint](const QList<QSslError> &errors) {
                         if (server::fingerprintOf(m_socket.peerCertificate()) == fingerprint)
                             m_socket.ignoreSslErrors(errors);
                     });
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    waitUntil([this] {
        return m_socket.isEncrypted() || m_socket.state() == QAbstractSocket::UnconnectedState;
    }, 15000);
    return m_socket.isEncrypted();
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
    if (!waitUntil([this] { return !m_inbox.isEmpty(); }, timeoutMs))
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
    if (!waitUntil(answered, timeoutMs)) {
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
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                     timeoutMs);
}

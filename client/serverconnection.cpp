// The client's connection to the server: TLS with certificate pinning, framed CBOR requests,
// and the connection/session life cycle (hello, login, resume, reconnect).
#include "serverconnection.h"

#include "errortext.h"
#include "truststore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>

#include <utility>

Q_LOGGING_CATEGORY(lcConnection, "ejournal.client.connection")

namespace ejournal::client {

namespace {
constexpr int kHandshakeTimeoutMs = 15000;
constexpr int kMaxReconnectDelayMs = 30000;

// The only verification failures a pinned self-signed certificate is expected to produce.
bool isSelfSignedOrNameError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

ReplyHandler guarded(QObject *context, ReplyHandler handler)
{
    if (!context)
        return handler;
    return [context = QPointer<QObject>(context), handler = std::move(handler)](const Reply &reply) {
        if (context)
            handler(reply);
    };
}
} // namespace

ServerConnection::ServerConnection(TrustStore *trust, QObject *parent)
    : QObject(parent), m_trust(trust)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ServerConnection::openSocket);
    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.setInterval(kHandshakeTimeoutMs);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        onSocketLost(ErrorText::socketError(QAbstractSocket::SocketTimeoutError, m_host, m_port, {}));
    });
}

ServerConnection::~ServerConnection()
{
    m_pending.clear();
    closeSocket();
}

int ServerConnection::reconnectDelayMs(int attempt)
{
    if (attempt >= 5)
        return kMaxReconnectDelayMs;
    return qMin(1000 << qMax(attempt, 0), kMaxReconnectDelayMs);
}

QString ServerConnection::clientName()
{
    return QStringLiteral("ejournal-client ") + QLatin1String(EJOURNAL_VERSION);
}

void ServerConnection::connectToServer(const QString &host, quint16 port)
{
    m_retryTimer.stop();
    closeSocket();
    failPending();
    m_session = {};
    m_host = host.trimmed();
    m_port = port;
    m_attempt = 0;
    setState(State::Connecting);
    openSocket();
}

void ServerConnection::trustAndReconnect(const QString &fingerprint)
{
    m_trust->pin(m_host, m_port, fingerprint);
    connectToServer(m_host, m_port);
}

void ServerConnection::disconnectFromServer()
{
    m_retryTimer.stop();
    closeSocket();
    m_session = {};
    failPending();
    setState(State::Disconnected);
}

void ServerConnection::login(const QString &login, const QString &password, QObject *context,
                             ReplyHandler handler)
{
    const QCborMap params{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
    request(QStringLiteral("auth.login"), params, this,
            [this, handler = guarded(context, std::move(handler))](const Reply &reply) {
                if (reply.ok()) {
                    m_session = UserSession::fromLoginResult(reply.result.toMap());
                    m_attempt = 0;
                    setState(State::Authenticated);
                }
                handler(reply);
            });
}

void ServerConnection::logout()
{
    m_retryTimer.stop();
    m_session = {};
    if (m_state == State::Authenticated) {
        send(QStringLiteral("auth.logout"), {}, [](const Reply &) {});
        setState(State::Connected);
    } else if (m_state == State::Reconnecting) {
        closeSocket();
        failPending();
        setState(State::Disconnected);
    }
}

void ServerConnection::request(const QString &method, const QCborMap &params, QObject *context,
                               ReplyHandler handler)
{
    handler = guarded(context, std::move(handler));
    if (!m_socket || (m_state != State::Connected && m_state != State::Authenticated)) {
        QTimer::singleShot(0, this, [handler = std::move(handler)] { handler(Reply::lost()); });
        return;
    }
    send(method, params, std::move(handler));
}

void ServerConnection::send(const QString &method, const QCborMap &params, ReplyHandler handler)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending{method, std::move(handler)});
    m_socket->write(wire::encodeFrame(makeRequest(id, method, params)));
}

void ServerConnection::openSocket()
{
    closeSocket();
    m_fingerprint.clear();
    m_decoder = wire::FrameDecoder();
    m_socket = new QSslSocket(this);
    ++m_socketGeneration;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket->setSslConfiguration(config);
    connect(m_socket, &QSslSocket::sslErrors, this, &ServerConnection::onSslErrors);
    connect(m_socket, &QSslSocket::encrypted, this, &ServerConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ServerConnection::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        onSocketLost(ErrorText::socketError(error, m_host, m_port, m_socket->errorString()));
    });
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        onSocketLost(ErrorText::socketError(QAbstractSocket::RemoteHostClosedError, m_host, m_port, {}));
    });
    m_handshakeTimer.start();
    m_socket->connectToHostEncrypted(m_host, m_port);
}

void ServerConnection::closeSocket()
{
    m_handshakeTimer.stop();
    if (!m_socket)
        return;
    QSslSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    // This may run inside one of the socket's own signals: close it on the next turn of the loop.
    QTimer::singleShot(0, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

ServerConnection::PinCheck ServerConnection::checkPin(const QString &fingerprint) const
{
    const QString pinned = m_trust->pinnedFingerprint(m_host, m_port);
    if (pinned.isEmpty())
        return PinCheck::Unknown;
    if (fingerprint.isEmpty() || pinned.compare(fingerprint, Qt::CaseInsensitive) != 0)
        return PinCheck::Changed;
    return PinCheck::Match;
}

void ServerConnection::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate peer = m_socket->peerCertificate();
    m_fingerprint = certificateFingerprint(peer);
    if (const PinCheck check = checkPin(m_fingerprint); check != PinCheck::Match) {
        refuseCertificate(check);
        return;
    }
    for (const QSslError &error : errors) {
        const bool aboutPeer = error.certificate().isNull() || error.certificate() == peer;
        if (!aboutPeer || !isSelfSignedOrNameError(error.error())) {
            refuseTls(ErrorText::tlsError(error));
            return;
        }
    }
    m_socket->ignoreSslErrors(errors);
}

void ServerConnection::onEncrypted()
{
    m_fingerprint = certificateFingerprint(m_socket->peerCertificate());
    if (const PinCheck check = checkPin(m_fingerprint); check != PinCheck::Match) {
        refuseCertificate(check);
        return;
    }
    sayHello();
}

void ServerConnection::refuseCertificate(PinCheck check)
{
    qCWarning(lcConnection) << "refusing the certificate of" << m_host << m_port
                            << (check == PinCheck::Unknown ? "(not trusted yet)" : "(changed)");
    m_retryTimer.stop();
    closeSocket();
    m_session = {};
    failPending();
    setState(State::Disconnected);
    if (check == PinCheck::Unknown)
        emit certificateUnknown(m_fingerprint);
    else
        emit certificateChanged(m_trust->pinnedFingerprint(m_host, m_port), m_fingerprint);
}

void ServerConnection::refuseTls(const QString &message)
{
    qCWarning(lcConnection) << "TLS verification failed:" << message;
    onSocketLost(message);
}

void ServerConnection::sayHello()
{
    const QCborMap params{{QStringLiteral("protocol"), kProtocolVersion},
                          {QStringLiteral("client"), clientName()}};
    send(QStringLiteral("hello"), params, [this](const Reply &reply) {
        if (reply.status == Reply::Status::ConnectionLost)
            return;
        if (!reply.ok()) {
            const QString message = ErrorText::forReply(reply);
            m_retryTimer.stop();
            closeSocket();
            m_session = {};
            failPending();
            setState(State::Disconnected);
            emit connectionFailed(message);
            return;
        }
        m_handshakeTimer.stop();
        m_serverVersion = reply.result.toMap().value(QLatin1String("server")).toString();
        if (m_state == State::Reconnecting && m_session.isValid())
            resume();
        else
            setState(State::Connected);
    });
}

void ServerConnection::resume()
{
    send(QStringLiteral("auth.resume"), {{QStringLiteral("token"), m_session.token}},
         [this](const Reply &reply) {
             if (reply.status == Reply::Status::ConnectionLost)
                 return;
             if (reply.ok()) {
                 const QString token = m_session.token;
                 m_session = UserSession::fromLoginResult(reply.result.toMap());
                 if (m_session.token.isEmpty())
                     m_session.token = token;
                 m_attempt = 0;
                 setState(State::Authenticated);
                 emit sessionResumed();
             } else if (reply.isError(ErrorCode::Unauthenticated)) {
                 endSession(reply.error);
             } else {
                 // The server could not check the session right now: try again later.
                 closeSocket();
                 failPending();
                 scheduleReconnect();
             }
         });
}

void ServerConnection::onReadyRead()
{
    const quint64 generation = m_socketGeneration;
    if (!m_decoder.feed(m_socket->readAll())) {
        qCWarning(lcConnection) << "the server announced a frame of" << m_decoder.announcedLength()
                                << "bytes, over the limit";
        onSocketLost(ErrorText::protocolError());
        return;
    }
    const QList<QByteArray> payloads = m_decoder.takePayloads();
    for (const QByteArray &payload : payloads) {
        QCborMap message;
        QString why;
        if (!wire::decodeMap(payload, &message, &why)) {
            qCWarning(lcConnection) << "undecodable message from the server:" << why;
            onSocketLost(ErrorText::protocolError());
            return;
        }
        dispatch(message);
        if (m_socketGeneration != generation || !m_socket)
            return;  // a handler closed or replaced the connection
    }
}

void ServerConnection::dispatch(const QCborMap &message)
{
    Envelope envelope;
    QString why;
    if (!parseEnvelope(message, &envelope, &why)) {
        qCWarning(lcConnection) << "malformed message from the server:" << why;
        return;
    }
    switch (envelope.kind) {
    case Envelope::Kind::Event:
        if (m_state != State::Authenticated)
            return;
        if (envelope.event == QLatin1String("session.ended")) {
            endSession(Error{ErrorCode::Unauthenticated, {}, envelope.data});
            return;
        }
        emit eventReceived(envelope.event, envelope.data);
        return;
    case Envelope::Kind::Request:
        qCWarning(lcConnection) << "the server sent a request; ignored";
        return;
    case Envelope::Kind::Result:
    case Envelope::Kind::Error:
        break;
    }
    const auto it = m_pending.find(envelope.id);
    if (it == m_pending.end()) {
        qCWarning(lcConnection) << "reply to no pending request" << envelope.id
                                << envelope.error.message;
        return;
    }
    const Pending pending = it.value();
    m_pending.erase(it);
    const Reply reply = envelope.kind == Envelope::Kind::Result ? Reply::success(envelope.result)
                                                                : Reply::failure(envelope.error);
    const bool sessionGone = reply.isError(ErrorCode::Unauthenticated)
                             && m_state == State::Authenticated
                             && pending.method != QLatin1String("auth.login")
                             && pending.method != QLatin1String("auth.resume");
    if (sessionGone)
        endSession(reply.error);
    pending.handler(reply);
}

void ServerConnection::onSocketLost(const QString &message)
{
    qCInfo(lcConnection) << "connection lost:" << message;
    closeSocket();
    failPending();
    switch (m_state) {
    case State::Authenticated:
    case State::Reconnecting:
        if (m_session.isValid()) {
            scheduleReconnect();
            return;
        }
        setState(State::Disconnected);
        return;
    case State::Connecting:
        setState(State::Disconnected);
        emit connectionFailed(message);
        return;
    case State::Connected:
        setState(State::Disconnected);
        return;
    case State::Disconnected:
        return;
    }
}

void ServerConnection::failPending()
{
    const QMap<quint64, Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending)
        p.handler(Reply::lost());
}

void ServerConnection::scheduleReconnect()
{
    setState(State::Reconnecting);
    const int delay = reconnectDelayMs(m_attempt);
    m_attempt = qMin(m_attempt + 1, 16);
    qCInfo(lcConnection) << "reconnecting in" << delay << "ms";
    m_retryTimer.start(delay);
}

void ServerConnection::endSession(const Error &error)
{
    m_session = {};
    setState(State::Connected);
    emit sessionEnded(ErrorText::sessionEnded(error));
}

void ServerConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace ejournal::client

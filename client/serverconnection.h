// One TLS connection to the ejournal server (common/PROTOCOL.md): framing, request ids and
// reply handlers, pushed events, trust-on-first-use certificate pinning, hello / login /
// resume, and reconnecting with back-off after a network drop.
#pragma once

#include "reply.h"
#include "usersession.h"
#include "wire.h"

#include <QAbstractSocket>
#include <QCborMap>
#include <QMap>
#include <QObject>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace ejournal::client {

class TrustStore;

class ServerConnection : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected,   // no connection and none being made
        Connecting,     // TCP, TLS, certificate check and hello in progress
        Connected,      // greeted: ready for auth.login
        Authenticated,  // signed in
        Reconnecting,   // the connection dropped; getting it and the session back
    };
    Q_ENUM(State)

    explicit ServerConnection(TrustStore *trust, QObject *parent = nullptr);
    ~ServerConnection() override;

    // Connects and greets the server. Ends in stateChanged(Connected), or in one of
    // connectionFailed, certificateUnknown, certificateChanged.
    void connectToServer(const QString &host, quint16 port);
    // Pins the fingerprint that certificateUnknown() offered and connects again.
    void trustAndReconnect(const QString &fingerprint);
    // Closes the connection without reconnecting; pending requests fail.
    void disconnectFromServer();

    // auth.login; on success the connection is Authenticated before the handler runs.
    void login(const QString &login, const QString &password, QObject *context, ReplyHandler handler);
    // Ends the session (auth.logout); the connection stays open, greeted.
    void logout();

    // Sends a request. The handler runs exactly once: with the answer, or with Reply::lost()
    // when the connection is not usable or drops first. It is skipped once context is destroyed.
    void request(const QString &method, const QCborMap &params, QObject *context, ReplyHandler handler);

    State state() const { return m_state; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString serverFingerprint() const { return m_fingerprint; }
    QString serverVersion() const { return m_serverVersion; }
    const UserSession &session() const { return m_session; }

    // The wait before reconnect attempt `attempt` (0-based): 1 s, 2 s, 4 s … at most 30 s.
    static int reconnectDelayMs(int attempt);
    // What hello announces: "ejournal-client <version>".
    static QString clientName();

signals:
    void stateChanged(ejournal::client::ServerConnection::State state);
    void eventReceived(const QString &name, const QCborMap &data);
    // The server's certificate is not pinned: ask the user, then call trustAndReconnect().
    void certificateUnknown(const QString &fingerprint);
    // The server presents a certificate other than the pinned one; the connection was refused.
    void certificateChanged(const QString &pinned, const QString &offered);
    // Connecting failed (reconnecting keeps trying instead); the message is for the user.
    void connectionFailed(const QString &message);
    // The session is back after a reconnect.
    void sessionResumed();
    // The server no longer accepts the session (expired, revoked, …); the message is for the user.
    void sessionEnded(const QString &message);

private:
    enum class PinCheck { Match, Unknown, Changed };
    struct Pending
    {
        QString method;
        ReplyHandler handler;
    };

    void openSocket();
    void closeSocket();
    void send(const QString &method, const QCborMap &params, ReplyHandler handler);
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onReadyRead();
    void onSocketLost(const QString &message);
    void refuseCertificate(PinCheck check);
    void refuseTls(const QString &message);
    void sayHello();
    void resume();
    void dispatch(const QCborMap &message);
    void failPending();
    void scheduleReconnect();
    void endSession(const Error &error);
    void setState(State state);
    PinCheck checkPin(const QString &fingerprint) const;

    TrustStore *m_trust;
    QSslSocket *m_socket = nullptr;
    quint64 m_socketGeneration = 0;
    wire::FrameDecoder m_decoder;
    QMap<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    State m_state = State::Disconnected;
    QString m_host;
    quint16 m_port = 0;
    QString m_fingerprint;
    QString m_serverVersion;
    UserSession m_session;
    int m_attempt = 0;
    QTimer m_retryTimer;
    QTimer m_handshakeTimer;
};

} // namespace ejournal::client

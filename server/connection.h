// One client connection: reads frames, answers its requests one at a time in arrival order
// (through the dispatcher), keeps the connection's state (greeted, signed in) and sends
// pushed events. Lives on the listener's thread.
#pragma once

#include "dispatcher.h"
#include "wire.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslSocket>

namespace ejournal::server {

class Connection : public QObject
{
    Q_OBJECT
public:
    // Carries an outcome from whichever thread produced it back to this connection's thread
    // (the server looks the connection up by id, so a closed connection is simply skipped).
    using PostOutcome = std::function<void(quint64 connectionId, const Outcome &outcome)>;

    Connection(quint64 id, QSslSocket *socket, Dispatcher &dispatcher, quint32 maxFrame,
               PostOutcome post, QObject *parent = nullptr);

    quint64 id() const { return m_id; }
    const ConnectionState &state() const { return m_state; }
    // Called on this object's thread with the outcome of the request in flight.
    void finish(const Outcome &outcome);
    // The session was ended elsewhere (revoked, password changed): tell the client.
    void sessionEnded(const QString &reason);
    void sendEvent(const QString &event, const QCborMap &data);

signals:
    void closed(quint64 id);
    // A request ended these sessions (their connections must learn it).
    void sessionsEnded(const QList<qint64> &sessionIds, const QString &reason);
    // A request raised events for every signed-in connection of this school.
    void eventsRaised(qint64 schoolId, const QList<ejournal::server::PushEvent> &events);

private:
    void onReadyRead();
    void processNext();
    void send(const QCborMap &message);

    quint64 m_id;
    QPointer<QSslSocket> m_socket;
    Dispatcher &m_dispatcher;
    PostOutcome m_post;
    wire::FrameDecoder m_decoder;
    QQueue<Envelope> m_queue;
    bool m_busy = false;
    ConnectionState m_state;
};

} // namespace ejournal::server

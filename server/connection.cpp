// One client connection.
#include "connection.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConn, "ejournal.connection")

namespace ejournal::server {

namespace {
// Requests queued beyond this on one connection are refused: a client must wait for answers.
constexpr int kMaxQueued = 256;
} // namespace

Connection::Connection(quint64 id, QSslSocket *socket, Dispatcher &dispatcher, quint32 maxFrame,
                       PostOutcome post, QObject *parent)
    : QObject(parent), m_id(id), m_socket(socket), m_dispatcher(dispatcher),
      m_post(std::move(post)), m_decoder(maxFrame)
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);  // answers go out at once
    m_state.address = socket->peerAddress().toString();
    connect(socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, [this] { emit closed(m_id); });
    qCDebug(lcConn) << "connection" << m_id << "from" << m_state.address;
    onReadyRead();
}

void Connection::send(const QCborMap &message)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(wire::encodeFrame(message));
}

void Connection::sendEvent(const QString &event, const QCborMap &data)
{
    if (m_state.stage == Stage::Authenticated)
        send(makeEvent(event, data));
}

void Connection::onReadyRead()
{
    if (!m_socket || m_decoder.tooLarge())
        return;
    if (!m_decoder.feed(m_socket->readAll())) {
        qCWarning(lcConn) << "connection" << m_id << "announced a frame of"
                          << m_decoder.announcedLength() << "bytes; closing";
        send(makeError(0, Error{ErrorCode::FrameTooLarge,
                                QStringLiteral("a frame of %1 bytes is over the limit")
                                    .arg(m_decoder.announcedLength()),
                                {}}));
        m_socket->disconnectFromHost();
        return;
    }
    for (const QByteArray &payload : m_decoder.takePayloads()) {
        QCborMap map;
        QString why;
        Envelope envelope;
        if (!wire::decodeMap(payload, &map, &why) || !parseEnvelope(map, &envelope, &why)
            || envelope.kind != Envelope::Kind::Request) {
            if (why.isEmpty())
                why = QStringLiteral("only requests may be sent to the server");
            send(makeError(envelope.id, Error{ErrorCode::BadRequest, why, {}}));
            continue;
        }
        if (m_queue.size() >= kMaxQueued) {
            send(makeError(envelope.id, Error{ErrorCode::RateLimited,
                                              QStringLiteral("too many requests in flight"),
                                              {{QStringLiteral("retryAfter"), 1}}}));
            continue;
        }
        m_queue.enqueue(envelope);
    }
    processNext();
}

void Connection::processNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    const Envelope request = m_queue.dequeue();
    m_dispatcher.dispatch(request, m_state,
                          [post = m_post, id = m_id](Outcome outcome) { post(id, outcome); });
}

void Connection::finish(const Outcome &outcome)
{
    const StateChange &change = outcome.change;
    if (change.greeted)
        m_state.stage = Stage::Greeted;
    if (change.session) {
        m_state.stage = Stage::Authenticated;
        m_state.session = *change.session;
    }
    if (change.signedOut) {
        m_state.stage = Stage::Greeted;
        m_state.session = {};
        m_state.topics.clear();
    }
    for (const QString &topic : change.unsubscribe)
        m_state.topics.remove(topic);
    if (m_state.stage == Stage::Authenticated)
        for (const QString &topic : change.subscribe)
            m_state.topics.insert(topic);
    const qint64 schoolId = m_state.session.schoolId;
    send(outcome.response);
    if (!change.events.isEmpty() && schoolId != 0)
        emit eventsRaised(schoolId, change.events);
    if (!change.endedSessions.isEmpty())
        emit sessionsEnded(change.endedSessions, change.endedReason);
    m_busy = false;
    processNext();
}

void Connection::sessionEnded(const QString &reason)
{
    if (m_state.stage != Stage::Authenticated)
        return;
    sendEvent(QStringLiteral("session.ended"), {{QStringLiteral("reason"), reason}});
    m_state.stage = Stage::Greeted;
    m_state.session = {};
}

} // namespace ejournal::server

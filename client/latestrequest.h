// A request of which only the newest answer counts: when a list is reloaded again before the
// first answer came (the user switched the year twice), the older answer is dropped, so the
// screen always shows what was asked last. isPending() tells whether an answer is awaited.
#pragma once

#include "reply.h"

#include <QCborMap>
#include <QString>

class QObject;

namespace ejournal::client {

class ServerConnection;

class LatestRequest
{
public:
    LatestRequest(ServerConnection *connection, QObject *context)
        : m_connection(connection), m_context(context)
    {
    }

    // Sends the request; handler runs only if no later send() was made meanwhile.
    void send(const QString &method, const QCborMap &params, const ReplyHandler &handler);
    bool isPending() const { return m_pending; }

private:
    ServerConnection *m_connection;
    QObject *m_context;
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace ejournal::client

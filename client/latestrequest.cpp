// A request of which only the newest answer counts.
#include "latestrequest.h"

#include "serverconnection.h"

namespace ejournal::client {

void LatestRequest::send(const QString &method, const QCborMap &params, const ReplyHandler &handler)
{
    const quint64 generation = ++m_generation;
    m_pending = true;
    m_connection->request(method, params, m_context, [this, generation, handler](const Reply &reply) {
        if (generation != m_generation)
            return;  // a newer request is on its way
        m_pending = false;
        handler(reply);
    });
}

} // namespace ejournal::client

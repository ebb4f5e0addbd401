// The ejournal server as a library object.
#include "server.h"

#include "connection.h"
#include "dbpool.h"
#include "migrations.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSslServer>

Q_LOGGING_CATEGORY(lcServer, "ejournal.server")

namespace ejournal::server {

Server::Server(const ServerOptions &options, const DbParams &database, const TlsIdentity &identity,
               QObject *parent)
    : QObject(parent), m_options(options), m_database(database), m_identity(identity)
{
}

Server::~Server()
{
    stop();
}

bool Server::migrateDatabase(QString *error)
{
    const QString name = QStringLiteral("ejournal-migrate-%1").arg(quintptr(this), 0, 16);
    bool ok = false;
    {
        QSqlDatabase db = m_database.addConnection(name);
        if (db.open())
            ok = migrate(db, &m_applied, error);
        else
            *error = QStringLiteral("cannot connect to the database %1: %2")
                         .arg(m_database.display(), db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool Server::start(QString *error)
{
    if (!migrateDatabase(error))
        return false;
    for (const QString &m : std::as_const(m_applied))
        qCInfo(lcServer).noquote() << "applied migration" << m;

    m_pool = std::make_unique<DbPool>(m_database, m_options.workers);
    if (!m_pool->start(error)) {
        m_pool.reset();
        return false;
    }
    m_dispatcher = std::make_unique<Dispatcher>(*m_pool, m_options.settings, m_throttle);

    m_listener = new QSslServer(this);
    m_listener->setSslConfiguration(serverTlsConfiguration(m_identity));
    m_listener->setHandshakeTimeout(m_options.handshakeTimeoutMs);
    connect(m_listener, &QSslServer::pendingConnectionAvailable, this, &Server::acceptPending);
    connect(m_listener, &QSslServer::errorOccurred, this,
            [](QSslSocket *socket, QAbstractSocket::SocketError) {
                qCInfo(lcServer).noquote() << "TLS connection from"
                                           << socket->peerAddress().toString()
                                           << "failed:" << socket->errorString();
            });
    if (!m_listener->listen(m_options.listenAddress, m_options.port)) {
        *error = QStringLiteral("cannot listen on %1 port %2: %3")
                     .arg(m_options.listenAddress.toString())
                     .arg(m_options.port)
                     .arg(m_listener->errorString());
        stop();
        return false;
    }
    qCInfo(lcServer).noquote() << "listening on" << m_options.listenAddress.toString()
                               << "port" << port() << "with" << m_pool->workerCount()
                               << "database workers";
    return true;
}

void Server::stop()
{
    if (m_listener) {
        m_listener->close();
        delete m_listener;
        m_listener = nullptr;
    }
    const auto connections = m_connections;
    m_connections.clear();
    for (Connection *c : connections)
        delete c;
    if (m_pool)
        m_pool->stop();
    // Outcomes posted by the workers after the last connection went are dropped by deliver().
    m_dispatcher.reset();
    m_pool.reset();
}

quint16 Server::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void Server::acceptPending()
{
    while (m_listener->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_listener->nextPendingConnection());
        if (!socket)
            continue;
        const quint64 id = m_nextConnectionId++;
        auto post = [this](quint64 connectionId, const Outcome &outcome) {
            QMetaObject::invokeMethod(
                this, [this, connectionId, outcome] { deliver(connectionId, outcome); },
                Qt::QueuedConnection);
        };
        auto *connection = new Connection(id, socket, *m_dispatcher, m_options.maxFrame, post, this);
        m_connections.insert(id, connection);
        connect(connection, &Connection::closed, this, [this](quint64 closedId) {
            if (Connection *c = m_connections.take(closedId))
                c->deleteLater();
        });
        connect(connection, &Connection::sessionsEnded, this, &Server::endSessions);
        connect(connection, &Connection::eventsRaised, this, &Server::broadcast);
    }
}

void Server::deliver(quint64 connectionId, const Outcome &outcome)
{
    if (Connection *c = m_connections.value(connectionId))
        c->finish(outcome);
}

void Server::broadcast(qint64 schoolId, const QList<PushEvent> &events)
{
    for (Connection *c : std::as_const(m_connections)) {
        const ConnectionState &state = c->state();
        if (state.stage != Stage::Authenticated || state.session.schoolId != schoolId)
            continue;
        for (const PushEvent &event : events)
            if (event.topic.isEmpty() || state.topics.contains(event.topic))
                c->sendEvent(event.name, event.data);
    }
}

void Server::endSessions(const QList<qint64> &sessionIds, const QString &reason)
{
    for (Connection *c : std::as_const(m_connections))
        if (sessionIds.contains(c->state().session.sessionId))
            c->sessionEnded(reason);
}

} // namespace ejournal::server

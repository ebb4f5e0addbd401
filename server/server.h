// The ejournal server as a library object: migrates the database, starts the worker pool,
// listens with TLS and owns the client connections. server/main.cpp and the tests create it.
#pragma once

#include "dbparams.h"
#include "dispatcher.h"
#include "loginthrottle.h"
#include "tlsidentity.h"
#include "wire.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <memory>

class QSslServer;

namespace ejournal::server {

class Connection;
class DbPool;

struct ServerOptions
{
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 port = 7443;
    int workers = 4;
    quint32 maxFrame = wire::kDefaultMaxPayload;
    int handshakeTimeoutMs = 10'000;
    ServerSettings settings;
};

class Server : public QObject
{
    Q_OBJECT
public:
    Server(const ServerOptions &options, const DbParams &database, const TlsIdentity &identity,
           QObject *parent = nullptr);
    ~Server() override;

    // Applies migrations (as the database's owner), starts the workers, starts listening.
    bool start(QString *error);
    void stop();

    quint16 port() const;
    int connectionCount() const { return int(m_connections.size()); }
    QStringList appliedMigrations() const { return m_applied; }
    LoginThrottle &throttle() { return m_throttle; }
    const TlsIdentity &identity() const { return m_identity; }

private:
    bool migrateDatabase(QString *error);
    void acceptPending();
    void deliver(quint64 connectionId, const Outcome &outcome);
    void endSessions(const QList<qint64> &sessionIds, const QString &reason);
    void broadcast(qint64 schoolId, const QList<PushEvent> &events);

    ServerOptions m_options;
    DbParams m_database;
    TlsIdentity m_identity;
    LoginThrottle m_throttle;
    std::unique_ptr<DbPool> m_pool;
    std::unique_ptr<Dispatcher> m_dispatcher;
    QSslServer *m_listener = nullptr;
    QHash<quint64, Connection *> m_connections;
    quint64 m_nextConnectionId = 1;
    QStringList m_applied;
};

} // namespace ejournal::server

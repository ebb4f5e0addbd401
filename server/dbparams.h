// Connection parameters of a PostgreSQL database: parsed from a postgresql:// URL or made
// by the embedded cluster, applied to QSqlDatabase (QPSQL driver).
#pragma once

#include <QString>

class QSqlDatabase;

namespace ejournal::server {

// The unprivileged role the server's database workers switch to (SET ROLE) right after
// connecting; created by the embedded cluster or sql/001, granted only what the schema allows.
constexpr const char *kAppRole = "ejournal_app";

struct DbParams
{
    QString host;      // host name, or an absolute directory holding the Unix socket
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options;   // extra libpq options (QPSQL connectOptions), e.g. "sslmode=require"

    // postgresql://user:password@host:port/dbname?host=/socket/dir&sslmode=...
    // Percent-decoding applies; a "host" query parameter overrides the authority host.
    static bool fromUrl(const QString &url, DbParams *out, QString *error);
    // The URL without the password, for logs and messages.
    QString display() const;
    // Adds a connection with this name (QSqlDatabase::addDatabase("QPSQL", name)) and sets
    // host, port, user, password, database and options on it. Does not open it.
    QSqlDatabase addConnection(const QString &connectionName) const;
};

} // namespace ejournal::server

// What backups need from PostgreSQL: the databases they work on, short-lived connections,
// the client tools pg_dump and pg_restore (PostgreSQL 15), and row counts per table.
#pragma once

#include "dbparams.h"
#include "sql.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ejournal::server {

// The table whose rows describe backups themselves: kept out of every backup and count.
constexpr const char *kBackupRunTable = "backup_run";

struct DatabaseAccess
{
    DbParams owner;  // the live database, as its owner role
    DbParams admin;  // a role that may create scratch databases (the embedded cluster's
                     // superuser); empty: the owner itself, which then needs CREATEDB
};

// A QPSQL connection under a unique name, removed when the object goes.
class DbSession
{
public:
    DbSession() = default;
    ~DbSession();
    DbSession(const DbSession &) = delete;
    DbSession &operator=(const DbSession &) = delete;

    bool open(const DbParams &params, QString *error);
    QSqlDatabase database() const { return m_db; }
    Sql sql() const { return Sql(m_db); }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Finds a PostgreSQL client tool next to the server binaries (like initdb), else in PATH.
bool locatePgTool(const QString &tool, QString *path, QString *error);

// Runs pg_dump or pg_restore against the database of params with the extra arguments;
// on failure the error quotes the tool's last lines.
bool runPgTool(const QString &tool, const DbParams &params, const QStringList &args,
               QString *error);

// Exact row counts of the tables in the public schema (except backup_run), by name.
QMap<QString, qint64> countRows(const Sql &sql);

// Tables whose counts differ, as "name: expected N, found M" lines (missing tables too).
QStringList compareRowCounts(const QMap<QString, qint64> &expected,
                             const QMap<QString, qint64> &found);

} // namespace ejournal::server

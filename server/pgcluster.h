// The embedded PostgreSQL cluster: found, created (initdb) and started by the server under
// <data-dir>/pg, listening only on a Unix socket in that directory, stopped with the server.
#pragma once

#include "dbparams.h"

#include <QString>
#include <QStringList>

namespace ejournal::server {

class PgCluster
{
public:
    // The role that owns the ejournal database and runs migrations. Not a superuser.
    static constexpr const char *kOwnerRole = "ejournal_owner";
    static constexpr const char *kDatabase = "ejournal";

    // clusterDir: the cluster's directory (created if missing).
    // runAsUser: empty = run initdb/pg_ctl as the current user; otherwise (only as root, used by
    // the tests) run them through `runuser -u USER --` and chown the directory to that user.
    explicit PgCluster(const QString &clusterDir, const QString &runAsUser = {});
    ~PgCluster();  // stops the cluster if this object started it
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // Finds initdb/pg_ctl: `pg_config --bindir`, then the newest /usr/lib/postgresql/*/bin.
    // On failure the error names what is missing and the Debian package that provides it.
    static bool locateBinaries(QString *binDir, QString *error);

    // initdb on first use (superuser "postgres", trust on the local socket only,
    // listen_addresses = '', unix_socket_directories = the cluster directory), then
    // pg_ctl -w start; creates the non-superuser owner role and the database on first start.
    bool start(QString *error);
    bool stop(QString *error = nullptr);
    bool isRunning() const { return m_running; }

    // Parameters to connect as the owner role to the ejournal database.
    DbParams ownerParams() const;
    // Parameters to connect as the cluster's superuser (tests and maintenance only).
    DbParams superuserParams(const QString &database = QStringLiteral("postgres")) const;
    QString directory() const { return m_dir; }

private:
    QString dataDir() const;
    QString logFile() const;
    bool useRunuser() const;
    bool checkRunAs(QString *error) const;
    bool prepareDirectory(QString *error) const;
    bool checkNotRunning(QString *error) const;
    bool initialize(QString *error) const;
    bool launch(QString *error) const;
    bool ensureOwnerAndDatabase(QString *error) const;
    // Runs a PostgreSQL tool (as runAsUser when set) with a timeout; returns its exit code,
    // or -1 when it did not run to completion. *output gets its stdout and stderr.
    int runTool(const QString &tool, const QStringList &args, QString *output) const;
    // runTool, with a failure turned into an error that quotes the tool's last lines.
    bool runToolChecked(const QString &tool, const QStringList &args, QString *error) const;

    QString m_dir;
    QString m_runAs;
    QString m_binDir;
    bool m_running = false;
};

} // namespace ejournal::server

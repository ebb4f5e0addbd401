// The server's health. The running server keeps a snapshot of itself (start time, clients
// connected, the backup schedule) that the server.status method reads, and writes it with
// the database's size and the last backups to <data-dir>/status.json every few seconds,
// which `ejournal-server status` reads (running = the file is fresh and its process lives).
#pragma once

#include "dbparams.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSqlQuery>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace ejournal::server {

class Sql;

struct LiveStatus
{
    bool running = false;
    QDateTime started;
    int connections = 0;
    quint16 port = 0;
    QDateTime nextBackup;
    bool backupRunning = false;
    QStringList destinations;
};

// The process-wide snapshot (thread-safe copies).
LiveStatus liveStatus();
void updateLiveStatus(const std::function<void(LiveStatus &)> &change);

// What the database says: size, schema version, the last backup run and the last good one
// (maps as backups.list gives them, absent when there is none).
QJsonObject databaseHealth(const Sql &sql);
// One backup_run row as a map (the columns of backups.list).
QJsonObject backupRunJson(const QSqlQuery &row);
QString backupRunColumns();

QString statusFilePath(const QString &dataDir);

class StatusWriter : public QObject
{
    Q_OBJECT
public:
    // connections: asked on every write (the server's connection count).
    StatusWriter(const QString &dataDir, const DbParams &owner, std::function<int()> connections,
                 QObject *parent = nullptr);
    ~StatusWriter() override;  // leaves a status.json saying "stopped"

    void start(int intervalMs = 5000);
    void writeNow();

private:
    QJsonObject snapshot();

    QString m_dataDir;
    DbParams m_owner;
    std::function<int()> m_connections;
    QTimer m_timer;
    int m_intervalMs = 5000;
};

// The pid of a server running with this data directory (fresh status.json, process alive),
// or 0.
qint64 runningServerPid(const QString &dataDir);

// `ejournal-server status`: prints the state and returns 0 when running, 3 when not.
int printStatus(const QString &dataDir);

} // namespace ejournal::server

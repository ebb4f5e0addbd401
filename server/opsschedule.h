// The running server's backups: daily at the configured time (or every N minutes), and
// when an administrator asks (a queued backup_run row); one at a time, on a thread of its
// own so that clients are served meanwhile. Each run is verified and recorded.
#pragma once

#include "opsconfig.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace ejournal::server {

class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    BackupScheduler(const DatabaseAccess &access, const OpsConfig &config, const QString &dataDir,
                    QObject *parent = nullptr);
    ~BackupScheduler() override;  // waits for a running backup to finish

    // Marks runs left 'running' by a stopped server as failed, plans the next run and starts
    // polling (every pollMs for requests and the due time).
    void start(int pollMs = 5000);
    QDateTime nextRun() const { return m_next; }
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void runFinished(qint64 runId, const QString &status);

private:
    void poll();
    qint64 queuedRequest();
    void launch(const QString &trigger, qint64 queuedId);
    void finished();
    QDateTime plannedAfter(const QDateTime &moment) const;
    void publish();

    DatabaseAccess m_access;
    OpsConfig m_config;
    QString m_dataDir;
    QTimer m_timer;
    QDateTime m_next;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<BackupRunOutcome> m_outcome;
};

} // namespace ejournal::server

// The backup schedule of the running server.
#include "opsschedule.h"

#include "opsstatus.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcBackup)

namespace ejournal::server {

namespace {
// A server that was off at the backup time catches up this soon after starting when its
// last good backup is older than a day.
constexpr int kCatchUpSeconds = 10 * 60;
constexpr qint64 kDaySeconds = 24 * 3600;

void recoverInterrupted(const DbParams &owner)
{
    DbSession session;
    QString error;
    if (!session.open(owner, &error)) {
        qCWarning(lcBackup).noquote() << error;
        return;
    }
    session.sql().exec(QStringLiteral(
        "UPDATE backup_run SET status = 'failed', finished_at = now(),"
        " error = 'interrupted: the server stopped during the backup'"
        " WHERE status = 'running' AND trigger <> 'command'"));
}

QDateTime lastGoodBackup(const DbParams &owner)
{
    DbSession session;
    QString error;
    if (!session.open(owner, &error))
        return {};
    return session.sql().scalar(QStringLiteral(
        "SELECT max(finished_at) FROM backup_run WHERE status IN ('ok', 'partial')")).toDateTime();
}
} // namespace

BackupScheduler::BackupScheduler(const DatabaseAccess &access, const OpsConfig &config,
                                 const QString &dataDir, QObject *parent)
    : QObject(parent), m_access(access), m_config(config), m_dataDir(dataDir)
{
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::poll);
}

BackupScheduler::~BackupScheduler()
{
    if (m_thread)
        m_thread->wait();
}

void BackupScheduler::start(int pollMs)
{
    const QDateTime now = QDateTime::currentDateTime();
    m_next = plannedAfter(now);
    try {
        recoverInterrupted(m_access.owner);
        const QDateTime last = lastGoodBackup(m_access.owner);
        if (m_config.intervalSeconds == 0 && (!last.isValid() || last.secsTo(now) > kDaySeconds))
            m_next = std::min(m_next, now.addSecs(kCatchUpSeconds));
    } catch (const DbFailure &e) {
        qCWarning(lcBackup).noquote() << "backup schedule:" << e.what();
    }
    publish();
    qCInfo(lcBackup).noquote() << "next backup at" << m_next.toString(Qt::ISODate) << "to"
                               << m_config.destinations.join(QStringLiteral(", "));
    m_timer.start(pollMs);
}

QDateTime BackupScheduler::plannedAfter(const QDateTime &moment) const
{
    if (m_config.intervalSeconds > 0)
        return moment.addSecs(m_config.intervalSeconds);
    QDateTime at(moment.date(), m_config.time);
    return at > moment ? at : QDateTime(moment.date().addDays(1), m_config.time);
}

void BackupScheduler::publish()
{
    updateLiveStatus([this](LiveStatus &s) {
        s.nextBackup = m_next;
        s.backupRunning = m_thread != nullptr;
        s.destinations = m_config.destinations;
    });
}

qint64 BackupScheduler::queuedRequest()
{
    DbSession session;
    QString error;
    if (!session.open(m_access.owner, &error))
        return 0;
    return session.sql().scalar(QStringLiteral(
        "SELECT min(id) FROM backup_run WHERE status = 'queued'")).toLongLong();
}

void BackupScheduler::poll()
{
    if (m_thread)
        return;
    qint64 queued = 0;
    try {
        queued = queuedRequest();
    } catch (const DbFailure &e) {
        qCWarning(lcBackup).noquote() << "backup requests:" << e.what();
    }
    if (queued != 0)
        launch(QStringLiteral("request"), queued);
    else if (QDateTime::currentDateTime() >= m_next)
        launch(QStringLiteral("schedule"), 0);
}

void BackupScheduler::launch(const QString &trigger, qint64 queuedId)
{
    BackupRunOptions options = backupRunOptions(m_config, m_dataDir, trigger);
    options.queuedId = queuedId;
    const DatabaseAccess access = m_access;
    auto outcome = std::make_shared<BackupRunOutcome>();
    m_outcome = outcome;
    qCInfo(lcBackup).noquote() << "backup started (" + trigger + ")";
    m_thread.reset(QThread::create([access, options, outcome] {
        *outcome = runBackup(access, options);
    }));
    connect(m_thread.get(), &QThread::finished, this, &BackupScheduler::finished);
    m_thread->start();
    publish();
}

void BackupScheduler::finished()
{
    m_thread->wait();
    m_thread.reset();
    const BackupRunOutcome outcome = *m_outcome;
    if (outcome.status == QLatin1String("ok"))
        qCInfo(lcBackup).noquote() << describeOutcome(outcome);
    else
        qCCritical(lcBackup).noquote() << describeOutcome(outcome);
    const QDateTime now = QDateTime::currentDateTime();
    if (now >= m_next)
        m_next = plannedAfter(now);
    publish();
    emit runFinished(outcome.runId, outcome.status);
}

} // namespace ejournal::server

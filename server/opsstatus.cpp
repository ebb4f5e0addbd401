// Server health: the live snapshot, status.json and `ejournal-server status`.
#include "opsstatus.h"

#include "backupfile.h"
#include "backuptools.h"
#include "migrations.h"
#include "requestcontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>

#include <cerrno>
#include <csignal>
#include <cstdio>

Q_LOGGING_CATEGORY(lcOps, "ejournal.ops")

namespace ejournal::server {

namespace {

QMutex g_mutex;
LiveStatus g_status;

constexpr int kStatusExitNotRunning = 3;

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

QJsonObject latestRun(const Sql &sql, const QString &where)
{
    QSqlQuery q = sql.exec(QStringLiteral("SELECT %1 FROM backup_run WHERE %2"
                                          " ORDER BY requested_at DESC, id DESC LIMIT 1")
                               .arg(backupRunColumns(), where));
    return q.next() ? backupRunJson(q) : QJsonObject();
}

QString humanSize(qint64 bytes)
{
    return bytes >= 1 << 20 ? QStringLiteral("%1 MB").arg(double(bytes) / (1 << 20), 0, 'f', 1)
                            : QStringLiteral("%1 kB").arg(double(bytes) / 1024, 0, 'f', 1);
}

void printLine(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
}

QString describeRun(const QJsonObject &run)
{
    if (run.isEmpty())
        return QStringLiteral("none");
    QStringList where;
    for (const QJsonValue &d : run.value(QStringLiteral("destinations")).toArray())
        if (d.toObject().value(QStringLiteral("ok")).toBool())
            where.append(d.toObject().value(QStringLiteral("path")).toString());
    return QStringLiteral("%1 %2, %3, %4, verified: %5, in %6")
        .arg(run.value(QStringLiteral("finished")).toString(),
             run.value(QStringLiteral("status")).toString(),
             run.value(QStringLiteral("file")).toString(),
             humanSize(run.value(QStringLiteral("size")).toInteger()),
             run.value(QStringLiteral("verified")).isBool()
                 ? (run.value(QStringLiteral("verified")).toBool() ? QStringLiteral("yes")
                                                                   : QStringLiteral("FAILED"))
                 : QStringLiteral("no"),
             where.isEmpty() ? QStringLiteral("no destination") : where.join(QStringLiteral(", ")));
}

} // namespace

LiveStatus liveStatus()
{
    QMutexLocker lock(&g_mutex);
    return g_status;
}

void updateLiveStatus(const std::function<void(LiveStatus &)> &change)
{
    QMutexLocker lock(&g_mutex);
    change(g_status);
}

QString backupRunColumns()
{
    return QStringLiteral("id, trigger, status, coalesce(requested_by, ''), requested_at,"
                          " started_at, finished_at, coalesce(file_name, ''), size_bytes,"
                          " coalesce(sha256, ''), destinations::text, verified,"
                          " coalesce(verify_error, ''), coalesce(error, '')");
}

QJsonObject backupRunJson(const QSqlQuery &q)
{
    QJsonObject o{
        {QStringLiteral("id"), q.value(0).toLongLong()},
        {QStringLiteral("trigger"), q.value(1).toString()},
        {QStringLiteral("status"), q.value(2).toString()},
        {QStringLiteral("requestedBy"), q.value(3).toString()},
        {QStringLiteral("requested"), isoTime(q.value(4).toDateTime())},
        {QStringLiteral("started"), isoTime(q.value(5).toDateTime())},
        {QStringLiteral("finished"), isoTime(q.value(6).toDateTime())},
        {QStringLiteral("file"), q.value(7).toString()},
        {QStringLiteral("size"), q.value(8).toLongLong()},
        {QStringLiteral("sha256"), q.value(9).toString()},
        {QStringLiteral("destinations"), QJsonDocument::fromJson(q.value(10).toByteArray()).array()},
        {QStringLiteral("verifyError"), q.value(12).toString()},
        {QStringLiteral("error"), q.value(13).toString()},
    };
    if (!q.value(11).isNull())
        o.insert(QStringLiteral("verified"), q.value(11).toBool());
    return o;
}

QJsonObject databaseHealth(const Sql &sql)
{
    QJsonObject o{
        {QStringLiteral("databaseSize"),
         sql.scalar(QStringLiteral("SELECT pg_database_size(current_database())")).toLongLong()},
        {QStringLiteral("schemaVersion"), latestSchemaVersion()},
    };
    if (sql.scalar(QStringLiteral("SELECT to_regclass('public.backup_run')")).isNull())
        return o;
    const QJsonObject last = latestRun(sql, QStringLiteral("status NOT IN ('queued', 'running')"));
    const QJsonObject good = latestRun(sql, QStringLiteral(
        "status IN ('ok', 'partial') AND verified IS DISTINCT FROM false"));
    if (!last.isEmpty())
        o.insert(QStringLiteral("lastBackup"), last);
    if (!good.isEmpty())
        o.insert(QStringLiteral("lastGoodBackup"), good);
    return o;
}

QString statusFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("status.json"));
}

StatusWriter::StatusWriter(const QString &dataDir, const DbParams &owner,
                           std::function<int()> connections, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_owner(owner), m_connections(std::move(connections))
{
    connect(&m_timer, &QTimer::timeout, this, &StatusWriter::writeNow);
}

StatusWriter::~StatusWriter()
{
    if (!m_timer.isActive())
        return;
    updateLiveStatus([](LiveStatus &s) { s.running = false; });
    QJsonObject stopped = snapshot();
    stopped.insert(QStringLiteral("stopped"), isoTime(QDateTime::currentDateTime()));
    QString error;
    writePrivateFile(statusFilePath(m_dataDir), QJsonDocument(stopped).toJson(), &error);
}

void StatusWriter::start(int intervalMs)
{
    m_intervalMs = intervalMs;
    updateLiveStatus([](LiveStatus &s) {
        s.running = true;
        s.started = QDateTime::currentDateTime();
    });
    writeNow();
    m_timer.start(intervalMs);
}

QJsonObject StatusWriter::snapshot()
{
    updateLiveStatus([this](LiveStatus &s) { s.connections = m_connections(); });
    const LiveStatus live = liveStatus();
    QJsonObject o{
        {QStringLiteral("running"), live.running},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("version"), QStringLiteral(EJOURNAL_VERSION)},
        {QStringLiteral("started"), isoTime(live.started)},
        {QStringLiteral("updated"), isoTime(QDateTime::currentDateTime())},
        {QStringLiteral("intervalSeconds"), m_intervalMs / 1000 + 1},
        {QStringLiteral("port"), live.port},
        {QStringLiteral("connections"), live.connections},
        {QStringLiteral("nextBackup"), isoTime(live.nextBackup)},
        {QStringLiteral("backupRunning"), live.backupRunning},
        {QStringLiteral("destinations"), QJsonArray::fromStringList(live.destinations)},
    };
    DbSession session;
    QString error;
    try {
        if (session.open(m_owner, &error)) {
            const QJsonObject health = databaseHealth(session.sql());
            for (auto it = health.constBegin(); it != health.constEnd(); ++it)
                o.insert(it.key(), it.value());
        }
    } catch (const DbFailure &e) {
        error = QString::fromStdString(e.what());
    }
    if (!error.isEmpty())
        o.insert(QStringLiteral("databaseError"), error);
    return o;
}

void StatusWriter::writeNow()
{
    QString error;
    if (!writePrivateFile(statusFilePath(m_dataDir), QJsonDocument(snapshot()).toJson(), &error))
        qCWarning(lcOps).noquote() << error;
}

namespace {
bool readStatus(const QString &dataDir, QJsonObject *status)
{
    QFile file(statusFilePath(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *status = QJsonDocument::fromJson(file.readAll()).object();
    return true;
}

bool isRunning(const QJsonObject &o)
{
    const QDateTime updated =
        QDateTime::fromString(o.value(QStringLiteral("updated")).toString(), Qt::ISODate);
    const int staleAfter = 3 * std::max(1, o.value(QStringLiteral("intervalSeconds")).toInt());
    return o.value(QStringLiteral("running")).toBool()
        && processAlive(o.value(QStringLiteral("pid")).toInteger())
        && updated.secsTo(QDateTime::currentDateTime()) <= staleAfter;
}
} // namespace

qint64 runningServerPid(const QString &dataDir)
{
    QJsonObject o;
    return readStatus(dataDir, &o) && isRunning(o) ? o.value(QStringLiteral("pid")).toInteger()
                                                   : 0;
}

int printStatus(const QString &dataDir)
{
    QJsonObject o;
    if (!readStatus(dataDir, &o)) {
        printLine(QStringLiteral("not running (no %1: the server has not run with this data "
                                 "directory)").arg(statusFilePath(dataDir)));
        return kStatusExitNotRunning;
    }
    const bool running = isRunning(o);
    if (running)
        printLine(QStringLiteral("running (pid %1, version %2, port %3, since %4)")
                      .arg(o.value(QStringLiteral("pid")).toInteger())
                      .arg(o.value(QStringLiteral("version")).toString())
                      .arg(o.value(QStringLiteral("port")).toInt())
                      .arg(o.value(QStringLiteral("started")).toString()));
    else
        printLine(QStringLiteral("not running (last seen %1)")
                      .arg(o.value(QStringLiteral("updated")).toString()));
    if (running)
        printLine(QStringLiteral("clients connected: %1")
                      .arg(o.value(QStringLiteral("connections")).toInt()));
    printLine(QStringLiteral("database size: %1, schema version %2")
                  .arg(humanSize(o.value(QStringLiteral("databaseSize")).toInteger()))
                  .arg(o.value(QStringLiteral("schemaVersion")).toInt()));
    printLine(QStringLiteral("last backup: %1")
                  .arg(describeRun(o.value(QStringLiteral("lastBackup")).toObject())));
    printLine(QStringLiteral("last good backup: %1")
                  .arg(describeRun(o.value(QStringLiteral("lastGoodBackup")).toObject())));
    if (running && !o.value(QStringLiteral("nextBackup")).toString().isEmpty())
        printLine(QStringLiteral("next backup: %1").arg(o.value(QStringLiteral("nextBackup")).toString()));
    if (o.contains(QStringLiteral("databaseError")))
        printLine(QStringLiteral("database problem: %1")
                      .arg(o.value(QStringLiteral("databaseError")).toString()));
    return running ? 0 : kStatusExitNotRunning;
}

} // namespace ejournal::server

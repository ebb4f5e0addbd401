// Server operations methods (admin, ServerOperate): the backup runs, a backup on request
// (queued for the running server's scheduler) and the server's health. Backups cover the
// whole database, every school on this server.
#include "routes.h"

#include "opsstatus.h"

#include <QCborArray>
#include <QJsonArray>
#include <QSqlQuery>

namespace ejournal::server::handlers {

namespace {

constexpr int kDefaultLimit = 30;
constexpr int kMaxLimit = 500;

QCborValue listBackups(RequestContext &ctx)
{
    const qint64 limit = ctx.integer(QStringLiteral("limit"), kDefaultLimit);
    if (limit < 1 || limit > kMaxLimit)
        throw fail(ErrorCode::Invalid, QStringLiteral("limit must be 1 to %1").arg(kMaxLimit),
                   {{QStringLiteral("limit"), QStringLiteral("must be 1 to %1").arg(kMaxLimit)}});
    QSqlQuery q = ctx.sql.exec(QStringLiteral("SELECT %1 FROM backup_run"
                                              " ORDER BY requested_at DESC, id DESC LIMIT ?")
                                   .arg(backupRunColumns()),
                               {limit});
    QJsonArray out;
    while (q.next())
        out.append(backupRunJson(q));
    return QCborValue::fromJsonValue(out);
}

QCborValue requestBackup(RequestContext &ctx)
{
    const qint64 active = ctx.sql.scalar(QStringLiteral(
        "SELECT id FROM backup_run WHERE status IN ('queued', 'running')"
        " ORDER BY id DESC LIMIT 1")).toLongLong();
    if (active != 0)
        return QCborMap{{QStringLiteral("id"), active}, {QStringLiteral("queued"), false}};
    qint64 id = 0;
    ctx.write([&](AuditRecord &audit) {
        id = ctx.sql.scalar(QStringLiteral(
            "INSERT INTO backup_run (trigger, requested_by) VALUES ('request', ?) RETURNING id"),
            {ctx.caller.login}).toLongLong();
        audit = {QStringLiteral("backup.request"), QStringLiteral("backup_run"),
                 QString::number(id), {},
                 QCborMap{{QStringLiteral("status"), QStringLiteral("queued")}}, {}, 0};
    });
    return QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("queued"), true}};
}

QCborValue serverStatus(RequestContext &ctx)
{
    const LiveStatus live = liveStatus();
    QCborMap out = QCborValue::fromJsonValue(databaseHealth(ctx.sql)).toMap();
    out.insert(QStringLiteral("version"), QStringLiteral(EJOURNAL_VERSION));
    out.insert(QStringLiteral("started"), isoTime(live.started));
    out.insert(QStringLiteral("connections"), live.connections);
    out.insert(QStringLiteral("scheduled"), live.running);
    out.insert(QStringLiteral("nextBackup"), isoTime(live.nextBackup));
    out.insert(QStringLiteral("backupRunning"), live.backupRunning);
    out.insert(QStringLiteral("destinations"), QCborArray::fromStringList(live.destinations));
    return out;
}

} // namespace

QList<Route> serverRoutes()
{
    return {
        {"backups.list", listBackups},
        {"backups.run", requestBackup},
        {"server.status", serverStatus},
    };
}

} // namespace ejournal::server::handlers

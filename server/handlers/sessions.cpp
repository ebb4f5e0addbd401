// sessions.* handlers: the administrator sees the school's open sessions and ends them.
#include "handlers.h"

#include <QCborArray>

namespace ejournal::server::handlers {

QCborValue listSessions(RequestContext &ctx)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT s.id, s.user_id, u.login, u.full_name, s.created_at, s.last_seen_at,"
        "       coalesce(s.client_addr, '')"
        "  FROM session s JOIN app_user u ON u.school_id = s.school_id AND u.id = s.user_id"
        " WHERE s.school_id = ? AND s.ended_at IS NULL"
        "   AND s.last_seen_at > now() - make_interval(secs => ?)"
        "   AND s.created_at > now() - make_interval(secs => ?)"
        " ORDER BY s.last_seen_at DESC"),
        {ctx.caller.schoolId, ctx.settings.idleTimeoutSeconds, ctx.settings.absoluteTimeoutSeconds});
    QCborArray out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        out.append(QCborMap{{QStringLiteral("id"), id},
                            {QStringLiteral("userId"), q.value(1).toLongLong()},
                            {QStringLiteral("login"), q.value(2).toString()},
                            {QStringLiteral("name"), q.value(3).toString()},
                            {QStringLiteral("created"), isoTime(q.value(4).toDateTime())},
                            {QStringLiteral("lastSeen"), isoTime(q.value(5).toDateTime())},
                            {QStringLiteral("address"), q.value(6).toString()},
                            {QStringLiteral("current"), id == ctx.caller.sessionId}});
    }
    return out;
}

QCborValue revokeSession(RequestContext &ctx)
{
    const qint64 sessionId = ctx.integer(QStringLiteral("sessionId"));
    ctx.write([&](AuditRecord &audit) {
        QSqlQuery q = ctx.sql.exec(QStringLiteral(
            "UPDATE session s SET ended_at = now(), end_reason = 'revoked'"
            "  FROM app_user u WHERE u.school_id = s.school_id AND u.id = s.user_id"
            "   AND s.school_id = ? AND s.id = ? AND s.ended_at IS NULL"
            " RETURNING u.login"),
            {ctx.caller.schoolId, sessionId});
        if (!q.next())
            throw fail(ErrorCode::NotFound,
                       QStringLiteral("no open session %1 in this school").arg(sessionId));
        audit = {QStringLiteral("session.revoke"), QStringLiteral("session"),
                 QString::number(sessionId), {},
                 QCborMap{{QStringLiteral("login"), q.value(0).toString()}}, {}, 0};
    });
    ctx.change.endedSessions.append(sessionId);
    ctx.change.endedReason = QStringLiteral("revoked");
    if (sessionId == ctx.caller.sessionId)
        ctx.change.signedOut = true;
    return QCborMap();
}

} // namespace ejournal::server::handlers

// Signed-in sessions: looked up and kept alive on every request.
#include "sessions.h"

#include <QCborArray>

namespace ejournal::server {

namespace {
// How stale last_seen_at may get before a request writes it again. The idle time-out is
// measured in minutes, so this costs it at most a minute of precision.
constexpr int kTouchEverySeconds = 60;

SessionLookup touch(const Sql &sql, const QString &keyColumn, const QVariant &key,
                    int idleTimeout, int absoluteTimeout)
{
    QSqlQuery q = sql.cached(QStringLiteral(
        "SELECT s.id, s.school_id, u.id, u.login, u.full_name, sc.name,"
        "   u.must_change_password,"
        "   (SELECT coalesce(string_agg(r.role, ',' ORDER BY r.role), '') FROM user_role r"
        "     WHERE r.school_id = u.school_id AND r.user_id = u.id),"
        "   (SELECT st.id FROM staff st WHERE st.school_id = u.school_id AND st.user_id = u.id),"
        "   s.last_seen_at < now() - make_interval(secs => ?)"
        "  FROM session s"
        "  JOIN app_user u ON u.school_id = s.school_id AND u.id = s.user_id"
        "  JOIN school sc ON sc.id = u.school_id"
        " WHERE s.%1 = ? AND s.ended_at IS NULL AND NOT u.blocked"
        "   AND s.last_seen_at > now() - make_interval(secs => ?)"
        "   AND s.created_at > now() - make_interval(secs => ?)").arg(keyColumn),
        {kTouchEverySeconds, key, idleTimeout, absoluteTimeout});
    SessionLookup out;
    if (q.next()) {
        SessionInfo &s = out.info;
        s.sessionId = q.value(0).toLongLong();
        s.schoolId = q.value(1).toLongLong();
        s.userId = q.value(2).toLongLong();
        s.login = q.value(3).toString();
        s.name = q.value(4).toString();
        s.school = q.value(5).toString();
        s.mustChangePassword = q.value(6).toBool();
        s.roleNames = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        s.staffId = q.value(8).toLongLong();
        if (q.value(9).toBool())  // written at most once a minute: reads stay reads
            sql.exec(QStringLiteral("UPDATE session SET last_seen_at = now() WHERE id = ?"),
                     {s.sessionId});
        return out;
    }
    QSqlQuery why = sql.exec(QStringLiteral(
        "SELECT s.end_reason, u.blocked FROM session s"
        "  JOIN app_user u ON u.school_id = s.school_id AND u.id = s.user_id"
        " WHERE s.%1 = ?").arg(keyColumn), {key});
    if (!why.next())
        out.failure = QStringLiteral("unknown");
    else if (!why.value(0).isNull())
        out.failure = why.value(0).toString();
    else if (why.value(1).toBool())
        out.failure = QStringLiteral("blocked");
    else
        out.failure = QStringLiteral("expired");
    return out;
}
} // namespace

QCborMap SessionInfo::userMap() const
{
    return QCborMap{{QStringLiteral("id"), userId},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("login"), login},
                    {QStringLiteral("school"), school},
                    {QStringLiteral("roles"), QCborArray::fromStringList(roleNames)}};
}

SessionLookup touchSessionById(const Sql &sql, qint64 sessionId, int idleTimeout,
                               int absoluteTimeout)
{
    return touch(sql, QStringLiteral("id"), sessionId, idleTimeout, absoluteTimeout);
}

SessionLookup touchSessionByTokenHash(const Sql &sql, const QByteArray &tokenHash,
                                      int idleTimeout, int absoluteTimeout)
{
    return touch(sql, QStringLiteral("token_hash"), tokenHash, idleTimeout, absoluteTimeout);
}

QList<qint64> endUserSessions(const Sql &sql, qint64 schoolId, qint64 userId,
                              qint64 keepSessionId, const QString &reason)
{
    QSqlQuery q = sql.exec(QStringLiteral(
        "UPDATE session SET ended_at = now(), end_reason = ?"
        " WHERE school_id = ? AND user_id = ? AND id <> ? AND ended_at IS NULL RETURNING id"),
        {reason, schoolId, userId, keepSessionId});
    QList<qint64> ended;
    while (q.next())
        ended.append(q.value(0).toLongLong());
    return ended;
}

} // namespace ejournal::server

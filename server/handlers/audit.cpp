// audit.* handlers: the school's audit log, newest first, page by page.
#include "handlers.h"

#include <QCborArray>
#include <QJsonDocument>

namespace ejournal::server::handlers {

namespace {
QCborValue fromJsonText(const QVariant &text)
{
    if (text.isNull())
        return QCborValue(QCborValue::Null);
    const QByteArray wrapped = "[" + text.toString().toUtf8() + "]";
    return QCborValue::fromJsonValue(QJsonDocument::fromJson(wrapped).array().at(0));
}

QCborValue textOrNull(const QVariant &value)
{
    return value.isNull() ? QCborValue(QCborValue::Null) : QCborValue(value.toString());
}
} // namespace

QCborValue listAudit(RequestContext &ctx)
{
    const qint64 limit = ctx.integer(QStringLiteral("limit"), 100);
    if (limit < 1 || limit > 500)
        throw fail(ErrorCode::Invalid, QStringLiteral("limit must be between 1 and 500"),
                   {{QStringLiteral("limit"), QStringLiteral("must be between 1 and 500")}});
    const qint64 beforeId = ctx.integer(QStringLiteral("beforeId"),
                                        std::numeric_limits<qint64>::max());
    // Bound as '' (not NULL) when absent, so "? = ''" below means "any action".
    const QString action = ctx.text(QStringLiteral("action")) + QLatin1String("");
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT a.id, a.at, a.user_id, u.login, a.action, a.entity, a.entity_id,"
        "       a.before::text, a.after::text, a.reason, a.client_addr"
        "  FROM audit_event a"
        "  LEFT JOIN app_user u ON u.school_id = a.school_id AND u.id = a.user_id"
        " WHERE a.school_id = ? AND a.id < ? AND (? = '' OR a.action = ?)"
        " ORDER BY a.id DESC LIMIT ?"),
        {ctx.caller.schoolId, beforeId, action, action, limit});
    QCborArray out;
    while (q.next()) {
        out.append(QCborMap{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("at"), isoTime(q.value(1).toDateTime())},
            {QStringLiteral("userId"),
             q.value(2).isNull() ? QCborValue(QCborValue::Null) : QCborValue(q.value(2).toLongLong())},
            {QStringLiteral("login"), textOrNull(q.value(3))},
            {QStringLiteral("action"), q.value(4).toString()},
            {QStringLiteral("entity"), q.value(5).toString()},
            {QStringLiteral("entityId"), q.value(6).toString()},
            {QStringLiteral("before"), fromJsonText(q.value(7))},
            {QStringLiteral("after"), fromJsonText(q.value(8))},
            {QStringLiteral("reason"), textOrNull(q.value(9))},
            {QStringLiteral("address"), textOrNull(q.value(10))}});
    }
    return out;
}

} // namespace ejournal::server::handlers

// The write helper: one transaction per change, with its audit record.
#include "requestcontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ejournal::server {

namespace {
QVariant jsonOrNull(const QCborValue &value)
{
    if (value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    const QJsonValue json = value.toJsonValue();
    if (json.isObject())
        return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    if (json.isArray())
        return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: wrap it so it is still valid JSON text.
    return QString::fromUtf8(QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact))
        .mid(1).chopped(1);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}
} // namespace

QString isoTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

void RequestContext::appendAudit(const AuditRecord &record) const
{
    if (record.action.isEmpty() || record.entity.isEmpty())
        throw DbFailure("a write did not describe itself for the audit log");
    const qint64 schoolId = record.schoolId ? record.schoolId : caller.schoolId;
    sql.cached(QStringLiteral(
                 "INSERT INTO audit_event (school_id, user_id, session_id, action, entity,"
                 " entity_id, before, after, reason, client_addr)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)"),
             {schoolId, nullIfZero(caller.userId), nullIfZero(caller.sessionId), record.action,
              record.entity, record.entityId, jsonOrNull(record.before), jsonOrNull(record.after),
              nullIfEmpty(record.reason), nullIfEmpty(address)});
}

void RequestContext::write(const std::function<void(AuditRecord &)> &body)
{
    Transaction tx(sql.database());
    AuditRecord record;
    body(record);
    appendAudit(record);
    tx.commit();
}

void RequestContext::rehearse(const std::function<void()> &body)
{
    const qsizetype events = change.events.size();
    {
        Transaction tx(sql.database());
        body();
    }
    change.events.resize(events);
}

} // namespace ejournal::server

// What the structure handlers share (see structure_common.h).
#include "structure_common.h"

namespace ejournal::server::handlers::structure {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString span(const QDate &from, const QDate &to)
{
    return QStringLiteral("%1 – %2").arg(iso(from), iso(to));
}

void invalid(const QString &field, const QString &reason, const QString &message)
{
    throw fail(ErrorCode::Invalid, message, {{field, reason}});
}

QString requiredText(const QString &value, const QString &field)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        invalid(field, QStringLiteral("must not be empty"),
                QStringLiteral("%1 must not be empty").arg(field));
    return trimmed;
}

QString textOr(const RequestContext &ctx, const QString &name, const QString &fallback)
{
    return ctx.params.contains(name) ? ctx.text(name) : fallback;
}

QDate dateOr(const RequestContext &ctx, const QString &name, const QDate &fallback)
{
    return ctx.params.contains(name) ? dateParam(ctx, name) : fallback;
}

QString oneOf(const QString &value, const QStringList &allowed, const QString &field)
{
    if (!allowed.contains(value))
        invalid(field, QStringLiteral("must be one of: %1").arg(allowed.join(QStringLiteral(", "))),
                QStringLiteral("%1 \"%2\" is not one of: %3")
                    .arg(field, value, allowed.join(QStringLiteral(", "))));
    return value;
}

QString elementField(const QString &param, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(param).arg(index);
}

QCborMap element(const QCborArray &array, qsizetype index, const QString &param,
                 const QStringList &keys)
{
    const QString field = elementField(param, index);
    const QString shape = QStringLiteral("must be a map with %1").arg(keys.join(QStringLiteral(", ")));
    const QCborValue value = array.at(index);
    if (!value.isMap())
        invalid(field, shape, QStringLiteral("%1 %2").arg(field, shape));
    const QCborMap map = value.toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        if (!keys.contains(it.key().toString()))
            invalid(field, shape,
                    QStringLiteral("%1 has an unknown key \"%2\"").arg(field, it.key().toString()));
    for (const QString &key : keys)
        if (!map.contains(key))
            invalid(field, shape, QStringLiteral("%1 has no %2").arg(field, key));
    return map;
}

QDate elementDate(const QCborMap &map, const QString &key, const QString &field)
{
    const QString text = map.value(key).toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !date.isValid())
        invalid(field, QStringLiteral("%1 must be a date (YYYY-MM-DD)").arg(key),
                QStringLiteral("%1: %2 must be a date (YYYY-MM-DD)").arg(field, key));
    return date;
}

void requireUnique(const RequestContext &ctx, const char *table, const char *column,
                   const QString &value, qint64 exceptId, const QString &field,
                   const QString &entity, const QString &label)
{
    const QVariant other = ctx.sql.scalar(
        QStringLiteral("SELECT name FROM %1 WHERE school_id = ? AND %2 = ? AND id <> ?")
            .arg(QLatin1String(table), QLatin1String(column)),
        {ctx.caller.schoolId, value, exceptId});
    if (!other.isValid())
        return;
    if (qstrcmp(column, "name") == 0)
        invalid(field, QStringLiteral("already exists"),
                QStringLiteral("the %1 «%2» already exists").arg(entity, value));
    invalid(field, QStringLiteral("already used by «%1»").arg(other.toString()),
            QStringLiteral("the %1 «%2» is already used by the %3 «%4»")
                .arg(label, value, entity, other.toString()));
}

void writeUnique(RequestContext &ctx, const QString &field, const QString &message,
                 const std::function<void(AuditRecord &)> &body)
{
    try {
        ctx.write(body);
    } catch (const DbFailure &failure) {
        if (!isUniqueViolation(failure))
            throw;
        invalid(field, QStringLiteral("already used"), message);
    }
}

Changes diff(const QCborMap &before, const QCborMap &after)
{
    Changes out;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QCborValue old = before.value(it.key());
        if (old != it.value()) {
            out.before.insert(it.key(), old);
            out.after.insert(it.key(), it.value());
        }
    }
    return out;
}

void setArchived(RequestContext &ctx, const char *table, const QString &entity)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const bool archived = ctx.params.value(QStringLiteral("archived")).toBool();
    ctx.write([&](AuditRecord &audit) {
        QSqlQuery q = ctx.sql.exec(
            QStringLiteral("UPDATE %1 t SET archived = ? FROM %1 old"
                           " WHERE old.school_id = t.school_id AND old.id = t.id"
                           "   AND t.school_id = ? AND t.id = ? RETURNING old.archived")
                .arg(QLatin1String(table)),
            {archived, ctx.caller.schoolId, id});
        if (!q.next())
            throw fail(ErrorCode::NotFound, QStringLiteral("no %1 with id %2").arg(entity).arg(id));
        audit = {entity + QStringLiteral(".archive"), entity, QString::number(id),
                 QCborMap{{QStringLiteral("archived"), q.value(0).toBool()}},
                 QCborMap{{QStringLiteral("archived"), archived}}, {}, 0};
    });
}

} // namespace ejournal::server::handlers::structure

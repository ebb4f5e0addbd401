// Saved reports and their visibility, definitions from requests and from the database, and
// the school's share roles (see reports_common.h).
#include "reports_common.h"

#include "journal_common.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ejournal::server::handlers::reporting {

QString userName(const char *user, const char *staff)
{
    return QStringLiteral("CASE WHEN %2.id IS NULL THEN %1.full_name ELSE %3 END")
        .arg(QLatin1String(user), QLatin1String(staff), journal::staffName(staff));
}

QString userJoin(const char *user, const char *staff)
{
    return QStringLiteral(" LEFT JOIN staff %2 ON %2.school_id = %1.school_id AND %2.user_id = %1.id")
        .arg(QLatin1String(user), QLatin1String(staff));
}

QString savedReportSelect()
{
    return QStringLiteral(
        "SELECT r.id, r.owner_id, %1, r.name, r.description, r.dataset, r.definition,"
        "       r.version, r.shared, r.updated_at"
        "  FROM report_definition r"
        "  JOIN app_user u ON u.school_id = r.school_id AND u.id = r.owner_id")
        .arg(userName("u", "us")) + userJoin("u", "us");
}

SavedReport readSavedReport(const QSqlQuery &q)
{
    SavedReport r;
    r.id = q.value(0).toLongLong();
    r.ownerId = q.value(1).toLongLong();
    r.ownerName = q.value(2).toString();
    r.name = q.value(3).toString();
    r.description = q.value(4).toString();
    r.dataset = q.value(5).toString();
    r.definitionJson = q.value(6).toString();
    r.version = q.value(7).toInt();
    r.shared = q.value(8).toBool();
    r.updatedAt = q.value(9).toDateTime();
    return r;
}

QCborMap SavedReport::toMap(const RequestContext &ctx) const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("dataset"), dataset},
            {QStringLiteral("owner"), QCborMap{{QStringLiteral("id"), ownerId},
                                               {QStringLiteral("name"), ownerName}}},
            {QStringLiteral("mine"), ownedBy(ctx)},
            {QStringLiteral("shared"), shared},
            {QStringLiteral("version"), version},
            {QStringLiteral("updatedAt"), isoTime(updatedAt)}};
}

QCborMap SavedReport::auditMap() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("dataset"), dataset},
            {QStringLiteral("version"), version},
            {QStringLiteral("shared"), shared},
            {QStringLiteral("definition"), cborOfJson(definitionJson)}};
}

SavedReport savedReport(const RequestContext &ctx, qint64 id, bool forUpdate)
{
    QSqlQuery q = ctx.sql.exec(savedReportSelect()
                                   + QStringLiteral(" WHERE r.school_id = ? AND r.id = ?")
                                   + (forUpdate ? QStringLiteral(" FOR UPDATE OF r") : QString()),
                               {ctx.caller.schoolId, id});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no saved report with id %1").arg(id),
                   {{QStringLiteral("id"), id}});
    return readSavedReport(q);
}

SavedReport visibleReport(const RequestContext &ctx, qint64 id)
{
    SavedReport report = savedReport(ctx, id);
    if (!report.ownedBy(ctx) && !report.shared)
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("the report «%1» is kept by %2 and not shared with the school")
                       .arg(report.name, report.ownerName),
                   {{QStringLiteral("id"), id}});
    return report;
}

Definition definitionFrom(const QCborValue &value)
{
    QString error;
    const std::optional<Definition> definition = Definition::fromCbor(value.toMap(), &error);
    if (!definition)
        throw fail(ErrorCode::Invalid, error,
                   {{QStringLiteral("path"), error.section(QStringLiteral(": "), 0, 0)}});
    return *definition;
}

Definition storedDefinition(const QString &json, qint64 reportId)
{
    QString error;
    const std::optional<Definition> definition =
        Definition::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &error);
    if (!definition)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the saved report %1 no longer fits the catalogue: %2")
                       .arg(reportId).arg(error),
                   {{QStringLiteral("path"), error.section(QStringLiteral(": "), 0, 0)}});
    return *definition;
}

QCborValue cborOfJson(const QString &json)
{
    return QCborValue::fromJsonValue(QJsonDocument::fromJson(json.toUtf8()).object());
}

QStringList shareRoles(const RequestContext &ctx)
{
    const QVariant roles = ctx.sql.scalar(
        QStringLiteral("SELECT array_to_string(share_roles, ',') FROM report_setting"
                       " WHERE school_id = ?"),
        {ctx.caller.schoolId});
    if (!roles.isValid())
        return {roleName(Role::Deputy), roleName(Role::Director)};
    return roles.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

bool mayShare(const RequestContext &ctx, const QStringList &roles)
{
    for (const QString &role : ctx.caller.roleNames)
        if (roles.contains(role))
            return true;
    return false;
}

bool mayManage(const RequestContext &ctx)
{
    return rolesGrant(ctx.caller.roles(), Capability::ReportsManage);
}

} // namespace ejournal::server::handlers::reporting

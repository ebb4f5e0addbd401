// reports.settings and reports.setSettings: which roles may share reports with the school
// (report_setting.share_roles; deputy and director until set), and what the caller may do.
#include "reports_common.h"

#include <QCborArray>

namespace ejournal::server::handlers::reporting {

namespace {

QCborArray textArray(const QStringList &items)
{
    QCborArray out;
    for (const QString &item : items)
        out.append(item);
    return out;
}

// The roles of the request, each a known role, without repeats; invalid naming the first
// unknown one.
QStringList requestedRoles(const RequestContext &ctx)
{
    QStringList roles;
    for (const QCborValue &value : ctx.params.value(QStringLiteral("shareRoles")).toArray()) {
        Role role;
        if (!value.isString() || !roleFromName(value.toString(), &role))
            throw fail(ErrorCode::Invalid,
                       QStringLiteral("«%1» is not a role").arg(value.toVariant().toString()),
                       {{QStringLiteral("shareRoles"), QStringLiteral("unknown role")}});
        if (!roles.contains(roleName(role)))
            roles.append(roleName(role));
    }
    return roles;
}

QCborMap rolesMap(const QStringList &roles)
{
    return {{QStringLiteral("shareRoles"), textArray(roles)}};
}

} // namespace

QCborValue reportSettings(RequestContext &ctx)
{
    const QStringList roles = shareRoles(ctx);
    QCborMap out = rolesMap(roles);
    out.insert(QStringLiteral("mayShare"), mayShare(ctx, roles));
    out.insert(QStringLiteral("mayManage"), mayManage(ctx));
    return out;
}

QCborValue setReportSettings(RequestContext &ctx)
{
    const QStringList roles = requestedRoles(ctx);
    ctx.write([&](AuditRecord &audit) {
        const QStringList before = shareRoles(ctx);
        ctx.sql.exec(QStringLiteral(
            "INSERT INTO report_setting (school_id, share_roles)"
            " VALUES (?, string_to_array(?, ','))"
            " ON CONFLICT (school_id) DO UPDATE SET share_roles = EXCLUDED.share_roles"),
            {ctx.caller.schoolId, roles.isEmpty() ? QStringLiteral("") : roles.join(QLatin1Char(','))});
        audit = {QStringLiteral("report.settings"), QStringLiteral("school"),
                 QString::number(ctx.caller.schoolId), rolesMap(before), rolesMap(roles), {}, 0};
    });
    return reportSettings(ctx);
}

} // namespace ejournal::server::handlers::reporting

// Saved reports: list (own and shared), get (a version), save (a new report or a new version
// of an own one, with its optimistic version check), delete, share and the list of versions.
// Definitions are stored as JSON; every write is one transaction with its audit record.
#include "reports_common.h"

#include "people_common.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ejournal::server::handlers::reporting {

namespace {

QString reportName(const RequestContext &ctx)
{
    const QString name = ctx.text(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        throw fail(ErrorCode::Invalid, QStringLiteral("a report needs a name"),
                   {{QStringLiteral("name"), QStringLiteral("must not be empty")}});
    return name;
}

QString jsonTextOf(const Definition &definition)
{
    return QString::fromUtf8(QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact));
}

qint64 insertReport(const RequestContext &ctx, const SavedReport &report)
{
    return ctx.sql.scalar(QStringLiteral(
        "INSERT INTO report_definition (school_id, owner_id, name, description, dataset,"
        " definition) VALUES (?, ?, ?, ?, ?, ?::jsonb) RETURNING id"),
        {ctx.caller.schoolId, ctx.caller.userId, report.name, report.description, report.dataset,
         report.definitionJson}).toLongLong();
}

void updateReport(const RequestContext &ctx, const SavedReport &report)
{
    ctx.sql.exec(QStringLiteral(
        "UPDATE report_definition SET name = ?, description = ?, dataset = ?,"
        " definition = ?::jsonb, version = ?, updated_at = now()"
        " WHERE school_id = ? AND id = ?"),
        {report.name, report.description, report.dataset, report.definitionJson, report.version,
         ctx.caller.schoolId, report.id});
}

void insertVersion(const RequestContext &ctx, const SavedReport &report)
{
    ctx.sql.exec(QStringLiteral(
        "INSERT INTO report_definition_version (school_id, report_id, version, name, description,"
        " definition, saved_by) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)"),
        {ctx.caller.schoolId, report.id, report.version, report.name, report.description,
         report.definitionJson, ctx.caller.userId});
}

// The own report to save a new version of, at the version the caller expects (when given).
SavedReport editableReport(const RequestContext &ctx, qint64 id)
{
    const SavedReport report = savedReport(ctx, id, true);
    if (!report.ownedBy(ctx))
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("the report «%1» is %2's: save a copy of it instead")
                       .arg(report.name, report.ownerName),
                   {{QStringLiteral("id"), id}});
    const QCborValue expected = ctx.params.value(QStringLiteral("expectedVersion"));
    if (expected.isInteger() && expected.toInteger() != report.version)
        throw fail(ErrorCode::Conflict,
                   QStringLiteral("the report «%1» was saved meanwhile (version %2, not %3)")
                       .arg(report.name).arg(report.version).arg(expected.toInteger()),
                   {{QStringLiteral("version"), report.version},
                    {QStringLiteral("current"), report.toMap(ctx)}});
    return report;
}

// May the caller set the report's sharing: share an own report with a share role; stop
// sharing likewise, or any report with reports management.
void requireMayShare(const RequestContext &ctx, const SavedReport &report, bool shared)
{
    if (report.ownedBy(ctx) && mayShare(ctx, shareRoles(ctx)))
        return;
    if (!shared && mayManage(ctx))
        return;
    throw fail(ErrorCode::Forbidden,
               report.ownedBy(ctx)
                   ? QStringLiteral("your roles may not share reports with the school")
                   : QStringLiteral("only the owner may share the report «%1»").arg(report.name),
               {{QStringLiteral("id"), report.id}});
}

} // namespace

QCborValue listReports(RequestContext &ctx)
{
    QSqlQuery q = ctx.sql.exec(savedReportSelect() + QStringLiteral(
        " WHERE r.school_id = ? AND (r.owner_id = ? OR r.shared)"
        " ORDER BY r.name COLLATE \"ru-x-icu\", r.id"),
        {ctx.caller.schoolId, ctx.caller.userId});
    QCborArray out;
    while (q.next())
        out.append(readSavedReport(q).toMap(ctx));
    return out;
}

QCborValue getReport(RequestContext &ctx)
{
    SavedReport report = visibleReport(ctx, ctx.integer(QStringLiteral("id")));
    const int current = report.version;
    const qint64 asked = ctx.integer(QStringLiteral("version"), current);
    if (asked != current) {
        QSqlQuery q = ctx.sql.exec(QStringLiteral(
            "SELECT name, description, definition FROM report_definition_version"
            " WHERE school_id = ? AND report_id = ? AND version = ?"),
            {ctx.caller.schoolId, report.id, asked});
        if (!q.next())
            throw fail(ErrorCode::NotFound,
                       QStringLiteral("the report «%1» has no version %2").arg(report.name).arg(asked),
                       {{QStringLiteral("version"), asked}});
        report.name = q.value(0).toString();
        report.description = q.value(1).toString();
        report.definitionJson = q.value(2).toString();
        report.version = int(asked);
    }
    QCborMap out = report.toMap(ctx);
    out.insert(QStringLiteral("currentVersion"), current);
    out.insert(QStringLiteral("definition"),
               storedDefinition(report.definitionJson, report.id).toCbor());
    return out;
}

QCborValue saveReport(RequestContext &ctx)
{
    const Definition definition = definitionFrom(ctx.params.value(QStringLiteral("definition")));
    SavedReport saved;
    saved.name = reportName(ctx);
    saved.description = people::trimmedText(ctx, QStringLiteral("description"));
    saved.dataset = definition.dataset;
    saved.definitionJson = jsonTextOf(definition);
    saved.id = ctx.integer(QStringLiteral("id"));
    ctx.write([&](AuditRecord &audit) {
        QCborValue before;
        if (saved.id == 0) {
            saved.version = 1;
            saved.id = insertReport(ctx, saved);
        } else {
            const SavedReport current = editableReport(ctx, saved.id);
            before = current.auditMap();
            saved.shared = current.shared;
            saved.version = current.version + 1;
            updateReport(ctx, saved);
        }
        insertVersion(ctx, saved);
        audit = {QStringLiteral("report.save"), QStringLiteral("report"), QString::number(saved.id),
                 before, saved.auditMap(), {}, 0};
    });
    return QCborMap{{QStringLiteral("id"), saved.id}, {QStringLiteral("version"), saved.version}};
}

QCborValue deleteReport(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    ctx.write([&](AuditRecord &audit) {
        const SavedReport report = savedReport(ctx, id, true);
        if (!report.ownedBy(ctx) && !mayManage(ctx))
            throw fail(ErrorCode::Forbidden,
                       QStringLiteral("only the owner may delete the report «%1»").arg(report.name),
                       {{QStringLiteral("id"), id}});
        ctx.sql.exec(QStringLiteral("DELETE FROM report_definition WHERE school_id = ? AND id = ?"),
                     {ctx.caller.schoolId, id});
        audit = {QStringLiteral("report.delete"), QStringLiteral("report"), QString::number(id),
                 report.auditMap(), {}, {}, 0};
    });
    return QCborMap();
}

QCborValue shareReport(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const bool shared = ctx.params.value(QStringLiteral("shared")).toBool();
    ctx.write([&](AuditRecord &audit) {
        const SavedReport report = savedReport(ctx, id, true);
        requireMayShare(ctx, report, shared);
        ctx.sql.exec(QStringLiteral("UPDATE report_definition SET shared = ?"
                                    " WHERE school_id = ? AND id = ?"),
                     {shared, ctx.caller.schoolId, id});
        audit = {QStringLiteral("report.share"), QStringLiteral("report"), QString::number(id),
                 QCborMap{{QStringLiteral("name"), report.name},
                          {QStringLiteral("shared"), report.shared}},
                 QCborMap{{QStringLiteral("name"), report.name},
                          {QStringLiteral("shared"), shared}}, {}, 0};
    });
    return QCborMap{{QStringLiteral("id"), id}, {QStringLiteral("shared"), shared}};
}

QCborValue reportVersions(RequestContext &ctx)
{
    const SavedReport report = visibleReport(ctx, ctx.integer(QStringLiteral("id")));
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT v.version, v.name, v.saved_at, v.saved_by, %1"
        "  FROM report_definition_version v"
        "  LEFT JOIN app_user u ON u.school_id = v.school_id AND u.id = v.saved_by%2"
        " WHERE v.school_id = ? AND v.report_id = ? ORDER BY v.version DESC")
        .arg(userName("u", "us"), userJoin("u", "us")),
        {ctx.caller.schoolId, report.id});
    QCborArray out;
    while (q.next())
        out.append(QCborMap{{QStringLiteral("version"), q.value(0).toInt()},
                            {QStringLiteral("name"), q.value(1).toString()},
                            {QStringLiteral("savedAt"), isoTime(q.value(2).toDateTime())},
                            {QStringLiteral("savedBy"),
                             QCborMap{{QStringLiteral("id"), q.value(3).toLongLong()},
                                      {QStringLiteral("name"), q.value(4).toString()}}}});
    return out;
}

} // namespace ejournal::server::handlers::reporting

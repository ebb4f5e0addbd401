// What the reports handlers (reports_run, _store, _options, _settings) share: a saved report
// of the caller's school and who may see, change and share it; a definition read from a request
// or from the database; and the handlers themselves, routed in reports.cpp.
#pragma once

#include "checks.h"
#include "reportdefinition.h"

#include <QCborMap>
#include <QDateTime>
#include <QStringList>

namespace ejournal::server::handlers::reporting {

using ejournal::reports::Definition;

// A row of report_definition with its owner's name.
struct SavedReport
{
    qint64 id = 0;
    qint64 ownerId = 0;  // app_user
    QString ownerName;
    QString name;
    QString description;
    QString dataset;
    QString definitionJson;  // the current version's definition
    int version = 0;
    bool shared = false;
    QDateTime updatedAt;

    bool ownedBy(const RequestContext &ctx) const { return ownerId == ctx.caller.userId; }
    // {id, name, description, dataset, owner: {id, name}, mine, shared, version, updatedAt}
    QCborMap toMap(const RequestContext &ctx) const;
    // {name, description, dataset, version, shared, definition}: the audit's before/after.
    QCborMap auditMap() const;
};

// The name of a user (app_user aliased `user`): the staff member's full name (staff aliased
// `staff`, joined by userJoin) when the user is staff, else the account's name.
QString userName(const char *user, const char *staff);
QString userJoin(const char *user, const char *staff);

// The SELECT of saved reports ("report_definition r" with its owner) that readSavedReport
// reads; a WHERE follows.
QString savedReportSelect();
SavedReport readSavedReport(const QSqlQuery &q);

// The report of the caller's school (locked for the write when forUpdate), or not_found.
SavedReport savedReport(const RequestContext &ctx, qint64 id, bool forUpdate = false);
// The report when the caller may see it (own or shared with the school), else forbidden.
SavedReport visibleReport(const RequestContext &ctx, qint64 id);

// A definition sent by the client: invalid with the path in the message and details.path.
Definition definitionFrom(const QCborValue &value);
// A definition stored as JSON text (report_definition.definition).
Definition storedDefinition(const QString &json, qint64 reportId);
// JSON text as CBOR (for results and the audit).
QCborValue cborOfJson(const QString &json);

// The school's share roles (deputy and director when not set).
QStringList shareRoles(const RequestContext &ctx);
// Whether one of the caller's roles is a share role; whether the caller has ReportsManage.
bool mayShare(const RequestContext &ctx, const QStringList &roles);
bool mayManage(const RequestContext &ctx);

// The handlers (reports_run.cpp, reports_store.cpp, reports_options.cpp, reports_settings.cpp).
QCborValue runReport(RequestContext &ctx);
QCborValue listReports(RequestContext &ctx);
QCborValue getReport(RequestContext &ctx);
QCborValue saveReport(RequestContext &ctx);
QCborValue deleteReport(RequestContext &ctx);
QCborValue shareReport(RequestContext &ctx);
QCborValue reportVersions(RequestContext &ctx);
QCborValue reportOptions(RequestContext &ctx);
QCborValue reportSettings(RequestContext &ctx);
QCborValue setReportSettings(RequestContext &ctx);

} // namespace ejournal::server::handlers::reporting

// The catalogue's reports: run a definition (a saved report, a standard template or one being
// designed), keep report definitions with their versions, share them with the school, and the
// lists a report's parameters are chosen from. Rows are limited to what the caller may read
// (the datasets' access filters, server/reports/).
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> reportsMethods()
{
    using namespace catalogue;
    const Capability run = Capability::ReportsRun;
    return {
        method("reports.run", "Run a report: a definition, a saved report or a standard template",
               run, {map("definition", false), integer("id", false), text("template", 64, false),
                     map("params", false)}),
        method("reports.list", "Saved reports the caller may run: own and shared", run, {}),
        method("reports.get", "A saved report with its definition (a version of it)", run,
               {integer("id"), integer("version", false)}),
        method("reports.save", "Save a new report, or a new version of an own report", run,
               {integer("id", false), text("name", 200), text("description", 2000, false),
                map("definition"), integer("expectedVersion", false)}),
        method("reports.delete", "Delete an own report (or any, with reports management)", run,
               {integer("id")}),
        method("reports.share", "Share an own report with the school or stop sharing it", run,
               {integer("id"), boolean("shared")}),
        method("reports.versions", "The saved versions of a report", run, {integer("id")}),
        method("reports.options", "Years, periods, classes, subjects, teachers, kinds of work "
               "and students a report's parameters can take", run,
               {integer("academicYearId", false)}),
        method("reports.settings", "Who may share reports, and whether the caller may", run, {}),
        method("reports.setSettings", "Set which roles may share reports with the school",
               Capability::ReportsManage, {array("shareRoles")}),
    };
}

} // namespace ejournal

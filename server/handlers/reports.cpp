// Routes of the reports area (reports.*): running reports, saved report definitions with
// their versions and sharing, the choices of parameters, and who may share.
#include "reports_common.h"
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> reportsRoutes()
{
    using namespace reporting;
    return {
        {"reports.run", runReport},
        {"reports.list", listReports},
        {"reports.get", getReport},
        {"reports.save", saveReport},
        {"reports.delete", deleteReport},
        {"reports.share", shareReport},
        {"reports.versions", reportVersions},
        {"reports.options", reportOptions},
        {"reports.settings", reportSettings},
        {"reports.setSettings", setReportSettings},
    };
}

} // namespace ejournal::server::handlers

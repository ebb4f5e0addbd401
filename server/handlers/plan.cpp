// Routes of the plan area: the КТП of a load, kinds of work, mark scales, journal settings
// and lesson attachments (handlers in plan_*.cpp).
#include "plan_handlers.h"
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> planRoutes()
{
    using namespace plan;
    return {
        {"workTypes.list", listWorkTypes},
        {"workTypes.create", createWorkType},
        {"workTypes.update", updateWorkType},
        {"scales.list", listScales},
        {"scales.set", setScale},
        {"journalSettings.get", getSettings},
        {"journalSettings.set", setSettings},
        {"plan.list", listItems},
        {"plan.create", createItem},
        {"plan.update", updateItem},
        {"plan.delete", deleteItem},
        {"plan.move", moveItem},
        {"plan.import", importPlan},
        {"plan.copy", copyPlan},
        {"plan.fact", planFact},
        {"plan.distribute", distributePlan},
        {"attachments.add", addAttachment},
        {"attachments.list", listAttachments},
        {"attachments.get", getAttachment},
        {"attachments.remove", removeAttachment},
    };
}

} // namespace ejournal::server::handlers

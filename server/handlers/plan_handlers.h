// The plan area's handlers: КТП items (plan_items.cpp), import from CSV (plan_import.cpp),
// copy (plan_copy.cpp), plan versus fact and dates from the lessons (plan_fact.cpp), kinds
// of work (plan_worktypes.cpp), mark scales and journal settings (plan_settings.cpp), lesson
// attachments (plan_attachments.cpp). plan.cpp routes them.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers::plan {

// plan_items.cpp
QCborValue listItems(RequestContext &ctx);
QCborValue createItem(RequestContext &ctx);
QCborValue updateItem(RequestContext &ctx);
QCborValue deleteItem(RequestContext &ctx);
QCborValue moveItem(RequestContext &ctx);
// plan_import.cpp
QCborValue importPlan(RequestContext &ctx);
// plan_copy.cpp
QCborValue copyPlan(RequestContext &ctx);
// plan_fact.cpp
QCborValue planFact(RequestContext &ctx);
QCborValue distributePlan(RequestContext &ctx);
// plan_worktypes.cpp
QCborValue listWorkTypes(RequestContext &ctx);
QCborValue createWorkType(RequestContext &ctx);
QCborValue updateWorkType(RequestContext &ctx);
// plan_settings.cpp
QCborValue listScales(RequestContext &ctx);
QCborValue setScale(RequestContext &ctx);
QCborValue getSettings(RequestContext &ctx);
QCborValue setSettings(RequestContext &ctx);
// plan_attachments.cpp
QCborValue addAttachment(RequestContext &ctx);
QCborValue listAttachments(RequestContext &ctx);
QCborValue getAttachment(RequestContext &ctx);
QCborValue removeAttachment(RequestContext &ctx);

} // namespace ejournal::server::handlers::plan

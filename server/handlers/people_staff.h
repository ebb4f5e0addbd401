// staff.* handlers: the school's staff list (сотрудники), adding, editing and archiving.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers::people {

QCborValue listStaff(RequestContext &ctx);
QCborValue createStaff(RequestContext &ctx);
QCborValue updateStaff(RequestContext &ctx);
QCborValue archiveStaff(RequestContext &ctx);

} // namespace ejournal::server::handlers::people

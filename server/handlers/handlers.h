// Every method handler, grouped by area (one .cpp per area). The dispatcher's table in
// dispatcher.cpp maps catalogue names to these functions.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers {

// auth.cpp
QCborValue hello(RequestContext &ctx);
QCborValue login(RequestContext &ctx);
QCborValue resume(RequestContext &ctx);
QCborValue logout(RequestContext &ctx);
QCborValue changePassword(RequestContext &ctx);
// system.cpp
QCborValue methods(RequestContext &ctx);
// sessions.cpp
QCborValue listSessions(RequestContext &ctx);
QCborValue revokeSession(RequestContext &ctx);
// audit.cpp
QCborValue listAudit(RequestContext &ctx);

} // namespace ejournal::server::handlers

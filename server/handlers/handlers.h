// The core methods' handlers (auth.cpp, system.cpp, sessions.cpp, audit.cpp); core.cpp
// routes them. Other areas keep their handlers private to their own .cpp.
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

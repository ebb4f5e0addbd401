// Routes of the core methods (handlers in auth.cpp, system.cpp, sessions.cpp, audit.cpp).
#include "handlers.h"
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> coreRoutes()
{
    return {
        {"hello", hello},
        {"auth.login", login},
        {"auth.resume", resume},
        {"auth.logout", logout},
        {"auth.changePassword", changePassword},
        {"system.methods", methods},
        {"sessions.list", listSessions},
        {"sessions.revoke", revokeSession},
        {"audit.list", listAudit},
    };
}

} // namespace ejournal::server::handlers

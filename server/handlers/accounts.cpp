// Handlers of the accounts methods.
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> accountsRoutes()
{
    return {
    };
}

} // namespace ejournal::server::handlers

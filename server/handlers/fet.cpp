// Handlers of the FET import methods.
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> fetRoutes()
{
    return {
    };
}

} // namespace ejournal::server::handlers

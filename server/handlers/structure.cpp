// Handlers of the structure methods.
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> structureRoutes()
{
    return {
    };
}

} // namespace ejournal::server::handlers

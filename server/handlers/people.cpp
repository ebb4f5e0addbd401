// Handlers of the people methods.
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> peopleRoutes()
{
    return {
    };
}

} // namespace ejournal::server::handlers

// Handlers of the lessons methods.
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> lessonsRoutes()
{
    return {
    };
}

} // namespace ejournal::server::handlers

// Handlers of the curriculum methods.
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> curriculumRoutes()
{
    return {
    };
}

} // namespace ejournal::server::handlers

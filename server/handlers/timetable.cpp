// Handlers of the timetable methods.
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> timetableRoutes()
{
    return {
    };
}

} // namespace ejournal::server::handlers

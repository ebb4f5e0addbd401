// Routes of the structure methods (handlers in structure_years.cpp, structure_periods.cpp,
// structure_holidays.cpp, structure_subjects.cpp, structure_rooms.cpp, structure_bells.cpp).
#include "routes.h"
#include "structure_handlers.h"

namespace ejournal::server::handlers {

QList<Route> structureRoutes()
{
    using namespace structure;
    return {
        {"years.list", listYears},
        {"years.create", createYear},
        {"years.update", updateYear},
        {"years.setState", setYearState},
        {"periodSchemes.list", listPeriodSchemes},
        {"periodSchemes.create", createPeriodScheme},
        {"periodSchemes.update", updatePeriodScheme},
        {"periodSchemes.delete", deletePeriodScheme},
        {"holidays.list", listHolidays},
        {"holidays.create", createHoliday},
        {"holidays.update", updateHoliday},
        {"holidays.delete", deleteHoliday},
        {"subjects.list", listSubjects},
        {"subjects.create", createSubject},
        {"subjects.update", updateSubject},
        {"subjects.archive", archiveSubject},
        {"rooms.list", listRooms},
        {"rooms.create", createRoom},
        {"rooms.update", updateRoom},
        {"rooms.archive", archiveRoom},
        {"bells.list", listBells},
        {"bells.set", setBells},
    };
}

} // namespace ejournal::server::handlers

// Routes of the timetable methods (handlers in timetable_*.cpp).
#include "routes.h"
#include "timetable_handlers.h"

namespace ejournal::server::handlers {

QList<Route> timetableRoutes()
{
    return {
        {"timetable.versions", timetableVersions},
        {"timetable.createVersion", createTimetableVersion},
        {"timetable.updateVersion", updateTimetableVersion},
        {"timetable.deleteVersion", deleteTimetableVersion},
        {"timetable.get", getTimetable},
        {"timetable.unplaced", unplacedLoad},
        {"timetable.save", saveTimetable},
        {"timetable.check", checkTimetable},
        {"timetable.unavailability", teacherUnavailability},
        {"timetable.setUnavailability", setTeacherUnavailability},
        {"timetable.forStudent", studentTimetable},
        {"timetable.forTeacher", teacherTimetable},
    };
}

} // namespace ejournal::server::handlers

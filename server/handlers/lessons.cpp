// Routes of the lessons area: the lesson calendar generated from the timetable, lesson lists,
// the deputy's substitutions, moves, cancellations and merges, and the day's changes sheet
// (handlers in lessons_generate.cpp, lessons_list.cpp and lessons_changes.cpp).
#include "lessons_handlers.h"
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> lessonsRoutes()
{
    return {
        {"lessons.generate", generateLessons},
        {"lessons.list", listLessons},
        {"lessons.my", myLessons},
        {"lessons.freeTeachers", freeTeachers},
        {"lessons.substitute", substituteLesson},
        {"lessons.move", moveLesson},
        {"lessons.cancel", cancelLesson},
        {"lessons.restore", restoreLesson},
        {"lessons.merge", mergeLessons},
        {"changes.day", dayChanges},
    };
}

} // namespace ejournal::server::handlers

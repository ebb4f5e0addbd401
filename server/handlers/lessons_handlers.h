// The lessons area's handlers: generation from the timetable (lessons_generate.cpp), lists
// and the day's changes sheet (lessons_list.cpp), substitutions, moves, cancellations and
// merges (lessons_changes.cpp). lessons.cpp routes them.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers {

// lessons_generate.cpp
QCborValue generateLessons(RequestContext &ctx);
// lessons_list.cpp
QCborValue listLessons(RequestContext &ctx);
QCborValue myLessons(RequestContext &ctx);
QCborValue dayChanges(RequestContext &ctx);
// lessons_changes.cpp
QCborValue freeTeachers(RequestContext &ctx);
QCborValue substituteLesson(RequestContext &ctx);
QCborValue moveLesson(RequestContext &ctx);
QCborValue cancelLesson(RequestContext &ctx);
QCborValue restoreLesson(RequestContext &ctx);
QCborValue mergeLessons(RequestContext &ctx);

// The dated lessons the timetable asks for (also run directly by tests/bench_lessons.cpp).
// Numbered parameters: $1 school id, $2 academic year id, $3 first date, $4 last date.
// Columns: entry_id, assignment_id, on_date, lesson_no, teacher_id, room_id — one row per
// load, date and lesson number.
const QString &lessonSlotsQuery();

} // namespace ejournal::server::handlers

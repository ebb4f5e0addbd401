// The timetable area's handlers: versions (timetable_versions.cpp), reading the grid, the
// unplaced load and a student's or teacher's week (timetable_read.cpp), the editor's save and
// check (timetable_save.cpp), teachers' forbidden slots (timetable_unavailability.cpp).
// timetable.cpp routes them.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers {

// timetable_versions.cpp
QCborValue timetableVersions(RequestContext &ctx);
QCborValue createTimetableVersion(RequestContext &ctx);
QCborValue updateTimetableVersion(RequestContext &ctx);
QCborValue deleteTimetableVersion(RequestContext &ctx);
// timetable_read.cpp
QCborValue getTimetable(RequestContext &ctx);
QCborValue unplacedLoad(RequestContext &ctx);
QCborValue studentTimetable(RequestContext &ctx);
QCborValue teacherTimetable(RequestContext &ctx);
// timetable_save.cpp
QCborValue saveTimetable(RequestContext &ctx);
QCborValue checkTimetable(RequestContext &ctx);
// timetable_unavailability.cpp
QCborValue teacherUnavailability(RequestContext &ctx);
QCborValue setTeacherUnavailability(RequestContext &ctx);

} // namespace ejournal::server::handlers

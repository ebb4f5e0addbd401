// The structure methods' handlers, one file per topic; structure.cpp routes them.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers::structure {

// structure_years.cpp
QCborValue listYears(RequestContext &ctx);
QCborValue createYear(RequestContext &ctx);
QCborValue updateYear(RequestContext &ctx);
QCborValue setYearState(RequestContext &ctx);
// structure_periods.cpp
QCborValue listPeriodSchemes(RequestContext &ctx);
QCborValue createPeriodScheme(RequestContext &ctx);
QCborValue updatePeriodScheme(RequestContext &ctx);
QCborValue deletePeriodScheme(RequestContext &ctx);
// structure_holidays.cpp
QCborValue listHolidays(RequestContext &ctx);
QCborValue createHoliday(RequestContext &ctx);
QCborValue updateHoliday(RequestContext &ctx);
QCborValue deleteHoliday(RequestContext &ctx);
// structure_subjects.cpp
QCborValue listSubjects(RequestContext &ctx);
QCborValue createSubject(RequestContext &ctx);
QCborValue updateSubject(RequestContext &ctx);
QCborValue archiveSubject(RequestContext &ctx);
// structure_rooms.cpp
QCborValue listRooms(RequestContext &ctx);
QCborValue createRoom(RequestContext &ctx);
QCborValue updateRoom(RequestContext &ctx);
QCborValue archiveRoom(RequestContext &ctx);
// structure_bells.cpp
QCborValue listBells(RequestContext &ctx);
QCborValue setBells(RequestContext &ctx);

} // namespace ejournal::server::handlers::structure

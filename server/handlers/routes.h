// Which handler serves which catalogue method: one list per area, in that area's .cpp
// (coreRoutes in core.cpp, structureRoutes in structure.cpp, ...). The dispatcher joins them.
#pragma once

#include "requestcontext.h"

#include <QList>

namespace ejournal::server::handlers {

struct Route
{
    const char *method;
    Handler handler;
};

QList<Route> coreRoutes();
QList<Route> structureRoutes();
QList<Route> peopleRoutes();
QList<Route> curriculumRoutes();
QList<Route> accountsRoutes();
QList<Route> timetableRoutes();
QList<Route> fetRoutes();
QList<Route> lessonsRoutes();
QList<Route> yearCloseRoutes();
QList<Route> paperRoutes();
QList<Route> serverRoutes();  // backups.cpp
QList<Route> journalRoutes();
QList<Route> planRoutes();
QList<Route> reportsRoutes();

inline QList<Route> allRoutes()
{
    return coreRoutes() + structureRoutes() + peopleRoutes() + curriculumRoutes()
        + accountsRoutes() + timetableRoutes() + fetRoutes() + lessonsRoutes() + yearCloseRoutes()
        + paperRoutes() + serverRoutes() + journalRoutes() + planRoutes() + reportsRoutes();
}

} // namespace ejournal::server::handlers

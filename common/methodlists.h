// The catalogue's parts, one per area (common/methods_<area>.cpp), and the shorthand they
// are written in. methodCatalogue() joins them; a name may appear in one part only.
#pragma once

#include "methods.h"

namespace ejournal {

QList<MethodInfo> coreMethods();        // hello, auth.*, system.*, sessions.*, audit.*
QList<MethodInfo> structureMethods();   // years, periods, holidays, subjects, rooms, bells
QList<MethodInfo> peopleMethods();      // staff, students, guardians, classes, movement, groups
QList<MethodInfo> curriculumMethods();  // curriculum and teaching load
QList<MethodInfo> accountsMethods();    // accounts, credentials, CSV import
QList<MethodInfo> timetableMethods();   // timetable versions, entries, conflicts
QList<MethodInfo> fetMethods();         // import of timetables made with FET
QList<MethodInfo> lessonsMethods();     // dated lessons, the calendar, substitutions, changes
QList<MethodInfo> yearCloseMethods();   // closing a year and opening the next one
QList<MethodInfo> paperMethods();       // paper copies: class journal, summary sheet, extract
QList<MethodInfo> serverMethods();      // backups and the server's health (admin)
QList<MethodInfo> journalMethods();     // journals: cells, lesson cards, finals, corrections
QList<MethodInfo> planMethods();        // КТП, kinds of work, scales, journal settings, attachments
QList<MethodInfo> reportsMethods();     // reports: run, definitions, sharing

namespace catalogue {

inline ParamSpec text(const char *name, int maxLength, bool required = true)
{
    return ParamSpec{QString::fromLatin1(name), ParamType::Text, required, maxLength};
}
inline ParamSpec integer(const char *name, bool required = true)
{
    return ParamSpec{QString::fromLatin1(name), ParamType::Integer, required, 0};
}
inline ParamSpec boolean(const char *name, bool required = true)
{
    return ParamSpec{QString::fromLatin1(name), ParamType::Boolean, required, 0};
}
inline ParamSpec map(const char *name, bool required = true)
{
    return ParamSpec{QString::fromLatin1(name), ParamType::Map, required, 0};
}
inline ParamSpec array(const char *name, bool required = true)
{
    return ParamSpec{QString::fromLatin1(name), ParamType::Array, required, 0};
}
inline ParamSpec date(const char *name, bool required = true)
{
    return ParamSpec{QString::fromLatin1(name), ParamType::Date, required, 0};
}
inline ParamSpec number(const char *name, bool required = true)
{
    return ParamSpec{QString::fromLatin1(name), ParamType::Number, required, 0};
}
inline ParamSpec bytes(const char *name, bool required = true)
{
    return ParamSpec{QString::fromLatin1(name), ParamType::Bytes, required, 0};
}
// A method of the authenticated state.
inline MethodInfo method(const char *name, const char *summary, Capability capability,
                         QList<ParamSpec> params)
{
    return MethodInfo{QString::fromLatin1(name), QString::fromLatin1(summary),
                      Stage::Authenticated, capability, std::move(params), false};
}

} // namespace catalogue
} // namespace ejournal

// The catalogue's structure methods (see common/PROTOCOL.md, "Structure methods"): what the
// deputy sets up before a school year — years, period schemes, holidays, subjects, rooms, bells.
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> structureMethods()
{
    using namespace catalogue;
    constexpr Capability read = Capability::StructureRead;
    constexpr Capability manage = Capability::StructureManage;
    return {
        method("years.list", "Academic years of the school, newest first", read, {}),
        method("years.create", "Add an academic year (state planning)", manage,
               {text("name", 50), date("startsOn"), date("endsOn")}),
        method("years.update", "Rename an academic year or move its dates", manage,
               {integer("id"), text("name", 50, false), date("startsOn", false),
                date("endsOn", false)}),
        method("years.setState", "Activate or close an academic year", manage,
               {integer("id"), text("state", 20)}),

        method("periodSchemes.list", "Period schemes of a year with their periods", read,
               {integer("academicYearId")}),
        method("periodSchemes.create",
               "Add a period scheme (quarters, trimesters, halves, year); default dates when none given",
               manage,
               {integer("academicYearId"), text("kind", 20), text("name", 100, false),
                array("periods", false)}),
        method("periodSchemes.update", "Rename a period scheme or replace its period dates", manage,
               {integer("id"), text("name", 100, false), array("periods", false)}),
        method("periodSchemes.delete", "Delete a period scheme no class follows", manage,
               {integer("id")}),

        method("holidays.list", "Holidays of a year", read, {integer("academicYearId")}),
        method("holidays.create", "Add a holiday, for every grade or some", manage,
               {integer("academicYearId"), text("name", 200), date("startsOn"), date("endsOn"),
                array("grades", false)}),
        method("holidays.update", "Change a holiday", manage,
               {integer("id"), text("name", 200, false), date("startsOn", false),
                date("endsOn", false), array("grades", false)}),
        method("holidays.delete", "Delete a holiday", manage, {integer("id")}),

        method("subjects.list", "Subjects of the school by name", read,
               {boolean("includeArchived", false)}),
        method("subjects.create", "Add a subject", manage,
               {text("name", 200), text("shortName", 50), text("component", 20)}),
        method("subjects.update", "Change a subject", manage,
               {integer("id"), text("name", 200, false), text("shortName", 50, false),
                text("component", 20, false)}),
        method("subjects.archive", "Archive a subject or bring it back", manage,
               {integer("id"), boolean("archived")}),

        method("rooms.list", "Rooms of the school by name", read,
               {boolean("includeArchived", false)}),
        method("rooms.create", "Add a room", manage,
               {text("name", 50), text("title", 200, false), integer("capacity", false)}),
        method("rooms.update", "Change a room", manage,
               {integer("id"), text("name", 50, false), text("title", 200, false),
                integer("capacity", false)}),
        method("rooms.archive", "Archive a room or bring it back", manage,
               {integer("id"), boolean("archived")}),

        method("bells.list", "Bell schedule of a year, both shifts", read,
               {integer("academicYearId")}),
        method("bells.set", "Replace one shift's bell schedule", manage,
               {integer("academicYearId"), integer("shift"), array("lessons")}),
    };
}

} // namespace ejournal

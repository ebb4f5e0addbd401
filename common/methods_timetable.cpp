// The catalogue's timetable methods (see common/PROTOCOL.md, "Timetable methods"): versions
// with a valid-from date, their weekly entries with every conflict, the editor's batch save and
// what-if check, teachers' forbidden slots, and the week of a student or a teacher.
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> timetableMethods()
{
    using namespace catalogue;
    constexpr Capability read = Capability::TimetableRead;
    constexpr Capability manage = Capability::TimetableManage;
    return {
        method("timetable.versions", "Timetable versions of a year by valid-from date", read,
               {integer("academicYearId")}),
        method("timetable.createVersion",
               "Add a timetable version from a date, empty or copied from another one", manage,
               {integer("academicYearId"), text("name", 200), date("validFrom"),
                integer("copyFromVersionId", false)}),
        method("timetable.updateVersion", "Rename a timetable version or move its start", manage,
               {integer("id"), text("name", 200, false), date("validFrom", false)}),
        method("timetable.deleteVersion",
               "Delete a timetable version no dated lesson was generated from", manage,
               {integer("id")}),

        method("timetable.get",
               "A version's entries (all, or of a class, teacher or room) and its conflicts",
               read,
               {integer("versionId"), integer("classId", false), integer("staffId", false),
                integer("roomId", false)}),
        method("timetable.unplaced", "Load not yet placed in a version, of a class or all",
               read, {integer("versionId"), integer("classId", false)}),
        method("timetable.save",
               "Apply a batch of placements, moves and removals; refused on conflicts", manage,
               {integer("versionId"), array("changes"), array("acceptWarnings", false)}),
        method("timetable.check", "The conflicts a batch of changes would give, saving nothing",
               manage, {integer("versionId"), array("changes")}),

        method("timetable.unavailability", "A teacher's forbidden slots", read,
               {integer("staffId")}),
        method("timetable.setUnavailability", "Replace a teacher's forbidden slots", manage,
               {integer("staffId"), array("slots")}),

        method("timetable.forStudent", "A student's week as of a date (own or a child's)", read,
               {integer("studentId", false), date("date", false)}),
        method("timetable.forTeacher", "A teacher's week as of a date (default: the caller)",
               read, {integer("staffId", false), date("date", false)}),
    };
}

} // namespace ejournal

// The catalogue's curriculum methods (see common/PROTOCOL.md): the curriculum (учебный план),
// the teaching load (учебная нагрузка) and the coverage of the one by the other.
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> curriculumMethods()
{
    using namespace catalogue;
    return {
        method("curriculum.list", "Curriculum of a year's classes, with weekly totals per class",
               Capability::StructureRead, {integer("academicYearId"), integer("classId", false)}),
        method("curriculum.set", "Set a subject's weekly hours in a class's curriculum (0 removes)",
               Capability::StructureManage,
               {integer("classId"), integer("subjectId"), text("part", 10),
                number("hoursPerWeek")}),
        method("curriculum.copy", "Replace the curriculum of parallel classes with a class's one",
               Capability::StructureManage, {integer("fromClassId"), array("toClassIds")}),
        method("curriculum.coverage", "Planned hours against assigned load, with the gaps",
               Capability::StructureRead, {integer("academicYearId"), integer("classId", false)}),
        method("load.list", "Teaching load of a year, with weekly totals per teacher",
               Capability::StructureRead,
               {integer("academicYearId"), integer("staffId", false), integer("classId", false)}),
        method("load.create", "Give a teacher a subject in a class or a group",
               Capability::StructureManage,
               {integer("staffId"), integer("subjectId"), integer("classId", false),
                integer("groupId", false), number("hoursPerWeek")}),
        method("load.update", "Change a load's teacher or weekly hours",
               Capability::StructureManage,
               {integer("id"), integer("staffId", false), number("hoursPerWeek", false)}),
        method("load.delete", "Remove a load", Capability::StructureManage, {integer("id")}),
    };
}

} // namespace ejournal

// The catalogue's people methods: staff, students, guardians, classes, the movement book and
// study groups (see common/PROTOCOL.md, "People methods").
#include "methodlists.h"

namespace ejournal {

namespace {
using namespace catalogue;

// Surname, name and patronymic; required on create, optional on update.
QList<ParamSpec> personNames(bool required)
{
    return {text("lastName", 100, required), text("firstName", 100, required),
            text("middleName", 100, false)};
}

QList<ParamSpec> staffFields()
{
    return {text("position", 200, false), text("email", 200, false), text("phone", 50, false)};
}

QList<ParamSpec> studentFields()
{
    return {date("birthDate", false), text("gender", 1, false), text("personalFileNo", 50, false)};
}

QList<ParamSpec> guardianFields()
{
    return {text("phone", 50, false), text("email", 200, false)};
}

QList<ParamSpec> classFields()
{
    return {integer("classTeacherId", false), integer("periodSchemeId", false),
            integer("shift", false), integer("roomId", false)};
}

QList<ParamSpec> movementFields()
{
    return {integer("studentId"), date("date"), text("orderNo", 50), text("reason", 500, false)};
}

QList<MethodInfo> staffMethods()
{
    return {
        method("staff.list", "Staff of the school, by surname", Capability::PeopleRead,
               {boolean("includeArchived", false)}),
        method("staff.create", "Add a staff member", Capability::PeopleManage,
               personNames(true) + staffFields()),
        method("staff.update", "Change a staff member's names, position or contacts",
               Capability::PeopleManage, QList{integer("id")} + personNames(false) + staffFields()),
        method("staff.archive", "Archive (or restore) a staff member who has left",
               Capability::PeopleManage, {integer("id"), boolean("archived", false)}),
    };
}

QList<MethodInfo> studentMethods()
{
    return {
        method("students.list", "Students with their class on a date (own classes for a class teacher)",
               Capability::PeopleRead,
               {integer("classId", false), date("date", false), text("search", 100, false),
                integer("academicYearId", false)}),
        method("students.get", "A student's personal file: guardians, enrolment, movements",
               Capability::PeopleRead, {integer("id")}),
        method("students.create", "Add a student", Capability::PeopleManage,
               personNames(true) + studentFields()),
        method("students.update", "Change a student's personal data", Capability::PeopleManage,
               QList{integer("id")} + personNames(false) + studentFields()),
        method("students.classOn", "The class a student was in on a date", Capability::PeopleRead,
               {integer("studentId"), date("date")}),
        method("guardians.create", "Add a parent or guardian, optionally linked to a student",
               Capability::PeopleManage,
               personNames(true) + guardianFields()
                   + QList{integer("studentId", false), text("relation", 20, false)}),
        method("guardians.update", "Change a guardian's names or contacts",
               Capability::PeopleManage,
               QList{integer("id")} + personNames(false) + guardianFields()),
        method("guardians.link", "Link a guardian to a student (or change the relation)",
               Capability::PeopleManage,
               {integer("guardianId"), integer("studentId"), text("relation", 20)}),
        method("guardians.unlink", "Remove a guardian's link to a student",
               Capability::PeopleManage, {integer("guardianId"), integer("studentId")}),
    };
}

QList<MethodInfo> classMethods()
{
    return {
        method("classes.list", "Classes of an academic year with class teachers",
               Capability::StructureRead, {integer("academicYearId")}),
        method("classes.create", "Add a class to an academic year", Capability::StructureManage,
               QList{integer("academicYearId"), integer("grade"), text("letter", 2)}
                   + classFields()),
        method("classes.update", "Change a class: grade, letter, class teacher, scheme, shift, room",
               Capability::StructureManage,
               QList{integer("id"), integer("grade", false), text("letter", 2, false)}
                   + classFields()),
    };
}

QList<MethodInfo> movementMethods()
{
    return {
        method("movement.admit", "Admit a student to a class (movement book)",
               Capability::PeopleManage, movementFields() + QList{integer("classId")}),
        method("movement.transfer", "Transfer a student to another class (movement book)",
               Capability::PeopleManage, movementFields() + QList{integer("toClassId")}),
        method("movement.withdraw", "Withdraw a student from the school (movement book)",
               Capability::PeopleManage, movementFields()),
        method("movement.list", "The movement book: admissions, transfers, withdrawals",
               Capability::PeopleRead,
               {date("from", false), date("to", false), integer("classId", false)}),
    };
}

QList<MethodInfo> groupMethods()
{
    return {
        method("groups.list", "Study groups of an academic year", Capability::StructureRead,
               {integer("academicYearId"), integer("classId", false)}),
        method("groups.create", "Add a subgroup, stream, elective or individual plan group",
               Capability::GroupsManage,
               {integer("academicYearId"), text("kind", 20), text("name", 100),
                integer("classId", false), integer("subjectId", false)}),
        method("groups.update", "Rename a study group or change its subject",
               Capability::GroupsManage,
               {integer("id"), text("name", 100, false), integer("subjectId", false)}),
        method("groups.members", "Members of a study group on a date", Capability::StructureRead,
               {integer("groupId"), date("date", false)}),
        method("groups.setMembers", "From a date on, the group's members are exactly these",
               Capability::GroupsManage,
               {integer("groupId"), date("date"), array("studentIds")}),
        method("groups.split", "Split a class into subgroups for a subject, alphabetically",
               Capability::GroupsManage,
               {integer("classId"), integer("subjectId"), array("names"), date("date")}),
    };
}
} // namespace

QList<MethodInfo> peopleMethods()
{
    return staffMethods() + studentMethods() + classMethods() + movementMethods()
        + groupMethods();
}

} // namespace ejournal

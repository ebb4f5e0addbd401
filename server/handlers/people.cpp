// Routes of the people methods; the handlers live in people_staff, people_students,
// people_guardians, people_classes, people_movement and people_groups.
#include "people_classes.h"
#include "people_groups.h"
#include "people_guardians.h"
#include "people_movement.h"
#include "people_staff.h"
#include "people_students.h"
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> peopleRoutes()
{
    using namespace people;
    return {
        {"staff.list", listStaff},
        {"staff.create", createStaff},
        {"staff.update", updateStaff},
        {"staff.archive", archiveStaff},
        {"students.list", listStudents},
        {"students.get", getStudent},
        {"students.create", createStudent},
        {"students.update", updateStudent},
        {"students.classOn", studentClassOn},
        {"guardians.create", createGuardian},
        {"guardians.update", updateGuardian},
        {"guardians.link", linkGuardian},
        {"guardians.unlink", unlinkGuardian},
        {"classes.list", listClasses},
        {"classes.create", createClass},
        {"classes.update", updateClass},
        {"movement.admit", admitStudent},
        {"movement.transfer", transferStudent},
        {"movement.withdraw", withdrawStudent},
        {"movement.list", listMovements},
        {"groups.list", listGroups},
        {"groups.create", createGroup},
        {"groups.update", updateGroup},
        {"groups.members", groupMembers},
        {"groups.setMembers", setGroupMembers},
        {"groups.split", splitClass},
    };
}

} // namespace ejournal::server::handlers

// Roles of the design and the capabilities they grant. The server's dispatcher checks a
// method's capability against the caller's roles; the client uses the same table to hide
// what the user may not do. Scope (own class, own assignment) is checked by the handlers.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ejournal {

enum class Role {
    Admin,
    Director,
    Deputy,
    Teacher,
    ClassTeacher,
    Psychologist,
    SocialPedagogue,
    Student,
    Guardian,
};

enum class Capability {
    Authenticated,    // any signed-in user (own session, own password)
    SessionsManage,   // list and end other users' sessions
    AuditRead,        // read the audit log of the school
    StructureRead,    // read years, periods, holidays, subjects, rooms, bells, classes, groups,
                      // curriculum and load (every staff member)
    StructureManage,  // change them (the deputy)
    PeopleRead,       // read staff, students, guardians, enrolment (scoped for class teachers)
    PeopleManage,     // add and edit staff, students, guardians; the movement book
    GroupsManage,     // study groups and their members (class and subject teachers: own only)
    AccountsManage,   // issue logins and passwords, block accounts (class teachers: own class)
    PeopleImport,     // bulk import of students and staff from CSV
    TimetableRead,    // timetables and dated lessons (students and guardians: own, in handlers)
    TimetableManage,  // build timetables, generate lessons, substitutions and changes (deputy)
    JournalRead,      // journals and КТП: teachers own assignments and substituted lessons,
                      // class teachers all subjects of own class (handlers); deputy, director all
    JournalWrite,     // marks, attendance, lesson cards, final marks, own КТП (teachers: own
                      // assignments and substituted lessons, in handlers); the deputy corrects
    JournalReview,    // the register of late corrections and its approval (deputy)
    JournalSettings,  // kinds of work and weights, mark scales, the correction window
    ServerOperate,    // backups, their destinations and the server's health (admin)
    YearClose,        // close an academic year and open the next one from it (deputy, admin)
    ReportsRun,       // run reports and keep own report definitions (director, deputy,
                      // teachers); rows are limited to what the caller may read (handlers)
    ReportsManage,    // who may share reports with the school; unshare or delete any (deputy, admin)
};

QString roleName(Role role);
bool roleFromName(const QString &name, Role *out);
QList<Role> allRoles();
QList<Role> rolesFromNames(const QStringList &names);

// True when any of the roles grants the capability. Deny by default.
bool rolesGrant(const QList<Role> &roles, Capability capability);

} // namespace ejournal

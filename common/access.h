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
    Authenticated,   // any signed-in user (own session, own password)
    SessionsManage,  // list and end other users' sessions
    AuditRead,       // read the audit log of the school
};

QString roleName(Role role);
bool roleFromName(const QString &name, Role *out);
QList<Role> allRoles();
QList<Role> rolesFromNames(const QStringList &names);

// True when any of the roles grants the capability. Deny by default.
bool rolesGrant(const QList<Role> &roles, Capability capability);

} // namespace ejournal

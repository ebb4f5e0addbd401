// Roles of the design and the capabilities they grant.
#include "access.h"

#include <array>

namespace ejournal {

namespace {
struct RoleName
{
    Role role;
    const char *name;
};
constexpr std::array kRoles{
    RoleName{Role::Admin, "admin"},
    RoleName{Role::Director, "director"},
    RoleName{Role::Deputy, "deputy"},
    RoleName{Role::Teacher, "teacher"},
    RoleName{Role::ClassTeacher, "class_teacher"},
    RoleName{Role::Psychologist, "psychologist"},
    RoleName{Role::SocialPedagogue, "social_pedagogue"},
    RoleName{Role::Student, "student"},
    RoleName{Role::Guardian, "guardian"},
};

struct Grant
{
    Capability capability;
    Role role;
};
// The whole permission table: a capability not listed here for a role is denied.
constexpr std::array kGrants{
    Grant{Capability::SessionsManage, Role::Admin},
    Grant{Capability::AuditRead, Role::Admin},

    Grant{Capability::StructureRead, Role::Admin},
    Grant{Capability::StructureRead, Role::Director},
    Grant{Capability::StructureRead, Role::Deputy},
    Grant{Capability::StructureRead, Role::Teacher},
    Grant{Capability::StructureRead, Role::ClassTeacher},
    Grant{Capability::StructureRead, Role::Psychologist},
    Grant{Capability::StructureRead, Role::SocialPedagogue},
    Grant{Capability::StructureManage, Role::Deputy},

    Grant{Capability::PeopleRead, Role::Admin},
    Grant{Capability::PeopleRead, Role::Director},
    Grant{Capability::PeopleRead, Role::Deputy},
    Grant{Capability::PeopleRead, Role::ClassTeacher},  // own class only (handlers)
    Grant{Capability::PeopleManage, Role::Admin},
    Grant{Capability::PeopleManage, Role::Deputy},

    Grant{Capability::GroupsManage, Role::Deputy},
    Grant{Capability::GroupsManage, Role::ClassTeacher},  // own class only (handlers)
    Grant{Capability::GroupsManage, Role::Teacher},       // own assignments only (handlers)

    Grant{Capability::AccountsManage, Role::Admin},
    Grant{Capability::AccountsManage, Role::ClassTeacher},  // own class's students, guardians

    Grant{Capability::PeopleImport, Role::Admin},

    Grant{Capability::TimetableRead, Role::Admin},
    Grant{Capability::TimetableRead, Role::Director},
    Grant{Capability::TimetableRead, Role::Deputy},
    Grant{Capability::TimetableRead, Role::Teacher},
    Grant{Capability::TimetableRead, Role::ClassTeacher},
    Grant{Capability::TimetableRead, Role::Psychologist},
    Grant{Capability::TimetableRead, Role::SocialPedagogue},
    Grant{Capability::TimetableRead, Role::Student},   // own class and groups (handlers)
    Grant{Capability::TimetableRead, Role::Guardian},  // own children's (handlers)
    Grant{Capability::TimetableManage, Role::Deputy},

    Grant{Capability::JournalRead, Role::Director},
    Grant{Capability::JournalRead, Role::Deputy},
    Grant{Capability::JournalRead, Role::Teacher},       // own assignments, substitutions
    Grant{Capability::JournalRead, Role::ClassTeacher},  // own class (handlers)
    Grant{Capability::JournalWrite, Role::Deputy},
    Grant{Capability::JournalWrite, Role::Teacher},  // own assignments, substitutions
    Grant{Capability::JournalReview, Role::Deputy},
    Grant{Capability::JournalSettings, Role::Deputy},
    Grant{Capability::JournalSettings, Role::Admin},

    Grant{Capability::ServerOperate, Role::Admin},
    Grant{Capability::YearClose, Role::Deputy},
    Grant{Capability::YearClose, Role::Admin},
    Grant{Capability::ReportsRun, Role::Director},
    Grant{Capability::ReportsRun, Role::Deputy},
    Grant{Capability::ReportsRun, Role::Teacher},
    Grant{Capability::ReportsRun, Role::ClassTeacher},
    Grant{Capability::ReportsManage, Role::Deputy},
    Grant{Capability::ReportsManage, Role::Admin},
};
} // namespace

QString roleName(Role role)
{
    for (const auto &r : kRoles)
        if (r.role == role)
            return QString::fromLatin1(r.name);
    return {};
}

bool roleFromName(const QString &name, Role *out)
{
    for (const auto &r : kRoles)
        if (name == QLatin1String(r.name)) {
            *out = r.role;
            return true;
        }
    return false;
}

QList<Role> allRoles()
{
    QList<Role> out;
    for (const auto &r : kRoles)
        out.append(r.role);
    return out;
}

QList<Role> rolesFromNames(const QStringList &names)
{
    QList<Role> out;
    for (const QString &name : names) {
        Role role;
        if (roleFromName(name, &role))
            out.append(role);
    }
    return out;
}

bool rolesGrant(const QList<Role> &roles, Capability capability)
{
    if (capability == Capability::Authenticated)
        return true;
    for (const auto &g : kGrants)
        if (g.capability == capability && roles.contains(g.role))
            return true;
    return false;
}

} // namespace ejournal

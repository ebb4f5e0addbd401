// Role names and duties in the user's language.
#include "roletext.h"

#include <QStringList>

namespace ejournal::client {

QString RoleText::name(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("System administrator");
    case Role::Director:
        return tr("Director");
    case Role::Deputy:
        return tr("Deputy director");
    case Role::Teacher:
        return tr("Teacher");
    case Role::ClassTeacher:
        return tr("Class teacher");
    case Role::Psychologist:
        return tr("School psychologist");
    case Role::SocialPedagogue:
        return tr("Social pedagogue");
    case Role::Student:
        return tr("Student");
    case Role::Guardian:
        return tr("Parent (legal guardian)");
    }
    return {};
}

QString RoleText::names(const QList<Role> &roles)
{
    QStringList out;
    for (Role role : roles)
        out.append(name(role));
    return out.join(QStringLiteral(", "));
}

QString RoleText::duties(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Manage user accounts and passwords, roles and school settings, end other "
                  "users' sessions and read the audit log.");
    case Role::Director:
        return tr("View all school data and reports, publish announcements.");
    case Role::Deputy:
        return tr("Maintain the school structure, curriculum, teaching load, timetable and "
                  "substitutions; read all journals and reports.");
    case Role::Teacher:
        return tr("Keep the journals of your classes: lessons, marks, attendance and homework.");
    case Role::ClassTeacher:
        return tr("Follow the journals, personal files and parents of your class.");
    case Role::Psychologist:
        return tr("Keep the psychological sections of students' personal files.");
    case Role::SocialPedagogue:
        return tr("Keep the social sections of students' personal files.");
    case Role::Student:
        return tr("See your marks, attendance, homework and timetable.");
    case Role::Guardian:
        return tr("See your children's marks, attendance, homework and timetable.");
    }
    return {};
}

} // namespace ejournal::client

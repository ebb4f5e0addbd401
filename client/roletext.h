// How roles are named and described to the user.
#pragma once

#include "access.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ejournal::client {

class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(RoleText)
public:
    // "Teacher", "Class teacher", …
    static QString name(Role role);
    // Comma-separated names of all the roles.
    static QString names(const QList<Role> &roles);
    // One sentence about what the role may do in the program.
    static QString duties(Role role);
};

} // namespace ejournal::client

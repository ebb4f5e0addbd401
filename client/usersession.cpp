// Reads the user and token out of an auth.login / auth.resume result.
#include "usersession.h"

#include <QCborArray>

namespace ejournal::client {

UserSession UserSession::fromLoginResult(const QCborMap &result)
{
    UserSession s;
    s.token = result.value(QLatin1String("token")).toString();
    const QCborMap user = result.value(QLatin1String("user")).toMap();
    s.userId = user.value(QLatin1String("id")).toInteger();
    s.name = user.value(QLatin1String("name")).toString();
    s.login = user.value(QLatin1String("login")).toString();
    s.school = user.value(QLatin1String("school")).toString();
    QStringList roleNames;
    for (const QCborValue &role : user.value(QLatin1String("roles")).toArray())
        roleNames.append(role.toString());
    s.roles = rolesFromNames(roleNames);
    s.mustChangePassword = result.value(QLatin1String("mustChangePassword")).toBool();
    return s;
}

} // namespace ejournal::client

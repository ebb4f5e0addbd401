// The signed-in user as auth.login / auth.resume describe it, plus the session token that
// lets the connection resume after a network drop.
#pragma once

#include "access.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

namespace ejournal::client {

struct UserSession
{
    QString token;
    qint64 userId = 0;
    QString name;
    QString login;
    QString school;
    QList<Role> roles;
    bool mustChangePassword = false;

    bool isValid() const { return !token.isEmpty(); }

    // Reads the result map of auth.login or auth.resume.
    static UserSession fromLoginResult(const QCborMap &result);
};

} // namespace ejournal::client

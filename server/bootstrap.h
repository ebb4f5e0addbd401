// Creating a school with its first administrator (`ejournal-server init`) and creating
// users directly (the same code serves the tests' set-up). Each call is one transaction
// with its audit record, run as the unprivileged application role.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ejournal::server {

struct NewSchool
{
    qint64 schoolId = 0;
    qint64 adminId = 0;
    QString adminPassword;  // one-time, to be changed at first login
};

// Throws DbFailure on database errors; returns false with a reason when the request itself
// is wrong (the school or login exists already, a name is empty).
bool createSchool(QSqlDatabase db, const QString &schoolName, const QString &adminLogin,
                  const QString &adminName, NewSchool *out, QString *error);

// Adds a user to a school; returns its id.
qint64 createUser(QSqlDatabase db, qint64 schoolId, const QString &login, const QString &fullName,
                  const QStringList &roles, const QString &password, bool mustChangePassword);

// Gives a staff member an account (login, roles, one-time password) and links it; for the
// demo school's ready-made sign-ins. Returns the user id.
qint64 createStaffAccount(QSqlDatabase db, qint64 schoolId, qint64 staffId, const QString &login,
                          const QStringList &roles, const QString &password);

} // namespace ejournal::server

// Signed-in sessions: who the caller is, looked up (and kept alive) on every request by the
// session id a connection holds, or by token when a client resumes.
#pragma once

#include "access.h"
#include "sql.h"

#include <QCborMap>
#include <QString>

namespace ejournal::server {

struct SessionInfo
{
    qint64 sessionId = 0;
    qint64 schoolId = 0;
    qint64 userId = 0;
    qint64 staffId = 0;  // the caller's staff record, 0 for students, guardians, bare accounts
    QString login;
    QString name;
    QString school;
    QStringList roleNames;
    bool mustChangePassword = false;

    bool isValid() const { return sessionId != 0; }
    QList<Role> roles() const { return rolesFromNames(roleNames); }
    bool hasRole(Role role) const { return roles().contains(role); }
    // {id, name, login, school, roles} as auth.login returns it.
    QCborMap userMap() const;
};

// Why a session could not be continued: "unknown", "expired", "revoked", "logout",
// "password_changed" or "blocked".
struct SessionLookup
{
    SessionInfo info;
    QString failure;
    bool ok() const { return failure.isEmpty(); }
};

// Finds an open session and marks it used now (at most once a minute, so that a read stays
// a read). Idle and absolute time-outs in seconds.
SessionLookup touchSessionById(const Sql &sql, qint64 sessionId, int idleTimeout,
                               int absoluteTimeout);
SessionLookup touchSessionByTokenHash(const Sql &sql, const QByteArray &tokenHash,
                                      int idleTimeout, int absoluteTimeout);

// Ends the user's open sessions except keepSessionId (0: all of them), recording the reason
// ("logout", "revoked", "password_changed"); returns their ids. Call inside a write.
QList<qint64> endUserSessions(const Sql &sql, qint64 schoolId, qint64 userId,
                              qint64 keepSessionId, const QString &reason);

} // namespace ejournal::server

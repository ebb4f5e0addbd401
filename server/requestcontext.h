// What a handler sees while it runs on a worker thread: its parameters, the caller, the
// database, and the one way to write — write(), a transaction that also appends the
// audit record. Handlers fail by throwing ejournal::Error (answered as is) or DbFailure
// (answered `internal`); either way the transaction is rolled back.
#pragma once

#include "envelope.h"
#include "sessions.h"
#include "sql.h"

#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ejournal::server {

class LoginThrottle;

struct ServerSettings
{
    int idleTimeoutSeconds = 30 * 60;
    int absoluteTimeoutSeconds = 12 * 60 * 60;
};

struct AuditRecord
{
    QString action;     // e.g. "user.password_change"
    QString entity;     // e.g. "user"
    QString entityId;
    QCborValue before;  // state before the change (undefined = none)
    QCborValue after;   // state after the change (undefined = none)
    QString reason;
    qint64 schoolId = 0;  // 0 = the caller's school
};

// An event to push once the request's transaction has committed (e.g. "timetable.changed",
// "lesson.changed"): to every signed-in connection of the caller's school, or, when it has a
// topic, only to those of them subscribed to it (e.g. "journal:12", the journal of load 12).
struct PushEvent
{
    QString name;
    QCborMap data;
    QString topic = {};
};

// Connection-state changes a handler asks for; applied on the connection's thread.
struct StateChange
{
    std::optional<SessionInfo> session;  // signed in (login, resume)
    bool greeted = false;                // hello succeeded
    bool signedOut = false;              // logout, or the session was found ended
    QList<qint64> endedSessions;         // other sessions this request ended
    QString endedReason;                 // why: "revoked", "password_changed"
    QList<PushEvent> events;             // to the caller's school, after the answer
    QStringList subscribe;               // topics this connection now follows (after a
    QStringList unsubscribe;             // read access check) or no longer follows
};

class RequestContext
{
public:
    RequestContext(QSqlDatabase db, const QCborMap &params, const QString &address,
                   const ServerSettings &settings, LoginThrottle &throttle)
        : sql(db), params(params), address(address), settings(settings), throttle(throttle)
    {
    }

    // Runs body inside one transaction, then appends the audit record it filled in;
    // commits both or neither.
    void write(const std::function<void(AuditRecord &)> &body);
    // Runs body inside one transaction and rolls it back whatever happens: a dry run that
    // goes through the real writes to report what they would change. Its events are dropped.
    void rehearse(const std::function<void()> &body);
    // Inside write()'s body only: one more audit record in the same transaction, for a write
    // that changes several entities (e.g. a plan copied to several classes).
    void appendAudit(const AuditRecord &record) const;

    QString text(const QString &name) const { return params.value(name).toString(); }
    qint64 integer(const QString &name, qint64 fallback = 0) const
    {
        return params.value(name).toInteger(fallback);
    }

    const Sql sql;
    const QCborMap params;
    const QString address;
    const ServerSettings &settings;
    LoginThrottle &throttle;
    SessionInfo caller;  // valid for methods of the authenticated state
    StateChange change;
};

using Handler = QCborValue (*)(RequestContext &);

// A moment as ISO 8601 text with the server's UTC offset ("2026-11-26T09:15:00+03:00").
QString isoTime(const QDateTime &moment);

// Shorthand for handlers: throw fail(ErrorCode::NotFound, "no such session").
inline Error fail(ErrorCode code, const QString &message, const QCborMap &details = {})
{
    return Error{code, message, details};
}

} // namespace ejournal::server

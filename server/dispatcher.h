// The one dispatcher: every request passes the same checks, in the same order, before its
// handler runs — the method exists, the connection is in the state the method needs, the
// parameters fit, the session is still open, the caller's roles grant the capability.
// Deny by default: a method without a capability grant or without a handler never runs.
#pragma once

#include "envelope.h"
#include "methods.h"
#include "requestcontext.h"

#include <QSet>

#include <functional>

namespace ejournal::server {

class DbPool;
class LoginThrottle;

struct ConnectionState
{
    Stage stage = Stage::Connected;
    SessionInfo session;
    QString address;
    QSet<QString> topics;  // event topics the connection follows (see PushEvent)
};

struct Outcome
{
    QCborMap response;
    StateChange change;
};

class Dispatcher
{
public:
    Dispatcher(DbPool &pool, const ServerSettings &settings, LoginThrottle &throttle);

    // Answers at once when a check fails without the database; otherwise runs the rest on a
    // worker. `done` is called exactly once, on the worker's thread or the caller's.
    void dispatch(const Envelope &request, const ConnectionState &state,
                  const std::function<void(Outcome)> &done);

    // The handler of a catalogue method; nullptr for none.
    static Handler handlerFor(const QString &method);

private:
    Outcome run(QSqlDatabase &db, const MethodInfo &method, const Envelope &request,
                const ConnectionState &state);

    DbPool &m_pool;
    const ServerSettings &m_settings;
    LoginThrottle &m_throttle;
};

} // namespace ejournal::server

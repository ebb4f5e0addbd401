// The one dispatcher and the table of handlers.
#include "dispatcher.h"

#include "dbpool.h"
#include "handlers/routes.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAccess, "ejournal.access")

namespace ejournal::server {

namespace {
Outcome refuse(quint64 id, ErrorCode code, const QString &message, const QCborMap &details = {})
{
    return Outcome{makeError(id, Error{code, message, details}), {}};
}

void deny(const Envelope &request, const ConnectionState &state, const char *why)
{
    qCInfo(lcAccess).noquote() << "denied" << request.method << "to"
                               << (state.session.isValid() ? state.session.login
                                                           : QStringLiteral("(anonymous)"))
                               << "from" << state.address << "-" << why;
}
} // namespace

Dispatcher::Dispatcher(DbPool &pool, const ServerSettings &settings, LoginThrottle &throttle)
    : m_pool(pool), m_settings(settings), m_throttle(throttle)
{
    for (const MethodInfo &m : methodCatalogue())
        if (!handlerFor(m.name))
            qFatal("method %s is in the catalogue but has no handler", qPrintable(m.name));
}

Handler Dispatcher::handlerFor(const QString &method)
{
    static const QHash<QString, Handler> table = [] {
        QHash<QString, Handler> out;
        for (const handlers::Route &r : handlers::allRoutes()) {
            if (out.contains(QLatin1String(r.method)))
                qFatal("method %s has two handlers", r.method);
            out.insert(QString::fromLatin1(r.method), r.handler);
        }
        return out;
    }();
    return table.value(method);
}

void Dispatcher::dispatch(const Envelope &request, const ConnectionState &state,
                          const std::function<void(Outcome)> &done)
{
    const MethodInfo *method = findMethod(request.method);
    if (!method) {
        deny(request, state, "unknown method");
        return done(refuse(request.id, ErrorCode::BadRequest,
                           QStringLiteral("unknown method \"%1\"").arg(request.method)));
    }
    if (state.stage < method->stage) {
        deny(request, state, "not signed in");
        return done(refuse(request.id, ErrorCode::Unauthenticated,
                           state.stage == Stage::Connected
                               ? QStringLiteral("say hello first")
                               : QStringLiteral("sign in first"),
                           {{QStringLiteral("reason"), QStringLiteral("not_signed_in")}}));
    }
    const QCborMap problems = checkParams(*method, request.params);
    if (!problems.isEmpty())
        return done(refuse(request.id, ErrorCode::Invalid,
                           QStringLiteral("invalid parameters for %1").arg(request.method),
                           problems));
    m_pool.submit([this, method, request, state, done](QSqlDatabase &db) {
        done(run(db, *method, request, state));
    });
}

Outcome Dispatcher::run(QSqlDatabase &db, const MethodInfo &method, const Envelope &request,
                        const ConnectionState &state)
{
    RequestContext ctx(db, request.params, state.address, m_settings, m_throttle);
    try {
        if (method.stage == Stage::Authenticated) {
            const SessionLookup lookup = touchSessionById(
                ctx.sql, state.session.sessionId, m_settings.idleTimeoutSeconds,
                m_settings.absoluteTimeoutSeconds);
            if (!lookup.ok()) {
                deny(request, state, "session ended");
                Outcome out = refuse(request.id, ErrorCode::Unauthenticated,
                                     QStringLiteral("the session has ended (%1)").arg(lookup.failure),
                                     {{QStringLiteral("reason"), lookup.failure}});
                out.change.signedOut = true;
                return out;
            }
            ctx.caller = lookup.info;
            if (!rolesGrant(ctx.caller.roles(), method.capability)) {
                deny(request, state, "capability not granted");
                return refuse(request.id, ErrorCode::Forbidden,
                              QStringLiteral("%1 is not allowed for this user").arg(method.name));
            }
            if (ctx.caller.mustChangePassword && !method.beforePasswordChange) {
                deny(request, state, "password change required");
                return refuse(request.id, ErrorCode::Forbidden,
                              QStringLiteral("the one-time password must be changed first"),
                              {{QStringLiteral("reason"),
                                QStringLiteral("password_change_required")}});
            }
        }
        const QCborValue result = handlerFor(method.name)(ctx);
        return Outcome{makeResult(request.id, result), ctx.change};
    } catch (const Error &error) {
        if (error.code == ErrorCode::Forbidden)
            deny(request, state, "refused by the handler");
        Outcome out{makeError(request.id, error), {}};
        out.change.signedOut = ctx.change.signedOut;
        return out;
    } catch (const DbFailure &failure) {
        qCWarning(lcAccess) << request.method << "failed:" << failure.what();
        if (failure.connectionLost) {
            Sql::forgetCached();
            db.close();
        }
        return refuse(request.id, ErrorCode::Internal,
                      QStringLiteral("the server could not complete the request; nothing was changed"));
    }
}

} // namespace ejournal::server

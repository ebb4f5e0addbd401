// Handlers of the conversation and of signing in and out: hello, auth.*.
#include "handlers.h"

#include "loginthrottle.h"
#include "secrets.h"

#include <QCborArray>
#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuth, "ejournal.auth")

namespace ejournal::server::handlers {

namespace {
QCborValue signedIn(RequestContext &ctx, const QString &token, const SessionInfo &session)
{
    ctx.change.session = session;
    return QCborMap{
        {QStringLiteral("token"), token},
        {QStringLiteral("user"), session.userMap()},
        {QStringLiteral("mustChangePassword"), session.mustChangePassword},
        {QStringLiteral("session"),
         QCborMap{{QStringLiteral("idleTimeout"), ctx.settings.idleTimeoutSeconds},
                  {QStringLiteral("absoluteTimeout"), ctx.settings.absoluteTimeoutSeconds}}}};
}

Error wrongCredentials()
{
    return fail(ErrorCode::Unauthenticated, QStringLiteral("wrong login or password"),
                {{QStringLiteral("reason"), QStringLiteral("credentials")}});
}

} // namespace

QCborValue hello(RequestContext &ctx)
{
    const qint64 protocol = ctx.integer(QStringLiteral("protocol"));
    if (protocol != kProtocolVersion)
        throw fail(ErrorCode::UnsupportedProtocol,
                   QStringLiteral("protocol %1 is not supported; this server speaks %2")
                       .arg(protocol).arg(kProtocolVersion),
                   {{QStringLiteral("supported"), QCborArray{kProtocolVersion}}});
    ctx.change.greeted = true;
    return QCborMap{{QStringLiteral("protocol"), kProtocolVersion},
                    {QStringLiteral("server"), QStringLiteral("ejournal-server " EJOURNAL_VERSION)},
                    {QStringLiteral("time"), isoTime(QDateTime::currentDateTime())}};
}

QCborValue login(RequestContext &ctx)
{
    const QString login = ctx.text(QStringLiteral("login")).trimmed();
    const QString password = ctx.text(QStringLiteral("password"));
    if (const int wait = ctx.throttle.retryAfter(login, ctx.address); wait > 0) {
        qCInfo(lcAuth).noquote() << "login throttled for" << login << "from" << ctx.address;
        throw fail(ErrorCode::RateLimited,
                   QStringLiteral("too many failed logins; try again in %1 s").arg(wait),
                   {{QStringLiteral("retryAfter"), wait}});
    }
    QSqlQuery user = ctx.sql.exec(QStringLiteral(
        "SELECT school_id, id, password_hash, blocked FROM app_user WHERE lower(login) = lower(?)"),
        {login});
    if (!user.next()) {
        secrets::burnVerification(password);
        ctx.throttle.recordFailure(login, ctx.address);
        qCInfo(lcAuth).noquote() << "login failed: no user" << login << "from" << ctx.address;
        throw wrongCredentials();
    }
    const qint64 schoolId = user.value(0).toLongLong();
    const qint64 userId = user.value(1).toLongLong();
    if (!secrets::verifyPassword(password, user.value(2).toString())) {
        ctx.throttle.recordFailure(login, ctx.address);
        qCInfo(lcAuth).noquote() << "login failed: wrong password for" << login << "from"
                                 << ctx.address;
        ctx.write([&](AuditRecord &audit) {
            audit = {QStringLiteral("auth.login_failed"), QStringLiteral("user"),
                     QString::number(userId), {}, {}, {}, schoolId};
        });
        throw wrongCredentials();
    }
    if (user.value(3).toBool()) {
        qCInfo(lcAuth).noquote() << "login refused: blocked account" << login;
        throw fail(ErrorCode::Forbidden, QStringLiteral("the account is blocked"),
                   {{QStringLiteral("reason"), QStringLiteral("blocked")}});
    }
    ctx.throttle.recordSuccess(login);
    const QString token = secrets::newToken();
    SessionLookup session;
    ctx.caller.schoolId = schoolId;
    ctx.caller.userId = userId;
    ctx.write([&](AuditRecord &audit) {
        const qint64 sessionId = ctx.sql.scalar(QStringLiteral(
            "INSERT INTO session (school_id, user_id, token_hash, client_addr)"
            " VALUES (?, ?, ?, ?) RETURNING id"),
            {schoolId, userId, secrets::tokenHash(token), ctx.address}).toLongLong();
        ctx.caller.sessionId = sessionId;
        session = touchSessionById(ctx.sql, sessionId, ctx.settings.idleTimeoutSeconds,
                                   ctx.settings.absoluteTimeoutSeconds);
        audit = {QStringLiteral("auth.login"), QStringLiteral("session"),
                 QString::number(sessionId), {}, {}, {}, schoolId};
    });
    if (!session.ok())
        throw DbFailure("a new session could not be read back");
    qCInfo(lcAuth).noquote() << "login" << session.info.login << "from" << ctx.address
                             << "session" << session.info.sessionId;
    return signedIn(ctx, token, session.info);
}

QCborValue resume(RequestContext &ctx)
{
    const QString token = ctx.text(QStringLiteral("token"));
    const SessionLookup session = touchSessionByTokenHash(
        ctx.sql, secrets::tokenHash(token), ctx.settings.idleTimeoutSeconds,
        ctx.settings.absoluteTimeoutSeconds);
    if (!session.ok()) {
        qCInfo(lcAuth).noquote() << "resume refused from" << ctx.address << "-" << session.failure;
        throw fail(ErrorCode::Unauthenticated,
                   QStringLiteral("the session cannot be resumed (%1)").arg(session.failure),
                   {{QStringLiteral("reason"), session.failure}});
    }
    qCInfo(lcAuth).noquote() << "resumed" << session.info.login << "from" << ctx.address
                             << "session" << session.info.sessionId;
    return signedIn(ctx, token, session.info);
}

QCborValue logout(RequestContext &ctx)
{
    ctx.write([&](AuditRecord &audit) {
        ctx.sql.exec(QStringLiteral(
            "UPDATE session SET ended_at = now(), end_reason = 'logout'"
            " WHERE school_id = ? AND id = ? AND ended_at IS NULL"),
            {ctx.caller.schoolId, ctx.caller.sessionId});
        audit = {QStringLiteral("auth.logout"), QStringLiteral("session"),
                 QString::number(ctx.caller.sessionId), {}, {}, {}, 0};
    });
    ctx.change.signedOut = true;
    qCInfo(lcAuth).noquote() << "logout" << ctx.caller.login << "session" << ctx.caller.sessionId;
    return QCborMap();
}

QCborValue changePassword(RequestContext &ctx)
{
    const QString oldPassword = ctx.text(QStringLiteral("old"));
    const QString newPassword = ctx.text(QStringLiteral("new"));
    const QString currentHash = ctx.sql.scalar(QStringLiteral(
        "SELECT password_hash FROM app_user WHERE school_id = ? AND id = ?"),
        {ctx.caller.schoolId, ctx.caller.userId}).toString();
    if (!secrets::verifyPassword(oldPassword, currentHash))
        throw fail(ErrorCode::Invalid, QStringLiteral("the current password is wrong"),
                   {{QStringLiteral("old"), QStringLiteral("wrong password")}});
    QString problem = secrets::passwordProblem(newPassword);
    if (problem.isEmpty() && newPassword == oldPassword)
        problem = QStringLiteral("must differ from the current password");
    if (!problem.isEmpty())
        throw fail(ErrorCode::Invalid, QStringLiteral("the new password is not acceptable: %1")
                                           .arg(problem),
                   {{QStringLiteral("new"), problem}});
    const QString hash = secrets::hashPassword(newPassword);
    ctx.write([&](AuditRecord &audit) {
        ctx.sql.exec(QStringLiteral(
            "UPDATE app_user SET password_hash = ?, must_change_password = false,"
            " password_changed_at = now() WHERE school_id = ? AND id = ?"),
            {hash, ctx.caller.schoolId, ctx.caller.userId});
        ctx.change.endedSessions = endUserSessions(ctx.sql, ctx.caller.schoolId, ctx.caller.userId,
                                               ctx.caller.sessionId,
                                               QStringLiteral("password_changed"));
        ctx.change.endedReason = QStringLiteral("password_changed");
        audit = {QStringLiteral("user.password_change"), QStringLiteral("user"),
                 QString::number(ctx.caller.userId),
                 QCborMap{{QStringLiteral("mustChangePassword"), ctx.caller.mustChangePassword}},
                 QCborMap{{QStringLiteral("mustChangePassword"), false},
                          {QStringLiteral("endedSessions"), ctx.change.endedSessions.size()}},
                 {}, 0};
    });
    qCInfo(lcAuth).noquote() << "password changed by" << ctx.caller.login;
    return QCborMap();
}

} // namespace ejournal::server::handlers

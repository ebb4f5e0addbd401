// accounts.list, accounts.resetPassword, accounts.setBlocked, accounts.setRoles: the
// administrator manages every account of the school, a class teacher those of own class's
// students and guardians. The school never loses its last active administrator.
#include "accounts_core.h"
#include "accounts_handlers.h"
#include "checks.h"

#include <QCborArray>

namespace ejournal::server::handlers {

using namespace accounts;

namespace {
// Serialises changes that could leave a school without an administrator (with the school id).
constexpr int kAdminsLockKey = 0x656A6164;  // "ejad"

void lockAdmins(const RequestContext &ctx)
{
    ctx.sql.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"),
                 {kAdminsLockKey, int(ctx.caller.schoolId)});
}

// Inside a write, after lockAdmins and the change: refuses a school left with no
// administrator who can sign in.
void requireAdminRemains(const RequestContext &ctx)
{
    const qint64 admins = ctx.sql.scalar(QStringLiteral(
        "SELECT count(*) FROM app_user u"
        "  JOIN user_role r ON r.school_id = u.school_id AND r.user_id = u.id AND r.role = 'admin'"
        " WHERE u.school_id = ? AND NOT u.blocked"), {ctx.caller.schoolId}).toLongLong();
    if (admins == 0)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the school would be left without an active administrator"),
                   {{QStringLiteral("userId"), QStringLiteral("the last active administrator")}});
}

void refuseOwnAccount(const RequestContext &ctx, const Account &account, const QString &message)
{
    if (account.userId == ctx.caller.userId)
        throw fail(ErrorCode::Invalid, message,
                   {{QStringLiteral("userId"), QStringLiteral("your own account")}});
}

QString listQuery(bool byClass)
{
    const QString pupils = QStringLiteral(
        "WITH pupils AS (SELECT e.student_id FROM enrollment e"
        "  WHERE e.school_id = ? AND e.class_id = ? AND %1) ").arg(QLatin1String(kEnrolledToday));
    const QString classFilter = QStringLiteral(
        " AND (s.id IN (SELECT student_id FROM pupils)"
        "   OR g.id IN (SELECT sg.guardian_id FROM student_guardian sg"
        "                 JOIN pupils p ON p.student_id = sg.student_id"
        "                WHERE sg.school_id = u.school_id))");
    return (byClass ? pupils : QString()) + QStringLiteral(
        "SELECT u.id, u.login, u.full_name, u.blocked, u.must_change_password,"
        "  st.id, s.id, g.id,"
        "  (SELECT coalesce(string_agg(r.role, ',' ORDER BY r.role), '') FROM user_role r"
        "    WHERE r.school_id = u.school_id AND r.user_id = u.id),"
        "  (SELECT max(x.created_at) FROM session x WHERE x.school_id = u.school_id"
        "      AND x.user_id = u.id)"
        " FROM app_user u"
        " LEFT JOIN staff st ON st.school_id = u.school_id AND st.user_id = u.id"
        " LEFT JOIN student s ON s.school_id = u.school_id AND s.user_id = u.id"
        " LEFT JOIN guardian g ON g.school_id = u.school_id AND g.user_id = u.id"
        " WHERE u.school_id = ?%1"
        " ORDER BY u.full_name COLLATE \"ru-RU-x-icu\", u.login")
        .arg(byClass ? classFilter : QString());
}

QCborMap accountRow(const QSqlQuery &q)
{
    QString kind = QStringLiteral("other");
    QCborValue personId(QCborValue::Null);
    const char *kinds[] = {"staff", "student", "guardian"};
    for (int i = 0; i < 3; ++i)
        if (!q.value(5 + i).isNull()) {
            kind = QLatin1String(kinds[i]);
            personId = q.value(5 + i).toLongLong();
            break;
        }
    const QVariant lastLogin = q.value(9);
    return QCborMap{
        {QStringLiteral("userId"), q.value(0).toLongLong()},
        {QStringLiteral("login"), q.value(1).toString()},
        {QStringLiteral("fullName"), q.value(2).toString()},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("personId"), personId},
        {QStringLiteral("roles"),
         QCborArray::fromStringList(q.value(8).toString().split(u',', Qt::SkipEmptyParts))},
        {QStringLiteral("blocked"), q.value(3).toBool()},
        {QStringLiteral("mustChangePassword"), q.value(4).toBool()},
        {QStringLiteral("lastLogin"), lastLogin.isNull() ? QCborValue(QCborValue::Null)
                                                         : QCborValue(isoTime(lastLogin.toDateTime()))}};
}
} // namespace

QCborValue listAccounts(RequestContext &ctx)
{
    const bool byClass = ctx.params.contains(QStringLiteral("classId"));
    const qint64 classId = ctx.integer(QStringLiteral("classId"));
    if (byClass)
        requireExists(ctx, "class_unit", classId, QStringLiteral("class"));
    if (!callerIs(ctx, Role::Admin)) {
        if (!byClass)
            throw fail(ErrorCode::Forbidden,
                       QStringLiteral("a class teacher lists the accounts of one own class"));
        requireOwnClass(ctx, classId);
    }
    const QVariantList binds = byClass
        ? QVariantList{ctx.caller.schoolId, classId, ctx.caller.schoolId}
        : QVariantList{ctx.caller.schoolId};
    QSqlQuery q = ctx.sql.exec(listQuery(byClass), binds);
    QCborArray out;
    while (q.next())
        out.append(accountRow(q));
    return out;
}

QCborValue resetAccountPassword(RequestContext &ctx)
{
    const Account account = findAccount(ctx, ctx.integer(QStringLiteral("userId")));
    requireMayManage(ctx, account);
    refuseOwnAccount(ctx, account,
                     QStringLiteral("your own password is changed with auth.changePassword"));
    const Secret secret = newSecret();
    ctx.write([&](AuditRecord &audit) {
        ctx.sql.exec(QStringLiteral(
            "UPDATE app_user SET password_hash = ?, must_change_password = true"
            " WHERE school_id = ? AND id = ?"),
            {secret.hash, ctx.caller.schoolId, account.userId});
        ctx.change.endedSessions = endUserSessions(ctx.sql, ctx.caller.schoolId, account.userId,
                                                   0, QStringLiteral("revoked"));
        ctx.change.endedReason = QStringLiteral("revoked");
        audit = {QStringLiteral("account.resetPassword"), QStringLiteral("user"),
                 QString::number(account.userId), {},
                 QCborMap{{QStringLiteral("login"), account.login},
                          {QStringLiteral("mustChangePassword"), true},
                          {QStringLiteral("endedSessions"), ctx.change.endedSessions.size()}},
                 {}, 0};
    });
    return QCborMap{{QStringLiteral("login"), account.login},
                    {QStringLiteral("password"), secret.password}};
}

QCborValue setAccountBlocked(RequestContext &ctx)
{
    const Account account = findAccount(ctx, ctx.integer(QStringLiteral("userId")));
    requireMayManage(ctx, account);
    refuseOwnAccount(ctx, account, QStringLiteral("nobody may block their own account"));
    const bool blocked = ctx.params.value(QStringLiteral("blocked")).toBool();
    ctx.write([&](AuditRecord &audit) {
        lockAdmins(ctx);
        ctx.sql.exec(QStringLiteral("UPDATE app_user SET blocked = ? WHERE school_id = ? AND id = ?"),
                     {blocked, ctx.caller.schoolId, account.userId});
        requireAdminRemains(ctx);
        QCborMap after{{QStringLiteral("blocked"), blocked}};
        if (blocked) {
            ctx.change.endedSessions = endUserSessions(ctx.sql, ctx.caller.schoolId, account.userId,
                                                   0, QStringLiteral("revoked"));
            ctx.change.endedReason = QStringLiteral("blocked");
            after.insert(QStringLiteral("endedSessions"), ctx.change.endedSessions.size());
        }
        audit = {QStringLiteral("account.block"), QStringLiteral("user"),
                 QString::number(account.userId),
                 QCborMap{{QStringLiteral("blocked"), account.blocked}}, after, {}, 0};
    });
    return QCborMap{{QStringLiteral("userId"), account.userId},
                    {QStringLiteral("blocked"), blocked}};
}

QCborValue setAccountRoles(RequestContext &ctx)
{
    if (!callerIs(ctx, Role::Admin))
        throw fail(ErrorCode::Forbidden, QStringLiteral("only an administrator sets roles"));
    const Account account = findAccount(ctx, ctx.integer(QStringLiteral("userId")));
    if (account.kind == PersonKind::Student || account.kind == PersonKind::Guardian)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the roles of %1 accounts are fixed").arg(kindName(*account.kind)),
                   {{QStringLiteral("userId"), QStringLiteral("not a staff account")}});
    const QStringList roles = staffRolesParam(ctx, QStringLiteral("roles"));
    const QString admin = roleName(Role::Admin);
    if (account.userId == ctx.caller.userId && !roles.contains(admin))
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("nobody may remove their own administrator role; another"
                                  " administrator can, so the school keeps one"),
                   {{QStringLiteral("roles"), QStringLiteral("must keep admin")}});
    ctx.write([&](AuditRecord &audit) {
        lockAdmins(ctx);
        ctx.sql.exec(QStringLiteral("DELETE FROM user_role WHERE school_id = ? AND user_id = ?"),
                     {ctx.caller.schoolId, account.userId});
        for (const QString &role : roles)
            ctx.sql.exec(QStringLiteral(
                "INSERT INTO user_role (school_id, user_id, role) VALUES (?, ?, ?)"),
                {ctx.caller.schoolId, account.userId, role});
        requireAdminRemains(ctx);
        audit = {QStringLiteral("account.roles"), QStringLiteral("user"),
                 QString::number(account.userId),
                 QCborMap{{QStringLiteral("roles"), QCborArray::fromStringList(account.roles)}},
                 QCborMap{{QStringLiteral("roles"), QCborArray::fromStringList(roles)}}, {}, 0};
    });
    return QCborMap{{QStringLiteral("userId"), account.userId},
                    {QStringLiteral("roles"), QCborArray::fromStringList(roles)}};
}

} // namespace ejournal::server::handlers

// What the accounts and import handlers share: persons, scope, making accounts.
#include "accounts_core.h"

#include "checks.h"
#include "secrets.h"
#include "transliteration.h"

#include <QCborArray>
#include <QSet>

namespace ejournal::server::handlers::accounts {

namespace {
// Serialises choosing logins on the whole server (logins are unique across schools).
constexpr qint64 kLoginLockKey = 0x656A6C6F67696E;  // "ejlogin"

QString tableOf(PersonKind kind)
{
    return kindName(kind);  // the tables are named as the kinds
}

// True when the student (or a child of the guardian) is enrolled today in a class whose
// class teacher the caller is.
bool inOwnClassToday(const RequestContext &ctx, PersonKind kind, qint64 personId)
{
    if (ctx.caller.staffId == 0 || kind == PersonKind::Staff)
        return false;
    const bool guardian = kind == PersonKind::Guardian;
    const QString sql = QStringLiteral(
        "SELECT 1 FROM enrollment e"
        "  JOIN class_unit c ON c.school_id = e.school_id AND c.id = e.class_id %1"
        " WHERE e.school_id = ? AND c.class_teacher_id = ? AND %2 = ? AND %3 LIMIT 1")
        .arg(guardian ? QStringLiteral("JOIN student_guardian sg ON sg.school_id = e.school_id"
                                       " AND sg.student_id = e.student_id")
                      : QString(),
             guardian ? QStringLiteral("sg.guardian_id") : QStringLiteral("e.student_id"),
             QLatin1String(kEnrolledToday));
    return ctx.sql.scalar(sql, {ctx.caller.schoolId, ctx.caller.staffId, personId}).isValid();
}

QString freeLogin(const Sql &sql, const QString &base)
{
    QSqlQuery q = sql.exec(QStringLiteral("SELECT lower(login) FROM app_user WHERE lower(login) LIKE ?"),
                           {base + u'%'});
    QSet<QString> taken;
    while (q.next())
        taken.insert(q.value(0).toString());
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? base : base + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}
} // namespace

QString kindName(PersonKind kind)
{
    switch (kind) {
    case PersonKind::Staff: return QStringLiteral("staff");
    case PersonKind::Student: return QStringLiteral("student");
    case PersonKind::Guardian: return QStringLiteral("guardian");
    }
    return {};
}

std::optional<PersonKind> kindFromName(const QString &name)
{
    for (const PersonKind kind : {PersonKind::Staff, PersonKind::Student, PersonKind::Guardian})
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

QString Person::fullName() const
{
    return QStringList{lastName, firstName, middleName}.join(u' ').simplified();
}

Person findPerson(const RequestContext &ctx, PersonKind kind, qint64 id)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT last_name, first_name, middle_name, coalesce(user_id, 0), %2 FROM %1"
        " WHERE school_id = ? AND id = ?")
        .arg(tableOf(kind), kind == PersonKind::Staff ? QStringLiteral("archived")
                                                      : QStringLiteral("false")),
        {ctx.caller.schoolId, id});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no %1 with id %2").arg(kindName(kind)).arg(id));
    return Person{kind, id, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toLongLong(), q.value(4).toBool()};
}

Account findAccount(const RequestContext &ctx, qint64 userId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT u.login, u.blocked,"
        "  (SELECT coalesce(string_agg(r.role, ',' ORDER BY r.role), '') FROM user_role r"
        "    WHERE r.school_id = u.school_id AND r.user_id = u.id),"
        "  (SELECT id FROM staff WHERE school_id = u.school_id AND user_id = u.id),"
        "  (SELECT id FROM student WHERE school_id = u.school_id AND user_id = u.id),"
        "  (SELECT id FROM guardian WHERE school_id = u.school_id AND user_id = u.id)"
        " FROM app_user u WHERE u.school_id = ? AND u.id = ?"),
        {ctx.caller.schoolId, userId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no account with id %1").arg(userId));
    Account account{userId, q.value(0).toString(), q.value(1).toBool(),
                    q.value(2).toString().split(u',', Qt::SkipEmptyParts), std::nullopt, 0};
    const PersonKind kinds[] = {PersonKind::Staff, PersonKind::Student, PersonKind::Guardian};
    for (int i = 0; i < 3; ++i)
        if (!q.value(3 + i).isNull()) {
            account.kind = kinds[i];
            account.personId = q.value(3 + i).toLongLong();
            break;
        }
    return account;
}

void requireMayManage(const RequestContext &ctx, PersonKind kind, qint64 personId)
{
    if (callerIs(ctx, Role::Admin))
        return;
    if (kind == PersonKind::Staff)
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("only an administrator manages staff accounts"));
    if (!inOwnClassToday(ctx, kind, personId))
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("only an administrator or the class teacher of the student's"
                                  " class may manage this account"));
}

void requireMayManage(const RequestContext &ctx, const Account &account)
{
    if (account.kind)
        return requireMayManage(ctx, *account.kind, account.personId);
    if (!callerIs(ctx, Role::Admin))
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("only an administrator manages this account"));
}

bool isStaffRole(const QString &name)
{
    Role role;
    return roleFromName(name, &role) && role != Role::Student && role != Role::Guardian;
}

QStringList staffRolesParam(const RequestContext &ctx, const QString &name)
{
    QStringList roles;
    for (const QCborValue &value : ctx.params.value(name).toArray()) {
        if (!value.isString() || !isStaffRole(value.toString()))
            throw fail(ErrorCode::Invalid,
                       QStringLiteral("«%1» is not a staff role").arg(value.toString()),
                       {{name, QStringLiteral("staff roles are admin, director, deputy, teacher,"
                                              " class_teacher, psychologist, social_pedagogue")}});
        if (!roles.contains(value.toString()))
            roles.append(value.toString());
    }
    if (roles.isEmpty())
        throw fail(ErrorCode::Invalid, QStringLiteral("a staff account needs at least one role"),
                   {{name, QStringLiteral("at least one role is needed")}});
    roles.sort();
    return roles;
}

Secret newSecret()
{
    Secret secret;
    secret.password = secrets::generatePassword();
    secret.hash = secrets::hashPassword(secret.password);
    return secret;
}

Credential createAccount(const RequestContext &ctx, const Person &person, const QStringList &roles,
                         const Secret &secret)
{
    ctx.sql.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kLoginLockKey});
    const QString login = freeLogin(ctx.sql, loginBase(person.lastName, person.firstName,
                                                      person.middleName));
    const qint64 userId = ctx.sql.scalar(QStringLiteral(
        "INSERT INTO app_user (school_id, login, full_name, password_hash, must_change_password)"
        " VALUES (?, ?, ?, ?, true) RETURNING id"),
        {ctx.caller.schoolId, login, person.fullName(), secret.hash}).toLongLong();
    for (const QString &role : roles)
        ctx.sql.exec(QStringLiteral("INSERT INTO user_role (school_id, user_id, role) VALUES (?, ?, ?)"),
                     {ctx.caller.schoolId, userId, role});
    const QSqlQuery link = ctx.sql.exec(QStringLiteral(
        "UPDATE %1 SET user_id = ? WHERE school_id = ? AND id = ? AND user_id IS NULL")
        .arg(tableOf(person.kind)), {userId, ctx.caller.schoolId, person.id});
    if (link.numRowsAffected() != 1)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("%1 already has an account").arg(person.fullName()),
                   {{QStringLiteral("personId"), QStringLiteral("already has an account")}});
    return Credential{person, userId, login, secret.password, roles};
}

QCborMap auditEntry(const Credential &credential)
{
    return QCborMap{{QStringLiteral("userId"), credential.userId},
                    {QStringLiteral("login"), credential.login},
                    {QStringLiteral("name"), credential.person.fullName()},
                    {QStringLiteral("kind"), kindName(credential.person.kind)},
                    {QStringLiteral("personId"), credential.person.id},
                    {QStringLiteral("roles"), QCborArray::fromStringList(credential.roles)}};
}

} // namespace ejournal::server::handlers::accounts

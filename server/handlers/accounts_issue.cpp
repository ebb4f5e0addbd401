// accounts.issue and accounts.issueForClass: logins and one-time passwords for a staff
// member, a student or a guardian, or for a whole class's students and guardians at once.
// The passwords leave the server only in the response; the audit log keeps the logins.
#include "accounts_core.h"
#include "accounts_handlers.h"
#include "checks.h"

#include <QCborArray>

namespace ejournal::server::handlers {

using namespace accounts;

namespace {
// The roles an account of this kind gets: staff the roles asked for (teacher by default),
// students and guardians their own role only.
QStringList rolesFor(const RequestContext &ctx, PersonKind kind)
{
    const QString param = QStringLiteral("roles");
    if (kind != PersonKind::Staff) {
        if (ctx.params.contains(param))
            throw fail(ErrorCode::Invalid,
                       QStringLiteral("roles are given to staff accounts only"),
                       {{param, QStringLiteral("only for staff accounts")}});
        return {kindName(kind)};
    }
    return ctx.params.contains(param) ? staffRolesParam(ctx, param)
                                      : QStringList{QStringLiteral("teacher")};
}

// Students enrolled today in the class and their guardians who have no account yet:
// students first, each group by name.
QList<Person> withoutAccount(const RequestContext &ctx, qint64 classId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT * FROM ("
        "  SELECT 1 AS ord, s.id, s.last_name, s.first_name, s.middle_name FROM student s"
        "    JOIN enrollment e ON e.school_id = s.school_id AND e.student_id = s.id"
        "   WHERE e.school_id = ? AND e.class_id = ? AND %1 AND s.user_id IS NULL"
        "  UNION"
        "  SELECT 2, g.id, g.last_name, g.first_name, g.middle_name FROM guardian g"
        "    JOIN student_guardian sg ON sg.school_id = g.school_id AND sg.guardian_id = g.id"
        "    JOIN enrollment e ON e.school_id = sg.school_id AND e.student_id = sg.student_id"
        "   WHERE e.school_id = ? AND e.class_id = ? AND %1 AND g.user_id IS NULL) p"
        " ORDER BY ord, last_name COLLATE \"ru-RU-x-icu\", first_name COLLATE \"ru-RU-x-icu\","
        "          middle_name COLLATE \"ru-RU-x-icu\", id").arg(QLatin1String(kEnrolledToday)),
        {ctx.caller.schoolId, classId, ctx.caller.schoolId, classId});
    QList<Person> out;
    while (q.next())
        out.append(Person{q.value(0).toInt() == 1 ? PersonKind::Student : PersonKind::Guardian,
                          q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), 0, false});
    return out;
}
} // namespace

QCborValue issueAccount(RequestContext &ctx)
{
    const std::optional<PersonKind> kind = kindFromName(ctx.text(QStringLiteral("kind")));
    if (!kind)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("unknown kind «%1»").arg(ctx.text(QStringLiteral("kind"))),
                   {{QStringLiteral("kind"), QStringLiteral("must be staff, student or guardian")}});
    const Person person = findPerson(ctx, *kind, ctx.integer(QStringLiteral("personId")));
    requireMayManage(ctx, person.kind, person.id);
    if (person.archived)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("%1 is archived and cannot get an account").arg(person.fullName()),
                   {{QStringLiteral("personId"), QStringLiteral("archived")}});
    const QStringList roles = rolesFor(ctx, person.kind);
    const Secret secret = newSecret();
    Credential made;
    ctx.write([&](AuditRecord &audit) {
        made = createAccount(ctx, person, roles, secret);
        audit = {QStringLiteral("account.issue"), QStringLiteral("user"),
                 QString::number(made.userId), {}, auditEntry(made), {}, 0};
    });
    return QCborMap{{QStringLiteral("userId"), made.userId},
                    {QStringLiteral("login"), made.login},
                    {QStringLiteral("password"), made.password},
                    {QStringLiteral("fullName"), person.fullName()}};
}

QCborValue issueClassAccounts(RequestContext &ctx)
{
    const qint64 classId = ctx.integer(QStringLiteral("classId"));
    requireExists(ctx, "class_unit", classId, QStringLiteral("class"));
    if (!callerIs(ctx, Role::Admin))
        requireOwnClass(ctx, classId);
    const QList<Person> people = withoutAccount(ctx, classId);
    if (people.isEmpty())
        return QCborArray();
    QList<Secret> secrets;
    for (qsizetype i = 0; i < people.size(); ++i)
        secrets.append(newSecret());
    QList<Credential> made;
    ctx.write([&](AuditRecord &audit) {
        QCborArray entries;
        for (qsizetype i = 0; i < people.size(); ++i) {
            made.append(createAccount(ctx, people[i], {kindName(people[i].kind)}, secrets[i]));
            entries.append(auditEntry(made.last()));
        }
        audit = {QStringLiteral("account.issue"), QStringLiteral("class"), QString::number(classId),
                 {}, QCborMap{{QStringLiteral("accounts"), entries}}, {}, 0};
    });
    QCborArray out;
    for (const Credential &c : made)
        out.append(QCborMap{{QStringLiteral("personKind"), kindName(c.person.kind)},
                            {QStringLiteral("personId"), c.person.id},
                            {QStringLiteral("fullName"), c.person.fullName()},
                            {QStringLiteral("userId"), c.userId},
                            {QStringLiteral("login"), c.login},
                            {QStringLiteral("password"), c.password}});
    return out;
}

} // namespace ejournal::server::handlers

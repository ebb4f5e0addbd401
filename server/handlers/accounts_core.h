// What the accounts and import handlers share: whose account it is (a staff member, a student,
// a guardian), who may manage it (an administrator: anyone; a class teacher: the students
// enrolled today in own classes and their guardians), and making an account with a free
// login and a one-time password.
#pragma once

#include "requestcontext.h"

#include <QStringList>

#include <optional>

namespace ejournal::server::handlers::accounts {

// Enrolment on the current date, for queries that call the enrollment table `e`.
inline constexpr char kEnrolledToday[] =
    "e.starts_on <= current_date AND (e.ends_on IS NULL OR e.ends_on >= current_date)";

enum class PersonKind { Staff, Student, Guardian };

QString kindName(PersonKind kind);  // "staff", "student", "guardian"
std::optional<PersonKind> kindFromName(const QString &name);

struct Person
{
    PersonKind kind = PersonKind::Staff;
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString middleName;
    qint64 userId = 0;      // 0 while the person has no account
    bool archived = false;  // staff only
    QString fullName() const;
};

// The person of the caller's school, or not_found.
Person findPerson(const RequestContext &ctx, PersonKind kind, qint64 id);

// An account of the caller's school and the person it belongs to (none for bare accounts).
struct Account
{
    qint64 userId = 0;
    QString login;
    bool blocked = false;
    QStringList roles;
    std::optional<PersonKind> kind;
    qint64 personId = 0;
};

// The account, or not_found.
Account findAccount(const RequestContext &ctx, qint64 userId);

// Throw forbidden unless the caller may manage the person's (the account's) credentials.
void requireMayManage(const RequestContext &ctx, PersonKind kind, qint64 personId);
void requireMayManage(const RequestContext &ctx, const Account &account);

// The roles a staff account may hold (every role but student and guardian).
bool isStaffRole(const QString &role);
// The array parameter as staff role names; throws invalid naming the parameter otherwise.
QStringList staffRolesParam(const RequestContext &ctx, const QString &name);

// A one-time password and its hash. Hashing is slow on purpose: make secrets before the
// transaction that stores them.
struct Secret
{
    QString password;
    QString hash;
};
Secret newSecret();

struct Credential
{
    Person person;
    qint64 userId = 0;
    QString login;
    QString password;
    QStringList roles;
};

// Inside ctx.write: gives the person an account with the first free login of their name
// (ivanov.ps, ivanov.ps2, ...), the roles and the secret; the password must be changed at
// first sign-in. Throws invalid when the person has an account by now.
Credential createAccount(const RequestContext &ctx, const Person &person, const QStringList &roles,
                         const Secret &secret);
// What the audit log keeps of a new account: never the password.
QCborMap auditEntry(const Credential &credential);

} // namespace ejournal::server::handlers::accounts

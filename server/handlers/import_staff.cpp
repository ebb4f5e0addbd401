// Bulk import of staff: checks of every row, and the one-transaction commit (staff records and,
// for rows with roles, their accounts).
#include "import_staff.h"

#include "accounts_core.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QSet>

namespace ejournal::server::handlers::import {

namespace {
const QString kLast = QStringLiteral("Фамилия");
const QString kFirst = QStringLiteral("Имя");
const QString kMiddle = QStringLiteral("Отчество");
const QString kPosition = QStringLiteral("Должность");
const QString kEmail = QStringLiteral("Email");
const QString kPhone = QStringLiteral("Телефон");
const QString kRoles = QStringLiteral("Роли");

// The role a Russian or English name in the file means; empty when none.
QString roleOf(const QString &word)
{
    static const QHash<QString, QString> roles{
        {QStringLiteral("администратор"), QStringLiteral("admin")},
        {QStringLiteral("директор"), QStringLiteral("director")},
        {QStringLiteral("заместитель директора"), QStringLiteral("deputy")},
        {QStringLiteral("зам. директора"), QStringLiteral("deputy")},
        {QStringLiteral("завуч"), QStringLiteral("deputy")},
        {QStringLiteral("учитель"), QStringLiteral("teacher")},
        {QStringLiteral("классный руководитель"), QStringLiteral("class_teacher")},
        {QStringLiteral("психолог"), QStringLiteral("psychologist")},
        {QStringLiteral("педагог-психолог"), QStringLiteral("psychologist")},
        {QStringLiteral("социальный педагог"), QStringLiteral("social_pedagogue")},
    };
    const QString folded = fold(word);
    if (accounts::isStaffRole(folded))
        return folded;
    return roles.value(folded);
}

QString memberName(const StaffImport::Member &m)
{
    return QStringList{m.lastName, m.firstName, m.middleName}.join(u' ').simplified();
}
} // namespace

StaffImport::StaffImport(const RequestContext &ctx, const QByteArray &data)
    : m_sheet(data, {kLast, kFirst, kMiddle, kPosition, kEmail, kPhone, kRoles}, {kLast, kFirst})
{
    for (ImportRow &row : m_sheet.rows())
        m_members.append(checkRow(row));
    checkDuplicates(ctx);
}

StaffImport::Member StaffImport::checkRow(ImportRow &row) const
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    Member m{row.required(kLast), row.required(kFirst), row.value(kMiddle), row.value(kPosition),
             row.value(kEmail), row.value(kPhone), checkRoles(row)};
    for (const QString &column : {kLast, kFirst, kMiddle}) {
        const QString v = row.value(column);
        if (std::any_of(v.cbegin(), v.cend(), [](QChar c) { return c.isDigit(); }))
            row.problem(column, v, QStringLiteral("в имени не должно быть цифр"));
    }
    if (!m.email.isEmpty() && !email.match(m.email).hasMatch())
        row.problem(kEmail, m.email, QStringLiteral("не похоже на адрес электронной почты"));
    checkPhone(row, kPhone);
    return m;
}

QStringList StaffImport::checkRoles(ImportRow &row) const
{
    QStringList roles;
    for (const QString &word : row.value(kRoles).split(u',', Qt::SkipEmptyParts)) {
        if (word.trimmed().isEmpty())
            continue;
        const QString role = roleOf(word);
        if (role.isEmpty())
            row.problem(kRoles, row.value(kRoles),
                        QStringLiteral("неизвестная роль «%1»; роли: администратор, директор,"
                                       " заместитель директора, учитель, классный руководитель,"
                                       " психолог, социальный педагог").arg(word.trimmed()));
        else if (!roles.contains(role))
            roles.append(role);
    }
    roles.sort();
    return roles;
}

void StaffImport::checkDuplicates(const RequestContext &ctx)
{
    QSet<QString> existing;
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT last_name, first_name, middle_name FROM staff WHERE school_id = ? AND NOT archived"),
        {ctx.caller.schoolId});
    while (q.next())
        existing.insert(fold(QStringList{q.value(0).toString(), q.value(1).toString(),
                                         q.value(2).toString()}.join(u' ')));
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        ImportRow &row = m_sheet.rows()[i];
        const QString name = memberName(m_members[i]);
        if (m_members[i].lastName.isEmpty() || m_members[i].firstName.isEmpty())
            continue;
        const QString key = fold(name);
        if (existing.contains(key))
            row.problem(QStringLiteral("сотрудник «%1» уже есть в школе").arg(name));
        else if (seen.contains(key))
            row.problem(QStringLiteral("сотрудник «%1» уже есть в строке %2").arg(name).arg(seen[key]));
        else
            seen.insert(key, row.line);
    }
}

QCborMap StaffImport::commit(RequestContext &ctx) const
{
    m_sheet.requireClean();
    QList<accounts::Secret> secrets;
    for (const Member &m : m_members)
        secrets.append(m.roles.isEmpty() ? accounts::Secret{} : accounts::newSecret());
    QCborArray staffIds;
    QList<accounts::Credential> made;
    ctx.write([&](AuditRecord &audit) {
        QCborArray entries;
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            const Member &m = m_members[i];
            const qint64 id = ctx.sql.scalar(QStringLiteral(
                "INSERT INTO staff (school_id, last_name, first_name, middle_name, position, email,"
                " phone) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {ctx.caller.schoolId, m.lastName, m.firstName, m.middleName, m.position, m.email,
                 m.phone}).toLongLong();
            staffIds.append(id);
            if (m.roles.isEmpty())
                continue;
            const accounts::Person person{accounts::PersonKind::Staff, id, m.lastName,
                                          m.firstName, m.middleName, 0, false};
            made.append(accounts::createAccount(ctx, person, m.roles, secrets[i]));
            entries.append(accounts::auditEntry(made.last()));
        }
        audit = {QStringLiteral("import.staff"), QStringLiteral("import"), QStringLiteral("staff"),
                 {},
                 QCborMap{{QStringLiteral("staff"), staffIds.size()},
                          {QStringLiteral("staffIds"), staffIds},
                          {QStringLiteral("accounts"), entries}},
                 {}, 0};
    });
    QCborArray credentials;
    for (const accounts::Credential &c : made)
        credentials.append(QCborMap{{QStringLiteral("personId"), c.person.id},
                                    {QStringLiteral("fullName"), c.person.fullName()},
                                    {QStringLiteral("userId"), c.userId},
                                    {QStringLiteral("login"), c.login},
                                    {QStringLiteral("password"), c.password}});
    return QCborMap{{QStringLiteral("staff"), staffIds.size()},
                    {QStringLiteral("accounts"), credentials}};
}

} // namespace ejournal::server::handlers::import

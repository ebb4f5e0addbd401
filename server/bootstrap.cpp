// Creating a school with its first administrator, and users.
#include "bootstrap.h"

#include "secrets.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ejournal::server {

namespace {
QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void audit(const Sql &sql, qint64 schoolId, const QString &action, const QString &entity,
           qint64 entityId, const QJsonObject &after)
{
    sql.exec(QStringLiteral("INSERT INTO audit_event (school_id, action, entity, entity_id, after)"
                            " VALUES (?, ?, ?, ?, ?::jsonb)"),
             {schoolId, action, entity, QString::number(entityId), json(after)});
}

qint64 insertUser(const Sql &sql, qint64 schoolId, const QString &login, const QString &fullName,
                  const QStringList &roles, const QString &password, bool mustChangePassword)
{
    const qint64 id = sql.scalar(QStringLiteral(
        "INSERT INTO app_user (school_id, login, full_name, password_hash, must_change_password)"
        " VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {schoolId, login, fullName, secrets::hashPassword(password), mustChangePassword})
                           .toLongLong();
    for (const QString &role : roles)
        sql.exec(QStringLiteral("INSERT INTO user_role (school_id, user_id, role) VALUES (?, ?, ?)"),
                 {schoolId, id, role});
    audit(sql, schoolId, QStringLiteral("user.create"), QStringLiteral("user"), id,
          {{QStringLiteral("login"), login},
           {QStringLiteral("name"), fullName},
           {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}});
    return id;
}

void asApplication(const Sql &sql)
{
    sql.execScript(QStringLiteral("SET ROLE ejournal_app"));
}
} // namespace

bool createSchool(QSqlDatabase db, const QString &schoolName, const QString &adminLogin,
                  const QString &adminName, NewSchool *out, QString *error)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    const Sql sql(db);
    asApplication(sql);
    if (schoolName.trimmed().isEmpty()) {
        *error = QStringLiteral("the school needs a name (--school)");
        return false;
    }
    if (!loginPattern.match(adminLogin).hasMatch()) {
        *error = QStringLiteral("login \"%1\" is not valid: use 2-64 Latin letters, digits, "
                                "dots, dashes or underscores").arg(adminLogin);
        return false;
    }
    Transaction tx(db);
    if (sql.scalar(QStringLiteral("SELECT 1 FROM school WHERE name = ?"), {schoolName.trimmed()}).isValid()) {
        *error = QStringLiteral("a school named \"%1\" exists already").arg(schoolName.trimmed());
        return false;
    }
    if (sql.scalar(QStringLiteral("SELECT 1 FROM app_user WHERE lower(login) = lower(?)"), {adminLogin}).isValid()) {
        *error = QStringLiteral("the login \"%1\" is taken").arg(adminLogin);
        return false;
    }
    out->schoolId = sql.scalar(QStringLiteral("INSERT INTO school (name) VALUES (?) RETURNING id"),
                               {schoolName.trimmed()}).toLongLong();
    audit(sql, out->schoolId, QStringLiteral("school.create"), QStringLiteral("school"),
          out->schoolId, {{QStringLiteral("name"), schoolName.trimmed()}});
    out->adminPassword = secrets::generatePassword();
    out->adminId = insertUser(sql, out->schoolId, adminLogin, adminName, {QStringLiteral("admin")},
                              out->adminPassword, true);
    tx.commit();
    return true;
}

qint64 createUser(QSqlDatabase db, qint64 schoolId, const QString &login, const QString &fullName,
                  const QStringList &roles, const QString &password, bool mustChangePassword)
{
    const Sql sql(db);
    asApplication(sql);
    Transaction tx(db);
    const qint64 id = insertUser(sql, schoolId, login, fullName, roles, password, mustChangePassword);
    tx.commit();
    return id;
}

qint64 createStaffAccount(QSqlDatabase db, qint64 schoolId, qint64 staffId, const QString &login,
                          const QStringList &roles, const QString &password)
{
    const Sql sql(db);
    asApplication(sql);
    Transaction tx(db);
    const QString fullName = sql.scalar(QStringLiteral(
        "SELECT concat_ws(' ', last_name, first_name, nullif(middle_name, ''))"
        "  FROM staff WHERE school_id = ? AND id = ?"), {schoolId, staffId}).toString();
    if (fullName.isEmpty())
        throw DbFailure("no such staff member");
    const qint64 id = insertUser(sql, schoolId, login, fullName, roles, password, true);
    sql.exec(QStringLiteral("UPDATE staff SET user_id = ? WHERE school_id = ? AND id = ?"),
             {id, schoolId, staffId});
    tx.commit();
    return id;
}

} // namespace ejournal::server

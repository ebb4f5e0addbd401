// staff.* handlers: the staff list with accounts and roles, add, edit, archive. A staff
// member who is class teacher of a class of an open year cannot be archived.
#include "people_staff.h"

#include "people_common.h"

#include <QCborArray>
#include <QRegularExpression>

namespace ejournal::server::handlers::people {

namespace {
const Fields kStaffFields{
    {"lastName", "last_name", FieldKind::Text},
    {"firstName", "first_name", FieldKind::Text},
    {"middleName", "middle_name", FieldKind::Text},
    {"position", "position", FieldKind::Text},
    {"email", "email", FieldKind::Text},
    {"phone", "phone", FieldKind::Text},
};

// Staff rows of the school; one row when staffId is not 0.
QCborArray staffRows(const RequestContext &ctx, qint64 staffId, bool includeArchived)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT s.id, s.last_name, s.first_name, s.middle_name, s.position, s.email, s.phone,"
        "       s.user_id, u.login, s.archived,"
        "       (SELECT coalesce(string_agg(r.role, ',' ORDER BY r.role), '') FROM user_role r"
        "         WHERE r.school_id = s.school_id AND r.user_id = s.user_id)"
        "  FROM staff s LEFT JOIN app_user u ON u.school_id = s.school_id AND u.id = s.user_id"
        " WHERE s.school_id = ? AND (?::bigint = 0 OR s.id = ?) AND (?::boolean OR NOT s.archived)"
        " ORDER BY s.last_name COLLATE \"ru-RU-x-icu\", s.first_name COLLATE \"ru-RU-x-icu\","
        "          s.middle_name COLLATE \"ru-RU-x-icu\", s.id"),
        {ctx.caller.schoolId, staffId, staffId, includeArchived});
    QCborArray out;
    while (q.next()) {
        QCborArray roles;
        for (const QString &role : q.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            roles.append(role);
        out.append(QCborMap{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("lastName"), q.value(1).toString()},
            {QStringLiteral("firstName"), q.value(2).toString()},
            {QStringLiteral("middleName"), q.value(3).toString()},
            {QStringLiteral("fullName"),
             fullName(q.value(1).toString(), q.value(2).toString(), q.value(3).toString())},
            {QStringLiteral("position"), q.value(4).toString()},
            {QStringLiteral("email"), q.value(5).toString()},
            {QStringLiteral("phone"), q.value(6).toString()},
            {QStringLiteral("userId"), cborOf(q.value(7))},
            {QStringLiteral("login"), cborOf(q.value(8))},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("archived"), q.value(9).toBool()}});
    }
    return out;
}

QCborValue staffRow(const RequestContext &ctx, qint64 staffId)
{
    return staffRows(ctx, staffId, true).at(0);
}

void validateStaff(const QCborMap &row)
{
    requireNames(row);
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString address = row.value(QStringLiteral("email")).toString();
    if (!address.isEmpty() && !email.match(address).hasMatch())
        invalid(QStringLiteral("email"), QStringLiteral("not an e-mail address"),
                QStringLiteral("«%1» is not an e-mail address").arg(address));
}

// Refuses archiving the class teacher of a class in a year that is not closed.
void requireNoOpenClasses(const RequestContext &ctx, qint64 staffId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT c.grade, c.letter, y.name FROM class_unit c"
        "  JOIN academic_year y ON y.school_id = c.school_id AND y.id = c.academic_year_id"
        " WHERE c.school_id = ? AND c.class_teacher_id = ? AND y.state <> 'closed'"
        " ORDER BY y.starts_on, c.grade, c.letter LIMIT 1"),
        {ctx.caller.schoolId, staffId});
    if (q.next())
        invalid(QStringLiteral("id"), QStringLiteral("is a class teacher"),
                QStringLiteral("the staff member is class teacher of %1 in %2; appoint another"
                               " class teacher first")
                    .arg(className(q.value(0).toInt(), q.value(1).toString()),
                         q.value(2).toString()));
}
} // namespace

QCborValue listStaff(RequestContext &ctx)
{
    return staffRows(ctx, 0, ctx.params.value(QStringLiteral("includeArchived")).toBool());
}

QCborValue createStaff(RequestContext &ctx)
{
    const QCborMap row = mergeParams(ctx, kStaffFields, {});
    validateStaff(row);
    qint64 id = 0;
    ctx.write([&](AuditRecord &audit) {
        id = insertRow(ctx, "staff", kStaffFields, row);
        audit = {QStringLiteral("staff.create"), QStringLiteral("staff"), QString::number(id),
                 {}, row, {}, 0};
    });
    return QCborMap{{QStringLiteral("id"), id}};
}

QCborValue updateStaff(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const QCborMap before = readRow(ctx, "staff", kStaffFields, id, QStringLiteral("staff member"));
    const QCborMap after = mergeParams(ctx, kStaffFields, before);
    validateStaff(after);
    const Changes changes = diff(before, after);
    if (!changes.isEmpty())
        ctx.write([&](AuditRecord &audit) {
            updateRow(ctx, "staff", kStaffFields, id, changes.after);
            audit = {QStringLiteral("staff.update"), QStringLiteral("staff"), QString::number(id),
                     changes.before, changes.after, {}, 0};
        });
    return staffRow(ctx, id);
}

QCborValue archiveStaff(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const bool archived = ctx.params.value(QStringLiteral("archived")).toBool(true);
    const Fields fields{{"archived", "archived", FieldKind::Boolean}};
    const QCborMap before = readRow(ctx, "staff", fields, id, QStringLiteral("staff member"));
    if (archived)
        requireNoOpenClasses(ctx, id);
    const Changes changes = diff(before, QCborMap{{QStringLiteral("archived"), archived}});
    if (!changes.isEmpty())
        ctx.write([&](AuditRecord &audit) {
            updateRow(ctx, "staff", fields, id, changes.after);
            audit = {archived ? QStringLiteral("staff.archive") : QStringLiteral("staff.restore"),
                     QStringLiteral("staff"), QString::number(id), changes.before,
                     changes.after, {}, 0};
        });
    return staffRow(ctx, id);
}

} // namespace ejournal::server::handlers::people

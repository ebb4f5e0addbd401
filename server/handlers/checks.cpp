// Checks the area handlers share.
#include "checks.h"

namespace ejournal::server::handlers {

QDate dateParam(const RequestContext &ctx, const QString &name)
{
    return QDate::fromString(ctx.text(name), Qt::ISODate);
}

void requireWithin(const QDate &date, const QDate &from, const QDate &to, const QString &field,
                   const QString &what)
{
    if (date < from || date > to)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("%1 %2 is outside %3 – %4")
                       .arg(what, date.toString(Qt::ISODate), from.toString(Qt::ISODate),
                            to.toString(Qt::ISODate)),
                   {{field, QStringLiteral("must lie between %1 and %2")
                                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))}});
}

void requireExists(const RequestContext &ctx, const char *table, qint64 id, const QString &what)
{
    const bool found = ctx.sql.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE school_id = ? AND id = ?")
                                          .arg(QLatin1String(table)),
                                      {ctx.caller.schoolId, id}).isValid();
    if (!found)
        throw fail(ErrorCode::NotFound, QStringLiteral("no %1 with id %2").arg(what).arg(id));
}

qint64 chosenYearId(const RequestContext &ctx)
{
    const qint64 asked = ctx.integer(QStringLiteral("academicYearId"));
    if (asked != 0)
        return yearOf(ctx, asked).id;
    return ctx.sql.scalar(QStringLiteral(
        "SELECT id FROM academic_year WHERE school_id = ?"
        " ORDER BY state = 'active' DESC, starts_on DESC LIMIT 1"), {ctx.caller.schoolId})
        .toLongLong();
}

YearInfo yearOf(const RequestContext &ctx, qint64 yearId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, name, starts_on, ends_on, state FROM academic_year"
        " WHERE school_id = ? AND id = ?"), {ctx.caller.schoolId, yearId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no academic year with id %1").arg(yearId));
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDate(),
            q.value(3).toDate(), q.value(4).toString()};
}

YearInfo writableYear(const RequestContext &ctx, qint64 yearId)
{
    YearInfo year = yearOf(ctx, yearId);
    if (year.state == QLatin1String("closed"))
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the academic year %1 is closed and read-only").arg(year.name),
                   {{QStringLiteral("academicYearId"), QStringLiteral("the year is closed")}});
    return year;
}

bool callerIs(const RequestContext &ctx, Role role)
{
    return ctx.caller.hasRole(role);
}

QList<qint64> ownClassIds(const RequestContext &ctx)
{
    QList<qint64> out;
    if (ctx.caller.staffId == 0)
        return out;
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id FROM class_unit WHERE school_id = ? AND class_teacher_id = ?"),
        {ctx.caller.schoolId, ctx.caller.staffId});
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

void requireOwnClass(const RequestContext &ctx, qint64 classId)
{
    if (!ownClassIds(ctx).contains(classId))
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("only the class teacher of that class may do this"));
}

bool isUniqueViolation(const DbFailure &failure)
{
    return failure.sqlState == QLatin1String("23505");
}

} // namespace ejournal::server::handlers

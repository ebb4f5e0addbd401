// holidays.* handlers: holidays of an academic year, for every grade or for some (e.g. the
// extra February week of the first grade). Two holidays that apply to a common grade never
// overlap; holidays of disjoint grades may.
#include "structure_common.h"
#include "structure_handlers.h"

#include <algorithm>

namespace ejournal::server::handlers::structure {

namespace {
struct Holiday
{
    qint64 id = 0;
    qint64 yearId = 0;
    QString name;
    QDate startsOn;
    QDate endsOn;
    QList<int> grades;  // empty: every grade
};

QCborMap holidayFields(const Holiday &h)
{
    QCborArray grades;
    for (int grade : h.grades)
        grades.append(grade);
    return {{QStringLiteral("name"), h.name},
            {QStringLiteral("startsOn"), iso(h.startsOn)},
            {QStringLiteral("endsOn"), iso(h.endsOn)},
            {QStringLiteral("grades"), grades}};
}

QCborMap holidayRow(const Holiday &h)
{
    QCborMap row = holidayFields(h);
    row.insert(QStringLiteral("id"), h.id);
    row.insert(QStringLiteral("academicYearId"), h.yearId);
    return row;
}

// Grades 1..11, sorted, each once; an empty list means every grade.
QList<int> parseGrades(const QCborValue &value)
{
    QList<int> out;
    for (const QCborValue &grade : value.toArray()) {
        if (!grade.isInteger() || grade.toInteger() < 1 || grade.toInteger() > 11)
            invalid(QStringLiteral("grades"), QStringLiteral("must be whole numbers from 1 to 11"),
                    QStringLiteral("grades must be whole numbers from 1 to 11"));
        if (!out.contains(int(grade.toInteger())))
            out.append(int(grade.toInteger()));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The grades as a PostgreSQL array literal ("{1,5}"), or NULL for every grade.
QVariant gradesBind(const QList<int> &grades)
{
    if (grades.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    QStringList items;
    for (int grade : grades)
        items.append(QString::number(grade));
    return QStringLiteral("{%1}").arg(items.join(QLatin1Char(',')));
}

// Holidays of the school, of one year (yearId) or one holiday (holidayId); 0 = any.
QList<Holiday> readHolidays(const RequestContext &ctx, qint64 yearId, qint64 holidayId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, academic_year_id, name, starts_on, ends_on, array_to_string(grades, ',')"
        "  FROM holiday WHERE school_id = ? AND (?::bigint = 0 OR academic_year_id = ?)"
        "   AND (?::bigint = 0 OR id = ?)"
        " ORDER BY starts_on, id"),
        {ctx.caller.schoolId, yearId, yearId, holidayId, holidayId});
    QList<Holiday> out;
    while (q.next()) {
        QList<int> grades;
        for (const QString &grade : q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            grades.append(grade.toInt());
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toDate(), q.value(4).toDate(), grades});
    }
    return out;
}

Holiday holidayOf(const RequestContext &ctx, qint64 id)
{
    const QList<Holiday> found = readHolidays(ctx, 0, id);
    if (found.isEmpty())
        throw fail(ErrorCode::NotFound, QStringLiteral("no holiday with id %1").arg(id));
    return found.first();
}

// Dates in order and inside the year; no overlap with another holiday of a common grade.
void checkHoliday(const RequestContext &ctx, const YearInfo &year, const Holiday &h)
{
    if (h.endsOn < h.startsOn)
        invalid(QStringLiteral("endsOn"), QStringLiteral("must not be before startsOn"),
                QStringLiteral("the holiday «%1» would end on %2, before it starts on %3")
                    .arg(h.name, iso(h.endsOn), iso(h.startsOn)));
    requireWithin(h.startsOn, year.startsOn, year.endsOn, QStringLiteral("startsOn"),
                  QStringLiteral("the start of the holiday «%1»").arg(h.name));
    requireWithin(h.endsOn, year.startsOn, year.endsOn, QStringLiteral("endsOn"),
                  QStringLiteral("the end of the holiday «%1»").arg(h.name));
    const QVariant grades = gradesBind(h.grades);
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT name, starts_on, ends_on FROM holiday"
        " WHERE school_id = ? AND academic_year_id = ? AND id <> ?"
        "   AND starts_on <= ? AND ends_on >= ?"
        "   AND (grades IS NULL OR ?::smallint[] IS NULL OR grades && ?::smallint[])"
        " ORDER BY starts_on, id LIMIT 1"),
        {ctx.caller.schoolId, year.id, h.id, h.endsOn, h.startsOn, grades, grades});
    if (!q.next())
        return;
    const QString reason = QStringLiteral("overlaps «%1» (%2)")
                               .arg(q.value(0).toString(),
                                    span(q.value(1).toDate(), q.value(2).toDate()));
    throw fail(ErrorCode::Invalid,
               QStringLiteral("the holiday %1 %2, which applies to the same grades")
                   .arg(span(h.startsOn, h.endsOn), reason),
               {{QStringLiteral("startsOn"), reason}, {QStringLiteral("endsOn"), reason}});
}

// The request's fields applied to a holiday (all of them for create).
Holiday merged(const RequestContext &ctx, Holiday h)
{
    h.name = requiredText(textOr(ctx, QStringLiteral("name"), h.name), QStringLiteral("name"));
    h.startsOn = dateOr(ctx, QStringLiteral("startsOn"), h.startsOn);
    h.endsOn = dateOr(ctx, QStringLiteral("endsOn"), h.endsOn);
    if (ctx.params.contains(QStringLiteral("grades")))
        h.grades = parseGrades(ctx.params.value(QStringLiteral("grades")));
    return h;
}
} // namespace

QCborValue listHolidays(RequestContext &ctx)
{
    const YearInfo year = yearOf(ctx, ctx.integer(QStringLiteral("academicYearId")));
    QCborArray out;
    for (const Holiday &h : readHolidays(ctx, year.id, 0))
        out.append(holidayRow(h));
    return out;
}

QCborValue createHoliday(RequestContext &ctx)
{
    Holiday h;
    h.yearId = ctx.integer(QStringLiteral("academicYearId"));
    h = merged(ctx, h);
    ctx.write([&](AuditRecord &audit) {
        checkHoliday(ctx, writableYear(ctx, h.yearId), h);
        h.id = ctx.sql.scalar(QStringLiteral(
            "INSERT INTO holiday (school_id, academic_year_id, name, starts_on, ends_on, grades)"
            " VALUES (?, ?, ?, ?, ?, ?::smallint[]) RETURNING id"),
            {ctx.caller.schoolId, h.yearId, h.name, h.startsOn, h.endsOn, gradesBind(h.grades)})
                   .toLongLong();
        audit = {QStringLiteral("holiday.create"), QStringLiteral("holiday"), QString::number(h.id),
                 {}, holidayRow(h), {}, 0};
    });
    return holidayRow(h);
}

QCborValue updateHoliday(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    Holiday h;
    ctx.write([&](AuditRecord &audit) {
        const Holiday before = holidayOf(ctx, id);
        const YearInfo year = writableYear(ctx, before.yearId);
        h = merged(ctx, before);
        checkHoliday(ctx, year, h);
        ctx.sql.exec(QStringLiteral(
            "UPDATE holiday SET name = ?, starts_on = ?, ends_on = ?, grades = ?::smallint[]"
            " WHERE school_id = ? AND id = ?"),
            {h.name, h.startsOn, h.endsOn, gradesBind(h.grades), ctx.caller.schoolId, id});
        const Changes changes = diff(holidayFields(before), holidayFields(h));
        audit = {QStringLiteral("holiday.update"), QStringLiteral("holiday"), QString::number(id),
                 changes.before, changes.after, {}, 0};
    });
    return holidayRow(h);
}

QCborValue deleteHoliday(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    ctx.write([&](AuditRecord &audit) {
        const Holiday before = holidayOf(ctx, id);
        writableYear(ctx, before.yearId);
        ctx.sql.exec(QStringLiteral("DELETE FROM holiday WHERE school_id = ? AND id = ?"),
                     {ctx.caller.schoolId, id});
        audit = {QStringLiteral("holiday.delete"), QStringLiteral("holiday"), QString::number(id),
                 holidayRow(before), {}, {}, 0};
    });
    return QCborMap();
}

} // namespace ejournal::server::handlers::structure

// years.* handlers: academic years of the school. A year runs planning → active → closed;
// at most one is active, a closed one is read-only, and years of a school never overlap.
#include "structure_common.h"
#include "structure_handlers.h"

#include <QCborArray>

namespace ejournal::server::handlers::structure {

namespace {
constexpr int kMaxMonths = 14;

QCborMap yearFields(const YearInfo &year)
{
    return {{QStringLiteral("name"), year.name},
            {QStringLiteral("startsOn"), iso(year.startsOn)},
            {QStringLiteral("endsOn"), iso(year.endsOn)}};
}

QCborMap yearRow(const YearInfo &year)
{
    QCborMap row = yearFields(year);
    row.insert(QStringLiteral("id"), year.id);
    row.insert(QStringLiteral("state"), year.state);
    return row;
}

// Refuses dates out of order, a year over 14 months, a name in use and an overlap with
// another year of the school.
void checkYear(const RequestContext &ctx, const YearInfo &year)
{
    if (year.endsOn <= year.startsOn)
        invalid(QStringLiteral("endsOn"), QStringLiteral("must be after startsOn"),
                QStringLiteral("the year would end on %1, not after it starts on %2")
                    .arg(iso(year.endsOn), iso(year.startsOn)));
    if (year.endsOn >= year.startsOn.addMonths(kMaxMonths))
        invalid(QStringLiteral("endsOn"),
                QStringLiteral("a year lasts at most %1 months").arg(kMaxMonths),
                QStringLiteral("the year %1 would last more than %2 months")
                    .arg(span(year.startsOn, year.endsOn)).arg(kMaxMonths));
    requireUnique(ctx, "academic_year", "name", year.name, year.id, QStringLiteral("name"),
                  QStringLiteral("academic year"), QStringLiteral("name"));
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT name, starts_on, ends_on FROM academic_year"
        " WHERE school_id = ? AND id <> ? AND starts_on <= ? AND ends_on >= ?"
        " ORDER BY starts_on LIMIT 1"),
        {ctx.caller.schoolId, year.id, year.endsOn, year.startsOn});
    if (!q.next())
        return;
    const QString other = QStringLiteral("«%1» (%2)")
                              .arg(q.value(0).toString(),
                                   span(q.value(1).toDate(), q.value(2).toDate()));
    const QString reason = QStringLiteral("overlaps the academic year %1").arg(other);
    throw fail(ErrorCode::Invalid,
               QStringLiteral("the year %1 %2").arg(span(year.startsOn, year.endsOn), reason),
               {{QStringLiteral("startsOn"), reason}, {QStringLiteral("endsOn"), reason}});
}

// Refuses new dates of a year that would leave one of its periods or holidays outside,
// naming every one of them.
void requireContentsWithin(const RequestContext &ctx, const YearInfo &year)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT p.name, s.name, p.starts_on, p.ends_on"
        "  FROM period p JOIN period_scheme s ON s.school_id = p.school_id AND s.id = p.scheme_id"
        " WHERE p.school_id = ? AND s.academic_year_id = ? AND (p.starts_on < ? OR p.ends_on > ?)"
        " UNION ALL "
        "SELECT h.name, NULL, h.starts_on, h.ends_on FROM holiday h"
        " WHERE h.school_id = ? AND h.academic_year_id = ? AND (h.starts_on < ? OR h.ends_on > ?)"
        " ORDER BY 3"),
        {ctx.caller.schoolId, year.id, year.startsOn, year.endsOn,
         ctx.caller.schoolId, year.id, year.startsOn, year.endsOn});
    QStringList outside;
    QStringList early;
    QStringList late;
    while (q.next()) {
        const QString label = q.value(1).isNull()
            ? QStringLiteral("the holiday «%1»").arg(q.value(0).toString())
            : QStringLiteral("the period «%1» of «%2»").arg(q.value(0).toString(),
                                                            q.value(1).toString());
        const QDate startsOn = q.value(2).toDate();
        outside.append(QStringLiteral("%1 (%2)").arg(label, span(startsOn, q.value(3).toDate())));
        (startsOn < year.startsOn ? early : late).append(label);
    }
    if (outside.isEmpty())
        return;
    QCborMap details;
    if (!early.isEmpty())
        details.insert(QStringLiteral("startsOn"),
                       QStringLiteral("would leave outside: %1").arg(early.join(QStringLiteral(", "))));
    if (!late.isEmpty())
        details.insert(QStringLiteral("endsOn"),
                       QStringLiteral("would leave outside: %1").arg(late.join(QStringLiteral(", "))));
    throw fail(ErrorCode::Invalid,
               QStringLiteral("the dates %1 would leave outside the year: %2")
                   .arg(span(year.startsOn, year.endsOn), outside.join(QStringLiteral("; "))),
               details);
}

// Why a year may not go from one state to the other (empty when it may).
QString transitionRefusal(const QString &from, const QString &to)
{
    if (from == to)
        return QStringLiteral("the year is already %1").arg(to);
    if (from == QLatin1String("closed"))
        return QStringLiteral("a closed year is read-only and cannot be reopened");
    if (from == QLatin1String("planning") && to == QLatin1String("closed"))
        return QStringLiteral("a year in planning cannot be closed; activate it first");
    if (from == QLatin1String("active") && to == QLatin1String("planning"))
        return QStringLiteral("an active year cannot go back to planning");
    return {};
}

// Refuses activating a year while another year of the school is active.
void requireNoOtherActive(const RequestContext &ctx, const YearInfo &year)
{
    const QVariant other = ctx.sql.scalar(QStringLiteral(
        "SELECT name FROM academic_year WHERE school_id = ? AND state = 'active' AND id <> ?"),
        {ctx.caller.schoolId, year.id});
    if (other.isValid())
        invalid(QStringLiteral("state"),
                QStringLiteral("«%1» is active").arg(other.toString()),
                QStringLiteral("the academic year «%1» is still active; close it before activating «%2»")
                    .arg(other.toString(), year.name));
}
} // namespace

QCborValue listYears(RequestContext &ctx)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, name, starts_on, ends_on, state FROM academic_year WHERE school_id = ?"
        " ORDER BY starts_on DESC, id DESC"), {ctx.caller.schoolId});
    QCborArray out;
    while (q.next())
        out.append(yearRow({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDate(),
                            q.value(3).toDate(), q.value(4).toString()}));
    return out;
}

QCborValue createYear(RequestContext &ctx)
{
    YearInfo year{0, requiredText(ctx.text(QStringLiteral("name")), QStringLiteral("name")),
                  dateParam(ctx, QStringLiteral("startsOn")), dateParam(ctx, QStringLiteral("endsOn")),
                  QStringLiteral("planning")};
    writeUnique(ctx, QStringLiteral("name"),
                QStringLiteral("the academic year «%1» already exists").arg(year.name),
                [&](AuditRecord &audit) {
        checkYear(ctx, year);
        year.id = ctx.sql.scalar(QStringLiteral(
            "INSERT INTO academic_year (school_id, name, starts_on, ends_on) VALUES (?, ?, ?, ?)"
            " RETURNING id"), {ctx.caller.schoolId, year.name, year.startsOn, year.endsOn})
                      .toLongLong();
        audit = {QStringLiteral("year.create"), QStringLiteral("year"), QString::number(year.id),
                 {}, yearRow(year), {}, 0};
    });
    return yearRow(year);
}

QCborValue updateYear(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    YearInfo year;
    writeUnique(ctx, QStringLiteral("name"),
                QStringLiteral("the academic year «%1» already exists")
                    .arg(ctx.text(QStringLiteral("name"))),
                [&](AuditRecord &audit) {
        const YearInfo before = writableYear(ctx, id);
        year = before;
        year.name = requiredText(textOr(ctx, QStringLiteral("name"), before.name),
                                 QStringLiteral("name"));
        year.startsOn = dateOr(ctx, QStringLiteral("startsOn"), before.startsOn);
        year.endsOn = dateOr(ctx, QStringLiteral("endsOn"), before.endsOn);
        checkYear(ctx, year);
        requireContentsWithin(ctx, year);
        ctx.sql.exec(QStringLiteral(
            "UPDATE academic_year SET name = ?, starts_on = ?, ends_on = ?"
            " WHERE school_id = ? AND id = ?"),
            {year.name, year.startsOn, year.endsOn, ctx.caller.schoolId, id});
        const Changes changes = diff(yearFields(before), yearFields(year));
        audit = {QStringLiteral("year.update"), QStringLiteral("year"), QString::number(id),
                 changes.before, changes.after, {}, 0};
    });
    return yearRow(year);
}

QCborValue setYearState(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const QString state = oneOf(ctx.text(QStringLiteral("state")),
                                {QStringLiteral("planning"), QStringLiteral("active"),
                                 QStringLiteral("closed")},
                                QStringLiteral("state"));
    YearInfo year;
    writeUnique(ctx, QStringLiteral("state"),
                QStringLiteral("another academic year was activated at the same time"),
                [&](AuditRecord &audit) {
        year = yearOf(ctx, id);
        const QString refusal = transitionRefusal(year.state, state);
        if (!refusal.isEmpty())
            invalid(QStringLiteral("state"), refusal,
                    QStringLiteral("the academic year «%1» is %2: %3")
                        .arg(year.name, year.state, refusal));
        if (state == QLatin1String("active"))
            requireNoOtherActive(ctx, year);
        ctx.sql.exec(QStringLiteral("UPDATE academic_year SET state = ? WHERE school_id = ? AND id = ?"),
                     {state, ctx.caller.schoolId, id});
        audit = {QStringLiteral("year.state"), QStringLiteral("year"), QString::number(id),
                 QCborMap{{QStringLiteral("state"), year.state}},
                 QCborMap{{QStringLiteral("state"), state}}, {}, 0};
        year.state = state;
    });
    return yearRow(year);
}

} // namespace ejournal::server::handlers::structure

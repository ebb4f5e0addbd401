// periodSchemes.* handlers: how a year is divided into periods (quarters, trimesters, halves
// or the whole year). Without dates given, a new scheme gets the usual Russian-school
// calendar fitted to the year. Periods are kept in place when dates change (their ids stay).
#include "structure_common.h"
#include "structure_handlers.h"

#include <algorithm>
#include <optional>

namespace ejournal::server::handlers::structure {

namespace {
// Holidays before a period: the period starts on month/day, after `days` days off.
struct Break
{
    int month;
    int day;
    int days;
};

struct Kind
{
    const char *kind;
    int count;
    const char *schemeName;
    const char *periodName;  // "%1 четверть"; the single period of "year" is "Год"
    QList<Break> breaks;     // count - 1 breaks
};

// Autumn (Oct 25 – Nov 4), winter (Dec 29 – Jan 11) and spring (Mar 21 – Mar 29) holidays
// between quarters; trimesters split at December and March; halves at the winter holidays.
const QList<Kind> &kinds()
{
    static const QList<Kind> list{
        {"quarters", 4, "Четверти", "%1 четверть", {{11, 5, 11}, {1, 12, 14}, {3, 30, 9}}},
        {"trimesters", 3, "Триместры", "%1 триместр", {{12, 1, 0}, {3, 1, 0}}},
        {"halves", 2, "Полугодия", "%1 полугодие", {{1, 12, 14}}},
        {"year", 1, "Год", "Год", {}},
    };
    return list;
}

// A default period shorter than this means the calendar does not fit the year.
constexpr int kMinDefaultDays = 14;

const Kind &kindNamed(const QString &name)
{
    QStringList names;
    for (const Kind &kind : kinds()) {
        if (name == QLatin1String(kind.kind))
            return kind;
        names.append(QLatin1String(kind.kind));
    }
    oneOf(name, names, QStringLiteral("kind"));
    Q_UNREACHABLE();
}

QString periodName(const Kind &kind, int ordinal)
{
    const QString pattern = QString::fromUtf8(kind.periodName);
    return kind.count == 1 ? pattern : pattern.arg(ordinal);
}

struct Span
{
    QDate startsOn;
    QDate endsOn;
    qint64 days() const { return startsOn.daysTo(endsOn) + 1; }
    bool operator==(const Span &) const = default;
};

struct Problem
{
    QString field;
    QString reason;
    QString message;
};

// What is wrong with these periods for the kind and the year: the count, a period ending
// before it starts, outside the year, or not after the one before it.
std::optional<Problem> periodsProblem(const Kind &kind, const QList<Span> &periods,
                                      const YearInfo &year)
{
    if (periods.size() != kind.count)
        return Problem{QStringLiteral("periods"),
                       QStringLiteral("%1 need %2 periods").arg(QLatin1String(kind.kind)).arg(kind.count),
                       QStringLiteral("%1 need %2 periods, %3 given")
                           .arg(QLatin1String(kind.kind)).arg(kind.count).arg(periods.size())};
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const Span &p = periods.at(i);
        const QString field = elementField(QStringLiteral("periods"), i);
        const QString label = QStringLiteral("%1 (%2)").arg(field, periodName(kind, int(i) + 1));
        if (p.endsOn < p.startsOn)
            return Problem{field, QStringLiteral("ends before it starts"),
                           QStringLiteral("%1 ends on %2, before it starts on %3")
                               .arg(label, iso(p.endsOn), iso(p.startsOn))};
        if (p.startsOn < year.startsOn || p.endsOn > year.endsOn)
            return Problem{field,
                           QStringLiteral("must lie within %1").arg(span(year.startsOn, year.endsOn)),
                           QStringLiteral("%1 %2 lies outside the academic year «%3» (%4)")
                               .arg(label, span(p.startsOn, p.endsOn), year.name,
                                    span(year.startsOn, year.endsOn))};
        if (i > 0 && p.startsOn <= periods.at(i - 1).endsOn)
            return Problem{field,
                           QStringLiteral("must start after %1 ends")
                               .arg(periodName(kind, int(i))),
                           QStringLiteral("%1 starts on %2, not after %3 ends on %4")
                               .arg(label, iso(p.startsOn), periodName(kind, int(i)),
                                    iso(periods.at(i - 1).endsOn))};
    }
    return std::nullopt;
}

void requirePeriodsFit(const Kind &kind, const QList<Span> &periods, const YearInfo &year)
{
    if (const auto problem = periodsProblem(kind, periods, year))
        invalid(problem->field, problem->reason, problem->message);
}

// The first occurrence of month/day on or after `from`.
QDate onOrAfter(const QDate &from, int month, int day)
{
    const QDate date(from.year(), month, day);
    return date >= from ? date : date.addYears(1);
}

QList<Span> calendarPeriods(const Kind &kind, const YearInfo &year)
{
    QList<Span> out{{year.startsOn, year.endsOn}};
    for (const Break &b : kind.breaks) {
        const QDate next = onOrAfter(year.startsOn, b.month, b.day);
        out.last().endsOn = next.addDays(-b.days - 1);
        out.append({next, year.endsOn});
    }
    return out;
}

QList<Span> equalPeriods(const Kind &kind, const YearInfo &year)
{
    const qint64 days = year.startsOn.daysTo(year.endsOn) + 1;
    QList<Span> out;
    for (int i = 0; i < kind.count; ++i)
        out.append({year.startsOn.addDays(days * i / kind.count),
                    year.startsOn.addDays(days * (i + 1) / kind.count - 1)});
    return out;
}

// The usual calendar when it fits the year with every period at least two weeks long
// (a year of September to May or June); otherwise the year in equal parts without gaps.
QList<Span> defaultPeriods(const Kind &kind, const YearInfo &year)
{
    const QList<Span> calendar = calendarPeriods(kind, year);
    const bool fits = !periodsProblem(kind, calendar, year)
        && std::all_of(calendar.cbegin(), calendar.cend(),
                       [](const Span &p) { return p.days() >= kMinDefaultDays; });
    return fits ? calendar : equalPeriods(kind, year);
}

QList<Span> givenPeriods(const RequestContext &ctx)
{
    const QString param = QStringLiteral("periods");
    const QCborArray array = ctx.params.value(param).toArray();
    QList<Span> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = elementField(param, i);
        const QCborMap map = element(array, i, param,
                                     {QStringLiteral("startsOn"), QStringLiteral("endsOn")});
        out.append({elementDate(map, QStringLiteral("startsOn"), field),
                    elementDate(map, QStringLiteral("endsOn"), field)});
    }
    return out;
}

// The fields of a scheme the audit records.
QCborMap schemeFields(const QString &name, const QList<Span> &periods)
{
    QCborArray dates;
    for (const Span &p : periods)
        dates.append(QCborMap{{QStringLiteral("startsOn"), iso(p.startsOn)},
                              {QStringLiteral("endsOn"), iso(p.endsOn)}});
    return {{QStringLiteral("name"), name}, {QStringLiteral("periods"), dates}};
}

// A whole scheme for the audit of its creation or deletion.
QCborMap schemeRecord(qint64 yearId, const Kind &kind, const QString &name,
                      const QList<Span> &periods)
{
    QCborMap out = schemeFields(name, periods);
    out.insert(QStringLiteral("academicYearId"), yearId);
    out.insert(QStringLiteral("kind"), QString::fromLatin1(kind.kind));
    return out;
}

QString takenMessage(const QString &name)
{
    return QStringLiteral("the year already has a period scheme «%1»").arg(name);
}

void requireSchemeNameFree(const RequestContext &ctx, qint64 yearId, const QString &name,
                           qint64 exceptId)
{
    const bool taken = ctx.sql.scalar(QStringLiteral(
        "SELECT 1 FROM period_scheme WHERE school_id = ? AND academic_year_id = ? AND name = ?"
        "   AND id <> ?"), {ctx.caller.schoolId, yearId, name, exceptId}).isValid();
    if (taken)
        invalid(QStringLiteral("name"), QStringLiteral("already exists in this year"),
                takenMessage(name));
}

struct SchemeInfo
{
    qint64 id = 0;
    qint64 yearId = 0;
    const Kind *kind = nullptr;
    QString name;
};

SchemeInfo schemeOf(const RequestContext &ctx, qint64 id)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT academic_year_id, kind, name FROM period_scheme WHERE school_id = ? AND id = ?"),
        {ctx.caller.schoolId, id});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no period scheme with id %1").arg(id));
    return {id, q.value(0).toLongLong(), &kindNamed(q.value(1).toString()), q.value(2).toString()};
}

struct PeriodRow
{
    QString name;
    Span dates;
    bool closed = false;
};

QList<PeriodRow> periodsOf(const RequestContext &ctx, qint64 schemeId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT name, starts_on, ends_on, closed FROM period"
        " WHERE school_id = ? AND scheme_id = ? ORDER BY ordinal"),
        {ctx.caller.schoolId, schemeId});
    QList<PeriodRow> out;
    while (q.next())
        out.append({q.value(0).toString(), {q.value(1).toDate(), q.value(2).toDate()},
                    q.value(3).toBool()});
    return out;
}

QList<Span> datesOf(const QList<PeriodRow> &rows)
{
    QList<Span> out;
    for (const PeriodRow &row : rows)
        out.append(row.dates);
    return out;
}

// A closed period (its final marks are set) keeps its dates.
void requireClosedUnchanged(const QList<PeriodRow> &current, const QList<Span> &dates)
{
    for (qsizetype i = 0; i < current.size(); ++i)
        if (current.at(i).closed && current.at(i).dates != dates.at(i))
            invalid(elementField(QStringLiteral("periods"), i), QStringLiteral("the period is closed"),
                    QStringLiteral("the period «%1» is closed; its dates %2 cannot change")
                        .arg(current.at(i).name,
                             span(current.at(i).dates.startsOn, current.at(i).dates.endsOn)));
}

// Refuses deleting a scheme that classes follow, naming them.
void requireUnused(const RequestContext &ctx, const SchemeInfo &scheme)
{
    const QVariant classes = ctx.sql.scalar(QStringLiteral(
        "SELECT string_agg(grade || letter, ', ' ORDER BY grade, letter) FROM class_unit"
        " WHERE school_id = ? AND period_scheme_id = ?"), {ctx.caller.schoolId, scheme.id});
    if (!classes.isNull())
        invalid(QStringLiteral("id"), QStringLiteral("used by %1").arg(classes.toString()),
                QStringLiteral("the period scheme «%1» is used by the classes %2; give them another scheme first")
                    .arg(scheme.name, classes.toString()));
}

// The schemes of a year with their periods; one scheme when schemeId is not 0.
QCborArray schemeRows(const RequestContext &ctx, qint64 yearId, qint64 schemeId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT s.id, s.kind, s.name, p.id, p.ordinal, p.name, p.starts_on, p.ends_on, p.closed"
        "  FROM period_scheme s"
        "  LEFT JOIN period p ON p.school_id = s.school_id AND p.scheme_id = s.id"
        " WHERE s.school_id = ? AND s.academic_year_id = ? AND (?::bigint = 0 OR s.id = ?)"
        " ORDER BY s.id, p.ordinal"),
        {ctx.caller.schoolId, yearId, schemeId, schemeId});
    QCborArray out;
    QCborMap scheme;
    QCborArray periods;
    const auto flush = [&] {
        if (scheme.isEmpty())
            return;
        scheme.insert(QStringLiteral("periods"), periods);
        out.append(scheme);
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (scheme.value(QStringLiteral("id")).toInteger() != id) {
            flush();
            scheme = {{QStringLiteral("id"), id},
                      {QStringLiteral("kind"), q.value(1).toString()},
                      {QStringLiteral("name"), q.value(2).toString()}};
            periods = {};
        }
        if (q.value(3).isNull())
            continue;
        periods.append(QCborMap{{QStringLiteral("id"), q.value(3).toLongLong()},
                                {QStringLiteral("ordinal"), q.value(4).toInt()},
                                {QStringLiteral("name"), q.value(5).toString()},
                                {QStringLiteral("startsOn"), iso(q.value(6).toDate())},
                                {QStringLiteral("endsOn"), iso(q.value(7).toDate())},
                                {QStringLiteral("closed"), q.value(8).toBool()}});
    }
    flush();
    return out;
}
} // namespace

QCborValue listPeriodSchemes(RequestContext &ctx)
{
    const YearInfo year = yearOf(ctx, ctx.integer(QStringLiteral("academicYearId")));
    return schemeRows(ctx, year.id, 0);
}

QCborValue createPeriodScheme(RequestContext &ctx)
{
    const qint64 yearId = ctx.integer(QStringLiteral("academicYearId"));
    const Kind &kind = kindNamed(ctx.text(QStringLiteral("kind")));
    const QString name = requiredText(
        textOr(ctx, QStringLiteral("name"), QString::fromUtf8(kind.schemeName)), QStringLiteral("name"));
    qint64 id = 0;
    writeUnique(ctx, QStringLiteral("name"), takenMessage(name), [&](AuditRecord &audit) {
        const YearInfo year = writableYear(ctx, yearId);
        requireSchemeNameFree(ctx, yearId, name, 0);
        const QList<Span> periods = ctx.params.contains(QStringLiteral("periods"))
            ? givenPeriods(ctx) : defaultPeriods(kind, year);
        requirePeriodsFit(kind, periods, year);
        id = ctx.sql.scalar(QStringLiteral(
            "INSERT INTO period_scheme (school_id, academic_year_id, kind, name)"
            " VALUES (?, ?, ?, ?) RETURNING id"),
            {ctx.caller.schoolId, yearId, QString::fromLatin1(kind.kind), name}).toLongLong();
        for (qsizetype i = 0; i < periods.size(); ++i)
            ctx.sql.exec(QStringLiteral(
                "INSERT INTO period (school_id, scheme_id, ordinal, name, starts_on, ends_on)"
                " VALUES (?, ?, ?, ?, ?, ?)"),
                {ctx.caller.schoolId, id, int(i) + 1, periodName(kind, int(i) + 1),
                 periods.at(i).startsOn, periods.at(i).endsOn});
        audit = {QStringLiteral("periodScheme.create"), QStringLiteral("periodScheme"),
                 QString::number(id), {}, schemeRecord(yearId, kind, name, periods), {}, 0};
    });
    return schemeRows(ctx, yearId, id).at(0);
}

QCborValue updatePeriodScheme(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    SchemeInfo scheme;
    writeUnique(ctx, QStringLiteral("name"), takenMessage(ctx.text(QStringLiteral("name"))),
                [&](AuditRecord &audit) {
        scheme = schemeOf(ctx, id);
        const YearInfo year = writableYear(ctx, scheme.yearId);
        const QList<PeriodRow> current = periodsOf(ctx, id);
        const QString name = requiredText(textOr(ctx, QStringLiteral("name"), scheme.name),
                                          QStringLiteral("name"));
        requireSchemeNameFree(ctx, scheme.yearId, name, id);
        const QList<Span> before = datesOf(current);
        const QList<Span> dates = ctx.params.contains(QStringLiteral("periods"))
            ? givenPeriods(ctx) : before;
        requirePeriodsFit(*scheme.kind, dates, year);
        requireClosedUnchanged(current, dates);
        ctx.sql.exec(QStringLiteral("UPDATE period_scheme SET name = ? WHERE school_id = ? AND id = ?"),
                     {name, ctx.caller.schoolId, id});
        for (qsizetype i = 0; i < dates.size(); ++i)
            ctx.sql.exec(QStringLiteral(
                "UPDATE period SET starts_on = ?, ends_on = ?"
                " WHERE school_id = ? AND scheme_id = ? AND ordinal = ?"),
                {dates.at(i).startsOn, dates.at(i).endsOn, ctx.caller.schoolId, id, int(i) + 1});
        const Changes changes = diff(schemeFields(scheme.name, before), schemeFields(name, dates));
        audit = {QStringLiteral("periodScheme.update"), QStringLiteral("periodScheme"),
                 QString::number(id), changes.before, changes.after, {}, 0};
    });
    return schemeRows(ctx, scheme.yearId, id).at(0);
}

QCborValue deletePeriodScheme(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    ctx.write([&](AuditRecord &audit) {
        const SchemeInfo scheme = schemeOf(ctx, id);
        writableYear(ctx, scheme.yearId);
        requireUnused(ctx, scheme);
        const QCborMap before = schemeRecord(scheme.yearId, *scheme.kind, scheme.name,
                                             datesOf(periodsOf(ctx, id)));
        ctx.sql.exec(QStringLiteral("DELETE FROM period_scheme WHERE school_id = ? AND id = ?"),
                     {ctx.caller.schoolId, id});
        audit = {QStringLiteral("periodScheme.delete"), QStringLiteral("periodScheme"),
                 QString::number(id), before, {}, {}, 0};
    });
    return QCborMap();
}

} // namespace ejournal::server::handlers::structure

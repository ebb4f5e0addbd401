// plan.fact: a load's КТП against the lessons held (done, late, behind, still planned; held
// lessons with no КТП topic; hours planned and held). plan.distribute: planned dates of the
// topics from the load's coming lessons, one lesson per hour.
#include "plan_common.h"
#include "plan_handlers.h"
#include "structure_common.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace ejournal::server::handlers::plan {

using structure::iso;

namespace {
// A lesson of the load that takes place: not cancelled, not merged into another.
const char kTakesPlace[] = "l.status = 'planned' AND l.merged_into_id IS NULL";

struct Range
{
    QDate from;
    QDate to;
    bool contains(const QDate &date) const { return date >= from && date <= to; }
};

// The period's dates (it must belong to the load's year), else the whole year.
Range rangeOf(const RequestContext &ctx, const YearInfo &year)
{
    if (!ctx.params.contains(QStringLiteral("periodId")))
        return {year.startsOn, year.endsOn};
    const qint64 periodId = ctx.integer(QStringLiteral("periodId"));
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT p.starts_on, p.ends_on, ps.academic_year_id FROM period p"
        "  JOIN period_scheme ps ON ps.school_id = p.school_id AND ps.id = p.scheme_id"
        " WHERE p.school_id = ? AND p.id = ?"), {ctx.caller.schoolId, periodId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no period with id %1").arg(periodId));
    if (q.value(2).toLongLong() != year.id)
        structure::invalid(QStringLiteral("periodId"), QStringLiteral("is of another year"),
                           QStringLiteral("the period %1 is not of the load's year %2")
                               .arg(periodId).arg(year.name));
    return {q.value(0).toDate(), q.value(1).toDate()};
}

QString stateOf(const PlanItem &item, const QCborArray &lessons, const QDate &today)
{
    QDate firstHeld;
    for (const QCborValue &lesson : lessons) {
        const QDate date = QDate::fromString(lesson[QStringLiteral("date")].toString(), Qt::ISODate);
        if (date <= today && (!firstHeld.isValid() || date < firstHeld))
            firstHeld = date;
    }
    if (firstHeld.isValid())
        return item.plannedOn.isValid() && firstHeld > item.plannedOn ? QStringLiteral("late")
                                                                     : QStringLiteral("done");
    return item.plannedOn.isValid() && item.plannedOn < today ? QStringLiteral("behind")
                                                              : QStringLiteral("planned");
}

bool anyLessonIn(const QCborArray &lessons, const Range &range)
{
    return std::any_of(lessons.cbegin(), lessons.cend(), [&range](const QCborValue &lesson) {
        return range.contains(
            QDate::fromString(lesson[QStringLiteral("date")].toString(), Qt::ISODate));
    });
}

// Held lessons of the range (up to today) that cover no КТП topic.
QCborArray unplannedLessons(const RequestContext &ctx, qint64 assignmentId, const Range &range,
                            const QDate &today)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT l.id, l.on_date, l.topic FROM lesson l"
        " WHERE l.school_id = ? AND l.assignment_id = ? AND l.on_date BETWEEN ? AND ?"
        "   AND l.on_date <= ? AND l.plan_item_id IS NULL AND %1"
        " ORDER BY l.on_date, l.lesson_no").arg(QLatin1String(kTakesPlace)),
        {ctx.caller.schoolId, assignmentId, range.from, range.to, today});
    QCborArray out;
    while (q.next())
        out.append(QCborMap{{QStringLiteral("lessonId"), q.value(0).toLongLong()},
                            {QStringLiteral("date"), iso(q.value(1).toDate())},
                            {QStringLiteral("topic"), q.value(2).toString()}});
    return out;
}

int heldLessons(const RequestContext &ctx, qint64 assignmentId, const Range &range,
                const QDate &today)
{
    return ctx.sql.scalar(QStringLiteral(
        "SELECT count(*) FROM lesson l WHERE l.school_id = ? AND l.assignment_id = ?"
        "   AND l.on_date BETWEEN ? AND ? AND l.on_date <= ? AND %1")
                              .arg(QLatin1String(kTakesPlace)),
                          {ctx.caller.schoolId, assignmentId, range.from, range.to, today})
        .toInt();
}

// The dates of the load's lessons from `from` on, in order.
QList<QDate> comingLessons(const RequestContext &ctx, qint64 assignmentId, const QDate &from)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT l.on_date FROM lesson l WHERE l.school_id = ? AND l.assignment_id = ?"
        "   AND l.on_date >= ? AND %1 ORDER BY l.on_date, l.lesson_no")
                                   .arg(QLatin1String(kTakesPlace)),
                               {ctx.caller.schoolId, assignmentId, from});
    QList<QDate> out;
    while (q.next())
        out.append(q.value(0).toDate());
    return out;
}

// The items no lesson before `from` covers yet: those the coming lessons are to take.
QList<PlanItem> itemsToDate(const RequestContext &ctx, qint64 assignmentId, const QDate &from)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT DISTINCT l.plan_item_id FROM lesson l"
        "  JOIN plan_item p ON p.school_id = l.school_id AND p.id = l.plan_item_id"
        " WHERE l.school_id = ? AND p.assignment_id = ? AND l.on_date < ? AND %1")
                                   .arg(QLatin1String(kTakesPlace)),
                               {ctx.caller.schoolId, assignmentId, from});
    QSet<qint64> covered;
    while (q.next())
        covered.insert(q.value(0).toLongLong());
    QList<PlanItem> out;
    for (const PlanItem &item : readItems(ctx, assignmentId))
        if (!covered.contains(item.id))
            out.append(item);
    return out;
}
} // namespace

QCborValue planFact(RequestContext &ctx)
{
    const qint64 assignmentId = ctx.integer(QStringLiteral("assignmentId"));
    requireReadable(ctx, assignmentId);
    const Range range = rangeOf(ctx, yearOfLoad(ctx, assignmentId));
    const bool wholeYear = !ctx.params.contains(QStringLiteral("periodId"));
    const QDate today = QDate::currentDate();
    const QList<PlanItem> items = readItems(ctx, assignmentId);
    const QCborArray rows = itemRows(ctx, assignmentId, items);
    QCborArray out;
    double plannedHours = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PlanItem &item = items[i];
        const QCborArray lessons = rows[i][QStringLiteral("lessons")].toArray();
        if (!wholeYear && !range.contains(item.plannedOn) && !anyLessonIn(lessons, range))
            continue;
        plannedHours += item.hours;
        out.append(QCborMap{{QStringLiteral("id"), item.id},
                            {QStringLiteral("ordinal"), item.ordinal},
                            {QStringLiteral("topic"), item.topic},
                            {QStringLiteral("hours"), item.hours},
                            {QStringLiteral("plannedOn"), rows[i][QStringLiteral("plannedOn")]},
                            {QStringLiteral("lessons"), lessons},
                            {QStringLiteral("state"), stateOf(item, lessons, today)}});
    }
    return QCborMap{{QStringLiteral("items"), out},
                    {QStringLiteral("unplanned"), unplannedLessons(ctx, assignmentId, range, today)},
                    {QStringLiteral("plannedHours"), plannedHours},
                    {QStringLiteral("heldHours"), heldLessons(ctx, assignmentId, range, today)}};
}

QCborValue distributePlan(RequestContext &ctx)
{
    const qint64 assignmentId = ctx.integer(QStringLiteral("assignmentId"));
    const QDate requested = ctx.params.contains(QStringLiteral("from"))
        ? dateParam(ctx, QStringLiteral("from")) : QDate::currentDate();
    int dated = 0;
    int undated = 0;
    ctx.write([&](AuditRecord &audit) {
        const YearInfo year = requireWritable(ctx, assignmentId);
        const QDate from = std::max(requested, year.startsOn);
        const QList<QDate> lessons = comingLessons(ctx, assignmentId, from);
        double hoursBefore = 0;
        for (const PlanItem &item : itemsToDate(ctx, assignmentId, from)) {
            const qsizetype first = qsizetype(std::floor(hoursBefore + 1e-6));
            hoursBefore += item.hours;
            const QDate date = first < lessons.size() ? lessons[first] : QDate();
            (date.isValid() ? dated : undated) += 1;
            ctx.sql.exec(QStringLiteral(
                "UPDATE plan_item SET planned_on = ? WHERE school_id = ? AND id = ?"),
                {dateBind(date), ctx.caller.schoolId, item.id});
        }
        audit = {QStringLiteral("plan.distribute"), QStringLiteral("assignment"),
                 QString::number(assignmentId), {},
                 QCborMap{{QStringLiteral("from"), iso(from)}, {QStringLiteral("items"), dated},
                          {QStringLiteral("undated"), undated}}, {}, 0};
    });
    notifyChanged(ctx, assignmentId);
    return QCborMap{{QStringLiteral("items"), dated}, {QStringLiteral("undated"), undated}};
}

} // namespace ejournal::server::handlers::plan

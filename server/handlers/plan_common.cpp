// What the plan handlers share (see plan_common.h).
#include "plan_common.h"

#include "import_sheet.h"
#include "journal_scope.h"
#include "structure_common.h"

#include <QHash>

#include <cmath>

namespace ejournal::server::handlers::plan {

using structure::invalid;
using structure::iso;

namespace {
QCborValue dateValue(const QDate &date)
{
    return date.isValid() ? QCborValue(iso(date)) : QCborValue(QCborValue::Null);
}

PlanItem itemFrom(const QSqlQuery &q)
{
    PlanItem item;
    item.id = q.value(0).toLongLong();
    item.assignmentId = q.value(1).toLongLong();
    item.ordinal = q.value(2).toInt();
    item.section = q.value(3).toString();
    item.topic = q.value(4).toString();
    item.hours = q.value(5).toDouble();
    item.plannedOn = q.value(6).toDate();
    item.homework = q.value(7).toString();
    item.controlWork = q.value(8).toBool();
    return item;
}

// item id → its lessons [{id, date}] in date order.
QHash<qint64, QCborArray> linkedLessons(const RequestContext &ctx, qint64 assignmentId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT l.plan_item_id, l.id, l.on_date FROM lesson l"
        "  JOIN plan_item p ON p.school_id = l.school_id AND p.id = l.plan_item_id"
        " WHERE l.school_id = ? AND p.assignment_id = ? AND l.status = 'planned'"
        "   AND l.merged_into_id IS NULL"
        " ORDER BY l.on_date, l.lesson_no"), {ctx.caller.schoolId, assignmentId});
    QHash<qint64, QCborArray> out;
    while (q.next())
        out[q.value(0).toLongLong()].append(
            QCborMap{{QStringLiteral("id"), q.value(1).toLongLong()},
                     {QStringLiteral("date"), iso(q.value(2).toDate())}});
    return out;
}
} // namespace

QCborMap itemFields(const PlanItem &item)
{
    return {{QStringLiteral("section"), item.section},
            {QStringLiteral("topic"), item.topic},
            {QStringLiteral("hours"), item.hours},
            {QStringLiteral("plannedOn"), dateValue(item.plannedOn)},
            {QStringLiteral("homework"), item.homework},
            {QStringLiteral("controlWork"), item.controlWork}};
}

QList<PlanItem> readItems(const RequestContext &ctx, qint64 assignmentId, qint64 itemId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, assignment_id, ordinal, section, topic, hours, planned_on, homework,"
        "       control_work FROM plan_item"
        " WHERE school_id = ? AND (?::bigint = 0 OR assignment_id = ?)"
        "   AND (?::bigint = 0 OR id = ?)"
        " ORDER BY ordinal"),
        {ctx.caller.schoolId, assignmentId, assignmentId, itemId, itemId});
    QList<PlanItem> out;
    while (q.next())
        out.append(itemFrom(q));
    return out;
}

PlanItem itemOf(const RequestContext &ctx, qint64 itemId)
{
    const QList<PlanItem> found = readItems(ctx, 0, itemId);
    if (found.isEmpty())
        throw fail(ErrorCode::NotFound, QStringLiteral("no КТП topic with id %1").arg(itemId));
    return found.first();
}

QCborArray itemRows(const RequestContext &ctx, qint64 assignmentId, const QList<PlanItem> &items)
{
    const QHash<qint64, QCborArray> lessons = linkedLessons(ctx, assignmentId);
    QCborArray out;
    for (const PlanItem &item : items) {
        QCborMap row = itemFields(item);
        row.insert(QStringLiteral("id"), item.id);
        row.insert(QStringLiteral("ordinal"), item.ordinal);
        row.insert(QStringLiteral("lessons"), lessons.value(item.id));
        out.append(row);
    }
    return out;
}

YearInfo yearOfLoad(const RequestContext &ctx, qint64 assignmentId)
{
    const QVariant year = ctx.sql.scalar(QStringLiteral(
        "SELECT coalesce(c.academic_year_id, g.academic_year_id) FROM assignment a"
        "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        " WHERE a.school_id = ? AND a.id = ?"), {ctx.caller.schoolId, assignmentId});
    if (!year.isValid())
        throw fail(ErrorCode::NotFound, QStringLiteral("no load with id %1").arg(assignmentId));
    return yearOf(ctx, year.toLongLong());
}

void requireReadable(const RequestContext &ctx, qint64 assignmentId)
{
    journal::requireRead(journal::assignmentAccess(ctx, assignmentId));
}

YearInfo requireWritable(const RequestContext &ctx, qint64 assignmentId)
{
    journal::requireWrite(journal::assignmentAccess(ctx, assignmentId));
    return writableYear(ctx, yearOfLoad(ctx, assignmentId).id);
}

std::optional<double> tenthsUpTo(double value, double max)
{
    const double tenths = value * 10;
    if (!(value > 0 && value <= max) || std::abs(tenths - std::round(tenths)) > 1e-6)
        return std::nullopt;
    return std::round(tenths) / 10;
}

double checkedHours(const QCborValue &value, const QString &field)
{
    const std::optional<double> hours = tenthsUpTo(value.toDouble(), 99);
    if (!hours)
        invalid(field, QStringLiteral("must be from 0.1 to 99 with at most one decimal"),
                QStringLiteral("%1 hours is not a number of hours from 0.1 to 99")
                    .arg(value.toDouble()));
    return *hours;
}

QDate checkedPlannedOn(const QString &text, const YearInfo &year, const QString &field)
{
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !date.isValid())
        invalid(field, QStringLiteral("must be a date (YYYY-MM-DD) or empty"),
                QStringLiteral("the planned date «%1» is not a date (YYYY-MM-DD)").arg(text));
    requireWithin(date, year.startsOn, year.endsOn, field,
                  QStringLiteral("the planned date of the topic"));
    return date;
}

QVariant dateBind(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>());
}

void unlinkLessons(const RequestContext &ctx, const QString &where, const QVariantList &binds)
{
    ctx.sql.exec(QStringLiteral(
        "UPDATE lesson l SET plan_item_id = NULL, version = l.version + 1 FROM plan_item p"
        " WHERE p.school_id = l.school_id AND p.id = l.plan_item_id AND p.school_id = ? AND %1")
                     .arg(where),
                 QVariantList{ctx.caller.schoolId} + binds);
}

int writeWholePlan(const RequestContext &ctx, qint64 assignmentId, const QList<PlanItem> &items,
                   bool replace)
{
    const int existing = ctx.sql.scalar(QStringLiteral(
        "SELECT count(*) FROM plan_item WHERE school_id = ? AND assignment_id = ?"),
        {ctx.caller.schoolId, assignmentId}).toInt();
    if (existing > 0 && !replace)
        invalid(QStringLiteral("replace"),
                QStringLiteral("the load already has a КТП of %1 topics").arg(existing),
                QStringLiteral("the load already has a КТП of %1 topics; replace it explicitly"
                               " (replace: true) or edit it").arg(existing));
    unlinkLessons(ctx, QStringLiteral("p.assignment_id = ?"), {assignmentId});
    ctx.sql.exec(QStringLiteral("DELETE FROM plan_item WHERE school_id = ? AND assignment_id = ?"),
                 {ctx.caller.schoolId, assignmentId});
    int ordinal = 0;
    for (const PlanItem &item : items)
        ctx.sql.exec(QStringLiteral(
            "INSERT INTO plan_item (school_id, assignment_id, ordinal, section, topic, hours,"
            " planned_on, homework, control_work) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {ctx.caller.schoolId, assignmentId, ++ordinal, import::nonNull(item.section),
             item.topic, item.hours, dateBind(item.plannedOn), import::nonNull(item.homework),
             item.controlWork});
    return ordinal;
}

void notifyChanged(RequestContext &ctx, qint64 assignmentId)
{
    ctx.change.events.append(PushEvent{QStringLiteral("plan.changed"),
                                       QCborMap{{QStringLiteral("assignmentId"), assignmentId}},
                                       QStringLiteral("journal:%1").arg(assignmentId)});
}

} // namespace ejournal::server::handlers::plan

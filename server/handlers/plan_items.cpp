// plan.list, plan.create, plan.update, plan.delete, plan.move: the topics of a load's КТП one
// by one. Ordinals stay 1..n without gaps; a removed topic's lessons keep their topic text.
#include "import_sheet.h"
#include "plan_common.h"
#include "plan_handlers.h"
#include "structure_common.h"

namespace ejournal::server::handlers::plan {

using structure::invalid;

namespace {
// The request's fields applied to an item (create: over the defaults).
PlanItem merged(const RequestContext &ctx, PlanItem item, const YearInfo &year)
{
    const auto has = [&ctx](const char *name) { return ctx.params.contains(QLatin1String(name)); };
    item.topic = structure::requiredText(structure::textOr(ctx, QStringLiteral("topic"), item.topic),
                                         QStringLiteral("topic"));
    item.section = import::nonNull(
        structure::textOr(ctx, QStringLiteral("section"), item.section).trimmed());
    item.homework = import::nonNull(
        structure::textOr(ctx, QStringLiteral("homework"), item.homework).trimmed());
    if (has("hours"))
        item.hours = checkedHours(ctx.params.value(QStringLiteral("hours")), QStringLiteral("hours"));
    if (has("plannedOn"))
        item.plannedOn = checkedPlannedOn(ctx.text(QStringLiteral("plannedOn")), year,
                                          QStringLiteral("plannedOn"));
    if (has("controlWork"))
        item.controlWork = ctx.params.value(QStringLiteral("controlWork")).toBool();
    return item;
}

QCborMap rowOf(const RequestContext &ctx, qint64 itemId)
{
    const PlanItem item = itemOf(ctx, itemId);
    return itemRows(ctx, item.assignmentId, {item}).first().toMap();
}

QString entityId(qint64 id)
{
    return QString::number(id);
}

// The ordinal a new item takes: after `afterId` (0: first), else last.
int newOrdinal(const RequestContext &ctx, qint64 assignmentId)
{
    const QString after = QStringLiteral("afterId");
    if (!ctx.params.contains(after))
        return ctx.sql.scalar(QStringLiteral(
                   "SELECT coalesce(max(ordinal), 0) + 1 FROM plan_item"
                   " WHERE school_id = ? AND assignment_id = ?"),
                              {ctx.caller.schoolId, assignmentId}).toInt();
    const qint64 afterId = ctx.integer(after);
    if (afterId == 0)
        return 1;
    const PlanItem previous = itemOf(ctx, afterId);
    if (previous.assignmentId != assignmentId)
        invalid(after, QStringLiteral("is a topic of another load"),
                QStringLiteral("the topic %1 belongs to another load's КТП").arg(afterId));
    return previous.ordinal + 1;
}

// Shifts the ordinals of a load's items in [from, to] by `delta` (the unique check is
// deferred to the commit).
void shiftOrdinals(const RequestContext &ctx, qint64 assignmentId, int from, int to, int delta)
{
    ctx.sql.exec(QStringLiteral(
        "UPDATE plan_item SET ordinal = ordinal + ? WHERE school_id = ? AND assignment_id = ?"
        "   AND ordinal BETWEEN ? AND ?"), {delta, ctx.caller.schoolId, assignmentId, from, to});
}

constexpr int kLastOrdinal = 1 << 30;
} // namespace

QCborValue listItems(RequestContext &ctx)
{
    const qint64 assignmentId = ctx.integer(QStringLiteral("assignmentId"));
    requireReadable(ctx, assignmentId);
    return itemRows(ctx, assignmentId, readItems(ctx, assignmentId));
}

QCborValue createItem(RequestContext &ctx)
{
    PlanItem item;
    item.assignmentId = ctx.integer(QStringLiteral("assignmentId"));
    ctx.write([&](AuditRecord &audit) {
        const YearInfo year = requireWritable(ctx, item.assignmentId);
        item = merged(ctx, item, year);
        item.ordinal = newOrdinal(ctx, item.assignmentId);
        shiftOrdinals(ctx, item.assignmentId, item.ordinal, kLastOrdinal, 1);
        item.id = ctx.sql.scalar(QStringLiteral(
            "INSERT INTO plan_item (school_id, assignment_id, ordinal, section, topic, hours,"
            " planned_on, homework, control_work) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " RETURNING id"),
            {ctx.caller.schoolId, item.assignmentId, item.ordinal, item.section, item.topic,
             item.hours, dateBind(item.plannedOn), item.homework, item.controlWork}).toLongLong();
        QCborMap after = itemFields(item);
        after.insert(QStringLiteral("assignmentId"), item.assignmentId);
        after.insert(QStringLiteral("ordinal"), item.ordinal);
        audit = {QStringLiteral("plan_item.create"), QStringLiteral("plan_item"),
                 entityId(item.id), {}, after, {}, 0};
    });
    notifyChanged(ctx, item.assignmentId);
    return rowOf(ctx, item.id);
}

QCborValue updateItem(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    qint64 assignmentId = 0;
    ctx.write([&](AuditRecord &audit) {
        const PlanItem before = itemOf(ctx, id);
        assignmentId = before.assignmentId;
        const PlanItem item = merged(ctx, before, requireWritable(ctx, assignmentId));
        ctx.sql.exec(QStringLiteral(
            "UPDATE plan_item SET section = ?, topic = ?, hours = ?, planned_on = ?, homework = ?,"
            " control_work = ? WHERE school_id = ? AND id = ?"),
            {item.section, item.topic, item.hours, dateBind(item.plannedOn), item.homework,
             item.controlWork, ctx.caller.schoolId, id});
        const structure::Changes changes = structure::diff(itemFields(before), itemFields(item));
        audit = {QStringLiteral("plan_item.update"), QStringLiteral("plan_item"), entityId(id),
                 changes.before, changes.after, {}, 0};
    });
    notifyChanged(ctx, assignmentId);
    return rowOf(ctx, id);
}

QCborValue deleteItem(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    PlanItem item;
    ctx.write([&](AuditRecord &audit) {
        item = itemOf(ctx, id);
        requireWritable(ctx, item.assignmentId);
        const QCborMap before = itemRows(ctx, item.assignmentId, {item}).first().toMap();
        unlinkLessons(ctx, QStringLiteral("p.id = ?"), {id});
        ctx.sql.exec(QStringLiteral("DELETE FROM plan_item WHERE school_id = ? AND id = ?"),
                     {ctx.caller.schoolId, id});
        shiftOrdinals(ctx, item.assignmentId, item.ordinal + 1, kLastOrdinal, -1);
        audit = {QStringLiteral("plan_item.delete"), QStringLiteral("plan_item"), entityId(id),
                 before, {}, {}, 0};
    });
    notifyChanged(ctx, item.assignmentId);
    return QCborMap();
}

QCborValue moveItem(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const qint64 target = ctx.integer(QStringLiteral("ordinal"));
    PlanItem item;
    ctx.write([&](AuditRecord &audit) {
        item = itemOf(ctx, id);
        requireWritable(ctx, item.assignmentId);
        const int count = int(readItems(ctx, item.assignmentId).size());
        if (target < 1 || target > count)
            invalid(QStringLiteral("ordinal"), QStringLiteral("must be from 1 to %1").arg(count),
                    QStringLiteral("the КТП has %1 topics; place %2 does not exist")
                        .arg(count).arg(target));
        if (target < item.ordinal)
            shiftOrdinals(ctx, item.assignmentId, int(target), item.ordinal - 1, 1);
        else
            shiftOrdinals(ctx, item.assignmentId, item.ordinal + 1, int(target), -1);
        ctx.sql.exec(QStringLiteral("UPDATE plan_item SET ordinal = ? WHERE school_id = ? AND id = ?"),
                     {target, ctx.caller.schoolId, id});
        audit = {QStringLiteral("plan_item.move"), QStringLiteral("plan_item"), entityId(id),
                 QCborMap{{QStringLiteral("ordinal"), item.ordinal}},
                 QCborMap{{QStringLiteral("ordinal"), target}}, {}, 0};
    });
    notifyChanged(ctx, item.assignmentId);
    return itemRows(ctx, item.assignmentId, readItems(ctx, item.assignmentId));
}

} // namespace ejournal::server::handlers::plan

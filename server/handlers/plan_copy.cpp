// plan.copy: another load's КТП (last year's of the same subject and grade, or a parallel
// class's) written as a load's plan, planned dates shifted by the whole years between the two
// academic years (a date that falls outside the target year is dropped).
#include "plan_common.h"
#include "plan_handlers.h"
#include "structure_common.h"

namespace ejournal::server::handlers::plan {

namespace {
QList<PlanItem> shiftedItems(QList<PlanItem> items, const YearInfo &from, const YearInfo &to)
{
    const int years = to.startsOn.year() - from.startsOn.year();
    for (PlanItem &item : items) {
        const QDate shifted = item.plannedOn.addYears(years);
        item.plannedOn = shifted >= to.startsOn && shifted <= to.endsOn ? shifted : QDate();
    }
    return items;
}
} // namespace

QCborValue copyPlan(RequestContext &ctx)
{
    const qint64 fromId = ctx.integer(QStringLiteral("fromAssignmentId"));
    const qint64 toId = ctx.integer(QStringLiteral("toAssignmentId"));
    const bool replace = ctx.params.value(QStringLiteral("replace")).toBool();
    if (fromId == toId)
        structure::invalid(QStringLiteral("toAssignmentId"), QStringLiteral("is the same load"),
                           QStringLiteral("a КТП cannot be copied onto itself"));
    requireReadable(ctx, fromId);
    int written = 0;
    ctx.write([&](AuditRecord &audit) {
        const YearInfo toYear = requireWritable(ctx, toId);
        const QList<PlanItem> items = readItems(ctx, fromId);
        if (items.isEmpty())
            structure::invalid(QStringLiteral("fromAssignmentId"), QStringLiteral("has no КТП"),
                               QStringLiteral("the load %1 has no КТП to copy").arg(fromId));
        written = writeWholePlan(ctx, toId, shiftedItems(items, yearOfLoad(ctx, fromId), toYear),
                                 replace);
        audit = {QStringLiteral("plan.copy"), QStringLiteral("assignment"), QString::number(toId),
                 {}, QCborMap{{QStringLiteral("fromAssignmentId"), fromId},
                              {QStringLiteral("items"), written},
                              {QStringLiteral("replace"), replace}}, {}, 0};
    });
    notifyChanged(ctx, toId);
    return QCborMap{{QStringLiteral("items"), written}};
}

} // namespace ejournal::server::handlers::plan

// workTypes.*: the school's kinds of work (ответ на уроке, контрольная работа, ...) with
// their weights in the weighted average, whether a mark of the kind may be put for a student
// marked away, their order in lists, and archiving of the kinds no longer used.
#include "plan_common.h"
#include "plan_handlers.h"
#include "structure_common.h"

namespace ejournal::server::handlers::plan {

using structure::invalid;

namespace {
struct WorkType
{
    qint64 id = 0;
    QString name;
    QString shortName;
    double weight = 1;
    bool allowsAbsent = false;
    int ordinal = 0;
    bool archived = false;
};

QCborMap fields(const WorkType &w)
{
    return {{QStringLiteral("name"), w.name},
            {QStringLiteral("shortName"), w.shortName},
            {QStringLiteral("weight"), w.weight},
            {QStringLiteral("allowsAbsent"), w.allowsAbsent},
            {QStringLiteral("ordinal"), w.ordinal},
            {QStringLiteral("archived"), w.archived}};
}

QCborMap row(const WorkType &w)
{
    QCborMap out = fields(w);
    out.insert(QStringLiteral("id"), w.id);
    return out;
}

QList<WorkType> readWorkTypes(const RequestContext &ctx, qint64 id)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, name, short_name, weight, allows_absent, ordinal, archived FROM work_type"
        " WHERE school_id = ? AND (?::bigint = 0 OR id = ?) ORDER BY ordinal, name, id"),
        {ctx.caller.schoolId, id, id});
    QList<WorkType> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toDouble(), q.value(4).toBool(), q.value(5).toInt(),
                    q.value(6).toBool()});
    return out;
}

WorkType workTypeOf(const RequestContext &ctx, qint64 id)
{
    const QList<WorkType> found = readWorkTypes(ctx, id);
    if (found.isEmpty())
        throw fail(ErrorCode::NotFound, QStringLiteral("no kind of work with id %1").arg(id));
    return found.first();
}

double checkedWeight(double weight)
{
    const std::optional<double> checked = tenthsUpTo(weight, 10);
    if (!checked)
        invalid(QStringLiteral("weight"),
                QStringLiteral("must be from 0.1 to 10 with at most one decimal"),
                QStringLiteral("the weight %1 is not from 0.1 to 10 with at most one decimal")
                    .arg(weight));
    return *checked;
}

// The request's fields applied to a kind of work, checked (names unique in the school).
WorkType merged(const RequestContext &ctx, WorkType w)
{
    const auto has = [&ctx](const char *name) { return ctx.params.contains(QLatin1String(name)); };
    w.name = structure::requiredText(structure::textOr(ctx, QStringLiteral("name"), w.name),
                                     QStringLiteral("name"));
    w.shortName = structure::requiredText(
        structure::textOr(ctx, QStringLiteral("shortName"), w.shortName),
        QStringLiteral("shortName"));
    if (has("weight"))
        w.weight = checkedWeight(ctx.params.value(QStringLiteral("weight")).toDouble());
    if (has("allowsAbsent"))
        w.allowsAbsent = ctx.params.value(QStringLiteral("allowsAbsent")).toBool();
    if (has("archived"))
        w.archived = ctx.params.value(QStringLiteral("archived")).toBool();
    if (has("ordinal")) {
        const qint64 ordinal = ctx.integer(QStringLiteral("ordinal"));
        if (ordinal < 0 || ordinal > 999)
            invalid(QStringLiteral("ordinal"), QStringLiteral("must be from 0 to 999"),
                    QStringLiteral("the place %1 in the list is not from 0 to 999").arg(ordinal));
        w.ordinal = int(ordinal);
    }
    structure::requireUnique(ctx, "work_type", "name", w.name, w.id, QStringLiteral("name"),
                             QStringLiteral("kind of work"), QStringLiteral("name"));
    structure::requireUnique(ctx, "work_type", "short_name", w.shortName, w.id,
                             QStringLiteral("shortName"), QStringLiteral("kind of work"),
                             QStringLiteral("short name"));
    return w;
}

const QString kTaken = QStringLiteral("another kind of work has the same name or short name");
} // namespace

QCborValue listWorkTypes(RequestContext &ctx)
{
    QCborArray out;
    for (const WorkType &w : readWorkTypes(ctx, 0))
        out.append(row(w));
    return out;
}

QCborValue createWorkType(RequestContext &ctx)
{
    WorkType w;
    structure::writeUnique(ctx, QStringLiteral("name"), kTaken, [&](AuditRecord &audit) {
        w = merged(ctx, w);
        w.ordinal = ctx.sql.scalar(QStringLiteral(
            "SELECT coalesce(max(ordinal), 0) + 1 FROM work_type WHERE school_id = ?"),
            {ctx.caller.schoolId}).toInt();
        w.id = ctx.sql.scalar(QStringLiteral(
            "INSERT INTO work_type (school_id, name, short_name, weight, allows_absent, ordinal)"
            " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {ctx.caller.schoolId, w.name, w.shortName, w.weight, w.allowsAbsent, w.ordinal})
                   .toLongLong();
        audit = {QStringLiteral("work_type.create"), QStringLiteral("work_type"),
                 QString::number(w.id), {}, fields(w), {}, 0};
    });
    return row(w);
}

QCborValue updateWorkType(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    WorkType w;
    structure::writeUnique(ctx, QStringLiteral("name"), kTaken, [&](AuditRecord &audit) {
        const WorkType before = workTypeOf(ctx, id);
        w = merged(ctx, before);
        ctx.sql.exec(QStringLiteral(
            "UPDATE work_type SET name = ?, short_name = ?, weight = ?, allows_absent = ?,"
            " ordinal = ?, archived = ? WHERE school_id = ? AND id = ?"),
            {w.name, w.shortName, w.weight, w.allowsAbsent, w.ordinal, w.archived,
             ctx.caller.schoolId, id});
        const structure::Changes changes = structure::diff(fields(before), fields(w));
        audit = {QStringLiteral("work_type.update"), QStringLiteral("work_type"),
                 QString::number(id), changes.before, changes.after, {}, 0};
    });
    return row(w);
}

} // namespace ejournal::server::handlers::plan

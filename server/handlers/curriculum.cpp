// Handlers of the curriculum (учебный план): weekly hours per subject per class, in the federal
// and the school part, within the legal weekly maximum of the grade; copying a class's plan to
// its parallel classes. Routes of the whole curriculum area (load and coverage live in
// curriculum_load.cpp and curriculum_coverage.cpp).
#include "curriculum_common.h"
#include "curriculum_handlers.h"
#include "routes.h"

#include <QCborArray>

namespace ejournal::server::handlers {

using namespace curriculum;

namespace {
const QString kAcademicYearId = QStringLiteral("academicYearId");
const QString kClassId = QStringLiteral("classId");
const QString kSubjectId = QStringLiteral("subjectId");
const QString kPart = QStringLiteral("part");
const QString kHours = QStringLiteral("hoursPerWeek");
const QString kFromClassId = QStringLiteral("fromClassId");
const QString kToClassIds = QStringLiteral("toClassIds");

// One class's plan, for copying and for the audit log.
struct Plan
{
    QCborArray entries;  // [{subjectId, subject, part, hoursPerWeek}]
    double total = 0;
    QString archivedSubject;  // the first archived subject in the plan, if any
};

Plan planOf(const RequestContext &ctx, qint64 classId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT cu.subject_id, s.name, cu.part, cu.hours_per_week, s.archived"
        "  FROM curriculum cu JOIN subject s ON s.school_id = cu.school_id AND s.id = cu.subject_id"
        " WHERE cu.school_id = ? AND cu.class_id = ?"
        " ORDER BY s.name %1, cu.part").arg(QLatin1String(kCollate)),
        {ctx.caller.schoolId, classId});
    Plan plan;
    while (q.next()) {
        const double hours = q.value(3).toDouble();
        plan.entries.append(QCborMap{{kSubjectId, q.value(0).toLongLong()},
                                     {QStringLiteral("subject"), q.value(1).toString()},
                                     {kPart, q.value(2).toString()},
                                     {kHours, hours}});
        plan.total += hours;
        if (q.value(4).toBool() && plan.archivedSubject.isEmpty())
            plan.archivedSubject = q.value(1).toString();
    }
    return plan;
}

double hoursOf(const RequestContext &ctx, qint64 classId, qint64 subjectId, const QString &part)
{
    return ctx.sql.scalar(QStringLiteral(
        "SELECT hours_per_week FROM curriculum"
        " WHERE school_id = ? AND class_id = ? AND subject_id = ? AND part = ?"),
        {ctx.caller.schoolId, classId, subjectId, part}).toDouble();
}

// The class's weekly total if this subject's part had `hours`.
double totalWith(const RequestContext &ctx, qint64 classId, qint64 subjectId,
                 const QString &part, double hours)
{
    return hours + ctx.sql.scalar(QStringLiteral(
        "SELECT coalesce(sum(hours_per_week), 0) FROM curriculum"
        " WHERE school_id = ? AND class_id = ? AND NOT (subject_id = ? AND part = ?)"),
        {ctx.caller.schoolId, classId, subjectId, part}).toDouble();
}

void requireWithinMaximum(const ClassInfo &cls, double total, const QString &field)
{
    const int maximum = weeklyMaximum(cls.grade);
    if (total <= maximum)
        return;
    throw fail(ErrorCode::Invalid,
               QStringLiteral("the weekly total of class %1 would be %2 hours, over the maximum"
                              " of %3 hours for grade %4 (5-day week)")
                   .arg(cls.name, hoursText(total)).arg(maximum).arg(cls.grade),
               {{field, QStringLiteral("the class total would be %1 of at most %2")
                            .arg(hoursText(total)).arg(maximum)}});
}

QString partParam(const RequestContext &ctx)
{
    const QString part = ctx.text(kPart);
    if (part != QLatin1String("federal") && part != QLatin1String("school"))
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the curriculum part «%1» is neither federal nor school")
                       .arg(part),
                   {{kPart, QStringLiteral("must be federal or school")}});
    return part;
}

// The target classes of a copy: existing, distinct, not the source, in an open year.
QList<ClassInfo> copyTargets(const RequestContext &ctx, const ClassInfo &from)
{
    const QCborArray ids = ctx.params.value(kToClassIds).toArray();
    const auto refuse = [](const QString &problem, const QString &message) {
        return fail(ErrorCode::Invalid, message, {{kToClassIds, problem}});
    };
    if (ids.isEmpty())
        throw refuse(QStringLiteral("must name at least one class"),
                     QStringLiteral("no class to copy the curriculum to"));
    QList<ClassInfo> out;
    QList<qint64> seen;
    for (const QCborValue &value : ids) {
        if (!value.isInteger())
            throw refuse(QStringLiteral("must be a list of class ids"),
                         QStringLiteral("toClassIds must be a list of class ids"));
        const qint64 id = value.toInteger();
        if (id == from.id)
            throw refuse(QStringLiteral("contains the source class"),
                         QStringLiteral("class %1 cannot be copied onto itself").arg(from.name));
        if (seen.contains(id))
            throw refuse(QStringLiteral("names class %1 twice").arg(id),
                         QStringLiteral("class %1 is named twice").arg(id));
        seen.append(id);
        ClassInfo target = classOf(ctx, id);
        requireOpenYear(target.year, kToClassIds, QStringLiteral("class %1").arg(target.name));
        out.append(target);
    }
    return out;
}

// Classes locked in id order, so that concurrent copies and sets never deadlock.
void lockClasses(const RequestContext &ctx, QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids)
        lockRow(ctx, "class_unit", id);
}

QCborMap curriculumRow(const QSqlQuery &q)
{
    return {{kClassId, q.value(0).toLongLong()},
            {QStringLiteral("className"), q.value(1).toString()},
            {kSubjectId, q.value(2).toLongLong()},
            {QStringLiteral("subjectName"), q.value(3).toString()},
            {QStringLiteral("shortName"), q.value(4).toString()},
            {kPart, q.value(5).toString()},
            {kHours, q.value(6).toDouble()}};
}

QCborArray curriculumRows(const RequestContext &ctx, qint64 yearId, qint64 classId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT cu.class_id, c.grade || c.letter, cu.subject_id, s.name, s.short_name, cu.part,"
        "       cu.hours_per_week"
        "  FROM curriculum cu"
        "  JOIN class_unit c ON c.school_id = cu.school_id AND c.id = cu.class_id"
        "  JOIN subject s ON s.school_id = cu.school_id AND s.id = cu.subject_id"
        " WHERE cu.school_id = ? AND c.academic_year_id = ? AND (?::bigint = 0 OR cu.class_id = ?)"
        " ORDER BY c.grade, c.letter %1, s.name %1, cu.part").arg(QLatin1String(kCollate)),
        {ctx.caller.schoolId, yearId, classId, classId});
    QCborArray rows;
    while (q.next())
        rows.append(curriculumRow(q));
    return rows;
}

// Every class of the year (or the one class) with its weekly totals and legal maximum.
QCborArray classTotals(const RequestContext &ctx, qint64 yearId, qint64 classId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT c.id, c.grade || c.letter, c.grade,"
        "       coalesce(sum(cu.hours_per_week) FILTER (WHERE cu.part = 'federal'), 0),"
        "       coalesce(sum(cu.hours_per_week) FILTER (WHERE cu.part = 'school'), 0)"
        "  FROM class_unit c"
        "  LEFT JOIN curriculum cu ON cu.school_id = c.school_id AND cu.class_id = c.id"
        " WHERE c.school_id = ? AND c.academic_year_id = ? AND (?::bigint = 0 OR c.id = ?)"
        " GROUP BY c.school_id, c.id ORDER BY c.grade, c.letter %1").arg(QLatin1String(kCollate)),
        {ctx.caller.schoolId, yearId, classId, classId});
    QCborArray totals;
    while (q.next()) {
        const double federal = q.value(3).toDouble();
        const double school = q.value(4).toDouble();
        totals.append(QCborMap{{kClassId, q.value(0).toLongLong()},
                               {QStringLiteral("className"), q.value(1).toString()},
                               {QStringLiteral("federal"), federal},
                               {QStringLiteral("school"), school},
                               {QStringLiteral("total"), federal + school},
                               {QStringLiteral("maximum"), weeklyMaximum(q.value(2).toInt())}});
    }
    return totals;
}
} // namespace

QCborValue listCurriculum(RequestContext &ctx)
{
    const YearInfo year = yearOf(ctx, ctx.integer(kAcademicYearId));
    const qint64 classId = ctx.integer(kClassId);
    if (classId != 0)
        requireClassInYear(classOf(ctx, classId), year);
    return QCborMap{{QStringLiteral("rows"), curriculumRows(ctx, year.id, classId)},
                    {QStringLiteral("totals"), classTotals(ctx, year.id, classId)}};
}

QCborValue setCurriculum(RequestContext &ctx)
{
    const QString part = partParam(ctx);
    const double hours = hoursParam(ctx, kHours, true);
    const ClassInfo cls = classOf(ctx, ctx.integer(kClassId));
    requireOpenYear(cls.year, kClassId, QStringLiteral("class %1").arg(cls.name));
    const NamedInfo subject = subjectOf(ctx, ctx.integer(kSubjectId));
    if (hours > 0)
        requireActive(subject, kSubjectId, QStringLiteral("subject"));
    const auto entry = [&](double h) {
        if (h == 0)
            return QCborValue();
        return QCborValue(QCborMap{{kSubjectId, subject.id},
                                   {QStringLiteral("subject"), subject.name},
                                   {kPart, part},
                                   {kHours, h}});
    };
    QCborMap result{{kClassId, cls.id}, {QStringLiteral("className"), cls.name},
                    {kSubjectId, subject.id}, {QStringLiteral("subjectName"), subject.name},
                    {kPart, part}, {kHours, hours},
                    {QStringLiteral("maximum"), weeklyMaximum(cls.grade)}};
    if (hoursOf(ctx, cls.id, subject.id, part) == hours) {
        result.insert(QStringLiteral("total"), totalWith(ctx, cls.id, subject.id, part, hours));
        return result;
    }
    ctx.write([&](AuditRecord &audit) {
        lockRow(ctx, "class_unit", cls.id);
        const double old = hoursOf(ctx, cls.id, subject.id, part);
        const double total = totalWith(ctx, cls.id, subject.id, part, hours);
        if (hours > old)
            requireWithinMaximum(cls, total, kHours);
        if (hours == 0)
            ctx.sql.exec(QStringLiteral(
                "DELETE FROM curriculum"
                " WHERE school_id = ? AND class_id = ? AND subject_id = ? AND part = ?"),
                {ctx.caller.schoolId, cls.id, subject.id, part});
        else
            ctx.sql.exec(QStringLiteral(
                "INSERT INTO curriculum (school_id, class_id, subject_id, part, hours_per_week)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (school_id, class_id, subject_id, part)"
                " DO UPDATE SET hours_per_week = EXCLUDED.hours_per_week"),
                {ctx.caller.schoolId, cls.id, subject.id, part, hours});
        result.insert(QStringLiteral("total"), total);
        audit = {QStringLiteral("curriculum.set"), QStringLiteral("curriculum"),
                 QString::number(cls.id), entry(old), entry(hours), {}, 0};
    });
    return result;
}

QCborValue copyCurriculum(RequestContext &ctx)
{
    const ClassInfo from = classOf(ctx, ctx.integer(kFromClassId));
    const QList<ClassInfo> targets = copyTargets(ctx, from);
    QList<qint64> ids{from.id};
    for (const ClassInfo &target : targets)
        ids.append(target.id);
    QCborMap result;
    ctx.write([&](AuditRecord &audit) {
        lockClasses(ctx, ids);
        const Plan plan = planOf(ctx, from.id);
        if (plan.entries.isEmpty())
            throw fail(ErrorCode::Invalid,
                       QStringLiteral("class %1 has no curriculum to copy").arg(from.name),
                       {{kFromClassId, QStringLiteral("has no curriculum")}});
        if (!plan.archivedSubject.isEmpty())
            throw fail(ErrorCode::Invalid,
                       QStringLiteral("the curriculum of class %1 includes the archived subject"
                                      " «%2»").arg(from.name, plan.archivedSubject),
                       {{kFromClassId, QStringLiteral("includes an archived subject")}});
        QList<AuditRecord> records;
        for (const ClassInfo &target : targets) {
            requireWithinMaximum(target, plan.total, kToClassIds);
            const Plan replaced = planOf(ctx, target.id);
            ctx.sql.exec(
                QStringLiteral("DELETE FROM curriculum WHERE school_id = ? AND class_id = ?"),
                {ctx.caller.schoolId, target.id});
            ctx.sql.exec(QStringLiteral(
                "INSERT INTO curriculum (school_id, class_id, subject_id, part, hours_per_week)"
                " SELECT school_id, ?, subject_id, part, hours_per_week FROM curriculum"
                "  WHERE school_id = ? AND class_id = ?"),
                {target.id, ctx.caller.schoolId, from.id});
            records.append({QStringLiteral("curriculum.copy"), QStringLiteral("curriculum"),
                            QString::number(target.id),
                            QCborMap{{QStringLiteral("plan"), replaced.entries}},
                            QCborMap{{kFromClassId, from.id},
                                     {QStringLiteral("fromClass"), from.name},
                                     {QStringLiteral("plan"), plan.entries}},
                            {}, 0});
        }
        audit = records.takeLast();
        for (const AuditRecord &record : records)
            ctx.appendAudit(record);
        result = {{QStringLiteral("copied"), plan.entries.size()},
                  {QStringLiteral("total"), plan.total}};
    });
    return result;
}

QList<Route> curriculumRoutes()
{
    return {
        {"curriculum.list", listCurriculum},
        {"curriculum.set", setCurriculum},
        {"curriculum.copy", copyCurriculum},
        {"curriculum.coverage", curriculumCoverage},
        {"load.list", listLoad},
        {"load.create", createLoad},
        {"load.update", updateLoad},
        {"load.delete", deleteLoad},
    };
}

} // namespace ejournal::server::handlers

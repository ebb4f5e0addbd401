// journal.list: the journals (loads) of a year the caller may open, with their periods —
// every load for the deputy and the director; for a teacher the loads taught, those with a
// lesson given as a substitute, and those of the classes whose class teacher they are.
#include "journal_common.h"
#include "journal_handlers.h"

#include <QHash>

namespace ejournal::server::handlers {

using namespace journal;

namespace {

qint64 yearToList(const RequestContext &ctx)
{
    if (ctx.params.contains(QStringLiteral("academicYearId")))
        return yearOf(ctx, ctx.integer(QStringLiteral("academicYearId"))).id;
    return ctx.sql.scalar(QStringLiteral(
        "SELECT id FROM academic_year WHERE school_id = ? AND state = 'active'"),
        {ctx.caller.schoolId}).toLongLong();
}

// The periods of every scheme of the year, by scheme.
QHash<qint64, QCborArray> periodsByScheme(const RequestContext &ctx, qint64 yearId)
{
    QHash<qint64, QCborArray> out;
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT p.scheme_id, p.id, p.name, p.starts_on, p.ends_on, p.closed FROM period p"
        "  JOIN period_scheme ps ON ps.school_id = p.school_id AND ps.id = p.scheme_id"
        " WHERE p.school_id = ? AND ps.academic_year_id = ? ORDER BY p.scheme_id, p.ordinal"),
        {ctx.caller.schoolId, yearId});
    while (q.next())
        out[q.value(0).toLongLong()].append(
            Period{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toDate(),
                   q.value(4).toDate(), q.value(5).toBool()}.toMap());
    return out;
}

} // namespace

QCborValue listJournals(RequestContext &ctx)
{
    const qint64 yearId = yearToList(ctx);
    if (yearId == 0)
        return QCborArray();
    const bool deputy = ctx.caller.hasRole(Role::Deputy);
    const bool everything = deputy || ctx.caller.hasRole(Role::Director);
    const qint64 staff = ctx.caller.staffId == 0 ? -1 : ctx.caller.staffId;
    const QString substitutes = QStringLiteral(
        "EXISTS (SELECT 1 FROM lesson l WHERE l.school_id = a.school_id"
        " AND l.assignment_id = a.id AND l.teacher_id = ? AND l.merged_into_id IS NULL)");
    const QHash<qint64, QCborArray> periods = periodsByScheme(ctx, yearId);
    const QString classTeacher = QLatin1String(kClassTeacherOfLoad);
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT %1, coalesce(c.grade, gc.grade), a.staff_id = ?, %2, %3"
        "  FROM assignment a %4"
        " WHERE a.school_id = ? AND y.id = ? AND (?::boolean OR a.staff_id = ? OR %2 OR %3)"
        " ORDER BY coalesce(c.grade, gc.grade, 99), coalesce(c.grade || c.letter, g.name) %5,"
        "          s.name %5")
                                   .arg(assignmentColumns(), substitutes, classTeacher,
                                        QLatin1String(kAssignmentJoins), QLatin1String(kCollate)),
                               {staff, staff, staff, ctx.caller.schoolId, yearId, everything,
                                staff, staff, staff});
    QCborArray out;
    while (q.next()) {
        const AssignmentInfo info = AssignmentInfo::read(q, 0);
        const bool own = q.value(kAssignmentColumnCount + 1).toBool();
        const bool writable = !info.yearClosed() && (deputy || own);
        QCborMap row{{QStringLiteral("assignmentId"), info.id},
                     {QStringLiteral("subjectId"), info.subjectId},
                     {QStringLiteral("subjectName"), info.subjectName},
                     {QStringLiteral("classId"), idOrNull(info.classId)},
                     {QStringLiteral("groupId"), idOrNull(info.groupId)},
                     {QStringLiteral("targetName"), info.targetName},
                     {QStringLiteral("grade"), q.value(kAssignmentColumnCount).isNull()
                          ? QCborValue(nullptr) : QCborValue(q.value(kAssignmentColumnCount).toInt())},
                     {QStringLiteral("teacherId"), info.teacherId},
                     {QStringLiteral("teacherName"), info.teacherName},
                     {QStringLiteral("canWrite"), writable},
                     {QStringLiteral("own"), own},
                     {QStringLiteral("substituteOnly"),
                      !everything && !own && !q.value(kAssignmentColumnCount + 3).toBool()
                          && q.value(kAssignmentColumnCount + 2).toBool()},
                     {QStringLiteral("periods"), periods.value(info.schemeId)}};
        out.append(row);
    }
    return out;
}

} // namespace ejournal::server::handlers

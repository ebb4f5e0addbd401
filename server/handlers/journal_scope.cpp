// Who may read and write which journal (see journal_scope.h): one query per check.
#include "journal_scope.h"

#include "journal_common.h"

namespace ejournal::server::handlers::journal {

QString accessColumns()
{
    return QStringLiteral("a.staff_id = ?, %1").arg(QLatin1String(kClassTeacherOfLoad));
}

Access accessFrom(const RequestContext &ctx, bool teaches, bool classTeacher)
{
    Access access;
    const bool deputy = ctx.caller.hasRole(Role::Deputy);
    access.write = deputy || teaches;
    access.read = access.write || classTeacher || ctx.caller.hasRole(Role::Director);
    return access;
}

qint64 staffBind(const RequestContext &ctx)
{
    return ctx.caller.staffId == 0 ? -1 : ctx.caller.staffId;
}

Access assignmentAccess(const RequestContext &ctx, qint64 assignmentId)
{
    const qint64 staff = staffBind(ctx);
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT %1 FROM assignment a"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        " WHERE a.school_id = ? AND a.id = ?").arg(accessColumns()),
        {staff, staff, ctx.caller.schoolId, assignmentId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no load with id %1").arg(assignmentId));
    return accessFrom(ctx, q.value(0).toBool(), q.value(1).toBool());
}

Access lessonAccess(const RequestContext &ctx, qint64 lessonId)
{
    const qint64 staff = staffBind(ctx);
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT %1, l.teacher_id = ? FROM lesson l"
        "  JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        " WHERE l.school_id = ? AND l.id = ?").arg(accessColumns()),
        {staff, staff, staff, ctx.caller.schoolId, lessonId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no lesson with id %1").arg(lessonId));
    return accessFrom(ctx, q.value(0).toBool() || q.value(2).toBool(), q.value(1).toBool());
}

void requireRead(const Access &access)
{
    if (!access.read)
        throw fail(ErrorCode::Forbidden, QStringLiteral("you may not read this journal"));
}

void requireWrite(const Access &access)
{
    if (!access.write)
        throw fail(ErrorCode::Forbidden, QStringLiteral("you may not write in this journal"));
}

} // namespace ejournal::server::handlers::journal

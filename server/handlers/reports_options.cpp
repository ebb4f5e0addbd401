// reports.options: what a report's parameters are chosen from — the years, and of the given
// (else the active, else the latest) year its periods, classes, teachers and students, plus the
// school's subjects and kinds of work. Students are those the caller may read: the whole school
// for the director and the deputy, otherwise own classes and the classes and groups taught.
#include "reports_common.h"

#include "journal_common.h"
#include "paper_common.h"

#include <QCborArray>

namespace ejournal::server::handlers::reporting {

namespace {

using paper::rowsOf;

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out.append(QLatin1String(name));
    return out;
}

QCborArray students(const RequestContext &ctx, qint64 yearId)
{
    const bool all = callerIs(ctx, Role::Director) || callerIs(ctx, Role::Deputy);
    const qint64 staff = journal::staffBind(ctx);
    return rowsOf(ctx.sql.exec(QStringLiteral(
        "SELECT id, name, class_id FROM ("
        "  SELECT DISTINCT ON (s.id) s.id, s.last_name || ' ' || s.first_name AS name, e.class_id"
        "    FROM enrollment e"
        "    JOIN class_unit c ON c.school_id = e.school_id AND c.id = e.class_id"
        "    JOIN student s ON s.school_id = e.school_id AND s.id = e.student_id"
        "   WHERE e.school_id = ? AND c.academic_year_id = ?"
        "     AND (? OR c.class_teacher_id = ?"
        "          OR EXISTS (SELECT 1 FROM assignment a WHERE a.school_id = c.school_id"
        "                      AND a.staff_id = ? AND a.class_id = c.id)"
        "          OR EXISTS (SELECT 1 FROM assignment a JOIN group_member gm"
        "                       ON gm.school_id = a.school_id AND gm.group_id = a.group_id"
        "                      WHERE a.school_id = s.school_id AND a.staff_id = ?"
        "                        AND gm.student_id = s.id))"
        "   ORDER BY s.id, e.starts_on DESC) x"
        " ORDER BY name %1, id").arg(QLatin1String(journal::kCollate)),
        {ctx.caller.schoolId, yearId, all, staff, staff, staff}),
        keys({"id", "name", "classId"}));
}

} // namespace

QCborValue reportOptions(RequestContext &ctx)
{
    const qint64 school = ctx.caller.schoolId;
    const qint64 year = chosenYearId(ctx);
    const QString collate = QLatin1String(journal::kCollate);
    QCborMap out;
    out.insert(QStringLiteral("academicYearId"), year);
    out.insert(QStringLiteral("years"), rowsOf(ctx.sql.exec(QStringLiteral(
        "SELECT id, name FROM academic_year WHERE school_id = ? ORDER BY starts_on DESC"),
        {school}), keys({"id", "name"})));
    out.insert(QStringLiteral("periods"), rowsOf(ctx.sql.exec(QStringLiteral(
        "SELECT p.id, p.name, p.starts_on, p.ends_on, ps.name FROM period p"
        "  JOIN period_scheme ps ON ps.school_id = p.school_id AND ps.id = p.scheme_id"
        " WHERE p.school_id = ? AND ps.academic_year_id = ?"
        " ORDER BY ps.name %1, p.ordinal").arg(collate), {school, year}),
        keys({"id", "name", "startsOn", "endsOn", "scheme"})));
    out.insert(QStringLiteral("classes"), rowsOf(ctx.sql.exec(QStringLiteral(
        "SELECT id, grade || letter, grade FROM class_unit"
        " WHERE school_id = ? AND academic_year_id = ? ORDER BY grade, letter %1").arg(collate),
        {school, year}), keys({"id", "name", "grade"})));
    out.insert(QStringLiteral("subjects"), rowsOf(ctx.sql.exec(QStringLiteral(
        "SELECT id, name FROM subject WHERE school_id = ? AND NOT archived"
        " ORDER BY name %1, id").arg(collate), {school}), keys({"id", "name"})));
    out.insert(QStringLiteral("teachers"), rowsOf(ctx.sql.exec(QStringLiteral(
        "SELECT st.id, %1 AS name FROM staff st"
        " WHERE st.school_id = ? AND EXISTS ("
        "   SELECT 1 FROM assignment a"
        "     LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
        "     LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "    WHERE a.school_id = st.school_id AND a.staff_id = st.id"
        "      AND coalesce(c.academic_year_id, g.academic_year_id) = ?)"
        " ORDER BY %1 %2, st.id").arg(journal::staffName("st"), collate), {school, year}),
        keys({"id", "name"})));
    out.insert(QStringLiteral("workTypes"), rowsOf(ctx.sql.exec(QStringLiteral(
        "SELECT id, name FROM work_type WHERE school_id = ? AND NOT archived"
        " ORDER BY ordinal, id"), {school}), keys({"id", "name"})));
    out.insert(QStringLiteral("students"), students(ctx, year));
    return out;
}

} // namespace ejournal::server::handlers::reporting

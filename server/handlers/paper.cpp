// Routes of the paper copies (paper.*) and paper.options: the years, and per class of the
// chosen year whether the caller prints its whole journal or own subjects only, its periods
// and its students (for extracts) — what the printing page offers to choose from.
#include "paper_common.h"
#include "paper_handlers.h"
#include "routes.h"

#include "people_common.h"

namespace ejournal::server::handlers {

using namespace paper;

namespace {

// Students of the class during the year, alphabetically: [{id, name}].
QHash<qint64, QCborArray> studentsByClass(const RequestContext &ctx, qint64 yearId)
{
    QHash<qint64, QCborArray> out;
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT DISTINCT e.class_id, s.id, btrim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name)"
        "                COLLATE \"ru-RU-x-icu\" AS name"
        "  FROM enrollment e"
        "  JOIN class_unit c ON c.school_id = e.school_id AND c.id = e.class_id"
        "  JOIN student s ON s.school_id = e.school_id AND s.id = e.student_id"
        " WHERE e.school_id = ? AND c.academic_year_id = ? ORDER BY 1, 3, 2"),
        {ctx.caller.schoolId, yearId});
    while (q.next())
        out[q.value(0).toLongLong()].append(QCborMap{{QStringLiteral("id"), q.value(1).toLongLong()},
                                                     {QStringLiteral("name"), q.value(2).toString()}});
    return out;
}

} // namespace

QCborValue paperOptions(RequestContext &ctx)
{
    const QCborArray years = rowsOf(ctx.sql.exec(QStringLiteral(
        "SELECT id, name, state FROM academic_year WHERE school_id = ? ORDER BY starts_on DESC"),
        {ctx.caller.schoolId}), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("state")});
    const qint64 yearId = chosenYearId(ctx);
    const QHash<qint64, QCborArray> students = studentsByClass(ctx, yearId);
    // Read whole before the per-class queries run on the same connection.
    const QCborArray rows = rowsOf(ctx.sql.exec(QStringLiteral(
        "SELECT id, grade, letter, coalesce(period_scheme_id, 0) FROM class_unit"
        " WHERE school_id = ? AND academic_year_id = ? ORDER BY grade, letter COLLATE \"ru-RU-x-icu\""),
        {ctx.caller.schoolId, yearId}),
        {QStringLiteral("id"), QStringLiteral("grade"), QStringLiteral("letter"), QStringLiteral("scheme")});
    QCborArray classes;
    for (const QCborValue &row : rows) {
        const qint64 id = row[QStringLiteral("id")].toInteger();
        const ClassScope scope = tryClassScope(ctx, id);
        if (!scope.whole && scope.assignmentIds.isEmpty())
            continue;
        const int grade = int(row[QStringLiteral("grade")].toInteger());
        classes.append(QCborMap{
            {QStringLiteral("id"), id},
            {QStringLiteral("grade"), grade},
            {QStringLiteral("name"), people::className(grade, row[QStringLiteral("letter")].toString())},
            {QStringLiteral("whole"), scope.whole},
            {QStringLiteral("periods"), schemePeriods(ctx, row[QStringLiteral("scheme")].toInteger())},
            {QStringLiteral("students"), students.value(id)}});
    }
    return QCborMap{{QStringLiteral("school"), schoolName(ctx)},
                    {QStringLiteral("years"), years},
                    {QStringLiteral("academicYearId"), yearId},
                    {QStringLiteral("classes"), classes}};
}

QList<Route> paperRoutes()
{
    return {
        {"paper.options", paperOptions},
        {"paper.classJournal", paperClassJournal},
        {"paper.finalsSheet", paperFinalsSheet},
        {"paper.extract", paperExtract},
    };
}

} // namespace ejournal::server::handlers

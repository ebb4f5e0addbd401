// paper.finalsSheet: the summary sheet of final marks (сводная ведомость) of one class or of
// every class of a grade in a year — per class its periods, numbered students, the subjects
// in the caller's scope and the period and year marks. Classes of the grade the caller may
// not print are left out; none at all is forbidden.
#include "paper_common.h"
#include "paper_handlers.h"

namespace ejournal::server::handlers {

using namespace paper;

namespace {

QList<qint64> sheetClasses(const RequestContext &ctx, qint64 yearId)
{
    const qint64 classId = ctx.integer(QStringLiteral("classId"));
    const qint64 grade = ctx.integer(QStringLiteral("grade"));
    if ((classId == 0) == (grade == 0))
        throw fail(ErrorCode::Invalid, QStringLiteral("give either a class or a grade"),
                   {{classId == 0 ? QStringLiteral("classId") : QStringLiteral("grade"),
                     QStringLiteral("exactly one of classId and grade")}});
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id FROM class_unit WHERE school_id = ? AND academic_year_id = ?"
        "   AND (id = ? OR grade = ?) ORDER BY grade, letter COLLATE \"ru-RU-x-icu\""),
        {ctx.caller.schoolId, yearId, classId, grade});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (ids.isEmpty() && classId != 0)
        throw fail(ErrorCode::NotFound,
                   QStringLiteral("no class with id %1 in that year").arg(classId));
    return ids;
}

QCborMap classSheet(const RequestContext &ctx, const ClassHeader &header, const ClassScope &scope)
{
    const QCborArray students = classStudents(ctx, header.id, header.yearStarts, header.yearEnds);
    const QCborArray subjects = rowsOf(ctx.sql.exec(QStringLiteral(
        "SELECT DISTINCT s.id, s.name, s.short_name FROM assignment a"
        "  JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
        " WHERE a.school_id = ? AND a.id = ANY(?::bigint[]) ORDER BY s.id"),
        {ctx.caller.schoolId, idArray(scope.assignmentIds)}),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("shortName")});
    const QCborArray finals = rowsOf(ctx.sql.exec(QStringLiteral(
        "SELECT student_id, subject_id, period_id, value FROM final_mark"
        " WHERE school_id = ? AND academic_year_id = ? AND value IS NOT NULL"
        "   AND subject_id = ANY(?::bigint[]) AND student_id = ANY(?::bigint[])"
        " ORDER BY student_id, subject_id, period_id NULLS LAST"),
        {ctx.caller.schoolId, header.yearId, idArray(idsOf(subjects)), idArray(idsOf(students))}),
        {QStringLiteral("studentId"), QStringLiteral("subjectId"), QStringLiteral("periodId"),
         QStringLiteral("value")});
    return {{QStringLiteral("title"), header.title},
            {QStringLiteral("whole"), scope.whole},
            {QStringLiteral("periods"), schemePeriods(ctx, header.schemeId)},
            {QStringLiteral("students"), students},
            {QStringLiteral("subjects"), subjects},
            {QStringLiteral("finals"), finals}};
}

} // namespace

QCborValue paperFinalsSheet(RequestContext &ctx)
{
    const YearInfo year = yearOf(ctx, ctx.integer(QStringLiteral("academicYearId")));
    const QList<qint64> ids = sheetClasses(ctx, year.id);
    QCborArray classes;
    for (qint64 id : ids) {
        const ClassScope scope = ctx.integer(QStringLiteral("classId")) != 0
            ? classScope(ctx, id) : tryClassScope(ctx, id);
        if (scope.whole || !scope.assignmentIds.isEmpty())
            classes.append(classSheet(ctx, classHeader(ctx, id), scope));
    }
    if (classes.isEmpty() && !ids.isEmpty())
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("you may print the summary sheets only of your own classes "
                                  "and of the subjects you teach"));
    return QCborMap{{QStringLiteral("school"), schoolName(ctx)},
                    {QStringLiteral("academicYearId"), year.id},
                    {QStringLiteral("yearName"), year.name},
                    {QStringLiteral("grade"), ctx.integer(QStringLiteral("grade"))},
                    {QStringLiteral("classes"), classes}};
}

} // namespace ejournal::server::handlers

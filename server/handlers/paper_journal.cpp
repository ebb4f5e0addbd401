// paper.classJournal: a class's journal for a period or the year in one answer — title data,
// numbered students with guardians and orders, every load in scope with its dated lessons,
// the cells (marks, attendance), final marks and the attendance summary. A fixed number of
// set-based queries, whatever the number of lessons.
#include "paper_attendance.h"
#include "paper_common.h"
#include "paper_handlers.h"

#include "people_common.h"

namespace ejournal::server::handlers {

using namespace paper;

namespace {

struct Range
{
    QDate from, to;
    QCborValue periodId = QCborValue(QCborValue::Null);
};

Range journalRange(const RequestContext &ctx, const ClassHeader &header)
{
    const qint64 yearId = ctx.integer(QStringLiteral("academicYearId"));
    if (yearId != 0 && yearId != header.yearId)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the class %1 belongs to the academic year %2")
                       .arg(header.name, header.yearName),
                   {{QStringLiteral("academicYearId"), QStringLiteral("not the class's year")}});
    const qint64 periodId = ctx.integer(QStringLiteral("periodId"));
    if (periodId == 0)
        return {header.yearStarts, header.yearEnds};
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT starts_on, ends_on FROM period WHERE school_id = ? AND id = ? AND scheme_id = ?"),
        {ctx.caller.schoolId, periodId, header.schemeId});
    if (!q.next())
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the period %1 is not a period of the class %2")
                       .arg(periodId).arg(header.name),
                   {{QStringLiteral("periodId"), QStringLiteral("not a period of the class")}});
    return {q.value(0).toDate(), q.value(1).toDate(), periodId};
}

// Guardians and the admission/withdrawal orders, attached to each student row.
void addFamilies(const RequestContext &ctx, qint64 classId, QCborArray *students)
{
    const QString ids = idArray(idsOf(*students));
    QHash<qint64, QCborArray> guardians, orders;
    QSqlQuery g = ctx.sql.exec(QStringLiteral(
        "SELECT sg.student_id, btrim(g.last_name || ' ' || g.first_name || ' ' || g.middle_name),"
        "       sg.relation, g.phone, g.email"
        "  FROM student_guardian sg"
        "  JOIN guardian g ON g.school_id = sg.school_id AND g.id = sg.guardian_id"
        " WHERE sg.school_id = ? AND sg.student_id = ANY(?::bigint[])"
        " ORDER BY sg.student_id, array_position(ARRAY['mother','father','guardian','other'],"
        "          sg.relation), g.last_name COLLATE \"ru-RU-x-icu\""),
        {ctx.caller.schoolId, ids});
    while (g.next())
        guardians[g.value(0).toLongLong()].append(QCborMap{
            {QStringLiteral("name"), g.value(1).toString()},
            {QStringLiteral("relation"), g.value(2).toString()},
            {QStringLiteral("phone"), g.value(3).toString()},
            {QStringLiteral("email"), g.value(4).toString()}});
    QSqlQuery m = ctx.sql.exec(QStringLiteral(
        "SELECT student_id, kind, on_date, order_no FROM movement"
        " WHERE school_id = ? AND student_id = ANY(?::bigint[])"
        "   AND (from_class_id = ? OR to_class_id = ?) ORDER BY student_id, on_date, id"),
        {ctx.caller.schoolId, ids, classId, classId});
    while (m.next())
        orders[m.value(0).toLongLong()].append(QCborMap{
            {QStringLiteral("kind"), m.value(1).toString()},
            {QStringLiteral("date"), m.value(2).toDate().toString(Qt::ISODate)},
            {QStringLiteral("orderNo"), m.value(3).toString()}});
    for (qsizetype i = 0; i < students->size(); ++i) {
        QCborMap s = students->at(i).toMap();
        const qint64 id = s.value(QStringLiteral("id")).toInteger();
        s.insert(QStringLiteral("guardians"), guardians.value(id));
        s.insert(QStringLiteral("orders"), orders.value(id));
        (*students)[i] = s;
    }
}

// The loads in scope, by subject then group: {assignmentId, subjectId, subjectName,
// shortName, groupId, groupName, teacherName, lessons: [], studentIds: []}.
QCborArray loads(const RequestContext &ctx, const ClassScope &scope)
{
    return rowsOf(ctx.sql.exec(QStringLiteral(
        "SELECT a.id, s.id, s.name, s.short_name, a.group_id, g.name, %1"
        "  FROM assignment a"
        "  JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
        "  JOIN staff t ON t.school_id = a.school_id AND t.id = a.staff_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        " WHERE a.school_id = ? AND a.id = ANY(?::bigint[])"
        " ORDER BY s.id, g.name COLLATE \"ru-RU-x-icu\" NULLS FIRST, a.id").arg(initialsSql(QStringLiteral("t"))),
        {ctx.caller.schoolId, idArray(scope.assignmentIds)}),
        {QStringLiteral("assignmentId"), QStringLiteral("subjectId"), QStringLiteral("subjectName"),
         QStringLiteral("shortName"), QStringLiteral("groupId"), QStringLiteral("groupName"),
         QStringLiteral("teacherName")});
}

// Who had the lessons of each load: the class's enrolments for a class load, the group's
// memberships (of the class's students) for a group load.
QHash<qint64, QList<Membership>> memberships(const RequestContext &ctx, qint64 classId,
                                             const QCborArray &loadRows, const Range &range,
                                             const QList<qint64> &studentIds)
{
    QList<Membership> enrolled;
    QSqlQuery e = ctx.sql.exec(QStringLiteral(
        "SELECT student_id, starts_on, ends_on FROM enrollment"
        " WHERE school_id = ? AND class_id = ? AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)"),
        {ctx.caller.schoolId, classId, range.to, range.from});
    while (e.next())
        enrolled.append({e.value(0).toLongLong(), e.value(1).toDate(), e.value(2).toDate()});
    QHash<qint64, QList<Membership>> byGroup;
    QSqlQuery g = ctx.sql.exec(QStringLiteral(
        "SELECT group_id, student_id, starts_on, ends_on FROM group_member"
        " WHERE school_id = ? AND student_id = ANY(?::bigint[])"
        "   AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)"),
        {ctx.caller.schoolId, idArray(studentIds), range.to, range.from});
    while (g.next())
        byGroup[g.value(0).toLongLong()].append(
            {g.value(1).toLongLong(), g.value(2).toDate(), g.value(3).toDate()});
    QHash<qint64, QList<Membership>> out;
    for (const QCborValue &v : loadRows) {
        const QCborMap load = v.toMap();
        const qint64 group = load.value(QStringLiteral("groupId")).toInteger(0);
        out.insert(load.value(QStringLiteral("assignmentId")).toInteger(),
                   group == 0 ? enrolled : byGroup.value(group));
    }
    return out;
}

// The held (not cancelled, not merged away) lessons of the loads in the range, in order.
QSqlQuery lessonRows(const RequestContext &ctx, const ClassScope &scope, const Range &range)
{
    return ctx.sql.exec(QStringLiteral(
        "SELECT l.assignment_id, l.id, l.on_date, l.lesson_no, l.topic, l.homework,"
        "       coalesce(w.short_name, ''), l.control_work, %1"
        "  FROM lesson l"
        "  JOIN staff t ON t.school_id = l.school_id AND t.id = l.teacher_id"
        "  LEFT JOIN work_type w ON w.school_id = l.school_id AND w.id = l.work_type_id"
        " WHERE l.school_id = ? AND l.assignment_id = ANY(?::bigint[])"
        "   AND l.on_date BETWEEN ? AND ? AND l.status = 'planned' AND l.merged_into_id IS NULL"
        " ORDER BY l.assignment_id, l.on_date, l.lesson_no, l.id").arg(initialsSql(QStringLiteral("t"))),
        {ctx.caller.schoolId, idArray(scope.assignmentIds), range.from, range.to});
}

// The non-empty cells of those lessons: {lessonId, studentId, attendance, marks: ["5", "4"]}.
QSqlQuery cellRows(const RequestContext &ctx, const ClassScope &scope, const Range &range)
{
    return ctx.sql.exec(QStringLiteral(
        "SELECT c.lesson_id, c.student_id, coalesce(c.attendance, ''),"
        "       coalesce(string_agg(m.value, ' ' ORDER BY m.position), '')"
        "  FROM journal_cell c"
        "  JOIN lesson l ON l.school_id = c.school_id AND l.id = c.lesson_id"
        "  LEFT JOIN mark m ON m.school_id = c.school_id AND m.lesson_id = c.lesson_id"
        "   AND m.student_id = c.student_id"
        " WHERE c.school_id = ? AND l.assignment_id = ANY(?::bigint[])"
        "   AND l.on_date BETWEEN ? AND ? AND l.status = 'planned' AND l.merged_into_id IS NULL"
        " GROUP BY c.lesson_id, c.student_id, c.attendance"
        " HAVING c.attendance IS NOT NULL OR count(m.id) > 0"),
        {ctx.caller.schoolId, idArray(scope.assignmentIds), range.from, range.to});
}

QCborArray marksArray(const QString &spaced)
{
    QCborArray out;
    for (const QString &value : spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.append(value);
    return out;
}

QCborArray finals(const RequestContext &ctx, qint64 yearId, const QCborArray &loadRows,
                  const QCborArray &students)
{
    return rowsOf(ctx.sql.exec(QStringLiteral(
        "SELECT student_id, subject_id, period_id, value FROM final_mark"
        " WHERE school_id = ? AND academic_year_id = ? AND value IS NOT NULL"
        "   AND subject_id = ANY(?::bigint[]) AND student_id = ANY(?::bigint[])"
        " ORDER BY student_id, subject_id, period_id NULLS LAST"),
        {ctx.caller.schoolId, yearId, idArray(idsOf(loadRows, QStringLiteral("subjectId"))),
         idArray(idsOf(students))}),
        {QStringLiteral("studentId"), QStringLiteral("subjectId"), QStringLiteral("periodId"),
         QStringLiteral("value")});
}

} // namespace

QCborValue paperClassJournal(RequestContext &ctx)
{
    const qint64 classId = ctx.integer(QStringLiteral("classId"));
    const ClassHeader header = classHeader(ctx, classId);
    const ClassScope scope = classScope(ctx, classId);
    const Range range = journalRange(ctx, header);
    const QCborArray periods = schemePeriods(ctx, header.schemeId);
    QCborArray students = classStudents(ctx, classId, range.from, range.to);
    addFamilies(ctx, classId, &students);
    QCborArray loadRows = loads(ctx, scope);

    AttendanceInput attendance;
    attendance.periods = periods;
    attendance.members = memberships(ctx, classId, loadRows, range, idsOf(students));
    QHash<qint64, QCborArray> lessonsOf;
    QSqlQuery l = lessonRows(ctx, scope, range);
    while (l.next()) {
        const qint64 assignment = l.value(0).toLongLong();
        attendance.lessons.append({l.value(1).toLongLong(), {assignment, l.value(2).toDate()}});
        lessonsOf[assignment].append(QCborMap{
            {QStringLiteral("id"), l.value(1).toLongLong()},
            {QStringLiteral("date"), l.value(2).toDate().toString(Qt::ISODate)},
            {QStringLiteral("lessonNo"), l.value(3).toInt()},
            {QStringLiteral("topic"), l.value(4).toString()},
            {QStringLiteral("homework"), l.value(5).toString()},
            {QStringLiteral("workType"), l.value(6).toString()},
            {QStringLiteral("controlWork"), l.value(7).toBool()},
            {QStringLiteral("teacherName"), l.value(8).toString()}});
    }
    QCborArray cells;
    QSqlQuery c = cellRows(ctx, scope, range);
    while (c.next()) {
        const std::pair<qint64, qint64> key{c.value(0).toLongLong(), c.value(1).toLongLong()};
        attendance.codes.insert(key, c.value(2).toString());
        cells.append(QCborMap{{QStringLiteral("lessonId"), key.first},
                              {QStringLiteral("studentId"), key.second},
                              {QStringLiteral("attendance"), c.value(2).toString()},
                              {QStringLiteral("marks"), marksArray(c.value(3).toString())}});
    }
    for (qsizetype i = 0; i < loadRows.size(); ++i) {
        QCborMap load = loadRows.at(i).toMap();
        const qint64 id = load.value(QStringLiteral("assignmentId")).toInteger();
        QCborArray who;
        for (const Membership &m : attendance.members.value(id))
            if (!who.contains(m.studentId))
                who.append(m.studentId);
        load.insert(QStringLiteral("lessons"), lessonsOf.value(id));
        load.insert(QStringLiteral("studentIds"), who);
        loadRows[i] = load;
    }
    return QCborMap{{QStringLiteral("title"), header.title},
                    {QStringLiteral("whole"), scope.whole},
                    {QStringLiteral("from"), range.from.toString(Qt::ISODate)},
                    {QStringLiteral("to"), range.to.toString(Qt::ISODate)},
                    {QStringLiteral("periodId"), range.periodId},
                    {QStringLiteral("periods"), periods},
                    {QStringLiteral("students"), students},
                    {QStringLiteral("subjects"), loadRows},
                    {QStringLiteral("cells"), cells},
                    {QStringLiteral("finals"), finals(ctx, header.yearId, loadRows, students)},
                    {QStringLiteral("attendance"), attendanceSummary(attendance)}};
}

} // namespace ejournal::server::handlers

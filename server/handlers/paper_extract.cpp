// paper.extract: a guardian's extract (выписка) for one student — per subject the marks and
// attendance over a date range with the weighted average, and the homework due in the week
// after the range. A teacher who is not the student's class teacher sees only own subjects.
#include "paper_common.h"
#include "paper_handlers.h"

#include "marks.h"
#include "people_common.h"

#include <map>

namespace ejournal::server::handlers {

using namespace paper;

namespace {

// The student, enrolled in one of the caller's classes, is fully visible (true); a teacher of
// one of the student's loads sees own subjects (false); anyone else is refused.
bool extractScope(const RequestContext &ctx, qint64 studentId)
{
    if (printsEverything(ctx))
        return true;
    const qint64 staff = ctx.caller.staffId == 0 ? -1 : ctx.caller.staffId;
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM enrollment e JOIN class_unit c"
        "                 ON c.school_id = e.school_id AND c.id = e.class_id"
        "                WHERE e.school_id = ? AND e.student_id = ? AND c.class_teacher_id = ?),"
        "       EXISTS (SELECT 1 FROM assignment a WHERE a.school_id = ? AND a.staff_id = ?"
        "                  AND (a.class_id IN (SELECT class_id FROM enrollment"
        "                                       WHERE school_id = a.school_id AND student_id = ?)"
        "                    OR a.group_id IN (SELECT group_id FROM group_member"
        "                                       WHERE school_id = a.school_id AND student_id = ?)))"),
        {ctx.caller.schoolId, studentId, staff, ctx.caller.schoolId, staff, studentId, studentId});
    q.next();
    if (q.value(0).toBool())
        return true;
    if (q.value(1).toBool())
        return false;
    throw fail(ErrorCode::Forbidden,
               QStringLiteral("you may print extracts only for the students of your own class "
                              "and of the subjects you teach"));
}

QCborMap studentTitle(const RequestContext &ctx, qint64 studentId, const QDate &from,
                      const QDate &to)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT btrim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name), s.birth_date,"
        "       c.grade, c.letter,"
        "       coalesce(btrim(t.last_name || ' ' || t.first_name || ' ' || t.middle_name), ''),"
        "       sc.name"
        "  FROM student s JOIN school sc ON sc.id = s.school_id"
        "  LEFT JOIN LATERAL (SELECT class_id FROM enrollment e"
        "                      WHERE e.school_id = s.school_id AND e.student_id = s.id"
        "                        AND e.starts_on <= ? AND (e.ends_on IS NULL OR e.ends_on >= ?)"
        "                      ORDER BY e.starts_on DESC LIMIT 1) e ON true"
        "  LEFT JOIN class_unit c ON c.school_id = s.school_id AND c.id = e.class_id"
        "  LEFT JOIN staff t ON t.school_id = c.school_id AND t.id = c.class_teacher_id"
        " WHERE s.school_id = ? AND s.id = ?"),
        {to, from, ctx.caller.schoolId, studentId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no student with id %1").arg(studentId));
    return {{QStringLiteral("school"), q.value(5).toString()},
            {QStringLiteral("studentId"), studentId},
            {QStringLiteral("fullName"), q.value(0).toString()},
            {QStringLiteral("birthDate"), people::cborOf(q.value(1))},
            {QStringLiteral("className"), q.value(2).isNull()
                 ? QString() : people::className(q.value(2).toInt(), q.value(3).toString())},
            {QStringLiteral("classTeacher"), q.value(4).toString()}};
}

// The student's held lessons from `since` to `until` (own loads only when not whole), with
// the cell: 0 assignment, 1 subject id, 2 subject, 3 teacher, 4 date, 5 homework,
// 6 homework due, 7 attendance, 8 marks "5:Отв:1.0 4:КР:2.0".
QSqlQuery studentLessons(const RequestContext &ctx, qint64 studentId, bool whole,
                         const QDate &since, const QDate &until)
{
    const qint64 staff = ctx.caller.staffId == 0 ? -1 : ctx.caller.staffId;
    return ctx.sql.exec(QStringLiteral(
        "SELECT a.id, s.id, s.name, %1, l.on_date, l.homework, l.homework_due,"
        "       coalesce(c.attendance, ''),"
        "       (SELECT string_agg(m.value || ':' || w.short_name || ':' || w.weight, ' '"
        "                          ORDER BY m.position)"
        "          FROM mark m JOIN work_type w ON w.school_id = m.school_id AND w.id = m.work_type_id"
        "         WHERE m.school_id = l.school_id AND m.lesson_id = l.id AND m.student_id = ?)"
        "  FROM lesson l"
        "  JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
        "  JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
        "  JOIN staff t ON t.school_id = a.school_id AND t.id = a.staff_id"
        "  LEFT JOIN journal_cell c ON c.school_id = l.school_id AND c.lesson_id = l.id"
        "   AND c.student_id = ?"
        " WHERE l.school_id = ? AND l.on_date BETWEEN ? AND ? AND l.status = 'planned'"
        "   AND l.merged_into_id IS NULL AND (? OR a.staff_id = ?)"
        "   AND (EXISTS (SELECT 1 FROM enrollment e WHERE e.school_id = l.school_id"
        "                   AND e.student_id = ? AND e.class_id = a.class_id"
        "                   AND e.starts_on <= l.on_date AND (e.ends_on IS NULL OR e.ends_on >= l.on_date))"
        "     OR EXISTS (SELECT 1 FROM group_member g WHERE g.school_id = l.school_id"
        "                   AND g.student_id = ? AND g.group_id = a.group_id"
        "                   AND g.starts_on <= l.on_date AND (g.ends_on IS NULL OR g.ends_on >= l.on_date)))"
        " ORDER BY s.id, a.id, l.on_date, l.lesson_no").arg(initialsSql(QStringLiteral("t"))),
        {studentId, studentId, ctx.caller.schoolId, since, until, whole, staff, studentId,
         studentId});
}

struct SubjectTally
{
    QCborMap head;
    QCborArray marks;
    QList<marks::WeightedMark> weighted;
    QHash<QString, int> attendance;
    int lessons = 0;
};

void addLesson(SubjectTally &t, const QSqlQuery &q)
{
    ++t.lessons;
    const QString code = q.value(7).toString();
    if (!code.isEmpty())
        ++t.attendance[code];
    const QString date = q.value(4).toDate().toString(Qt::ISODate);
    for (const QString &mark : q.value(8).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = mark.split(QLatin1Char(':'));
        t.marks.append(QCborMap{{QStringLiteral("date"), date},
                                {QStringLiteral("value"), parts.value(0)},
                                {QStringLiteral("workType"), parts.value(1)}});
        t.weighted.append({parts.value(0), parts.value(2).toDouble()});
    }
}

QCborMap subjectRow(const SubjectTally &t)
{
    QCborMap row = t.head;
    const std::optional<double> average = marks::weightedAverage(t.weighted);
    row.insert(QStringLiteral("lessons"), t.lessons);
    row.insert(QStringLiteral("marks"), t.marks);
    row.insert(QStringLiteral("average"), average ? QCborValue(*average) : QCborValue(QCborValue::Null));
    for (const char *code : {"absent", "sick", "excused", "late"})
        row.insert(QLatin1String(code), t.attendance.value(QLatin1String(code)));
    return row;
}

} // namespace

QCborValue paperExtract(RequestContext &ctx)
{
    const qint64 studentId = ctx.integer(QStringLiteral("studentId"));
    const QDate from = dateParam(ctx, QStringLiteral("from"));
    const QDate to = dateParam(ctx, QStringLiteral("to"));
    if (to < from || from.daysTo(to) > 400)
        throw fail(ErrorCode::Invalid, QStringLiteral("the range %1 – %2 is not a range of at most a year")
                                           .arg(people::iso(from), people::iso(to)),
                   {{QStringLiteral("to"), QStringLiteral("must be on or after from, within a year")}});
    const QCborMap title = studentTitle(ctx, studentId, from, to);
    const bool whole = extractScope(ctx, studentId);
    const QDate weekEnd = to.addDays(7);
    std::map<std::pair<qint64, qint64>, SubjectTally> subjects;  // (subject, load) → tally
    QList<QCborMap> homework;
    QSqlQuery q = studentLessons(ctx, studentId, whole, qMin(from, to.addDays(-14)), weekEnd);
    while (q.next()) {
        const QDate date = q.value(4).toDate();
        const QDate due = q.value(6).isNull() ? date : q.value(6).toDate();
        if (!q.value(5).toString().trimmed().isEmpty() && due > to && due <= weekEnd)
            homework.append({{QStringLiteral("due"), due.toString(Qt::ISODate)},
                                     {QStringLiteral("givenOn"), date.toString(Qt::ISODate)},
                                     {QStringLiteral("subjectName"), q.value(2).toString()},
                                     {QStringLiteral("homework"), q.value(5).toString()}});
        if (date < from || date > to)
            continue;
        SubjectTally &t = subjects[{q.value(1).toLongLong(), q.value(0).toLongLong()}];
        if (t.head.isEmpty())
            t.head = {{QStringLiteral("subjectId"), q.value(1).toLongLong()},
                      {QStringLiteral("subjectName"), q.value(2).toString()},
                      {QStringLiteral("teacherName"), q.value(3).toString()}};
        addLesson(t, q);
    }
    QCborArray rows;
    for (const auto &entry : subjects)
        rows.append(subjectRow(entry.second));
    std::stable_sort(homework.begin(), homework.end(), [](const QCborMap &a, const QCborMap &b) {
        return a.value(QStringLiteral("due")).toString() < b.value(QStringLiteral("due")).toString();
    });
    QCborArray week;
    for (const QCborMap &item : homework)
        week.append(item);
    QCborMap out = title;
    out.insert(QStringLiteral("from"), people::iso(from));
    out.insert(QStringLiteral("to"), people::iso(to));
    out.insert(QStringLiteral("whole"), whole);
    out.insert(QStringLiteral("subjects"), rows);
    out.insert(QStringLiteral("homework"), week);
    return out;
}

} // namespace ejournal::server::handlers

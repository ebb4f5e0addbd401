// The journal's report datasets: marks, attendance, lessons and final marks, each narrowed
// to the journals the caller may read (see datasetsql.h).
#include "datasets_parts.h"

namespace ejournal::server::reports::parts {

namespace {

// Marks and attendance count only on lessons that took place as themselves.
const QString kLessonGiven = QStringLiteral("l.status <> 'cancelled' AND l.merged_into_id IS NULL");

// The class of a lesson's student: the load's class, the class its subgroup splits, else (a
// stream) the class the student `sd` was enrolled in on the lesson's date.
QString studentClassId()
{
    return QStringLiteral(
        "coalesce(a.class_id, g.class_id,"
        " (SELECT e.class_id FROM enrollment e"
        "   WHERE e.school_id = l.school_id AND e.student_id = sd.id AND e.starts_on <= l.on_date"
        "     AND (e.ends_on IS NULL OR e.ends_on >= l.on_date)"
        "   ORDER BY e.starts_on DESC LIMIT 1))");
}

// The joins of a row of a lesson's student (`table` aliased `alias` with lesson_id, student_id).
QString studentLessonFrom(const QString &table, const QString &alias)
{
    return QStringLiteral(
        "%1 %2"
        " JOIN lesson l ON l.school_id = %2.school_id AND l.id = %2.lesson_id"
        " JOIN student sd ON sd.school_id = %2.school_id AND sd.id = %2.student_id")
        .arg(table, alias) + lessonJoins(studentClassId());
}

// A mark entered at `enteredAt` came more than the correction window after its lesson.
QString enteredLate(const QString &enteredAt)
{
    return QStringLiteral("%1 - l.on_date > coalesce(js.correction_days, 7)").arg(dateOf(enteredAt));
}

// The lesson has taken place: not cancelled, and its date has come.
const QString kHeld = QStringLiteral("(l.status <> 'cancelled' AND l.on_date <= current_date)");

} // namespace

DatasetSql marks(const RequestContext &ctx)
{
    const Scope scope = scopeOf(ctx);
    DatasetSql sql = start(ctx, studentLessonFrom(QStringLiteral("mark"), QStringLiteral("m"))
                                    + QStringLiteral(" JOIN work_type wt ON wt.school_id = m.school_id"
                                                     " AND wt.id = m.work_type_id"),
                           QStringLiteral("m"), kLessonGiven);
    narrowToJournals(sql, scope);
    sql.weight = QStringLiteral("wt.weight");
    addLessonContext(sql);
    sql.fields.insert(QStringLiteral("student"), personRef(QStringLiteral("sd")));
    sql.fields.insert(QStringLiteral("value"), plain(markNumber(QStringLiteral("m.value"))));
    sql.fields.insert(QStringLiteral("markText"), plain(markWritten(QStringLiteral("m.value"))));
    sql.fields.insert(QStringLiteral("workType"),
                      ref(QStringLiteral("wt.id"), QStringLiteral("wt.name"),
                          QStringLiteral("wt.ordinal")));
    sql.fields.insert(QStringLiteral("weight"), plain(QStringLiteral("wt.weight")));
    sql.fields.insert(QStringLiteral("controlWork"), flag(QStringLiteral("l.control_work")));
    sql.fields.insert(QStringLiteral("topic"), plain(QStringLiteral("l.topic")));
    sql.fields.insert(QStringLiteral("comment"), plain(QStringLiteral("m.comment")));
    sql.fields.insert(QStringLiteral("enteredOn"), plain(dateOf(QStringLiteral("m.entered_at"))));
    sql.fields.insert(QStringLiteral("enteredLate"),
                      flag(enteredLate(QStringLiteral("m.entered_at"))));
    return sql;
}

DatasetSql attendance(const RequestContext &ctx)
{
    const Scope scope = scopeOf(ctx);
    DatasetSql sql = start(ctx, studentLessonFrom(QStringLiteral("journal_cell"), QStringLiteral("jc")),
                           QStringLiteral("jc"),
                           QStringLiteral("jc.attendance IS NOT NULL AND ") + kLessonGiven);
    narrowToJournals(sql, scope);
    addLessonContext(sql);
    sql.fields.insert(QStringLiteral("student"), personRef(QStringLiteral("sd")));
    sql.fields.insert(QStringLiteral("code"), plain(QStringLiteral(
        "CASE jc.attendance WHEN 'absent' THEN 'н' WHEN 'sick' THEN 'б'"
        " WHEN 'excused' THEN 'у' WHEN 'late' THEN 'оп' END")));
    sql.fields.insert(QStringLiteral("reason"), plain(QStringLiteral(
        "CASE jc.attendance WHEN 'absent' THEN 'без причины' WHEN 'sick' THEN 'по болезни'"
        " WHEN 'excused' THEN 'по уважительной причине' WHEN 'late' THEN 'опоздание' END")));
    sql.fields.insert(QStringLiteral("missed"), flag(QStringLiteral("jc.attendance <> 'late'")));
    sql.fields.insert(QStringLiteral("unexcused"), flag(QStringLiteral("jc.attendance = 'absent'")));
    sql.fields.insert(QStringLiteral("sick"), flag(QStringLiteral("jc.attendance = 'sick'")));
    sql.fields.insert(QStringLiteral("late"), flag(QStringLiteral("jc.attendance = 'late'")));
    sql.fields.insert(QStringLiteral("lateMinutes"), plain(QStringLiteral("jc.late_minutes")));
    sql.fields.insert(QStringLiteral("topic"), plain(QStringLiteral("l.topic")));
    return sql;
}

DatasetSql lessons(const RequestContext &ctx)
{
    const Scope scope = scopeOf(ctx);
    DatasetSql sql = start(ctx, QStringLiteral("lesson l") + lessonJoins(loadClassId())
                                    + QStringLiteral(
                                        " JOIN staff lt ON lt.school_id = a.school_id AND lt.id = a.staff_id"
                                        " LEFT JOIN room r ON r.school_id = l.school_id AND r.id = l.room_id"
                                        " LEFT JOIN plan_item pi ON pi.school_id = l.school_id"
                                        "  AND pi.id = l.plan_item_id"),
                           QStringLiteral("l"));
    narrowToJournals(sql, scope);
    addLessonContext(sql);
    const QString marksOf = QStringLiteral(
        "SELECT count(*) FROM mark mk WHERE mk.school_id = l.school_id AND mk.lesson_id = l.id");
    sql.fields.insert(QStringLiteral("loadTeacher"), personRef(QStringLiteral("lt")));
    sql.fields.insert(QStringLiteral("room"), nameRef(QStringLiteral("r")));
    sql.fields.insert(QStringLiteral("held"), flag(kHeld));
    sql.fields.insert(QStringLiteral("cancelled"), flag(QStringLiteral("l.status = 'cancelled'")));
    sql.fields.insert(QStringLiteral("substituted"), flag(QStringLiteral("l.teacher_id <> a.staff_id")));
    sql.fields.insert(QStringLiteral("topic"), plain(QStringLiteral("l.topic")));
    sql.fields.insert(QStringLiteral("noTopic"), flag(kHeld + QStringLiteral(" AND btrim(l.topic) = ''")));
    sql.fields.insert(QStringLiteral("homework"), plain(QStringLiteral("l.homework")));
    sql.fields.insert(QStringLiteral("noHomework"),
                      flag(kHeld + QStringLiteral(" AND btrim(l.homework) = ''")));
    sql.fields.insert(QStringLiteral("controlWork"), flag(QStringLiteral("l.control_work")));
    sql.fields.insert(QStringLiteral("planItem"), plain(QStringLiteral("pi.topic")));
    sql.fields.insert(QStringLiteral("marks"), plain(QStringLiteral("(%1)").arg(marksOf)));
    sql.fields.insert(QStringLiteral("lateMarks"),
                      plain(QStringLiteral("(%1 AND %2)")
                                .arg(marksOf, enteredLate(QStringLiteral("mk.entered_at")))));
    sql.fields.insert(QStringLiteral("students"), plain(QStringLiteral(
        "((SELECT count(*) FROM enrollment e WHERE e.school_id = l.school_id"
        "    AND e.class_id = a.class_id AND e.starts_on <= l.on_date"
        "    AND (e.ends_on IS NULL OR e.ends_on >= l.on_date))"
        " + (SELECT count(*) FROM group_member gm WHERE gm.school_id = l.school_id"
        "    AND gm.group_id = a.group_id AND gm.starts_on <= l.on_date"
        "    AND (gm.ends_on IS NULL OR gm.ends_on >= l.on_date)))")));
    sql.fields.insert(QStringLiteral("noMarks"),
                      flag(kHeld + QStringLiteral(" AND (%1) = 0").arg(marksOf)));
    return sql;
}

DatasetSql finals(const RequestContext &ctx)
{
    const Scope scope = scopeOf(ctx);
    // The student's class: the latest enrolment of the year; the teacher: the load of the
    // subject in that class, else of a group of the subject the student belongs to.
    DatasetSql sql = start(ctx, QStringLiteral(
        "final_mark f"
        " JOIN student sd ON sd.school_id = f.school_id AND sd.id = f.student_id"
        " JOIN subject s ON s.school_id = f.school_id AND s.id = f.subject_id"
        " JOIN academic_year y ON y.school_id = f.school_id AND y.id = f.academic_year_id"
        " LEFT JOIN period p ON p.school_id = f.school_id AND p.id = f.period_id"
        " LEFT JOIN LATERAL (SELECT e.class_id FROM enrollment e"
        "    JOIN class_unit ec ON ec.school_id = e.school_id AND ec.id = e.class_id"
        "   WHERE e.school_id = f.school_id AND e.student_id = f.student_id"
        "     AND ec.academic_year_id = f.academic_year_id"
        "   ORDER BY e.starts_on DESC, e.id DESC LIMIT 1) fe ON true"
        " LEFT JOIN class_unit k ON k.school_id = f.school_id AND k.id = fe.class_id"
        " LEFT JOIN (SELECT DISTINCT ON (a.class_id, a.subject_id) a.school_id, a.class_id,"
        "                   a.subject_id, a.staff_id"
        "              FROM assignment a WHERE a.class_id IS NOT NULL"
        "             ORDER BY a.class_id, a.subject_id, a.id) fc"
        "   ON fc.school_id = f.school_id AND fc.class_id = k.id AND fc.subject_id = f.subject_id"
        " LEFT JOIN (SELECT DISTINCT ON (gm.student_id, a.subject_id, g.academic_year_id)"
        "                   a.school_id, gm.student_id, a.subject_id, g.academic_year_id, a.staff_id"
        "              FROM assignment a"
        "              JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "              JOIN group_member gm ON gm.school_id = g.school_id AND gm.group_id = g.id"
        "             ORDER BY gm.student_id, a.subject_id, g.academic_year_id, a.id) fg"
        "   ON fg.school_id = f.school_id AND fg.student_id = f.student_id"
        "  AND fg.subject_id = f.subject_id AND fg.academic_year_id = f.academic_year_id"
        " LEFT JOIN staff t ON t.school_id = f.school_id AND t.id = coalesce(fc.staff_id, fg.staff_id)"),
        QStringLiteral("f"), QStringLiteral("f.value IS NOT NULL"));
    // The caller's own class, or a subject the caller teaches to the class or to the student.
    narrow(sql, scope, QStringLiteral(
        "k.class_teacher_id = ?"
        " OR EXISTS (SELECT 1 FROM assignment ta"
        "   LEFT JOIN study_group tg ON tg.school_id = ta.school_id AND tg.id = ta.group_id"
        "  WHERE ta.school_id = f.school_id AND ta.staff_id = ? AND ta.subject_id = f.subject_id"
        "    AND (ta.class_id = k.id OR tg.class_id = k.id"
        "         OR EXISTS (SELECT 1 FROM group_member tm WHERE tm.school_id = tg.school_id"
        "                     AND tm.group_id = tg.id AND tm.student_id = f.student_id)))"),
        {scope.staffId, scope.staffId});
    sql.fields.insert(QStringLiteral("year"), yearRef(QStringLiteral("y")));
    sql.fields.insert(QStringLiteral("period"), periodRef(QStringLiteral("p")));
    sql.fields.insert(QStringLiteral("class"), classRef(QStringLiteral("k")));
    sql.fields.insert(QStringLiteral("subject"), nameRef(QStringLiteral("s")));
    sql.fields.insert(QStringLiteral("teacher"), personRef(QStringLiteral("t")));
    sql.fields.insert(QStringLiteral("student"), personRef(QStringLiteral("sd")));
    FieldSql finalValue = plain(markNumber(QStringLiteral("f.value")));
    finalValue.rated = QStringLiteral("f.value ~ '^[0-9]{1,2}$' OR f.value = 'na'");
    sql.fields.insert(QStringLiteral("value"), finalValue);
    sql.fields.insert(QStringLiteral("markText"), plain(markWritten(QStringLiteral("f.value"))));
    sql.fields.insert(QStringLiteral("yearMark"), flag(QStringLiteral("f.period_id IS NULL")));
    sql.fields.insert(QStringLiteral("notCertified"), flag(QStringLiteral("f.value = 'na'")));
    return sql;
}

} // namespace ejournal::server::reports::parts

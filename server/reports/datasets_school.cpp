// The school's structure as report datasets: teaching load, timetable entries, and the
// register of substitutions and other changes. Every member of staff reads them whole.
#include "datasets_parts.h"

namespace ejournal::server::reports::parts {

namespace {

// The joins from a load `a`: subject s, teacher t, class c or group g, the class shown k (the
// class, or the class a subgroup splits) and year y.
const QString kLoadJoins = QStringLiteral(
    " JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
    " JOIN staff t ON t.school_id = a.school_id AND t.id = a.staff_id"
    " LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
    " LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
    " LEFT JOIN class_unit k ON k.school_id = a.school_id AND k.id = coalesce(a.class_id, g.class_id)"
    " JOIN academic_year y ON y.school_id = a.school_id"
    "  AND y.id = coalesce(c.academic_year_id, g.academic_year_id)");

void addLoadFields(DatasetSql &sql)
{
    sql.fields.insert(QStringLiteral("year"), yearRef(QStringLiteral("y")));
    sql.fields.insert(QStringLiteral("class"), classRef(QStringLiteral("k")));
    sql.fields.insert(QStringLiteral("group"), nameRef(QStringLiteral("g")));
    sql.fields.insert(QStringLiteral("subject"), nameRef(QStringLiteral("s")));
    sql.fields.insert(QStringLiteral("teacher"), personRef(QStringLiteral("t")));
}

// The datasets every member of staff reads whole; scopeOf() refuses anyone else.
DatasetSql wholeSchool(const RequestContext &ctx, const QString &from, const QString &alias)
{
    scopeOf(ctx);
    return start(ctx, from, alias);
}

} // namespace

DatasetSql load(const RequestContext &ctx)
{
    DatasetSql sql = wholeSchool(ctx, QStringLiteral("assignment a") + kLoadJoins, QStringLiteral("a"));
    addLoadFields(sql);
    sql.fields.insert(QStringLiteral("position"), plain(QStringLiteral("t.position")));
    sql.fields.insert(QStringLiteral("hours"), plain(QStringLiteral("a.hours_per_week")));
    sql.fields.insert(QStringLiteral("curriculumHours"), plain(QStringLiteral(
        "(SELECT sum(cu.hours_per_week) FROM curriculum cu"
        "  WHERE cu.school_id = a.school_id AND cu.class_id = k.id AND cu.subject_id = a.subject_id)")));
    return sql;
}

DatasetSql timetable(const RequestContext &ctx)
{
    DatasetSql sql = wholeSchool(ctx, QStringLiteral(
        "timetable_entry te"
        " JOIN timetable_version tv ON tv.school_id = te.school_id AND tv.id = te.version_id"
        " JOIN assignment a ON a.school_id = te.school_id AND a.id = te.assignment_id")
        + kLoadJoins
        + QStringLiteral(" LEFT JOIN room r ON r.school_id = te.school_id AND r.id = te.room_id"),
        QStringLiteral("te"));
    addLoadFields(sql);
    sql.fields.insert(QStringLiteral("version"), plain(QStringLiteral("tv.name")));
    sql.fields.insert(QStringLiteral("validFrom"), plain(QStringLiteral("tv.valid_from")));
    sql.fields.insert(QStringLiteral("weekday"), plain(QStringLiteral("te.weekday")));
    sql.fields.insert(QStringLiteral("lessonNo"), plain(QStringLiteral("te.lesson_no")));
    sql.fields.insert(QStringLiteral("room"), nameRef(QStringLiteral("r")));
    sql.fields.insert(QStringLiteral("weekParity"), plain(QStringLiteral("te.week_parity")));
    return sql;
}

DatasetSql substitutions(const RequestContext &ctx)
{
    DatasetSql sql = wholeSchool(ctx, QStringLiteral(
        "lesson_change lc JOIN lesson l ON l.school_id = lc.school_id AND l.id = lc.lesson_id")
        + lessonJoins(loadClassId())
        + QStringLiteral(
            " JOIN staff ot ON ot.school_id = lc.school_id"
            "  AND ot.id = coalesce(lc.old_teacher_id, a.staff_id)"
            " LEFT JOIN staff nt ON nt.school_id = lc.school_id AND nt.id = lc.new_teacher_id"),
        QStringLiteral("lc"));
    sql.fields.insert(QStringLiteral("year"), yearRef(QStringLiteral("y")));
    sql.fields.insert(QStringLiteral("period"), periodRef(QStringLiteral("p")));
    sql.fields.insert(QStringLiteral("date"), plain(QStringLiteral("l.on_date")));
    sql.fields.insert(QStringLiteral("lessonNo"), plain(QStringLiteral("l.lesson_no")));
    sql.fields.insert(QStringLiteral("kind"), plain(QStringLiteral(
        "CASE lc.kind WHEN 'substitute' THEN 'замена' WHEN 'move' THEN 'перенос'"
        " WHEN 'cancel' THEN 'отмена' WHEN 'merge' THEN 'объединение'"
        " WHEN 'restore' THEN 'восстановление' END")));
    sql.fields.insert(QStringLiteral("class"), classRef(QStringLiteral("k")));
    sql.fields.insert(QStringLiteral("subject"), nameRef(QStringLiteral("s")));
    sql.fields.insert(QStringLiteral("teacher"), personRef(QStringLiteral("ot")));
    sql.fields.insert(QStringLiteral("substitute"), personRef(QStringLiteral("nt")));
    sql.fields.insert(QStringLiteral("reason"), plain(QStringLiteral("lc.reason")));
    sql.fields.insert(QStringLiteral("recordedOn"), plain(dateOf(QStringLiteral("lc.recorded_at"))));
    return sql;
}

} // namespace ejournal::server::reports::parts

// The checks before a year is closed: past lessons without a topic, students without a year
// mark in a subject they were taught, substituted lessons the substitute has not filled, and
// periods not yet closed. Each lists its first rows (at most kItems) and its full count.
#include "yearclose.h"

#include <QSqlQuery>

namespace ejournal::server::handlers::yearclose {

namespace {
constexpr int kItems = 200;

// Rows of a statement whose last column is count(*) OVER () and whose other columns are
// named by `keys`.
Check collect(const RequestContext &ctx, const QString &code, const QStringList &keys,
              const QString &statement, const QVariantList &binds)
{
    Check out{code, 0, {}};
    QSqlQuery q = ctx.sql.exec(statement + QStringLiteral(" LIMIT %1").arg(kItems), binds);
    while (q.next()) {
        QCborMap row;
        for (int i = 0; i < keys.size(); ++i) {
            const QVariant v = q.value(i);
            row.insert(keys[i], v.isNull() ? QCborValue(QCborValue::Null)
                                           : QCborValue::fromVariant(
                                                 v.typeId() == QMetaType::QDate
                                                     ? QVariant(v.toDate().toString(Qt::ISODate))
                                                     : v));
        }
        out.items.append(row);
        out.count = q.value(int(keys.size())).toLongLong();
    }
    return out;
}

const QString kLessonColumns = QStringLiteral(
    "SELECT l.id, l.on_date, l.lesson_no, coalesce(c.grade || c.letter, g.name), s.name,"
    " concat_ws(' ', st.last_name, st.first_name, nullif(st.middle_name, '')), count(*) OVER ()"
    " FROM lesson l"
    " JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
    " LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
    " LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
    " JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
    " JOIN staff st ON st.school_id = l.school_id AND st.id = l.teacher_id"
    " WHERE l.school_id = ? AND l.status = 'planned' AND l.merged_into_id IS NULL"
    "   AND l.topic = '' AND l.on_date BETWEEN ? AND least(?, current_date)");
const QStringList kLessonKeys{QStringLiteral("lessonId"), QStringLiteral("date"),
                              QStringLiteral("lessonNo"), QStringLiteral("targetName"),
                              QStringLiteral("subjectName"), QStringLiteral("teacherName")};
const QString kLessonOrder = QStringLiteral(" ORDER BY l.on_date, l.lesson_no, 4");

Check lessonsWithoutTopic(const RequestContext &ctx, const YearInfo &year)
{
    return collect(ctx, QStringLiteral("lessons_without_topic"), kLessonKeys,
                   kLessonColumns + kLessonOrder,
                   {ctx.caller.schoolId, year.startsOn, year.endsOn});
}

Check substitutionsUnfilled(const RequestContext &ctx, const YearInfo &year)
{
    return collect(ctx, QStringLiteral("substitutions_unfilled"), kLessonKeys,
                   kLessonColumns
                       + QStringLiteral(" AND l.id IN (SELECT lesson_id FROM lesson_change"
                                        " WHERE school_id = ? AND kind = 'substitute')")
                       + kLessonOrder,
                   {ctx.caller.schoolId, year.startsOn, year.endsOn, ctx.caller.schoolId});
}

// Students in a class of the year at its end, and every subject taught to them there (their
// class's load and the load of the groups they belong to at the end), without a year mark.
Check finalMarksMissing(const RequestContext &ctx, const YearInfo &year)
{
    const qint64 school = ctx.caller.schoolId;
    return collect(
        ctx, QStringLiteral("final_marks_missing"),
        {QStringLiteral("studentId"), QStringLiteral("studentName"),
         QStringLiteral("className"), QStringLiteral("subjectName")},
        QStringLiteral(
            "WITH pupils AS ("
            "  SELECT e.student_id, c.id AS class_id, c.grade, c.letter FROM enrollment e"
            "    JOIN class_unit c ON c.school_id = e.school_id AND c.id = e.class_id"
            "   WHERE e.school_id = ? AND c.academic_year_id = ? AND e.starts_on <= ?"
            "     AND (e.ends_on IS NULL OR e.ends_on >= ?)),"
            " taught AS ("
            "  SELECT p.student_id, p.grade, p.letter, a.subject_id FROM pupils p"
            "    JOIN assignment a ON a.school_id = ? AND a.class_id = p.class_id"
            "  UNION"
            "  SELECT p.student_id, p.grade, p.letter, a.subject_id FROM pupils p"
            "    JOIN group_member gm ON gm.school_id = ? AND gm.student_id = p.student_id"
            "     AND gm.starts_on <= ? AND (gm.ends_on IS NULL OR gm.ends_on >= ?)"
            "    JOIN study_group g ON g.school_id = gm.school_id AND g.id = gm.group_id"
            "     AND g.academic_year_id = ?"
            "    JOIN assignment a ON a.school_id = g.school_id AND a.group_id = g.id)"
            " SELECT t.student_id, concat_ws(' ', s.last_name, s.first_name),"
            "  t.grade || t.letter, sb.name, count(*) OVER ()"
            " FROM taught t"
            " JOIN student s ON s.school_id = ? AND s.id = t.student_id"
            " JOIN subject sb ON sb.school_id = ? AND sb.id = t.subject_id"
            " WHERE NOT EXISTS (SELECT 1 FROM final_mark f WHERE f.school_id = ?"
            "   AND f.student_id = t.student_id AND f.subject_id = t.subject_id"
            "   AND f.academic_year_id = ? AND f.period_id IS NULL AND f.value IS NOT NULL)"
            " ORDER BY t.grade, t.letter, s.last_name COLLATE \"ru-x-icu\","
            "  s.first_name COLLATE \"ru-x-icu\", sb.name COLLATE \"ru-x-icu\""),
        {school, year.id, year.endsOn, year.endsOn, school, school, year.endsOn, year.endsOn,
         year.id, school, school, school, year.id});
}

Check periodsOpen(const RequestContext &ctx, const YearInfo &year)
{
    return collect(ctx, QStringLiteral("periods_open"),
                   {QStringLiteral("periodId"), QStringLiteral("name"),
                    QStringLiteral("schemeName"), QStringLiteral("endsOn")},
                   QStringLiteral(
                       "SELECT p.id, p.name, ps.name, p.ends_on, count(*) OVER ()"
                       " FROM period p JOIN period_scheme ps"
                       "   ON ps.school_id = p.school_id AND ps.id = p.scheme_id"
                       " WHERE p.school_id = ? AND ps.academic_year_id = ? AND NOT p.closed"
                       " ORDER BY ps.name, p.ordinal"),
                   {ctx.caller.schoolId, year.id});
}
} // namespace

QList<Check> runChecks(const RequestContext &ctx, const YearInfo &year)
{
    return {lessonsWithoutTopic(ctx, year), finalMarksMissing(ctx, year),
            substitutionsUnfilled(ctx, year), periodsOpen(ctx, year)};
}

} // namespace ejournal::server::handlers::yearclose

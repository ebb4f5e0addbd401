// curriculum.coverage: the planned hours of every class and subject against the load assigned
// to them, with the gaps flagged, in one query. A subject split into subgroups needs the planned
// hours in every subgroup (whole-class lessons count for each); otherwise the class-level load
// must add up to the plan. Load without a plan behind it is listed as `unplanned`.
#include "curriculum_common.h"
#include "curriculum_handlers.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>

namespace ejournal::server::handlers {

using namespace curriculum;

namespace {
// Statuses from best to worst: a row reports its worst subgroup.
const QStringList kStatuses{QStringLiteral("ok"), QStringLiteral("over"), QStringLiteral("under"),
                            QStringLiteral("unassigned"), QStringLiteral("unplanned")};

// One pass over the facts of the classes (plan rows, load rows, subgroups), measured with
// window functions and grouped once per class and subject: no join between derived sets, whose
// sizes the planner cannot estimate (a nested loop over two of them is quadratic).
QString buildCoverageQuery()
{
    return QStringLiteral(R"(
WITH facts AS (
    -- group_id is NULL for the class as a whole.
    SELECT cu.class_id, cu.subject_id, NULL::bigint AS group_id, NULL::text AS group_name,
           cu.hours_per_week AS planned, 0::numeric AS hours, NULL::bigint AS load_id,
           NULL::text AS teacher
      FROM curriculum cu
      JOIN class_unit c ON c.school_id = cu.school_id AND c.id = cu.class_id
     WHERE cu.school_id = $1::bigint AND c.academic_year_id = $2::bigint
       AND ($3::bigint = 0 OR c.id = $3)
    UNION ALL
    -- The load of the classes: on the class itself ...
    SELECT c.id, a.subject_id, NULL, NULL, NULL, a.hours_per_week, a.id, %2
      FROM assignment a
      JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id
      JOIN staff st ON st.school_id = a.school_id AND st.id = a.staff_id
     WHERE a.school_id = $1 AND c.academic_year_id = $2 AND ($3 = 0 OR c.id = $3)
    UNION ALL
    -- ... and on its subgroups.
    SELECT c.id, a.subject_id, g.id, g.name, NULL, a.hours_per_week, a.id, %2
      FROM assignment a
      JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id
      JOIN class_unit c ON c.school_id = g.school_id AND c.id = g.class_id
      JOIN staff st ON st.school_id = a.school_id AND st.id = a.staff_id
     WHERE a.school_id = $1 AND g.kind = 'subgroup' AND c.academic_year_id = $2
       AND ($3 = 0 OR c.id = $3)
    UNION ALL
    -- Subgroups made for a subject split it, whether they have load yet or not.
    SELECT g.class_id, g.subject_id, g.id, g.name, NULL, 0, NULL, NULL
      FROM study_group g
      JOIN class_unit c ON c.school_id = g.school_id AND c.id = g.class_id
     WHERE g.school_id = $1 AND g.kind = 'subgroup' AND g.subject_id IS NOT NULL
       AND c.academic_year_id = $2 AND ($3 = 0 OR c.id = $3)
), measured AS (
    -- A unit is a subgroup or the whole class; a subgroup also attends the whole-class lessons.
    SELECT f.*,
           sum(f.planned) OVER pair AS plan_total,
           count(f.load_id) OVER pair AS load_count,
           bool_or(f.group_id IS NOT NULL) OVER pair AS split,
           coalesce(sum(f.hours) FILTER (WHERE f.group_id IS NULL) OVER pair, 0)
             + CASE WHEN f.group_id IS NULL THEN 0 ELSE sum(f.hours) OVER unit END AS assigned,
           row_number() OVER unit AS nth_in_unit,
           row_number() OVER (PARTITION BY f.class_id, f.subject_id, f.teacher) AS nth_of_teacher
      FROM facts f
    WINDOW pair AS (PARTITION BY f.class_id, f.subject_id),
           unit AS (PARTITION BY f.class_id, f.subject_id, f.group_id)
), rated AS (
    SELECT m.*,
           array_position('{%3}'::text[], m.status) AS severity,
           m.split = (m.group_id IS NOT NULL) AS carries  -- the unit has to carry the plan
      FROM (SELECT m.*, CASE WHEN m.plan_total IS NULL THEN 'unplanned'
                             WHEN m.assigned = 0 THEN 'unassigned'
                             WHEN m.assigned < m.plan_total THEN 'under'
                             WHEN m.assigned > m.plan_total THEN 'over'
                             ELSE 'ok' END AS status
              FROM measured m
             WHERE m.plan_total IS NOT NULL OR m.load_count > 0) m
), summary AS (
    SELECT class_id, subject_id, max(plan_total) AS planned,
           (array_agg(status ORDER BY severity DESC, group_name %1) FILTER (WHERE carries))[1]
               AS status,
           (array_agg(assigned ORDER BY severity DESC, group_name %1) FILTER (WHERE carries))[1]
               AS assigned,
           (array_agg(group_name ORDER BY severity DESC, group_name %1) FILTER (WHERE carries))[1]
               AS worst_group,
           jsonb_agg(jsonb_build_object('groupId', group_id, 'name', group_name,
                                        'assigned', assigned, 'status', status)
                     ORDER BY group_name %1)
               FILTER (WHERE group_id IS NOT NULL AND nth_in_unit = 1) AS groups,
           jsonb_agg(teacher ORDER BY teacher %1)
               FILTER (WHERE teacher IS NOT NULL AND nth_of_teacher = 1) AS teachers,
           jsonb_agg(load_id ORDER BY load_id) FILTER (WHERE load_id IS NOT NULL) AS load_ids
      FROM rated
     GROUP BY class_id, subject_id
)
SELECT m.class_id, c.grade || c.letter, m.subject_id, s.name, s.short_name,
       coalesce(m.planned, 0), m.assigned, m.status,
       CASE WHEN m.status <> 'ok' THEN m.worst_group END,
       coalesce(m.teachers, '[]'), coalesce(m.groups, '[]'), coalesce(m.load_ids, '[]')
  FROM summary m
  JOIN class_unit c ON c.school_id = $1 AND c.id = m.class_id
  JOIN subject s ON s.school_id = $1 AND s.id = m.subject_id
 ORDER BY c.grade, c.letter %1, s.name %1
)").arg(QLatin1String(kCollate), QLatin1String(kTeacherName),
                   kStatuses.join(QLatin1Char(',')));
}

QCborArray jsonArray(const QVariant &text)
{
    return QCborArray::fromJsonArray(QJsonDocument::fromJson(text.toString().toUtf8()).array());
}

QCborValue textOrNull(const QVariant &value)
{
    return value.isNull() ? QCborValue(QCborValue::Null) : QCborValue(value.toString());
}

QCborMap coverageRow(const QSqlQuery &q)
{
    return {{QStringLiteral("classId"), q.value(0).toLongLong()},
            {QStringLiteral("className"), q.value(1).toString()},
            {QStringLiteral("subjectId"), q.value(2).toLongLong()},
            {QStringLiteral("subjectName"), q.value(3).toString()},
            {QStringLiteral("shortName"), q.value(4).toString()},
            {QStringLiteral("planned"), q.value(5).toDouble()},
            {QStringLiteral("assigned"), q.value(6).toDouble()},
            {QStringLiteral("status"), q.value(7).toString()},
            {QStringLiteral("worstGroup"), textOrNull(q.value(8))},
            {QStringLiteral("teachers"), jsonArray(q.value(9))},
            {QStringLiteral("groups"), jsonArray(q.value(10))},
            {QStringLiteral("loadIds"), jsonArray(q.value(11))}};
}
} // namespace

const QString &coverageQuery()
{
    static const QString query = buildCoverageQuery();
    return query;
}

QCborValue curriculumCoverage(RequestContext &ctx)
{
    const YearInfo year = yearOf(ctx, ctx.integer(QStringLiteral("academicYearId")));
    const qint64 classId = ctx.integer(QStringLiteral("classId"));
    if (classId != 0)
        requireClassInYear(classOf(ctx, classId), year);
    QSqlQuery q = ctx.sql.exec(coverageQuery(), {ctx.caller.schoolId, year.id, classId});
    QCborArray rows;
    QMap<QString, int> counts;
    for (const QString &status : kStatuses)
        counts.insert(status, 0);
    while (q.next()) {
        const QCborMap row = coverageRow(q);
        ++counts[row.value(QStringLiteral("status")).toString()];
        rows.append(row);
    }
    QCborMap countMap;
    for (const QString &status : kStatuses)
        countMap.insert(status, counts.value(status));
    return QCborMap{{QStringLiteral("rows"), rows}, {QStringLiteral("counts"), countMap}};
}

} // namespace ejournal::server::handlers

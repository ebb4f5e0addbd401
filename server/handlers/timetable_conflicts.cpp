// The conflicts of a whole timetable version in one statement. A teacher or room booked twice is
// a grouping by slot; lessons that may share students are paired by a hash self-join on slot
// and class (plus streams, which belong to no class), so the work grows with the lessons of a
// class at one slot, not with the square of the timetable; group members are looked up only for
// the pairs that need them (two subgroups of one class, or a stream).
#include "timetable_conflicts.h"

#include <algorithm>
#include <cmath>

namespace ejournal::server::handlers::timetable {

namespace {
// Whether entries a and b (aliases of the `e` CTE) teach a common student at the same slot:
// two lessons of one class or one group always do; a class and its own subgroup do; two
// subgroups of one class (the normal split) and a stream do when their members overlap;
// subgroups of different classes never do.
const char kShared[] = R"(
    CASE
      WHEN a.group_id IS NULL AND b.group_id IS NULL THEN a.class_id = b.class_id
      WHEN a.group_id = b.group_id THEN true
      WHEN a.kind = 'subgroup' AND b.kind = 'subgroup' AND a.cls <> b.cls THEN false
      WHEN a.group_id IS NULL AND b.kind = 'subgroup' THEN b.cls = a.class_id
      WHEN b.group_id IS NULL AND a.kind = 'subgroup' THEN a.cls = b.class_id
      WHEN a.group_id IS NULL OR b.group_id IS NULL THEN EXISTS (
          SELECT 1 FROM group_member gm
            JOIN enrollment en ON en.school_id = gm.school_id AND en.student_id = gm.student_id
           WHERE gm.school_id = $1 AND gm.group_id = coalesce(a.group_id, b.group_id)
             AND en.class_id = coalesce(a.class_id, b.class_id)
             AND gm.starts_on <= $3 AND (gm.ends_on IS NULL OR gm.ends_on >= $3)
             AND en.starts_on <= $3 AND (en.ends_on IS NULL OR en.ends_on >= $3))
      ELSE EXISTS (
          SELECT 1 FROM group_member m1
            JOIN group_member m2 ON m2.school_id = m1.school_id AND m2.student_id = m1.student_id
           WHERE m1.school_id = $1 AND m1.group_id = a.group_id AND m2.group_id = b.group_id
             AND m1.starts_on <= $3 AND (m1.ends_on IS NULL OR m1.ends_on >= $3)
             AND m2.starts_on <= $3 AND (m2.ends_on IS NULL OR m2.ends_on >= $3))
    END)";

QString buildConflictQuery()
{
    return QStringLiteral(R"(
WITH e AS MATERIALIZED (
    SELECT e.id, e.weekday, e.lesson_no, e.week_parity AS parity, e.room_id, e.assignment_id,
           a.staff_id, a.class_id, a.group_id, g.kind, c.id AS cls, c.grade, c.shift,
           c.grade || c.letter AS class_name, coalesce(g.name, c.grade || c.letter) AS target,
           coalesce(c.academic_year_id, g.academic_year_id) AS year_id,
           %1 AS teacher, s.short_name AS subject, a.hours_per_week AS hours,
           r.name AS room, r.capacity
      FROM timetable_entry e
      JOIN assignment a ON a.school_id = e.school_id AND a.id = e.assignment_id
      JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id
      JOIN staff st ON st.school_id = a.school_id AND st.id = a.staff_id
      LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id
      LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = coalesce(a.class_id, g.class_id)
      LEFT JOIN room r ON r.school_id = e.school_id AND r.id = e.room_id
     WHERE e.school_id = $1::bigint AND e.version_id = $2::bigint
), pairs AS (
    -- Lessons that may share students: two of one class (its own or its subgroups'), and a
    -- stream's with any other at that slot. Hash joins on the slot and the class.
    SELECT a.id AS a_id, b.id AS b_id, a.weekday, a.lesson_no, a.target AS a_target,
           b.target AS b_target, %2 AS shared
      FROM e a
      JOIN e b ON b.weekday = a.weekday AND b.lesson_no = a.lesson_no AND b.cls = a.cls
       AND b.id > a.id
     WHERE a.parity IS NULL OR b.parity IS NULL OR a.parity = b.parity
    UNION ALL
    SELECT a.id, b.id, a.weekday, a.lesson_no, a.target, b.target, %2
      FROM e a
      JOIN e b ON b.weekday = a.weekday AND b.lesson_no = a.lesson_no AND b.id <> a.id
       AND (b.cls IS NOT NULL OR b.id > a.id)
     WHERE a.cls IS NULL AND (a.parity IS NULL OR b.parity IS NULL OR a.parity = b.parity)
), slot_clash AS (
    -- A teacher or room with two lessons at a slot in a common week.
    SELECT 'teacher_busy' AS code, e.weekday, e.lesson_no, string_agg(e.id::text, ',') AS entries,
           min(e.teacher) AS name, count(*) AS amount
      FROM e GROUP BY e.staff_id, e.weekday, e.lesson_no
    HAVING count(*) > 1 AND (count(*) FILTER (WHERE e.parity IS NULL) > 0
                             OR count(*) FILTER (WHERE e.parity = 1) > 1
                             OR count(*) FILTER (WHERE e.parity = 2) > 1)
    UNION ALL
    SELECT 'room_busy', e.weekday, e.lesson_no, string_agg(e.id::text, ','), min(e.room),
           count(*)
      FROM e WHERE e.room_id IS NOT NULL GROUP BY e.room_id, e.weekday, e.lesson_no
    HAVING count(*) > 1 AND (count(*) FILTER (WHERE e.parity IS NULL) > 0
                             OR count(*) FILTER (WHERE e.parity = 1) > 1
                             OR count(*) FILTER (WHERE e.parity = 2) > 1)
), class_size AS (
    SELECT en.class_id, count(*) AS size FROM enrollment en
     WHERE en.school_id = $1 AND en.class_id IN (SELECT class_id FROM e)
       AND en.starts_on <= $3::date AND (en.ends_on IS NULL OR en.ends_on >= $3)
     GROUP BY en.class_id
), group_size AS (
    SELECT gm.group_id, count(DISTINCT gm.student_id) AS size FROM group_member gm
     WHERE gm.school_id = $1 AND gm.group_id IN (SELECT group_id FROM e)
       AND gm.starts_on <= $3 AND (gm.ends_on IS NULL OR gm.ends_on >= $3)
     GROUP BY gm.group_id
), class_days AS (
    SELECT e.cls, e.class_name, e.grade, e.weekday, count(DISTINCT e.lesson_no) AS lessons,
           max(e.lesson_no) - min(e.lesson_no) + 1 AS span, string_agg(e.id::text, ',') AS entries,
           CASE WHEN e.grade = 1 THEN 4 WHEN e.grade <= 4 THEN 5 WHEN e.grade <= 6 THEN 6
                ELSE 7 END AS day_limit
      FROM e WHERE e.cls IS NOT NULL
     GROUP BY e.cls, e.class_name, e.grade, e.weekday
), days AS (
    -- Grades 1-4 may have one lesson more on one day of the week (physical education).
    SELECT d.*, count(*) FILTER (WHERE d.lessons > d.day_limit) OVER (PARTITION BY d.cls)
                  AS long_days
      FROM class_days d
), found AS (
    SELECT c.code, 1 AS rank, c.weekday, c.lesson_no, c.entries, c.name, NULL::text AS other,
           c.amount::numeric AS amount, NULL::numeric AS lim
      FROM slot_clash c
    UNION ALL
    SELECT 'class_busy', 1, p.weekday, p.lesson_no, p.a_id || ',' || p.b_id, p.a_target,
           p.b_target, NULL, NULL
      FROM pairs p WHERE p.shared
    UNION ALL
    SELECT 'no_bell', 1, e.weekday, e.lesson_no, e.id::text, e.target, NULL, e.shift, NULL
      FROM e WHERE NOT EXISTS (
          SELECT 1 FROM bell b WHERE b.school_id = $1 AND b.academic_year_id = e.year_id
             AND b.lesson_no = e.lesson_no AND (e.shift IS NULL OR b.shift = e.shift))
    UNION ALL
    SELECT 'teacher_unavailable', 2, e.weekday, e.lesson_no, e.id::text, e.teacher, NULL,
           NULL, NULL
      FROM e JOIN teacher_unavailability u ON u.school_id = $1 AND u.staff_id = e.staff_id
       AND u.weekday = e.weekday AND u.lesson_no = e.lesson_no
    UNION ALL
    SELECT 'room_too_small', 2, e.weekday, e.lesson_no, e.id::text, e.room, e.target,
           CASE WHEN e.group_id IS NULL THEN cs.size ELSE gs.size END, e.capacity
      FROM e LEFT JOIN class_size cs ON cs.class_id = e.class_id
             LEFT JOIN group_size gs ON gs.group_id = e.group_id
     WHERE CASE WHEN e.group_id IS NULL THEN cs.size ELSE gs.size END > e.capacity
    UNION ALL
    SELECT 'over_load', 2, NULL, NULL, string_agg(e.id::text, ','), min(e.subject),
           min(e.target), sum(CASE WHEN e.parity IS NULL THEN 1 ELSE 0.5 END), min(e.hours)
      FROM e GROUP BY e.assignment_id
    HAVING sum(CASE WHEN e.parity IS NULL THEN 1 ELSE 0.5 END) > min(e.hours)
    UNION ALL
    SELECT 'day_too_long', 2, d.weekday, NULL, d.entries, d.class_name, NULL, d.lessons,
           d.day_limit
      FROM days d
     WHERE d.lessons > d.day_limit
       AND (d.grade > 4 OR d.lessons > d.day_limit + 1 OR d.long_days > 1)
    UNION ALL
    SELECT 'gap', 3, d.weekday, NULL, d.entries, d.class_name, NULL, d.span - d.lessons, NULL
      FROM days d WHERE d.span > d.lessons
)
SELECT code, CASE rank WHEN 1 THEN 'error' WHEN 2 THEN 'warning' ELSE 'info' END, weekday,
       lesson_no, entries, name, other, amount, lim
  FROM found
 ORDER BY rank, weekday NULLS FIRST, lesson_no NULLS FIRST, code, name, entries)")
        .arg(QLatin1String(kTeacherShort), QLatin1String(kShared));
}

QString number(const QVariant &value)
{
    return QString::number(value.toDouble(), 'g', 6);
}

QCborValue numberOrNull(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QCborValue(QCborValue::Null);
    const double d = value.toDouble();
    return d == std::floor(d) ? QCborValue(qint64(d)) : QCborValue(d);
}

QList<qint64> idList(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

QString Conflict::message() const
{
    const QString slot = QStringLiteral("%1, lesson %2").arg(weekdayName(weekday)).arg(lessonNo);
    if (code == QLatin1String("teacher_busy"))
        return QStringLiteral("%1 has %2 lessons at once on %3").arg(name, number(amount), slot);
    if (code == QLatin1String("room_busy"))
        return QStringLiteral("room %1 has %2 lessons at once on %3").arg(name, number(amount), slot);
    if (code == QLatin1String("class_busy"))
        return QStringLiteral("%1 and %2 share students on %3").arg(name, other, slot);
    if (code == QLatin1String("no_bell"))
        return amount.isNull()
            ? QStringLiteral("lesson %1 is in no bell schedule of the year (%2)").arg(lessonNo).arg(name)
            : QStringLiteral("lesson %1 is not in the bell schedule of shift %2 (%3)")
                  .arg(lessonNo).arg(number(amount), name);
    if (code == QLatin1String("teacher_unavailable"))
        return QStringLiteral("%1 cannot teach on %2 (a forbidden slot)").arg(name, slot);
    if (code == QLatin1String("room_too_small"))
        return QStringLiteral("room %1 seats %2, too few for %3 (%4 students) on %5")
            .arg(name, number(limit), other, number(amount), slot);
    if (code == QLatin1String("over_load"))
        return QStringLiteral("%1 %2: %3 lessons a week placed, the load is %4 hours")
            .arg(other, name, number(amount), number(limit));
    if (code == QLatin1String("day_too_long"))
        return QStringLiteral("%1 has %2 lessons on %3, over the limit of %4")
            .arg(name, number(amount), weekdayName(weekday), number(limit));
    return QStringLiteral("%1 has %2 free lesson(s) between lessons on %3")
        .arg(name, number(amount), weekdayName(weekday));
}

QCborMap Conflict::toMap() const
{
    QCborArray ids;
    for (qint64 id : entries)
        ids.append(id);
    QCborMap map{{QStringLiteral("code"), code},
                 {QStringLiteral("severity"), severity},
                 {QStringLiteral("message"), message()},
                 {QStringLiteral("entries"), ids},
                 {QStringLiteral("weekday"),
                  weekday == 0 ? QCborValue(QCborValue::Null) : QCborValue(weekday)},
                 {QStringLiteral("lessonNo"),
                  lessonNo < 0 ? QCborValue(QCborValue::Null) : QCborValue(lessonNo)},
                 {QStringLiteral("name"), name}};
    if (!other.isEmpty())
        map.insert(QStringLiteral("other"), other);
    if (!amount.isNull())
        map.insert(QStringLiteral("amount"), numberOrNull(amount));
    if (!limit.isNull())
        map.insert(QStringLiteral("limit"), numberOrNull(limit));
    return map;
}

const QString &conflictQuery()
{
    static const QString query = buildConflictQuery();
    return query;
}

QList<Conflict> versionConflicts(const RequestContext &ctx, const VersionInfo &version)
{
    QSqlQuery q = ctx.sql.exec(conflictQuery(),
                               {ctx.caller.schoolId, version.id, version.referenceDate()});
    QList<Conflict> out;
    while (q.next()) {
        Conflict c;
        c.code = q.value(0).toString();
        c.severity = q.value(1).toString();
        c.weekday = q.value(2).isNull() ? 0 : q.value(2).toInt();
        c.lessonNo = q.value(3).isNull() ? -1 : q.value(3).toInt();
        c.entries = idList(q.value(4).toString());
        c.name = q.value(5).toString();
        c.other = q.value(6).toString();
        c.amount = q.value(7);
        c.limit = q.value(8);
        out.append(c);
    }
    return out;
}

} // namespace ejournal::server::handlers::timetable

// lessons.generate: the dated lessons of a period from the timetable versions, in a few
// set-based statements over temporary tables (no statement per lesson). Lessons the timetable
// still asks for stay (with their ids); unfilled lessons it no longer asks for are removed,
// or moved within their day when the load got another lesson number that day; filled ones are
// kept and reported. dryRun computes the same report and rolls everything back.
#include "lessons_common.h"
#include "lessons_handlers.h"

namespace ejournal::server::handlers {

using namespace lessons;

namespace {
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");

// The dates of the period (Monday to Saturday, inside the year) joined with the version in
// force on each (the latest valid_from on or before it) and its entries of that weekday and
// week parity, minus the holidays of the load's grades. Week 1 (odd) is the Monday-based week
// that contains the year's first day; weeks count on from there across the new year.
QString buildSlotsQuery()
{
    return QStringLiteral(R"(
WITH yr AS (
    SELECT starts_on, ends_on, date_trunc('week', starts_on)::date AS first_monday
      FROM academic_year WHERE school_id = $1::bigint AND id = $2::bigint
), ver AS (
    SELECT id, valid_from, lead(valid_from) OVER (ORDER BY valid_from) AS next_from
      FROM timetable_version WHERE school_id = $1 AND academic_year_id = $2
), days AS (
    SELECT d::date AS on_date, extract(isodow FROM d)::smallint AS weekday,
           ((d::date - yr.first_monday) / 7 % 2 + 1)::smallint AS parity
      FROM yr, generate_series(greatest($3::date, yr.starts_on), least($4::date, yr.ends_on),
                               interval '1 day') d
     WHERE extract(isodow FROM d) <= 6
), off AS MATERIALIZED (
    SELECT d::date AS on_date, array_agg(DISTINCT gr) AS grades
      FROM holiday h, generate_series(h.starts_on, h.ends_on, interval '1 day') d,
           unnest(coalesce(h.grades, %2)) gr
     WHERE h.school_id = $1 AND h.academic_year_id = $2
     GROUP BY 1
), loads AS MATERIALIZED (
    SELECT a.id, a.staff_id, %1 AS grades
      FROM assignment a
     WHERE a.school_id = $1 AND a.id IN (SELECT e.assignment_id FROM timetable_entry e
                                          JOIN ver ON ver.id = e.version_id
                                         WHERE e.school_id = $1)
)
SELECT DISTINCT ON (e.assignment_id, dy.on_date, e.lesson_no)
       e.id AS entry_id, e.assignment_id, dy.on_date, e.lesson_no, ld.staff_id AS teacher_id,
       e.room_id
  FROM days dy
  JOIN ver v ON dy.on_date >= v.valid_from AND (v.next_from IS NULL OR dy.on_date < v.next_from)
  JOIN timetable_entry e ON e.school_id = $1 AND e.version_id = v.id AND e.weekday = dy.weekday
  JOIN loads ld ON ld.id = e.assignment_id
  LEFT JOIN off ON off.on_date = dy.on_date
 WHERE (e.week_parity IS NULL OR e.week_parity = dy.parity)
   AND NOT coalesce(off.grades @> ld.grades, false)
 ORDER BY e.assignment_id, dy.on_date, e.lesson_no, e.id)")
        .arg(QLatin1String(kAssignmentGrades), QLatin1String(kAllGrades));
}

// The load's class or group and subject, for the report rows (`x` has assignment_id).
constexpr char kDescribeJoins[] =
    "  JOIN assignment a ON a.school_id = $1::bigint AND a.id = x.assignment_id"
    "  JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
    "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
    "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id";

// Fills the temporary tables: lesson_wanted (the timetable's slots), lesson_existing (the
// lessons of the period by their timetable slot: a moved lesson by where it was first),
// lesson_matched (existing lessons the timetable still asks for) and lesson_diff (unfilled
// lessons to remove, wanted slots to create, and the pairs of both for the same load and
// day: moved).
void compare(const RequestContext &ctx, qint64 yearId, const QDate &from, const QDate &to)
{
    ctx.sql.execScript(QStringLiteral(
        "CREATE TEMP TABLE lesson_wanted (entry_id bigint, assignment_id bigint, on_date date,"
        " lesson_no smallint, teacher_id bigint, room_id bigint) ON COMMIT DROP;"
        "CREATE TEMP TABLE lesson_existing (id bigint, assignment_id bigint, slot_date date,"
        " slot_no smallint, filled boolean) ON COMMIT DROP"));
    ctx.sql.exec(QStringLiteral("INSERT INTO lesson_wanted ") + lessonSlotsQuery(),
                 {ctx.caller.schoolId, yearId, from, to});
    ctx.sql.exec(QStringLiteral(
        "INSERT INTO lesson_existing"
        " WITH moves AS (SELECT DISTINCT ON (lesson_id) lesson_id, old_date, old_lesson_no"
        "                  FROM lesson_change WHERE school_id = $1::bigint AND kind = 'move'"
        "                 ORDER BY lesson_id, id)"
        " SELECT l.id, l.assignment_id, coalesce(m.old_date, l.on_date),"
        "        coalesce(m.old_lesson_no, l.lesson_no), %1"
        "   FROM lesson l LEFT JOIN moves m ON m.lesson_id = l.id"
        "  WHERE l.school_id = $1 AND coalesce(m.old_date, l.on_date) BETWEEN $2::date AND $3::date")
                     .arg(QLatin1String(kLessonFilled)),
                 {ctx.caller.schoolId, from, to});
    ctx.sql.execScript(QStringLiteral(
        "ANALYZE lesson_wanted; ANALYZE lesson_existing;"
        "CREATE TEMP TABLE lesson_matched ON COMMIT DROP AS"
        " SELECT x.id, x.filled, w.entry_id, w.teacher_id, w.room_id"
        "   FROM lesson_existing x JOIN lesson_wanted w ON w.assignment_id = x.assignment_id"
        "    AND w.on_date = x.slot_date AND w.lesson_no = x.slot_no;"
        "CREATE TEMP TABLE lesson_diff ON COMMIT DROP AS"
        " SELECT x.id AS lesson_id, x.slot_no AS old_no, w.entry_id,"
        "        coalesce(x.assignment_id, w.assignment_id) AS assignment_id,"
        "        coalesce(x.slot_date, w.on_date) AS on_date, w.lesson_no AS new_no,"
        "        w.teacher_id, w.room_id"
        "   FROM (SELECT e.*, row_number() OVER (PARTITION BY e.assignment_id, e.slot_date"
        "                                        ORDER BY e.slot_no, e.id) AS rn"
        "           FROM lesson_existing e"
        "          WHERE NOT e.filled AND e.id NOT IN (SELECT id FROM lesson_matched)) x"
        "   FULL JOIN"
        "        (SELECT w.*, row_number() OVER (PARTITION BY w.assignment_id, w.on_date"
        "                                        ORDER BY w.lesson_no) AS rn"
        "           FROM lesson_wanted w"
        "          WHERE NOT EXISTS (SELECT 1 FROM lesson_existing e"
        "                             WHERE e.assignment_id = w.assignment_id"
        "                               AND e.slot_date = w.on_date"
        "                               AND e.slot_no = w.lesson_no)) w"
        "     ON w.assignment_id = x.assignment_id AND w.on_date = x.slot_date AND w.rn = x.rn"));
}

// Rows of a report list: `select` gives lessonId, date, lessonNo[, toLessonNo] from `x`.
QCborArray reportRows(const RequestContext &ctx, const QString &select, bool moved)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT x.lesson_id, x.on_date, x.lesson_no, x.to_no, coalesce(c.grade || c.letter, g.name),"
        "       s.name FROM (%1) x %2"
        " ORDER BY x.on_date, x.lesson_no, c.grade, c.letter %3, g.name %3")
                                   .arg(select, QLatin1String(kDescribeJoins),
                                        QLatin1String(kCollate)),
                               {ctx.caller.schoolId});
    QCborArray rows;
    while (q.next()) {
        QCborMap row{{QStringLiteral("lessonId"), q.value(0).toLongLong()},
                     {QStringLiteral("date"), q.value(1).toDate().toString(Qt::ISODate)},
                     {QStringLiteral("lessonNo"), q.value(2).toInt()},
                     {QStringLiteral("class"), q.value(4).toString()},
                     {QStringLiteral("subject"), q.value(5).toString()}};
        if (moved)
            row.insert(QStringLiteral("toLessonNo"), q.value(3).toInt());
        rows.append(row);
    }
    return rows;
}

int count(const RequestContext &ctx, const char *statement)
{
    return ctx.sql.scalar(QString::fromLatin1(statement)).toInt();
}

QCborMap report(const RequestContext &ctx)
{
    return {
        {QStringLiteral("created"),
         count(ctx, "SELECT count(*) FROM lesson_diff WHERE lesson_id IS NULL")},
        {QStringLiteral("removed"),
         count(ctx, "SELECT count(*) FROM lesson_diff WHERE new_no IS NULL")},
        {QStringLiteral("kept"), count(ctx, "SELECT count(DISTINCT id) FROM lesson_matched")},
        {QStringLiteral("keptOrphans"),
         reportRows(ctx, QStringLiteral(
             "SELECT l.id AS lesson_id, l.on_date, l.lesson_no, NULL::smallint AS to_no,"
             "       l.assignment_id FROM lesson_existing e JOIN lesson l ON l.id = e.id"
             " WHERE e.filled AND e.id NOT IN (SELECT id FROM lesson_matched)"), false)},
        {QStringLiteral("moved"),
         reportRows(ctx, QStringLiteral(
             "SELECT lesson_id, on_date, old_no AS lesson_no, new_no AS to_no, assignment_id"
             "  FROM lesson_diff WHERE lesson_id IS NOT NULL AND new_no IS NOT NULL"), true)},
    };
}

// Writes the comparison: removals, moves within the day, the timetable's room and teacher
// for kept unfilled lessons, and the new lessons.
void apply(const RequestContext &ctx)
{
    const QVariantList school{ctx.caller.schoolId};
    ctx.sql.exec(QStringLiteral(
        "DELETE FROM lesson WHERE school_id = ? AND id IN"
        " (SELECT lesson_id FROM lesson_diff WHERE new_no IS NULL)"), school);
    ctx.sql.exec(QStringLiteral(
        "UPDATE lesson l SET lesson_no = d.new_no, timetable_entry_id = d.entry_id,"
        "       teacher_id = d.teacher_id, room_id = d.room_id, version = l.version + 1"
        "  FROM lesson_diff d"
        " WHERE l.school_id = ? AND l.id = d.lesson_id AND d.new_no IS NOT NULL"), school);
    ctx.sql.exec(QStringLiteral(
        "UPDATE lesson l SET timetable_entry_id = m.entry_id,"
        "       teacher_id = CASE WHEN m.filled THEN l.teacher_id ELSE m.teacher_id END,"
        "       room_id = CASE WHEN m.filled THEN l.room_id ELSE m.room_id END,"
        "       version = l.version + 1"
        "  FROM lesson_matched m"
        " WHERE l.school_id = ? AND l.id = m.id"
        "   AND (l.timetable_entry_id IS DISTINCT FROM m.entry_id"
        "        OR (NOT m.filled AND (l.teacher_id <> m.teacher_id"
        "                              OR l.room_id IS DISTINCT FROM m.room_id)))"), school);
    ctx.sql.exec(QStringLiteral(
        "INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no, teacher_id, room_id,"
        "                    timetable_entry_id)"
        " SELECT ?, assignment_id, on_date, new_no, teacher_id, room_id, entry_id"
        "   FROM lesson_diff WHERE lesson_id IS NULL"), school);
}

QDate optionalDate(const RequestContext &ctx, const QString &name, const QDate &fallback)
{
    const QDate date = dateParam(ctx, name);
    return date.isValid() ? date : fallback;
}
} // namespace

const QString &lessonSlotsQuery()
{
    static const QString query = buildSlotsQuery();
    return query;
}

QCborValue generateLessons(RequestContext &ctx)
{
    const YearInfo year = writableYear(ctx, ctx.integer(QStringLiteral("academicYearId")));
    const QDate from = optionalDate(ctx, kFrom, year.startsOn);
    const QDate to = optionalDate(ctx, kTo, year.endsOn);
    requireWithin(from, year.startsOn, year.endsOn, kFrom, QStringLiteral("the first date"));
    requireWithin(to, from, year.endsOn, kTo, QStringLiteral("the last date"));
    const bool dryRun = ctx.params.value(QStringLiteral("dryRun")).toBool();
    QCborMap result;
    const auto run = [&] {
        lockYear(ctx, year.id, true);
        compare(ctx, year.id, from, to);
        result = report(ctx);
        result.insert(kFrom, from.toString(Qt::ISODate));
        result.insert(kTo, to.toString(Qt::ISODate));
        result.insert(QStringLiteral("dryRun"), dryRun);
    };
    if (dryRun) {
        Transaction rolledBack(ctx.sql.database());
        run();
        return result;
    }
    ctx.write([&](AuditRecord &audit) {
        run();
        apply(ctx);
        QCborMap counts;
        for (const char *key : {"from", "to", "created", "removed", "kept"})
            counts.insert(QLatin1String(key), result.value(QLatin1String(key)));
        counts.insert(QStringLiteral("moved"),
                      result.value(QStringLiteral("moved")).toArray().size());
        counts.insert(QStringLiteral("keptOrphans"),
                      result.value(QStringLiteral("keptOrphans")).toArray().size());
        audit = {QStringLiteral("lessons.generate"), QStringLiteral("academic_year"),
                 QString::number(year.id), {}, counts, {}, 0};
    });
    ctx.change.events.append({QStringLiteral("lessons.generated"),
                              QCborMap{{QStringLiteral("academicYearId"), year.id},
                                       {kFrom, result.value(kFrom)},
                                       {kTo, result.value(kTo)}}});
    return result;
}

} // namespace ejournal::server::handlers

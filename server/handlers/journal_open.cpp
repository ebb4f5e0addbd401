// journal.open and journal.close: a journal of a load for a period (or a range of dates) —
// its students as members on the lesson dates, lessons, cells and final marks, read with a
// handful of set-based queries; optionally as it was at a past moment. Opening follows the
// journal's changes (topic journal:<assignmentId>), closing stops it.
#include "journal_common.h"
#include "journal_handlers.h"

#include <QSet>

namespace ejournal::server::handlers {

using namespace journal;

namespace {

const QString kAssignmentId = QStringLiteral("assignmentId");

QString topicOf(qint64 assignmentId)
{
    return QStringLiteral("journal:%1").arg(assignmentId);
}

// Read access to the journal: per its load, or as the substitute of one of its lessons.
Access journalAccess(const RequestContext &ctx, qint64 assignmentId)
{
    Access access = assignmentAccess(ctx, assignmentId);
    if (!access.read && ctx.caller.staffId != 0)
        access.read = ctx.sql.scalar(QStringLiteral(
            "SELECT 1 FROM lesson WHERE school_id = ? AND assignment_id = ? AND teacher_id = ?"
            " AND merged_into_id IS NULL LIMIT 1"),
            {ctx.caller.schoolId, assignmentId, ctx.caller.staffId}).isValid();
    requireRead(access);
    return access;
}

// The range shown: from/to when given, else the period asked for, the one containing today,
// or the first; the whole year when the load has no periods.
Period rangeOf(const RequestContext &ctx, const AssignmentInfo &info,
               const QList<Period> &periods)
{
    const QDate from = dateParam(ctx, QStringLiteral("from"));
    const QDate to = dateParam(ctx, QStringLiteral("to"));
    if (from.isValid() || to.isValid()) {
        Period range{0, QString(), from.isValid() ? from : info.year.startsOn,
                     to.isValid() ? to : info.year.endsOn, false};
        if (range.startsOn > range.endsOn)
            throw fail(ErrorCode::Invalid, QStringLiteral("the range ends before it starts"),
                       {{QStringLiteral("to"), QStringLiteral("must not precede from")}});
        return range;
    }
    if (ctx.params.contains(QStringLiteral("periodId"))) {
        const qint64 id = ctx.integer(QStringLiteral("periodId"));
        for (const Period &p : periods)
            if (p.id == id)
                return p;
        throw fail(ErrorCode::NotFound,
                   QStringLiteral("no period with id %1 in the periods of %2")
                       .arg(id).arg(info.targetName));
    }
    const QDate today = QDate::currentDate();
    for (const Period &p : periods)
        if (p.startsOn <= today && today <= p.endsOn)
            return p;
    if (!periods.isEmpty())
        return periods.first();
    return {0, info.year.name, info.year.startsOn, info.year.endsOn, false};
}

QDateTime asOfParam(const RequestContext &ctx)
{
    if (!ctx.params.contains(QStringLiteral("asOf")))
        return {};
    const QDateTime moment = QDateTime::fromString(ctx.text(QStringLiteral("asOf")), Qt::ISODate);
    if (!moment.isValid())
        throw fail(ErrorCode::Invalid, QStringLiteral("asOf is not an ISO 8601 moment"),
                   {{QStringLiteral("asOf"), QStringLiteral("must be a moment such as"
                                                            " 2026-11-26T09:15:00+03:00")}});
    return moment;
}

// The lessons of the journal in the range: the filter on `l` and its binds.
struct Range
{
    QString where = QStringLiteral(
        "l.assignment_id = ? AND l.on_date BETWEEN ? AND ? AND l.merged_into_id IS NULL");
    QVariantList binds;
};

QCborArray workTypes(const RequestContext &ctx, const Range &range)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT w.id, w.name, w.short_name, w.weight, w.allows_absent FROM work_type w"
        " WHERE w.school_id = ? AND (NOT w.archived"
        "   OR w.id IN (SELECT m.work_type_id FROM mark m"
        "                 JOIN lesson l ON l.school_id = m.school_id AND l.id = m.lesson_id"
        "                WHERE l.school_id = w.school_id AND %1)"
        "   OR w.id IN (SELECT l.work_type_id FROM lesson l"
        "                WHERE l.school_id = w.school_id AND %1))"
        " ORDER BY w.ordinal, w.id").arg(range.where),
        QVariantList{ctx.caller.schoolId} + range.binds + range.binds);
    QCborArray out;
    while (q.next())
        out.append(QCborMap{{QStringLiteral("id"), q.value(0).toLongLong()},
                            {QStringLiteral("name"), q.value(1).toString()},
                            {QStringLiteral("shortName"), q.value(2).toString()},
                            {QStringLiteral("weight"), q.value(3).toDouble()},
                            {QStringLiteral("allowsAbsent"), q.value(4).toBool()}});
    return out;
}

// Everyone who is a member of the class or group on a lesson date of the range, numbered in
// alphabetical order, with the membership's first and last dates inside the range.
QCborArray students(const RequestContext &ctx, const AssignmentInfo &info, const Period &range,
                    QSet<qint64> *ids)
{
    const qint64 school = ctx.caller.schoolId;
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "WITH m AS (SELECT student_id, starts_on, ends_on FROM enrollment"
        "            WHERE school_id = ? AND class_id = ?"
        "           UNION ALL SELECT student_id, starts_on, ends_on FROM group_member"
        "            WHERE school_id = ? AND group_id = ?),"
        " d AS (SELECT DISTINCT on_date FROM lesson"
        "        WHERE school_id = ? AND assignment_id = ? AND on_date BETWEEN ? AND ?"
        "          AND merged_into_id IS NULL)"
        " SELECT s.id, s.last_name || ' ' || s.first_name,"
        "        concat_ws(' ', s.last_name, s.first_name, nullif(s.middle_name, '')),"
        "        min(m.starts_on), bool_or(m.ends_on IS NULL), max(m.ends_on)"
        "   FROM m JOIN student s ON s.school_id = ? AND s.id = m.student_id"
        "  WHERE EXISTS (SELECT 1 FROM d WHERE d.on_date >= m.starts_on"
        "                 AND (m.ends_on IS NULL OR d.on_date <= m.ends_on))"
        "  GROUP BY s.school_id, s.id"
        "  ORDER BY s.last_name %1, s.first_name %1, s.middle_name %1, s.id")
                                   .arg(QLatin1String(kCollate)),
                               {school, info.groupId == 0 ? nullableId(info.classId) : nullableId(0),
                                school, nullableId(info.groupId), school, info.id, range.startsOn,
                                range.endsOn, school});
    QCborArray out;
    while (q.next()) {
        const QDate from = q.value(3).toDate();
        const QDate until = q.value(4).toBool() ? QDate() : q.value(5).toDate();
        ids->insert(q.value(0).toLongLong());
        out.append(QCborMap{{QStringLiteral("id"), q.value(0).toLongLong()},
                            {QStringLiteral("number"), out.size() + 1},
                            {QStringLiteral("name"), q.value(1).toString()},
                            {QStringLiteral("fullName"), q.value(2).toString()},
                            {QStringLiteral("from"), dateOrNull(from > range.startsOn ? from : QDate())},
                            {QStringLiteral("until"),
                             dateOrNull(until.isValid() && until < range.endsOn ? until : QDate())}});
    }
    return out;
}

// The final marks of the journal's students in the subject: of the year and of the periods
// the range touches.
QCborArray finals(const RequestContext &ctx, const AssignmentInfo &info,
                  const QList<Period> &periods, const Period &range, const QSet<qint64> &ids)
{
    QStringList touched;
    for (const Period &p : periods)
        if (p.startsOn <= range.endsOn && range.startsOn <= p.endsOn)
            touched.append(QString::number(p.id));
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT student_id, period_id, coalesce(value, ''), version FROM final_mark"
        " WHERE school_id = ? AND subject_id = ? AND academic_year_id = ?"
        "   AND (period_id IS NULL OR period_id = ANY (?::bigint[]))"
        " ORDER BY student_id, period_id NULLS LAST"),
        {ctx.caller.schoolId, info.subjectId, info.year.id,
         QStringLiteral("{%1}").arg(touched.join(QLatin1Char(',')))});
    QCborArray out;
    while (q.next()) {
        if (!ids.contains(q.value(0).toLongLong()))
            continue;
        out.append(QCborMap{{QStringLiteral("studentId"), q.value(0).toLongLong()},
                            {QStringLiteral("periodId"), idOrNull(q.value(1).toLongLong())},
                            {QStringLiteral("value"), q.value(2).toString()},
                            {QStringLiteral("version"), q.value(3).toInt()}});
    }
    return out;
}

} // namespace

QCborValue openJournal(RequestContext &ctx)
{
    const qint64 assignmentId = ctx.integer(kAssignmentId);
    const Access access = journalAccess(ctx, assignmentId);
    const AssignmentInfo info = assignmentOf(ctx, assignmentId);
    const QList<Period> periods = periodsOf(ctx, info.schemeId);
    const Period period = rangeOf(ctx, info, periods);
    const QDateTime asOf = asOfParam(ctx);
    const bool readOnly = asOf.isValid() || info.yearClosed();
    Range range;
    range.binds = {assignmentId, period.startsOn, period.endsOn};

    QSet<qint64> studentIds;
    const QCborArray studentRows = students(ctx, info, period, &studentIds);
    const CellFilter cells{range.where, range.binds, 0};
    QCborArray cellRows;
    for (const Cell &cell : asOf.isValid() ? readCellsAsOf(ctx, cells, asOf) : readCells(ctx, cells))
        cellRows.append(cell.toMap());

    ctx.change.subscribe << topicOf(assignmentId);
    return QCborMap{
        {QStringLiteral("assignment"), info.toMap()},
        {QStringLiteral("period"), period.toMap()},
        {QStringLiteral("canWrite"), access.write && !readOnly},
        {QStringLiteral("correctionDays"), info.correctionDays},
        {QStringLiteral("workTypes"), workTypes(ctx, range)},
        {QStringLiteral("students"), studentRows},
        {QStringLiteral("lessons"),
         lessonRows(ctx, range.where, range.binds, access.write, asOf.isValid())},
        {QStringLiteral("cells"), cellRows},
        {QStringLiteral("finals"), finals(ctx, info, periods, period, studentIds)},
        {QStringLiteral("asOf"), asOf.isValid() ? QCborValue(ctx.text(QStringLiteral("asOf")))
                                                : QCborValue(nullptr)}};
}

QCborValue closeJournal(RequestContext &ctx)
{
    const qint64 assignmentId = ctx.integer(kAssignmentId);
    requireExists(ctx, "assignment", assignmentId, QStringLiteral("load"));
    ctx.change.unsubscribe << topicOf(assignmentId);
    return QCborMap();
}

} // namespace ejournal::server::handlers

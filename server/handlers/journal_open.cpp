// journal.open and journal.close: a journal of a load for a period (or a range of dates) —
// its students as members on the lesson dates, lessons, cells and final marks, read with three
// statements sent once each (the load with the caller's rights and its periods; the short
// lists as JSON arrays built by PostgreSQL; the cells as plain rows); optionally as it was at
// a past moment. Opening follows
// the journal's changes (topic journal:<assignmentId>), closing stops it.
#include "journal_common.h"
#include "journal_handlers.h"

namespace ejournal::server::handlers {

using namespace journal;

namespace {

const QString kAssignmentId = QStringLiteral("assignmentId");

QString topicOf(qint64 assignmentId)
{
    return QStringLiteral("journal:%1").arg(assignmentId);
}

// The load, the caller's rights on its journal — per the load, or reading as the substitute of
// one of its lessons — and the periods of its scheme, in one statement; not_found, forbidden.
struct Header
{
    AssignmentInfo info;
    Access access;
    QList<Period> periods;
};

Header headerOf(const RequestContext &ctx, qint64 assignmentId)
{
    const qint64 staff = staffBind(ctx);
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT %1, %2,"
        "       EXISTS (SELECT 1 FROM lesson sl WHERE sl.school_id = a.school_id"
        "                AND sl.assignment_id = a.id AND sl.teacher_id = ?"
        "                AND sl.merged_into_id IS NULL),"
        "       (SELECT json_agg(json_build_array(p.id, p.name, p.starts_on, p.ends_on, p.closed)"
        "                        ORDER BY p.ordinal)"
        "          FROM period p WHERE p.school_id = a.school_id AND p.scheme_id = %3)"
        "  FROM assignment a %4 WHERE a.school_id = ? AND a.id = ?")
                              .arg(assignmentColumns(), accessColumns(), schemeOf(),
                                   QLatin1String(kAssignmentJoins)),
                          {staff, staff, staff, ctx.caller.schoolId, assignmentId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no load with id %1").arg(assignmentId));
    Header out;
    out.info = AssignmentInfo::read(q, 0);
    const auto v = [&](int i) { return q.value(kAssignmentColumnCount + i); };
    out.access = accessFrom(ctx, v(0).toBool(), v(1).toBool());
    out.access.read = out.access.read || v(2).toBool();
    requireRead(out.access);
    for (const QCborValue &p : jsonValue(v(3)).toArray())
        out.periods.append({p[0].toInteger(), p[1].toString(),
                            QDate::fromString(p[2].toString(), Qt::ISODate),
                            QDate::fromString(p[3].toString(), Qt::ISODate), p[4].toBool()});
    return out;
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

// The journal's short lists in the range, each one JSON array of the statement's one row.
struct Contents
{
    QCborArray workTypes;
    QCborArray students;
    QCborArray lessons;
    QCborArray finals;
};

// The kinds of work not archived, or used in the range (by a mark or a lesson).
QString workTypesJson(const Range &range)
{
    return QStringLiteral(
        "(SELECT coalesce(json_agg(json_build_object('id', w.id, 'name', w.name,"
        "   'shortName', w.short_name, 'weight', w.weight, 'allowsAbsent', w.allows_absent)"
        "   ORDER BY w.ordinal, w.id), '[]')"
        "  FROM work_type w"
        " WHERE w.school_id = ? AND (NOT w.archived"
        "   OR w.id IN (SELECT m.work_type_id FROM mark m"
        "                 JOIN lesson l ON l.school_id = m.school_id AND l.id = m.lesson_id"
        "                WHERE l.school_id = w.school_id AND %1)"
        "   OR w.id IN (SELECT l.work_type_id FROM lesson l"
        "                WHERE l.school_id = w.school_id AND %1)))").arg(range.where);
}

// Everyone who is a member of the class or group on a lesson date of the range (CTE `st`),
// numbered in alphabetical order, with the membership's first and last dates inside it.
QString studentsCte()
{
    return QStringLiteral(
        "WITH m AS (SELECT student_id, starts_on, ends_on FROM enrollment"
        "            WHERE school_id = ? AND class_id = ?"
        "           UNION ALL SELECT student_id, starts_on, ends_on FROM group_member"
        "            WHERE school_id = ? AND group_id = ?),"
        " d AS (SELECT DISTINCT on_date FROM lesson"
        "        WHERE school_id = ? AND assignment_id = ? AND on_date BETWEEN ? AND ?"
        "          AND merged_into_id IS NULL),"
        " st AS (SELECT s.id, s.last_name || ' ' || s.first_name AS name,"
        "        concat_ws(' ', s.last_name, s.first_name, nullif(s.middle_name, '')) AS full_name,"
        "        min(m.starts_on) AS first_on, bool_or(m.ends_on IS NULL) AS open_ended,"
        "        max(m.ends_on) AS last_on,"
        "        row_number() OVER (ORDER BY s.last_name %1, s.first_name %1, s.middle_name %1,"
        "                                    s.id) AS number"
        "   FROM m JOIN student s ON s.school_id = ? AND s.id = m.student_id"
        "  WHERE EXISTS (SELECT 1 FROM d WHERE d.on_date >= m.starts_on"
        "                 AND (m.ends_on IS NULL OR d.on_date <= m.ends_on))"
        "  GROUP BY s.school_id, s.id)").arg(QLatin1String(kCollate));
}

QString studentsJson()
{
    return QStringLiteral(
        "(SELECT coalesce(json_agg(json_build_object('id', id, 'number', number, 'name', name,"
        "   'fullName', full_name, 'from', CASE WHEN first_on > ? THEN first_on END,"
        "   'until', CASE WHEN NOT open_ended AND last_on < ? THEN last_on END)"
        "   ORDER BY number), '[]') FROM st)");
}

// The final marks of the journal's students in the subject: of the year and of the periods
// (bind: their ids as an array literal).
QString finalsJson()
{
    return QStringLiteral(
        "(SELECT coalesce(json_agg(json_build_object('studentId', f.student_id,"
        "   'periodId', f.period_id, 'value', coalesce(f.value, ''), 'version', f.version)"
        "   ORDER BY f.student_id, f.period_id NULLS LAST), '[]')"
        "  FROM final_mark f"
        " WHERE f.school_id = ? AND f.subject_id = ? AND f.academic_year_id = ?"
        "   AND (f.period_id IS NULL OR f.period_id = ANY (?::bigint[]))"
        "   AND f.student_id IN (SELECT id FROM st))");
}

// The ids of the periods the range touches, as a PostgreSQL array literal.
QString touchedPeriods(const QList<Period> &periods, const Period &range)
{
    QStringList touched;
    for (const Period &p : periods)
        if (p.startsOn <= range.endsOn && range.startsOn <= p.endsOn)
            touched.append(QString::number(p.id));
    return QStringLiteral("{%1}").arg(touched.join(QLatin1Char(',')));
}

Contents contentsOf(const RequestContext &ctx, const Header &header, const Period &period,
                    const Range &range, bool readOnly)
{
    const qint64 school = ctx.caller.schoolId;
    const AssignmentInfo &info = header.info;
    QVariantList binds{school, info.groupId == 0 ? nullableId(info.classId) : nullableId(0),
                       school, nullableId(info.groupId), school, info.id, period.startsOn,
                       period.endsOn, school};
    binds += QVariantList{school} + range.binds + range.binds;
    binds += QVariantList{period.startsOn, period.endsOn};
    binds += lessonsJsonBinds(ctx, header.access.write, readOnly, range.binds);
    binds += QVariantList{school, info.subjectId, info.year.id,
                          touchedPeriods(header.periods, period)};
    QSqlQuery q = ctx.sql.exec(QStringLiteral("%1 SELECT %2, %3, %4, %5")
                                   .arg(studentsCte(), workTypesJson(range), studentsJson(),
                                        lessonsJson(range.where), finalsJson()),
                          binds);
    Contents out;
    if (!q.next())
        return out;
    out.workTypes = jsonValue(q.value(0)).toArray();
    out.students = jsonValue(q.value(1)).toArray();
    out.lessons = jsonValue(q.value(2)).toArray();
    out.finals = jsonValue(q.value(3)).toArray();
    return out;
}

} // namespace

QCborValue openJournal(RequestContext &ctx)
{
    const qint64 assignmentId = ctx.integer(kAssignmentId);
    const Header header = headerOf(ctx, assignmentId);
    const Period period = rangeOf(ctx, header.info, header.periods);
    const QDateTime asOf = asOfParam(ctx);
    const bool readOnly = asOf.isValid() || header.info.yearClosed();
    Range range;
    range.binds = {assignmentId, period.startsOn, period.endsOn};

    const Contents contents = contentsOf(ctx, header, period, range, asOf.isValid());
    const CellFilter cellFilter{range.where, range.binds, 0};
    QCborArray cells;
    if (asOf.isValid()) {
        const MomentText moments;
        for (const Cell &cell : readCellsAsOf(ctx, cellFilter, asOf))
            cells.append(cell.toMap(moments));
    } else {
        cells = readCellRows(ctx, cellFilter);
    }

    ctx.change.subscribe << topicOf(assignmentId);
    return QCborMap{
        {QStringLiteral("assignment"), header.info.toMap()},
        {QStringLiteral("period"), period.toMap()},
        {QStringLiteral("canWrite"), header.access.write && !readOnly},
        {QStringLiteral("correctionDays"), header.info.correctionDays},
        {QStringLiteral("workTypes"), contents.workTypes},
        {QStringLiteral("students"), contents.students},
        {QStringLiteral("lessons"), contents.lessons},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("finals"), contents.finals},
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

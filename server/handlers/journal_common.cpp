// What the journal handlers share (see journal_common.h).
#include "journal_common.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ejournal::server::handlers::journal {

namespace {
const QString kAttendance = QStringLiteral("attendance");
const QString kLateMinutes = QStringLiteral("lateMinutes");
const QString kMarks = QStringLiteral("marks");
const QString kValue = QStringLiteral("value");
const QString kWorkTypeId = QStringLiteral("workTypeId");
const QString kComment = QStringLiteral("comment");

QString studentFilter(const char *alias, qint64 studentId)
{
    return studentId == 0 ? QString()
                          : QStringLiteral(" AND %1.student_id = ?").arg(QLatin1String(alias));
}

QVariantList filterBinds(const RequestContext &ctx, const CellFilter &filter)
{
    QVariantList binds{ctx.caller.schoolId};
    binds += filter.binds;
    if (filter.studentId != 0)
        binds.append(filter.studentId);
    return binds;
}

// The JSON text of a query column as CBOR rows (an empty array for NULL).
QCborArray jsonArray(const QVariant &json)
{
    return jsonValue(json).toArray();
}
// SQL: the timestamptz expression as whole milliseconds since the epoch.
QString epochMs(const char *expression)
{
    return QStringLiteral("floor(extract(epoch FROM %1) * 1000)::bigint")
        .arg(QLatin1String(expression));
}
} // namespace

QString staffName(const char *alias)
{
    return QStringLiteral("concat_ws(' ', %1.last_name, %1.first_name, nullif(%1.middle_name, ''))")
        .arg(QLatin1String(alias));
}

const char kAssignmentJoins[] =
    "  JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
    "  JOIN staff st ON st.school_id = a.school_id AND st.id = a.staff_id"
    "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
    "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
    "  LEFT JOIN class_unit gc ON gc.school_id = g.school_id AND gc.id = g.class_id"
    "  JOIN academic_year y ON y.school_id = a.school_id"
    "   AND y.id = coalesce(c.academic_year_id, g.academic_year_id)"
    "  LEFT JOIN subject_scale ss ON ss.school_id = a.school_id AND ss.subject_id = a.subject_id"
    "  LEFT JOIN journal_setting js ON js.school_id = a.school_id";

QString schemeOf()
{
    return QStringLiteral(
        "coalesce(c.period_scheme_id, gc.period_scheme_id,"
        "  (SELECT mc.period_scheme_id FROM group_member gm"
        "     JOIN enrollment e ON e.school_id = gm.school_id AND e.student_id = gm.student_id"
        "     JOIN class_unit mc ON mc.school_id = e.school_id AND mc.id = e.class_id"
        "    WHERE gm.school_id = a.school_id AND gm.group_id = a.group_id"
        "      AND mc.academic_year_id = y.id AND mc.period_scheme_id IS NOT NULL"
        "    ORDER BY mc.grade, mc.letter LIMIT 1),"
        "  (SELECT ps.id FROM period_scheme ps"
        "    WHERE ps.school_id = a.school_id AND ps.academic_year_id = y.id"
        "    ORDER BY ps.id LIMIT 1))");
}

QString assignmentColumns()
{
    return QStringLiteral(
        "a.id, a.subject_id, s.name, coalesce(a.class_id, g.class_id, 0), coalesce(a.group_id, 0),"
        " coalesce(c.grade || c.letter, g.name), a.staff_id, %1, coalesce(ss.scale, 'five'),"
        " y.id, y.name, y.starts_on, y.ends_on, y.state, coalesce(%2, 0),"
        " coalesce(js.correction_days, 7)").arg(staffName("st"), schemeOf());
}

AssignmentInfo AssignmentInfo::read(const QSqlQuery &q, int column)
{
    const auto v = [&](int i) { return q.value(column + i); };
    AssignmentInfo out;
    out.id = v(0).toLongLong();
    out.subjectId = v(1).toLongLong();
    out.subjectName = v(2).toString();
    out.classId = v(3).toLongLong();
    out.groupId = v(4).toLongLong();
    out.targetName = v(5).toString();
    out.teacherId = v(6).toLongLong();
    out.teacherName = v(7).toString();
    marks::scaleFromName(v(8).toString(), &out.scale);
    out.year = {v(9).toLongLong(), v(10).toString(), v(11).toDate(), v(12).toDate(),
                v(13).toString()};
    out.schemeId = v(14).toLongLong();
    out.correctionDays = v(15).toInt();
    return out;
}

QCborMap AssignmentInfo::toMap() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("subjectId"), subjectId},
            {QStringLiteral("subjectName"), subjectName},
            {QStringLiteral("classId"), idOrNull(classId)},
            {QStringLiteral("groupId"), idOrNull(groupId)},
            {QStringLiteral("targetName"), targetName},
            {QStringLiteral("teacherId"), teacherId},
            {QStringLiteral("teacherName"), teacherName},
            {QStringLiteral("scale"), marks::scaleName(scale)}};
}

AssignmentInfo assignmentOf(const RequestContext &ctx, qint64 assignmentId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral("SELECT %1 FROM assignment a %2"
                                              " WHERE a.school_id = ? AND a.id = ?")
                                   .arg(assignmentColumns(), QLatin1String(kAssignmentJoins)),
                               {ctx.caller.schoolId, assignmentId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no load with id %1").arg(assignmentId));
    return AssignmentInfo::read(q, 0);
}

QString JournalLesson::describe() const
{
    return QStringLiteral("%1 %2 %3")
        .arg(assignment.targetName, assignment.subjectName, date.toString(Qt::ISODate));
}

QString journalLessonColumns()
{
    return assignmentColumns()
        + QStringLiteral(", l.id, l.on_date, l.status, l.merged_into_id IS NOT NULL,"
                         " current_date - l.on_date, l.version, l.topic, l.summary, l.homework,"
                         " l.homework_due, coalesce(l.work_type_id, 0), l.control_work,"
                         " coalesce(l.plan_item_id, 0)");
}

JournalLesson readJournalLesson(const QSqlQuery &q)
{
    JournalLesson out;
    out.assignment = AssignmentInfo::read(q, 0);
    const auto v = [&](int i) { return q.value(kAssignmentColumnCount + i); };
    out.id = v(0).toLongLong();
    out.date = v(1).toDate();
    out.status = v(2).toString();
    out.merged = v(3).toBool();
    out.ageDays = v(4).toInt();
    out.version = v(5).toInt();
    out.topic = v(6).toString();
    out.summary = v(7).toString();
    out.homework = v(8).toString();
    out.homeworkDue = v(9).toDate();
    out.workTypeId = v(10).toLongLong();
    out.controlWork = v(11).toBool();
    out.planItemId = v(12).toLongLong();
    return out;
}

JournalLesson journalLessonOf(const RequestContext &ctx, qint64 lessonId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT %1"
        "  FROM lesson l JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
        "  %2 WHERE l.school_id = ? AND l.id = ?")
                                   .arg(journalLessonColumns(), QLatin1String(kAssignmentJoins)),
                               {ctx.caller.schoolId, lessonId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no lesson with id %1").arg(lessonId));
    return readJournalLesson(q);
}

void requireChangeable(const JournalLesson &lesson)
{
    const auto refuse = [&](const QString &problem, const QString &message) {
        return fail(ErrorCode::Invalid, message, {{QStringLiteral("lessonId"), problem}});
    };
    if (lesson.assignment.yearClosed())
        throw refuse(QStringLiteral("the year %1 is closed").arg(lesson.assignment.year.name),
                     QStringLiteral("the academic year %1 is closed and read-only")
                         .arg(lesson.assignment.year.name));
    if (lesson.status == QLatin1String("cancelled"))
        throw refuse(QStringLiteral("cancelled"),
                     QStringLiteral("the lesson %1 is cancelled").arg(lesson.describe()));
    if (lesson.merged)
        throw refuse(QStringLiteral("merged into another lesson"),
                     QStringLiteral("the lesson %1 is merged into another lesson; write in that"
                                    " lesson's journal").arg(lesson.describe()));
}

Period periodOn(const RequestContext &ctx, const AssignmentInfo &assignment, const QDate &date)
{
    for (const Period &p : periodsOf(ctx, assignment.schemeId))
        if (p.startsOn <= date && date <= p.endsOn)
            return p;
    return {};
}

QCborMap Period::toMap() const
{
    return {{QStringLiteral("id"), idOrNull(id)},
            {QStringLiteral("name"), name},
            {QStringLiteral("startsOn"), startsOn.toString(Qt::ISODate)},
            {QStringLiteral("endsOn"), endsOn.toString(Qt::ISODate)},
            {QStringLiteral("closed"), closed}};
}

QList<Period> periodsOf(const RequestContext &ctx, qint64 schemeId)
{
    QList<Period> out;
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, name, starts_on, ends_on, closed FROM period"
        " WHERE school_id = ? AND scheme_id = ? ORDER BY ordinal"),
        {ctx.caller.schoolId, schemeId});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDate(),
                    q.value(3).toDate(), q.value(4).toBool()});
    return out;
}

const char kClassTeacherOfLoad[] =
    "EXISTS (SELECT 1 FROM class_unit ct"
    "         WHERE ct.school_id = a.school_id AND ct.class_teacher_id = ?"
    "           AND (ct.id = a.class_id OR ct.id = g.class_id"
    "                OR (g.id IS NOT NULL AND g.class_id IS NULL AND ct.id IN ("
    "                    SELECT e.class_id FROM group_member gm"
    "                      JOIN enrollment e ON e.school_id = gm.school_id"
    "                       AND e.student_id = gm.student_id"
    "                     WHERE gm.school_id = a.school_id AND gm.group_id = g.id))))";

const char kMemberOnLessonDate[] =
    "(EXISTS (SELECT 1 FROM enrollment e WHERE e.school_id = l.school_id"
    "          AND e.class_id = a.class_id AND e.student_id = ?"
    "          AND e.starts_on <= l.on_date AND (e.ends_on IS NULL OR e.ends_on >= l.on_date))"
    " OR EXISTS (SELECT 1 FROM group_member gm WHERE gm.school_id = l.school_id"
    "          AND gm.group_id = a.group_id AND gm.student_id = ?"
    "          AND gm.starts_on <= l.on_date AND (gm.ends_on IS NULL OR gm.ends_on >= l.on_date)))";

QCborMap CellContent::contentMap() const
{
    QCborArray list;
    for (const Mark &m : marks)
        list.append(QCborMap{{kValue, m.value}, {kWorkTypeId, m.workTypeId}, {kComment, m.comment}});
    return {{kAttendance, attendance}, {kLateMinutes, lateMinutes}, {kMarks, list}};
}

CellContent CellContent::fromContent(const QCborMap &content)
{
    CellContent out;
    out.attendance = content.value(kAttendance).toString();
    out.lateMinutes = int(content.value(kLateMinutes).toInteger());
    for (const QCborValue &m : content.value(kMarks).toArray())
        out.marks.append({m[kValue].toString(), m[kWorkTypeId].toInteger(),
                          m[kComment].toString(), {}, {}});
    return out;
}

MomentText::MomentText() : m_zone(QTimeZone::systemTimeZone()) {}

QCborValue MomentText::operator()(const QDateTime &moment) const
{
    if (!moment.isValid())
        return QCborValue(nullptr);
    return QDateTime::fromMSecsSinceEpoch(moment.toMSecsSinceEpoch(), Qt::OffsetFromUTC,
                                          m_zone.offsetFromUtc(moment))
        .toString(Qt::ISODate);
}

QCborMap Cell::toMap(const MomentText &moments) const
{
    QCborArray list;
    for (const Mark &m : content.marks)
        list.append(QCborMap{{kValue, m.value},
                             {kWorkTypeId, m.workTypeId},
                             {kComment, m.comment},
                             {QStringLiteral("enteredAt"), moments(m.enteredAt)},
                             {QStringLiteral("enteredBy"), m.enteredBy}});
    return {{QStringLiteral("lessonId"), lessonId},
            {QStringLiteral("studentId"), studentId},
            {kAttendance, content.attendance},
            {kLateMinutes, content.lateMinutes},
            {kMarks, list},
            {QStringLiteral("version"), version},
            {QStringLiteral("updatedAt"), moments(updatedAt)},
            {QStringLiteral("updatedBy"), updatedBy}};
}

QCborArray readCellRows(const RequestContext &ctx, const CellFilter &filter)
{
    // Plain rows (a cell once per mark) turned into maps here: cheaper than PostgreSQL's
    // json_build_object, which looks up every argument's type on every row. Moments as
    // milliseconds since the epoch: parsing timestamp text costs more than the query.
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT jc.lesson_id, jc.student_id, coalesce(jc.attendance, ''),"
        "       coalesce(jc.late_minutes, 0), jc.version, %3,"
        "       coalesce(u.full_name, ''), m.position, m.value, m.work_type_id, m.comment,"
        "       %4, coalesce(mu.full_name, '')"
        "  FROM journal_cell jc"
        "  JOIN lesson l ON l.school_id = jc.school_id AND l.id = jc.lesson_id"
        "  LEFT JOIN app_user u ON u.school_id = jc.school_id AND u.id = jc.updated_by"
        "  LEFT JOIN mark m ON m.school_id = jc.school_id AND m.lesson_id = jc.lesson_id"
        "   AND m.student_id = jc.student_id"
        "  LEFT JOIN app_user mu ON mu.school_id = m.school_id AND mu.id = m.entered_by"
        " WHERE l.school_id = ? AND (%1)%2"
        " ORDER BY jc.lesson_id, jc.student_id, m.position")
                              .arg(filter.where, studentFilter("jc", filter.studentId),
                                   epochMs("jc.updated_at"), epochMs("m.entered_at")),
                          filterBinds(ctx, filter));
    const auto moment = [&](int column) {
        return QDateTime::fromMSecsSinceEpoch(q.value(column).toLongLong());
    };
    const MomentText moments;
    QCborArray out;
    Cell cell;
    while (q.next()) {
        const qint64 lessonId = q.value(0).toLongLong();
        const qint64 studentId = q.value(1).toLongLong();
        if (lessonId != cell.lessonId || studentId != cell.studentId) {
            if (cell.version != 0)
                out.append(cell.toMap(moments));
            cell = Cell{lessonId, studentId, {q.value(2).toString(), q.value(3).toInt(), {}},
                        q.value(4).toInt(), moment(5), q.value(6).toString()};
        }
        if (!q.isNull(7))
            cell.content.marks.append({q.value(8).toString(), q.value(9).toLongLong(),
                                       q.value(10).toString(), moment(11),
                                       q.value(12).toString()});
    }
    if (cell.version != 0)
        out.append(cell.toMap(moments));
    return out;
}

QList<Cell> readCellsAsOf(const RequestContext &ctx, const CellFilter &filter,
                          const QDateTime &asOf)
{
    QList<Cell> cells;
    QVariantList binds = filterBinds(ctx, filter);
    binds.append(asOf);
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT DISTINCT ON (r.lesson_id, r.student_id) r.lesson_id, r.student_id,"
        "       r.content::text, r.version, r.changed_at, coalesce(u.full_name, '')"
        "  FROM journal_cell_revision r"
        "  JOIN lesson l ON l.school_id = r.school_id AND l.id = r.lesson_id"
        "  LEFT JOIN app_user u ON u.school_id = r.school_id AND u.id = r.changed_by"
        " WHERE l.school_id = ? AND (%1)%2 AND r.changed_at <= ?"
        " ORDER BY r.lesson_id, r.student_id, r.version DESC")
                                   .arg(filter.where, studentFilter("r", filter.studentId)),
                               binds);
    while (q.next()) {
        Cell cell;
        cell.lessonId = q.value(0).toLongLong();
        cell.studentId = q.value(1).toLongLong();
        cell.content = CellContent::fromContent(jsonValue(q.value(2)).toMap());
        cell.version = q.value(3).toInt();
        cell.updatedAt = q.value(4).toDateTime();
        cell.updatedBy = q.value(5).toString();
        cells.append(cell);
    }
    return cells;
}

QString lessonsJson(const QString &where)
{
    // The lessons first (materialized), so that they drive the plan: otherwise the planner,
    // expecting one row from the load's joins, walks the teachers' lessons instead.
    return QStringLiteral(
        "(WITH l AS MATERIALIZED (SELECT * FROM lesson l"
        "                          WHERE l.school_id = ? AND l.merged_into_id IS NULL AND (%2))"
        " SELECT coalesce(json_agg(json_build_object("
        "   'id', l.id, 'date', l.on_date, 'lessonNo', l.lesson_no, 'status', l.status,"
        "   'topic', l.topic, 'summary', l.summary, 'homework', l.homework,"
        "   'homeworkDue', l.homework_due, 'workTypeId', l.work_type_id,"
        "   'controlWork', l.control_work, 'planItemId', l.plan_item_id,"
        "   'teacherId', l.teacher_id, 'teacherName', %1,"
        "   'substitute', l.teacher_id <> a.staff_id,"
        "   'canWrite', NOT ?::boolean AND (?::boolean OR l.teacher_id = ?)"
        "               AND l.status <> 'cancelled' AND y.state <> 'closed',"
        "   'version', l.version,"
        "   'attachments', (SELECT count(*) FROM lesson_attachment la"
        "                    WHERE la.school_id = l.school_id AND la.lesson_id = l.id))"
        "   ORDER BY l.on_date, l.lesson_no, l.id), '[]')"
        "  FROM l"
        "  JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
        "  JOIN staff lt ON lt.school_id = l.school_id AND lt.id = l.teacher_id"
        "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "  JOIN academic_year y ON y.school_id = a.school_id"
        "   AND y.id = coalesce(c.academic_year_id, g.academic_year_id))")
        .arg(staffName("lt"), where);
}

QVariantList lessonsJsonBinds(const RequestContext &ctx, bool journalWrite, bool readOnly,
                              const QVariantList &whereBinds)
{
    return QVariantList{ctx.caller.schoolId} + whereBinds
        + QVariantList{readOnly, journalWrite, staffBind(ctx)};
}

QCborArray lessonRows(const RequestContext &ctx, const QString &where, const QVariantList &binds,
                      bool journalWrite, bool readOnly)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral("SELECT ") + lessonsJson(where),
                          lessonsJsonBinds(ctx, journalWrite, readOnly, binds));
    return q.next() ? jsonArray(q.value(0)) : QCborArray();
}

QString lateBecause(int ageDays, int correctionDays, const QString &closedPeriod)
{
    if (!closedPeriod.isEmpty())
        return QStringLiteral("the period «%1» is closed").arg(closedPeriod);
    if (ageDays > correctionDays)
        return QStringLiteral("the lesson is %1 days old and the correction window is %2 days")
            .arg(ageDays).arg(correctionDays);
    return {};
}

void requireReason(const QString &lateWhy, const QString &reason)
{
    if (!lateWhy.isEmpty() && reason.trimmed().isEmpty())
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("a reason is required: %1").arg(lateWhy),
                   {{QStringLiteral("reason"), QStringLiteral("required: %1").arg(lateWhy)}});
}

void recordCorrection(const RequestContext &ctx, const Correction &c)
{
    ctx.sql.exec(QStringLiteral(
        "INSERT INTO journal_correction (school_id, assignment_id, what, lesson_id, student_id,"
        " period_id, before, after, reason, made_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)"),
        {ctx.caller.schoolId, c.assignmentId, c.what, nullableId(c.lessonId),
         nullableId(c.studentId), nullableId(c.periodId), nullableText(jsonText(c.before)),
         nullableText(jsonText(c.after)), c.reason.trimmed(), ctx.caller.userId});
}

void pushJournalEvent(RequestContext &ctx, qint64 assignmentId, const QString &name,
                      const QString &key, const QCborMap &row)
{
    ctx.change.events.append(PushEvent{name,
                                       QCborMap{{QStringLiteral("assignmentId"), assignmentId},
                                                {key, row}},
                                       QStringLiteral("journal:%1").arg(assignmentId)});
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QVariant nullableText(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QCborValue jsonValue(const QVariant &json)
{
    if (json.isNull())
        return QCborValue(nullptr);
    const QJsonDocument doc = QJsonDocument::fromJson(json.toString().toUtf8());
    if (doc.isObject())
        return QCborValue::fromJsonValue(doc.object());
    if (doc.isArray())
        return QCborValue::fromJsonValue(doc.array());
    return QCborValue(nullptr);
}

QString jsonText(const QCborValue &value)
{
    const QJsonValue json = value.toJsonValue();
    if (json.isObject())
        return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    if (json.isArray())
        return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

QCborValue timeOrNull(const QDateTime &moment)
{
    return moment.isValid() ? QCborValue(isoTime(moment)) : QCborValue(nullptr);
}

QCborValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QCborValue(date.toString(Qt::ISODate)) : QCborValue(nullptr);
}

QCborValue idOrNull(qint64 id)
{
    return id == 0 ? QCborValue(nullptr) : QCborValue(id);
}

Error staleVersion(const QString &what, const QCborMap &current)
{
    return fail(ErrorCode::Conflict,
                QStringLiteral("%1 was changed by someone else meanwhile").arg(what),
                {{QStringLiteral("current"), current}});
}

} // namespace ejournal::server::handlers::journal

// What the journal handlers share (see journal_common.h).
#include "journal_common.h"

#include <QHash>
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

using CellKey = QPair<qint64, qint64>;

// Appends the marks of the filter's cells to them, in order.
void attachMarks(const RequestContext &ctx, const CellFilter &filter, QList<Cell> &cells)
{
    QHash<CellKey, qsizetype> index;
    for (qsizetype i = 0; i < cells.size(); ++i)
        index.insert({cells[i].lessonId, cells[i].studentId}, i);
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT m.lesson_id, m.student_id, m.value, m.work_type_id, m.comment, m.entered_at,"
        "       coalesce(u.full_name, '')"
        "  FROM mark m"
        "  JOIN lesson l ON l.school_id = m.school_id AND l.id = m.lesson_id"
        "  LEFT JOIN app_user u ON u.school_id = m.school_id AND u.id = m.entered_by"
        " WHERE l.school_id = ? AND (%1)%2"
        " ORDER BY m.lesson_id, m.student_id, m.position")
                                   .arg(filter.where, studentFilter("m", filter.studentId)),
                               filterBinds(ctx, filter));
    while (q.next()) {
        const auto at = index.constFind({q.value(0).toLongLong(), q.value(1).toLongLong()});
        if (at == index.constEnd())
            continue;
        cells[*at].content.marks.append({q.value(2).toString(), q.value(3).toLongLong(),
                                          q.value(4).toString(), q.value(5).toDateTime(),
                                          q.value(6).toString()});
    }
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

QString assignmentColumns()
{
    // The period scheme: the class's, the split class's, the first member class's (a stream),
    // else the year's first.
    return QStringLiteral(
        "a.id, a.subject_id, s.name, coalesce(a.class_id, g.class_id, 0), coalesce(a.group_id, 0),"
        " coalesce(c.grade || c.letter, g.name), a.staff_id, %1, coalesce(ss.scale, 'five'),"
        " y.id, y.name, y.starts_on, y.ends_on, y.state,"
        " coalesce(c.period_scheme_id, gc.period_scheme_id,"
        "  (SELECT mc.period_scheme_id FROM group_member gm"
        "     JOIN enrollment e ON e.school_id = gm.school_id AND e.student_id = gm.student_id"
        "     JOIN class_unit mc ON mc.school_id = e.school_id AND mc.id = e.class_id"
        "    WHERE gm.school_id = a.school_id AND gm.group_id = a.group_id"
        "      AND mc.academic_year_id = y.id AND mc.period_scheme_id IS NOT NULL"
        "    ORDER BY mc.grade, mc.letter LIMIT 1),"
        "  (SELECT ps.id FROM period_scheme ps"
        "    WHERE ps.school_id = a.school_id AND ps.academic_year_id = y.id"
        "    ORDER BY ps.id LIMIT 1), 0),"
        " coalesce(js.correction_days, 7)").arg(staffName("st"));
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

JournalLesson journalLessonOf(const RequestContext &ctx, qint64 lessonId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT %1, l.id, l.on_date, l.status, l.merged_into_id IS NOT NULL,"
        "       current_date - l.on_date, l.version, l.topic, l.summary, l.homework,"
        "       l.homework_due, coalesce(l.work_type_id, 0), l.control_work,"
        "       coalesce(l.plan_item_id, 0)"
        "  FROM lesson l JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
        "  %2 WHERE l.school_id = ? AND l.id = ?")
                                   .arg(assignmentColumns(), QLatin1String(kAssignmentJoins)),
                               {ctx.caller.schoolId, lessonId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no lesson with id %1").arg(lessonId));
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

QCborMap Cell::toMap() const
{
    QCborArray list;
    for (const Mark &m : content.marks)
        list.append(QCborMap{{kValue, m.value},
                             {kWorkTypeId, m.workTypeId},
                             {kComment, m.comment},
                             {QStringLiteral("enteredAt"), timeOrNull(m.enteredAt)},
                             {QStringLiteral("enteredBy"), m.enteredBy}});
    return {{QStringLiteral("lessonId"), lessonId},
            {QStringLiteral("studentId"), studentId},
            {kAttendance, content.attendance},
            {kLateMinutes, content.lateMinutes},
            {kMarks, list},
            {QStringLiteral("version"), version},
            {QStringLiteral("updatedAt"), timeOrNull(updatedAt)},
            {QStringLiteral("updatedBy"), updatedBy}};
}

QList<Cell> readCells(const RequestContext &ctx, const CellFilter &filter, bool lock)
{
    QList<Cell> cells;
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT jc.lesson_id, jc.student_id, coalesce(jc.attendance, ''),"
        "       coalesce(jc.late_minutes, 0), jc.version, jc.updated_at,"
        "       coalesce(u.full_name, '')"
        "  FROM journal_cell jc"
        "  JOIN lesson l ON l.school_id = jc.school_id AND l.id = jc.lesson_id"
        "  LEFT JOIN app_user u ON u.school_id = jc.school_id AND u.id = jc.updated_by"
        " WHERE l.school_id = ? AND (%1)%2"
        " ORDER BY jc.lesson_id, jc.student_id%3")
                                   .arg(filter.where, studentFilter("jc", filter.studentId),
                                        lock ? QLatin1String(" FOR UPDATE OF jc") : QLatin1String()),
                               filterBinds(ctx, filter));
    while (q.next()) {
        Cell cell;
        cell.lessonId = q.value(0).toLongLong();
        cell.studentId = q.value(1).toLongLong();
        cell.content.attendance = q.value(2).toString();
        cell.content.lateMinutes = q.value(3).toInt();
        cell.version = q.value(4).toInt();
        cell.updatedAt = q.value(5).toDateTime();
        cell.updatedBy = q.value(6).toString();
        cells.append(cell);
    }
    if (!cells.isEmpty())
        attachMarks(ctx, filter, cells);
    return cells;
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

QCborArray lessonRows(const RequestContext &ctx, const QString &where, const QVariantList &binds,
                      bool journalWrite, bool readOnly)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT l.id, l.on_date, l.lesson_no, l.status, l.topic, l.summary, l.homework,"
        "       l.homework_due, coalesce(l.work_type_id, 0), l.control_work,"
        "       coalesce(l.plan_item_id, 0), l.teacher_id, %1, l.teacher_id <> a.staff_id,"
        "       l.version, y.state = 'closed',"
        "       (SELECT count(*) FROM lesson_attachment la"
        "         WHERE la.school_id = l.school_id AND la.lesson_id = l.id)"
        "  FROM lesson l"
        "  JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
        "  JOIN staff lt ON lt.school_id = l.school_id AND lt.id = l.teacher_id"
        "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "  JOIN academic_year y ON y.school_id = a.school_id"
        "   AND y.id = coalesce(c.academic_year_id, g.academic_year_id)"
        " WHERE l.school_id = ? AND l.merged_into_id IS NULL AND (%2)"
        " ORDER BY l.on_date, l.lesson_no, l.id").arg(staffName("lt"), where),
        QVariantList{ctx.caller.schoolId} + binds);
    QCborArray out;
    while (q.next()) {
        const QString status = q.value(3).toString();
        const qint64 teacherId = q.value(11).toLongLong();
        const bool canWrite = !readOnly && (journalWrite || teacherId == ctx.caller.staffId)
            && status != QLatin1String("cancelled") && !q.value(15).toBool();
        out.append(QCborMap{{QStringLiteral("id"), q.value(0).toLongLong()},
                            {QStringLiteral("date"), q.value(1).toDate().toString(Qt::ISODate)},
                            {QStringLiteral("lessonNo"), q.value(2).toInt()},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("topic"), q.value(4).toString()},
                            {QStringLiteral("summary"), q.value(5).toString()},
                            {QStringLiteral("homework"), q.value(6).toString()},
                            {QStringLiteral("homeworkDue"), dateOrNull(q.value(7).toDate())},
                            {kWorkTypeId, idOrNull(q.value(8).toLongLong())},
                            {QStringLiteral("controlWork"), q.value(9).toBool()},
                            {QStringLiteral("planItemId"), idOrNull(q.value(10).toLongLong())},
                            {QStringLiteral("teacherId"), teacherId},
                            {QStringLiteral("teacherName"), q.value(12).toString()},
                            {QStringLiteral("substitute"), q.value(13).toBool()},
                            {QStringLiteral("canWrite"), canWrite},
                            {QStringLiteral("version"), q.value(14).toInt()},
                            {QStringLiteral("attachments"), q.value(16).toInt()}});
    }
    return out;
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

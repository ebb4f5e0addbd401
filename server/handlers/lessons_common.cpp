// What the lessons handlers share (see lessons_common.h).
#include "lessons_common.h"

namespace ejournal::server::handlers::lessons {

namespace {
const QString kLessonId = QStringLiteral("lessonId");

QCborValue idOrNull(const QVariant &value)
{
    return value.isNull() ? QCborValue(nullptr) : QCborValue(value.toLongLong());
}

QCborValue textOrNull(const QVariant &value)
{
    return value.isNull() ? QCborValue(nullptr) : QCborValue(value.toString());
}

QCborValue timeOrNull(const QVariant &value)
{
    return value.isNull() ? QCborValue(nullptr)
                          : QCborValue(value.toTime().toString(QStringLiteral("HH:mm")));
}

Error refuse(const QString &problem, const QString &message)
{
    return fail(ErrorCode::Invalid, message, {{kLessonId, problem}});
}

// The first other planned lesson at the slot matching `condition` (binds appended), described.
QString clashAt(const RequestContext &ctx, qint64 selfId, const Slot &slot,
                const QString &condition, const QVariantList &binds)
{
    const QVariant other = ctx.sql.scalar(QStringLiteral(
        "SELECT l.id FROM lesson l"
        "  JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        " WHERE l.school_id = ? AND l.on_date = ? AND l.lesson_no = ? AND l.id <> ?"
        "   AND l.status = 'planned' AND l.merged_into_id IS NULL AND (%1)"
        " ORDER BY l.id LIMIT 1").arg(condition),
        QVariantList{ctx.caller.schoolId, slot.date, slot.lessonNo, selfId} + binds);
    return other.isValid() ? describe(lessonOf(ctx, other.toLongLong())) : QString();
}
} // namespace

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

LessonInfo lessonOf(const RequestContext &ctx, qint64 lessonId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT l.id, l.assignment_id, l.on_date, l.lesson_no, l.teacher_id, %1,"
        "       coalesce(l.room_id, 0), coalesce(r.name, ''), l.status,"
        "       coalesce(l.merged_into_id, 0), a.subject_id, s.name,"
        "       coalesce(a.class_id, g.class_id, 0), coalesce(a.group_id, 0),"
        "       coalesce(c.grade || c.letter, g.name), y.id, y.name, y.starts_on, y.ends_on,"
        "       y.state"
        "  FROM lesson l"
        "  JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
        "  JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
        "  JOIN staff st ON st.school_id = l.school_id AND st.id = l.teacher_id"
        "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "  LEFT JOIN room r ON r.school_id = l.school_id AND r.id = l.room_id"
        "  JOIN academic_year y ON y.school_id = l.school_id"
        "   AND y.id = coalesce(c.academic_year_id, g.academic_year_id)"
        " WHERE l.school_id = ? AND l.id = ?").arg(QLatin1String(kStaffName)),
        {ctx.caller.schoolId, lessonId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no lesson with id %1").arg(lessonId));
    LessonInfo out;
    out.id = q.value(0).toLongLong();
    out.assignmentId = q.value(1).toLongLong();
    out.date = q.value(2).toDate();
    out.lessonNo = q.value(3).toInt();
    out.teacherId = q.value(4).toLongLong();
    out.teacherName = q.value(5).toString();
    out.roomId = q.value(6).toLongLong();
    out.roomName = q.value(7).toString();
    out.status = q.value(8).toString();
    out.mergedIntoId = q.value(9).toLongLong();
    out.subjectId = q.value(10).toLongLong();
    out.subjectName = q.value(11).toString();
    out.classId = q.value(12).toLongLong();
    out.groupId = q.value(13).toLongLong();
    out.targetName = q.value(14).toString();
    out.year = {q.value(15).toLongLong(), q.value(16).toString(), q.value(17).toDate(),
                q.value(18).toDate(), q.value(19).toString()};
    return out;
}

QString describe(const LessonInfo &lesson)
{
    return QStringLiteral("%1 %2 (%3, lesson %4, %5)")
        .arg(lesson.targetName, lesson.subjectName, lesson.date.toString(Qt::ISODate))
        .arg(lesson.lessonNo)
        .arg(lesson.teacherName);
}

void requireChangeable(const RequestContext &ctx, const LessonInfo &lesson,
                       bool allowMergeTarget)
{
    if (lesson.year.state == QLatin1String("closed"))
        throw refuse(QStringLiteral("the year %1 is closed").arg(lesson.year.name),
                     QStringLiteral("the lesson %1 belongs to the academic year %2, which is"
                                    " closed and read-only").arg(describe(lesson), lesson.year.name));
    if (lesson.status == QLatin1String("cancelled"))
        throw refuse(QStringLiteral("cancelled"),
                     QStringLiteral("the lesson %1 is cancelled; restore it first")
                         .arg(describe(lesson)));
    if (lesson.mergedIntoId != 0)
        throw refuse(QStringLiteral("merged into lesson %1").arg(lesson.mergedIntoId),
                     QStringLiteral("the lesson %1 is merged into %2; restore it first")
                         .arg(describe(lesson), describe(lessonOf(ctx, lesson.mergedIntoId))));
    if (allowMergeTarget)
        return;
    const QVariant merged = ctx.sql.scalar(QStringLiteral(
        "SELECT string_agg(l.id::text, ', ' ORDER BY l.id) FROM lesson l"
        " WHERE l.school_id = ? AND l.merged_into_id = ?"), {ctx.caller.schoolId, lesson.id});
    if (!merged.toString().isEmpty())
        throw refuse(QStringLiteral("lessons %1 are merged into it").arg(merged.toString()),
                     QStringLiteral("the lessons %1 are merged into %2; restore them first")
                         .arg(merged.toString(), describe(lesson)));
}

void lockYear(const RequestContext &ctx, qint64 yearId, bool exclusive)
{
    ctx.sql.exec(QStringLiteral("SELECT 1 FROM academic_year WHERE school_id = ? AND id = ? %1")
                     .arg(exclusive ? QLatin1String("FOR UPDATE") : QLatin1String("FOR SHARE")),
                 {ctx.caller.schoolId, yearId});
}

QString teacherClash(const RequestContext &ctx, qint64 selfId, const Slot &slot)
{
    return clashAt(ctx, selfId, slot, QStringLiteral("l.teacher_id = ?"), {slot.teacherId});
}

QString roomClash(const RequestContext &ctx, qint64 selfId, const Slot &slot)
{
    if (slot.roomId == 0)
        return {};
    return clashAt(ctx, selfId, slot, QStringLiteral("l.room_id = ?"), {slot.roomId});
}

QString targetClash(const RequestContext &ctx, const LessonInfo &lesson, const Slot &slot)
{
    if (lesson.groupId == 0)
        return clashAt(ctx, lesson.id, slot, QStringLiteral("a.class_id = ? OR g.class_id = ?"),
                       {lesson.classId, lesson.classId});
    return clashAt(ctx, lesson.id, slot, QStringLiteral("a.group_id = ? OR a.class_id = ?"),
                   {lesson.groupId, lesson.classId});
}

QString holidayOn(const RequestContext &ctx, const LessonInfo &lesson, const QDate &date)
{
    return ctx.sql.scalar(QStringLiteral(
        "WITH target AS (SELECT %1 AS grades FROM assignment a"
        "                 WHERE a.school_id = ? AND a.id = ?),"
        " off AS (SELECT array_agg(DISTINCT gr) AS grades,"
        "                string_agg(DISTINCT h.name, ', ') AS names"
        "           FROM holiday h, unnest(coalesce(h.grades, %2)) gr"
        "          WHERE h.school_id = ? AND h.academic_year_id = ?"
        "            AND ? BETWEEN h.starts_on AND h.ends_on)"
        " SELECT off.names FROM target, off WHERE off.grades @> target.grades")
                              .arg(QLatin1String(kAssignmentGrades), QLatin1String(kAllGrades)),
                          {ctx.caller.schoolId, lesson.assignmentId, ctx.caller.schoolId,
                           lesson.year.id, date}).toString();
}

void recordChange(RequestContext &ctx, const LessonInfo &lesson, const Change &change,
                  const QDate &dateNow)
{
    const auto dateOrNull = [](const QDate &d) {
        return d.isValid() ? QVariant(d) : QVariant(QMetaType::fromType<QDate>());
    };
    const auto numberOrNull = [](int n) {
        return n < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(n);
    };
    ctx.sql.exec(QStringLiteral(
        "INSERT INTO lesson_change (school_id, lesson_id, kind, old_teacher_id, new_teacher_id,"
        " old_date, new_date, old_lesson_no, new_lesson_no, old_room_id, new_room_id,"
        " merged_into_id, reason, recorded_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {ctx.caller.schoolId, lesson.id, change.kind, nullableId(change.oldTeacherId),
         nullableId(change.newTeacherId), dateOrNull(change.oldDate), dateOrNull(change.newDate),
         numberOrNull(change.oldLessonNo), numberOrNull(change.newLessonNo),
         nullableId(change.oldRoomId), nullableId(change.newRoomId),
         nullableId(change.mergedIntoId), change.reason.isNull() ? QStringLiteral("") : change.reason,
         nullableId(ctx.caller.userId)});
    ctx.sql.exec(QStringLiteral(
        "UPDATE lesson SET version = version + 1 WHERE school_id = ? AND id = ?"),
        {ctx.caller.schoolId, lesson.id});
    ctx.change.events.append({QStringLiteral("lesson.changed"),
                              QCborMap{{kLessonId, lesson.id},
                                       {QStringLiteral("date"), dateNow.toString(Qt::ISODate)},
                                       {QStringLiteral("kind"), change.kind}}});
}

QString Scope::arrayText() const
{
    QStringList ids;
    for (qint64 id : students)
        ids.append(QString::number(id));
    return QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}');
}

Scope scopeOf(const RequestContext &ctx)
{
    static const QList<Role> staffRoles{Role::Admin, Role::Director, Role::Deputy,
                                        Role::Teacher, Role::ClassTeacher, Role::Psychologist,
                                        Role::SocialPedagogue};
    Scope scope;
    for (Role role : staffRoles)
        if (callerIs(ctx, role))
            return scope;
    scope.pupil = true;
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id FROM student WHERE school_id = ? AND user_id = ?"
        " UNION SELECT sg.student_id FROM student_guardian sg"
        "  JOIN guardian gu ON gu.school_id = sg.school_id AND gu.id = sg.guardian_id"
        " WHERE sg.school_id = ? AND gu.user_id = ?"),
        {ctx.caller.schoolId, ctx.caller.userId, ctx.caller.schoolId, ctx.caller.userId});
    while (q.next())
        scope.students.append(q.value(0).toLongLong());
    return scope;
}

QString scopeCondition()
{
    return QStringLiteral(
        "(NOT ?::boolean"
        " OR EXISTS (SELECT 1 FROM enrollment e WHERE e.school_id = l.school_id"
        "             AND e.student_id = ANY (?::bigint[]) AND e.class_id = a.class_id"
        "             AND e.starts_on <= l.on_date AND (e.ends_on IS NULL OR e.ends_on >= l.on_date))"
        " OR EXISTS (SELECT 1 FROM group_member gm WHERE gm.school_id = l.school_id"
        "             AND gm.student_id = ANY (?::bigint[]) AND gm.group_id = a.group_id"
        "             AND gm.starts_on <= l.on_date"
        "             AND (gm.ends_on IS NULL OR gm.ends_on >= l.on_date)))");
}

QCborArray lessonRows(const RequestContext &ctx, const Scope &scope, const QString &where,
                      const QVariantList &binds)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT l.id, l.on_date, l.lesson_no, b.starts_at, b.ends_at, l.assignment_id,"
        "       a.subject_id, s.name, s.short_name, a.class_id, a.group_id,"
        "       coalesce(c.grade || c.letter, g.name), l.teacher_id, %1, orig.old_teacher_id,"
        "       CASE WHEN orig.old_teacher_id IS NOT NULL THEN %2 END, l.room_id, r.name,"
        "       CASE WHEN l.merged_into_id IS NOT NULL THEN 'merged' ELSE l.status END,"
        "       l.merged_into_id,"
        "       (SELECT string_agg(DISTINCT lc.kind, ',') FROM lesson_change lc"
        "         WHERE lc.school_id = l.school_id AND lc.lesson_id = l.id),"
        "       l.topic, l.homework, l.timetable_entry_id"
        "  FROM lesson l"
        "  JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
        "  JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
        "  JOIN staff st ON st.school_id = l.school_id AND st.id = l.teacher_id"
        "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "  LEFT JOIN class_unit gc ON gc.school_id = g.school_id AND gc.id = g.class_id"
        "  LEFT JOIN room r ON r.school_id = l.school_id AND r.id = l.room_id"
        "  LEFT JOIN LATERAL (SELECT lc.old_teacher_id FROM lesson_change lc"
        "                      WHERE lc.school_id = l.school_id AND lc.lesson_id = l.id"
        "                        AND lc.kind = 'substitute' ORDER BY lc.id LIMIT 1) orig"
        "         ON orig.old_teacher_id <> l.teacher_id"
        "  LEFT JOIN staff ost ON ost.school_id = l.school_id AND ost.id = orig.old_teacher_id"
        "  LEFT JOIN bell b ON b.school_id = l.school_id"
        "   AND b.academic_year_id = coalesce(c.academic_year_id, g.academic_year_id)"
        "   AND b.shift = coalesce(c.shift, gc.shift, 1) AND b.lesson_no = l.lesson_no"
        " WHERE l.school_id = ? AND %3 AND (%4)"
        " ORDER BY l.on_date, l.lesson_no, coalesce(c.grade, gc.grade),"
        "          coalesce(c.letter, gc.letter) %5, g.name %5, l.id")
        .arg(QLatin1String(kStaffName), QString::fromLatin1(kStaffName).replace(
                                              QLatin1String("st."), QLatin1String("ost.")),
             scopeCondition(), where, QLatin1String(kCollate)),
        QVariantList{ctx.caller.schoolId, scope.pupil, scope.arrayText(), scope.arrayText()}
            + binds);
    QCborArray rows;
    while (q.next()) {
        QCborArray changes;
        for (const QString &kind : q.value(20).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            changes.append(kind);
        rows.append(QCborMap{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("date"), q.value(1).toDate().toString(Qt::ISODate)},
            {QStringLiteral("lessonNo"), q.value(2).toInt()},
            {QStringLiteral("startsAt"), timeOrNull(q.value(3))},
            {QStringLiteral("endsAt"), timeOrNull(q.value(4))},
            {QStringLiteral("assignmentId"), q.value(5).toLongLong()},
            {QStringLiteral("subjectId"), q.value(6).toLongLong()},
            {QStringLiteral("subjectName"), q.value(7).toString()},
            {QStringLiteral("subjectShortName"), q.value(8).toString()},
            {QStringLiteral("classId"), idOrNull(q.value(9))},
            {QStringLiteral("groupId"), idOrNull(q.value(10))},
            {QStringLiteral("targetName"), q.value(11).toString()},
            {QStringLiteral("teacherId"), q.value(12).toLongLong()},
            {QStringLiteral("teacherName"), q.value(13).toString()},
            {QStringLiteral("originalTeacherId"), idOrNull(q.value(14))},
            {QStringLiteral("originalTeacherName"), textOrNull(q.value(15))},
            {QStringLiteral("roomId"), idOrNull(q.value(16))},
            {QStringLiteral("roomName"), textOrNull(q.value(17))},
            {QStringLiteral("status"), q.value(18).toString()},
            {QStringLiteral("mergedIntoId"), idOrNull(q.value(19))},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("topic"), q.value(21).toString()},
            {QStringLiteral("homework"), q.value(22).toString()},
            {QStringLiteral("timetableEntryId"), idOrNull(q.value(23))}});
    }
    return rows;
}

std::pair<QDate, QDate> rangeParams(const RequestContext &ctx, int maxDays)
{
    const QDate from = dateParam(ctx, QStringLiteral("from"));
    const QDate to = dateParam(ctx, QStringLiteral("to"));
    if (to < from)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the period ends (%1) before it starts (%2)")
                       .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)),
                   {{QStringLiteral("to"), QStringLiteral("must not be before from")}});
    if (from.daysTo(to) >= maxDays)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the period %1 – %2 is longer than %3 days")
                       .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                       .arg(maxDays),
                   {{QStringLiteral("to"), QStringLiteral("at most %1 days after from")
                                               .arg(maxDays - 1)}});
    return {from, to};
}

} // namespace ejournal::server::handlers::lessons

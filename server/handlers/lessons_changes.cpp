// The deputy's changes to dated lessons: free teachers for a substitution, substitutions,
// moves, cancellations and their undoing, merged groups. Each change is checked against the
// other lessons of the slot (teacher, room, class or group), is one transaction with its
// lesson_change row and audit record, and pushes `lesson.changed` to the school.
#include "lessons_common.h"
#include "lessons_handlers.h"

namespace ejournal::server::handlers {

using namespace lessons;

namespace {
const QString kLessonId = QStringLiteral("lessonId");
const QString kTeacherId = QStringLiteral("teacherId");
const QString kDate = QStringLiteral("date");
const QString kLessonNo = QStringLiteral("lessonNo");
const QString kRoomId = QStringLiteral("roomId");
const QString kReason = QStringLiteral("reason");
const QString kLessonIds = QStringLiteral("lessonIds");

Error invalid(const QString &field, const QString &problem, const QString &message)
{
    return fail(ErrorCode::Invalid, message, {{field, problem}});
}

// Inside write(): the lesson, read again under the year's shared lock and its own row lock,
// so that a concurrent generation or change cannot slip in between the checks and the write.
LessonInfo lockedLesson(const RequestContext &ctx, qint64 lessonId)
{
    lockYear(ctx, lessonOf(ctx, lessonId).year.id, false);
    ctx.sql.exec(QStringLiteral("SELECT 1 FROM lesson WHERE school_id = ? AND id = ? FOR UPDATE"),
                 {ctx.caller.schoolId, lessonId});
    return lessonOf(ctx, lessonId);
}

QCborMap lessonRow(const RequestContext &ctx, qint64 lessonId)
{
    return lessonRows(ctx, Scope{}, QStringLiteral("l.id = ?"), {lessonId}).first().toMap();
}

QString reasonParam(const RequestContext &ctx)
{
    return ctx.text(kReason).trimmed();
}

QString teacherName(const RequestContext &ctx, qint64 staffId)
{
    return ctx.sql.scalar(QStringLiteral("SELECT %1 FROM staff st WHERE st.school_id = ? AND st.id = ?")
                              .arg(QLatin1String(kStaffName)),
                          {ctx.caller.schoolId, staffId}).toString();
}

// The substitute: a staff member of the school, not archived, not the lesson's teacher.
void requireSubstitute(const RequestContext &ctx, const LessonInfo &lesson, qint64 staffId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral("SELECT archived FROM staff WHERE school_id = ? AND id = ?"),
                               {ctx.caller.schoolId, staffId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no staff member with id %1").arg(staffId));
    if (q.value(0).toBool())
        throw invalid(kTeacherId, QStringLiteral("archived"),
                      QStringLiteral("%1 is archived").arg(teacherName(ctx, staffId)));
    if (staffId == lesson.teacherId)
        throw invalid(kTeacherId, QStringLiteral("already gives this lesson"),
                      QStringLiteral("%1 already gives %2").arg(lesson.teacherName, describe(lesson)));
}

bool unavailable(const RequestContext &ctx, qint64 staffId, const QDate &date, int lessonNo)
{
    return ctx.sql.scalar(QStringLiteral(
        "SELECT 1 FROM teacher_unavailability WHERE school_id = ? AND staff_id = ?"
        "   AND weekday = ? AND lesson_no = ?"),
        {ctx.caller.schoolId, staffId, date.dayOfWeek(), lessonNo}).isValid();
}

// Refuses the slot when the teacher, the room or the class or group has another lesson then.
void requireFreeSlot(const RequestContext &ctx, const LessonInfo &lesson, const Slot &slot,
                     const QString &field)
{
    const QString when = QStringLiteral("on %1, lesson %2")
                             .arg(slot.date.toString(Qt::ISODate)).arg(slot.lessonNo);
    const QString teacher = teacherClash(ctx, lesson.id, slot);
    if (!teacher.isEmpty())
        throw invalid(field, QStringLiteral("the teacher is busy: %1").arg(teacher),
                      QStringLiteral("%1 already teaches %2 %3")
                          .arg(teacherName(ctx, slot.teacherId), teacher, when));
    const QString room = roomClash(ctx, lesson.id, slot);
    if (!room.isEmpty())
        throw invalid(field, QStringLiteral("the room is taken: %1").arg(room),
                      QStringLiteral("the room is taken by %1 %2").arg(room, when));
    const QString target = targetClash(ctx, lesson, slot);
    if (!target.isEmpty())
        throw invalid(field, QStringLiteral("%1 has a lesson then: %2").arg(lesson.targetName, target),
                      QStringLiteral("%1 already has %2 %3").arg(lesson.targetName, target, when));
}

// The new place of a moved lesson: a school day of the year for the lesson's grades.
void requireSchoolDay(const RequestContext &ctx, const LessonInfo &lesson, const QDate &date)
{
    requireWithin(date, lesson.year.startsOn, lesson.year.endsOn, kDate,
                  QStringLiteral("the new date"));
    if (date.dayOfWeek() == Qt::Sunday)
        throw invalid(kDate, QStringLiteral("is a Sunday"),
                      QStringLiteral("%1 is a Sunday").arg(date.toString(Qt::ISODate)));
    const QString holiday = holidayOn(ctx, lesson, date);
    if (!holiday.isEmpty())
        throw invalid(kDate, QStringLiteral("holiday «%1»").arg(holiday),
                      QStringLiteral("%1 has no lessons on %2: «%3»")
                          .arg(lesson.targetName, date.toString(Qt::ISODate), holiday));
}

qint64 roomParam(const RequestContext &ctx, const LessonInfo &lesson)
{
    if (!ctx.params.contains(kRoomId))
        return lesson.roomId;
    const qint64 roomId = ctx.integer(kRoomId);
    if (roomId == 0)
        return 0;
    QSqlQuery q = ctx.sql.exec(QStringLiteral("SELECT name, archived FROM room WHERE school_id = ? AND id = ?"),
                               {ctx.caller.schoolId, roomId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no room with id %1").arg(roomId));
    if (q.value(1).toBool())
        throw invalid(kRoomId, QStringLiteral("archived"),
                      QStringLiteral("the room «%1» is archived").arg(q.value(0).toString()));
    return roomId;
}

QCborMap placeOf(const QDate &date, int lessonNo, qint64 roomId)
{
    return {{kDate, date.toString(Qt::ISODate)}, {kLessonNo, lessonNo},
            {kRoomId, roomId == 0 ? QCborValue(nullptr) : QCborValue(roomId)}};
}

// The lessons to merge: distinct ids other than the target's, at the target's date, lesson
// number and subject, each free to change.
QList<LessonInfo> mergedLessons(const RequestContext &ctx, const LessonInfo &into)
{
    const QCborArray ids = ctx.params.value(kLessonIds).toArray();
    if (ids.isEmpty())
        throw invalid(kLessonIds, QStringLiteral("must name at least one lesson"),
                      QStringLiteral("no lesson to merge"));
    QList<LessonInfo> out;
    QList<qint64> seen{into.id};
    for (const QCborValue &value : ids) {
        if (!value.isInteger())
            throw invalid(kLessonIds, QStringLiteral("must be a list of lesson ids"),
                          QStringLiteral("lessonIds must be a list of lesson ids"));
        if (seen.contains(value.toInteger()))
            throw invalid(kLessonIds, QStringLiteral("names lesson %1 twice or the target").arg(value.toInteger()),
                          QStringLiteral("lesson %1 is named twice or is the lesson merged into")
                              .arg(value.toInteger()));
        seen.append(value.toInteger());
        const LessonInfo lesson = lockedLesson(ctx, value.toInteger());
        requireChangeable(ctx, lesson, false);
        if (lesson.date != into.date || lesson.lessonNo != into.lessonNo
            || lesson.subjectId != into.subjectId)
            throw invalid(kLessonIds, QStringLiteral("%1 is not at the same time or subject")
                                          .arg(describe(lesson)),
                          QStringLiteral("%1 cannot be merged into %2: merged lessons share the"
                                         " date, lesson number and subject")
                              .arg(describe(lesson), describe(into)));
        out.append(lesson);
    }
    return out;
}
} // namespace

QCborValue freeTeachers(RequestContext &ctx)
{
    const LessonInfo lesson = lessonOf(ctx, ctx.integer(kLessonId));
    const QString yearLoads = QStringLiteral(
        "SELECT 1 FROM assignment a"
        "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        " WHERE a.school_id = st.school_id AND a.staff_id = st.id"
        "   AND coalesce(c.academic_year_id, g.academic_year_id) = %1");
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT st.id, %1, EXISTS (%2 AND a.subject_id = ?) AS teaches,"
        "       (SELECT count(*) FROM lesson l WHERE l.school_id = st.school_id"
        "           AND l.teacher_id = st.id AND l.on_date = ? AND l.status = 'planned'"
        "           AND l.merged_into_id IS NULL) AS day_lessons"
        "  FROM staff st"
        " WHERE st.school_id = ? AND NOT st.archived AND st.id <> ? AND EXISTS (%2)"
        "   AND NOT EXISTS (SELECT 1 FROM lesson l WHERE l.school_id = st.school_id"
        "                      AND l.teacher_id = st.id AND l.on_date = ? AND l.lesson_no = ?"
        "                      AND l.status = 'planned' AND l.merged_into_id IS NULL)"
        "   AND NOT EXISTS (SELECT 1 FROM teacher_unavailability tu"
        "                    WHERE tu.school_id = st.school_id AND tu.staff_id = st.id"
        "                      AND tu.weekday = ? AND tu.lesson_no = ?)"
        " ORDER BY teaches DESC, day_lessons, st.last_name %3, st.first_name %3, st.id")
        .arg(QLatin1String(kStaffName), yearLoads.arg(lesson.year.id), QLatin1String(kCollate)),
        {lesson.subjectId, lesson.date, ctx.caller.schoolId, lesson.teacherId, lesson.date,
         lesson.lessonNo, lesson.date.dayOfWeek(), lesson.lessonNo});
    QCborArray rows;
    while (q.next())
        rows.append(QCborMap{{QStringLiteral("staffId"), q.value(0).toLongLong()},
                             {QStringLiteral("name"), q.value(1).toString()},
                             {QStringLiteral("teachesSubject"), q.value(2).toBool()},
                             {QStringLiteral("lessonsThatDay"), q.value(3).toInt()}});
    return rows;
}

QCborValue substituteLesson(RequestContext &ctx)
{
    const qint64 substitute = ctx.integer(kTeacherId);
    qint64 lessonId = ctx.integer(kLessonId);
    ctx.write([&](AuditRecord &audit) {
        const LessonInfo lesson = lockedLesson(ctx, lessonId);
        requireChangeable(ctx, lesson, true);
        requireSubstitute(ctx, lesson, substitute);
        const QString busy = teacherClash(ctx, lesson.id, {lesson.date, lesson.lessonNo, substitute, 0});
        if (!busy.isEmpty())
            throw invalid(kTeacherId, QStringLiteral("busy: %1").arg(busy),
                          QStringLiteral("%1 already teaches %2 at that time")
                              .arg(teacherName(ctx, substitute), busy));
        if (unavailable(ctx, substitute, lesson.date, lesson.lessonNo))
            throw invalid(kTeacherId, QStringLiteral("unavailable then"),
                          QStringLiteral("%1 cannot teach on that weekday at lesson %2")
                              .arg(teacherName(ctx, substitute)).arg(lesson.lessonNo));
        ctx.sql.exec(QStringLiteral("UPDATE lesson SET teacher_id = ? WHERE school_id = ? AND id = ?"),
                     {substitute, ctx.caller.schoolId, lesson.id});
        Change change{QStringLiteral("substitute")};
        change.oldTeacherId = lesson.teacherId;
        change.newTeacherId = substitute;
        change.reason = reasonParam(ctx);
        recordChange(ctx, lesson, change, lesson.date);
        audit = {QStringLiteral("lesson.substitute"), QStringLiteral("lesson"),
                 QString::number(lesson.id),
                 QCborMap{{kTeacherId, lesson.teacherId}, {QStringLiteral("teacher"), lesson.teacherName}},
                 QCborMap{{kTeacherId, substitute},
                          {QStringLiteral("teacher"), teacherName(ctx, substitute)}},
                 change.reason, 0};
    });
    return lessonRow(ctx, lessonId);
}

QCborValue moveLesson(RequestContext &ctx)
{
    const qint64 lessonId = ctx.integer(kLessonId);
    if (!ctx.params.contains(kDate) && !ctx.params.contains(kLessonNo)
        && !ctx.params.contains(kRoomId))
        throw invalid(kDate, QStringLiteral("name a date, a lesson number or a room"),
                      QStringLiteral("a move needs a new date, lesson number or room"));
    ctx.write([&](AuditRecord &audit) {
        const LessonInfo lesson = lockedLesson(ctx, lessonId);
        requireChangeable(ctx, lesson, false);
        const QDate date = ctx.params.contains(kDate) ? dateParam(ctx, kDate) : lesson.date;
        const int lessonNo = int(ctx.integer(kLessonNo, lesson.lessonNo));
        if (lessonNo < 0 || lessonNo > 12)
            throw invalid(kLessonNo, QStringLiteral("must be from 0 to 12"),
                          QStringLiteral("there is no lesson number %1").arg(lessonNo));
        const qint64 roomId = roomParam(ctx, lesson);
        if (date == lesson.date && lessonNo == lesson.lessonNo && roomId == lesson.roomId)
            throw invalid(kDate, QStringLiteral("nothing changes"),
                          QStringLiteral("%1 is already there").arg(describe(lesson)));
        if (date != lesson.date)
            requireSchoolDay(ctx, lesson, date);
        requireFreeSlot(ctx, lesson, {date, lessonNo, lesson.teacherId, roomId},
                        ctx.params.contains(kLessonNo) || !ctx.params.contains(kDate)
                            ? kLessonNo : kDate);
        ctx.sql.exec(QStringLiteral(
            "UPDATE lesson SET on_date = ?, lesson_no = ?, room_id = ? WHERE school_id = ? AND id = ?"),
            {date, lessonNo, nullableId(roomId), ctx.caller.schoolId, lesson.id});
        Change change{QStringLiteral("move")};
        change.oldDate = lesson.date;
        change.newDate = date;
        change.oldLessonNo = lesson.lessonNo;
        change.newLessonNo = lessonNo;
        change.oldRoomId = lesson.roomId;
        change.newRoomId = roomId;
        change.reason = reasonParam(ctx);
        recordChange(ctx, lesson, change, date);
        audit = {QStringLiteral("lesson.move"), QStringLiteral("lesson"), QString::number(lesson.id),
                 placeOf(lesson.date, lesson.lessonNo, lesson.roomId), placeOf(date, lessonNo, roomId),
                 change.reason, 0};
    });
    return lessonRow(ctx, lessonId);
}

QCborValue cancelLesson(RequestContext &ctx)
{
    const qint64 lessonId = ctx.integer(kLessonId);
    const QString reason = reasonParam(ctx);
    if (reason.isEmpty())
        throw invalid(kReason, QStringLiteral("must not be empty"),
                      QStringLiteral("a cancellation needs a reason"));
    ctx.write([&](AuditRecord &audit) {
        const LessonInfo lesson = lockedLesson(ctx, lessonId);
        requireChangeable(ctx, lesson, false);
        ctx.sql.exec(QStringLiteral(
            "UPDATE lesson SET status = 'cancelled' WHERE school_id = ? AND id = ?"),
            {ctx.caller.schoolId, lesson.id});
        Change change{QStringLiteral("cancel")};
        change.reason = reason;
        recordChange(ctx, lesson, change, lesson.date);
        audit = {QStringLiteral("lesson.cancel"), QStringLiteral("lesson"), QString::number(lesson.id),
                 QCborMap{{QStringLiteral("status"), lesson.status}},
                 QCborMap{{QStringLiteral("status"), QStringLiteral("cancelled")}}, reason, 0};
    });
    return lessonRow(ctx, lessonId);
}

QCborValue restoreLesson(RequestContext &ctx)
{
    const qint64 lessonId = ctx.integer(kLessonId);
    ctx.write([&](AuditRecord &audit) {
        const LessonInfo lesson = lockedLesson(ctx, lessonId);
        const bool merged = lesson.mergedIntoId != 0;
        if (lesson.status != QLatin1String("cancelled") && !merged)
            throw invalid(kLessonId, QStringLiteral("neither cancelled nor merged"),
                          QStringLiteral("%1 is neither cancelled nor merged").arg(describe(lesson)));
        writableYear(ctx, lesson.year.id);
        requireFreeSlot(ctx, lesson, {lesson.date, lesson.lessonNo, lesson.teacherId, lesson.roomId},
                        kLessonId);
        ctx.sql.exec(QStringLiteral(
            "UPDATE lesson SET status = 'planned', merged_into_id = NULL WHERE school_id = ? AND id = ?"),
            {ctx.caller.schoolId, lesson.id});
        Change change{QStringLiteral("restore")};
        change.mergedIntoId = lesson.mergedIntoId;
        change.reason = reasonParam(ctx);
        recordChange(ctx, lesson, change, lesson.date);
        QCborMap before{{QStringLiteral("status"), lesson.status}};
        if (merged)
            before.insert(QStringLiteral("mergedIntoId"), lesson.mergedIntoId);
        audit = {QStringLiteral("lesson.restore"), QStringLiteral("lesson"), QString::number(lesson.id),
                 before, QCborMap{{QStringLiteral("status"), QStringLiteral("planned")}},
                 change.reason, 0};
    });
    return lessonRow(ctx, lessonId);
}

QCborValue mergeLessons(RequestContext &ctx)
{
    const qint64 intoId = ctx.integer(QStringLiteral("intoLessonId"));
    const QString reason = reasonParam(ctx);
    if (reason.isEmpty())
        throw invalid(kReason, QStringLiteral("must not be empty"),
                      QStringLiteral("a merge needs a reason"));
    QVariantList ids{intoId};
    ctx.write([&](AuditRecord &audit) {
        const LessonInfo into = lockedLesson(ctx, intoId);
        requireChangeable(ctx, into, true);
        QCborArray merged;
        for (const LessonInfo &lesson : mergedLessons(ctx, into)) {
            ctx.sql.exec(QStringLiteral(
                "UPDATE lesson SET merged_into_id = ? WHERE school_id = ? AND id = ?"),
                {into.id, ctx.caller.schoolId, lesson.id});
            Change change{QStringLiteral("merge")};
            change.oldTeacherId = lesson.teacherId;
            change.newTeacherId = into.teacherId;
            change.oldRoomId = lesson.roomId;
            change.newRoomId = into.roomId;
            change.mergedIntoId = into.id;
            change.reason = reason;
            recordChange(ctx, lesson, change, lesson.date);
            merged.append(lesson.id);
            ids.append(lesson.id);
        }
        audit = {QStringLiteral("lesson.merge"), QStringLiteral("lesson"), QString::number(into.id),
                 {}, QCborMap{{kLessonIds, merged}, {QStringLiteral("intoLessonId"), into.id},
                              {QStringLiteral("lesson"), describe(into)}},
                 reason, 0};
    });
    QCborArray rows;
    for (const QVariant &id : ids)
        rows.append(lessonRow(ctx, id.toLongLong()));
    return rows;
}

} // namespace ejournal::server::handlers

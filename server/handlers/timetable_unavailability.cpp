// Teachers' forbidden slots (a second job, a methodical day): weekday and lesson number pairs a
// timetable should leave free; placing a lesson there is the warning `teacher_unavailable`.
// Read by staff, replaced as a whole by the deputy.
#include "timetable_common.h"
#include "timetable_handlers.h"

#include <set>

namespace ejournal::server::handlers {

using namespace timetable;

namespace {
const QString kStaffId = QStringLiteral("staffId");
const QString kSlots = QStringLiteral("slots");
const QString kWeekday = QStringLiteral("weekday");
const QString kLessonNo = QStringLiteral("lessonNo");

using Slots = std::set<std::pair<int, int>>;

QString teacherName(const RequestContext &ctx, qint64 staffId)
{
    const QVariant name = ctx.sql.scalar(
        QStringLiteral("SELECT %1 FROM staff st WHERE st.school_id = ? AND st.id = ?")
            .arg(QLatin1String(kTeacherShort)),
        {ctx.caller.schoolId, staffId});
    if (!name.isValid())
        throw fail(ErrorCode::NotFound, QStringLiteral("no staff member with id %1").arg(staffId));
    return name.toString();
}

Slots slotsOf(const RequestContext &ctx, qint64 staffId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT weekday, lesson_no FROM teacher_unavailability"
        " WHERE school_id = ? AND staff_id = ?"), {ctx.caller.schoolId, staffId});
    Slots out;
    while (q.next())
        out.insert({q.value(0).toInt(), q.value(1).toInt()});
    return out;
}

QCborArray slotArray(const Slots &chosen)
{
    QCborArray out;
    for (const auto &[weekday, lessonNo] : chosen)
        out.append(QCborMap{{kWeekday, weekday}, {kLessonNo, lessonNo}});
    return out;
}

// slots[i] as {weekday 1..6, lessonNo 0..12}; duplicates merge.
Slots slotsParam(const RequestContext &ctx)
{
    const QCborArray array = ctx.params.value(kSlots).toArray();
    Slots out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("slots[%1]").arg(i);
        const QCborMap map = array.at(i).toMap();
        const qint64 weekday = map.value(kWeekday).toInteger(-1);
        const qint64 lessonNo = map.value(kLessonNo).toInteger(-1);
        if (!array.at(i).isMap() || map.size() != 2 || weekday < 1 || weekday > 6 || lessonNo < 0
            || lessonNo > 12)
            throw fail(ErrorCode::Invalid,
                       QStringLiteral("%1 must be {weekday: 1..6, lessonNo: 0..12}").arg(field),
                       {{field, QStringLiteral("must be {weekday: 1..6, lessonNo: 0..12}")}});
        out.insert({int(weekday), int(lessonNo)});
    }
    return out;
}

QCborMap result(qint64 staffId, const QString &name, const Slots &chosen)
{
    return {{kStaffId, staffId}, {QStringLiteral("teacherName"), name}, {kSlots, slotArray(chosen)}};
}
} // namespace

QCborValue teacherUnavailability(RequestContext &ctx)
{
    if (!readsAsStaff(ctx))
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("teachers' forbidden slots are for the school's staff"));
    const qint64 staffId = ctx.integer(kStaffId);
    const QString name = teacherName(ctx, staffId);
    return result(staffId, name, slotsOf(ctx, staffId));
}

QCborValue setTeacherUnavailability(RequestContext &ctx)
{
    const qint64 staffId = ctx.integer(kStaffId);
    const QString name = teacherName(ctx, staffId);
    const Slots chosen = slotsParam(ctx);
    const Slots current = slotsOf(ctx, staffId);
    if (chosen == current)
        return result(staffId, name, chosen);
    ctx.write([&](AuditRecord &audit) {
        ctx.sql.exec(QStringLiteral("SELECT 1 FROM staff WHERE school_id = ? AND id = ?"
                                    " FOR NO KEY UPDATE"), {ctx.caller.schoolId, staffId});
        const Slots before = slotsOf(ctx, staffId);
        ctx.sql.exec(QStringLiteral(
            "DELETE FROM teacher_unavailability WHERE school_id = ? AND staff_id = ?"),
            {ctx.caller.schoolId, staffId});
        for (const auto &[weekday, lessonNo] : chosen)
            ctx.sql.exec(QStringLiteral(
                "INSERT INTO teacher_unavailability (school_id, staff_id, weekday, lesson_no)"
                " VALUES (?, ?, ?, ?)"), {ctx.caller.schoolId, staffId, weekday, lessonNo});
        audit = {QStringLiteral("teacherUnavailability.set"), QStringLiteral("staff"),
                 QString::number(staffId), QCborMap{{kSlots, slotArray(before)}},
                 QCborMap{{kSlots, slotArray(chosen)}}, {}, 0};
    });
    return result(staffId, name, chosen);
}

} // namespace ejournal::server::handlers

// Reading dated lessons: lessons.list (a period of a class, group, teacher, room or load),
// lessons.my (the caller's own lessons as teacher, substitutions included) and changes.day
// (the day's changes sheet for the staff-room board). Students and guardians see only their
// own (their children's) classes and groups.
#include "lessons_common.h"
#include "lessons_handlers.h"

namespace ejournal::server::handlers {

using namespace lessons;

namespace {
constexpr int kMaxListDays = 120;

struct Filter
{
    const char *param;
    const char *table;  // for not_found
    const char *what;
    const char *condition;  // binds: the id, as often as it has `?`
};

const Filter kFilters[] = {
    {"classId", "class_unit", "class", "a.class_id = ? OR g.class_id = ?"},
    {"groupId", "study_group", "group", "a.group_id = ?"},
    {"staffId", "staff", "staff member", "l.teacher_id = ?"},
    {"roomId", "room", "room", "l.room_id = ?"},
    {"assignmentId", "assignment", "load", "l.assignment_id = ?"},
};

// Students and guardians may name only a class or group one of their students belongs to.
void requirePupilMayName(const RequestContext &ctx, const Scope &scope, const Filter &filter,
                         qint64 id)
{
    if (!scope.pupil)
        return;
    const QString param = QLatin1String(filter.param);
    QString membership;
    if (param == QLatin1String("classId"))
        membership = QStringLiteral("SELECT 1 FROM enrollment WHERE school_id = ?"
                                    " AND student_id = ANY (?::bigint[]) AND class_id = ?");
    else if (param == QLatin1String("groupId"))
        membership = QStringLiteral("SELECT 1 FROM group_member WHERE school_id = ?"
                                    " AND student_id = ANY (?::bigint[]) AND group_id = ?");
    else
        return;
    if (!ctx.sql.scalar(membership, {ctx.caller.schoolId, scope.arrayText(), id}).isValid())
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("students and guardians see only their own %1's lessons")
                       .arg(QLatin1String(filter.what)));
}

QCborMap changeRow(const QSqlQuery &q)
{
    const auto nullable = [&](int column) {
        const QVariant v = q.value(column);
        if (v.isNull())
            return QCborValue(nullptr);
        if (v.typeId() == QMetaType::QDate)
            return QCborValue(v.toDate().toString(Qt::ISODate));
        if (v.typeId() == QMetaType::QString)
            return QCborValue(v.toString());
        return QCborValue(v.toLongLong());
    };
    return {{QStringLiteral("changeId"), q.value(0).toLongLong()},
            {QStringLiteral("kind"), q.value(1).toString()},
            {QStringLiteral("direction"), nullable(2)},
            {QStringLiteral("lessonId"), q.value(3).toLongLong()},
            {QStringLiteral("lessonNo"), q.value(4).toInt()},
            {QStringLiteral("class"), q.value(5).toString()},
            {QStringLiteral("subject"), q.value(6).toString()},
            {QStringLiteral("oldTeacherId"), nullable(7)},
            {QStringLiteral("oldTeacherName"), nullable(8)},
            {QStringLiteral("newTeacherId"), nullable(9)},
            {QStringLiteral("newTeacherName"), nullable(10)},
            {QStringLiteral("roomName"), nullable(11)},
            {QStringLiteral("oldRoomName"), nullable(12)},
            {QStringLiteral("newRoomName"), nullable(13)},
            {QStringLiteral("oldDate"), nullable(14)},
            {QStringLiteral("newDate"), nullable(15)},
            {QStringLiteral("oldLessonNo"), nullable(16)},
            {QStringLiteral("newLessonNo"), nullable(17)},
            {QStringLiteral("mergedIntoId"), nullable(18)},
            {QStringLiteral("mergedIntoClass"), nullable(19)},
            {QStringLiteral("status"), q.value(20).toString()},
            {QStringLiteral("reason"), q.value(21).toString()},
            {QStringLiteral("recordedAt"), isoTime(q.value(22).toDateTime())}};
}

QString staffName(const char *alias)
{
    return QString::fromLatin1(kStaffName).replace(QLatin1String("st."),
                                                   QLatin1String(alias) + QLatin1Char('.'));
}
} // namespace

QCborValue listLessons(RequestContext &ctx)
{
    const auto [from, to] = rangeParams(ctx, kMaxListDays);
    const Scope scope = scopeOf(ctx);
    QString where = QStringLiteral("l.on_date BETWEEN ? AND ?");
    QVariantList binds{from, to};
    const Filter *chosen = nullptr;
    for (const Filter &filter : kFilters) {
        if (!ctx.params.contains(QLatin1String(filter.param)))
            continue;
        if (chosen)
            throw fail(ErrorCode::Invalid,
                       QStringLiteral("name at most one of classId, groupId, staffId, roomId and"
                                      " assignmentId"),
                       {{QLatin1String(filter.param),
                         QStringLiteral("cannot go with %1").arg(QLatin1String(chosen->param))}});
        chosen = &filter;
        const qint64 id = ctx.integer(QLatin1String(filter.param));
        requireExists(ctx, filter.table, id, QLatin1String(filter.what));
        requirePupilMayName(ctx, scope, filter, id);
        const QString condition = QLatin1String(filter.condition);
        where += QStringLiteral(" AND (%1)").arg(condition);
        for (qsizetype i = condition.count(QLatin1Char('?')); i > 0; --i)
            binds << id;
    }
    return lessonRows(ctx, scope, where, binds);
}

QCborValue myLessons(RequestContext &ctx)
{
    const auto [from, to] = rangeParams(ctx, kMaxListDays);
    if (ctx.caller.staffId == 0)
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("only a staff member has lessons of their own"));
    return lessonRows(ctx, scopeOf(ctx),
                      QStringLiteral("l.on_date BETWEEN ? AND ? AND l.teacher_id = ?"),
                      {from, to, ctx.caller.staffId});
}

QCborValue dayChanges(RequestContext &ctx)
{
    const QDate day = dateParam(ctx, QStringLiteral("date"));
    const Scope scope = scopeOf(ctx);
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT lc.id, lc.kind,"
        "       CASE WHEN lc.kind <> 'move' THEN NULL"
        "            WHEN lc.old_date = lc.new_date THEN 'within'"
        "            WHEN lc.old_date = ? THEN 'from' ELSE 'to' END,"
        "       l.id,"
        "       CASE WHEN lc.kind = 'move' AND lc.old_date = ? AND lc.new_date <> ?"
        "            THEN lc.old_lesson_no WHEN lc.kind = 'move' THEN lc.new_lesson_no"
        "            ELSE l.lesson_no END AS slot_no,"
        "       coalesce(c.grade || c.letter, g.name), s.name,"
        "       lc.old_teacher_id, %1, lc.new_teacher_id, %2, r.name, ro.name, rn.name,"
        "       lc.old_date, lc.new_date, lc.old_lesson_no, lc.new_lesson_no, lc.merged_into_id,"
        "       coalesce(mc.grade || mc.letter, mg.name),"
        "       CASE WHEN l.merged_into_id IS NOT NULL THEN 'merged' ELSE l.status END,"
        "       lc.reason, lc.recorded_at"
        "  FROM lesson_change lc"
        "  JOIN lesson l ON l.school_id = lc.school_id AND l.id = lc.lesson_id"
        "  JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
        "  JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
        "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "  LEFT JOIN class_unit gc ON gc.school_id = g.school_id AND gc.id = g.class_id"
        "  LEFT JOIN staff so ON so.school_id = lc.school_id AND so.id = lc.old_teacher_id"
        "  LEFT JOIN staff sn ON sn.school_id = lc.school_id AND sn.id = lc.new_teacher_id"
        "  LEFT JOIN room r ON r.school_id = l.school_id AND r.id = l.room_id"
        "  LEFT JOIN room ro ON ro.school_id = lc.school_id AND ro.id = lc.old_room_id"
        "  LEFT JOIN room rn ON rn.school_id = lc.school_id AND rn.id = lc.new_room_id"
        "  LEFT JOIN lesson ml ON ml.school_id = lc.school_id AND ml.id = lc.merged_into_id"
        "  LEFT JOIN assignment ma ON ma.school_id = ml.school_id AND ma.id = ml.assignment_id"
        "  LEFT JOIN class_unit mc ON mc.school_id = ma.school_id AND mc.id = ma.class_id"
        "  LEFT JOIN study_group mg ON mg.school_id = ma.school_id AND mg.id = ma.group_id"
        " WHERE lc.school_id = ? AND %3"
        "   AND (CASE WHEN lc.kind = 'move' THEN ? IN (lc.old_date, lc.new_date)"
        "             ELSE l.on_date = ? END)"
        " ORDER BY slot_no, coalesce(c.grade, gc.grade), coalesce(c.letter, gc.letter) %4,"
        "          g.name %4, lc.id")
        .arg(staffName("so"), staffName("sn"), scopeCondition(), QLatin1String(kCollate)),
        {day, day, day, ctx.caller.schoolId, scope.pupil, scope.arrayText(), scope.arrayText(),
         day, day});
    QCborArray rows;
    while (q.next())
        rows.append(changeRow(q));
    return QCborMap{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                    {QStringLiteral("changes"), rows}};
}

} // namespace ejournal::server::handlers

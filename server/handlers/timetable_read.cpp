// Reading timetables: the editor's grid of a version (all, or a class's, teacher's or room's
// entries) with the conflicts of the whole version, the load still to place, and the week of a
// student (own or a child's) or a teacher as of a date, from the version in force then.
// Staff read everything; students and guardians only their own classes and children.
#include "timetable_common.h"
#include "timetable_conflicts.h"
#include "timetable_handlers.h"

namespace ejournal::server::handlers {

using namespace timetable;

namespace {
const QString kClassId = QStringLiteral("classId");
const QString kStaffId = QStringLiteral("staffId");
const QString kRoomId = QStringLiteral("roomId");
const QString kStudentId = QStringLiteral("studentId");

void requireStaffReader(const RequestContext &ctx)
{
    if (!readsAsStaff(ctx))
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("students and guardians read only their own timetable"));
}

// A student or guardian may read a class's grid only when they (a child of theirs) attend the
// class while the version is in force.
void requireOwnClassDuring(const RequestContext &ctx, qint64 classId, const VersionInfo &version)
{
    for (qint64 studentId : ownStudentIds(ctx))
        if (ctx.sql.scalar(QStringLiteral(
                "SELECT 1 FROM enrollment WHERE school_id = ? AND student_id = ? AND class_id = ?"
                "   AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)"),
                {ctx.caller.schoolId, studentId, classId, version.validTo, version.validFrom})
                .isValid())
            return;
    throw fail(ErrorCode::Forbidden,
               QStringLiteral("students and guardians read only the timetable of their own class"));
}

// The condition of timetable.get's filter (at most one of class, teacher, room), with binds.
QString gridFilter(const RequestContext &ctx, const VersionInfo &version, QVariantList *binds)
{
    QStringList named;
    for (const QString &key : {kClassId, kStaffId, kRoomId})
        if (ctx.params.contains(key))
            named.append(key);
    if (named.size() > 1) {
        QCborMap details;
        for (const QString &key : named)
            details.insert(key, QStringLiteral("give at most one of classId, staffId, roomId"));
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("a timetable is shown for a class, a teacher or a room, not"
                                  " for several at once"), details);
    }
    if (!readsAsStaff(ctx)) {
        if (!ctx.params.contains(kClassId))
            throw fail(ErrorCode::Forbidden,
                       QStringLiteral("students and guardians read only their own class's"
                                      " timetable"));
        requireOwnClassDuring(ctx, ctx.integer(kClassId), version);
    }
    if (ctx.params.contains(kClassId)) {
        requireExists(ctx, "class_unit", ctx.integer(kClassId), QStringLiteral("class"));
        return concernsClass(ctx.integer(kClassId), version.referenceDate(), binds);
    }
    if (ctx.params.contains(kStaffId)) {
        requireExists(ctx, "staff", ctx.integer(kStaffId), QStringLiteral("staff member"));
        binds->append(ctx.integer(kStaffId));
        return QStringLiteral("a.staff_id = ?");
    }
    if (ctx.params.contains(kRoomId)) {
        requireExists(ctx, "room", ctx.integer(kRoomId), QStringLiteral("room"));
        binds->append(ctx.integer(kRoomId));
        return QStringLiteral("e.room_id = ?");
    }
    return QStringLiteral("true");
}

QDate dateOrToday(const RequestContext &ctx)
{
    return ctx.params.contains(QStringLiteral("date")) ? dateParam(ctx, QStringLiteral("date"))
                                                       : QDate::currentDate();
}

// The student a caller asks about: any student of the school for staff; for a student or a
// guardian their own (a child of theirs), by default the only one.
qint64 studentParam(const RequestContext &ctx)
{
    if (readsAsStaff(ctx)) {
        if (!ctx.params.contains(kStudentId))
            throw fail(ErrorCode::Invalid, QStringLiteral("name the student"),
                       {{kStudentId, QStringLiteral("required")}});
        requireExists(ctx, "student", ctx.integer(kStudentId), QStringLiteral("student"));
        return ctx.integer(kStudentId);
    }
    const QList<qint64> own = ownStudentIds(ctx);
    if (ctx.params.contains(kStudentId)) {
        if (!own.contains(ctx.integer(kStudentId)))
            throw fail(ErrorCode::Forbidden,
                       QStringLiteral("a student or guardian reads only their own (their"
                                      " children's) timetable"));
        return ctx.integer(kStudentId);
    }
    if (own.size() != 1)
        throw fail(ErrorCode::Invalid, QStringLiteral("name which of your children"),
                   {{kStudentId, QStringLiteral("required")}});
    return own.first();
}

// The week of a date: {date, weekParity, version: row|null, entries}, entries where
// `condition` holds in the version in force on that date.
QCborMap weekOn(const RequestContext &ctx, const QDate &date, const QString &condition,
                const QVariantList &binds)
{
    const VersionInfo version = versionOn(ctx, date);
    QCborMap week{{QStringLiteral("date"), iso(date)}};
    if (version.id == 0) {
        week.insert(QStringLiteral("weekParity"), QCborValue(QCborValue::Null));
        week.insert(QStringLiteral("version"), QCborValue(QCborValue::Null));
        week.insert(QStringLiteral("entries"), QCborArray());
        return week;
    }
    week.insert(QStringLiteral("weekParity"), weekParityOn(date, version.year.startsOn));
    week.insert(QStringLiteral("version"), version.row(entryCount(ctx, version.id)));
    week.insert(QStringLiteral("entries"), entryRows(ctx, version.id, condition, binds));
    return week;
}
} // namespace

QCborValue getTimetable(RequestContext &ctx)
{
    const VersionInfo version = versionOf(ctx, ctx.integer(QStringLiteral("versionId")));
    QVariantList binds;
    const QString condition = gridFilter(ctx, version, &binds);
    QCborArray conflicts;
    if (readsAsStaff(ctx))
        for (const Conflict &conflict : versionConflicts(ctx, version))
            conflicts.append(conflict.toMap());
    return QCborMap{{QStringLiteral("version"), version.row(entryCount(ctx, version.id))},
                    {QStringLiteral("entries"), entryRows(ctx, version.id, condition, binds)},
                    {QStringLiteral("conflicts"), conflicts}};
}

QCborValue unplacedLoad(RequestContext &ctx)
{
    requireStaffReader(ctx);
    const VersionInfo version = versionOf(ctx, ctx.integer(QStringLiteral("versionId")));
    QVariantList binds{ctx.caller.schoolId, version.id, ctx.caller.schoolId, version.year.id};
    QString condition = QStringLiteral("true");
    if (ctx.params.contains(kClassId)) {
        requireExists(ctx, "class_unit", ctx.integer(kClassId), QStringLiteral("class"));
        condition = concernsClass(ctx.integer(kClassId), version.referenceDate(), &binds);
    }
    QSqlQuery q = ctx.sql.exec(
        QStringLiteral("SELECT %1, coalesce(p.placed, 0)"
                       "  FROM assignment a%2"
                       "  LEFT JOIN (SELECT assignment_id,"
                       "                    sum(CASE WHEN week_parity IS NULL THEN 1 ELSE 0.5 END)"
                       "                      AS placed"
                       "               FROM timetable_entry WHERE school_id = ? AND version_id = ?"
                       "              GROUP BY assignment_id) p ON p.assignment_id = a.id"
                       " WHERE a.school_id = ?"
                       "   AND coalesce(c.academic_year_id, g.academic_year_id) = ?"
                       "   AND a.hours_per_week > coalesce(p.placed, 0) AND (%3)"
                       " ORDER BY %4, a.id")
            .arg(loadColumns(), loadJoins(), condition, loadOrder()),
        binds);
    QCborArray rows;
    while (q.next()) {
        QCborMap row = loadFields(q, 0);
        const double placed = q.value(11).toDouble();
        row.insert(QStringLiteral("placed"), placed);
        row.insert(QStringLiteral("remaining"),
                   row.value(QStringLiteral("hoursPerWeek")).toDouble() - placed);
        rows.append(row);
    }
    return rows;
}

QCborValue studentTimetable(RequestContext &ctx)
{
    const qint64 studentId = studentParam(ctx);
    const QDate date = dateOrToday(ctx);
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT concat_ws(' ', s.last_name, s.first_name, nullif(s.middle_name, '')),"
        "       c.id, c.grade || c.letter"
        "  FROM student s"
        "  LEFT JOIN enrollment en ON en.school_id = s.school_id AND en.student_id = s.id"
        "   AND en.starts_on <= ? AND (en.ends_on IS NULL OR en.ends_on >= ?)"
        "  LEFT JOIN class_unit c ON c.school_id = en.school_id AND c.id = en.class_id"
        " WHERE s.school_id = ? AND s.id = ?"), {date, date, ctx.caller.schoolId, studentId});
    q.next();
    const qint64 classId = q.value(1).toLongLong();
    QCborMap week = weekOn(
        ctx, date,
        QStringLiteral("a.class_id = ? OR a.group_id IN (SELECT gm.group_id FROM group_member gm"
                       " WHERE gm.school_id = ? AND gm.student_id = ? AND gm.starts_on <= ?"
                       "   AND (gm.ends_on IS NULL OR gm.ends_on >= ?))"),
        {classId, ctx.caller.schoolId, studentId, date, date});
    week.insert(kStudentId, studentId);
    week.insert(QStringLiteral("studentName"), q.value(0).toString());
    week.insert(kClassId, classId == 0 ? QCborValue(QCborValue::Null) : QCborValue(classId));
    week.insert(QStringLiteral("className"), classId == 0 ? QCborValue(QCborValue::Null)
                                                          : QCborValue(q.value(2).toString()));
    return week;
}

QCborValue teacherTimetable(RequestContext &ctx)
{
    requireStaffReader(ctx);
    const qint64 staffId = ctx.params.contains(kStaffId) ? ctx.integer(kStaffId)
                                                         : ctx.caller.staffId;
    if (staffId == 0)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the caller is not a staff member; name the teacher"),
                   {{kStaffId, QStringLiteral("required")}});
    const QVariant name = ctx.sql.scalar(
        QStringLiteral("SELECT %1 FROM staff st WHERE st.school_id = ? AND st.id = ?")
            .arg(QLatin1String(kTeacherShort)),
        {ctx.caller.schoolId, staffId});
    if (!name.isValid())
        throw fail(ErrorCode::NotFound, QStringLiteral("no staff member with id %1").arg(staffId));
    QCborMap week = weekOn(ctx, dateOrToday(ctx), QStringLiteral("a.staff_id = ?"), {staffId});
    week.insert(kStaffId, staffId);
    week.insert(QStringLiteral("teacherName"), name.toString());
    return week;
}

} // namespace ejournal::server::handlers

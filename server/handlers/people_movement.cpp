// movement.* handlers. A movement's date is the first day of the new state: a transfer on D
// ends the old enrolment on D-1 and starts the new one on D; a withdrawal on D ends it on
// D-1. Each movement, its enrolment rows and the end of the student's group memberships are
// one transaction. History is only appended or closed, and never dated before the latest entry.
#include "people_movement.h"

#include "people_common.h"

namespace ejournal::server::handlers::people {

namespace {
QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>());
}

// What every movement request carries, checked.
struct MovementRequest
{
    qint64 studentId = 0;
    QString student;  // "Иванов Пётр"
    QDate date;
    QString orderNo;
    QString reason;
};

// The date may not lie before the latest entry of the student's movement book.
void requireNotBeforeLatest(const RequestContext &ctx, const MovementRequest &request)
{
    const QDate latest = ctx.sql.scalar(QStringLiteral(
        "SELECT max(on_date) FROM movement WHERE school_id = ? AND student_id = ?"),
        {ctx.caller.schoolId, request.studentId}).toDate();
    if (latest.isValid() && request.date < latest)
        invalid(QStringLiteral("date"), QStringLiteral("before the latest movement"),
                QStringLiteral("the movement book has an entry for %1 dated %2; a new entry"
                               " cannot be dated %3")
                    .arg(request.student, iso(latest), iso(request.date)));
}

MovementRequest movementRequest(const RequestContext &ctx)
{
    MovementRequest r;
    r.studentId = ctx.integer(QStringLiteral("studentId"));
    r.student = studentName(ctx, r.studentId);
    r.date = dateParam(ctx, QStringLiteral("date"));
    r.orderNo = ctx.text(QStringLiteral("orderNo")).trimmed();
    r.reason = trimmedText(ctx, QStringLiteral("reason"));
    if (r.orderNo.isEmpty())
        invalid(QStringLiteral("orderNo"), QStringLiteral("must not be empty"),
                QStringLiteral("a movement needs the number of its order"));
    requireNotBeforeLatest(ctx, r);
    return r;
}

struct Enrolment
{
    qint64 id = 0;
    ClassInfo cls;
    QDate startsOn;
};

// The enrolment covering the date; refuses when there is none, or when it starts on that
// very date (the old one would have to end before it began).
Enrolment enrolmentOn(const RequestContext &ctx, const MovementRequest &request)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, class_id, starts_on FROM enrollment WHERE school_id = ? AND student_id = ?"
        "   AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)"),
        {ctx.caller.schoolId, request.studentId, request.date, request.date});
    if (!q.next())
        invalid(QStringLiteral("date"), QStringLiteral("not enrolled on this date"),
                QStringLiteral("%1 is not enrolled in any class on %2")
                    .arg(request.student, iso(request.date)));
    const qint64 id = q.value(0).toLongLong();
    const qint64 classId = q.value(1).toLongLong();
    const QDate startsOn = q.value(2).toDate();
    const Enrolment e{id, classOf(ctx, classId), startsOn};
    if (e.startsOn >= request.date)
        invalid(QStringLiteral("date"), QStringLiteral("not after the enrolment's start"),
                QStringLiteral("%1 was enrolled in %2 on %3; a movement must be dated later")
                    .arg(request.student, e.cls.name, iso(e.startsOn)));
    return e;
}

// The class receiving the student: of this school, of an open year, the date inside it.
ClassInfo targetClass(const RequestContext &ctx, qint64 classId, const QDate &date)
{
    const ClassInfo cls = classOf(ctx, classId);
    const YearInfo year = writableYear(ctx, cls.yearId);
    requireWithin(date, year.startsOn, year.endsOn, QStringLiteral("date"),
                  QStringLiteral("%1 (%2): the date").arg(cls.name, year.name));
    return cls;
}

qint64 insertMovement(const RequestContext &ctx, const MovementRequest &r, const char *kind,
                      qint64 fromClassId, qint64 toClassId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "INSERT INTO movement (school_id, student_id, kind, on_date, from_class_id, to_class_id,"
        " order_no, reason, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {ctx.caller.schoolId, r.studentId, QLatin1String(kind), r.date, idOrNull(fromClassId),
         idOrNull(toClassId), r.orderNo, r.reason, idOrNull(ctx.caller.userId)});
    q.next();
    return q.value(0).toLongLong();
}

void openEnrolment(const RequestContext &ctx, const MovementRequest &r, qint64 classId)
{
    ctx.sql.exec(QStringLiteral(
        "INSERT INTO enrollment (school_id, student_id, class_id, starts_on) VALUES (?, ?, ?, ?)"),
        {ctx.caller.schoolId, r.studentId, classId, r.date});
}

void closeEnrolment(const RequestContext &ctx, const Enrolment &e, const QDate &date)
{
    ctx.sql.exec(QStringLiteral(
        "UPDATE enrollment SET ends_on = ? WHERE school_id = ? AND id = ?"),
        {date.addDays(-1), ctx.caller.schoolId, e.id});
}

// Ends on the day before `date` the student's group memberships open on it: in the groups
// of the class `classId`, or in every group when classId is 0. A membership that only
// starts on or after the date cannot be ended by this movement: refused, naming the group.
void endMemberships(const RequestContext &ctx, const MovementRequest &r, qint64 classId)
{
    QSqlQuery later = ctx.sql.exec(QStringLiteral(
        "SELECT g.name, gm.starts_on FROM group_member gm"
        "  JOIN study_group g ON g.school_id = gm.school_id AND g.id = gm.group_id"
        " WHERE gm.school_id = ? AND gm.student_id = ? AND gm.starts_on >= ?"
        "   AND (?::bigint = 0 OR g.class_id = ?) ORDER BY gm.starts_on LIMIT 1"),
        {ctx.caller.schoolId, r.studentId, r.date, classId, classId});
    if (later.next())
        invalid(QStringLiteral("date"), QStringLiteral("a group membership starts later"),
                QStringLiteral("%1 is a member of «%2» from %3; change that group's members first")
                    .arg(r.student, later.value(0).toString(), iso(later.value(1).toDate())));
    ctx.sql.exec(QStringLiteral(
        "UPDATE group_member gm SET ends_on = ? FROM study_group g"
        " WHERE g.school_id = gm.school_id AND g.id = gm.group_id"
        "   AND gm.school_id = ? AND gm.student_id = ? AND (gm.ends_on IS NULL OR gm.ends_on >= ?)"
        "   AND (?::bigint = 0 OR g.class_id = ?)"),
        {r.date.addDays(-1), ctx.caller.schoolId, r.studentId, r.date, classId, classId});
}

QCborMap classMap(const ClassInfo &cls)
{
    return {{QStringLiteral("classId"), cls.id}, {QStringLiteral("className"), cls.name}};
}

QCborMap entryMap(const MovementRequest &r, qint64 movementId, const QCborMap &cls = {})
{
    QCborMap out = cls;
    out.insert(QStringLiteral("movementId"), movementId);
    out.insert(QStringLiteral("date"), iso(r.date));
    out.insert(QStringLiteral("orderNo"), r.orderNo);
    out.insert(QStringLiteral("reason"), r.reason);
    return out;
}

// The class name from the columns id, grade, letter starting at idColumn; null without id.
QCborValue classNameAt(const QSqlQuery &q, int idColumn)
{
    if (q.value(idColumn).isNull())
        return QCborValue(QCborValue::Null);
    return className(q.value(idColumn + 1).toInt(), q.value(idColumn + 2).toString());
}
} // namespace

QCborArray movementRows(const RequestContext &ctx, const MovementFilter &f)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT m.id, m.kind, m.on_date, m.student_id, s.last_name, s.first_name, s.middle_name,"
        "       m.from_class_id, fc.grade, fc.letter, m.to_class_id, tc.grade, tc.letter,"
        "       m.order_no, m.reason, m.recorded_at"
        "  FROM movement m"
        "  JOIN student s ON s.school_id = m.school_id AND s.id = m.student_id"
        "  LEFT JOIN class_unit fc ON fc.school_id = m.school_id AND fc.id = m.from_class_id"
        "  LEFT JOIN class_unit tc ON tc.school_id = m.school_id AND tc.id = m.to_class_id"
        " WHERE m.school_id = ?"
        "   AND (?::date IS NULL OR m.on_date >= ?::date) AND (?::date IS NULL OR m.on_date <= ?::date)"
        "   AND (?::bigint = 0 OR m.from_class_id = ? OR m.to_class_id = ?)"
        "   AND (?::bigint = 0 OR m.student_id = ?)"
        "   AND (NOT ?::boolean OR fc.class_teacher_id = ? OR tc.class_teacher_id = ?)"
        " ORDER BY m.on_date, m.id"),
        {ctx.caller.schoolId, dateOrNull(f.from), dateOrNull(f.from), dateOrNull(f.to),
         dateOrNull(f.to), f.classId, f.classId, f.classId, f.studentId, f.studentId,
         f.ownClassesOnly, ctx.caller.staffId, ctx.caller.staffId});
    QCborArray out;
    while (q.next())
        out.append(QCborMap{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("kind"), q.value(1).toString()},
            {QStringLiteral("date"), cborOf(q.value(2))},
            {QStringLiteral("studentId"), q.value(3).toLongLong()},
            {QStringLiteral("studentName"),
             fullName(q.value(4).toString(), q.value(5).toString(), q.value(6).toString())},
            {QStringLiteral("fromClassId"), cborOf(q.value(7))},
            {QStringLiteral("fromClassName"), classNameAt(q, 7)},
            {QStringLiteral("toClassId"), cborOf(q.value(10))},
            {QStringLiteral("toClassName"), classNameAt(q, 10)},
            {QStringLiteral("orderNo"), q.value(13).toString()},
            {QStringLiteral("reason"), q.value(14).toString()},
            {QStringLiteral("recordedAt"), isoTime(q.value(15).toDateTime())}});
    return out;
}

QCborValue admitStudent(RequestContext &ctx)
{
    const MovementRequest r = movementRequest(ctx);
    const ClassInfo to = targetClass(ctx, ctx.integer(QStringLiteral("classId")), r.date);
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT c.grade, c.letter, e.starts_on FROM enrollment e"
        "  JOIN class_unit c ON c.school_id = e.school_id AND c.id = e.class_id"
        " WHERE e.school_id = ? AND e.student_id = ? AND (e.ends_on IS NULL OR e.ends_on >= ?)"
        " ORDER BY e.starts_on LIMIT 1"),
        {ctx.caller.schoolId, r.studentId, r.date});
    if (q.next())
        invalid(QStringLiteral("studentId"), QStringLiteral("already enrolled"),
                QStringLiteral("%1 is already enrolled in %2 (from %3)")
                    .arg(r.student, className(q.value(0).toInt(), q.value(1).toString()),
                         iso(q.value(2).toDate())));
    qint64 id = 0;
    ctx.write([&](AuditRecord &audit) {
        openEnrolment(ctx, r, to.id);
        id = insertMovement(ctx, r, "admission", 0, to.id);
        audit = {QStringLiteral("movement.admit"), QStringLiteral("student"),
                 QString::number(r.studentId), {}, entryMap(r, id, classMap(to)), r.reason, 0};
    });
    return QCborMap{{QStringLiteral("id"), id}};
}

QCborValue transferStudent(RequestContext &ctx)
{
    const MovementRequest r = movementRequest(ctx);
    const qint64 toClassId = ctx.integer(QStringLiteral("toClassId"));
    const Enrolment from = enrolmentOn(ctx, r);
    if (from.cls.id == toClassId)
        invalid(QStringLiteral("toClassId"), QStringLiteral("the student's own class"),
                QStringLiteral("%1 is already in %2 on %3").arg(r.student, from.cls.name, iso(r.date)));
    const ClassInfo to = targetClass(ctx, toClassId, r.date);
    qint64 id = 0;
    ctx.write([&](AuditRecord &audit) {
        closeEnrolment(ctx, from, r.date);
        openEnrolment(ctx, r, to.id);
        endMemberships(ctx, r, from.cls.id);
        id = insertMovement(ctx, r, "transfer", from.cls.id, to.id);
        audit = {QStringLiteral("movement.transfer"), QStringLiteral("student"),
                 QString::number(r.studentId), classMap(from.cls), entryMap(r, id, classMap(to)),
                 r.reason, 0};
    });
    return QCborMap{{QStringLiteral("id"), id}};
}

QCborValue withdrawStudent(RequestContext &ctx)
{
    const MovementRequest r = movementRequest(ctx);
    const Enrolment from = enrolmentOn(ctx, r);
    const YearInfo year = writableYear(ctx, from.cls.yearId);
    requireWithin(r.date, year.startsOn, year.endsOn, QStringLiteral("date"),
                  QStringLiteral("%1 (%2): the date").arg(from.cls.name, year.name));
    qint64 id = 0;
    ctx.write([&](AuditRecord &audit) {
        closeEnrolment(ctx, from, r.date);
        endMemberships(ctx, r, 0);
        id = insertMovement(ctx, r, "withdrawal", from.cls.id, 0);
        audit = {QStringLiteral("movement.withdraw"), QStringLiteral("student"),
                 QString::number(r.studentId), classMap(from.cls), entryMap(r, id), r.reason, 0};
    });
    return QCborMap{{QStringLiteral("id"), id}};
}

QCborValue listMovements(RequestContext &ctx)
{
    MovementFilter f;
    f.from = dateParam(ctx, QStringLiteral("from"));
    f.to = dateParam(ctx, QStringLiteral("to"));
    f.classId = ctx.integer(QStringLiteral("classId"));
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        invalid(QStringLiteral("to"), QStringLiteral("before from"),
                QStringLiteral("the period %1 – %2 ends before it begins").arg(iso(f.from), iso(f.to)));
    const bool scoped = !seesAllPeople(ctx);
    if (f.classId != 0) {
        classOf(ctx, f.classId);
        if (scoped)
            requireOwnClass(ctx, f.classId);
    }
    f.ownClassesOnly = scoped;
    return movementRows(ctx, f);
}

} // namespace ejournal::server::handlers::people

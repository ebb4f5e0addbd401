// Handlers of the teaching load (учебная нагрузка): a teacher teaches a subject to a class or to
// a study group for some hours a week. One load per teacher, subject and class or group; no
// changes in a closed year; archived teachers and subjects get no new load.
#include "curriculum_common.h"
#include "curriculum_handlers.h"

#include <QCborArray>

namespace ejournal::server::handlers {

using namespace curriculum;

namespace {
const QString kId = QStringLiteral("id");
const QString kStaffId = QStringLiteral("staffId");
const QString kSubjectId = QStringLiteral("subjectId");
const QString kClassId = QStringLiteral("classId");
const QString kGroupId = QStringLiteral("groupId");
const QString kHours = QStringLiteral("hoursPerWeek");
const QString kTeacherNameKey = QStringLiteral("teacherName");

// A load row with its teacher, subject, target (the class, or the group and the class it
// splits) and year. Callers append conditions on these aliases and an ORDER BY.
QString loadSelect()
{
    return QStringLiteral(
        "SELECT a.id, a.staff_id, %1, a.subject_id, s.name, a.class_id, a.group_id,"
        "       coalesce(c.grade || c.letter, g.name), a.hours_per_week, y.name, y.state"
        "  FROM assignment a"
        "  JOIN staff st ON st.school_id = a.school_id AND st.id = a.staff_id"
        "  JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
        "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "  LEFT JOIN class_unit gc ON gc.school_id = g.school_id AND gc.id = g.class_id"
        "  JOIN academic_year y ON y.school_id = a.school_id"
        "   AND y.id = coalesce(c.academic_year_id, g.academic_year_id)"
        " WHERE a.school_id = ?").arg(QLatin1String(kTeacherName));
}

QCborValue idOrNull(const QVariant &value)
{
    return value.isNull() ? QCborValue(QCborValue::Null) : QCborValue(value.toLongLong());
}

QCborMap loadRow(const QSqlQuery &q)
{
    return {{kId, q.value(0).toLongLong()},
            {kStaffId, q.value(1).toLongLong()},
            {kTeacherNameKey, q.value(2).toString()},
            {kSubjectId, q.value(3).toLongLong()},
            {QStringLiteral("subjectName"), q.value(4).toString()},
            {kClassId, idOrNull(q.value(5))},
            {kGroupId, idOrNull(q.value(6))},
            {QStringLiteral("targetName"), q.value(7).toString()},
            {kHours, q.value(8).toDouble()}};
}

struct Load
{
    QCborMap row;
    YearInfo year;  // name and state
};

Load loadOf(const RequestContext &ctx, qint64 id)
{
    QSqlQuery q = ctx.sql.exec(loadSelect() + QStringLiteral(" AND a.id = ?"),
                               {ctx.caller.schoolId, id});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no load with id %1").arg(id));
    Load load;
    load.row = loadRow(q);
    load.year.name = q.value(9).toString();
    load.year.state = q.value(10).toString();
    return load;
}

QString describe(const QCborMap &row)
{
    return QStringLiteral("%1 in %2").arg(row.value(QStringLiteral("subjectName")).toString(),
                                          row.value(QStringLiteral("targetName")).toString());
}

// Whom a new load teaches: exactly one of a class and a study group.
struct Target
{
    qint64 classId = 0;
    qint64 groupId = 0;
    QString name;
    qint64 groupSubjectId = 0;  // the subject a group was made for, 0 when any
    YearInfo year;
};

Target targetOf(const RequestContext &ctx)
{
    const bool hasClass = ctx.params.contains(kClassId);
    const bool hasGroup = ctx.params.contains(kGroupId);
    if (hasClass == hasGroup) {
        const QString problem = hasClass ? QStringLiteral("give classId or groupId, not both")
                                         : QStringLiteral("give classId or groupId");
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("a load teaches either a class or a study group"),
                   {{kClassId, problem}, {kGroupId, problem}});
    }
    Target target;
    if (hasClass) {
        const ClassInfo cls = classOf(ctx, ctx.integer(kClassId));
        target.classId = cls.id;
        target.name = cls.name;
        target.year = cls.year;
        return target;
    }
    const qint64 groupId = ctx.integer(kGroupId);
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT g.name, coalesce(g.subject_id, 0), y.id, y.name, y.state"
        "  FROM study_group g"
        "  JOIN academic_year y ON y.school_id = g.school_id AND y.id = g.academic_year_id"
        " WHERE g.school_id = ? AND g.id = ?"), {ctx.caller.schoolId, groupId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no study group with id %1").arg(groupId));
    target.groupId = groupId;
    target.name = q.value(0).toString();
    target.groupSubjectId = q.value(1).toLongLong();
    target.year = {q.value(2).toLongLong(), q.value(3).toString(), {}, {}, q.value(4).toString()};
    return target;
}

// Locks the class or group the load teaches, so that two requests cannot both add the same
// teacher, subject and target.
void lockTarget(const RequestContext &ctx, qint64 classId, qint64 groupId)
{
    if (classId != 0)
        lockRow(ctx, "class_unit", classId);
    else
        lockRow(ctx, "study_group", groupId);
}

void requireNoDuplicate(const RequestContext &ctx, qint64 staffId, qint64 subjectId,
                        qint64 classId, qint64 groupId, qint64 exceptId)
{
    const QVariant other = ctx.sql.scalar(QStringLiteral(
        "SELECT id FROM assignment WHERE school_id = ? AND staff_id = ? AND subject_id = ?"
        "   AND coalesce(class_id, 0) = ? AND coalesce(group_id, 0) = ? AND id <> ?"),
        {ctx.caller.schoolId, staffId, subjectId, classId, groupId, exceptId});
    if (!other.isValid())
        return;
    const Load existing = loadOf(ctx, other.toLongLong());
    throw fail(ErrorCode::Invalid,
               QStringLiteral("%1 already teaches %2 (load %3)")
                   .arg(existing.row.value(kTeacherNameKey).toString(), describe(existing.row))
                   .arg(other.toLongLong()),
               {{kStaffId, QStringLiteral("already has this load")}});
}

qint64 rowId(const QCborMap &row, const QString &key)
{
    return row.value(key).toInteger(0);
}
} // namespace

QCborValue listLoad(RequestContext &ctx)
{
    const YearInfo year = yearOf(ctx, ctx.integer(QStringLiteral("academicYearId")));
    const qint64 staffId = ctx.integer(kStaffId);
    const qint64 classId = ctx.integer(kClassId);
    if (staffId != 0)
        teacherOf(ctx, staffId);
    if (classId != 0)
        requireClassInYear(classOf(ctx, classId), year);
    QSqlQuery q = ctx.sql.exec(
        loadSelect() + QStringLiteral(
            " AND y.id = ? AND (?::bigint = 0 OR a.staff_id = ?)"
            " AND (?::bigint = 0 OR coalesce(c.id, gc.id) = ?)"
            " ORDER BY st.last_name %1, st.first_name %1, st.middle_name %1, a.staff_id,"
            "          s.name %1, coalesce(c.grade, gc.grade), coalesce(c.letter, gc.letter) %1,"
            "          g.name %1 NULLS FIRST").arg(QLatin1String(kCollate)),
        {ctx.caller.schoolId, year.id, staffId, staffId, classId, classId});
    QCborArray rows;
    QCborArray totals;
    QCborMap teacher;  // the running total of the teacher whose rows are being read
    double hours = 0;
    const auto closeTeacher = [&] {
        if (teacher.isEmpty())
            return;
        teacher.insert(QStringLiteral("hours"), hours);
        totals.append(teacher);
    };
    while (q.next()) {
        const QCborMap row = loadRow(q);
        if (rowId(row, kStaffId) != rowId(teacher, kStaffId)) {
            closeTeacher();
            teacher = {{kStaffId, row.value(kStaffId)},
                       {kTeacherNameKey, row.value(kTeacherNameKey)}};
            hours = 0;
        }
        hours += row.value(kHours).toDouble();
        rows.append(row);
    }
    closeTeacher();
    return QCborMap{{QStringLiteral("rows"), rows}, {QStringLiteral("totals"), totals}};
}

QCborValue createLoad(RequestContext &ctx)
{
    const double hours = hoursParam(ctx, kHours, false);
    const NamedInfo teacher = teacherOf(ctx, ctx.integer(kStaffId));
    requireActive(teacher, kStaffId, QStringLiteral("staff member"));
    const NamedInfo subject = subjectOf(ctx, ctx.integer(kSubjectId));
    requireActive(subject, kSubjectId, QStringLiteral("subject"));
    const Target target = targetOf(ctx);
    if (target.classId != 0)
        requireOpenYear(target.year, kClassId, QStringLiteral("class %1").arg(target.name));
    else
        requireOpenYear(target.year, kGroupId, QStringLiteral("the group «%1»").arg(target.name));
    if (target.groupSubjectId != 0 && target.groupSubjectId != subject.id)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the group «%1» studies another subject, not «%2»")
                       .arg(target.name, subject.name),
                   {{kGroupId, QStringLiteral("made for another subject")}});
    QCborMap row;
    ctx.write([&](AuditRecord &audit) {
        lockTarget(ctx, target.classId, target.groupId);
        requireNoDuplicate(ctx, teacher.id, subject.id, target.classId, target.groupId, 0);
        const auto nullable = [](qint64 id) {
            return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
        };
        const qint64 id = ctx.sql.scalar(QStringLiteral(
            "INSERT INTO assignment (school_id, staff_id, subject_id, class_id, group_id,"
            " hours_per_week) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {ctx.caller.schoolId, teacher.id, subject.id, nullable(target.classId),
             nullable(target.groupId), hours}).toLongLong();
        row = loadOf(ctx, id).row;
        audit = {QStringLiteral("load.create"), QStringLiteral("assignment"), QString::number(id),
                 {}, row, {}, 0};
    });
    return row;
}

QCborValue updateLoad(RequestContext &ctx)
{
    const qint64 id = ctx.integer(kId);
    const Load load = loadOf(ctx, id);
    requireOpenYear(load.year, kId, QStringLiteral("the load of %1").arg(describe(load.row)));
    qint64 staffId = rowId(load.row, kStaffId);
    if (ctx.params.contains(kStaffId)) {
        const NamedInfo teacher = teacherOf(ctx, ctx.integer(kStaffId));
        requireActive(teacher, kStaffId, QStringLiteral("staff member"));
        staffId = teacher.id;
    }
    const double hours = ctx.params.contains(kHours) ? hoursParam(ctx, kHours, false)
                                                     : load.row.value(kHours).toDouble();
    if (staffId == rowId(load.row, kStaffId) && hours == load.row.value(kHours).toDouble())
        return load.row;
    QCborMap row;
    ctx.write([&](AuditRecord &audit) {
        const qint64 classId = rowId(load.row, kClassId);
        const qint64 groupId = rowId(load.row, kGroupId);
        lockTarget(ctx, classId, groupId);
        const QCborMap current = loadOf(ctx, id).row;
        requireNoDuplicate(ctx, staffId, rowId(current, kSubjectId), classId, groupId, id);
        ctx.sql.exec(QStringLiteral("UPDATE assignment SET staff_id = ?, hours_per_week = ?"
                                    " WHERE school_id = ? AND id = ?"),
                     {staffId, hours, ctx.caller.schoolId, id});
        row = loadOf(ctx, id).row;
        const auto [before, after] = changedFields(current, row);
        audit = {QStringLiteral("load.update"), QStringLiteral("assignment"), QString::number(id),
                 before, after, {}, 0};
    });
    return row;
}

QCborValue deleteLoad(RequestContext &ctx)
{
    const qint64 id = ctx.integer(kId);
    const Load load = loadOf(ctx, id);
    requireOpenYear(load.year, kId, QStringLiteral("the load of %1").arg(describe(load.row)));
    ctx.write([&](AuditRecord &audit) {
        lockTarget(ctx, rowId(load.row, kClassId), rowId(load.row, kGroupId));
        const QCborMap current = loadOf(ctx, id).row;
        ctx.sql.exec(QStringLiteral("DELETE FROM assignment WHERE school_id = ? AND id = ?"),
                     {ctx.caller.schoolId, id});
        audit = {QStringLiteral("load.delete"), QStringLiteral("assignment"), QString::number(id),
                 current, {}, {}, 0};
    });
    return QCborMap();
}

} // namespace ejournal::server::handlers

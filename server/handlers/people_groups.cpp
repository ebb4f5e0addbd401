// groups.* handlers. Membership rows are only added and closed: from a date on a group's
// members are exactly the given list (new members start on the date, removed ones end the
// day before), never dated before the group's latest change. Scope: the deputy any group;
// a class teacher the groups of own class; a teacher the groups of own assignments and the
// subgroups of classes the teacher teaches that subject in.
#include "people_groups.h"

#include "people_common.h"

#include <QCborArray>

#include <algorithm>

namespace ejournal::server::handlers::people {

namespace {
const QStringList kKinds{QStringLiteral("subgroup"), QStringLiteral("stream"),
                         QStringLiteral("elective"), QStringLiteral("individual")};

struct GroupInfo
{
    qint64 id = 0;
    qint64 yearId = 0;
    QString kind;
    QString name;
    qint64 classId = 0;
    qint64 subjectId = 0;
};

GroupInfo groupOf(const RequestContext &ctx, qint64 groupId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, academic_year_id, kind, name, coalesce(class_id, 0), coalesce(subject_id, 0)"
        "  FROM study_group WHERE school_id = ? AND id = ?"), {ctx.caller.schoolId, groupId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no study group with id %1").arg(groupId));
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong()};
}

bool teachesGroup(const RequestContext &ctx, const GroupInfo &group)
{
    if (group.id != 0
        && ctx.sql.scalar(QStringLiteral(
               "SELECT 1 FROM assignment WHERE school_id = ? AND staff_id = ? AND group_id = ?"),
               {ctx.caller.schoolId, ctx.caller.staffId, group.id}).isValid())
        return true;
    return group.kind == QLatin1String("subgroup") && group.classId != 0 && group.subjectId != 0
        && ctx.sql.scalar(QStringLiteral(
               "SELECT 1 FROM assignment WHERE school_id = ? AND staff_id = ? AND class_id = ?"
               "   AND subject_id = ?"),
               {ctx.caller.schoolId, ctx.caller.staffId, group.classId, group.subjectId}).isValid();
}

// Forbidden unless the caller may manage this group (id 0: a group about to be created).
void requireGroupScope(const RequestContext &ctx, const GroupInfo &group)
{
    if (callerIs(ctx, Role::Deputy))
        return;
    if (callerIs(ctx, Role::ClassTeacher) && group.classId != 0
        && ownClassIds(ctx).contains(group.classId))
        return;
    if (callerIs(ctx, Role::Teacher) && ctx.caller.staffId != 0 && teachesGroup(ctx, group))
        return;
    throw fail(ErrorCode::Forbidden,
               QStringLiteral("only the deputy, the class teacher of its class or a teacher of"
                              " the group may change the group"));
}

void requireFreeName(const RequestContext &ctx, const YearInfo &year, const QString &name,
                     qint64 groupId)
{
    if (name.isEmpty())
        invalid(QStringLiteral("name"), QStringLiteral("must not be empty"),
                QStringLiteral("a study group needs a name"));
    if (ctx.sql.scalar(QStringLiteral(
            "SELECT 1 FROM study_group WHERE school_id = ? AND academic_year_id = ? AND name = ?"
            "   AND id <> ?"), {ctx.caller.schoolId, year.id, name, groupId}).isValid())
        invalid(QStringLiteral("name"), QStringLiteral("already exists"),
                QStringLiteral("a study group «%1» already exists in %2").arg(name, year.name));
}

// The subject's short name ("Англ. яз."), or not_found.
QString subjectShortName(const RequestContext &ctx, qint64 subjectId)
{
    const QVariant name = ctx.sql.scalar(QStringLiteral(
        "SELECT short_name FROM subject WHERE school_id = ? AND id = ?"),
        {ctx.caller.schoolId, subjectId});
    if (!name.isValid())
        throw fail(ErrorCode::NotFound, QStringLiteral("no subject with id %1").arg(subjectId));
    return name.toString();
}

qint64 insertGroup(const RequestContext &ctx, const GroupInfo &g)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "INSERT INTO study_group (school_id, academic_year_id, kind, name, class_id, subject_id)"
        " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {ctx.caller.schoolId, g.yearId, g.kind, g.name, idOrNull(g.classId),
         idOrNull(g.subjectId)});
    q.next();
    return q.value(0).toLongLong();
}

void addMember(const RequestContext &ctx, qint64 groupId, qint64 studentId, const QDate &date)
{
    ctx.sql.exec(QStringLiteral(
        "INSERT INTO group_member (school_id, group_id, student_id, starts_on) VALUES (?, ?, ?, ?)"),
        {ctx.caller.schoolId, groupId, studentId, date});
}

QCborArray memberRows(const RequestContext &ctx, qint64 groupId, const QDate &date)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT s.id, s.last_name, s.first_name, s.middle_name, c.id, c.grade, c.letter,"
        "       gm.starts_on, gm.ends_on"
        "  FROM group_member gm"
        "  JOIN student s ON s.school_id = gm.school_id AND s.id = gm.student_id"
        "  LEFT JOIN enrollment e ON e.school_id = s.school_id AND e.student_id = s.id"
        "       AND e.starts_on <= ?::date AND (e.ends_on IS NULL OR e.ends_on >= ?::date)"
        "  LEFT JOIN class_unit c ON c.school_id = e.school_id AND c.id = e.class_id"
        " WHERE gm.school_id = ? AND gm.group_id = ? AND gm.starts_on <= ?::date"
        "   AND (gm.ends_on IS NULL OR gm.ends_on >= ?::date)"
        " ORDER BY s.last_name COLLATE \"ru-RU-x-icu\", s.first_name COLLATE \"ru-RU-x-icu\","
        "          s.middle_name COLLATE \"ru-RU-x-icu\", s.id"),
        {date, date, ctx.caller.schoolId, groupId, date, date});
    QCborArray out;
    while (q.next())
        out.append(QCborMap{
            {QStringLiteral("studentId"), q.value(0).toLongLong()},
            {QStringLiteral("lastName"), q.value(1).toString()},
            {QStringLiteral("firstName"), q.value(2).toString()},
            {QStringLiteral("middleName"), q.value(3).toString()},
            {QStringLiteral("fullName"),
             fullName(q.value(1).toString(), q.value(2).toString(), q.value(3).toString())},
            {QStringLiteral("classId"), cborOf(q.value(4))},
            {QStringLiteral("className"),
             q.value(4).isNull() ? QCborValue(QCborValue::Null)
                                 : QCborValue(className(q.value(5).toInt(), q.value(6).toString()))},
            {QStringLiteral("startsOn"), cborOf(q.value(7))},
            {QStringLiteral("endsOn"), cborOf(q.value(8))}});
    return out;
}

struct OpenMembership
{
    qint64 id = 0;
    qint64 studentId = 0;
    QDate startsOn;
};

// The group's memberships without an end, by student id (read fully before any update).
QList<OpenMembership> openMemberships(const RequestContext &ctx, qint64 groupId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, student_id, starts_on FROM group_member"
        " WHERE school_id = ? AND group_id = ? AND ends_on IS NULL ORDER BY student_id"),
        {ctx.caller.schoolId, groupId});
    QList<OpenMembership> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDate()});
    return out;
}

// The studentIds parameter: integers, each once, in the given order.
QList<qint64> studentIdsParam(const RequestContext &ctx)
{
    QList<qint64> ids;
    for (const QCborValue &v : ctx.params.value(QStringLiteral("studentIds")).toArray()) {
        if (!v.isInteger())
            invalid(QStringLiteral("studentIds"), QStringLiteral("must be an array of integers"),
                    QStringLiteral("studentIds must hold student ids (integers)"));
        if (!ids.contains(v.toInteger()))
            ids.append(v.toInteger());
    }
    return ids;
}

// Every student must be enrolled on the date: in the group's class for a subgroup, in a
// class of the group's year otherwise. The error names the student.
void requireEligible(const RequestContext &ctx, const GroupInfo &group, const YearInfo &year,
                     const QList<qint64> &studentIds, const QDate &date)
{
    for (qint64 id : studentIds) {
        const QString name = studentName(ctx, id);
        const ClassInfo cls = classOn(ctx, id, date);
        if (group.kind == QLatin1String("subgroup") && cls.id != group.classId)
            invalid(QStringLiteral("studentIds"), QStringLiteral("%1 is not in the class").arg(id),
                    QStringLiteral("%1 is not in %2 on %3 and cannot join its subgroup «%4»")
                        .arg(name, classOf(ctx, group.classId).name, iso(date), group.name));
        if (cls.id == 0 || cls.yearId != group.yearId)
            invalid(QStringLiteral("studentIds"), QStringLiteral("%1 is not enrolled").arg(id),
                    QStringLiteral("%1 is not enrolled in a class of %2 on %3")
                        .arg(name, year.name, iso(date)));
    }
}

// Changes are never dated before the group's latest change (a start, or the day after an end).
void requireNotBeforeLatestChange(const RequestContext &ctx, const GroupInfo &group,
                                  const QDate &date)
{
    const QDate latest = ctx.sql.scalar(QStringLiteral(
        "SELECT max(greatest(starts_on, coalesce(ends_on + 1, starts_on))) FROM group_member"
        " WHERE school_id = ? AND group_id = ?"), {ctx.caller.schoolId, group.id}).toDate();
    if (latest.isValid() && date < latest)
        invalid(QStringLiteral("date"), QStringLiteral("before the latest change"),
                QStringLiteral("the members of «%1» were last changed on %2; a change cannot be"
                               " dated %3").arg(group.name, iso(latest), iso(date)));
}

QCborArray idArray(const QList<qint64> &ids)
{
    QCborArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

// The class's students enrolled on the date, in alphabetical order.
QList<qint64> classStudents(const RequestContext &ctx, qint64 classId, const QDate &date)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT s.id FROM enrollment e"
        "  JOIN student s ON s.school_id = e.school_id AND s.id = e.student_id"
        " WHERE e.school_id = ? AND e.class_id = ? AND e.starts_on <= ?"
        "   AND (e.ends_on IS NULL OR e.ends_on >= ?)"
        " ORDER BY s.last_name COLLATE \"ru-RU-x-icu\", s.first_name COLLATE \"ru-RU-x-icu\","
        "          s.middle_name COLLATE \"ru-RU-x-icu\", s.id"),
        {ctx.caller.schoolId, classId, date, date});
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

// The names parameter of groups.split: at least two, none blank, all different.
QStringList splitNames(const RequestContext &ctx)
{
    QStringList names;
    for (const QCborValue &v : ctx.params.value(QStringLiteral("names")).toArray()) {
        const QString name = v.toString().trimmed();
        if (!v.isString() || name.isEmpty() || names.contains(name))
            invalid(QStringLiteral("names"), QStringLiteral("must be different non-empty texts"),
                    QStringLiteral("the subgroups need different, non-empty names"));
        names.append(name);
    }
    if (names.size() < 2 || names.size() > 10)
        invalid(QStringLiteral("names"), QStringLiteral("must name 2 to 10 subgroups"),
                QStringLiteral("a class is split into 2 to 10 subgroups"));
    return names;
}
} // namespace

QCborValue listGroups(RequestContext &ctx)
{
    const qint64 yearId = ctx.integer(QStringLiteral("academicYearId"));
    const qint64 classId = ctx.integer(QStringLiteral("classId"));
    yearOf(ctx, yearId);
    if (classId != 0)
        classOf(ctx, classId);
    const QDate today = QDate::currentDate();
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT g.id, g.kind, g.name, g.class_id, c.grade, c.letter, g.subject_id, sj.name,"
        "       (SELECT count(*) FROM group_member gm WHERE gm.school_id = g.school_id"
        "           AND gm.group_id = g.id AND gm.starts_on <= ?::date"
        "           AND (gm.ends_on IS NULL OR gm.ends_on >= ?::date))"
        "  FROM study_group g"
        "  LEFT JOIN class_unit c ON c.school_id = g.school_id AND c.id = g.class_id"
        "  LEFT JOIN subject sj ON sj.school_id = g.school_id AND sj.id = g.subject_id"
        " WHERE g.school_id = ? AND g.academic_year_id = ? AND (?::bigint = 0 OR g.class_id = ?)"
        " ORDER BY c.grade NULLS LAST, c.letter COLLATE \"ru-RU-x-icu\","
        "          sj.name COLLATE \"ru-RU-x-icu\", g.name COLLATE \"ru-RU-x-icu\""),
        {today, today, ctx.caller.schoolId, yearId, classId, classId});
    QCborArray out;
    while (q.next())
        out.append(QCborMap{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("academicYearId"), yearId},
            {QStringLiteral("kind"), q.value(1).toString()},
            {QStringLiteral("name"), q.value(2).toString()},
            {QStringLiteral("classId"), cborOf(q.value(3))},
            {QStringLiteral("className"),
             q.value(3).isNull() ? QCborValue(QCborValue::Null)
                                 : QCborValue(className(q.value(4).toInt(), q.value(5).toString()))},
            {QStringLiteral("subjectId"), cborOf(q.value(6))},
            {QStringLiteral("subjectName"), cborOf(q.value(7))},
            {QStringLiteral("memberCount"), q.value(8).toLongLong()}});
    return out;
}

QCborValue createGroup(RequestContext &ctx)
{
    const YearInfo year = writableYear(ctx, ctx.integer(QStringLiteral("academicYearId")));
    GroupInfo g{0, year.id, ctx.text(QStringLiteral("kind")), trimmedText(ctx, QStringLiteral("name")),
                ctx.integer(QStringLiteral("classId")), ctx.integer(QStringLiteral("subjectId"))};
    if (!kKinds.contains(g.kind))
        invalid(QStringLiteral("kind"), QStringLiteral("must be subgroup, stream, elective or individual"),
                QStringLiteral("unknown kind of group «%1»").arg(g.kind));
    if (g.kind == QLatin1String("subgroup") && g.classId == 0)
        invalid(QStringLiteral("classId"), QStringLiteral("required for a subgroup"),
                QStringLiteral("a subgroup needs the class it splits"));
    if (g.classId != 0 && classOf(ctx, g.classId).yearId != year.id)
        invalid(QStringLiteral("classId"), QStringLiteral("belongs to another year"),
                QStringLiteral("the class is not of %1").arg(year.name));
    if (g.subjectId != 0)
        subjectShortName(ctx, g.subjectId);
    requireFreeName(ctx, year, g.name, 0);
    requireGroupScope(ctx, g);
    ctx.write([&](AuditRecord &audit) {
        g.id = insertGroup(ctx, g);
        audit = {QStringLiteral("group.create"), QStringLiteral("group"), QString::number(g.id), {},
                 QCborMap{{QStringLiteral("kind"), g.kind}, {QStringLiteral("name"), g.name},
                          {QStringLiteral("academicYearId"), g.yearId},
                          {QStringLiteral("classId"), g.classId},
                          {QStringLiteral("subjectId"), g.subjectId}},
                 {}, 0};
    });
    return QCborMap{{QStringLiteral("id"), g.id}};
}

QCborValue updateGroup(RequestContext &ctx)
{
    const GroupInfo group = groupOf(ctx, ctx.integer(QStringLiteral("id")));
    const YearInfo year = writableYear(ctx, group.yearId);
    requireGroupScope(ctx, group);
    const Fields fields{{"name", "name", FieldKind::Text},
                        {"subjectId", "subject_id", FieldKind::OptionalId}};
    const QCborMap before = readRow(ctx, "study_group", fields, group.id, QStringLiteral("study group"));
    const QCborMap after = mergeParams(ctx, fields, before);
    GroupInfo changed = group;
    changed.name = after.value(QStringLiteral("name")).toString();
    changed.subjectId = after.value(QStringLiteral("subjectId")).toInteger();
    requireFreeName(ctx, year, changed.name, group.id);
    if (changed.subjectId != 0)
        subjectShortName(ctx, changed.subjectId);
    requireGroupScope(ctx, changed);
    const Changes changes = diff(before, after);
    if (!changes.isEmpty())
        ctx.write([&](AuditRecord &audit) {
            updateRow(ctx, "study_group", fields, group.id, changes.after);
            audit = {QStringLiteral("group.update"), QStringLiteral("group"),
                     QString::number(group.id), changes.before, changes.after, {}, 0};
        });
    QCborMap out = readRow(ctx, "study_group", fields, group.id, QStringLiteral("study group"));
    out.insert(QStringLiteral("id"), group.id);
    out.insert(QStringLiteral("kind"), group.kind);
    out.insert(QStringLiteral("classId"), group.classId ? QCborValue(group.classId)
                                                        : QCborValue(QCborValue::Null));
    return out;
}

QCborValue groupMembers(RequestContext &ctx)
{
    const GroupInfo group = groupOf(ctx, ctx.integer(QStringLiteral("groupId")));
    const QDate date = dateParam(ctx, QStringLiteral("date"));
    return memberRows(ctx, group.id, date.isValid() ? date : QDate::currentDate());
}

QCborValue setGroupMembers(RequestContext &ctx)
{
    const GroupInfo group = groupOf(ctx, ctx.integer(QStringLiteral("groupId")));
    requireGroupScope(ctx, group);
    const YearInfo year = writableYear(ctx, group.yearId);
    const QDate date = dateParam(ctx, QStringLiteral("date"));
    requireWithin(date, year.startsOn, year.endsOn, QStringLiteral("date"),
                  QStringLiteral("%1: the date").arg(year.name));
    const QList<qint64> wanted = studentIdsParam(ctx);
    requireEligible(ctx, group, year, wanted, date);
    requireNotBeforeLatestChange(ctx, group, date);
    ctx.write([&](AuditRecord &audit) {
        const QList<OpenMembership> open = openMemberships(ctx, group.id);
        QList<qint64> current;
        for (const OpenMembership &m : open) {
            current.append(m.studentId);
            if (wanted.contains(m.studentId))
                continue;
            if (m.startsOn >= date)
                invalid(QStringLiteral("date"), QStringLiteral("removal on the joining day"),
                        QStringLiteral("%1 joined «%2» on %3; a removal must be dated later")
                            .arg(studentName(ctx, m.studentId), group.name, iso(m.startsOn)));
            ctx.sql.exec(QStringLiteral(
                "UPDATE group_member SET ends_on = ? WHERE school_id = ? AND id = ?"),
                {date.addDays(-1), ctx.caller.schoolId, m.id});
        }
        for (qint64 studentId : wanted)
            if (!current.contains(studentId))
                addMember(ctx, group.id, studentId, date);
        QList<qint64> after = wanted;
        std::sort(after.begin(), after.end());
        audit = {QStringLiteral("group.members"), QStringLiteral("group"),
                 QString::number(group.id),
                 QCborMap{{QStringLiteral("studentIds"), idArray(current)}},
                 QCborMap{{QStringLiteral("date"), iso(date)},
                          {QStringLiteral("studentIds"), idArray(after)}},
                 {}, 0};
    });
    return memberRows(ctx, group.id, date);
}

QCborValue splitClass(RequestContext &ctx)
{
    const ClassInfo cls = classOf(ctx, ctx.integer(QStringLiteral("classId")));
    const qint64 subjectId = ctx.integer(QStringLiteral("subjectId"));
    const QString subject = subjectShortName(ctx, subjectId);
    const YearInfo year = writableYear(ctx, cls.yearId);
    const QDate date = dateParam(ctx, QStringLiteral("date"));
    requireWithin(date, year.startsOn, year.endsOn, QStringLiteral("date"),
                  QStringLiteral("%1: the date").arg(year.name));
    requireGroupScope(ctx, GroupInfo{0, year.id, QStringLiteral("subgroup"), {}, cls.id, subjectId});
    QList<GroupInfo> groups;
    for (const QString &name : splitNames(ctx)) {
        const QString full = QStringLiteral("%1 %2 %3").arg(cls.name, subject, name);
        requireFreeName(ctx, year, full, 0);
        groups.append(GroupInfo{0, year.id, QStringLiteral("subgroup"), full, cls.id, subjectId});
    }
    const QList<qint64> students = classStudents(ctx, cls.id, date);
    QCborArray out;
    ctx.write([&](AuditRecord &audit) {
        const qsizetype k = groups.size();
        qsizetype next = 0;
        for (qsizetype i = 0; i < k; ++i) {
            GroupInfo &g = groups[i];
            g.id = insertGroup(ctx, g);
            // The first (n mod k) groups take one student more.
            const qsizetype size = students.size() / k + (i < students.size() % k ? 1 : 0);
            const QList<qint64> part = students.mid(next, size);
            next += size;
            for (qint64 studentId : part)
                addMember(ctx, g.id, studentId, date);
            out.append(QCborMap{{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name},
                                {QStringLiteral("studentIds"), idArray(part)}});
        }
        audit = {QStringLiteral("group.split"), QStringLiteral("class"), QString::number(cls.id),
                 {},
                 QCborMap{{QStringLiteral("subjectId"), subjectId},
                          {QStringLiteral("date"), iso(date)}, {QStringLiteral("groups"), out}},
                 {}, 0};
    });
    return out;
}

} // namespace ejournal::server::handlers::people

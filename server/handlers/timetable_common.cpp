// What the timetable handlers share: versions, entry and load rows, the readers' scope.
#include "timetable_common.h"

#include <algorithm>

namespace ejournal::server::handlers::timetable {

namespace {
// The version row's columns; callers add the WHERE.
const QString kVersionSelect = QStringLiteral(
    "SELECT v.id, v.name, v.valid_from,"
    "       coalesce((SELECT min(n.valid_from) - 1 FROM timetable_version n"
    "                  WHERE n.school_id = v.school_id"
    "                    AND n.academic_year_id = v.academic_year_id"
    "                    AND n.valid_from > v.valid_from), y.ends_on),"
    "       v.source, y.id, y.name, y.starts_on, y.ends_on, y.state"
    "  FROM timetable_version v"
    "  JOIN academic_year y ON y.school_id = v.school_id AND y.id = v.academic_year_id");

VersionInfo readVersion(const QSqlQuery &q)
{
    VersionInfo v;
    v.id = q.value(0).toLongLong();
    v.name = q.value(1).toString();
    v.validFrom = q.value(2).toDate();
    v.validTo = q.value(3).toDate();
    v.source = q.value(4).toString();
    v.year = {q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toDate(),
              q.value(8).toDate(), q.value(9).toString()};
    return v;
}

QCborValue idOrNull(const QVariant &value)
{
    return value.isNull() ? QCborValue(QCborValue::Null) : QCborValue(value.toLongLong());
}

QCborValue textOrNull(const QVariant &value)
{
    return value.isNull() ? QCborValue(QCborValue::Null) : QCborValue(value.toString());
}
} // namespace

QDate VersionInfo::referenceDate() const
{
    return std::clamp(QDate::currentDate(), validFrom, std::max(validFrom, validTo));
}

QCborMap VersionInfo::row(int entryCount) const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("academicYearId"), year.id},
            {QStringLiteral("name"), name},
            {QStringLiteral("validFrom"), iso(validFrom)},
            {QStringLiteral("validTo"), iso(validTo)},
            {QStringLiteral("source"), source},
            {QStringLiteral("entryCount"), entryCount}};
}

VersionInfo versionOf(const RequestContext &ctx, qint64 versionId)
{
    QSqlQuery q = ctx.sql.exec(kVersionSelect + QStringLiteral(" WHERE v.school_id = ? AND v.id = ?"),
                               {ctx.caller.schoolId, versionId});
    if (!q.next())
        throw fail(ErrorCode::NotFound,
                   QStringLiteral("no timetable version with id %1").arg(versionId));
    return readVersion(q);
}

VersionInfo versionOn(const RequestContext &ctx, const QDate &date)
{
    QSqlQuery q = ctx.sql.exec(kVersionSelect + QStringLiteral(
        " WHERE v.school_id = ? AND y.starts_on <= ? AND y.ends_on >= ? AND v.valid_from <= ?"
        " ORDER BY v.valid_from DESC LIMIT 1"), {ctx.caller.schoolId, date, date, date});
    return q.next() ? readVersion(q) : VersionInfo{};
}

QList<VersionInfo> versionsOfYear(const RequestContext &ctx, qint64 yearId)
{
    QSqlQuery q = ctx.sql.exec(kVersionSelect + QStringLiteral(
        " WHERE v.school_id = ? AND v.academic_year_id = ? ORDER BY v.valid_from"),
        {ctx.caller.schoolId, yearId});
    QList<VersionInfo> out;
    while (q.next())
        out.append(readVersion(q));
    return out;
}

int entryCount(const RequestContext &ctx, qint64 versionId)
{
    return ctx.sql.scalar(QStringLiteral(
        "SELECT count(*) FROM timetable_entry WHERE school_id = ? AND version_id = ?"),
        {ctx.caller.schoolId, versionId}).toInt();
}

QString loadJoins()
{
    return QStringLiteral(
        "  JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
        "  JOIN staff st ON st.school_id = a.school_id AND st.id = a.staff_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "  LEFT JOIN class_unit c ON c.school_id = a.school_id"
        "   AND c.id = coalesce(a.class_id, g.class_id)");
}

QString loadColumns()
{
    return QStringLiteral("a.id, a.subject_id, s.name, s.short_name, a.staff_id, %1, c.id,"
                          " c.grade || c.letter, a.group_id, g.name, a.hours_per_week")
        .arg(QLatin1String(kTeacherShort));
}

QCborMap loadFields(const QSqlQuery &q, int first)
{
    const auto at = [&](int i) { return q.value(first + i); };
    return {{QStringLiteral("assignmentId"), at(0).toLongLong()},
            {QStringLiteral("subjectId"), at(1).toLongLong()},
            {QStringLiteral("subjectName"), at(2).toString()},
            {QStringLiteral("subjectShort"), at(3).toString()},
            {QStringLiteral("staffId"), at(4).toLongLong()},
            {QStringLiteral("teacherName"), at(5).toString()},
            {QStringLiteral("classId"), idOrNull(at(6))},
            {QStringLiteral("className"), textOrNull(at(7))},
            {QStringLiteral("groupId"), idOrNull(at(8))},
            {QStringLiteral("groupName"), textOrNull(at(9))},
            {QStringLiteral("targetName"), at(9).isNull() ? at(7).toString() : at(9).toString()},
            {QStringLiteral("hoursPerWeek"), at(10).toDouble()}};
}

QString loadOrder()
{
    return QStringLiteral("c.grade NULLS LAST, c.letter %1, g.name %1 NULLS FIRST, s.name %1")
        .arg(QLatin1String(kCollate));
}

QCborArray entryRows(const RequestContext &ctx, qint64 versionId, const QString &condition,
                     const QVariantList &binds)
{
    QSqlQuery q = ctx.sql.exec(
        QStringLiteral("SELECT e.id, e.weekday, e.lesson_no, coalesce(e.week_parity, 0),"
                       "       e.room_id, r.name, %1"
                       "  FROM timetable_entry e"
                       "  JOIN assignment a ON a.school_id = e.school_id AND a.id = e.assignment_id"
                       "%2"
                       "  LEFT JOIN room r ON r.school_id = e.school_id AND r.id = e.room_id"
                       " WHERE e.school_id = ? AND e.version_id = ? AND (%3)"
                       // Class letters by code point: an ICU comparison per row pair would
                       // cost more than the rest of the query on a whole school's week.
                       " ORDER BY e.weekday, e.lesson_no, coalesce(e.week_parity, 0),"
                       "          c.grade NULLS LAST, c.letter COLLATE \"C\", g.name %4 NULLS FIRST,"
                       "          e.id")
            .arg(loadColumns(), loadJoins(), condition, QLatin1String(kCollate)),
        QVariantList{ctx.caller.schoolId, versionId} + binds);
    QCborArray rows;
    while (q.next()) {
        QCborMap row{{QStringLiteral("id"), q.value(0).toLongLong()},
                     {QStringLiteral("weekday"), q.value(1).toInt()},
                     {QStringLiteral("lessonNo"), q.value(2).toInt()},
                     {QStringLiteral("weekParity"), q.value(3).toInt()},
                     {QStringLiteral("roomId"), idOrNull(q.value(4))},
                     {QStringLiteral("roomName"), textOrNull(q.value(5))}};
        const QCborMap load = loadFields(q, 6);
        for (auto it = load.begin(); it != load.end(); ++it)
            row.insert(it.key(), it.value());
        rows.append(row);
    }
    return rows;
}

QString concernsClass(qint64 classId, const QDate &date, QVariantList *binds)
{
    *binds << classId << classId << date << date << date << date;
    return QStringLiteral(
        "c.id = ? OR (a.group_id IS NOT NULL AND g.class_id IS NULL AND EXISTS ("
        " SELECT 1 FROM group_member gm"
        "   JOIN enrollment en ON en.school_id = gm.school_id AND en.student_id = gm.student_id"
        "  WHERE gm.school_id = a.school_id AND gm.group_id = a.group_id AND en.class_id = ?"
        "    AND gm.starts_on <= ? AND (gm.ends_on IS NULL OR gm.ends_on >= ?)"
        "    AND en.starts_on <= ? AND (en.ends_on IS NULL OR en.ends_on >= ?)))");
}

bool readsAsStaff(const RequestContext &ctx)
{
    const QList<Role> staffRoles{Role::Admin, Role::Director, Role::Deputy, Role::Teacher,
                                 Role::ClassTeacher, Role::Psychologist, Role::SocialPedagogue};
    for (Role role : ctx.caller.roles())
        if (staffRoles.contains(role))
            return true;
    return false;
}

QList<qint64> ownStudentIds(const RequestContext &ctx)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id FROM student WHERE school_id = ? AND user_id = ?"
        " UNION SELECT sg.student_id FROM student_guardian sg"
        "   JOIN guardian gu ON gu.school_id = sg.school_id AND gu.id = sg.guardian_id"
        "  WHERE sg.school_id = ? AND gu.user_id = ?"),
        {ctx.caller.schoolId, ctx.caller.userId, ctx.caller.schoolId, ctx.caller.userId});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void announceChange(RequestContext &ctx, qint64 versionId)
{
    ctx.change.events.append({QStringLiteral("timetable.changed"),
                              QCborMap{{QStringLiteral("versionId"), versionId}}});
}

int weekParityOn(const QDate &date, const QDate &yearStart)
{
    const QDate firstMonday = yearStart.addDays(1 - yearStart.dayOfWeek());
    return (firstMonday.daysTo(date) / 7) % 2 == 0 ? 1 : 2;
}

QString weekdayName(int weekday)
{
    static const QStringList names{QStringLiteral("Monday"), QStringLiteral("Tuesday"),
                                   QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                                   QStringLiteral("Friday"), QStringLiteral("Saturday")};
    return weekday >= 1 && weekday <= names.size() ? names.at(weekday - 1) : QString::number(weekday);
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace ejournal::server::handlers::timetable

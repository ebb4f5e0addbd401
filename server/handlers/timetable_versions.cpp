// Timetable versions: a timetable in force from its valid-from date until the next version of
// the year starts, so a new timetable from the second term keeps the first one's history.
// A version dated lessons were generated from keeps its start and cannot be deleted.
#include "timetable_common.h"
#include "timetable_handlers.h"

namespace ejournal::server::handlers {

using namespace timetable;

namespace {
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kValidFrom = QStringLiteral("validFrom");
const QString kCopyFrom = QStringLiteral("copyFromVersionId");

QString requiredName(const RequestContext &ctx)
{
    const QString name = ctx.text(kName).trimmed();
    if (name.isEmpty())
        throw fail(ErrorCode::Invalid, QStringLiteral("a timetable version needs a name"),
                   {{kName, QStringLiteral("must not be empty")}});
    return name;
}

void requireDateInYear(const QDate &date, const YearInfo &year)
{
    requireWithin(date, year.startsOn, year.endsOn, kValidFrom,
                  QStringLiteral("the start of the timetable"));
}

// Refuses a start date another version of the year already has.
void requireFreeDate(const RequestContext &ctx, const YearInfo &year, const QDate &date,
                     qint64 exceptId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT name FROM timetable_version WHERE school_id = ? AND academic_year_id = ?"
        "   AND valid_from = ? AND id <> ?"), {ctx.caller.schoolId, year.id, date, exceptId});
    if (q.next())
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the timetable «%1» already starts on %2")
                       .arg(q.value(0).toString(), iso(date)),
                   {{kValidFrom, QStringLiteral("another version starts on this date")}});
}

int generatedLessons(const RequestContext &ctx, qint64 versionId)
{
    return ctx.sql.scalar(QStringLiteral(
        "SELECT count(*) FROM lesson l"
        "  JOIN timetable_entry e ON e.school_id = l.school_id AND e.id = l.timetable_entry_id"
        " WHERE e.school_id = ? AND e.version_id = ?"), {ctx.caller.schoolId, versionId}).toInt();
}

// Refuses `what` ("deleted") while dated lessons come from the version's entries.
void requireNoLessons(const RequestContext &ctx, const VersionInfo &version, const QString &field,
                      const QString &what)
{
    const int lessons = generatedLessons(ctx, version.id);
    if (lessons > 0)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("%1 dated lessons were generated from the timetable «%2»; it"
                                  " cannot be %3").arg(lessons).arg(version.name, what),
                   {{field, QStringLiteral("%1 dated lessons come from it").arg(lessons)}});
}

// Locks the year's versions against a concurrent create, move or delete.
void lockYear(const RequestContext &ctx, qint64 yearId)
{
    ctx.sql.exec(QStringLiteral("SELECT 1 FROM academic_year WHERE school_id = ? AND id = ?"
                                " FOR NO KEY UPDATE"), {ctx.caller.schoolId, yearId});
}
} // namespace

QCborValue timetableVersions(RequestContext &ctx)
{
    const YearInfo year = yearOf(ctx, ctx.integer(QStringLiteral("academicYearId")));
    QCborArray rows;
    for (const VersionInfo &version : versionsOfYear(ctx, year.id))
        rows.append(version.row(entryCount(ctx, version.id)));
    return rows;
}

QCborValue createTimetableVersion(RequestContext &ctx)
{
    const YearInfo year = writableYear(ctx, ctx.integer(QStringLiteral("academicYearId")));
    const QString name = requiredName(ctx);
    const QDate validFrom = dateParam(ctx, kValidFrom);
    requireDateInYear(validFrom, year);
    const qint64 copyFrom = ctx.integer(kCopyFrom);
    if (copyFrom != 0 && versionOf(ctx, copyFrom).year.id != year.id)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("a timetable can be copied only from a version of %1")
                       .arg(year.name),
                   {{kCopyFrom, QStringLiteral("belongs to another academic year")}});
    qint64 id = 0;
    ctx.write([&](AuditRecord &audit) {
        lockYear(ctx, year.id);
        requireFreeDate(ctx, year, validFrom, 0);
        id = ctx.sql.scalar(QStringLiteral(
            "INSERT INTO timetable_version (school_id, academic_year_id, name, valid_from)"
            " VALUES (?, ?, ?, ?) RETURNING id"),
            {ctx.caller.schoolId, year.id, name, validFrom}).toLongLong();
        if (copyFrom != 0)
            ctx.sql.exec(QStringLiteral(
                "INSERT INTO timetable_entry (school_id, version_id, weekday, lesson_no,"
                " assignment_id, room_id, week_parity)"
                " SELECT school_id, ?, weekday, lesson_no, assignment_id, room_id, week_parity"
                "   FROM timetable_entry WHERE school_id = ? AND version_id = ?"),
                {id, ctx.caller.schoolId, copyFrom});
        QCborMap after = versionOf(ctx, id).row(entryCount(ctx, id));
        if (copyFrom != 0)
            after.insert(kCopyFrom, copyFrom);
        audit = {QStringLiteral("timetableVersion.create"), QStringLiteral("timetable_version"),
                 QString::number(id), {}, after, {}, 0};
    });
    announceChange(ctx, id);
    return versionOf(ctx, id).row(entryCount(ctx, id));
}

QCborValue updateTimetableVersion(RequestContext &ctx)
{
    const VersionInfo version = versionOf(ctx, ctx.integer(kId));
    writableYear(ctx, version.year.id);
    const QString name = ctx.params.contains(kName) ? requiredName(ctx) : version.name;
    const QDate validFrom = ctx.params.contains(kValidFrom) ? dateParam(ctx, kValidFrom)
                                                            : version.validFrom;
    requireDateInYear(validFrom, version.year);
    QCborMap before;
    QCborMap after;
    if (name != version.name) {
        before.insert(kName, version.name);
        after.insert(kName, name);
    }
    if (validFrom != version.validFrom) {
        before.insert(kValidFrom, iso(version.validFrom));
        after.insert(kValidFrom, iso(validFrom));
    }
    if (after.isEmpty())
        return version.row(entryCount(ctx, version.id));
    ctx.write([&](AuditRecord &audit) {
        lockYear(ctx, version.year.id);
        if (validFrom != version.validFrom) {
            requireNoLessons(ctx, version, kValidFrom, QStringLiteral("moved to another date"));
            requireFreeDate(ctx, version.year, validFrom, version.id);
        }
        ctx.sql.exec(QStringLiteral("UPDATE timetable_version SET name = ?, valid_from = ?"
                                    " WHERE school_id = ? AND id = ?"),
                     {name, validFrom, ctx.caller.schoolId, version.id});
        audit = {QStringLiteral("timetableVersion.update"), QStringLiteral("timetable_version"),
                 QString::number(version.id), before, after, {}, 0};
    });
    announceChange(ctx, version.id);
    return versionOf(ctx, version.id).row(entryCount(ctx, version.id));
}

QCborValue deleteTimetableVersion(RequestContext &ctx)
{
    const VersionInfo version = versionOf(ctx, ctx.integer(kId));
    writableYear(ctx, version.year.id);
    ctx.write([&](AuditRecord &audit) {
        lockYear(ctx, version.year.id);
        requireNoLessons(ctx, version, kId, QStringLiteral("deleted"));
        const QCborMap before = version.row(entryCount(ctx, version.id));
        ctx.sql.exec(QStringLiteral("DELETE FROM timetable_version WHERE school_id = ? AND id = ?"),
                     {ctx.caller.schoolId, version.id});
        audit = {QStringLiteral("timetableVersion.delete"), QStringLiteral("timetable_version"),
                 QString::number(version.id), before, {}, {}, 0};
    });
    announceChange(ctx, version.id);
    return QCborMap();
}

} // namespace ejournal::server::handlers

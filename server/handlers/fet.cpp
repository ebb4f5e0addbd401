// Handlers of the FET import methods: fet.preview reads a timetable FET computed (the .fet file
// with its timetable, or the timetable CSV export) and matches it to the school's year;
// fet.import loads it as a new timetable version in one transaction, every activity or nothing.
#include "routes.h"

#include "checks.h"
#include "fet_plan.h"
#include "timetable_common.h"

namespace ejournal::server::handlers {

namespace {
const QString kData = QStringLiteral("data");
const QString kFileName = QStringLiteral("fileName");
const QString kName = QStringLiteral("name");
const QString kValidFrom = QStringLiteral("validFrom");

// The .fet XML or the CSV export, by the file name's extension or else by the contents.
fet::File readFile(const RequestContext &ctx)
{
    const QByteArray data = ctx.params.value(kData).toByteArray();
    if (data.trimmed().isEmpty())
        throw fail(ErrorCode::Invalid, QStringLiteral("the FET file is empty"),
                   {{kData, QStringLiteral("must not be empty")}});
    const QString fileName = ctx.text(kFileName).toLower();
    if (fileName.endsWith(QLatin1String(".csv")))
        return fet::readFetCsv(data);
    if (fileName.endsWith(QLatin1String(".fet")) || fileName.endsWith(QLatin1String(".xml")))
        return fet::readFetXml(data);
    const QByteArray start = data.left(64).trimmed();
    const bool xml = start.startsWith('<') || start.startsWith("\xEF\xBB\xBF<");
    return xml ? fet::readFetXml(data) : fet::readFetCsv(data);
}

QCborMap mappingOf(const RequestContext &ctx)
{
    return ctx.params.value(QStringLiteral("mapping")).toMap();
}

QString versionName(const RequestContext &ctx)
{
    const QString name = ctx.text(kName).trimmed();
    if (name.isEmpty())
        throw fail(ErrorCode::Invalid, QStringLiteral("a timetable version needs a name"),
                   {{kName, QStringLiteral("must not be empty")}});
    return name;
}

// "{1,2,NULL}": a PostgreSQL array literal of ids (0 as NULL).
QString arrayOf(const QList<qint64> &values)
{
    QStringList items;
    for (const qint64 v : values)
        items.append(v == 0 ? QStringLiteral("NULL") : QString::number(v));
    return u'{' + items.join(u',') + u'}';
}

// Creates the rooms the mapping asked for; their ids by name.
QHash<QString, qint64> createRooms(const RequestContext &ctx, const QStringList &names)
{
    QHash<QString, qint64> out;
    for (const QString &name : names)
        out.insert(name, ctx.sql.scalar(QStringLiteral(
            "INSERT INTO room (school_id, name) VALUES (?, ?) RETURNING id"),
            {ctx.caller.schoolId, name.trimmed()}).toLongLong());
    return out;
}

// Locks the year's versions against a concurrent start on the same date, then refuses a date
// another version of the year starts on.
void requireFreeStart(const RequestContext &ctx, qint64 yearId, const QDate &validFrom)
{
    ctx.sql.exec(QStringLiteral("SELECT 1 FROM academic_year WHERE school_id = ? AND id = ?"
                                " FOR NO KEY UPDATE"), {ctx.caller.schoolId, yearId});
    const QVariant other = ctx.sql.scalar(QStringLiteral(
        "SELECT name FROM timetable_version WHERE school_id = ? AND academic_year_id = ?"
        "   AND valid_from = ?"), {ctx.caller.schoolId, yearId, validFrom});
    if (other.isValid())
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the timetable «%1» already starts on %2")
                       .arg(other.toString(), validFrom.toString(Qt::ISODate)),
                   {{kValidFrom, QStringLiteral("another version starts on this date")}});
}

qint64 insertVersion(const RequestContext &ctx, qint64 yearId, const QString &name,
                     const QDate &validFrom)
{
    requireFreeStart(ctx, yearId, validFrom);
    return ctx.sql.scalar(QStringLiteral(
        "INSERT INTO timetable_version (school_id, academic_year_id, name, valid_from, source)"
        " VALUES (?, ?, ?, ?, 'fet') RETURNING id"),
        {ctx.caller.schoolId, yearId, name, validFrom}).toLongLong();
}

void insertEntries(const RequestContext &ctx, qint64 versionId, const QList<fet::Entry> &entries,
                   const QHash<QString, qint64> &newRooms)
{
    QList<qint64> weekdays, lessons, assignments, rooms;
    for (const fet::Entry &e : entries) {
        weekdays.append(e.weekday);
        lessons.append(e.lessonNo);
        assignments.append(e.assignmentId);
        rooms.append(e.newRoom.isEmpty() ? e.roomId : newRooms.value(e.newRoom));
    }
    ctx.sql.exec(QStringLiteral(
        "INSERT INTO timetable_entry (school_id, version_id, weekday, lesson_no, assignment_id,"
        " room_id)"
        " SELECT ?, ?, e.w, e.l, e.a, e.r"
        "   FROM unnest(?::smallint[], ?::smallint[], ?::bigint[], ?::bigint[]) AS e(w, l, a, r)"),
        {ctx.caller.schoolId, versionId, arrayOf(weekdays), arrayOf(lessons),
         arrayOf(assignments), arrayOf(rooms)});
}

QCborValue previewFet(RequestContext &ctx)
{
    const YearInfo year = yearOf(ctx, ctx.integer(QStringLiteral("academicYearId")));
    const fet::Plan plan(ctx, year.id, readFile(ctx), mappingOf(ctx));
    return plan.preview();
}

QCborValue importFet(RequestContext &ctx)
{
    const YearInfo year = writableYear(ctx, ctx.integer(QStringLiteral("academicYearId")));
    const QString name = versionName(ctx);
    const QDate validFrom = dateParam(ctx, kValidFrom);
    requireWithin(validFrom, year.startsOn, year.endsOn, kValidFrom,
                  QStringLiteral("the start of the timetable"));
    const fet::Plan plan(ctx, year.id, readFile(ctx), mappingOf(ctx));
    plan.requireReady();
    const QList<fet::Entry> entries = plan.entries();
    const QStringList newRooms = plan.newRooms();
    qint64 versionId = 0;
    ctx.write([&](AuditRecord &audit) {
        versionId = insertVersion(ctx, year.id, name, validFrom);
        const QHash<QString, qint64> rooms = createRooms(ctx, newRooms);
        insertEntries(ctx, versionId, entries, rooms);
        audit = {QStringLiteral("timetableVersion.import"), QStringLiteral("timetable_version"),
                 QString::number(versionId), {},
                 QCborMap{{kName, name},
                          {kValidFrom, validFrom.toString(Qt::ISODate)},
                          {QStringLiteral("source"), QStringLiteral("fet")},
                          {kFileName, ctx.text(kFileName)},
                          {QStringLiteral("activities"), plan.activityCount()},
                          {QStringLiteral("entries"), entries.size()},
                          {QStringLiteral("roomsCreated"), QCborArray::fromStringList(newRooms)}},
                 {}, 0};
    });
    timetable::announceChange(ctx, versionId);
    const timetable::VersionInfo version = timetable::versionOf(ctx, versionId);
    return QCborMap{{QStringLiteral("version"), version.row(timetable::entryCount(ctx, versionId))},
                    {QStringLiteral("activities"), plan.activityCount()},
                    {QStringLiteral("entries"), entries.size()},
                    {QStringLiteral("roomsCreated"), QCborArray::fromStringList(newRooms)}};
}
} // namespace

QList<Route> fetRoutes()
{
    return {
        {"fet.preview", previewFet},
        {"fet.import", importFet},
    };
}

} // namespace ejournal::server::handlers

// rooms.* handlers: the school's rooms (кабинеты). Room names ("214") are unique in the school;
// capacity is optional (0 in a request clears it); a room out of use is archived.
#include "structure_common.h"
#include "structure_handlers.h"

namespace ejournal::server::handlers::structure {

namespace {
constexpr int kMaxCapacity = 1000;

struct Room
{
    qint64 id = 0;
    QString name;
    QString title = QStringLiteral("");  // '' rather than a null string: the column is NOT NULL
    int capacity = 0;  // 0: not known
    bool archived = false;
};

QCborMap roomFields(const Room &r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("capacity"),
             r.capacity ? QCborValue(r.capacity) : QCborValue(QCborValue::Null)}};
}

QCborMap roomRow(const Room &r)
{
    QCborMap row = roomFields(r);
    row.insert(QStringLiteral("id"), r.id);
    row.insert(QStringLiteral("archived"), r.archived);
    return row;
}

QVariant capacityBind(int capacity)
{
    return capacity ? QVariant(capacity) : QVariant(QMetaType::fromType<int>());
}

// Rooms of the school, numbered ones by number ("9" before "10", "214а" after "214"), then
// the others by name; one room when roomId is not 0.
QList<Room> readRooms(const RequestContext &ctx, qint64 roomId, bool includeArchived)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, name, title, coalesce(capacity, 0), archived FROM room"
        " WHERE school_id = ? AND (?::bigint = 0 OR id = ?) AND (?::boolean OR NOT archived)"
        " ORDER BY substring(name from '^[0-9]+')::numeric NULLS LAST, name COLLATE \"ru-RU-x-icu\", id"),
        {ctx.caller.schoolId, roomId, roomId, includeArchived});
    QList<Room> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toInt(), q.value(4).toBool()});
    return out;
}

Room roomOf(const RequestContext &ctx, qint64 id)
{
    const QList<Room> found = readRooms(ctx, id, true);
    if (found.isEmpty())
        throw fail(ErrorCode::NotFound, QStringLiteral("no room with id %1").arg(id));
    return found.first();
}

// The request's fields applied to a room (all of them for create), checked.
Room merged(const RequestContext &ctx, Room r)
{
    r.name = requiredText(textOr(ctx, QStringLiteral("name"), r.name), QStringLiteral("name"));
    r.title = textOr(ctx, QStringLiteral("title"), r.title).trimmed();
    const qint64 capacity = ctx.integer(QStringLiteral("capacity"), r.capacity);
    if (capacity < 0 || capacity > kMaxCapacity)
        invalid(QStringLiteral("capacity"),
                QStringLiteral("must be from 1 to %1 (0: not known)").arg(kMaxCapacity),
                QStringLiteral("a room capacity of %1 is not possible").arg(capacity));
    r.capacity = int(capacity);
    return r;
}

void requireUniqueName(const RequestContext &ctx, const Room &r)
{
    requireUnique(ctx, "room", "name", r.name, r.id, QStringLiteral("name"),
                  QStringLiteral("room"), QStringLiteral("name"));
}

QString takenMessage(const QString &name)
{
    return QStringLiteral("the room «%1» already exists").arg(name);
}
} // namespace

QCborValue listRooms(RequestContext &ctx)
{
    QCborArray out;
    for (const Room &r : readRooms(ctx, 0, ctx.params.value(QStringLiteral("includeArchived")).toBool()))
        out.append(roomRow(r));
    return out;
}

QCborValue createRoom(RequestContext &ctx)
{
    Room r = merged(ctx, {});
    writeUnique(ctx, QStringLiteral("name"), takenMessage(r.name), [&](AuditRecord &audit) {
        requireUniqueName(ctx, r);
        r.id = ctx.sql.scalar(QStringLiteral(
            "INSERT INTO room (school_id, name, title, capacity) VALUES (?, ?, ?, ?) RETURNING id"),
            {ctx.caller.schoolId, r.name, r.title, capacityBind(r.capacity)}).toLongLong();
        audit = {QStringLiteral("room.create"), QStringLiteral("room"), QString::number(r.id),
                 {}, roomFields(r), {}, 0};
    });
    return roomRow(r);
}

QCborValue updateRoom(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    Room r;
    writeUnique(ctx, QStringLiteral("name"),
                takenMessage(ctx.text(QStringLiteral("name"))),
                [&](AuditRecord &audit) {
        const Room before = roomOf(ctx, id);
        r = merged(ctx, before);
        requireUniqueName(ctx, r);
        ctx.sql.exec(QStringLiteral(
            "UPDATE room SET name = ?, title = ?, capacity = ? WHERE school_id = ? AND id = ?"),
            {r.name, r.title, capacityBind(r.capacity), ctx.caller.schoolId, id});
        const Changes changes = diff(roomFields(before), roomFields(r));
        audit = {QStringLiteral("room.update"), QStringLiteral("room"), QString::number(id),
                 changes.before, changes.after, {}, 0};
    });
    return roomRow(r);
}

QCborValue archiveRoom(RequestContext &ctx)
{
    setArchived(ctx, "room", QStringLiteral("room"));
    return roomRow(roomOf(ctx, ctx.integer(QStringLiteral("id"))));
}

} // namespace ejournal::server::handlers::structure

// The edited timetable version: saved entries, the unsaved batch, undo and conflicts.
#include "timetabledocument.h"

#include "errortext.h"
#include "serverconnection.h"

namespace ejournal::client {

namespace {
const QString kOp = QStringLiteral("op");
const QString kEntryId = QStringLiteral("entryId");
const QString kWeekday = QStringLiteral("weekday");
const QString kLessonNo = QStringLiteral("lessonNo");
const QString kRoomId = QStringLiteral("roomId");
const QString kParity = QStringLiteral("weekParity");

qint64 integer(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toInteger();
}

QString text(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString();
}
} // namespace

TimetableLoad TimetableLoad::fromMap(const QCborMap &m)
{
    TimetableLoad load;
    load.assignmentId = integer(m, "assignmentId");
    load.subjectName = text(m, "subjectName");
    load.subjectShort = text(m, "subjectShort");
    load.staffId = integer(m, "staffId");
    load.teacherName = text(m, "teacherName");
    load.classId = integer(m, "classId");
    load.className = text(m, "className");
    load.groupId = integer(m, "groupId");
    load.targetName = text(m, "targetName");
    load.hoursPerWeek = m.value(QLatin1String("hoursPerWeek")).toDouble();
    if (load.subjectShort.isEmpty())
        load.subjectShort = load.subjectName;
    return load;
}

TimetableDocument::TimetableDocument(ServerConnection *connection, bool canEdit, QObject *parent)
    : QObject(parent), m_connection(connection), m_canEdit(canEdit), m_get(connection, this),
      m_unplaced(connection, this), m_check(connection, this)
{
}

void TimetableDocument::setRooms(const QList<TimetableRoom> &rooms)
{
    m_rooms = rooms;
    emit entriesChanged();
}

QString TimetableDocument::roomName(qint64 roomId) const
{
    for (const TimetableRoom &room : m_rooms)
        if (room.id == roomId)
            return room.name;
    return {};
}

void TimetableDocument::load(qint64 versionId)
{
    m_versionId = versionId;
    m_ops.clear();
    m_undo.clear();
    m_saved.clear();
    m_loads.clear();
    m_conflicts.clear();
    m_version = {};
    if (versionId == 0) {
        m_loading = false;
        apply();
        emit conflictsChanged();
        emit loaded();
        return;
    }
    m_loading = true;
    m_waiting = m_canEdit ? 2 : 1;
    const auto done = [this] {
        if (--m_waiting > 0)
            return;
        m_loading = false;
        apply();
        emit conflictsChanged();
        emit loaded();
    };
    const QCborMap params{{QStringLiteral("versionId"), versionId}};
    m_get.send(QStringLiteral("timetable.get"), params, [this, done](const Reply &reply) {
        if (!reply.ok()) {
            m_loading = false;
            emit failed(ErrorText::forReply(reply));
            return;
        }
        const QCborMap result = reply.result.toMap();
        m_version = result.value(QLatin1String("version")).toMap();
        takeEntries(result.value(QLatin1String("entries")).toArray());
        m_conflicts = parseConflicts(result.value(QLatin1String("conflicts")).toArray());
        done();
    });
    if (m_canEdit)
        m_unplaced.send(QStringLiteral("timetable.unplaced"), params, [this, done](const Reply &reply) {
            if (!reply.ok()) {
                m_loading = false;
                emit failed(ErrorText::forReply(reply));
                return;
            }
            addLoads(reply.result.toArray());
            done();
        });
}

void TimetableDocument::takeEntries(const QCborArray &entries)
{
    addLoads(entries);
    for (const QCborValue &value : entries) {
        const QCborMap m = value.toMap();
        m_saved.append(TimetableEntry{integer(m, "id"), int(integer(m, "weekday")),
                                      int(integer(m, "lessonNo")), int(integer(m, "weekParity")),
                                      integer(m, "roomId"), integer(m, "assignmentId"), false});
        const qint64 room = integer(m, "roomId");
        if (room != 0 && roomName(room).isEmpty())
            m_rooms.append(TimetableRoom{room, text(m, "roomName"), 0});
    }
}

void TimetableDocument::showWeek(const QCborMap &version, const QCborArray &entries)
{
    m_canEdit = false;
    load(0);
    m_version = version;
    m_versionId = version.value(QLatin1String("id")).toInteger();
    takeEntries(entries);
    apply();
    emit loaded();
}

void TimetableDocument::addLoads(const QCborArray &rows)
{
    for (const QCborValue &value : rows) {
        const TimetableLoad load = TimetableLoad::fromMap(value.toMap());
        m_loads.insert(load.assignmentId, load);
    }
}

const TimetableEntry *TimetableDocument::entry(qint64 id) const
{
    for (const TimetableEntry &e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

double TimetableDocument::placed(qint64 assignmentId) const
{
    double sum = 0;
    for (const TimetableEntry &e : m_entries)
        if (e.assignmentId == assignmentId)
            sum += e.weekParity == 0 ? 1.0 : 0.5;
    return sum;
}

QList<qint64> TimetableDocument::entriesAt(int weekday, int lessonNo) const
{
    QList<qint64> ids;
    for (const TimetableEntry &e : m_entries)
        if (e.weekday == weekday && e.lessonNo == lessonNo)
            ids.append(e.id);
    return ids;
}

void TimetableDocument::edit(const std::function<void()> &change)
{
    if (!m_canEdit || m_versionId == 0)
        return;
    m_undo.append(m_ops);
    change();
    apply();
    check();
}

TimetableDocument::Op *TimetableDocument::addOpOf(qint64 localId)
{
    for (Op &op : m_ops)
        if (op.localId == localId && op.change.value(kOp).toString() == QLatin1String("add"))
            return &op;
    return nullptr;
}

void TimetableDocument::add(qint64 assignmentId, int weekday, int lessonNo, qint64 roomId, int parity)
{
    edit([&] {
        QCborMap change{{kOp, QStringLiteral("add")},
                        {QStringLiteral("assignmentId"), assignmentId},
                        {kWeekday, weekday},
                        {kLessonNo, lessonNo}};
        if (roomId > 0)
            change.insert(kRoomId, roomId);
        if (parity > 0)
            change.insert(kParity, parity);
        m_ops.append(Op{change, m_nextLocalId--});
    });
}

void TimetableDocument::moveOne(qint64 id, int weekday, int lessonNo)
{
    if (Op *add = addOpOf(id)) {
        add->change.insert(kWeekday, weekday);
        add->change.insert(kLessonNo, lessonNo);
        return;
    }
    m_ops.append(Op{QCborMap{{kOp, QStringLiteral("move")},
                             {kEntryId, id},
                             {kWeekday, weekday},
                             {kLessonNo, lessonNo}},
                    id});
}

void TimetableDocument::move(const QList<qint64> &ids, int weekday, int lessonNo)
{
    edit([&] {
        for (qint64 id : ids)
            moveOne(id, weekday, lessonNo);
    });
}

void TimetableDocument::swap(const QList<qint64> &ids, const QList<qint64> &others, int weekday,
                             int lessonNo)
{
    const TimetableEntry *first = ids.isEmpty() ? nullptr : entry(ids.first());
    if (!first)
        return;
    const int fromWeekday = first->weekday;
    const int fromLesson = first->lessonNo;
    edit([&] {
        for (qint64 id : ids)
            moveOne(id, weekday, lessonNo);
        for (qint64 id : others)
            moveOne(id, fromWeekday, fromLesson);
    });
}

void TimetableDocument::remove(const QList<qint64> &ids)
{
    edit([&] {
        for (qint64 id : ids) {
            if (id < 0) {
                m_ops.removeIf([id](const Op &op) { return op.localId == id; });
                continue;
            }
            m_ops.append(Op{QCborMap{{kOp, QStringLiteral("remove")}, {kEntryId, id}}, id});
        }
    });
}

void TimetableDocument::setRoom(qint64 id, qint64 roomId)
{
    edit([&] {
        if (Op *add = addOpOf(id)) {
            if (roomId > 0)
                add->change.insert(kRoomId, roomId);
            else
                add->change.remove(kRoomId);
            return;
        }
        m_ops.append(Op{QCborMap{{kOp, QStringLiteral("setRoom")}, {kEntryId, id}, {kRoomId, roomId}},
                        id});
    });
}

void TimetableDocument::setParity(qint64 id, int parity)
{
    const TimetableEntry *current = entry(id);
    if (!current || current->weekParity == parity)
        return;
    const int weekday = current->weekday;
    const int lessonNo = current->lessonNo;
    edit([&] {
        if (Op *add = addOpOf(id)) {
            if (parity > 0)
                add->change.insert(kParity, parity);
            else
                add->change.remove(kParity);
            return;
        }
        m_ops.append(Op{QCborMap{{kOp, QStringLiteral("move")},
                                 {kEntryId, id},
                                 {kWeekday, weekday},
                                 {kLessonNo, lessonNo},
                                 {kParity, parity}},
                        id});
    });
}

void TimetableDocument::undo()
{
    if (m_undo.isEmpty())
        return;
    m_ops = m_undo.takeLast();
    apply();
    check();
}

void TimetableDocument::apply()
{
    m_entries = m_saved;
    for (const Op &op : std::as_const(m_ops)) {
        const QString kind = op.change.value(kOp).toString();
        const QCborMap &c = op.change;
        if (kind == QLatin1String("add")) {
            m_entries.append(TimetableEntry{op.localId, int(c.value(kWeekday).toInteger()),
                                            int(c.value(kLessonNo).toInteger()),
                                            int(c.value(kParity).toInteger()),
                                            c.value(kRoomId).toInteger(),
                                            c.value(QLatin1String("assignmentId")).toInteger(), true});
            continue;
        }
        const qint64 id = c.value(kEntryId).toInteger();
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            TimetableEntry &e = m_entries[i];
            if (e.id != id)
                continue;
            if (kind == QLatin1String("remove")) {
                m_entries.removeAt(i);
                break;
            }
            if (c.contains(kWeekday))
                e.weekday = int(c.value(kWeekday).toInteger());
            if (c.contains(kLessonNo))
                e.lessonNo = int(c.value(kLessonNo).toInteger());
            if (c.contains(kParity))
                e.weekParity = int(c.value(kParity).toInteger());
            if (c.contains(kRoomId))
                e.roomId = c.value(kRoomId).toInteger();
            e.changed = true;
            break;
        }
    }
    emit entriesChanged();
}

QCborArray TimetableDocument::changes() const
{
    QCborArray out;
    for (const Op &op : m_ops)
        out.append(op.change);
    return out;
}

void TimetableDocument::check()
{
    if (!canEdit())
        return;
    QList<qint64> changeIds;
    for (const Op &op : std::as_const(m_ops))
        changeIds.append(op.localId);
    m_check.send(QStringLiteral("timetable.check"),
                 {{QStringLiteral("versionId"), m_versionId}, {QStringLiteral("changes"), changes()}},
                 [this, changeIds](const Reply &reply) {
                     if (!reply.ok()) {
                         emit failed(ErrorText::forReply(reply));
                         return;
                     }
                     m_conflicts = parseConflicts(
                         reply.result.toMap().value(QLatin1String("conflicts")).toArray(), changeIds);
                     emit conflictsChanged();
                 });
}

void TimetableDocument::save(const QStringList &acceptWarnings)
{
    if (m_ops.isEmpty() || m_saving)
        return;
    QCborMap params{{QStringLiteral("versionId"), m_versionId}, {QStringLiteral("changes"), changes()}};
    if (!acceptWarnings.isEmpty())
        params.insert(QStringLiteral("acceptWarnings"), QCborArray::fromStringList(acceptWarnings));
    QList<qint64> changeIds;
    for (const Op &op : std::as_const(m_ops))
        changeIds.append(op.localId);
    const int count = int(m_ops.size());
    m_saving = true;
    m_connection->request(QStringLiteral("timetable.save"), params, this,
                          [this, changeIds, count](const Reply &reply) {
        m_saving = false;
        if (reply.ok()) {
            emit saved(count);
            reload();
            return;
        }
        const QCborMap details = reply.error.details;
        if (reply.isError(ErrorCode::Invalid) && details.contains(QLatin1String("conflicts"))) {
            const QList<TimetableConflict> blocking =
                parseConflicts(details.value(QLatin1String("conflicts")).toArray(), changeIds);
            // The warnings to accept are those among the blocking conflicts (details.acceptWarnings
            // says the same in a sentence).
            QStringList acceptable;
            bool onlyWarnings = true;
            for (const TimetableConflict &c : blocking) {
                if (c.severity == QLatin1String("error"))
                    onlyWarnings = false;
                else if (c.severity == QLatin1String("warning") && !acceptable.contains(c.code))
                    acceptable.append(c.code);
            }
            onlyWarnings = onlyWarnings && !acceptable.isEmpty();
            emit saveRefused(blocking, acceptable, onlyWarnings);
            return;
        }
        emit failed(ErrorText::forReply(reply));
    });
}

QList<TimetableConflict> TimetableDocument::parseConflicts(const QCborArray &array,
                                                           const QList<qint64> &changeIds)
{
    QList<TimetableConflict> out;
    for (const QCborValue &value : array) {
        const QCborMap m = value.toMap();
        TimetableConflict c;
        c.code = text(m, "code");
        c.severity = text(m, "severity");
        c.message = text(m, "message");
        const QCborValue weekday = m.value(QLatin1String("weekday"));
        const QCborValue lessonNo = m.value(QLatin1String("lessonNo"));
        c.weekday = weekday.isInteger() ? int(weekday.toInteger()) : 0;
        c.lessonNo = lessonNo.isInteger() ? int(lessonNo.toInteger()) : -1;
        c.name = text(m, "name");
        c.other = text(m, "other");
        c.amount = m.value(QLatin1String("amount")).toDouble();
        c.limit = m.value(QLatin1String("limit")).toDouble();
        for (const QCborValue &id : m.value(QLatin1String("entries")).toArray())
            c.entryIds.append(id.toInteger());
        for (const QCborValue &index : m.value(QLatin1String("changes")).toArray()) {
            const qsizetype i = index.toInteger();
            c.involvesChanges = true;
            if (i >= 0 && i < changeIds.size() && !c.entryIds.contains(changeIds.at(i)))
                c.entryIds.append(changeIds.at(i));
        }
        out.append(c);
    }
    return out;
}

} // namespace ejournal::client

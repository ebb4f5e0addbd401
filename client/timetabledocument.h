// The timetable version being edited: the whole school's entries as saved (one timetable.get),
// the load they come from, the deputy's unsaved changes as the batch timetable.save takes
// (applied locally so the grid shows them at once, undone step by step), and the conflicts
// timetable.check finds for the batch after every change (only the newest answer counts).
#pragma once

#include "latestrequest.h"
#include "reply.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace ejournal::client {

class ServerConnection;

// One load (учебная нагрузка) as the timetable names it.
struct TimetableLoad
{
    qint64 assignmentId = 0;
    QString subjectName;
    QString subjectShort;
    qint64 staffId = 0;
    QString teacherName;
    qint64 classId = 0;  // the class, or the class a subgroup splits; 0 for streams
    QString className;
    qint64 groupId = 0;
    QString targetName;  // "5А" or the group's name
    double hoursPerWeek = 0;

    static TimetableLoad fromMap(const QCborMap &map);
};

struct TimetableEntry
{
    qint64 id = 0;  // the saved entry's id; negative for one added in this session
    int weekday = 0;
    int lessonNo = 0;
    int weekParity = 0;  // 0 every week, 1 odd, 2 even
    qint64 roomId = 0;
    qint64 assignmentId = 0;
    bool changed = false;  // differs from what is saved
};

struct TimetableConflict
{
    QString code;
    QString severity;
    QString message;
    int weekday = 0;   // 0: the whole week
    int lessonNo = -1; // -1: the whole day
    QString name;
    QString other;
    double amount = 0;
    double limit = 0;
    QList<qint64> entryIds;  // local entry ids (negative: unsaved additions)
    bool involvesChanges = false;
};

struct TimetableRoom
{
    qint64 id = 0;
    QString name;
    int capacity = 0;
};

class TimetableDocument : public QObject
{
    Q_OBJECT
public:
    TimetableDocument(ServerConnection *connection, bool canEdit, QObject *parent = nullptr);

    bool canEdit() const { return m_canEdit && m_versionId != 0; }
    // Off for a closed year (the role allows editing, the year does not).
    void setCanEdit(bool canEdit) { m_canEdit = canEdit; }
    qint64 versionId() const { return m_versionId; }
    QCborMap version() const { return m_version; }

    // Loads the version's entries, conflicts and (for the deputy) unplaced load; drops
    // unsaved changes. versionId 0 clears.
    void load(qint64 versionId);
    void reload() { load(m_versionId); }
    // A week read elsewhere (timetable.forStudent): shown read-only.
    void showWeek(const QCborMap &version, const QCborArray &entries);
    // Asks the server for the conflicts of the unsaved batch (after forbidden slots changed).
    void check();
    bool isLoading() const { return m_loading; }
    // The rooms (for names, capacities and the room dialog).
    void setRooms(const QList<TimetableRoom> &rooms);
    const QList<TimetableRoom> &rooms() const { return m_rooms; }
    QString roomName(qint64 roomId) const;

    // The entries as they are now, unsaved changes included.
    const QList<TimetableEntry> &entries() const { return m_entries; }
    const TimetableEntry *entry(qint64 id) const;
    TimetableLoad loadOf(qint64 assignmentId) const { return m_loads.value(assignmentId); }
    QList<TimetableLoad> loads() const { return m_loads.values(); }
    // Lessons a week placed for the load now (odd/even entries count half).
    double placed(qint64 assignmentId) const;
    const QList<TimetableConflict> &conflicts() const { return m_conflicts; }
    // The slot's entries (whatever view).
    QList<qint64> entriesAt(int weekday, int lessonNo) const;

    // Edits: each is one step of undo; the conflicts are re-checked afterwards.
    void add(qint64 assignmentId, int weekday, int lessonNo, qint64 roomId, int parity);
    // Moves entries to another slot (keeping their parity and room unless a room is given).
    void move(const QList<qint64> &ids, int weekday, int lessonNo);
    // Moves `ids` to (weekday, lessonNo) and `others` to the slot of ids' first entry.
    void swap(const QList<qint64> &ids, const QList<qint64> &others, int weekday, int lessonNo);
    void remove(const QList<qint64> &ids);
    void setRoom(qint64 id, qint64 roomId);
    void setParity(qint64 id, int parity);

    bool isModified() const { return !m_ops.isEmpty(); }
    int changeCount() const { return int(m_ops.size()); }
    bool canUndo() const { return !m_undo.isEmpty(); }
    void undo();
    // Sends the batch; acceptWarnings names the warning codes the deputy accepted.
    void save(const QStringList &acceptWarnings = {});
    // The batch as timetable.save takes it.
    QCborArray changes() const;

    // Reads the server's conflict list; changeIds maps the batch's change indices to entries.
    static QList<TimetableConflict> parseConflicts(const QCborArray &array,
                                                   const QList<qint64> &changeIds = {});

signals:
    void loaded();
    void failed(const QString &message);
    // The entries or the unsaved batch changed (the conflicts follow later).
    void entriesChanged();
    void conflictsChanged();
    void saved(int changes);
    // A save was refused: the blocking conflicts, the warnings that could be accepted and
    // whether accepting them would be enough.
    void saveRefused(const QList<TimetableConflict> &blocking, const QStringList &acceptable,
                     bool onlyWarnings);

private:
    struct Op
    {
        QCborMap change;
        qint64 localId = 0;  // the entry the change is about (negative for an addition)
    };

    void edit(const std::function<void()> &change);
    void apply();
    void addLoads(const QCborArray &rows);
    void takeEntries(const QCborArray &entries);
    Op *addOpOf(qint64 localId);
    void moveOne(qint64 id, int weekday, int lessonNo);

    ServerConnection *m_connection;
    bool m_canEdit;
    LatestRequest m_get;
    LatestRequest m_unplaced;
    LatestRequest m_check;
    qint64 m_versionId = 0;
    QCborMap m_version;
    bool m_loading = false;
    int m_waiting = 0;
    QList<TimetableEntry> m_saved;
    QList<TimetableEntry> m_entries;
    QHash<qint64, TimetableLoad> m_loads;
    QList<TimetableRoom> m_rooms;
    QList<TimetableConflict> m_conflicts;
    QList<Op> m_ops;
    QList<QList<Op>> m_undo;
    qint64 m_nextLocalId = -1;
    bool m_saving = false;
};

} // namespace ejournal::client

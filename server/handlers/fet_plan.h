// A FET file matched to a school year: each FET name with the item of the school it stands for
// (found by name, or as the request's mapping says), each placed activity as timetable entries
// (one per lesson and load row: same teacher, subject and class or group), and each problem
// that keeps an activity out, with the activities it concerns.
#pragma once

#include "fet_file.h"
#include "fet_names.h"
#include "fet_slots.h"
#include "requestcontext.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>
#include <QSet>

namespace ejournal::server::handlers::fet {

struct Entry
{
    int weekday = 0;
    int lessonNo = 0;
    qint64 assignmentId = 0;
    qint64 roomId = 0;  // 0: no room, or newRoom
    QString newRoom;    // a room the import creates (the mapping said {"create": true})
};

struct Problem
{
    QString message;
    QList<int> activityIds;
    int line = 0;  // a CSV line, for problems of the file itself
};

class Plan
{
public:
    // Reads the school's staff, subjects, rooms, classes and groups of the year, shift 1's bells
    // and the year's load, then matches the file. `mapping` is the request's parameter; one
    // naming what the school does not have is refused (`invalid`, details.mapping).
    Plan(const RequestContext &ctx, qint64 yearId, File file, const QCborMap &mapping);
    // Matches point into the plan's own indexes.
    Plan(const Plan &) = delete;
    Plan &operator=(const Plan &) = delete;

    QCborMap preview() const;
    // Every activity resolved, and at least one.
    bool ready() const { return m_problems.isEmpty() && entryCount() > 0; }
    // Throws `invalid` with details.problems (the messages) unless ready().
    void requireReady() const;
    QList<Entry> entries() const;
    QStringList newRooms() const;  // the rooms the entries need created
    int activityCount() const { return int(m_activities.size()); }
    int entryCount() const { return int(entries().size()); }

private:
    struct Overrides
    {
        QHash<QString, const Known *> teachers;
        QHash<QString, const Known *> subjects;
        QHash<QString, const Known *> rooms;
        QHash<QString, const Known *> studentsSets;
        QSet<QString> roomsToCreate;
    };
    struct SetMatch
    {
        QList<const Known *> targets;  // the classes and groups the set stands for
        QString by;                    // "name", "mapping", "children"; empty when unmatched
        QList<const Known *> candidates;
    };
    struct ActivityPlan
    {
        const Activity *activity = nullptr;
        int weekday = 0;
        QList<int> lessons;
        QList<Entry> entries;
        QStringList problems;
    };

    void loadSchool(const RequestContext &ctx, qint64 yearId);
    void loadLoad(const RequestContext &ctx, qint64 yearId);
    void readMapping(const QCborMap &mapping);
    void readIds(const QCborMap &mapping, const QString &part, const NameIndex &index,
                 const QString &kind, QHash<QString, const Known *> &into);
    void readRooms(const QCborMap &mapping);
    void readStudentsSets(const QCborMap &mapping);

    static NameMatch resolve(const NameIndex &index, const QHash<QString, const Known *> &mapped,
                             const QString &name);
    SetMatch studentsSet(const QString &name, int depth = 0) const;
    ActivityPlan plan(const Activity &activity) const;
    void checkNames(const Activity &activity, ActivityPlan &p) const;
    void addEntries(const Activity &activity, ActivityPlan &p) const;
    void record(const ActivityPlan &p);

    QCborArray slotRows(const QList<Slot> &list, const char *valueKey) const;
    QCborArray nameRows(const QStringList &names, const NameIndex &index,
                        const QHash<QString, const Known *> &mapped, const char *idKey,
                        bool (*uses)(const Activity &, const QString &)) const;
    QCborArray roomRows() const;
    QCborArray studentsSetRows() const;
    QCborArray activityRows() const;
    QCborArray problemRows() const;

    File m_file;
    NameIndex m_staff;
    NameIndex m_subjects;
    NameIndex m_rooms;
    NameIndex m_sets;  // classes and study groups of the year
    QList<Bell> m_bells;
    QHash<QString, qint64> m_load;  // loadKey → assignment id
    QList<Slot> m_days;
    QList<Slot> m_hours;
    Overrides m_mapped;
    QList<ActivityPlan> m_activities;
    QList<Problem> m_problems;
};

} // namespace ejournal::server::handlers::fet

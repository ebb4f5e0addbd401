// A FET file matched to a school year: names, days and hours, activities as entries, problems.
#include "fet_plan.h"

#include <QSqlQuery>

#include <algorithm>

namespace ejournal::server::handlers::fet {

namespace {
constexpr int kMaxSetDepth = 3;  // year → group → subgroup

const QString kTeachers = QStringLiteral("teachers");
const QString kSubjects = QStringLiteral("subjects");
const QString kRooms = QStringLiteral("rooms");
const QString kStudentsSets = QStringLiteral("studentsSets");
const QString kClass = QStringLiteral("class");
const QString kGroup = QStringLiteral("group");

[[noreturn]] void badMapping(const QString &reason)
{
    throw fail(ErrorCode::Invalid, QStringLiteral("the mapping is wrong: %1").arg(reason),
               {{QStringLiteral("mapping"), reason}});
}

QString loadKey(qint64 staffId, qint64 subjectId, const Known *target)
{
    return QStringLiteral("%1:%2:%3:%4")
        .arg(staffId)
        .arg(subjectId)
        .arg(target->kind)
        .arg(target->id);
}

// {id, name}; for a class {classId, name}, for a group {groupId, name}, as the mapping takes them.
QCborMap refOf(const Known *item)
{
    const QString key = item->kind == kClass ? QStringLiteral("classId")
                        : item->kind == kGroup ? QStringLiteral("groupId")
                                               : QStringLiteral("id");
    return {{key, item->id}, {QStringLiteral("name"), item->name}};
}

QCborArray refsOf(const QList<const Known *> &items)
{
    QCborArray out;
    for (const Known *item : items)
        out.append(refOf(item));
    return out;
}

QCborValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QCborValue(nullptr) : QCborValue(text);
}

QCborValue numberOrNull(qint64 value, bool present)
{
    return present ? QCborValue(value) : QCborValue(nullptr);
}

const Slot *slotNamed(const QList<Slot> &list, const QString &name)
{
    for (const Slot &slot : list)
        if (slot.name == name)
            return &slot;
    return nullptr;
}

QStringList namesOf(const QList<const Known *> &items)
{
    QStringList out;
    for (const Known *item : items)
        out.append(item->name);
    return out;
}

// Runs a query and hands each row to `row`; the query is done before the next one starts.
template<typename RowFunction>
void eachRow(const RequestContext &ctx, const QString &statement, const QVariantList &binds,
             RowFunction row)
{
    QSqlQuery q = ctx.sql.exec(statement, binds);
    while (q.next())
        row(q);
}

int usingCount(const QList<Activity> &activities, const QString &name,
               bool (*uses)(const Activity &, const QString &))
{
    return int(std::count_if(activities.cbegin(), activities.cend(),
                             [&](const Activity &a) { return uses(a, name); }));
}
} // namespace

Plan::Plan(const RequestContext &ctx, qint64 yearId, File file, const QCborMap &mapping)
    : m_file(std::move(file))
{
    loadSchool(ctx, yearId);
    loadLoad(ctx, yearId);
    readMapping(mapping);
    m_days = mapDays(m_file);
    m_hours = mapHours(m_file, m_bells);
    for (const FileProblem &problem : m_file.problems)
        m_problems.append(Problem{problem.message, {}, problem.line});
    for (const Activity &activity : m_file.activities)
        record(plan(activity));
}

void Plan::loadSchool(const RequestContext &ctx, qint64 yearId)
{
    const qint64 school = ctx.caller.schoolId;
    eachRow(ctx, QStringLiteral("SELECT id, last_name, first_name, middle_name FROM staff"
                                " WHERE school_id = ? AND NOT archived ORDER BY id"), {school},
            [&](const QSqlQuery &q) {
                m_staff.add(staffMember(q.value(0).toLongLong(), q.value(1).toString(),
                                        q.value(2).toString(), q.value(3).toString()));
            });
    eachRow(ctx, QStringLiteral("SELECT id, name, short_name FROM subject"
                                " WHERE school_id = ? AND NOT archived ORDER BY id"), {school},
            [&](const QSqlQuery &q) {
                m_subjects.add(namedItem(QStringLiteral("subject"), q.value(0).toLongLong(),
                                         q.value(1).toString(), {q.value(2).toString()}));
            });
    eachRow(ctx, QStringLiteral("SELECT id, name FROM room"
                                " WHERE school_id = ? AND NOT archived ORDER BY id"), {school},
            [&](const QSqlQuery &q) {
                m_rooms.add(namedItem(QStringLiteral("room"), q.value(0).toLongLong(),
                                      q.value(1).toString()));
            });
    eachRow(ctx, QStringLiteral("SELECT 'class', id, grade || letter FROM class_unit"
                                " WHERE school_id = ? AND academic_year_id = ?"
                                " UNION ALL SELECT 'group', id, name FROM study_group"
                                " WHERE school_id = ? AND academic_year_id = ? ORDER BY 1, 2"),
            {school, yearId, school, yearId}, [&](const QSqlQuery &q) {
                m_sets.add(namedItem(q.value(0).toString(), q.value(1).toLongLong(),
                                     q.value(2).toString()));
            });
    eachRow(ctx, QStringLiteral("SELECT lesson_no, starts_at FROM bell"
                                " WHERE school_id = ? AND academic_year_id = ? AND shift = 1"
                                " ORDER BY lesson_no"), {school, yearId},
            [&](const QSqlQuery &q) {
                m_bells.append(Bell{q.value(0).toInt(), q.value(1).toTime()});
            });
}

void Plan::loadLoad(const RequestContext &ctx, qint64 yearId)
{
    // Highest id first: the lowest wins when the same load is entered twice.
    eachRow(ctx, QStringLiteral(
        "SELECT a.id, a.staff_id, a.subject_id, a.class_id, a.group_id FROM assignment a"
        "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        " WHERE a.school_id = ? AND coalesce(c.academic_year_id, g.academic_year_id) = ?"
        " ORDER BY a.id DESC"), {ctx.caller.schoolId, yearId}, [&](const QSqlQuery &q) {
        const bool ofClass = !q.value(3).isNull();
        if (const Known *target = m_sets.find(ofClass ? kClass : kGroup,
                                              q.value(ofClass ? 3 : 4).toLongLong()))
            m_load.insert(loadKey(q.value(1).toLongLong(), q.value(2).toLongLong(), target),
                          q.value(0).toLongLong());
    });
}

void Plan::readMapping(const QCborMap &mapping)
{
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const QString part = it.key().toString();
        if (part != kTeachers && part != kSubjects && part != kRooms && part != kStudentsSets)
            badMapping(QStringLiteral("unknown part «%1» (teachers, subjects, studentsSets, rooms)")
                           .arg(part));
        if (!it.value().isMap())
            badMapping(QStringLiteral("%1 must map FET names to choices").arg(part));
    }
    readIds(mapping, kTeachers, m_staff, QStringLiteral("staff"), m_mapped.teachers);
    readIds(mapping, kSubjects, m_subjects, QStringLiteral("subject"), m_mapped.subjects);
    readRooms(mapping);
    readStudentsSets(mapping);
}

void Plan::readIds(const QCborMap &mapping, const QString &part, const NameIndex &index,
                   const QString &kind, QHash<QString, const Known *> &into)
{
    const QCborMap choices = mapping.value(part).toMap();
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        const Known *item = it.value().isInteger() ? index.find(kind, it.value().toInteger())
                                                   : nullptr;
        if (!item)
            badMapping(QStringLiteral("%1 «%2»: no %3 with id %4 in the school")
                           .arg(part, it.key().toString(), kind,
                                it.value().toVariant().toString()));
        into.insert(it.key().toString(), item);
    }
}

void Plan::readRooms(const QCborMap &mapping)
{
    QCborMap choices = mapping.value(kRooms).toMap();
    QCborMap ids;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        const QString name = it.key().toString();
        if (!it.value().isMap()) {
            ids.insert(it.key(), it.value());
            continue;
        }
        if (it.value().toMap().value(QStringLiteral("create")) != QCborValue(true))
            badMapping(QStringLiteral("rooms «%1»: give a room id or {\"create\": true}")
                           .arg(name));
        if (name.trimmed().isEmpty() || m_rooms.findByKey(name))
            badMapping(QStringLiteral("rooms «%1»: a room of that name exists; map it by id")
                           .arg(name));
        m_mapped.roomsToCreate.insert(name);
    }
    readIds(QCborMap{{kRooms, ids}}, kRooms, m_rooms, QStringLiteral("room"), m_mapped.rooms);
}

void Plan::readStudentsSets(const QCborMap &mapping)
{
    const QCborMap choices = mapping.value(kStudentsSets).toMap();
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        const QCborMap choice = it.value().toMap();
        const bool ofClass = choice.contains(QStringLiteral("classId"));
        const QCborValue id = choice.value(ofClass ? QStringLiteral("classId")
                                                   : QStringLiteral("groupId"));
        const Known *item = id.isInteger() ? m_sets.find(ofClass ? kClass : kGroup, id.toInteger())
                                           : nullptr;
        if (!item)
            badMapping(QStringLiteral("studentsSets «%1»: give {\"classId\": id} or"
                                      " {\"groupId\": id} of a class or group of the year")
                           .arg(it.key().toString()));
        m_mapped.studentsSets.insert(it.key().toString(), item);
    }
}

NameMatch Plan::resolve(const NameIndex &index, const QHash<QString, const Known *> &mapped,
                        const QString &name)
{
    if (const Known *chosen = mapped.value(name))
        return NameMatch{chosen, QStringLiteral("mapping"), {}};
    return index.match(name);
}

// A set the school does not have by name stands for its groups (a FET year "5" for 5А and
// 5Б) when every one of them is matched.
Plan::SetMatch Plan::studentsSet(const QString &name, int depth) const
{
    const NameMatch own = resolve(m_sets, m_mapped.studentsSets, name);
    if (own.known)
        return SetMatch{{own.known}, own.by, {}};
    SetMatch out{{}, {}, own.candidates};
    const auto set = std::find_if(m_file.studentsSets.cbegin(), m_file.studentsSets.cend(),
                                  [&](const StudentsSet &s) { return s.name == name; });
    if (set == m_file.studentsSets.cend() || set->children.isEmpty() || depth >= kMaxSetDepth)
        return out;
    QList<const Known *> targets;
    for (const QString &child : set->children) {
        const SetMatch part = studentsSet(child, depth + 1);
        if (part.targets.isEmpty())
            return out;
        for (const Known *t : part.targets)
            if (!targets.contains(t))
                targets.append(t);
    }
    return SetMatch{targets, QStringLiteral("children"), {}};
}

Plan::ActivityPlan Plan::plan(const Activity &activity) const
{
    ActivityPlan p;
    p.activity = &activity;
    if (activity.day.isEmpty()) {
        p.problems.append(QStringLiteral("not placed in the timetable: import the"
                                         " *_data_and_timetable.fet file FET writes when it has"
                                         " generated a timetable"));
        return p;
    }
    const Slot *day = slotNamed(m_days, activity.day);
    p.weekday = day && !day->by.isEmpty() ? day->value : 0;
    if (p.weekday == 0)
        p.problems.append(QStringLiteral("FET day «%1»: %2")
                              .arg(activity.day, day ? day->problem : QString()));
    for (const QString &hour : activity.hours) {
        const Slot *slot = slotNamed(m_hours, hour);
        if (slot && !slot->by.isEmpty())
            p.lessons.append(slot->value);
        else
            p.problems.append(QStringLiteral("FET hour «%1»: %2")
                                  .arg(hour, slot ? slot->problem : QString()));
    }
    checkNames(activity, p);
    if (p.problems.isEmpty())
        addEntries(activity, p);
    return p;
}

void Plan::checkNames(const Activity &activity, ActivityPlan &p) const
{
    if (activity.teachers.isEmpty())
        p.problems.append(QStringLiteral("the activity has no teacher"));
    for (const QString &teacher : activity.teachers)
        if (!resolve(m_staff, m_mapped.teachers, teacher).known)
            p.problems.append(QStringLiteral("teacher «%1» is not matched to a staff member")
                                  .arg(teacher));
    if (!resolve(m_subjects, m_mapped.subjects, activity.subject).known)
        p.problems.append(QStringLiteral("subject «%1» is not matched to a subject of the school")
                              .arg(activity.subject));
    if (activity.studentsSets.isEmpty())
        p.problems.append(QStringLiteral("the activity has no students set"));
    for (const QString &set : activity.studentsSets)
        if (studentsSet(set).targets.isEmpty())
            p.problems.append(QStringLiteral("students set «%1» is not matched to a class or a"
                                             " study group of the year").arg(set));
    if (!activity.room.isEmpty() && !m_mapped.roomsToCreate.contains(activity.room)
        && !resolve(m_rooms, m_mapped.rooms, activity.room).known)
        p.problems.append(QStringLiteral("room «%1» is not matched to a room of the school")
                              .arg(activity.room));
}

// One entry per lesson and load row. Each teacher and each class or group of the activity
// needs a load row: two teachers of two subgroups at once are two rows, as is one teacher of
// two classes together.
void Plan::addEntries(const Activity &activity, ActivityPlan &p) const
{
    const qint64 subjectId = resolve(m_subjects, m_mapped.subjects, activity.subject).known->id;
    QList<const Known *> targets;
    for (const QString &set : activity.studentsSets)
        for (const Known *t : studentsSet(set).targets)
            if (!targets.contains(t))
                targets.append(t);
    QList<qint64> assignments;
    QSet<QString> teachersCovered;
    QSet<const Known *> targetsCovered;
    for (const QString &teacher : activity.teachers) {
        const qint64 staffId = resolve(m_staff, m_mapped.teachers, teacher).known->id;
        for (const Known *target : targets)
            if (const qint64 id = m_load.value(loadKey(staffId, subjectId, target))) {
                assignments.append(id);
                teachersCovered.insert(teacher);
                targetsCovered.insert(target);
            }
    }
    const QString noLoad = QStringLiteral("no load for %1 / %2 / %3");
    const QString allTargets = namesOf(targets).join(QStringLiteral(", "));
    if (assignments.isEmpty()) {
        p.problems.append(noLoad.arg(activity.teachers.join(QStringLiteral(", ")),
                                     activity.subject, allTargets));
        return;
    }
    for (const QString &teacher : activity.teachers)
        if (!teachersCovered.contains(teacher))
            p.problems.append(noLoad.arg(teacher, activity.subject, allTargets));
    for (const Known *target : targets)
        if (!targetsCovered.contains(target))
            p.problems.append(noLoad.arg(activity.teachers.join(QStringLiteral(", ")),
                                         activity.subject, target->name));
    if (!p.problems.isEmpty())
        return;
    const NameMatch room = activity.room.isEmpty()
                               ? NameMatch{}
                               : resolve(m_rooms, m_mapped.rooms, activity.room);
    const QString newRoom = m_mapped.roomsToCreate.contains(activity.room) ? activity.room
                                                                           : QString();
    for (const int lesson : p.lessons)
        for (const qint64 assignment : assignments)
            p.entries.append(Entry{p.weekday, lesson, assignment,
                                   room.known ? room.known->id : 0, newRoom});
}

void Plan::record(const ActivityPlan &p)
{
    for (const QString &message : p.problems) {
        auto it = std::find_if(m_problems.begin(), m_problems.end(),
                               [&](const Problem &known) { return known.message == message; });
        if (it == m_problems.end())
            m_problems.append(Problem{message, {p.activity->id}, 0});
        else if (!it->activityIds.contains(p.activity->id))
            it->activityIds.append(p.activity->id);
    }
    m_activities.append(p);
}

void Plan::requireReady() const
{
    if (ready())
        return;
    QCborArray messages;
    for (const Problem &problem : m_problems)
        messages.append(problem.message);
    const QString message =
        m_problems.isEmpty()
            ? QStringLiteral("the FET file has no activity to import")
            : QStringLiteral("the FET timetable cannot be imported: %1 problem(s), the first: %2")
                  .arg(m_problems.size())
                  .arg(m_problems.first().message);
    const QString data = m_problems.isEmpty()
                             ? QStringLiteral("no activities")
                             : QStringLiteral("%1 problem(s)").arg(m_problems.size());
    throw fail(ErrorCode::Invalid, message,
               {{QStringLiteral("data"), data}, {QStringLiteral("problems"), messages}});
}

QList<Entry> Plan::entries() const
{
    QList<Entry> out;
    for (const ActivityPlan &p : m_activities)
        out += p.entries;
    return out;
}

QStringList Plan::newRooms() const
{
    QStringList out;
    for (const Entry &entry : entries())
        if (!entry.newRoom.isEmpty() && !out.contains(entry.newRoom))
            out.append(entry.newRoom);
    return out;
}

QCborMap Plan::preview() const
{
    return {
        {QStringLiteral("format"), m_file.format},
        {QStringLiteral("institution"), m_file.institution},
        {QStringLiteral("days"), slotRows(m_days, "weekday")},
        {QStringLiteral("hours"), slotRows(m_hours, "lessonNo")},
        {kTeachers, nameRows(m_file.teachers, m_staff, m_mapped.teachers, "staffId",
                             [](const Activity &a, const QString &n) {
                                 return a.teachers.contains(n);
                             })},
        {kSubjects, nameRows(m_file.subjects, m_subjects, m_mapped.subjects, "subjectId",
                             [](const Activity &a, const QString &n) { return a.subject == n; })},
        {kStudentsSets, studentsSetRows()},
        {kRooms, roomRows()},
        {QStringLiteral("activities"), activityRows()},
        {QStringLiteral("problems"), problemRows()},
        {QStringLiteral("activityCount"), activityCount()},
        {QStringLiteral("entryCount"), entryCount()},
        {QStringLiteral("ready"), ready()},
    };
}

QCborArray Plan::slotRows(const QList<Slot> &list, const char *valueKey) const
{
    QCborArray out;
    for (const Slot &slot : list)
        out.append(QCborMap{{QStringLiteral("name"), slot.name},
                            {QLatin1String(valueKey), numberOrNull(slot.value, !slot.by.isEmpty())},
                            {QStringLiteral("by"), textOrNull(slot.by)},
                            {QStringLiteral("problem"), textOrNull(slot.problem)}});
    return out;
}

QCborArray Plan::nameRows(const QStringList &names, const NameIndex &index,
                          const QHash<QString, const Known *> &mapped, const char *idKey,
                          bool (*uses)(const Activity &, const QString &)) const
{
    QCborArray out;
    for (const QString &name : names) {
        const NameMatch m = resolve(index, mapped, name);
        out.append(QCborMap{
            {QStringLiteral("name"), name},
            {QLatin1String(idKey), m.known ? QCborValue(m.known->id) : QCborValue(nullptr)},
            {QStringLiteral("matchedName"),
             m.known ? QCborValue(m.known->name) : QCborValue(nullptr)},
            {QStringLiteral("by"), textOrNull(m.by)},
            {QStringLiteral("activities"), usingCount(m_file.activities, name, uses)},
            {QStringLiteral("candidates"), refsOf(m.candidates)}});
    }
    return out;
}

QCborArray Plan::roomRows() const
{
    QCborArray out = nameRows(m_file.rooms, m_rooms, m_mapped.rooms, "roomId",
                              [](const Activity &a, const QString &n) { return a.room == n; });
    for (qsizetype i = 0; i < out.size(); ++i) {
        QCborMap row = out.at(i).toMap();
        row.insert(QStringLiteral("create"), m_mapped.roomsToCreate.contains(m_file.rooms[i]));
        out[i] = row;
    }
    return out;
}

QCborArray Plan::studentsSetRows() const
{
    QCborArray out;
    for (const StudentsSet &set : m_file.studentsSets) {
        const SetMatch m = studentsSet(set.name);
        out.append(QCborMap{
            {QStringLiteral("name"), set.name},
            {QStringLiteral("kind"), textOrNull(set.kind)},
            {QStringLiteral("targets"), refsOf(m.targets)},
            {QStringLiteral("by"), textOrNull(m.by)},
            {QStringLiteral("activities"),
             usingCount(m_file.activities, set.name,
                        [](const Activity &a, const QString &n) {
                            return a.studentsSets.contains(n);
                        })},
            {QStringLiteral("candidates"), refsOf(m.candidates)}});
    }
    return out;
}

QCborArray Plan::activityRows() const
{
    QCborArray out;
    for (const ActivityPlan &p : m_activities) {
        const Activity &a = *p.activity;
        QCborArray entries;
        for (const Entry &e : p.entries)
            entries.append(QCborMap{{QStringLiteral("weekday"), e.weekday},
                                    {QStringLiteral("lessonNo"), e.lessonNo},
                                    {QStringLiteral("assignmentId"), e.assignmentId},
                                    {QStringLiteral("roomId"),
                                     numberOrNull(e.roomId, e.roomId != 0)},
                                    {QStringLiteral("newRoom"), textOrNull(e.newRoom)}});
        QCborArray lessons;
        for (const int lesson : p.lessons)
            lessons.append(lesson);
        out.append(QCborMap{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("line"), numberOrNull(a.line, a.line != 0)},
            {QStringLiteral("day"), textOrNull(a.day)},
            {QStringLiteral("hours"), QCborArray::fromStringList(a.hours)},
            {QStringLiteral("duration"), a.duration},
            {QStringLiteral("weekday"), numberOrNull(p.weekday, p.weekday != 0)},
            {QStringLiteral("lessonNos"), lessons},
            {kTeachers, QCborArray::fromStringList(a.teachers)},
            {QStringLiteral("subject"), a.subject},
            {kStudentsSets, QCborArray::fromStringList(a.studentsSets)},
            {QStringLiteral("room"), textOrNull(a.room)},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("problems"), QCborArray::fromStringList(p.problems)}});
    }
    return out;
}

QCborArray Plan::problemRows() const
{
    QCborArray out;
    for (const Problem &problem : m_problems) {
        QCborArray ids;
        for (const int id : problem.activityIds)
            ids.append(id);
        out.append(QCborMap{{QStringLiteral("message"), problem.message},
                            {QStringLiteral("activityIds"), ids},
                            {QStringLiteral("line"),
                             numberOrNull(problem.line, problem.line != 0)}});
    }
    return out;
}

} // namespace ejournal::server::handlers::fet

// The editor's batch: place, move (a swap is two moves), remove and re-room entries of a version
// in one transaction, then check the whole version. A conflict that involves a changed entry
// refuses the save — an error always, a warning unless its code is in acceptWarnings;
// conflicts the batch does not touch are reported but do not block. timetable.check runs the
// same batch and rolls it back: "what if I drop it here?".
#include "timetable_common.h"
#include "timetable_conflicts.h"
#include "timetable_handlers.h"

#include <optional>

namespace ejournal::server::handlers {

using namespace timetable;

namespace {
const QString kChanges = QStringLiteral("changes");
const QString kAccept = QStringLiteral("acceptWarnings");
const QString kOp = QStringLiteral("op");
const QString kEntryId = QStringLiteral("entryId");
const QString kWeekday = QStringLiteral("weekday");
const QString kLessonNo = QStringLiteral("lessonNo");
const QString kAssignmentId = QStringLiteral("assignmentId");
const QString kRoomId = QStringLiteral("roomId");
const QString kWeekParity = QStringLiteral("weekParity");
constexpr int kMaxChanges = 1000;
const QStringList kWarningCodes{QStringLiteral("teacher_unavailable"),
                                QStringLiteral("room_too_small"), QStringLiteral("over_load"),
                                QStringLiteral("day_too_long")};

struct Change
{
    QString op;  // add, move, remove, setRoom
    qint64 entryId = 0;
    int weekday = 0;
    int lessonNo = 0;
    qint64 assignmentId = 0;
    std::optional<qint64> roomId;  // 0: no room
    std::optional<int> parity;     // 0: every week, 1 odd, 2 even
    QString field;                 // "changes[3]"
    QString label;                 // "changes[3] (move of entry 15)"
};

// The keys each operation takes: required, then optional.
struct OpKeys
{
    QStringList required;
    QStringList optional;
};

const QHash<QString, OpKeys> &opKeys()
{
    static const QHash<QString, OpKeys> keys{
        {QStringLiteral("add"), {{kWeekday, kLessonNo, kAssignmentId}, {kRoomId, kWeekParity}}},
        {QStringLiteral("move"), {{kEntryId, kWeekday, kLessonNo}, {kRoomId, kWeekParity}}},
        {QStringLiteral("remove"), {{kEntryId}, {}}},
        {QStringLiteral("setRoom"), {{kEntryId, kRoomId}, {}}},
    };
    return keys;
}

[[noreturn]] void refuse(const QString &field, const QString &label, const QString &problem)
{
    throw fail(ErrorCode::Invalid, QStringLiteral("%1: %2").arg(label, problem),
               {{field, problem}});
}

int boundedInt(const QCborMap &map, const QString &key, int low, int high, const Change &c)
{
    const qint64 value = map.value(key).toInteger();
    if (value < low || value > high)
        refuse(c.field, c.label, QStringLiteral("%1 must be from %2 to %3").arg(key).arg(low).arg(high));
    return int(value);
}

Change parseChange(const QCborValue &value, qsizetype index)
{
    Change c;
    c.field = QStringLiteral("%1[%2]").arg(kChanges).arg(index);
    c.label = c.field;
    const QCborMap map = value.toMap();
    c.op = map.value(kOp).toString();
    if (!value.isMap() || !opKeys().contains(c.op))
        refuse(c.field, c.label, QStringLiteral("op must be add, move, remove or setRoom"));
    const OpKeys &keys = opKeys().value(c.op);
    c.label = map.contains(kEntryId)
        ? QStringLiteral("%1 (%2 of entry %3)").arg(c.field, c.op).arg(map.value(kEntryId).toInteger())
        : QStringLiteral("%1 (%2)").arg(c.field, c.op);
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString key = it.key().toString();
        if (key == kOp)
            continue;
        if (!keys.required.contains(key) && !keys.optional.contains(key))
            refuse(c.field, c.label, QStringLiteral("%1 does not take %2").arg(c.op, key));
        if (!it.value().isInteger())
            refuse(c.field, c.label, QStringLiteral("%1 must be an integer").arg(key));
    }
    for (const QString &key : keys.required)
        if (!map.contains(key))
            refuse(c.field, c.label, QStringLiteral("%1 needs %2").arg(c.op, key));
    c.entryId = map.value(kEntryId).toInteger();
    c.assignmentId = map.value(kAssignmentId).toInteger();
    if (map.contains(kWeekday))
        c.weekday = boundedInt(map, kWeekday, 1, 6, c);
    if (map.contains(kLessonNo))
        c.lessonNo = boundedInt(map, kLessonNo, 0, 12, c);
    if (map.contains(kWeekParity))
        c.parity = boundedInt(map, kWeekParity, 0, 2, c);
    if (map.contains(kRoomId)) {
        if (map.value(kRoomId).toInteger() < 0)
            refuse(c.field, c.label, QStringLiteral("roomId must be a room's id, or 0 for none"));
        c.roomId = map.value(kRoomId).toInteger();
    }
    return c;
}

QList<Change> changesParam(const RequestContext &ctx, bool allowEmpty)
{
    const QCborArray array = ctx.params.value(kChanges).toArray();
    if (array.isEmpty() && !allowEmpty)
        throw fail(ErrorCode::Invalid, QStringLiteral("there are no changes to save"),
                   {{kChanges, QStringLiteral("must not be empty")}});
    if (array.size() > kMaxChanges)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("a batch holds at most %1 changes").arg(kMaxChanges),
                   {{kChanges, QStringLiteral("at most %1 changes").arg(kMaxChanges)}});
    QList<Change> changes;
    for (qsizetype i = 0; i < array.size(); ++i)
        changes.append(parseChange(array.at(i), i));
    return changes;
}

QStringList acceptedWarnings(const RequestContext &ctx)
{
    QStringList codes;
    for (const QCborValue &value : ctx.params.value(kAccept).toArray()) {
        if (!kWarningCodes.contains(value.toString()))
            throw fail(ErrorCode::Invalid,
                       QStringLiteral("«%1» is not a warning that can be accepted")
                           .arg(value.toString()),
                       {{kAccept, QStringLiteral("must list codes of %1")
                                      .arg(kWarningCodes.join(QStringLiteral(", ")))}});
        codes.append(value.toString());
    }
    return codes;
}

QVariant nullable(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

// The entry's state for the audit log; empty when it is not in the version.
QCborMap entryState(const RequestContext &ctx, qint64 versionId, qint64 entryId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT weekday, lesson_no, assignment_id, room_id, coalesce(week_parity, 0)"
        "  FROM timetable_entry WHERE school_id = ? AND version_id = ? AND id = ?"),
        {ctx.caller.schoolId, versionId, entryId});
    if (!q.next())
        return {};
    return {{QStringLiteral("id"), entryId},
            {kWeekday, q.value(0).toInt()},
            {kLessonNo, q.value(1).toInt()},
            {kAssignmentId, q.value(2).toLongLong()},
            {kRoomId, q.value(3).isNull() ? QCborValue(QCborValue::Null)
                                          : QCborValue(q.value(3).toLongLong())},
            {kWeekParity, q.value(4).toInt()}};
}

void requireLoadOfYear(const RequestContext &ctx, const Change &c, const VersionInfo &version)
{
    const QVariant year = ctx.sql.scalar(QStringLiteral(
        "SELECT coalesce(c.academic_year_id, g.academic_year_id) FROM assignment a"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "  LEFT JOIN class_unit c ON c.school_id = a.school_id"
        "   AND c.id = coalesce(a.class_id, g.class_id)"
        " WHERE a.school_id = ? AND a.id = ?"), {ctx.caller.schoolId, c.assignmentId});
    if (!year.isValid())
        refuse(c.field, c.label, QStringLiteral("there is no load with id %1").arg(c.assignmentId));
    if (year.toLongLong() != version.year.id)
        refuse(c.field, c.label,
               QStringLiteral("the load %1 is not of %2").arg(c.assignmentId).arg(version.year.name));
}

void requireUsableRoom(const RequestContext &ctx, const Change &c)
{
    if (!c.roomId || *c.roomId == 0)
        return;
    const QVariant archived = ctx.sql.scalar(
        QStringLiteral("SELECT archived FROM room WHERE school_id = ? AND id = ?"),
        {ctx.caller.schoolId, *c.roomId});
    if (!archived.isValid())
        refuse(c.field, c.label, QStringLiteral("there is no room with id %1").arg(*c.roomId));
    if (archived.toBool())
        refuse(c.field, c.label, QStringLiteral("the room %1 is archived").arg(*c.roomId));
}

// The applied batch: the entry each change made or touched, and the states for the audit.
struct Applied
{
    QList<qint64> entryIds;           // one per change
    QMap<qint64, QCborMap> before;    // first state of every entry the batch touched
};

qint64 applyChange(const RequestContext &ctx, const VersionInfo &version, const Change &c,
                   Applied *applied)
{
    requireUsableRoom(ctx, c);
    if (c.op == QLatin1String("add")) {
        requireLoadOfYear(ctx, c, version);
        return ctx.sql.scalar(QStringLiteral(
            "INSERT INTO timetable_entry (school_id, version_id, weekday, lesson_no, assignment_id,"
            " room_id, week_parity) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {ctx.caller.schoolId, version.id, c.weekday, c.lessonNo, c.assignmentId,
             nullable(c.roomId.value_or(0)), nullable(c.parity.value_or(0))}).toLongLong();
    }
    const QCborMap state = entryState(ctx, version.id, c.entryId);
    if (state.isEmpty())
        refuse(c.field, c.label,
               QStringLiteral("there is no entry %1 in the timetable «%2»").arg(c.entryId).arg(version.name));
    if (!applied->before.contains(c.entryId))
        applied->before.insert(c.entryId, state);
    const QVariantList key{ctx.caller.schoolId, version.id, c.entryId};
    if (c.op == QLatin1String("remove")) {
        ctx.sql.exec(QStringLiteral("DELETE FROM timetable_entry"
                                    " WHERE school_id = ? AND version_id = ? AND id = ?"), key);
        return c.entryId;
    }
    const bool keepsRoom = !c.roomId.has_value();
    if (c.op == QLatin1String("setRoom")) {
        ctx.sql.exec(QStringLiteral("UPDATE timetable_entry SET room_id = ?"
                                    " WHERE school_id = ? AND version_id = ? AND id = ?"),
                     QVariantList{nullable(*c.roomId)} + key);
        return c.entryId;
    }
    ctx.sql.exec(QStringLiteral(
        "UPDATE timetable_entry SET weekday = ?, lesson_no = ?,"
        "       room_id = CASE WHEN ? THEN room_id ELSE ? END,"
        "       week_parity = CASE WHEN ? THEN week_parity ELSE ? END"
        " WHERE school_id = ? AND version_id = ? AND id = ?"),
        QVariantList{c.weekday, c.lessonNo, keepsRoom, nullable(c.roomId.value_or(0)),
                     !c.parity.has_value(), nullable(c.parity.value_or(0))} + key);
    return c.entryId;
}

Applied applyChanges(const RequestContext &ctx, const VersionInfo &version,
                     const QList<Change> &changes)
{
    Applied applied;
    for (const Change &c : changes)
        applied.entryIds.append(applyChange(ctx, version, c, &applied));
    return applied;
}

// The version's conflicts after the batch, each with the indices of the changes it involves.
struct Outcome
{
    QList<Conflict> conflicts;
    QList<QList<int>> changesOf;  // per conflict

    // Conflict i with `changes: [indices]`.
    QCborMap conflictMap(qsizetype i) const
    {
        QCborMap map = conflicts.at(i).toMap();
        QCborArray indices;
        for (int index : changesOf.at(i))
            indices.append(index);
        map.insert(kChanges, indices);
        return map;
    }
    QCborArray toArray() const
    {
        QCborArray out;
        for (qsizetype i = 0; i < conflicts.size(); ++i)
            out.append(conflictMap(i));
        return out;
    }
    // The conflicts that refuse a save: errors and warnings not accepted, touching the batch.
    QList<int> blocking(const QStringList &accepted) const
    {
        QList<int> out;
        for (qsizetype i = 0; i < conflicts.size(); ++i) {
            const Conflict &c = conflicts.at(i);
            if (changesOf.at(i).isEmpty())
                continue;
            if (c.severity == QLatin1String("error")
                || (c.severity == QLatin1String("warning") && !accepted.contains(c.code)))
                out.append(int(i));
        }
        return out;
    }
};

Outcome outcomeOf(const RequestContext &ctx, const VersionInfo &version,
                  const QList<Change> &changes, const Applied &applied)
{
    Outcome outcome;
    outcome.conflicts = versionConflicts(ctx, version);
    for (const Conflict &conflict : std::as_const(outcome.conflicts)) {
        QList<int> indices;
        for (qsizetype i = 0; i < changes.size(); ++i)
            if (changes.at(i).op != QLatin1String("remove")
                && conflict.entries.contains(applied.entryIds.at(i)))
                indices.append(int(i));
        outcome.changesOf.append(indices);
    }
    return outcome;
}

[[noreturn]] void refuseSave(const Outcome &outcome, const QList<int> &blocking)
{
    QCborArray listed;
    QStringList warnings;
    int errors = 0;
    for (int i : blocking) {
        const Conflict &c = outcome.conflicts.at(i);
        listed.append(outcome.conflictMap(i));
        if (c.severity == QLatin1String("error"))
            ++errors;
        else if (!warnings.contains(c.code))
            warnings.append(c.code);
    }
    QCborMap details{{QStringLiteral("conflicts"), listed}};
    if (!warnings.isEmpty())
        details.insert(kAccept, QStringLiteral("accept %1 to save")
                                    .arg(warnings.join(QStringLiteral(", "))));
    const Conflict &first = outcome.conflicts.at(blocking.first());
    const QString more = blocking.size() > 1
        ? QStringLiteral(" (and %1 more)").arg(blocking.size() - 1) : QString();
    throw fail(ErrorCode::Invalid,
               QStringLiteral("the timetable was not saved: %1%2%3")
                   .arg(first.message(), more,
                        errors == 0 ? QStringLiteral("; these warnings need accepting")
                                    : QString()),
               details);
}

QCborArray stateList(const QList<QCborMap> &states)
{
    QCborArray out;
    for (const QCborMap &state : states)
        out.append(state);
    return out;
}
} // namespace

QCborValue saveTimetable(RequestContext &ctx)
{
    const VersionInfo version = versionOf(ctx, ctx.integer(QStringLiteral("versionId")));
    writableYear(ctx, version.year.id);
    const QList<Change> changes = changesParam(ctx, false);
    const QStringList accepted = acceptedWarnings(ctx);
    QCborMap result;
    ctx.write([&](AuditRecord &audit) {
        ctx.sql.exec(QStringLiteral("SELECT 1 FROM timetable_version WHERE school_id = ? AND id = ?"
                                    " FOR NO KEY UPDATE"), {ctx.caller.schoolId, version.id});
        const Applied applied = applyChanges(ctx, version, changes);
        const Outcome outcome = outcomeOf(ctx, version, changes, applied);
        const QList<int> blocking = outcome.blocking(accepted);
        if (!blocking.isEmpty())
            refuseSave(outcome, blocking);
        QList<QCborMap> after;
        QList<qint64> touched = applied.before.keys();
        for (qint64 id : applied.entryIds)
            if (!touched.contains(id))
                touched.append(id);
        for (qint64 id : touched) {
            const QCborMap state = entryState(ctx, version.id, id);
            if (!state.isEmpty())
                after.append(state);
        }
        QCborArray entryIds;
        for (qint64 id : applied.entryIds)
            entryIds.append(id);
        QCborArray acceptedList;
        for (const QString &code : accepted)
            acceptedList.append(code);
        result = {{QStringLiteral("entryIds"), entryIds},
                  {QStringLiteral("conflicts"), outcome.toArray()}};
        audit = {QStringLiteral("timetable.save"), QStringLiteral("timetable_version"),
                 QString::number(version.id),
                 QCborMap{{QStringLiteral("entries"), stateList(applied.before.values())}},
                 QCborMap{{QStringLiteral("entries"), stateList(after)},
                          {kAccept, acceptedList}},
                 {}, 0};
    });
    announceChange(ctx, version.id);
    return result;
}

QCborValue checkTimetable(RequestContext &ctx)
{
    const VersionInfo version = versionOf(ctx, ctx.integer(QStringLiteral("versionId")));
    const QList<Change> changes = changesParam(ctx, true);
    // Applied and measured inside a transaction that is never committed.
    Transaction rehearsal(ctx.sql.database());
    const Applied applied = applyChanges(ctx, version, changes);
    const Outcome outcome = outcomeOf(ctx, version, changes, applied);
    bool canSave = true;
    QCborArray toAccept;
    for (int i : outcome.blocking({})) {
        const Conflict &c = outcome.conflicts.at(i);
        if (c.severity == QLatin1String("error"))
            canSave = false;
        else if (!toAccept.contains(c.code))
            toAccept.append(c.code);
    }
    return QCborMap{{QStringLiteral("conflicts"), outcome.toArray()},
                    {QStringLiteral("canSave"), canSave},
                    {kAccept, toAccept}};
}

} // namespace ejournal::server::handlers

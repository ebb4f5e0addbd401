// What the lessons handlers share: the "filled" predicate that protects a lesson from
// regeneration, reading one lesson with its class or group, the rows of lesson lists, the
// scope of students and guardians, slot clashes and recording a change (lesson_change, audit,
// the `lesson.changed` event).
#pragma once

#include "checks.h"

#include <QCborArray>
#include <QCborMap>

namespace ejournal::server::handlers::lessons {

// A lesson (the row aliased `l`) that regeneration keeps: it has a topic, summary, homework
// or КТП item, a journal cell (marks, attendance, or their history) or an attachment, or the
// register of changes names it (substituted, moved, cancelled, restored, merged, or lessons
// merged into it). Written with uncorrelated IN so that PostgreSQL hashes the sub-selects
// once per statement.
inline constexpr char kLessonFilled[] =
    "(l.topic <> '' OR l.summary <> '' OR l.homework <> '' OR l.plan_item_id IS NOT NULL"
    " OR l.id IN (SELECT lesson_id FROM journal_cell)"
    " OR l.id IN (SELECT lesson_id FROM lesson_attachment)"
    " OR l.id IN (SELECT lesson_id FROM lesson_change)"
    " OR l.id IN (SELECT merged_into_id FROM lesson_change WHERE merged_into_id IS NOT NULL))";

// Russian names sort with this collation.
inline constexpr char kCollate[] = "COLLATE \"ru-x-icu\"";
// A staff member's full name from the row aliased `st`.
inline constexpr char kStaffName[] =
    "concat_ws(' ', st.last_name, st.first_name, nullif(st.middle_name, ''))";
inline constexpr char kAllGrades[] = "'{1,2,3,4,5,6,7,8,9,10,11}'::smallint[]";
// The grades whose holidays the lessons of a load (the row aliased `a`) follow: the grade of
// its class, or of the class a subgroup splits; for a stream, elective or individual plan the
// grades of its members' classes of the group's year (all grades when it has no members). A
// lesson is off on a date when every one of these grades is on holiday then.
inline constexpr char kAssignmentGrades[] =
    "coalesce(nullif(CASE WHEN a.class_id IS NOT NULL THEN"
    "   (SELECT ARRAY[c.grade] FROM class_unit c"
    "     WHERE c.school_id = a.school_id AND c.id = a.class_id)"
    " ELSE coalesce("
    "   (SELECT ARRAY[c.grade] FROM study_group g"
    "      JOIN class_unit c ON c.school_id = g.school_id AND c.id = g.class_id"
    "     WHERE g.school_id = a.school_id AND g.id = a.group_id),"
    "   (SELECT array_agg(DISTINCT c.grade) FROM group_member gm"
    "      JOIN study_group g ON g.school_id = gm.school_id AND g.id = gm.group_id"
    "      JOIN enrollment e ON e.school_id = gm.school_id AND e.student_id = gm.student_id"
    "      JOIN class_unit c ON c.school_id = e.school_id AND c.id = e.class_id"
    "       AND c.academic_year_id = g.academic_year_id"
    "     WHERE gm.school_id = a.school_id AND gm.group_id = a.group_id)) END,"
    " '{}'), '{1,2,3,4,5,6,7,8,9,10,11}'::smallint[])";

struct LessonInfo
{
    qint64 id = 0;
    qint64 assignmentId = 0;
    QDate date;
    int lessonNo = 0;
    qint64 teacherId = 0;
    QString teacherName;
    qint64 roomId = 0;  // 0: none
    QString roomName;
    QString status;       // planned, cancelled
    qint64 mergedIntoId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    qint64 classId = 0;   // the class of a class lesson, or the class a subgroup splits
    qint64 groupId = 0;   // 0 for a class lesson
    QString targetName;   // "5А" or the group's name
    YearInfo year;
};

// The lesson of the caller's school, or not_found.
LessonInfo lessonOf(const RequestContext &ctx, qint64 lessonId);
// Refuses (invalid, details.lessonId) changes to a cancelled or merged lesson, to a lesson
// other lessons are merged into (when `allowMergeTarget` is false), and to a closed year.
void requireChangeable(const RequestContext &ctx, const LessonInfo &lesson,
                       bool allowMergeTarget);
// Locks the academic year against a concurrent generation (shared) or for one (exclusive).
void lockYear(const RequestContext &ctx, qint64 yearId, bool exclusive);

// "5А Математика, 2026-10-05, lesson 3" for messages.
QString describe(const LessonInfo &lesson);

// Another planned lesson at that date and lesson number that clashes with the lesson
// (the same teacher, the same room, or the same class or group — a class's lesson clashes
// with its subgroups', subgroups of one class do not clash with each other). Lessons merged
// into another one are not counted. Returns the clashing lesson's description, empty if none.
struct Slot
{
    QDate date;
    int lessonNo = 0;
    qint64 teacherId = 0;
    qint64 roomId = 0;
};
QString teacherClash(const RequestContext &ctx, qint64 selfId, const Slot &slot);
QString roomClash(const RequestContext &ctx, qint64 selfId, const Slot &slot);
QString targetClash(const RequestContext &ctx, const LessonInfo &lesson, const Slot &slot);
// The holiday that keeps the lesson's class (a group: all its grades) away on that date, or
// empty when it is a school day for it.
QString holidayOn(const RequestContext &ctx, const LessonInfo &lesson, const QDate &date);

// A change to record: the lesson_change row, its audit record and its event.
struct Change
{
    explicit Change(const QString &kind) : kind(kind) {}
    QString kind;  // substitute, move, cancel, restore, merge
    qint64 oldTeacherId = 0, newTeacherId = 0;
    QDate oldDate, newDate;
    int oldLessonNo = -1, newLessonNo = -1;
    qint64 oldRoomId = 0, newRoomId = 0;
    qint64 mergedIntoId = 0;
    QString reason;
};
// Inside write(): inserts the lesson_change row and queues `lesson.changed`
// {lessonId, date, kind} for the school (date: where the lesson is now).
void recordChange(RequestContext &ctx, const LessonInfo &lesson, const Change &change,
                  const QDate &dateNow);

// Students and guardians see only the lessons of their own (their children's) classes and
// groups; staff see every lesson. `students` is empty for staff.
struct Scope
{
    bool pupil = false;
    QList<qint64> students;
    QString arrayText() const;  // "{1,2}" for a bigint[] bind
};
Scope scopeOf(const RequestContext &ctx);

// Lesson rows as lists return them (see PROTOCOL.md), for the lessons matching `where`
// (SQL over l, a, c, g with `?` binds appended after the scope's), sorted by date, lesson
// number and class or group.
QCborArray lessonRows(const RequestContext &ctx, const Scope &scope, const QString &where,
                      const QVariantList &binds);
// The SQL that keeps only the lessons the scope may see (true for staff); binds: the
// scope's flag and students array, in that order.
QString scopeCondition();

// A date range parameter pair, at most `maxDays` long.
std::pair<QDate, QDate> rangeParams(const RequestContext &ctx, int maxDays);

QVariant nullableId(qint64 id);

} // namespace ejournal::server::handlers::lessons

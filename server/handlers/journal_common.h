// What the journal handlers share: a load's header (subject, class or group, teacher, scale,
// year, period scheme), the contents of cells and their rows as journal.open sends them,
// lesson rows, periods, the correction window and the register of late corrections.
#pragma once

#include "checks.h"
#include "journal_scope.h"
#include "marks.h"

#include <QCborArray>
#include <QCborMap>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace ejournal::server::handlers::journal {

// Russian names sort with this collation.
inline constexpr char kCollate[] = "COLLATE \"ru-x-icu\"";

// The access columns over a load aliased `a` (its group left-joined as `g`): the caller
// (bind: staff id, twice; -1 without one) teaches the load; is class teacher of it.
QString accessColumns();
// The caller's rights from those two columns and the caller's roles.
Access accessFrom(const RequestContext &ctx, bool teaches, bool classTeacher);
// The caller's staff id, -1 when the caller is not staff (never matches a row).
qint64 staffBind(const RequestContext &ctx);

// "Фамилия Имя Отчество" of the staff row with that alias.
QString staffName(const char *alias);

// The joins behind "FROM assignment a": subject s, teacher st, class c, group g, the class a
// subgroup splits gc, year y, scale ss, settings js. assignmentColumns() selects from them
// what AssignmentInfo::read reads (kAssignmentColumnCount columns).
extern const char kAssignmentJoins[];
QString assignmentColumns();
// The period scheme of the load aliased `a` over kAssignmentJoins: the class's, the split
// class's, the first member class's (a stream), else the year's first; NULL when none.
QString schemeOf();
inline constexpr int kAssignmentColumnCount = 16;

struct AssignmentInfo
{
    qint64 id = 0;
    qint64 subjectId = 0;
    QString subjectName;
    qint64 classId = 0;  // the class, or the class a subgroup splits; 0 for a stream
    qint64 groupId = 0;
    QString targetName;  // "5А" or the group's name
    qint64 teacherId = 0;
    QString teacherName;
    marks::Scale scale = marks::Scale::Five;
    YearInfo year;
    qint64 schemeId = 0;  // 0: the year has no period scheme
    int correctionDays = 7;

    // Reads kAssignmentColumns starting at `column`.
    static AssignmentInfo read(const QSqlQuery &q, int column);
    QCborMap toMap() const;
    bool yearClosed() const { return year.state == QLatin1String("closed"); }
};

// The load of the caller's school, or not_found.
AssignmentInfo assignmentOf(const RequestContext &ctx, qint64 assignmentId);

struct Period
{
    qint64 id = 0;
    QString name;
    QDate startsOn;
    QDate endsOn;
    bool closed = false;

    QCborMap toMap() const;
};
// The periods of a scheme in order.
QList<Period> periodsOf(const RequestContext &ctx, qint64 schemeId);

// A dated lesson of a journal with its load and its card.
struct JournalLesson
{
    AssignmentInfo assignment;
    qint64 id = 0;
    QDate date;
    QString status;  // planned, cancelled
    bool merged = false;
    int ageDays = 0;  // today minus the lesson's date
    int version = 0;
    QString topic;
    QString summary;
    QString homework;
    QDate homeworkDue;
    qint64 workTypeId = 0;
    bool controlWork = false;
    qint64 planItemId = 0;

    // "5А Математика 2026-11-20"
    QString describe() const;
};
// The lesson of the caller's school, or not_found.
JournalLesson journalLessonOf(const RequestContext &ctx, qint64 lessonId);
// The columns journalLessonOf reads over "FROM lesson l JOIN assignment a ... kAssignmentJoins"
// (kJournalLessonColumnCount of them), and the lesson read from them at column 0.
QString journalLessonColumns();
inline constexpr int kJournalLessonColumnCount = kAssignmentColumnCount + 13;
JournalLesson readJournalLesson(const QSqlQuery &q);
// Refuses (invalid, details.lessonId) changes in a closed year and to a cancelled or merged
// lesson.
void requireChangeable(const JournalLesson &lesson);
// The period of the load's scheme containing the date (id 0 when none).
Period periodOn(const RequestContext &ctx, const AssignmentInfo &assignment, const QDate &date);

// The caller (bind: staff id) is class teacher of the class of the load aliased `a` (group
// `g`), of the class a subgroup splits, or of a class a member of its group is enrolled in.
extern const char kClassTeacherOfLoad[];

// The membership of a load's students on a lesson's date, for a lesson aliased `l` of the load
// aliased `a`; bind: the student id, twice.
extern const char kMemberOnLessonDate[];

struct Mark
{
    QString value;
    qint64 workTypeId = 0;
    QString comment;
    QDateTime enteredAt;  // invalid: not known (a past state)
    QString enteredBy;
};

// What a cell holds: attendance and marks.
struct CellContent
{
    QString attendance;  // "", "absent", "sick", "excused", "late"
    int lateMinutes = 0;
    QList<Mark> marks;

    // {attendance, lateMinutes, marks: [{value, workTypeId, comment}]}: the revision's content,
    // the audit's before/after.
    QCborMap contentMap() const;
    static CellContent fromContent(const QCborMap &content);
};

// Moments as isoTime writes them, several times faster for many: the system time zone is
// looked up once (isoTime converts each moment to local time through the C library).
class MomentText
{
public:
    MomentText();
    QCborValue operator()(const QDateTime &moment) const;  // null for an invalid moment

private:
    QTimeZone m_zone;
};

struct Cell
{
    qint64 lessonId = 0;
    qint64 studentId = 0;
    CellContent content;
    int version = 0;  // 0: the cell does not exist
    QDateTime updatedAt;
    QString updatedBy;

    // The row of journal.open's cells.
    QCborMap toMap(const MomentText &moments = MomentText()) const;
};

// Which cells to read: those of the lessons `l` matching `where` (binds follow the school id),
// of one student when studentId is not 0.
struct CellFilter
{
    QString where;
    QVariantList binds;
    qint64 studentId = 0;
};
// The existing cells of the filter sorted by lesson and student, with their marks, as
// journal.open's rows (Cell::toMap), in one statement.
QCborArray readCellRows(const RequestContext &ctx, const CellFilter &filter);
// The cells as they were at a past moment (journal_cell_revision).
QList<Cell> readCellsAsOf(const RequestContext &ctx, const CellFilter &filter,
                          const QDateTime &asOf);

// Lesson rows as journal.open has them for lessons `l` matching `where`, sorted by date and
// lesson number. `canWrite` of a lesson: not `readOnly` (a past state), the whole journal is
// writable (`journalWrite`) or the caller gives it, it is not cancelled, and the year is open.
// lessonsJson is the subquery giving them as one JSON array, lessonsJsonBinds its binds
// (including those of `where`).
QString lessonsJson(const QString &where);
QVariantList lessonsJsonBinds(const RequestContext &ctx, bool journalWrite, bool readOnly,
                              const QVariantList &whereBinds);
QCborArray lessonRows(const RequestContext &ctx, const QString &where, const QVariantList &binds,
                      bool journalWrite, bool readOnly = false);

// A correction outside the window: the lesson is older than the window, or its period is
// closed. Empty text when the edit is on time; otherwise why a reason is needed.
QString lateBecause(int ageDays, int correctionDays, const QString &closedPeriod);
// Throws invalid (details.reason = "required: ...") when a late edit has no reason.
void requireReason(const QString &lateWhy, const QString &reason);

struct Correction
{
    qint64 assignmentId = 0;
    QString what;  // cell, lesson, final
    qint64 lessonId = 0;
    qint64 studentId = 0;
    qint64 periodId = 0;
    QCborValue before;
    QCborValue after;
    QString reason;
};
// Adds the correction to the register for the deputy (inside write()).
void recordCorrection(const RequestContext &ctx, const Correction &correction);

// Pushes an event of the journal of the load to the connections that opened it.
void pushJournalEvent(RequestContext &ctx, qint64 assignmentId, const QString &name,
                      const QString &key, const QCborMap &row);

// Helpers for binds and results.
QVariant nullableId(qint64 id);
QVariant nullableText(const QString &text);
QCborValue jsonValue(const QVariant &jsonText);  // jsonb text as CBOR, null for NULL
QString jsonText(const QCborValue &value);
QCborValue timeOrNull(const QDateTime &moment);
QCborValue dateOrNull(const QDate &date);
QCborValue idOrNull(qint64 id);
// The conflict error of a stale version, with the current state in details.current.
Error staleVersion(const QString &what, const QCborMap &current);

} // namespace ejournal::server::handlers::journal

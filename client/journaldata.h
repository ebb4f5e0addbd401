// The journal as journal.open describes it (students, lessons, cells with marks, final marks,
// kinds of work) and the cell entry language: what "5", "5 4", "н" or "оп 10" put in a cell,
// and the short texts a cell or a final mark shows.
#pragma once

#include "marks.h"

#include <QCborMap>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ejournal::client::journal {

struct Mark
{
    QString value;
    qint64 workTypeId = 0;  // 0: the lesson's kind of work (the server decides)
    QString comment;
    QString enteredAt;
    QString enteredBy;
};

// A mark of the given value with the lesson's kind of work and no comment.
Mark newMark(const QString &value);

// What a cell holds: attendance and up to five marks.
struct CellContent
{
    QString attendance;  // "", "absent", "sick", "excused", "late"
    int lateMinutes = 0;
    QList<Mark> marks;

    bool isEmpty() const { return attendance.isEmpty() && marks.isEmpty(); }
    // Same attendance and marks (value, kind, comment): what a write would change.
    bool sameAs(const CellContent &other) const;
    // The parameters of journal.setCell without lessonId, studentId and version.
    QCborMap toParams() const;
    static CellContent fromMap(const QCborMap &map);
};

struct Cell
{
    qint64 lessonId = 0;
    qint64 studentId = 0;
    CellContent content;
    qint64 version = 0;
    QString updatedAt;
    QString updatedBy;

    static Cell fromMap(const QCborMap &map);
};

struct Student
{
    qint64 id = 0;
    int number = 0;
    QString name;
    QString fullName;
    QDate from;   // null: a member from the start of the range
    QDate until;  // null: to its end

    bool memberOn(const QDate &date) const;
    static Student fromMap(const QCborMap &map);
};

struct Lesson
{
    qint64 id = 0;
    QDate date;
    int lessonNo = 0;
    QString status;
    QString topic;
    QString summary;
    QString homework;
    QDate homeworkDue;
    qint64 workTypeId = 0;
    bool controlWork = false;
    qint64 planItemId = 0;
    QString teacherName;
    bool substitute = false;
    bool canWrite = false;
    qint64 version = 0;
    int attachments = 0;

    bool cancelled() const { return status == QLatin1String("cancelled"); }
    static Lesson fromMap(const QCborMap &map);
};

struct WorkType
{
    qint64 id = 0;
    QString name;
    QString shortName;
    double weight = 1.0;
    bool allowsAbsent = false;
};

struct Final
{
    qint64 studentId = 0;
    qint64 periodId = 0;  // 0: the year's mark
    QString value;
    qint64 version = 0;

    static Final fromMap(const QCborMap &map);
};

struct Period
{
    qint64 id = 0;
    QString name;
    QDate startsOn;
    QDate endsOn;
    bool closed = false;

    static Period fromMap(const QCborMap &map);
};

// One entry of journal.list.
struct JournalInfo
{
    qint64 assignmentId = 0;
    QString subjectName;
    QString targetName;
    QString teacherName;
    bool canWrite = false;
    bool own = false;
    QList<Period> periods;

    static JournalInfo fromMap(const QCborMap &map);
};

// The answer of journal.open.
struct Snapshot
{
    qint64 assignmentId = 0;
    QString subjectName;
    QString targetName;
    QString teacherName;
    marks::Scale scale = marks::Scale::Five;
    Period period;
    bool canWrite = false;
    int correctionDays = 7;
    QList<WorkType> workTypes;
    QList<Student> students;
    QList<Lesson> lessons;
    QList<Cell> cells;
    QList<Final> finals;
    QString asOf;

    static Snapshot fromMap(const QCborMap &map);
};

// The short Russian texts of the journal: "н", "б", "у", "оп"; "зч"/"нз" for pass/fail marks;
// "н/а", "осв", "зач", "незач" for finals.
QString attendanceText(const QString &code);
QString markText(const QString &value);
QString finalText(const QString &value);
// "5 4", "н", "оп 10 5": what the cell shows and what its editor starts with.
QString cellText(const CellContent &content);

// A keyboard letter as the Russian layout has it on the same key ("y" → "н"), lower case, so
// that a teacher whose keyboard is switched to Latin still types н, б, у, оп, з.
QString russianLetters(const QString &text);

// What one quick keystroke (a digit or a letter, already russianLetters()) means in a cell.
struct QuickEntry
{
    enum class Kind { None, Mark, Attendance, Prefix };
    Kind kind = Kind::None;
    QString value;  // the mark value or attendance code
};
// `pending` is the first letter of a two-letter code typed before ("о" of "оп").
QuickEntry quickEntry(const QString &key, marks::Scale scale, const QString &pending = {});

// Parses what was typed in a cell's editor: marks and attendance separated by spaces,
// commas or slashes ("5 4", "н", "оп 10", "оп 5"); the marks keep the kind and comment of
// `before` where the value stays at its place. nullopt with a message when not understood.
std::optional<CellContent> parseCellText(const QString &text, marks::Scale scale,
                                         const CellContent &before, QString *error);
// A final mark typed: the scale's values, "н/а", "осв", "зач", "незач"; "" clears.
std::optional<QString> parseFinalText(const QString &text, marks::Scale scale);

} // namespace ejournal::client::journal

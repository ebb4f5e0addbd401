// What a FET timetable file says, whichever form it came in (the .fet XML with its timetable,
// or the timetable CSV export): FET's own names for days, hours, teachers, subjects, students
// sets and rooms, and where each activity was placed. Matching to the school is fet_match's job.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ejournal::server::handlers::fet {

struct StudentsSet
{
    QString name;
    QString kind;          // "year", "group" or "subgroup"; empty when the file does not say
    QStringList children;  // the groups of a year, the subgroups of a group
};

struct Activity
{
    int id = 0;
    int line = 0;  // CSV: the line of its first row; 0 for a .fet file
    QStringList teachers;
    QString subject;
    QStringList studentsSets;
    QString room;       // empty when FET gave it none
    int duration = 0;   // in FET hours
    QString day;        // empty when FET did not place the activity
    QStringList hours;  // the FET hours it occupies, in order
};

// A problem of the file itself (a CSV row that cannot be read), not of one matched activity.
struct FileProblem
{
    int line = 0;
    QString message;
};

struct File
{
    QString format;  // "fet" or "csv"
    QString institution;
    QStringList days;   // .fet: in FET's order; CSV: in order of first appearance
    QStringList hours;  // likewise
    bool inFetOrder = false;  // days and hours are FET's lists (.fet), not first seen (CSV)
    QStringList teachers;
    QStringList subjects;
    QStringList rooms;
    QList<StudentsSet> studentsSets;
    QList<Activity> activities;  // active ones only
    QList<FileProblem> problems;
};

// Reads a .fet file (FET's XML); throws `invalid` naming the place when it is not one.
File readFetXml(const QByteArray &data);
// Reads FET's timetable CSV export; throws `invalid` when it is not one.
File readFetCsv(const QByteArray &data);

} // namespace ejournal::server::handlers::fet

// The calendar of the demo year: the academic year that contains a date, its quarters
// (grades 1–9) and halves (grades 10–11) with the dates Russian schools use, the holidays
// between them (plus the February week of the first grade), and the bells of two shifts.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace ejournal::server::demo {

struct DemoPeriod
{
    int ordinal = 0;
    QString name;
    QDate startsOn;
    QDate endsOn;
};

struct DemoScheme
{
    QString kind;  // "quarters", "halves"
    QString name;
    QList<DemoPeriod> periods;
};

struct DemoHoliday
{
    QString name;
    QDate startsOn;
    QDate endsOn;
    QList<int> grades;  // empty: every grade
};

struct DemoBell
{
    int shift = 1;
    int lessonNo = 1;
    QTime startsAt;
    QTime endsAt;
};

struct DemoCalendar
{
    QString yearName;  // "2026/2027"
    QDate startsOn;    // September 1
    QDate endsOn;      // May 31
    DemoScheme quarters;
    DemoScheme halves;
    QList<DemoHoliday> holidays;
    QList<DemoBell> bells;
};

// The year in progress on `today`; from June on, the year that starts in September.
DemoCalendar demoCalendar(const QDate &today);

} // namespace ejournal::server::demo

// The demo year's calendar. The dates follow the 2026/2027 calendar of Russian schools
// (quarters Sep 1 – Oct 24, Nov 5 – Dec 28, Jan 12 – Mar 20, Mar 30 – May 31) and move with
// the weekdays in other years: quarters end on a Saturday or a working day, start on one.
#include "demo_calendar.h"

namespace ejournal::server::demo {

namespace {
constexpr int kSaturday = 6;

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= kSaturday;
}

QDate workdayOnOrAfter(QDate date)
{
    while (isWeekend(date))
        date = date.addDays(1);
    return date;
}

QDate workdayOnOrBefore(QDate date)
{
    while (isWeekend(date))
        date = date.addDays(-1);
    return date;
}

// The Saturday at most three days away.
QDate nearestSaturday(const QDate &date)
{
    int shift = kSaturday - date.dayOfWeek();  // -1 (Sunday) .. 5 (Monday)
    if (shift > 3)
        shift -= 7;
    return date.addDays(shift);
}

DemoScheme quartersOf(int startYear)
{
    const QDate q1End = nearestSaturday(QDate(startYear, 10, 24));
    const QDate q2Start = workdayOnOrAfter(QDate(startYear, 11, 5));
    const QDate q2End = workdayOnOrBefore(QDate(startYear, 12, 28));
    const QDate q3Start = workdayOnOrAfter(QDate(startYear + 1, 1, 12));
    const QDate q3End = nearestSaturday(QDate(startYear + 1, 3, 20));
    const QDate q4Start = q3End.addDays(10);
    const auto quarter = [](int n, QDate from, QDate to) {
        return DemoPeriod{n, QStringLiteral("%1 четверть").arg(n), from, to};
    };
    return {QStringLiteral("quarters"), QStringLiteral("Четверти"),
            {quarter(1, QDate(startYear, 9, 1), q1End), quarter(2, q2Start, q2End),
             quarter(3, q3Start, q3End), quarter(4, q4Start, QDate(startYear + 1, 5, 31))}};
}

DemoScheme halvesOf(const DemoScheme &quarters)
{
    const auto &q = quarters.periods;
    return {QStringLiteral("halves"), QStringLiteral("Полугодия"),
            {{1, QStringLiteral("1 полугодие"), q[0].startsOn, q[1].endsOn},
             {2, QStringLiteral("2 полугодие"), q[2].startsOn, q[3].endsOn}}};
}

// The holidays lie between the quarters; first-graders rest one more week in February.
QList<DemoHoliday> holidaysOf(const DemoScheme &quarters, int startYear)
{
    const auto &q = quarters.periods;
    const auto between = [&](const QString &name, int before) {
        return DemoHoliday{name, q[before].endsOn.addDays(1),
                           q[before + 1].startsOn.addDays(-1), {}};
    };
    const QDate february(startYear + 1, 2, 17);
    const QDate extraStart = february.addDays(1 - february.dayOfWeek());
    return {between(QStringLiteral("Осенние каникулы"), 0),
            between(QStringLiteral("Зимние каникулы"), 1),
            {QStringLiteral("Дополнительные каникулы для первых классов"), extraStart,
             extraStart.addDays(6), {1}},
            between(QStringLiteral("Весенние каникулы"), 2)};
}

// 45-minute lessons with 10- and 20-minute breaks (the long ones after lessons 2 and 3).
QList<DemoBell> bellsOf(int shift, QTime start, int lessons)
{
    static const int breaks[] = {10, 20, 20, 10, 10, 10};
    QList<DemoBell> bells;
    for (int n = 1; n <= lessons; ++n) {
        bells.append({shift, n, start, start.addSecs(45 * 60)});
        if (n < lessons)
            start = start.addSecs((45 + breaks[n - 1]) * 60);
    }
    return bells;
}
} // namespace

DemoCalendar demoCalendar(const QDate &today)
{
    const int startYear = today.month() >= 6 ? today.year() : today.year() - 1;
    DemoCalendar calendar;
    calendar.yearName = QStringLiteral("%1/%2").arg(startYear).arg(startYear + 1);
    calendar.startsOn = QDate(startYear, 9, 1);
    calendar.endsOn = QDate(startYear + 1, 5, 31);
    calendar.quarters = quartersOf(startYear);
    calendar.halves = halvesOf(calendar.quarters);
    calendar.holidays = holidaysOf(calendar.quarters, startYear);
    // The second shift (some classes of grades 2–3) has five lessons and ends before 19:00.
    calendar.bells = bellsOf(1, QTime(8, 30), 7) + bellsOf(2, QTime(14, 0), 5);
    return calendar;
}

} // namespace ejournal::server::demo

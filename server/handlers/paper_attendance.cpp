// Counting missed days and lessons for the attendance summary of a printed journal.
#include "paper_attendance.h"

#include "marks.h"

#include <QCborMap>
#include <map>

namespace ejournal::server::handlers::paper {

namespace {

struct Day
{
    int lessons = 0, away = 0, ill = 0;
};

struct Tally
{
    int daysMissed = 0, daysIll = 0, lessonsMissed = 0, lessonsIll = 0;
    void add(const Day &day)
    {
        lessonsMissed += day.away;
        lessonsIll += day.ill;
        if (day.lessons > 0 && day.away == day.lessons) {
            ++daysMissed;
            if (day.ill == day.lessons)
                ++daysIll;
        }
    }
};

bool away(const QString &code)
{
    marks::Attendance value;
    return marks::attendanceFromName(code, &value) && marks::isAway(value);
}

QCborValue periodOf(const QCborArray &periods, const QDate &date)
{
    for (const QCborValue &p : periods) {
        const QCborMap period = p.toMap();
        if (QDate::fromString(period.value(QStringLiteral("startsOn")).toString(), Qt::ISODate) <= date
            && date <= QDate::fromString(period.value(QStringLiteral("endsOn")).toString(), Qt::ISODate))
            return period.value(QStringLiteral("id"));
    }
    return QCborValue(QCborValue::Null);
}

QCborMap row(qint64 student, const QCborValue &period, const Tally &t)
{
    return {{QStringLiteral("studentId"), student},
            {QStringLiteral("periodId"), period},
            {QStringLiteral("daysMissed"), t.daysMissed},
            {QStringLiteral("daysIll"), t.daysIll},
            {QStringLiteral("lessonsMissed"), t.lessonsMissed},
            {QStringLiteral("lessonsIll"), t.lessonsIll}};
}

} // namespace

QCborArray attendanceSummary(const AttendanceInput &input)
{
    // (student, date) → that day's lessons; ordered so that the output is stable
    std::map<std::pair<qint64, QDate>, Day> days;
    for (const auto &[lessonId, load] : input.lessons) {
        const auto &[assignmentId, date] = load;
        for (const Membership &m : input.members.value(assignmentId)) {
            if (!m.covers(date))
                continue;
            Day &day = days[{m.studentId, date}];
            ++day.lessons;
            const QString code = input.codes.value({lessonId, m.studentId});
            if (away(code)) {
                ++day.away;
                day.ill += code == QLatin1String("sick") ? 1 : 0;
            }
        }
    }
    std::map<qint64, std::map<qint64, Tally>> perPeriod;  // student → period id (0) → tally
    std::map<qint64, Tally> total;
    for (const auto &[key, day] : days) {
        perPeriod[key.first][periodOf(input.periods, key.second).toInteger(0)].add(day);
        total[key.first].add(day);
    }
    QCborArray out;
    for (const auto &[student, tally] : total) {
        for (const auto &[period, t] : perPeriod[student])
            if (period != 0)
                out.append(row(student, period, t));
        out.append(row(student, QCborValue(QCborValue::Null), tally));
    }
    return out;
}

} // namespace ejournal::server::handlers::paper

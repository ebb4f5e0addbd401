// The attendance summary of a printed journal: per student and period (and the whole range)
// the days and lessons missed, of them for illness, counted from the lessons each student
// had (class lessons while enrolled, subgroup lessons while a member) and their cells.
#pragma once

#include <QCborArray>
#include <QDate>
#include <QHash>
#include <QList>

namespace ejournal::server::handlers::paper {

struct Membership
{
    qint64 studentId = 0;
    QDate from, until;  // until invalid: open
    bool covers(const QDate &date) const
    {
        return from <= date && (!until.isValid() || date <= until);
    }
};

struct AttendanceInput
{
    // lesson id → (assignment id, date), lessons in order
    QList<std::pair<qint64, std::pair<qint64, QDate>>> lessons;
    // assignment id → who had its lessons (a class load: the class's enrolments)
    QHash<qint64, QList<Membership>> members;
    // (lesson id, student id) → attendance code ("absent", "sick", "excused", "late")
    QHash<std::pair<qint64, qint64>, QString> codes;
    QCborArray periods;  // [{id, startsOn, endsOn}]
};

// [{studentId, periodId (null: the whole range), daysMissed, daysIll, lessonsMissed,
//   lessonsIll}] for every student with a lesson in the range.
QCborArray attendanceSummary(const AttendanceInput &input);

} // namespace ejournal::server::handlers::paper

// Conflicts of a timetable version, found for the whole version in one set-based query:
// errors (a teacher, room, class or group member double-booked; a lesson number missing from
// the bell schedule) refuse a save, warnings (room too small, more lessons than the load, a
// teacher's forbidden slot, a day over the grade's limit) need the deputy's acceptance, notices
// (gaps in a class's day) are only shown.
#pragma once

#include "timetable_common.h"

namespace ejournal::server::handlers::timetable {

struct Conflict
{
    QString code;      // teacher_busy, room_busy, class_busy, no_bell, teacher_unavailable,
                       // room_too_small, over_load, day_too_long, gap
    QString severity;  // error, warning, info
    int weekday = 0;   // 0: not tied to a day (over_load)
    int lessonNo = -1; // -1: not tied to a lesson (over_load, day_too_long, gap)
    QList<qint64> entries;
    QString name;      // the teacher, room, class or subject the conflict is about
    QString other;     // the second party: the other class or group, the class in the room
    QVariant amount;   // lessons at once, students, lessons placed or a day's lessons; a shift
    QVariant limit;    // seats, the load's hours, the day's limit

    QString message() const;
    // {code, severity, message, entries, weekday|null, lessonNo|null, name, other?, amount?,
    // limit?}
    QCborMap toMap() const;
};

// The conflict query. Numbered parameters: $1 school id, $2 version id, $3 the reference date
// of class lists and group members. Columns: code, severity, weekday, lesson_no, entries
// ("12,15"), name, other, amount, lim. Also run directly by tests/bench_timetable.cpp.
const QString &conflictQuery();

QList<Conflict> versionConflicts(const RequestContext &ctx, const VersionInfo &version);

} // namespace ejournal::server::handlers::timetable

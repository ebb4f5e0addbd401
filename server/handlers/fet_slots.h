// FET's days and hours as ejournal's weekdays (1 = Monday … 6 = Saturday) and lesson numbers.
// A day is known by its name (Понедельник, Пн, Monday, Mon …) or else by its place in FET's
// list. An hour named by a number ("1", "1 урок") is that lesson; one named by a time ("08:30",
// "08:30-09:15") is the lesson of shift 1 that starts then; any other name goes by its place
// in FET's list onto the lessons of shift 1's bell schedule in order.
#pragma once

#include "fet_file.h"

#include <QTime>

namespace ejournal::server::handlers::fet {

struct Slot
{
    QString name;      // FET's
    int value = 0;     // the weekday or lesson number (lesson 0 exists) when `by` is set
    QString by;        // "name", "order", "number" or "time"; empty when unmapped
    QString problem;   // why there is none
};

struct Bell
{
    int lessonNo = 0;
    QTime startsAt;
};

QList<Slot> mapDays(const File &file);
// `bells`: the year's bell schedule of shift 1 in lesson order.
QList<Slot> mapHours(const File &file, const QList<Bell> &bells);

} // namespace ejournal::server::handlers::fet

// Printable timetables: one A4 landscape page per class, teacher or room — a table of the
// weekdays (Понедельник … Суббота) × lessons with their bell times; the school's name, the
// whom-for line and the version's valid-from date on top. Built from the grid model's view,
// so the page prints what the screen shows.
#pragma once

#include "printdocument.h"

#include <QCborMap>
#include <QCoreApplication>

namespace ejournal::client {

class TimetableGridModel;

class TimetablePrint
{
    Q_DECLARE_TR_FUNCTIONS(TimetablePrint)
public:
    // An empty landscape document for the school.
    static PrintDocument document(const QString &title, const QString &school);
    // Adds the page of the model's current view; whom: "class 5А", "teacher …", "room 101".
    static void addPage(PrintDocument &document, const TimetableGridModel &model,
                        const QString &whom, const QCborMap &version);
};

} // namespace ejournal::client

// FET import texts.
#include "fetimporttext.h"

#include "changesphrases.h"

namespace ejournal::client {

QString FetImportText::problem(const QString &english)
{
    const QList<Phrase> phrases{
        {anchored("not placed in the timetable: .*"),
         tr("not placed in the timetable: import the *_data_and_timetable.fet file FET writes "
            "after generating a timetable")},
        {anchored("FET day «(.*)»: (.*)"), tr("FET day «%1»: %2")},
        {anchored("FET hour «(.*)»: (.*)"), tr("FET hour «%1»: %2")},
        {anchored("the activity has no teacher"), tr("the activity has no teacher")},
        {anchored("the activity has no students set"), tr("the activity has no class or group")},
        {anchored("teacher «(.*)» is not matched to a staff member"),
         tr("teacher «%1» is not matched to a staff member")},
        {anchored("subject «(.*)» is not matched to a subject of the school"),
         tr("subject «%1» is not matched to a subject of the school")},
        {anchored("students set «(.*)» is not matched to a class or a study group of the year"),
         tr("students set «%1» is not matched to a class or group of the year")},
        {anchored("room «(.*)» is not matched to a room of the school"),
         tr("room «%1» is not matched to a room of the school")},
        {anchored("no load for (.*) / (.*) / (.*)"),
         tr("no teaching load for %1 / %2 / %3")},
        {anchored("not a weekday's name, and the CSV export does not give FET's order of days"),
         tr("not the name of a weekday (the CSV export does not give FET's order of days)")},
        {anchored("day (\\d+) of FET's week: the journal's week ends on Saturday"),
         tr("day %1 of FET's week: the journal's week ends on Saturday")},
        {anchored("no lesson of shift 1 starts at (.*)"), tr("no lesson of the first shift starts at %1")},
        {anchored("lesson numbers run from 0 to (\\d+)"), tr("lesson numbers run from 0 to %1")},
        {anchored("neither a lesson number nor a start time, .*"),
         tr("neither a lesson number nor a start time")},
        {anchored("hour (\\d+) of FET's day, but the bell schedule of shift 1 has (\\d+) lessons"),
         tr("hour %1 of FET's day, but the first shift's bell schedule has %2 lessons")},
        {anchored("falls on the same weekday as «(.*)»"), tr("falls on the same weekday as «%1»")},
        {anchored("falls on the same lesson as «(.*)»"), tr("falls on the same lesson as «%1»")},
        {anchored("line (\\d+): no activity id, day and hour \\(Activity Id «(.*)»\\)"),
         tr("line %1: no activity id, day and hour (Activity Id «%2»)")},
        {anchored("line (\\d+): activity (\\d+) continues on «(.*)» after starting on «(.*)» \\(line (\\d+)\\)"),
         tr("line %1: activity %2 continues on «%3» after starting on «%4» (line %5)")},
        {anchored("activity (\\d+) is placed at «(.*)», «(.*)», which the file's days and hours do not have"),
         tr("activity %1 is placed at «%2», «%3», which the file's days and hours do not have")},
        {anchored("an activity without a valid Id or Duration \\(«(.*)», «(.*)»\\)"),
         tr("an activity without a valid Id or Duration («%1», «%2»)")},
        {anchored("must not be empty"), tr("must be filled in")},
        {anchored("not well-formed XML at line (\\d+)"), tr("not well-formed XML at line %1")},
        {anchored("not a \\.fet file"), tr("this is not a FET file")},
        {anchored("not FET's timetable CSV export"), tr("this is not FET's timetable CSV export")},
        {anchored("(\\d+) problem\\(s\\)"), tr("problems in the file: %1")},
        {anchored("another version starts on this date"),
         tr("another timetable version starts on this date")},
        {anchored("must lie between (\\S+) and (\\S+)"), tr("must lie between %1 and %2")},
    };
    return translatePhrase(english, phrases, localDates(english));
}

QString FetImportText::matchedBy(const QString &by)
{
    if (by == QLatin1String("name"))
        return tr("by name");
    if (by == QLatin1String("mapping"))
        return tr("chosen by you");
    if (by == QLatin1String("children"))
        return tr("by its classes");
    if (by == QLatin1String("order"))
        return tr("by order");
    if (by == QLatin1String("number"))
        return tr("by number");
    if (by == QLatin1String("time"))
        return tr("by start time");
    return tr("not matched");
}

} // namespace ejournal::client

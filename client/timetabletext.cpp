// Timetable words and conflict reasons.
#include "timetabletext.h"

#include "timetabledocument.h"

#include <QLocale>

namespace ejournal::client {

namespace {
QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}
} // namespace

QString TimetableText::weekday(int weekday)
{
    switch (weekday) {
    case 1: return tr("Monday");
    case 2: return tr("Tuesday");
    case 3: return tr("Wednesday");
    case 4: return tr("Thursday");
    case 5: return tr("Friday");
    case 6: return tr("Saturday");
    }
    return {};
}

QString TimetableText::weekdayShort(int weekday)
{
    switch (weekday) {
    case 1: return tr("Mon");
    case 2: return tr("Tue");
    case 3: return tr("Wed");
    case 4: return tr("Thu");
    case 5: return tr("Fri");
    case 6: return tr("Sat");
    }
    return {};
}

QString TimetableText::parity(int parity)
{
    if (parity == 1)
        return tr("Odd weeks");
    if (parity == 2)
        return tr("Even weeks");
    return {};
}

QString TimetableText::parityShort(int parity)
{
    if (parity == 1)
        return tr("odd wk.");
    if (parity == 2)
        return tr("even wk.");
    return {};
}

QString TimetableText::slot(int weekday, int lessonNo)
{
    if (weekday <= 0)
        return tr("Whole week");
    if (lessonNo < 0)
        return weekdayShort(weekday);
    return tr("%1, lesson %2").arg(weekdayShort(weekday)).arg(lessonNo);
}

QString TimetableText::reason(const TimetableConflict &c)
{
    const int amount = int(c.amount);
    if (c.code == QLatin1String("teacher_busy"))
        return tr("%1 has %n lessons at the same time", "", amount).arg(c.name);
    if (c.code == QLatin1String("room_busy"))
        return tr("Room %1 has %n lessons at the same time", "", amount).arg(c.name);
    if (c.code == QLatin1String("class_busy") && c.name == c.other)
        return tr("%1 has two lessons at the same time").arg(c.name);
    if (c.code == QLatin1String("class_busy"))
        return tr("%1 and %2 have lessons at the same time (common students)").arg(c.name, c.other);
    if (c.code == QLatin1String("no_bell"))
        return tr("%1: there is no such lesson in the bell schedule of shift %2").arg(c.name).arg(amount);
    if (c.code == QLatin1String("teacher_unavailable"))
        return tr("%1 cannot teach at this time (a forbidden slot)").arg(c.name);
    if (c.code == QLatin1String("room_too_small"))
        return tr("Room %1 seats %2, but %3 has %n students", "", amount)
            .arg(c.name).arg(number(c.limit)).arg(c.other);
    if (c.code == QLatin1String("over_load"))
        return tr("%1 in %2: %3 lessons placed, but the load is %4 hours a week")
            .arg(c.name, c.other, number(c.amount), number(c.limit));
    if (c.code == QLatin1String("day_too_long"))
        return tr("%1 has %n lessons on this day, more than allowed (%2)", "", amount)
            .arg(c.name).arg(number(c.limit));
    if (c.code == QLatin1String("gap"))
        return tr("%1 has %n free lessons between lessons on this day", "", amount).arg(c.name);
    return c.message;
}

QString TimetableText::severity(const QString &severity)
{
    if (severity == QLatin1String("error"))
        return tr("Error");
    if (severity == QLatin1String("warning"))
        return tr("Warning");
    return tr("Note");
}

QString TimetableText::warningName(const QString &code)
{
    if (code == QLatin1String("teacher_unavailable"))
        return tr("Lessons in teachers' forbidden slots");
    if (code == QLatin1String("room_too_small"))
        return tr("Rooms too small for the class or group");
    if (code == QLatin1String("over_load"))
        return tr("More lessons than the teaching load");
    if (code == QLatin1String("day_too_long"))
        return tr("More lessons a day than allowed for the grade");
    return code;
}

} // namespace ejournal::client

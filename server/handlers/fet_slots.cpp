// FET's days and hours as weekdays and lesson numbers.
#include "fet_slots.h"

#include "fet_names.h"

#include <QHash>
#include <QRegularExpression>

namespace ejournal::server::handlers::fet {

namespace {
constexpr int kLastWeekday = 6;
constexpr int kLastLesson = 12;

int weekdayNamed(const QString &name)
{
    static const QHash<QString, int> names{
        {QStringLiteral("понедельник"), 1}, {QStringLiteral("пн"), 1},
        {QStringLiteral("вторник"), 2},     {QStringLiteral("вт"), 2},
        {QStringLiteral("среда"), 3},       {QStringLiteral("ср"), 3},
        {QStringLiteral("четверг"), 4},     {QStringLiteral("чт"), 4},
        {QStringLiteral("пятница"), 5},     {QStringLiteral("пт"), 5},
        {QStringLiteral("суббота"), 6},     {QStringLiteral("сб"), 6},
        {QStringLiteral("monday"), 1},      {QStringLiteral("mon"), 1},
        {QStringLiteral("tuesday"), 2},     {QStringLiteral("tue"), 2},
        {QStringLiteral("wednesday"), 3},   {QStringLiteral("wed"), 3},
        {QStringLiteral("thursday"), 4},    {QStringLiteral("thu"), 4},
        {QStringLiteral("friday"), 5},      {QStringLiteral("fri"), 5},
        {QStringLiteral("saturday"), 6},    {QStringLiteral("sat"), 6},
    };
    return names.value(compactKey(name));
}

Slot mapDay(const QString &name, qsizetype index, bool inFetOrder)
{
    if (const int weekday = weekdayNamed(name))
        return {name, weekday, QStringLiteral("name"), {}};
    if (!inFetOrder)
        return {name, 0, {}, QStringLiteral("not a weekday's name, and the CSV export does not"
                                            " give FET's order of days")};
    if (index >= kLastWeekday)
        return {name, 0, {}, QStringLiteral("day %1 of FET's week: the journal's week ends on"
                                            " Saturday").arg(index + 1)};
    return {name, int(index) + 1, QStringLiteral("order"), {}};
}

Slot mapHour(const QString &name, qsizetype index, bool inFetOrder, const QList<Bell> &bells)
{
    static const QRegularExpression time(QStringLiteral("^\\s*(\\d{1,2})[:.](\\d{2})"));
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d{1,2})(?![\\d:.,]\\d)"));
    if (const auto m = time.match(name); m.hasMatch()) {
        const QTime at(m.captured(1).toInt(), m.captured(2).toInt());
        for (const Bell &bell : bells)
            if (bell.startsAt == at)
                return {name, bell.lessonNo, QStringLiteral("time"), {}};
        return {name, 0, {}, QStringLiteral("no lesson of shift 1 starts at %1")
                                 .arg(at.toString(QStringLiteral("HH:mm")))};
    }
    if (const auto m = number.match(name); m.hasMatch()) {
        const int lesson = m.captured(1).toInt();
        if (lesson > kLastLesson)
            return {name, 0, {},
                    QStringLiteral("lesson numbers run from 0 to %1").arg(kLastLesson)};
        return {name, lesson, QStringLiteral("number"), {}};
    }
    if (!inFetOrder)
        return {name, 0, {}, QStringLiteral("neither a lesson number nor a start time, and the CSV"
                                            " export does not give FET's order of hours")};
    if (index >= bells.size())
        return {name, 0, {}, QStringLiteral("hour %1 of FET's day, but the bell schedule of shift 1"
                                            " has %2 lessons").arg(index + 1).arg(bells.size())};
    return {name, bells[index].lessonNo, QStringLiteral("order"), {}};
}

// Two FET days (hours) on one weekday (lesson) would put two timetables in one slot.
QList<Slot> refuseShared(QList<Slot> mapped, const QString &what)
{
    QHash<int, QString> owner;
    for (Slot &slot : mapped) {
        if (slot.by.isEmpty())
            continue;
        if (owner.contains(slot.value)) {
            slot.problem = QStringLiteral("falls on the same %1 as «%2»")
                               .arg(what, owner.value(slot.value));
            slot.value = 0;
            slot.by.clear();
        } else {
            owner.insert(slot.value, slot.name);
        }
    }
    return mapped;
}
} // namespace

QList<Slot> mapDays(const File &file)
{
    QList<Slot> out;
    for (qsizetype i = 0; i < file.days.size(); ++i)
        out.append(mapDay(file.days[i], i, file.inFetOrder));
    return refuseShared(out, QStringLiteral("weekday"));
}

QList<Slot> mapHours(const File &file, const QList<Bell> &bells)
{
    QList<Slot> out;
    for (qsizetype i = 0; i < file.hours.size(); ++i)
        out.append(mapHour(file.hours[i], i, file.inFetOrder, bells));
    return refuseShared(out, QStringLiteral("lesson"));
}

} // namespace ejournal::server::handlers::fet

// Words of the timetable screens: weekday names, lesson rows with bell times, the readable
// reason of each conflict the server reports (its English message is for the log only).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ejournal::client {

struct TimetableConflict;

class TimetableText
{
    Q_DECLARE_TR_FUNCTIONS(TimetableText)
public:
    // 1 (Monday) … 6 (Saturday): "Понедельник" / "Пн".
    static QString weekday(int weekday);
    static QString weekdayShort(int weekday);
    // "Odd weeks" / "Even weeks" / empty for every week.
    static QString parity(int parity);
    static QString parityShort(int parity);
    // "Mon, lesson 3".
    static QString slot(int weekday, int lessonNo);
    // The reason of a conflict in words.
    static QString reason(const TimetableConflict &conflict);
    static QString severity(const QString &severity);
    // The name of a warning code, for the dialog that accepts warnings.
    static QString warningName(const QString &code);
};

} // namespace ejournal::client

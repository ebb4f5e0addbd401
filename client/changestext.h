// The words of the changes area: kinds of change, how a change of the day's sheet and a dated
// lesson read, dates with the weekday, and the server's validation problems of the lesson
// methods (common/PROTOCOL.md "Lesson calendar methods") in the user's language.
#pragma once

#include "reply.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

namespace ejournal::client {

class ChangesText
{
    Q_DECLARE_TR_FUNCTIONS(ChangesText)
public:
    // "Substitution", "Move", "Cancellation", "Restored", "Merge".
    static QString kindName(const QString &kind);
    // What a changes.day row changed: "Иванова М. П. → Петрова А. С.", "21.09.2026, lesson 1 →
    // 22.09.2026, lesson 3", "The lesson is cancelled" …
    static QString changeDetails(const QCborMap &change);
    // The teacher a changes.day row concerns now (the substitute, else the one recorded).
    static QString changeTeacher(const QCborMap &change);
    // A lesson row's state in words: cancelled, merged, substituted (with the timetabled
    // teacher), moved; empty for a lesson as timetabled.
    static QString lessonNote(const QCborMap &lesson);
    // True when the lesson is given by a substitute.
    static bool isSubstituted(const QCborMap &lesson);
    // "5А, Математика, 21.09.2026, lesson 1".
    static QString lessonTitle(const QCborMap &lesson);
    // "08:30–09:15" from startsAt/endsAt; empty when the bells are not known.
    static QString lessonTime(const QCborMap &lesson);
    // "Mon, 21.09.2026".
    static QString dayText(const QDate &date);
    static QDate dateOf(const QCborValue &iso);
    static QString isoDate(const QDate &date);

    // One problem of an `invalid` reply of the lesson methods, translated.
    static QString problem(const QString &reason);
    using Translator = QString (*)(const QString &reason);
    // details key → problem, translated by `translate` (default: problem() above).
    static QMap<QString, QString> problems(const Reply &reply, Translator translate = nullptr);
    // The message for the top of a form or page: the problems of an `invalid` reply, otherwise
    // ErrorText's sentence for the failure.
    static QString summary(const Reply &reply, Translator translate = nullptr);
};

} // namespace ejournal::client

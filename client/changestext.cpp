// Texts of the changes area.
#include "changestext.h"

#include "changesphrases.h"
#include "errortext.h"

#include <QCborArray>
#include <QLocale>

namespace ejournal::client {

namespace {
QString text(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString();
}
} // namespace

QString ChangesText::kindName(const QString &kind)
{
    if (kind == QLatin1String("substitute"))
        return tr("Substitution");
    if (kind == QLatin1String("move"))
        return tr("Move");
    if (kind == QLatin1String("cancel"))
        return tr("Cancellation");
    if (kind == QLatin1String("restore"))
        return tr("Restored");
    if (kind == QLatin1String("merge"))
        return tr("Merge");
    return kind;
}

QDate ChangesText::dateOf(const QCborValue &iso)
{
    return QDate::fromString(iso.toString(), Qt::ISODate);
}

QString ChangesText::isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString ChangesText::dayText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("ddd, dd.MM.yyyy"));
}

QString ChangesText::changeDetails(const QCborMap &change)
{
    const QString kind = text(change, "kind");
    if (kind == QLatin1String("substitute"))
        return tr("Teacher: %1 → %2").arg(text(change, "oldTeacherName"),
                                         text(change, "newTeacherName"));
    if (kind == QLatin1String("cancel"))
        return tr("The lesson is cancelled");
    if (kind == QLatin1String("restore"))
        return tr("The lesson takes place again");
    if (kind == QLatin1String("merge"))
        return tr("Taught together with %1").arg(text(change, "mergedIntoClass"));
    if (kind != QLatin1String("move"))
        return {};
    QStringList parts;
    const QDate from = dateOf(change.value(QLatin1String("oldDate")));
    const QDate to = dateOf(change.value(QLatin1String("newDate")));
    const qint64 fromNo = change.value(QLatin1String("oldLessonNo")).toInteger();
    const qint64 toNo = change.value(QLatin1String("newLessonNo")).toInteger();
    if (from != to)
        parts.append(tr("%1, lesson %2 → %3, lesson %4")
                         .arg(dayText(from)).arg(fromNo).arg(dayText(to)).arg(toNo));
    else if (fromNo != toNo)
        parts.append(tr("Lesson %1 → lesson %2").arg(fromNo).arg(toNo));
    const QString oldRoom = text(change, "oldRoomName");
    const QString newRoom = text(change, "newRoomName");
    if (oldRoom != newRoom)
        parts.append(tr("Room: %1 → %2")
                         .arg(oldRoom.isEmpty() ? tr("none") : oldRoom,
                              newRoom.isEmpty() ? tr("none") : newRoom));
    return parts.join(QStringLiteral("; "));
}

QString ChangesText::changeTeacher(const QCborMap &change)
{
    const QString now = text(change, "newTeacherName");
    return now.isEmpty() ? text(change, "oldTeacherName") : now;
}

bool ChangesText::isSubstituted(const QCborMap &lesson)
{
    return !text(lesson, "originalTeacherName").isEmpty();
}

QString ChangesText::lessonNote(const QCborMap &lesson)
{
    QStringList parts;
    const QString status = text(lesson, "status");
    if (status == QLatin1String("cancelled"))
        parts.append(tr("cancelled"));
    else if (status == QLatin1String("merged"))
        parts.append(tr("merged into another lesson"));
    if (isSubstituted(lesson))
        parts.append(tr("substitution (timetabled: %1)").arg(text(lesson, "originalTeacherName")));
    const QCborArray changes = lesson.value(QLatin1String("changes")).toArray();
    if (changes.contains(QCborValue(QStringLiteral("move"))))
        parts.append(tr("moved"));
    return parts.join(QStringLiteral("; "));
}

QString ChangesText::lessonTitle(const QCborMap &lesson)
{
    return tr("%1, %2, %3, lesson %4")
        .arg(text(lesson, "targetName"), text(lesson, "subjectName"),
             dayText(dateOf(lesson.value(QLatin1String("date")))))
        .arg(lesson.value(QLatin1String("lessonNo")).toInteger());
}

QString ChangesText::lessonTime(const QCborMap &lesson)
{
    const QString starts = text(lesson, "startsAt");
    if (starts.isEmpty())
        return {};
    return starts + QStringLiteral("–") + text(lesson, "endsAt");
}

// The server's description of a lesson, "5А Математика (2026-09-21, lesson 1, Иванова М. П.)",
// in the user's words.
static QString localLessons(QString reason)
{
    static const QRegularExpression described(
        QStringLiteral("\\((\\d{4}-\\d{2}-\\d{2}), lesson (\\d+), ([^)]*)\\)"));
    QRegularExpressionMatch match;
    while ((match = described.match(reason)).hasMatch())
        reason.replace(match.capturedStart(), match.capturedLength(),
                       ChangesText::tr("(%1, lesson %2, %3)")
                           .arg(localDates(match.captured(1)), match.captured(2),
                                match.captured(3)));
    return reason;
}

QString ChangesText::problem(const QString &given)
{
    const QString reason = localLessons(given);
    const QList<Phrase> phrases{
        {anchored("archived"), tr("archived")},
        {anchored("already gives this lesson"), tr("already gives this lesson")},
        {anchored("the teacher is busy: (.+)"), tr("the teacher is busy: %1")},
        {anchored("busy: (.+)"), tr("busy then: %1")},
        {anchored("the room is taken: (.+)"), tr("the room is taken: %1")},
        {anchored("(.+) has a lesson then: (.+)"), tr("%1 has a lesson then: %2")},
        {anchored("unavailable then"), tr("cannot teach at this time (a forbidden slot)")},
        {anchored("is a Sunday"), tr("is a Sunday")},
        {anchored("holiday «(.+)»"), tr("holidays «%1»")},
        {anchored("must lie between (\\S+) and (\\S+)"), tr("must lie between %1 and %2")},
        {anchored("must not be empty"), tr("must be filled in")},
        {anchored("missing"), tr("must be filled in")},
        {anchored("longer than (\\d+) characters"), tr("longer than %1 characters")},
        {anchored("must be from 0 to 12"), tr("must be from 0 to 12")},
        {anchored("nothing changes"), tr("the lesson is already there")},
        {anchored("name a date, a lesson number or a room"),
         tr("choose another date, lesson number or room")},
        {anchored("neither cancelled nor merged"), tr("the lesson is neither cancelled nor merged")},
        {anchored("cancelled"), tr("the lesson is cancelled: restore it first")},
        {anchored("merged into lesson (\\d+)"), tr("the lesson is merged into another: restore it first")},
        {anchored("lessons (.+) are merged into it"),
         tr("other lessons are merged into it: restore them first")},
        {anchored("the year (.+) is closed"), tr("the academic year %1 is closed")},
        {anchored("must name at least one lesson"), tr("choose at least one lesson")},
        {anchored("names lesson (\\d+) twice or the target"), tr("a lesson is chosen twice")},
        {anchored("(.+) is not at the same time or subject"),
         tr("%1 is not at the same time or of the same subject")},
        {anchored("must not be before from"), tr("must not be before the start")},
        {anchored("at most (\\d+) days after from"), tr("at most %1 days after the start")},
    };
    return translatePhrase(reason, phrases, localDates(reason));
}

QMap<QString, QString> ChangesText::problems(const Reply &reply, Translator translate)
{
    if (!translate)
        translate = &ChangesText::problem;
    QMap<QString, QString> out;
    if (!reply.isError(ErrorCode::Invalid))
        return out;
    const QCborMap details = reply.error.details;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        if (it.value().isString())
            out.insert(it.key().toString(), translate(it.value().toString()));
    return out;
}

QString ChangesText::summary(const Reply &reply, Translator translate)
{
    const QMap<QString, QString> found = problems(reply, translate);
    if (found.isEmpty())
        return ErrorText::forReply(reply);
    QStringList lines;
    for (const QString &line : found)
        if (!lines.contains(line))
            lines.append(line);
    return tr("Not done: %1.").arg(lines.join(QStringLiteral("; ")));
}

} // namespace ejournal::client

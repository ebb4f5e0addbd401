// Russian sentences for the structure methods' validation problems.
#include "structureerrors.h"

#include "errortext.h"
#include "structuretext.h"

#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace ejournal::client {

namespace {
struct Pattern
{
    QRegularExpression expression;
    std::function<QString(const QRegularExpressionMatch &)> text;
};

QRegularExpression exact(const char *pattern)
{
    return QRegularExpression(QStringLiteral("^%1$").arg(QString::fromUtf8(pattern)));
}

// "the period «1 четверть» of «Четверти», the holiday «Осенние»" from the server's list.
QString outsideList(QString list)
{
    static const QRegularExpression period(QStringLiteral("the period («[^»]*») of («[^»]*»)"));
    static const QRegularExpression holiday(QStringLiteral("the holiday («[^»]*»)"));
    list.replace(period, StructureErrors::tr("the period %1 of %2").arg(QStringLiteral("\\1"),
                                                                         QStringLiteral("\\2")));
    list.replace(holiday, StructureErrors::tr("the holiday %1").arg(QStringLiteral("\\1")));
    return list;
}

const QList<Pattern> &patterns()
{
    using M = QRegularExpressionMatch;
    static const QList<Pattern> list{
        {exact("must not be empty"), [](const M &) { return StructureErrors::tr("Fill this in."); }},
        {exact("already exists|already used"),
         [](const M &) { return StructureErrors::tr("This name is already taken."); }},
        {exact("already exists in this year"),
         [](const M &) { return StructureErrors::tr("The year already has a period scheme with this name."); }},
        {exact("already used by (.*)"),
         [](const M &m) { return StructureErrors::tr("Already used by %1.").arg(m.captured(1)); }},
        {exact("must be after startsOn|must not be before startsOn"),
         [](const M &) { return StructureErrors::tr("The end must come after the start."); }},
        {exact("a year lasts at most (\\d+) months"),
         [](const M &m) { return StructureErrors::tr("A school year lasts at most %n month(s).", nullptr,
                                                     m.captured(1).toInt()); }},
        {exact("overlaps the academic year (.*)"),
         [](const M &m) { return StructureErrors::tr("Overlaps the school year %1.").arg(m.captured(1)); }},
        {exact("overlaps («.*)"),
         [](const M &m) { return StructureErrors::tr("Overlaps the holiday %1, which applies to the same grades.")
                              .arg(m.captured(1)); }},
        {exact("would leave outside: (.*)"),
         [](const M &m) { return StructureErrors::tr("Would leave outside the year: %1.")
                              .arg(outsideList(m.captured(1))); }},
        {exact("must lie between (\\S+) and (\\S+)"),
         [](const M &m) { return StructureErrors::tr("Must lie within the school year, %1 – %2.")
                              .arg(m.captured(1), m.captured(2)); }},
        {exact("must lie within (.*)"),
         [](const M &m) { return StructureErrors::tr("Must lie within the school year, %1.").arg(m.captured(1)); }},
        {exact("ends before it starts"),
         [](const M &) { return StructureErrors::tr("The period ends before it starts."); }},
        {exact("must start after (.*) ends"),
         [](const M &m) { return StructureErrors::tr("Must start after the end of «%1».").arg(m.captured(1)); }},
        {exact("the period is closed"),
         [](const M &) { return StructureErrors::tr("The period is closed: its dates cannot change."); }},
        {exact("\\w+ need (\\d+) periods"),
         [](const M &m) { return StructureErrors::tr("This kind needs %n period(s).", nullptr,
                                                     m.captured(1).toInt()); }},
        {exact("used by (.*)"),
         [](const M &m) { return StructureErrors::tr("The classes %1 follow this scheme; give them another "
                                                     "scheme first.").arg(m.captured(1)); }},
        {exact("the year is closed"),
         [](const M &) { return StructureErrors::tr("The school year is closed and can no longer be changed."); }},
        {exact("«(.*)» is active"),
         [](const M &m) { return StructureErrors::tr("The school year «%1» is still current; close it first.")
                              .arg(m.captured(1)); }},
        {exact("the year is already (\\w+)"),
         [](const M &m) { return StructureErrors::tr("The year is already %1.")
                              .arg(StructureText::yearState(m.captured(1))); }},
        {exact("a closed year is read-only and cannot be reopened"),
         [](const M &) { return StructureErrors::tr("A closed year cannot be reopened."); }},
        {exact("a year in planning cannot be closed; activate it first"),
         [](const M &) { return StructureErrors::tr("A planned year cannot be closed; make it current first."); }},
        {exact("must be whole numbers from 1 to 11"),
         [](const M &) { return StructureErrors::tr("Grades are numbers from 1 to 11."); }},
        {exact("must end after it starts"),
         [](const M &) { return StructureErrors::tr("The lesson must end after it starts."); }},
        {exact("overlaps lesson (\\d+)"),
         [](const M &m) { return StructureErrors::tr("Starts before lesson %1 ends.").arg(m.captured(1)); }},
        {exact("lesson (\\d+) is listed twice"),
         [](const M &m) { return StructureErrors::tr("Lesson %1 is listed twice.").arg(m.captured(1)); }},
        {exact("must come after lesson (\\d+)"),
         [](const M &m) { return StructureErrors::tr("Lessons must go in order: this one comes after lesson %1.")
                              .arg(m.captured(1)); }},
        {exact("lessonNo must be from 0 to (\\d+)"),
         [](const M &m) { return StructureErrors::tr("The lesson number must be from 0 to %1.").arg(m.captured(1)); }},
        {exact("must be from 1 to (\\d+) \\(0: not known\\)"),
         [](const M &m) { return StructureErrors::tr("The capacity must be from 1 to %1.").arg(m.captured(1)); }},
    };
    return list;
}
} // namespace

QString StructureErrors::problem(const QString &reason)
{
    for (const Pattern &pattern : patterns()) {
        const QRegularExpressionMatch match = pattern.expression.match(reason);
        if (match.hasMatch())
            return StructureText::withLocalDates(pattern.text(match));
    }
    return tr("The server did not accept this value (%1).").arg(StructureText::withLocalDates(reason));
}

QMap<QString, QString> StructureErrors::problems(const Reply &reply)
{
    QMap<QString, QString> out;
    if (!reply.isError(ErrorCode::Invalid))
        return out;
    const QCborMap &details = reply.error.details;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        out.insert(it.key().toString(), problem(it.value().toString()));
    return out;
}

QString StructureErrors::summary(const Reply &reply)
{
    QStringList lines;
    for (const QString &text : problems(reply))
        if (!lines.contains(text))
            lines.append(text);
    return lines.isEmpty() ? ErrorText::forReply(reply) : lines.join(QLatin1Char('\n'));
}

} // namespace ejournal::client

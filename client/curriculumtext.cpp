// Texts and colours of the curriculum page.
#include "curriculumtext.h"

#include "errortext.h"

#include <QLocale>
#include <QRegularExpression>

namespace ejournal::client {

namespace {
// The server's "the class total would be 30 of at most 29" (details.hoursPerWeek).
const QRegularExpression kOverMaximum(
    QStringLiteral("would be ([0-9]+(?:\\.[0-9]+)?) of at most ([0-9]+)"));

// "the weekly total of class 5Б would be …" names the class.
const QRegularExpression kClassOfMessage(QStringLiteral("of class (\\S+) would be"));

QString hoursProblemOf(const Reply &reply)
{
    return reply.error.details.value(QLatin1String("hoursPerWeek")).toString();
}
} // namespace

QString CurriculumText::hours(double value, bool blankZero)
{
    if (blankZero && value == 0)
        return {};
    if (value == qRound(value))
        return QString::number(qRound(value));
    return QLocale().toString(value, 'f', 1);
}

QString CurriculumText::shortName(const QString &fullName)
{
    const QStringList parts = fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return fullName;
    QString out = parts.first();
    for (qsizetype i = 1; i < parts.size() && i < 3; ++i)
        out += QLatin1Char(' ') + parts.at(i).left(1) + QLatin1Char('.');
    return out;
}

QString CurriculumText::statusName(const QString &status)
{
    if (status == QLatin1String("ok"))
        return tr("as planned");
    if (status == QLatin1String("unassigned"))
        return tr("not assigned");
    if (status == QLatin1String("under"))
        return tr("too few hours");
    if (status == QLatin1String("over"))
        return tr("too many hours");
    if (status == QLatin1String("unplanned"))
        return tr("not in the plan");
    return status;
}

QColor CurriculumText::statusColor(const QString &status)
{
    if (status == QLatin1String("ok"))
        return QColor(0x2e, 0x8b, 0x57);
    if (status == QLatin1String("unassigned"))
        return QColor(0xc6, 0x28, 0x28);
    if (status == QLatin1String("under"))
        return QColor(0xe0, 0x7b, 0x00);
    if (status == QLatin1String("over"))
        return QColor(0x6a, 0x3d, 0xb8);
    return QColor(0x75, 0x75, 0x75);
}

QStringList CurriculumText::statuses()
{
    return {QStringLiteral("unplanned"), QStringLiteral("unassigned"), QStringLiteral("under"),
            QStringLiteral("over"), QStringLiteral("ok")};
}

QString CurriculumText::planRefusal(const Reply &reply, const QString &className, int grade)
{
    const QRegularExpressionMatch match = kOverMaximum.match(hoursProblemOf(reply));
    if (reply.isError(ErrorCode::Invalid) && match.hasMatch())
        return tr("Not saved: the weekly total of class %1 would be %2 h, over the maximum of "
                  "%3 h for grade %4 (5-day week, SanPiN 1.2.3685-21).")
            .arg(className, hours(match.captured(1).toDouble()), match.captured(2))
            .arg(grade);
    return tr("Not saved: %1").arg(formMessage(reply));
}

QString CurriculumText::formMessage(const Reply &reply)
{
    if (!reply.isError(ErrorCode::Invalid))
        return ErrorText::forReply(reply);
    const QMap<QString, QString> problems = fieldProblems(reply);
    const QRegularExpressionMatch target = kClassOfMessage.match(reply.error.message);
    if (problems.contains(QStringLiteral("toClassIds")) && target.hasMatch())
        return tr("The plan cannot be copied: for class %1 %2.")
            .arg(target.captured(1), problems.value(QStringLiteral("toClassIds")));
    for (const QString &field : {QStringLiteral("toClassIds"), QStringLiteral("fromClassId")})
        if (problems.contains(field))
            return tr("The plan cannot be copied: %1.").arg(problems.value(field));
    return ErrorText::forReply(reply);
}

QMap<QString, QString> CurriculumText::fieldProblems(const Reply &reply)
{
    QMap<QString, QString> out;
    for (auto it = reply.error.details.constBegin(); it != reply.error.details.constEnd(); ++it)
        out.insert(it.key().toString(), problem(it.value().toString()));
    return out;
}

QString CurriculumText::problem(const QString &serverProblem)
{
    const QRegularExpressionMatch over = kOverMaximum.match(serverProblem);
    if (over.hasMatch())
        return tr("the weekly total would be %1 h, over the maximum of %2 h")
            .arg(hours(over.captured(1).toDouble()), over.captured(2));
    if (serverProblem == QLatin1String("archived"))
        return tr("is archived");
    if (serverProblem == QLatin1String("already has this load"))
        return tr("already teaches this subject to this class or group");
    if (serverProblem == QLatin1String("made for another subject"))
        return tr("the group was made for another subject");
    if (serverProblem.startsWith(QLatin1String("must be from")))
        return tr("from 0.5 to 40 hours a week");
    if (serverProblem == QLatin1String("must be a multiple of 0.5"))
        return tr("in steps of half an hour");
    if (serverProblem.startsWith(QLatin1String("give classId or groupId")))
        return tr("choose a class or a group");
    if (serverProblem.startsWith(QLatin1String("the year")))
        return tr("the academic year is closed");
    if (serverProblem == QLatin1String("has no curriculum"))
        return tr("the class has no plan yet");
    if (serverProblem == QLatin1String("includes an archived subject"))
        return tr("the plan includes an archived subject");
    if (serverProblem == QLatin1String("contains the source class"))
        return tr("the class cannot be copied to itself");
    return tr("check this value");
}

} // namespace ejournal::client

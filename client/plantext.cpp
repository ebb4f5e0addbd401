// Russian texts for the plan and journal-settings pages.
#include "plantext.h"

#include "errortext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace ejournal::client {

namespace {
struct Pattern
{
    const char *expression;
    std::function<QString(const QRegularExpressionMatch &)> text;
};

const QList<Pattern> &patterns()
{
    using M = QRegularExpressionMatch;
    static const QList<Pattern> list{
        {"must not be empty", [](const M &) { return PlanText::tr("Fill this in."); }},
        {"must be from 0\\.1 to 99 with at most one decimal",
         [](const M &) { return PlanText::tr("Hours: a number from 0.1 to 99 with at most one decimal."); }},
        {"must be from 0\\.1 to 10 with at most one decimal",
         [](const M &) { return PlanText::tr("The weight is a number from 0.1 to 10 with at most one decimal."); }},
        {"must be a date \\(YYYY-MM-DD\\) or empty",
         [](const M &) { return PlanText::tr("Not a date."); }},
        {"must lie between (\\S+) and (\\S+)",
         [](const M &m) { return PlanText::tr("Must lie within the school year, %1 – %2.")
                              .arg(PlanText::date(m.captured(1)), PlanText::date(m.captured(2))); }},
        {"must be from (\\d+) to (\\d+)",
         [](const M &m) { return PlanText::tr("Must be from %1 to %2.").arg(m.captured(1), m.captured(2)); }},
        {"already used by «(.*)»",
         [](const M &m) { return PlanText::tr("Already used by «%1».").arg(m.captured(1)); }},
        {"already used", [](const M &) { return PlanText::tr("This name is already taken."); }},
        {"the load already has a КТП of (\\d+) topics",
         [](const M &m) { return PlanText::tr("The load already has a plan of %n topic(s).", nullptr,
                                              m.captured(1).toInt()); }},
        {"has no КТП", [](const M &) { return PlanText::tr("That load has no plan to copy."); }},
        {"is the same load", [](const M &) { return PlanText::tr("Choose another load to copy from."); }},
        {"is a topic of another load",
         [](const M &) { return PlanText::tr("The topic belongs to another load; refresh the plan."); }},
        {"the year is closed",
         [](const M &) { return PlanText::tr("The school year is closed and can no longer be changed."); }},
        {"(\\d+) marks and (\\d+) final marks of the active year are not on this scale",
         [](const M &m) {
             return PlanText::tr("Not possible: %1 and %2 of this school year are not on this scale. "
                                 "Correct those marks first.")
                 .arg(PlanText::tr("%n mark(s)", nullptr, m.captured(1).toInt()),
                      PlanText::tr("%n final mark(s)", nullptr, m.captured(2).toInt()));
         }},
        {"(\\d+) rows with problems",
         [](const M &m) { return PlanText::tr("%n row(s) of the file have problems; nothing was imported.",
                                              nullptr, m.captured(1).toInt()); }},
    };
    return list;
}
} // namespace

QString PlanText::number(double value)
{
    QLocale russian(QLocale::Russian, QLocale::Russia);
    russian.setNumberOptions(QLocale::OmitGroupSeparator);
    return russian.toString(value, 'g', 4);
}

QDate PlanText::parseDate(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

QString PlanText::date(const QString &iso)
{
    const QDate day = parseDate(iso);
    return day.isValid() ? day.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString PlanText::problem(const QString &reason)
{
    for (const Pattern &pattern : patterns()) {
        const QRegularExpression expression(
            QStringLiteral("^%1$").arg(QString::fromUtf8(pattern.expression)));
        const QRegularExpressionMatch match = expression.match(reason);
        if (match.hasMatch())
            return pattern.text(match);
    }
    return reason;
}

QMap<QString, QString> PlanText::problems(const Reply &reply)
{
    QMap<QString, QString> out;
    if (!reply.isError(ErrorCode::Invalid))
        return out;
    const QCborMap details = reply.error.details;
    for (auto it = details.begin(); it != details.end(); ++it)
        out.insert(it.key().toString(), problem(it.value().toString()));
    return out;
}

QString PlanText::summary(const Reply &reply)
{
    const QMap<QString, QString> found = problems(reply);
    if (found.isEmpty())
        return ErrorText::forReply(reply);
    QStringList unique;
    for (const QString &text : found)
        if (!unique.contains(text))
            unique.append(text);
    return unique.join(QLatin1Char(' '));
}

} // namespace ejournal::client

// Readable Russian texts for the codes of the people and classes methods.
#include "peopletext.h"

#include <QRegularExpression>

namespace ejournal::client {

QString PeopleText::groupKind(const QString &kind)
{
    if (kind == QLatin1String("subgroup"))
        return tr("subgroup");
    if (kind == QLatin1String("stream"))
        return tr("stream");
    if (kind == QLatin1String("elective"))
        return tr("elective");
    if (kind == QLatin1String("individual"))
        return tr("individual plan");
    return kind;
}

QString PeopleText::movementKind(const QString &kind)
{
    if (kind == QLatin1String("admission"))
        return tr("Admission");
    if (kind == QLatin1String("transfer"))
        return tr("Transfer");
    if (kind == QLatin1String("withdrawal"))
        return tr("Withdrawal");
    return kind;
}

QString PeopleText::relation(const QString &relation)
{
    if (relation == QLatin1String("mother"))
        return tr("mother");
    if (relation == QLatin1String("father"))
        return tr("father");
    if (relation == QLatin1String("guardian"))
        return tr("guardian");
    if (relation == QLatin1String("other"))
        return tr("other");
    return relation;
}

QString PeopleText::gender(const QString &gender)
{
    if (gender == QLatin1String("m"))
        return tr("male");
    if (gender == QLatin1String("f"))
        return tr("female");
    return {};
}

QString PeopleText::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString PeopleText::date(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString PeopleText::problem(const QString &reason)
{
    static const QRegularExpression between(
        QStringLiteral("^must lie between (\\d{4}-\\d\\d-\\d\\d) and (\\d{4}-\\d\\d-\\d\\d)$"));
    if (const auto m = between.match(reason); m.hasMatch())
        return tr("The date must lie between %1 and %2.").arg(date(m.captured(1)), date(m.captured(2)));
    struct Known
    {
        const char *reason;
        const char *text;
    };
    static const Known known[] = {
        {"must not be empty", QT_TR_NOOP("Fill this in.")},
        {"missing", QT_TR_NOOP("Fill this in.")},
        {"must be between 1 and 11", QT_TR_NOOP("The grade must be from 1 to 11.")},
        {"must be one or two Cyrillic letters", QT_TR_NOOP("One or two Russian letters, for example А.")},
        {"already exists", QT_TR_NOOP("This name is already taken in this year.")},
        {"is archived", QT_TR_NOOP("This staff member is archived.")},
        {"belongs to another year", QT_TR_NOOP("It belongs to another academic year.")},
        {"the year is closed", QT_TR_NOOP("The academic year is closed and cannot be changed.")},
        {"not an e-mail address", QT_TR_NOOP("This does not look like an e-mail address.")},
        {"is a class teacher", QT_TR_NOOP("This person is the class teacher of a class. Appoint "
                                          "another class teacher first.")},
        {"already used", QT_TR_NOOP("This personal file number belongs to another student.")},
        {"must be in the past", QT_TR_NOOP("The date of birth must be in the past.")},
        {"before the latest movement", QT_TR_NOOP("The movement book already has a later entry for "
                                                  "this student.")},
        {"not enrolled on this date", QT_TR_NOOP("The student is not enrolled in any class on this "
                                                 "date.")},
        {"not after the enrolment's start", QT_TR_NOOP("The student joined the class on this day; "
                                                       "choose a later date.")},
        {"a group membership starts later", QT_TR_NOOP("The student joins a study group later; "
                                                       "change that group's members first.")},
        {"already enrolled", QT_TR_NOOP("The student is already enrolled in a class on this date.")},
        {"the student's own class", QT_TR_NOOP("The student is already in this class.")},
        {"before from", QT_TR_NOOP("The end of the period is before its start.")},
        {"before the latest change", QT_TR_NOOP("The members were changed later than this date.")},
        {"removal on the joining day", QT_TR_NOOP("A student cannot leave the group on the day "
                                                  "they joined it.")},
        {"must name 2 to 10 subgroups", QT_TR_NOOP("A class is split into 2 to 10 groups.")},
        {"required for a subgroup", QT_TR_NOOP("A subgroup needs a class.")},
    };
    for (const Known &k : known)
        if (reason == QLatin1String(k.reason))
            return tr(k.text);
    if (reason.endsWith(QLatin1String(" is not in the class")))
        return tr("A chosen student is not in the group's class on this date.");
    if (reason.endsWith(QLatin1String(" is not enrolled")))
        return tr("A chosen student is not enrolled in a class on this date.");
    return reason;
}

} // namespace ejournal::client

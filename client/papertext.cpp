// Words and short forms of the printed documents.
#include "papertext.h"

#include <QLocale>

namespace ejournal::client {

QString PaperText::attendance(const QString &code)
{
    if (code == QLatin1String("absent"))
        return tr("a", "attendance: absent (н)");
    if (code == QLatin1String("sick"))
        return tr("i", "attendance: ill (б)");
    if (code == QLatin1String("excused"))
        return tr("e", "attendance: excused (у)");
    if (code == QLatin1String("late"))
        return tr("l", "attendance: late (оп)");
    return {};
}

QString PaperText::markValue(const QString &value)
{
    if (value == QLatin1String("pass"))
        return tr("pass", "mark: passed (зач)");
    if (value == QLatin1String("fail"))
        return tr("fail", "mark: failed (незач)");
    if (value == QLatin1String("na"))
        return tr("n/c", "final mark: not certified (н/а)");
    if (value == QLatin1String("exempt"))
        return tr("ex.", "final mark: exempt (осв.)");
    return value;
}

QString PaperText::cell(const QString &attendance, const QCborArray &marks)
{
    QStringList parts;
    for (const QCborValue &m : marks)
        parts.append(markValue(m.toString()));
    const QString code = PaperText::attendance(attendance);
    const QString values = parts.join(QLatin1Char('/'));
    return code.isEmpty() ? values : values.isEmpty() ? code : code + values;
}

QString PaperText::periodHead(const QCborMap &period)
{
    static const char *const roman[] = {"I", "II", "III", "IV"};
    const int ordinal = int(period.value(QStringLiteral("ordinal")).toInteger());
    const QString name = period.value(QStringLiteral("name")).toString();
    if (ordinal < 1 || ordinal > 4)
        return name;
    const QString number = QLatin1String(roman[ordinal - 1]);
    if (name.contains(QStringLiteral("полугод")))
        return tr("%1 half", "short head: half-year (I пол.)").arg(number);
    if (name.contains(QStringLiteral("тримест")))
        return tr("%1 tri.", "short head: trimester (I тр.)").arg(number);
    if (name.contains(QStringLiteral("четверт")))
        return tr("%1 q.", "short head: quarter (I ч.)").arg(number);
    return name;
}

QString PaperText::yearHead()
{
    return tr("Year", "the year's final mark (Год)");
}

QString PaperText::month(int month)
{
    const QString name = QLocale().standaloneMonthName(month, QLocale::LongFormat);
    return name.left(1).toUpper() + name.mid(1);
}

QString PaperText::relation(const QString &relation)
{
    if (relation == QLatin1String("mother"))
        return tr("mother");
    if (relation == QLatin1String("father"))
        return tr("father");
    if (relation == QLatin1String("guardian"))
        return tr("guardian");
    return tr("other", "relation of a guardian");
}

QString PaperText::order(const QCborMap &order)
{
    const QString kind = order.value(QStringLiteral("kind")).toString();
    const QString when = date(order.value(QStringLiteral("date")).toString());
    const QString no = order.value(QStringLiteral("orderNo")).toString();
    if (kind == QLatin1String("admission"))
        return tr("admitted %1, order No. %2").arg(when, no);
    if (kind == QLatin1String("withdrawal"))
        return tr("withdrawn %1, order No. %2").arg(when, no);
    return tr("transferred %1, order No. %2").arg(when, no);
}

QString PaperText::date(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString PaperText::shortDate(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate).toString(QStringLiteral("dd.MM"));
}

QString PaperText::className(const QString &name)
{
    qsizetype digits = 0;
    while (digits < name.size() && name.at(digits).isDigit())
        ++digits;
    return tr("%1 «%2»", "class name on paper: 5 «А»").arg(name.left(digits), name.mid(digits));
}

} // namespace ejournal::client

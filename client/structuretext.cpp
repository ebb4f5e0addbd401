// Russian display of structure values.
#include "structuretext.h"

#include <QRegularExpression>
#include <QStringList>

namespace ejournal::client {

namespace {
const QString kDisplayFormat = QStringLiteral("dd.MM.yyyy");
} // namespace

QDate StructureText::parseDate(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

QString StructureText::isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString StructureText::date(const QString &iso)
{
    const QDate parsed = parseDate(iso);
    return parsed.isValid() ? parsed.toString(kDisplayFormat) : iso;
}

QString StructureText::span(const QString &fromIso, const QString &toIso)
{
    return QStringLiteral("%1 – %2").arg(date(fromIso), date(toIso));
}

QString StructureText::withLocalDates(QString text)
{
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    return text.replace(iso, QStringLiteral("\\3.\\2.\\1"));
}

QString StructureText::yearState(const QString &state)
{
    if (state == QLatin1String("planning"))
        return tr("planned");
    if (state == QLatin1String("active"))
        return tr("current");
    if (state == QLatin1String("closed"))
        return tr("closed");
    return state;
}

QString StructureText::schemeKind(const QString &kind)
{
    if (kind == QLatin1String("quarters"))
        return tr("quarters");
    if (kind == QLatin1String("trimesters"))
        return tr("trimesters");
    if (kind == QLatin1String("halves"))
        return tr("half-years");
    if (kind == QLatin1String("year"))
        return tr("whole year");
    return kind;
}

QString StructureText::component(const QString &component)
{
    if (component == QLatin1String("federal"))
        return tr("federal (FC)");
    if (component == QLatin1String("school"))
        return tr("school component");
    return component;
}

QString StructureText::grades(const QCborArray &grades)
{
    if (grades.isEmpty())
        return tr("all grades");
    QList<int> numbers;
    for (const QCborValue &grade : grades)
        numbers.append(int(grade.toInteger()));
    std::sort(numbers.begin(), numbers.end());
    QStringList parts;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers.at(j + 1) == numbers.at(j) + 1)
            ++j;
        if (j - i >= 2)
            parts.append(QStringLiteral("%1–%2").arg(numbers.at(i)).arg(numbers.at(j)));
        else
            for (qsizetype k = i; k <= j; ++k)
                parts.append(QString::number(numbers.at(k)));
        i = j + 1;
    }
    return tr("grades %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace ejournal::client

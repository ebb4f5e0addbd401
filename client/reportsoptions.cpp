// The choices of report parameters, read from reports.options.
#include "reportsoptions.h"

#include <QCborArray>

namespace ejournal::client {

using reports::RefKind;

namespace {
QList<ReportOption> readList(const QCborArray &array)
{
    QList<ReportOption> out;
    for (const QCborValue &value : array) {
        const QCborMap row = value.toMap();
        out.append({row.value(QStringLiteral("id")).toInteger(),
                    row.value(QStringLiteral("name")).toString(),
                    QDate::fromString(row.value(QStringLiteral("startsOn")).toString(), Qt::ISODate),
                    QDate::fromString(row.value(QStringLiteral("endsOn")).toString(), Qt::ISODate)});
    }
    return out;
}
} // namespace

ReportOptions ReportOptions::fromCbor(const QCborMap &map)
{
    const std::pair<RefKind, const char *> keys[] = {
        {RefKind::Year, "years"},       {RefKind::Period, "periods"},
        {RefKind::Class, "classes"},    {RefKind::Subject, "subjects"},
        {RefKind::Teacher, "teachers"}, {RefKind::WorkType, "workTypes"},
        {RefKind::Student, "students"},
    };
    ReportOptions options;
    for (const auto &[kind, key] : keys)
        options.m_lists.insert(kind, readList(map.value(QLatin1String(key)).toArray()));
    return options;
}

QString ReportOptions::nameOf(RefKind kind, qint64 id) const
{
    for (const ReportOption &option : m_lists.value(kind))
        if (option.id == id)
            return option.name;
    return QString::number(id);
}

qint64 ReportOptions::periodAround(const QDate &day) const
{
    const QList<ReportOption> periods = m_lists.value(RefKind::Period);
    const ReportOption *around = nullptr;
    const ReportOption *begun = nullptr;
    for (const ReportOption &period : periods) {
        // The narrowest period that holds the day: the quarter rather than the half-year.
        if (period.startsOn <= day && day <= period.endsOn
            && (!around || period.startsOn > around->startsOn))
            around = &period;
        if (period.startsOn <= day && (!begun || period.startsOn > begun->startsOn))
            begun = &period;
    }
    if (around)
        return around->id;
    if (begun)
        return begun->id;
    return periods.isEmpty() ? 0 : periods.first().id;
}

} // namespace ejournal::client

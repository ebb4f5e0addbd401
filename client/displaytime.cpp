// Server timestamps in local time, formatted the Russian way.
#include "displaytime.h"

#include <QLocale>

namespace ejournal::client {

QDateTime parseServerTime(const QString &iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(iso, Qt::ISODate);
    return time.isValid() ? time.toLocalTime() : QDateTime();
}

QString displayDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale(QLocale::Russian).toString(time, QStringLiteral("dd.MM.yyyy HH:mm"));
}

} // namespace ejournal::client

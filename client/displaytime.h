// Server timestamps (ISO 8601 with offset) shown in local time with Russian date conventions.
#pragma once

#include <QDateTime>
#include <QString>

namespace ejournal::client {

QDateTime parseServerTime(const QString &iso);
// "05.09.2024 14:03"; empty for an invalid time.
QString displayDateTime(const QDateTime &time);

} // namespace ejournal::client

// Retention of backups in one destination: the newest backup of each of the last N days,
// N weeks and N months that have backups is kept (a backup may count for several), the
// newest of all always; older ones and left-over partial copies are deleted.
#pragma once

#include <QDateTime>
#include <QStringList>

namespace ejournal::server {

struct Retention
{
    int daily = 14;
    int weekly = 8;
    int monthly = 12;
};

// The backups' base names in dir ("ejournal-YYYYMMDD-HHMMSS"), newest first.
QStringList backupsIn(const QString &dir);
// Which of the base names (newest first) the rule keeps.
QStringList keptBackups(const QStringList &newestFirst, const Retention &keep);
// Deletes what the rule does not keep; returns the deleted base names.
QStringList pruneBackups(const QString &dir, const Retention &keep);

} // namespace ejournal::server

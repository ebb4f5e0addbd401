// The operator's settings in <data-dir>/server.conf (INI, read when present); command-line
// options override them. Section [backup]:
//   destinations = /mnt/usb/ejournal, /srv/backup   (default: <data-dir>/backups)
//   time = 02:30          daily backup time (local)
//   intervalMinutes = 0   > 0: back up every N minutes instead of daily at `time`
//   keepDaily = 14, keepWeekly = 8, keepMonthly = 12
//   verify = true         restore each scheduled backup into a scratch database
#pragma once

#include "backuprun.h"

#include <QStringList>
#include <QTime>

namespace ejournal::server {

struct OpsConfig
{
    QStringList destinations;
    QTime time{2, 30};
    int intervalSeconds = 0;  // 0: daily at `time`
    Retention keep;
    bool verify = true;
};

QString configFilePath(const QString &dataDir);
QString defaultBackupDirectory(const QString &dataDir);

// Reads server.conf when it exists; a bad value is an error naming the key.
bool loadOpsConfig(const QString &dataDir, OpsConfig *config, QString *error);

// A backup run as the configuration says (staging and file ownership: the data directory).
BackupRunOptions backupRunOptions(const OpsConfig &config, const QString &dataDir,
                                  const QString &trigger);

} // namespace ejournal::server

// Reading <data-dir>/server.conf.
#include "opsconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ejournal::server {

namespace {

bool readInt(const QSettings &s, const QString &key, int min, int max, int *out, QString *error)
{
    if (!s.contains(key))
        return true;
    bool ok = false;
    const int value = s.value(key).toString().trimmed().toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("%1: [backup] %2 must be a number from %3 to %4")
                     .arg(s.fileName(), key.section(u'/', 1)).arg(min).arg(max);
        return false;
    }
    *out = value;
    return true;
}

QStringList destinationList(const QVariant &value)
{
    QStringList out;
    const QStringList raw = value.typeId() == QMetaType::QStringList
        ? value.toStringList()
        : value.toString().split(u',');
    for (const QString &item : raw)
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    return out;
}

} // namespace

QString configFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("server.conf"));
}

QString defaultBackupDirectory(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("backups"));
}

bool loadOpsConfig(const QString &dataDir, OpsConfig *config, QString *error)
{
    OpsConfig c;
    c.destinations = {defaultBackupDirectory(dataDir)};
    const QString path = configFilePath(dataDir);
    if (QFileInfo::exists(path)) {
        const QSettings s(path, QSettings::IniFormat);
        if (s.status() != QSettings::NoError) {
            *error = QStringLiteral("%1 is not a readable INI file").arg(path);
            return false;
        }
        if (s.contains(QStringLiteral("backup/destinations"))) {
            c.destinations = destinationList(s.value(QStringLiteral("backup/destinations")));
            if (c.destinations.isEmpty()) {
                *error = QStringLiteral("%1: [backup] destinations names no directory").arg(path);
                return false;
            }
        }
        if (s.contains(QStringLiteral("backup/time"))) {
            c.time = QTime::fromString(s.value(QStringLiteral("backup/time")).toString().trimmed(),
                                       QStringLiteral("HH:mm"));
            if (!c.time.isValid()) {
                *error = QStringLiteral("%1: [backup] time must be HH:MM, e.g. 02:30").arg(path);
                return false;
            }
        }
        int minutes = 0;
        if (!readInt(s, QStringLiteral("backup/intervalMinutes"), 0, 7 * 24 * 60, &minutes, error)
            || !readInt(s, QStringLiteral("backup/keepDaily"), 1, 3650, &c.keep.daily, error)
            || !readInt(s, QStringLiteral("backup/keepWeekly"), 0, 520, &c.keep.weekly, error)
            || !readInt(s, QStringLiteral("backup/keepMonthly"), 0, 1200, &c.keep.monthly, error))
            return false;
        c.intervalSeconds = minutes * 60;
        c.verify = s.value(QStringLiteral("backup/verify"), true).toBool();
    }
    *config = c;
    return true;
}

BackupRunOptions backupRunOptions(const OpsConfig &config, const QString &dataDir,
                                  const QString &trigger)
{
    BackupRunOptions options;
    options.trigger = trigger;
    options.verify = config.verify;
    options.backup.destinations = config.destinations;
    options.backup.stagingParent = dataDir;
    options.backup.keep = config.keep;
    options.backup.ownerReference = dataDir;
    return options;
}

} // namespace ejournal::server

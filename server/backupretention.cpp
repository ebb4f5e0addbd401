// Retention of backups in one destination (daily, weekly, monthly generations).
#include "backupretention.h"

#include "backupfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace ejournal::server {

namespace {
const QRegularExpression kName(QStringLiteral("^(ejournal-(\\d{8})-\\d{6})\\.manifest\\.json$"));

QDate dateOf(const QString &baseName)
{
    return QDate::fromString(baseName.mid(9, 8), QStringLiteral("yyyyMMdd"));
}

// Keeps the newest backup of each of the first `count` distinct periods.
void keepPerPeriod(const QStringList &newestFirst, int count,
                   const std::function<int(const QDate &)> &period, QSet<QString> *kept)
{
    QSet<int> seen;
    for (const QString &name : newestFirst) {
        const int key = period(dateOf(name));
        if (seen.contains(key))
            continue;
        if (seen.size() >= count)
            break;
        seen.insert(key);
        kept->insert(name);
    }
}
} // namespace

QStringList backupsIn(const QString &dir)
{
    QStringList out;
    const QStringList files = QDir(dir).entryList({QStringLiteral("ejournal-*.manifest.json")},
                                                  QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &file : files) {
        const auto match = kName.match(file);
        if (match.hasMatch())
            out.append(match.captured(1));
    }
    return out;
}

QStringList keptBackups(const QStringList &newestFirst, const Retention &keep)
{
    QSet<QString> kept;
    if (!newestFirst.isEmpty())
        kept.insert(newestFirst.first());
    keepPerPeriod(newestFirst, keep.daily, [](const QDate &d) { return int(d.toJulianDay()); },
                  &kept);
    keepPerPeriod(newestFirst, keep.weekly, [](const QDate &d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return year * 100 + week;
    }, &kept);
    keepPerPeriod(newestFirst, keep.monthly, [](const QDate &d) { return d.year() * 100 + d.month(); },
                  &kept);
    QStringList out;
    for (const QString &name : newestFirst)
        if (kept.contains(name))
            out.append(name);
    return out;
}

QStringList pruneBackups(const QString &dir, const Retention &keep)
{
    const QDir d(dir);
    for (const QString &part : d.entryList({QStringLiteral("ejournal-*.part")}, QDir::Files))
        QFile::remove(d.filePath(part));
    const QStringList all = backupsIn(dir);
    const QStringList kept = keptBackups(all, keep);
    QStringList deleted;
    for (const QString &name : all) {
        if (kept.contains(name))
            continue;
        const QString dump = dumpPathFor(dir, name);
        QFile::remove(dump);
        QFile::remove(manifestPathFor(dump));
        deleted.append(name);
    }
    return deleted;
}

} // namespace ejournal::server

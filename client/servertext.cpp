// Wording of backup runs on the «Сервер» page.
#include "servertext.h"

#include "displaytime.h"

#include <QLocale>

namespace ejournal::client {

namespace {
constexpr qint64 kDaySeconds = 24 * 3600;
}

QString ServerText::status(const QString &status)
{
    if (status == QLatin1String("ok"))
        return tr("Done");
    if (status == QLatin1String("partial"))
        return tr("Done, not everywhere");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("running"))
        return tr("In progress");
    if (status == QLatin1String("queued"))
        return tr("Waiting to start");
    return status;
}

QString ServerText::trigger(const QString &trigger)
{
    if (trigger == QLatin1String("schedule"))
        return tr("On schedule");
    if (trigger == QLatin1String("request"))
        return tr("Requested in the program");
    if (trigger == QLatin1String("command"))
        return tr("Command on the server");
    return trigger;
}

QString ServerText::size(qint64 bytes)
{
    return bytes > 0 ? QLocale().formattedDataSize(bytes) : QString();
}

QString ServerText::verified(const QCborMap &run)
{
    const QCborValue verified = run.value(QStringLiteral("verified"));
    if (!verified.isBool())
        return tr("not checked");
    return verified.toBool() ? tr("yes") : tr("no");
}

QString ServerText::destinations(const QCborArray &destinations)
{
    QStringList parts;
    for (const QCborValue &d : destinations) {
        const QCborMap m = d.toMap();
        const QString path = m.value(QStringLiteral("path")).toString();
        parts.append(m.value(QStringLiteral("ok")).toBool() ? path : tr("%1 (failed)").arg(path));
    }
    return parts.join(QStringLiteral("; "));
}

QString ServerText::problems(const QCborMap &run)
{
    QStringList parts;
    const QString error = run.value(QStringLiteral("error")).toString();
    if (!error.isEmpty())
        parts.append(error);
    for (const QCborValue &d : run.value(QStringLiteral("destinations")).toArray()) {
        const QCborMap m = d.toMap();
        if (!m.value(QStringLiteral("ok")).toBool())
            parts.append(tr("%1: %2").arg(m.value(QStringLiteral("path")).toString(),
                                          m.value(QStringLiteral("error")).toString()));
    }
    const QString verifyError = run.value(QStringLiteral("verifyError")).toString();
    if (!verifyError.isEmpty())
        parts.append(tr("check: %1").arg(verifyError));
    return parts.join(QStringLiteral("; "));
}

QString ServerText::warning(const QCborMap &status, const QDateTime &now)
{
    const QCborMap last = status.value(QStringLiteral("lastBackup")).toMap();
    const QCborMap good = status.value(QStringLiteral("lastGoodBackup")).toMap();
    const QString lastStatus = last.value(QStringLiteral("status")).toString();
    if (lastStatus == QLatin1String("failed"))
        return tr("The last backup (%1) failed: %2")
            .arg(displayDateTime(parseServerTime(last.value(QStringLiteral("finished")).toString())),
                 problems(last));
    if (lastStatus == QLatin1String("partial"))
        return tr("The last backup was not saved everywhere: %1").arg(problems(last));
    if (good.isEmpty())
        return tr("There is no backup of the journal yet. Press «Back up now».");
    const QDateTime when = parseServerTime(good.value(QStringLiteral("finished")).toString());
    if (when.secsTo(now) > kDaySeconds)
        return tr("The last good backup is older than a day (%1). Check that the server is "
                  "running at the backup time and that the backup folders are available.")
            .arg(displayDateTime(when));
    return {};
}

} // namespace ejournal::client

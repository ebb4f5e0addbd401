// A backup run with its record in backup_run.
#include "backuprun.h"

#include "backuprestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcBackup)

namespace ejournal::server {

namespace {

bool hasRunTable(const Sql &sql)
{
    return !sql.scalar(QStringLiteral("SELECT to_regclass('public.backup_run')")).isNull();
}

qint64 recordStart(const DbParams &owner, const BackupRunOptions &options)
{
    DbSession session;
    QString error;
    if (!session.open(owner, &error) || !hasRunTable(session.sql()))
        return 0;
    if (options.queuedId != 0) {
        session.sql().exec(QStringLiteral(
            "UPDATE backup_run SET status = 'running', started_at = now() WHERE id = ?"),
            {options.queuedId});
        return options.queuedId;
    }
    return session.sql().scalar(QStringLiteral(
        "INSERT INTO backup_run (trigger, status, started_at) VALUES (?, 'running', now())"
        " RETURNING id"), {options.trigger}).toLongLong();
}

QString destinationsJson(const BackupResult &result)
{
    QJsonArray out;
    for (const DestinationResult &d : result.destinations)
        out.append(QJsonObject{{QStringLiteral("path"), d.directory},
                               {QStringLiteral("ok"), d.ok},
                               {QStringLiteral("error"), d.error}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

void recordFinish(const DbParams &owner, const BackupRunOutcome &o, bool verifyAttempted)
{
    DbSession session;
    QString error;
    if (o.runId == 0 || !session.open(owner, &error))
        return;
    const BackupManifest &m = o.result.manifest;
    const bool made = o.result.error.isEmpty();
    session.sql().exec(QStringLiteral(
        "UPDATE backup_run SET status = ?, finished_at = now(), file_name = ?, size_bytes = ?,"
        " sha256 = ?, schema_version = ?, destinations = ?::jsonb, verified = ?,"
        " verify_error = ?, error = ? WHERE id = ?"),
        {o.status, made ? m.dumpFile : QVariant(), made ? m.size : QVariant(),
         made ? m.sha256 : QVariant(), made ? m.schemaVersion : QVariant(),
         destinationsJson(o.result), verifyAttempted ? QVariant(o.verified) : QVariant(),
         o.verifyError.isEmpty() ? QVariant() : o.verifyError,
         o.result.error.isEmpty() ? QVariant() : o.result.error, o.runId});
}

QString statusOf(const BackupRunOutcome &o)
{
    if (!o.result.error.isEmpty() || o.result.succeeded() == 0 || !o.verifyError.isEmpty())
        return QStringLiteral("failed");
    return o.result.complete() ? QStringLiteral("ok") : QStringLiteral("partial");
}

} // namespace

BackupRunOutcome runBackup(const DatabaseAccess &access, const BackupRunOptions &options)
{
    BackupRunOutcome o;
    try {
        o.runId = recordStart(access.owner, options);
    } catch (const DbFailure &e) {
        qCWarning(lcBackup).noquote() << "cannot record the backup run:" << e.what();
    }
    makeBackup(access.owner, options.backup, &o.result);
    const bool verifyAttempted = options.verify && !o.result.firstCopy().isEmpty();
    if (verifyAttempted) {
        o.verified = verifyBackup(o.result.firstCopy(), access, &o.verifyError);
        if (!o.verified)
            qCWarning(lcBackup).noquote() << "verification of" << o.result.firstCopy()
                                          << "failed:" << o.verifyError;
    }
    o.status = statusOf(o);
    try {
        recordFinish(access.owner, o, verifyAttempted);
    } catch (const DbFailure &e) {
        qCWarning(lcBackup).noquote() << "cannot record the backup run:" << e.what();
    }
    return o;
}

QString describeOutcome(const BackupRunOutcome &outcome)
{
    const BackupResult &r = outcome.result;
    if (!r.error.isEmpty())
        return QStringLiteral("backup failed: %1").arg(r.error);
    QStringList lines{QStringLiteral("backup %1: %2 bytes, SHA-256 %3, schema version %4")
                          .arg(r.manifest.dumpFile).arg(r.manifest.size)
                          .arg(r.manifest.sha256).arg(r.manifest.schemaVersion)};
    for (const DestinationResult &d : r.destinations)
        lines.append(d.ok ? QStringLiteral("  %1: ok").arg(d.directory)
                          : QStringLiteral("  %1: FAILED: %2").arg(d.directory, d.error));
    if (outcome.verified)
        lines.append(QStringLiteral("  verified: restored into a scratch database, row counts match"));
    else if (!outcome.verifyError.isEmpty())
        lines.append(QStringLiteral("  verification FAILED: %1").arg(outcome.verifyError));
    lines.append(QStringLiteral("status: %1").arg(outcome.status));
    return lines.join(u'\n');
}

} // namespace ejournal::server

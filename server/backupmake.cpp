// Making a backup: dump in one snapshot, manifest, copies to the destinations, retention.
#include "backupmake.h"

#include "backuptools.h"
#include "migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

Q_LOGGING_CATEGORY(lcBackup, "ejournal.backup")

namespace ejournal::server {

namespace {

// Dumps the database into dumpPath and fills the manifest (without checksum), all from one
// exported snapshot so that the row counts describe exactly what the dump holds.
bool dumpDatabase(const DbParams &owner, const QString &dumpPath, BackupManifest *m, QString *error)
{
    DbSession session;
    if (!session.open(owner, error))
        return false;
    try {
        const Sql sql = session.sql();
        sql.execScript(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        const QString snapshot = sql.scalar(QStringLiteral("SELECT pg_export_snapshot()")).toString();
        m->schemaVersion = sql.scalar(QStringLiteral(
            "SELECT coalesce(max(version), 0) FROM schema_migrations")).toInt();
        m->postgresVersion = sql.scalar(QStringLiteral("SELECT current_setting('server_version')")).toString();
        m->rows = countRows(sql);
        const bool dumped = runPgTool(QStringLiteral("pg_dump"), owner,
            {QStringLiteral("--format=custom"), QStringLiteral("--snapshot=") + snapshot,
             QStringLiteral("--exclude-table-data=public.") + QLatin1String(kBackupRunTable),
             QStringLiteral("--file=") + dumpPath}, error);
        sql.execScript(QStringLiteral("COMMIT"));
        return dumped;
    } catch (const DbFailure &e) {
        *error = QStringLiteral("cannot read the database for the backup: %1")
                     .arg(QString::fromStdString(e.what()));
        return false;
    }
}

bool stageBackup(const DbParams &owner, const QString &stagingDir, BackupManifest *m,
                 QString *dumpPath, QString *error)
{
    m->created = QDateTime::currentDateTimeUtc();
    m->serverVersion = QStringLiteral(EJOURNAL_VERSION);
    const QString base = backupBaseName(m->created);
    *dumpPath = dumpPathFor(stagingDir, base);
    m->dumpFile = QFileInfo(*dumpPath).fileName();
    if (!dumpDatabase(owner, *dumpPath, m, error))
        return false;
    if (!QFile::setPermissions(*dumpPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("cannot make %1 readable only by its owner").arg(*dumpPath);
        return false;
    }
    if (m->schemaVersion > latestSchemaVersion()) {
        *error = QStringLiteral("the database has schema version %1, newer than this server (%2)")
                     .arg(m->schemaVersion).arg(latestSchemaVersion());
        return false;
    }
    return sha256OfFile(*dumpPath, &m->sha256, &m->size, error)
        && writePrivateFile(manifestPathFor(*dumpPath), m->toJson(), error);
}

// Copies the dump and its manifest into one destination and checks the copy's checksum.
DestinationResult copyTo(const QString &directory, const QString &dumpPath,
                         const BackupOptions &options)
{
    DestinationResult r;
    r.directory = directory;
    const bool existed = QFileInfo(directory).isDir();
    QString checkedDump;
    BackupManifest checked;
    r.ok = makePrivateDir(directory, &r.error)
        && copyPrivateFile(dumpPath, directory, &r.error)
        && copyPrivateFile(manifestPathFor(dumpPath), directory, &r.error)
        && checkBackupFile(dumpPathFor(directory, QFileInfo(dumpPath).completeBaseName()),
                           &checkedDump, &checked, &r.error);
    if (!r.ok) {
        qCWarning(lcBackup).noquote() << "backup destination" << directory << "failed:" << r.error;
        return r;
    }
    if (!existed)
        giveToOwnerOf(directory, options.ownerReference);
    giveToOwnerOf(checkedDump, options.ownerReference);
    giveToOwnerOf(manifestPathFor(checkedDump), options.ownerReference);
    r.pruned = pruneBackups(directory, options.keep);
    return r;
}

} // namespace

int BackupResult::succeeded() const
{
    return int(std::count_if(destinations.cbegin(), destinations.cend(),
                             [](const DestinationResult &d) { return d.ok; }));
}

QString BackupResult::firstCopy() const
{
    for (const DestinationResult &d : destinations)
        if (d.ok)
            return dumpPathFor(d.directory, QFileInfo(manifest.dumpFile).completeBaseName());
    return {};
}

void makeBackup(const DbParams &owner, const BackupOptions &options, BackupResult *result)
{
    *result = {};
    QTemporaryDir staging(QDir(options.stagingParent).filePath(QStringLiteral(".backup-XXXXXX")));
    if (!staging.isValid()) {
        result->error = QStringLiteral("cannot create a staging directory in %1: %2")
                            .arg(options.stagingParent, staging.errorString());
        return;
    }
    QString dumpPath;
    if (!stageBackup(owner, staging.path(), &result->manifest, &dumpPath, &result->error))
        return;
    for (const QString &directory : options.destinations)
        result->destinations.append(copyTo(directory, dumpPath, options));
    qCInfo(lcBackup).noquote() << "backup" << result->manifest.dumpFile << "of"
                               << result->manifest.size << "bytes copied to"
                               << result->succeeded() << "of" << result->destinations.size()
                               << "destinations";
}

} // namespace ejournal::server

// verify and restore of backups made by backupmake.
#include "backuprestore.h"

#include "backupfile.h"
#include "backupmake.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcBackup)

namespace ejournal::server {

namespace {

bool fail(QString *error, const QString &message)
{
    *error = message;
    return false;
}

// The checks every restore starts with: the file is whole and not from a newer server.
bool checkRestorable(const QString &file, QString *dumpPath, BackupManifest *m, QString *error)
{
    if (!checkBackupFile(file, dumpPath, m, error))
        return false;
    if (m->schemaVersion > latestSchemaVersion())
        return fail(error, QStringLiteral("the backup %1 has schema version %2, newer than this "
                                          "ejournal-server knows (%3): restore it with a newer "
                                          "ejournal-server")
                               .arg(*dumpPath).arg(m->schemaVersion).arg(latestSchemaVersion()));
    return true;
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// A database created for one verification and dropped with this object.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const DatabaseAccess &access) : m_access(access)
    {
        static std::atomic<int> counter{0};
        m_params = access.owner;
        m_params.database = QStringLiteral("ejournal_verify_%1_%2")
                                .arg(QCoreApplication::applicationPid()).arg(++counter);
    }
    ~ScratchDatabase()
    {
        QString ignored;
        if (m_created)
            run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_params.database),
                &ignored);
    }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    bool create(QString *error)
    {
        const QString owner = quoted(m_access.owner.user);
        if (!run(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_params.database, owner),
                 error)) {
            *error = QStringLiteral("cannot create a scratch database for the verification (the "
                                    "role needs CREATEDB on an external server): %1").arg(*error);
            return false;
        }
        m_created = true;
        if (m_access.admin.user.isEmpty())
            return true;
        DbParams inScratch = m_access.admin;
        inScratch.database = m_params.database;
        return exec(inScratch, QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(owner), error);
    }
    const DbParams &params() const { return m_params; }

private:
    bool run(const QString &statement, QString *error) const
    {
        return exec(m_access.admin.user.isEmpty() ? m_access.owner : m_access.admin, statement,
                    error);
    }
    static bool exec(const DbParams &params, const QString &statement, QString *error)
    {
        DbSession session;
        if (!session.open(params, error))
            return false;
        try {
            session.sql().execScript(statement);
            return true;
        } catch (const DbFailure &e) {
            return fail(error, QString::fromStdString(e.what()));
        }
    }

    DatabaseAccess m_access;
    DbParams m_params;
    bool m_created = false;
};

bool restoreInto(const DbParams &target, const QString &dumpPath, QString *error)
{
    return runPgTool(QStringLiteral("pg_restore"), target,
                     {QStringLiteral("--no-owner"), QStringLiteral("--exit-on-error"),
                      QStringLiteral("--single-transaction"), dumpPath},
                     error);
}

bool compareWithManifest(const DbParams &target, const BackupManifest &m, QString *error)
{
    DbSession session;
    if (!session.open(target, error))
        return false;
    try {
        const QStringList differences = compareRowCounts(m.rows, countRows(session.sql()));
        if (differences.isEmpty())
            return true;
        return fail(error, QStringLiteral("the restored rows differ from the manifest:\n%1")
                               .arg(differences.join(u'\n')));
    } catch (const DbFailure &e) {
        return fail(error, QString::fromStdString(e.what()));
    }
}

// Tables in the public schema of the target: a database with any is "live".
bool countTables(const DbParams &target, int *tables, QString *error)
{
    DbSession session;
    if (!session.open(target, error))
        return false;
    try {
        *tables = session.sql().scalar(QStringLiteral(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt();
        return true;
    } catch (const DbFailure &e) {
        return fail(error, QString::fromStdString(e.what()));
    }
}

bool emptyDatabase(const DbParams &target, QString *error)
{
    DbSession session;
    if (!session.open(target, error))
        return false;
    try {
        Transaction tx(session.database());
        session.sql().execScript(QStringLiteral(
            "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public"));
        tx.commit();
        return true;
    } catch (const DbFailure &e) {
        return fail(error, QStringLiteral("cannot empty the database %1: %2")
                               .arg(target.display(), QString::fromStdString(e.what())));
    }
}

// With --force: keeps what is about to be replaced, so a wrong file can be undone.
bool saveReplacedData(const DbParams &target, const RestoreOptions &options, QString *savedTo,
                      QString *error)
{
    BackupOptions backup;
    backup.destinations = {options.safetyDirectory};
    backup.stagingParent = options.stagingParent;
    backup.keep = Retention{1000, 0, 0};
    backup.ownerReference = options.stagingParent;
    BackupResult result;
    makeBackup(target, backup, &result);
    if (!result.complete())
        return fail(error, QStringLiteral("could not save the data being replaced, nothing was "
                                          "restored: %1")
                               .arg(result.error.isEmpty() ? result.destinations.value(0).error
                                                           : result.error));
    *savedTo = result.firstCopy();
    return true;
}

} // namespace

bool verifyBackup(const QString &file, const DatabaseAccess &access, QString *error)
{
    QString dumpPath;
    BackupManifest m;
    if (!checkRestorable(file, &dumpPath, &m, error))
        return false;
    ScratchDatabase scratch(access);
    if (!scratch.create(error))
        return false;
    if (!restoreInto(scratch.params(), dumpPath, error)) {
        *error = QStringLiteral("the backup %1 does not restore: %2").arg(dumpPath, *error);
        return false;
    }
    return compareWithManifest(scratch.params(), m, error);
}

bool restoreBackup(const QString &file, const DatabaseAccess &access,
                   const RestoreOptions &options, QString *summary, QString *error)
{
    QString dumpPath;
    BackupManifest m;
    int tables = 0;
    if (!checkRestorable(file, &dumpPath, &m, error) || !countTables(access.owner, &tables, error))
        return false;
    QString savedTo;
    if (tables > 0) {
        if (!options.force)
            return fail(error, QStringLiteral("the database %1 already holds data (%2 tables): "
                                              "restoring would replace it. Stop the server and "
                                              "run the restore again with --force to replace it")
                                   .arg(access.owner.display()).arg(tables));
        if (!saveReplacedData(access.owner, options, &savedTo, error) || !emptyDatabase(access.owner, error))
            return false;
    }
    if (!restoreInto(access.owner, dumpPath, error) || !compareWithManifest(access.owner, m, error))
        return false;
    *summary = QStringLiteral("restored %1 (made %2, schema version %3, %4 tables)")
                   .arg(dumpPath, m.created.toLocalTime().toString(Qt::ISODate))
                   .arg(m.schemaVersion).arg(m.rows.size());
    if (!savedTo.isEmpty())
        *summary += QStringLiteral("; the replaced data was saved to %1").arg(savedTo);
    qCInfo(lcBackup).noquote() << *summary;
    return true;
}

} // namespace ejournal::server

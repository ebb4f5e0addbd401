// Backups and server health on a real PostgreSQL: a demo school backed up to two folders and
// restored row for row, damaged backups refused, a broken destination reported while the
// other succeeds, the schedule and an administrator's request recorded, a live database
// protected from restore without --force, and `ejournal-server status` / `restore` as a user runs them.
#include "backupfile.h"
#include "backuprestore.h"
#include "backuprun.h"
#include "demo.h"
#include "opsconfig.h"
#include "opsschedule.h"
#include "opsstatus.h"
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ejournal;
using namespace ejournal::server;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

QString errorCode(const Envelope &e)
{
    return e.kind == Envelope::Kind::Error ? errorCodeName(e.error.code) : QStringLiteral("(ok)");
}

// Every row of every table (but backup_run), as one fingerprint per table.
QMap<QString, QString> tableContents(const DbParams &params)
{
    TestConnection db(params);
    QSqlQuery tables(db.database());
    tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                               " AND tablename <> 'backup_run'"));
    QMap<QString, QString> out;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        out.insert(name, db.value(QStringLiteral(
            "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
            " FROM public.%1 t").arg(name)).toString());
    }
    return out;
}

QFileDevice::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions()
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
           | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
           | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(EJ_SERVER_BIN), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAllStandardOutput()),
            QString::fromLocal8Bit(p.readAllStandardError())};
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupAndRestoreRoundTrip();
    void damagedBackupsRefused();
    void failingDestinationDoesNotStopOthers();
    void retentionKeepsGenerations();
    void restoreRefusesLiveDatabaseWithoutForce();
    void scheduledBackupIsVerifiedAndRecorded();
    void administratorRequestsBackupAndSeesStatus();
    void commandLineStatusAndRestore();

private:
    BackupRunOutcome backUp(const QStringList &destinations, bool verify = true);
    DbParams freshDatabase();

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_backup;  // the round trip's backup, in destination "a"
};

void TestBackup::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("admin1"), kPassword, {QStringLiteral("admin")}) > 0);
    QVERIFY(m_server.createUser(QStringLiteral("teacher1"), kPassword, {QStringLiteral("teacher")}) > 0);
    TestConnection db(m_server.ownerParams());
    DemoOptions options;
    options.students = 60;
    DemoSummary summary;
    QVERIFY2(fillDemoSchool(db.database(), db.value(QStringLiteral("SELECT id FROM school")).toLongLong(),
                            options, &summary, &error),
             qPrintable(error));
}

DbParams TestBackup::freshDatabase()
{
    return TestCluster::instance().createDatabase(QStringLiteral("restored"));
}

BackupRunOutcome TestBackup::backUp(const QStringList &destinations, bool verify)
{
    OpsConfig config;
    config.destinations = destinations;
    BackupRunOptions options = backupRunOptions(config, m_dir.path(), QStringLiteral("command"));
    options.verify = verify;
    return runBackup({m_server.ownerParams(), TestCluster::instance().superuserParams()}, options);
}

void TestBackup::backupAndRestoreRoundTrip()
{
    const QString a = m_dir.filePath(QStringLiteral("a/nested")), b = m_dir.filePath(QStringLiteral("b"));
    const BackupRunOutcome outcome = backUp({a, b});
    QVERIFY2(outcome.status == QLatin1String("ok"), qPrintable(describeOutcome(outcome)));
    QVERIFY(outcome.verified);
    const BackupManifest &m = outcome.result.manifest;
    TestConnection live(m_server.ownerParams());
    QCOMPARE(m.rows.value(QStringLiteral("student")),
             live.value(QStringLiteral("SELECT count(*) FROM student")).toLongLong());
    QVERIFY(m.rows.value(QStringLiteral("app_user")) >= 3);
    QVERIFY(!m.rows.contains(QStringLiteral("backup_run")));
    for (const QString &dir : {a, b}) {
        const QString dump = QDir(dir).filePath(m.dumpFile);
        QCOMPARE(modeOf(dir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(modeOf(dump), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(modeOf(manifestPathFor(dump)), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // Only the database: the two files of the backup, nothing of the data directory.
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 2);
    }
    m_backup = QDir(a).filePath(m.dumpFile);

    // The run is recorded for the administrator.
    QCOMPARE(live.value(QStringLiteral("SELECT status || '/' || verified::text || '/' || "
                                       "jsonb_array_length(destinations) FROM backup_run WHERE id = %1")
                            .arg(outcome.runId)).toString(),
             QStringLiteral("ok/true/2"));

    const DbParams target = freshDatabase();
    QString summary, error;
    QVERIFY2(restoreBackup(m_backup, {target, TestCluster::instance().superuserParams()}, {}, &summary, &error),
             qPrintable(error));
    QCOMPARE(tableContents(target), tableContents(m_server.ownerParams()));
    TestConnection restored(target);
    QCOMPARE(restored.value(QStringLiteral(
                 "SELECT has_table_privilege('ejournal_app', 'student', 'SELECT')")).toBool(), true);
    QCOMPARE(restored.value(QStringLiteral("SELECT count(*) FROM backup_run")).toInt(), 0);
}

void TestBackup::damagedBackupsRefused()
{
    QVERIFY(!m_backup.isEmpty());
    const QString dir = m_dir.filePath(QStringLiteral("damaged"));
    QString error;
    QVERIFY(makePrivateDir(dir, &error));
    QVERIFY(copyPrivateFile(m_backup, dir, &error) && copyPrivateFile(manifestPathFor(m_backup), dir, &error));
    const QString copy = QDir(dir).filePath(QFileInfo(m_backup).fileName());
    const DatabaseAccess access{freshDatabase(), TestCluster::instance().superuserParams()};

    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(file.size() / 2);
    const char flipped = char(file.peek(1).at(0) ^ 0x5a);
    file.write(&flipped, 1);
    file.close();
    QVERIFY(!verifyBackup(copy, access, &error));
    QVERIFY2(error.contains(QStringLiteral("is damaged")), qPrintable(error));
    QString summary;
    QVERIFY(!restoreBackup(copy, access, {}, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("SHA-256 checksum does not match")), qPrintable(error));

    QVERIFY(file.resize(file.size() - 1000));
    QVERIFY(!verifyBackup(copy, access, &error));
    QVERIFY2(error.contains(QStringLiteral("is truncated")), qPrintable(error));

    QFile::remove(manifestPathFor(copy));
    QVERIFY(!restoreBackup(copy, access, {}, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("manifest")), qPrintable(error));
    // Nothing was restored into the target.
    TestConnection target(access.owner);
    QCOMPARE(target.value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt(), 0);
}

void TestBackup::failingDestinationDoesNotStopOthers()
{
    // A directory under a regular file cannot be made, not even by root.
    QFile blocker(m_dir.filePath(QStringLiteral("usb-not-mounted")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString broken = blocker.fileName() + QStringLiteral("/ejournal");
    const QString good = m_dir.filePath(QStringLiteral("second-disk"));
    const BackupRunOutcome outcome = backUp({broken, good}, false);
    QCOMPARE(outcome.status, QStringLiteral("partial"));
    QCOMPARE(outcome.result.destinations.size(), 2);
    QVERIFY(!outcome.result.destinations.at(0).ok);
    QVERIFY2(outcome.result.destinations.at(0).error.contains(QStringLiteral("cannot create the directory")),
             qPrintable(outcome.result.destinations.at(0).error));
    QVERIFY(outcome.result.destinations.at(1).ok);
    QVERIFY(QFileInfo::exists(QDir(good).filePath(outcome.result.manifest.dumpFile)));
    QVERIFY(describeOutcome(outcome).contains(broken + QStringLiteral(": FAILED")));
    TestConnection live(m_server.ownerParams());
    QCOMPARE(live.value(QStringLiteral("SELECT destinations->0->>'ok' || '/' || (destinations->1->>'ok')"
                                       " FROM backup_run WHERE id = %1").arg(outcome.runId)).toString(),
             QStringLiteral("false/true"));
}

void TestBackup::retentionKeepsGenerations()
{
    // Daily backups of 100 days, newest first.
    QStringList names;
    const QDate today(2026, 5, 20);
    for (int day = 0; day < 100; ++day)
        names.append(backupBaseName(QDateTime(today.addDays(-day), QTime(2, 30))));
    const QStringList kept = keptBackups(names, Retention{3, 2, 2});
    QCOMPARE(kept.first(), names.first());
    // 3 days, then the newest of the previous ISO week, then the newest of April.
    QCOMPARE(kept, (QStringList{names.at(0), names.at(1), names.at(2), names.at(3), names.at(20)}));
}

void TestBackup::restoreRefusesLiveDatabaseWithoutForce()
{
    const DbParams target = freshDatabase();
    const DatabaseAccess access{target, TestCluster::instance().superuserParams()};
    QString summary, error;
    QVERIFY2(restoreBackup(m_backup, access, {}, &summary, &error), qPrintable(error));
    TestConnection db(target);
    QVERIFY(db.exec(QStringLiteral("UPDATE school SET name = 'Изменённая школа'")));

    QVERIFY(!restoreBackup(m_backup, access, {}, &summary, &error));
    QVERIFY2(error.contains(QStringLiteral("already holds data")) && error.contains(QStringLiteral("--force")),
             qPrintable(error));
    QCOMPARE(db.value(QStringLiteral("SELECT name FROM school")).toString(), QStringLiteral("Изменённая школа"));

    RestoreOptions force{true, m_dir.filePath(QStringLiteral("pre-restore")), m_dir.path()};
    QVERIFY2(restoreBackup(m_backup, access, force, &summary, &error), qPrintable(error));
    QVERIFY2(summary.contains(QStringLiteral("replaced data was saved")), qPrintable(summary));
    QCOMPARE(TestConnection(target).value(QStringLiteral("SELECT name FROM school")).toString(),
             QStringLiteral("Тестовая школа"));
    QCOMPARE(backupsIn(force.safetyDirectory).size(), 1);
}

void TestBackup::scheduledBackupIsVerifiedAndRecorded()
{
    OpsConfig config;
    config.destinations = {m_dir.filePath(QStringLiteral("scheduled"))};
    config.intervalSeconds = 1;
    BackupScheduler scheduler({m_server.ownerParams(), TestCluster::instance().superuserParams()}, config,
                              m_dir.path());
    QSignalSpy finished(&scheduler, &BackupScheduler::runFinished);
    scheduler.start(100);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("ok"));
    TestConnection live(m_server.ownerParams());
    QCOMPARE(live.value(QStringLiteral("SELECT trigger || '/' || status || '/' || verified::text"
                                       " FROM backup_run WHERE id = %1")
                            .arg(finished.at(0).at(0).toLongLong())).toString(),
             QStringLiteral("schedule/ok/true"));
    QCOMPARE(backupsIn(config.destinations.first()).size(), 1);
    QVERIFY(scheduler.nextRun() > QDateTime::currentDateTime().addSecs(-2));
}

void TestBackup::administratorRequestsBackupAndSeesStatus()
{
    OpsConfig config;
    config.destinations = {m_dir.filePath(QStringLiteral("requested"))};
    config.time = QTime::currentTime().addSecs(-3600);  // a daily backup not due now
    BackupScheduler scheduler({m_server.ownerParams(), TestCluster::instance().superuserParams()}, config,
                              m_dir.path());
    QSignalSpy finished(&scheduler, &BackupScheduler::runFinished);
    scheduler.start(100);

    TestClient teacher;
    QVERIFY(teacher.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(teacher.login(QStringLiteral("teacher1"), kPassword)), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(teacher.call(QStringLiteral("backups.run"))), QStringLiteral("forbidden"));

    TestClient admin;
    QVERIFY(admin.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(admin.login(QStringLiteral("admin1"), kPassword)), QStringLiteral("(ok)"));
    const Envelope queued = admin.call(QStringLiteral("backups.run"));
    QCOMPARE(errorCode(queued), QStringLiteral("(ok)"));
    const qint64 id = queued.result.toMap().value(QStringLiteral("id")).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toLongLong(), id);

    const Envelope list = admin.call(QStringLiteral("backups.list"), {{QStringLiteral("limit"), 1}});
    const QCborMap newest = list.result.toArray().at(0).toMap();
    QCOMPARE(newest.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(newest.value(QStringLiteral("trigger")).toString(), QStringLiteral("request"));
    QCOMPARE(newest.value(QStringLiteral("requestedBy")).toString(), QStringLiteral("admin1"));
    QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(newest.value(QStringLiteral("verified")).toBool(), true);
    QVERIFY(newest.value(QStringLiteral("size")).toInteger() > 0);
    QCOMPARE(newest.value(QStringLiteral("destinations")).toArray().at(0).toMap()
                 .value(QStringLiteral("path")).toString(), config.destinations.first());

    const Envelope status = admin.call(QStringLiteral("server.status"));
    QCOMPARE(errorCode(status), QStringLiteral("(ok)"));
    const QCborMap s = status.result.toMap();
    QCOMPARE(s.value(QStringLiteral("lastGoodBackup")).toMap().value(QStringLiteral("id")).toInteger(), id);
    QVERIFY(s.value(QStringLiteral("databaseSize")).toInteger() > 0);
    QCOMPARE(s.value(QStringLiteral("destinations")).toArray().at(0).toString(), config.destinations.first());
    TestConnection live(m_server.ownerParams());
    QCOMPARE(live.value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'backup.request'"
                                       " AND entity_id = '%1'").arg(id)).toInt(), 1);
}

void TestBackup::commandLineStatusAndRestore()
{
    const QString dataDir = m_dir.filePath(QStringLiteral("cli"));
    QVERIFY(QDir().mkpath(dataDir));
    CliResult r = runCli({QStringLiteral("status"), QStringLiteral("--data-dir"), dataDir});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(QStringLiteral("not running")), qPrintable(r.out));
    {
        StatusWriter writer(dataDir, m_server.ownerParams(), [] { return 2; });
        writer.start();
        r = runCli({QStringLiteral("status"), QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("running")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("clients connected: 2")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("last good backup: 20")), qPrintable(r.out));
        QCOMPARE(modeOf(statusFilePath(dataDir)), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        r = runCli({QStringLiteral("restore"), m_backup, QStringLiteral("--data-dir"), dataDir,
                    QStringLiteral("--database"), freshDatabase().display()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the server is running")), qPrintable(r.err));
    }
    r = runCli({QStringLiteral("status"), QStringLiteral("--data-dir"), dataDir});
    QCOMPARE(r.exitCode, 3);

    // Back up with the command, then restore it: once into an empty database, then refused.
    const QString url = m_server.ownerParams().display();
    const QString to = m_dir.filePath(QStringLiteral("cli-backups"));
    r = runCli({QStringLiteral("backup"), QStringLiteral("--data-dir"), dataDir,
                QStringLiteral("--database"), url, QStringLiteral("--to"), to});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QString dump = dumpPathFor(to, backupsIn(to).value(0));
    const QString target = freshDatabase().display();
    r = runCli({QStringLiteral("restore"), dump, QStringLiteral("--data-dir"), dataDir,
                QStringLiteral("--database"), target});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli({QStringLiteral("restore"), dump, QStringLiteral("--data-dir"), dataDir,
                QStringLiteral("--database"), target});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already holds data")), qPrintable(r.err));
    r = runCli({QStringLiteral("verify"), dump, QStringLiteral("--database"), url,
                QStringLiteral("--data-dir"), dataDir});
    QVERIFY2(r.exitCode != 0 && r.err.contains(QStringLiteral("CREATEDB")), qPrintable(r.err));
}

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"

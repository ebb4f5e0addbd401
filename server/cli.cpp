// The command line of ejournal-server.
#include "cli.h"

#include "backuprestore.h"
#include "backuprun.h"
#include "bootstrap.h"
#include "demo.h"
#include "migrations.h"
#include "opsconfig.h"
#include "opslog.h"
#include "opsschedule.h"
#include "opsstatus.h"
#include "pgcluster.h"
#include "secrets.h"
#include "server.h"
#include "sql.h"
#include "transliteration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <csignal>
#include <functional>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace ejournal::server {

namespace {
constexpr int kUsageError = 2;
const QStringList kCommands{QStringLiteral("run"), QStringLiteral("init"), QStringLiteral("demo"),
                            QStringLiteral("backup"), QStringLiteral("restore"),
                            QStringLiteral("verify"), QStringLiteral("status")};
const QStringList kFileCommands{QStringLiteral("restore"), QStringLiteral("verify")};
const QStringList kBackupCommands{QStringLiteral("backup"), QStringLiteral("restore"),
                                  QStringLiteral("verify")};
constexpr int kBackupPartial = 4;

struct Options
{
    QString command = QStringLiteral("run");
    QString dataDir;
    QString databaseUrl;
    QString certPath;
    QString keyPath;
    ServerOptions server;
    QString school;
    QString adminLogin;
    QString adminName;
    int students = 600;
    QString file;          // restore, verify: the backup
    QStringList backupTo;  // --to: overrides [backup] destinations
    QTime backupTime;      // --backup-time: overrides [backup] time
    bool force = false;
    bool verify = false;
};

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

int usageError(const QString &message)
{
    printLine(stderr, QStringLiteral("ejournal-server: %1 (see --help)").arg(message));
    return kUsageError;
}

QString defaultDataDir()
{
    const QString fromEnv = qEnvironmentVariable("EJOURNAL_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("ejournal-server"));
}

bool parseInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return false;
    *out = value;
    return true;
}

// Parses argv; returns -1 to go on, otherwise the exit status.
int parse(const QStringList &arguments, Options *o)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "ejournal server: the school's electronic class journal over TLS.\n\n"
        "Commands:\n"
        "  run             serve clients (the default); backs up on schedule\n"
        "  init            create a school and its administrator; prints a one-time password\n"
        "  demo            fill a school made by init with a demo year, classes, staff,\n"
        "                  students, guardians, curriculum and load\n"
        "  backup          back the database up now to every destination (--to, or [backup]\n"
        "                  destinations in <data-dir>/server.conf, default <data-dir>/backups)\n"
        "  restore FILE    put a backup (.dump with its .manifest.json) into the database;\n"
        "                  a database holding data is replaced only with --force\n"
        "  verify FILE     restore a backup into a scratch database and compare row counts\n"
        "  status          is the server running; clients, database size, last backup\n"
        "                  (exit status 0 running, 3 not running)"));
    p.addPositionalArgument(QStringLiteral("command"),
                            QStringLiteral("run, init, demo, backup, restore, verify or status"),
                            QStringLiteral("[command] [FILE]"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Directory for the certificate and the embedded PostgreSQL cluster "
                       "(default: $EJOURNAL_DATA_DIR or ~/.local/share/ejournal-server)."),
        QStringLiteral("dir"));
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address to listen on (default: every address)."), QStringLiteral("addr"));
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("TCP port (default: 7443)."), QStringLiteral("n"));
    const QCommandLineOption database(QStringLiteral("database"),
        QStringLiteral("Use an external PostgreSQL database instead of the embedded cluster: "
                       "postgresql://owner:password@host:port/dbname"), QStringLiteral("url"));
    const QCommandLineOption cert(QStringLiteral("cert"),
        QStringLiteral("PEM certificate file (default: <data-dir>/server.crt, generated on first "
                       "start)."), QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"),
        QStringLiteral("PEM private key file for --cert."), QStringLiteral("file"));
    const QCommandLineOption workers(QStringLiteral("workers"),
        QStringLiteral("Database worker threads (default: 4)."), QStringLiteral("n"));
    const QCommandLineOption idle(QStringLiteral("session-idle"),
        QStringLiteral("Minutes of inactivity that end a session (default: 30)."),
        QStringLiteral("minutes"));
    const QCommandLineOption maxAge(QStringLiteral("session-max"),
        QStringLiteral("Hours after which any session ends (default: 12)."), QStringLiteral("hours"));
    const QCommandLineOption school(QStringLiteral("school"),
        QStringLiteral("init: the school's name."), QStringLiteral("name"));
    const QCommandLineOption admin(QStringLiteral("admin"),
        QStringLiteral("init: the administrator's login."), QStringLiteral("login"));
    const QCommandLineOption students(QStringLiteral("students"),
        QStringLiteral("demo: about how many students (default: 600)."), QStringLiteral("n"));
    const QCommandLineOption adminName(QStringLiteral("admin-name"),
        QStringLiteral("init: the administrator's full name (default: Администратор)."),
        QStringLiteral("name"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("backup, run: a backup destination directory (repeat for several); "
                       "overrides [backup] destinations."), QStringLiteral("dir"));
    const QCommandLineOption backupTime(QStringLiteral("backup-time"),
        QStringLiteral("run: the daily backup time (default: [backup] time or 02:30)."),
        QStringLiteral("HH:MM"));
    const QCommandLineOption force(QStringLiteral("force"),
        QStringLiteral("restore: replace a database that holds data (a copy of it is saved "
                       "to <data-dir>/pre-restore first)."));
    const QCommandLineOption verify(QStringLiteral("verify"),
        QStringLiteral("backup: also restore the new backup into a scratch database and "
                       "compare row counts."));
    p.addOptions({help, version, dataDir, listen, port, database, cert, key, workers, idle, maxAge,
                  school, admin, adminName, students, to, backupTime, force, verify});
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        printLine(stdout, p.helpText());
        return 0;
    }
    if (p.isSet(version)) {
        printLine(stdout, QStringLiteral("ejournal-server " EJOURNAL_VERSION));
        return 0;
    }
    const QStringList positional = p.positionalArguments();
    if (!positional.isEmpty())
        o->command = positional.first();
    if (!kCommands.contains(o->command))
        return usageError(QStringLiteral("unknown command \"%1\"").arg(o->command));
    const int expected = kFileCommands.contains(o->command) ? 2 : 1;
    if (positional.size() > expected)
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.at(expected)));
    if (expected == 2 && positional.size() < 2)
        return usageError(QStringLiteral("%1 needs the backup FILE").arg(o->command));
    o->file = positional.value(1);
    o->backupTo = p.values(to);
    o->force = p.isSet(force);
    o->verify = p.isSet(verify);
    if (p.isSet(backupTime)) {
        o->backupTime = QTime::fromString(p.value(backupTime), QStringLiteral("HH:mm"));
        if (!o->backupTime.isValid())
            return usageError(QStringLiteral("--backup-time must be HH:MM, e.g. 02:30"));
    }
    o->dataDir = p.isSet(dataDir) ? p.value(dataDir) : defaultDataDir();
    o->databaseUrl = p.value(database);
    o->certPath = p.value(cert);
    o->keyPath = p.value(key);
    if (o->certPath.isEmpty() != o->keyPath.isEmpty())
        return usageError(QStringLiteral("--cert and --key go together"));
    if (p.isSet(listen) && !o->server.listenAddress.setAddress(p.value(listen)))
        return usageError(QStringLiteral("--listen: \"%1\" is not an IP address").arg(p.value(listen)));
    int value = 0;
    if (p.isSet(port)) {
        if (!parseInt(p.value(port), 1, 65535, &value))
            return usageError(QStringLiteral("--port must be a number from 1 to 65535"));
        o->server.port = quint16(value);
    }
    if (p.isSet(workers)) {
        if (!parseInt(p.value(workers), 1, 64, &value))
            return usageError(QStringLiteral("--workers must be a number from 1 to 64"));
        o->server.workers = value;
    }
    if (p.isSet(idle)) {
        if (!parseInt(p.value(idle), 1, 24 * 60, &value))
            return usageError(QStringLiteral("--session-idle must be 1 to 1440 minutes"));
        o->server.settings.idleTimeoutSeconds = value * 60;
    }
    if (p.isSet(maxAge)) {
        if (!parseInt(p.value(maxAge), 1, 24 * 7, &value))
            return usageError(QStringLiteral("--session-max must be 1 to 168 hours"));
        o->server.settings.absoluteTimeoutSeconds = value * 3600;
    }
    if (p.isSet(students)) {
        if (!parseInt(p.value(students), 1, 100000, &value))
            return usageError(QStringLiteral("--students must be a number from 1 to 100000"));
        o->students = value;
    }
    o->school = p.value(school);
    o->adminLogin = p.value(admin);
    o->adminName = p.isSet(adminName) ? p.value(adminName) : QStringLiteral("Администратор");
    if (o->command == QLatin1String("init") && (o->school.isEmpty() || o->adminLogin.isEmpty()))
        return usageError(QStringLiteral("init needs --school NAME and --admin LOGIN"));
    return -1;
}

// The database the command works on: an external URL, or the embedded cluster: the one a
// running server has started (backup, restore, verify), else started now.
struct DatabaseHandle
{
    std::unique_ptr<PgCluster> cluster;
    DbParams params;
    DbParams admin;  // the embedded cluster's superuser, for scratch databases

    DatabaseAccess access() const { return {params, admin}; }
};

bool clusterAnswers(const PgCluster &cluster)
{
    DbSession session;
    QString ignored;
    return session.open(cluster.ownerParams(), &ignored);
}

bool openDatabase(const Options &o, DatabaseHandle *db, QString *error)
{
    if (!o.databaseUrl.isEmpty())
        return DbParams::fromUrl(o.databaseUrl, &db->params, error);
    const PgCluster running(QDir(o.dataDir).filePath(QStringLiteral("pg")));
    db->params = running.ownerParams();
    db->admin = running.superuserParams();
    if (kBackupCommands.contains(o.command) && clusterAnswers(running))
        return true;
    if (geteuid() == 0) {
        *error = QStringLiteral(
            "refusing to run the embedded PostgreSQL as root: run ejournal-server as an "
            "ordinary user (the packaged service runs as the system user \"ejournal\"), or "
            "name an external database with --database");
        return false;
    }
    db->cluster = std::make_unique<PgCluster>(QDir(o.dataDir).filePath(QStringLiteral("pg")));
    return db->cluster->start(error);
}

bool prepareDataDir(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(dir);
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                   | QFileDevice::ExeOwner);
    return true;
}

int fail(const QString &message)
{
    printLine(stderr, QStringLiteral("ejournal-server: %1").arg(message));
    return 1;
}

// Opens the database as its owner, applies migrations, then runs body; 0 or 1 as status.
int withMigratedDatabase(DatabaseHandle &handle,
                         const std::function<bool(QSqlDatabase &, QString *)> &body)
{
    const QString name = QStringLiteral("ejournal-cli");
    QString error;
    bool ok = false;
    {
        QSqlDatabase db = handle.params.addConnection(name);
        if (!db.open()) {
            error = QStringLiteral("cannot connect to the database %1: %2")
                        .arg(handle.params.display(), db.lastError().text());
        } else if (migrate(db, nullptr, &error)) {
            try {
                ok = body(db, &error);
            } catch (const DbFailure &e) {
                error = QString::fromStdString(e.what());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok ? 0 : fail(error);
}

int runInit(const Options &o, DatabaseHandle &handle)
{
    return withMigratedDatabase(handle, [&o](QSqlDatabase &db, QString *error) {
        NewSchool created;
        if (!createSchool(db, o.school, o.adminLogin, o.adminName, &created, error))
            return false;
        printLine(stdout, QStringLiteral("school \"%1\" created; administrator login: %2")
                              .arg(o.school, o.adminLogin));
        printLine(stdout, QStringLiteral("The password below is shown once and must be "
                                         "changed at the first login."));
        printLine(stdout, QStringLiteral("password: %1").arg(created.adminPassword));
        return true;
    });
}

// The school to fill: the one named by --school, or the only one there is.
bool findSchool(const Sql &sql, const QString &name, qint64 *schoolId, QString *error)
{
    QSqlQuery q = sql.exec(QStringLiteral("SELECT id, name FROM school WHERE ? = '' OR name = ?"),
                           {name + QLatin1String(""), name});
    QStringList names;
    while (q.next()) {
        *schoolId = q.value(0).toLongLong();
        names.append(q.value(1).toString());
    }
    if (names.size() == 1)
        return true;
    *error = names.isEmpty()
        ? QStringLiteral("no such school: run `ejournal-server init --school NAME --admin LOGIN` first")
        : QStringLiteral("several schools (%1): name one with --school").arg(names.join(QStringLiteral(", ")));
    return false;
}

// Ready-made sign-ins for the demo: the director, the deputy and a class teacher of a
// fifth grade, each with a one-time password (changed at the first login, as always).
void printDemoSignIns(QSqlDatabase &db, qint64 schoolId)
{
    struct Pick
    {
        const char *role;
        QStringList roles;
        QString where;
    };
    const QList<Pick> picks{
        {"director", {QStringLiteral("director")}, QStringLiteral("position LIKE 'Директор%'")},
        {"deputy", {QStringLiteral("deputy")}, QStringLiteral("position LIKE 'Заместитель директора по учебно%'")},
        {"class teacher", {QStringLiteral("teacher"), QStringLiteral("class_teacher")},
         QStringLiteral("id = (SELECT class_teacher_id FROM class_unit WHERE school_id = s.school_id"
                        " AND grade = 5 ORDER BY letter LIMIT 1)")},
    };
    const Sql sql(db);
    for (const Pick &pick : picks) {
        QSqlQuery q = sql.exec(QStringLiteral(
            "SELECT id, last_name, first_name, middle_name FROM staff s"
            " WHERE school_id = ? AND user_id IS NULL AND %1 ORDER BY id LIMIT 1").arg(pick.where),
            {schoolId});
        if (!q.next())
            continue;
        const QString base =
            loginBase(q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
        QString login = base;
        for (int n = 2; sql.scalar(QStringLiteral("SELECT 1 FROM app_user WHERE lower(login) = lower(?)"),
                                   {login}).isValid(); ++n)
            login = base + QString::number(n);
        const QString password = secrets::generatePassword();
        createStaffAccount(db, schoolId, q.value(0).toLongLong(), login, pick.roles, password);
        printLine(stdout, QStringLiteral("%1: login: %2 password: %3")
                              .arg(QLatin1String(pick.role), login, password));
    }
}

int runDemo(const Options &o, DatabaseHandle &handle)
{
    return withMigratedDatabase(handle, [&o](QSqlDatabase &db, QString *error) {
        qint64 schoolId = 0;
        if (!findSchool(Sql(db), o.school, &schoolId, error))
            return false;
        DemoOptions options;
        options.students = o.students;
        DemoSummary summary;
        if (!fillDemoSchool(db, schoolId, options, &summary, error))
            return false;
        printLine(stdout, QStringLiteral("demo year %1: %2 classes, %3 students, %4 guardians, "
                                         "%5 staff, %6 subjects, %7 groups, %8 load entries")
                              .arg(summary.yearName).arg(summary.classes).arg(summary.students)
                              .arg(summary.guardians).arg(summary.staff).arg(summary.subjects)
                              .arg(summary.groups).arg(summary.assignments));
        printDemoSignIns(db, schoolId);
        return true;
    });
}

// SIGINT and SIGTERM end the event loop (through a socket pair: a signal handler may only
// write to a descriptor).
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte;
        [[maybe_unused]] const auto got = ::read(g_signalFds[1], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// server.conf with the command line's overrides.
bool loadConfig(const Options &o, OpsConfig *config, QString *error)
{
    if (!loadOpsConfig(o.dataDir, config, error))
        return false;
    if (!o.backupTo.isEmpty())
        config->destinations = o.backupTo;
    if (o.backupTime.isValid())
        config->time = o.backupTime;
    return true;
}

int runBackupCommand(const Options &o, const DatabaseHandle &handle)
{
    OpsConfig config;
    QString error;
    if (!loadConfig(o, &config, &error))
        return fail(error);
    BackupRunOptions options = backupRunOptions(config, o.dataDir, QStringLiteral("command"));
    options.verify = o.verify;
    const BackupRunOutcome outcome = runBackup(handle.access(), options);
    const bool ok = outcome.status == QLatin1String("ok");
    printLine(ok ? stdout : stderr, describeOutcome(outcome));
    return ok ? 0 : outcome.status == QLatin1String("partial") ? kBackupPartial : 1;
}

int runRestore(const Options &o, const DatabaseHandle &handle)
{
    if (const qint64 pid = runningServerPid(o.dataDir))
        return fail(QStringLiteral("the server is running (pid %1): stop it first "
                                   "(systemctl stop ejournal-server), then restore")
                        .arg(pid));
    const RestoreOptions options{o.force, QDir(o.dataDir).filePath(QStringLiteral("pre-restore")),
                                 o.dataDir};
    QString summary, error;
    if (!restoreBackup(o.file, handle.access(), options, &summary, &error))
        return fail(error);
    printLine(stdout, summary);
    return 0;
}

int runVerify(const Options &o, const DatabaseHandle &handle)
{
    QString error;
    if (!verifyBackup(o.file, handle.access(), &error))
        return fail(error);
    printLine(stdout, QStringLiteral("%1 is good: it restores into a scratch database and the "
                                     "row counts match its manifest").arg(o.file));
    return 0;
}

int runServer(const Options &o, DatabaseHandle &handle, QCoreApplication &app)
{
    QString error;
    OpsConfig config;
    if (!loadConfig(o, &config, &error))
        return fail(error);
    TlsIdentity identity;
    bool created = false;
    const bool ok = o.certPath.isEmpty()
        ? TlsIdentity::loadOrCreate(o.dataDir, &identity, &created, &error)
        : TlsIdentity::loadFiles(o.certPath, o.keyPath, &identity, &error);
    if (!ok)
        return fail(error);
    if (created)
        printLine(stdout, QStringLiteral("generated a self-signed certificate in %1").arg(o.dataDir));
    printLine(stdout, QStringLiteral("certificate SHA-256 fingerprint: %1").arg(identity.fingerprint()));
    Server server(o.server, handle.params, identity);
    if (!server.start(&error))
        return fail(error);
    printLine(stdout, QStringLiteral("ejournal-server listening on port %1").arg(server.port()));
    updateLiveStatus([&server](LiveStatus &s) { s.port = server.port(); });
    StatusWriter status(o.dataDir, handle.params, [&server] { return server.connectionCount(); });
    status.start();
    BackupScheduler scheduler(handle.access(), config, o.dataDir);
    scheduler.start();
    quitOnSignals(app);
    const int exitStatus = app.exec();
    server.stop();
    return exitStatus;
}
} // namespace

int serverMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ejournal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EJOURNAL_VERSION));
    installLogHandler();
    Options options;
    if (const int status = parse(app.arguments(), &options); status >= 0)
        return status;
    if (options.command == QLatin1String("status"))
        return printStatus(options.dataDir);
    if (!secrets::init())
        return fail(QStringLiteral("libsodium could not be initialised"));
    QString error;
    if (!prepareDataDir(options.dataDir, &error))
        return fail(error);
    DatabaseHandle handle;
    if (!openDatabase(options, &handle, &error))
        return fail(error);
    if (options.command == QLatin1String("init"))
        return runInit(options, handle);
    if (options.command == QLatin1String("demo"))
        return runDemo(options, handle);
    if (options.command == QLatin1String("backup"))
        return runBackupCommand(options, handle);
    if (options.command == QLatin1String("restore"))
        return runRestore(options, handle);
    if (options.command == QLatin1String("verify"))
        return runVerify(options, handle);
    return runServer(options, handle, app);
}

} // namespace ejournal::server

// The embedded PostgreSQL cluster. Layout of the cluster directory D (mode 0700, owned by the
// user that runs PostgreSQL): D/data is PGDATA, D/postgresql.log the server log, D/.s.PGSQL.5432
// the only way in (no TCP). Local connections are trusted: only D's owner and root reach it.
#include "pgcluster.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

Q_LOGGING_CATEGORY(lcPgCluster, "ejournal.pgcluster")

namespace ejournal::server {

namespace {

constexpr int kTimeoutSeconds = 60;
constexpr int kPort = 5432;
// sizeof(sockaddr_un::sun_path) on Linux, less the terminating NUL.
constexpr qsizetype kMaxSocketPath = 107;
constexpr int kOutputLines = 20;
const QString kSuperuser = QStringLiteral("postgres");

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString lastLines(const QString &text)
{
    const QStringList lines = text.trimmed().split(u'\n');
    return lines.mid(std::max<qsizetype>(0, lines.size() - kOutputLines)).join(u'\n');
}

QString socketPath(const QString &dir)
{
    return dir + QStringLiteral("/.s.PGSQL.%1").arg(kPort);
}

bool hasServerTools(const QString &binDir)
{
    return QFileInfo(binDir + QStringLiteral("/initdb")).isExecutable()
        && QFileInfo(binDir + QStringLiteral("/pg_ctl")).isExecutable();
}

QString pgConfigBinDir()
{
    const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
    if (pgConfig.isEmpty())
        return {};
    QProcess process;
    process.start(pgConfig, {QStringLiteral("--bindir")});
    if (!process.waitForFinished(kTimeoutSeconds * 1000) || process.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

QString newestDebianBinDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : std::as_const(versions)) {
        const QString binDir = root.filePath(version + QStringLiteral("/bin"));
        if (hasServerTools(binDir))
            return binDir;
    }
    return {};
}

QString runuserProgram()
{
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("runuser"));
    return !inPath.isEmpty() ? inPath
                             : QStandardPaths::findExecutable(QStringLiteral("runuser"),
                                                              {QStringLiteral("/usr/sbin"),
                                                               QStringLiteral("/sbin")});
}

QString currentUserName()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

// The directory ends up in a shell command (pg_ctl -o) and in unix_socket_directories.
bool checkDirectoryPath(const QString &dir, QString *error)
{
    static const QRegularExpression unsafe(QStringLiteral("['\"\\\\$`,[:cntrl:]]"));
    if (dir.contains(unsafe))
        return fail(error, QStringLiteral("the PostgreSQL cluster directory %1 must not contain "
                                          "quotes, backslashes, '$', '`', ',' or control "
                                          "characters")
                               .arg(dir));
    const qsizetype length = QFile::encodeName(socketPath(dir)).size();
    if (length > kMaxSocketPath)
        return fail(error, QStringLiteral("the PostgreSQL socket path %1 is %2 bytes long, over "
                                          "the Unix limit of %3: choose a shorter data directory")
                               .arg(socketPath(dir))
                               .arg(length)
                               .arg(kMaxSocketPath));
    return true;
}

bool chownTree(const QString &dir, const QString &userName, QString *error)
{
    const passwd *pw = ::getpwnam(userName.toLocal8Bit().constData());
    if (!pw)
        return fail(error, QStringLiteral("the OS user '%1' disappeared").arg(userName));
    const uid_t uid = pw->pw_uid;
    const gid_t gid = pw->pw_gid;
    QStringList paths{dir};
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    for (const QString &path : std::as_const(paths)) {
        if (::lchown(QFile::encodeName(path).constData(), uid, gid) != 0)
            return fail(error, QStringLiteral("could not give %1 to the OS user '%2': %3")
                                   .arg(path, userName, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return true;
}

// A short-lived QPSQL connection under a unique name, removed when it goes out of scope.
class ScopedConnection
{
public:
    explicit ScopedConnection(const DbParams &params)
        : m_name(QStringLiteral("ejournal-pgcluster-")
                 + QUuid::createUuid().toString(QUuid::WithoutBraces)),
          m_params(params)
    {
        m_db = params.addConnection(m_name);
    }
    ~ScopedConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool open(QString *error)
    {
        return m_db.open()
            || fail(error, QStringLiteral("could not connect to %1: %2")
                               .arg(m_params.display(), m_db.lastError().text()));
    }
    bool exec(const QString &sql, QString *error)
    {
        QSqlQuery query(m_db);
        return query.exec(sql)
            || fail(error, QStringLiteral("PostgreSQL refused \"%1\": %2")
                               .arg(sql, query.lastError().text()));
    }
    bool queryBool(const QString &sql, bool *value, QString *error)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return fail(error, QStringLiteral("PostgreSQL refused \"%1\": %2")
                                   .arg(sql, query.lastError().text()));
        *value = query.value(0).toBool();
        return true;
    }

private:
    QString m_name;
    DbParams m_params;
    QSqlDatabase m_db;
};

} // namespace

PgCluster::PgCluster(const QString &clusterDir, const QString &runAsUser)
    : m_dir(QDir(clusterDir).absolutePath()), m_runAs(runAsUser)
{
}

PgCluster::~PgCluster()
{
    QString error;
    if (m_running && !stop(&error))
        qCWarning(lcPgCluster).noquote() << error;
}

bool PgCluster::locateBinaries(QString *binDir, QString *error)
{
    const QString fromPgConfig = pgConfigBinDir();
    const QString found = hasServerTools(fromPgConfig) ? fromPgConfig : newestDebianBinDir();
    if (found.isEmpty())
        return fail(error, QStringLiteral("PostgreSQL server binaries (initdb, pg_ctl) not found: "
                                          "install the Debian package postgresql "
                                          "(or postgresql-15)"));
    *binDir = found;
    return true;
}

bool PgCluster::start(QString *error)
{
    if (m_running)
        return true;
    if (!checkRunAs(error) || !locateBinaries(&m_binDir, error)
        || !checkDirectoryPath(m_dir, error) || !prepareDirectory(error)
        || !checkNotRunning(error) || !initialize(error) || !launch(error))
        return false;
    m_running = true;
    if (!ensureOwnerAndDatabase(error)) {
        stop();
        return false;
    }
    return true;
}

bool PgCluster::stop(QString *error)
{
    if (!m_running)
        return true;
    qCInfo(lcPgCluster) << "stopping PostgreSQL in" << dataDir();
    if (!runToolChecked(QStringLiteral("pg_ctl"),
                        {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-t"),
                         QString::number(kTimeoutSeconds - 10), QStringLiteral("-m"),
                         QStringLiteral("fast"), QStringLiteral("-D"), dataDir()},
                        error))
        return false;
    m_running = false;
    return true;
}

DbParams PgCluster::ownerParams() const
{
    DbParams params = superuserParams(QString::fromLatin1(kDatabase));
    params.user = QString::fromLatin1(kOwnerRole);
    return params;
}

DbParams PgCluster::superuserParams(const QString &database) const
{
    DbParams params;
    params.host = m_dir;
    params.port = kPort;
    params.user = kSuperuser;
    params.database = database;
    return params;
}

QString PgCluster::dataDir() const
{
    return m_dir + QStringLiteral("/data");
}

QString PgCluster::logFile() const
{
    return m_dir + QStringLiteral("/postgresql.log");
}

bool PgCluster::useRunuser() const
{
    return !m_runAs.isEmpty() && ::geteuid() == 0;
}

bool PgCluster::checkRunAs(QString *error) const
{
    if (useRunuser() && !::getpwnam(m_runAs.toLocal8Bit().constData()))
        return fail(error, QStringLiteral("the OS user '%1' that should run PostgreSQL does not "
                                          "exist")
                               .arg(m_runAs));
    if (m_runAs.isEmpty() || useRunuser() || m_runAs == currentUserName())
        return true;
    return fail(error, QStringLiteral("only root can run the PostgreSQL cluster as the OS user "
                                      "'%1'")
                           .arg(m_runAs));
}

// The caller makes sure every directory above m_dir is traversable by the user that runs
// PostgreSQL (with runAsUser: that user, not root).
bool PgCluster::prepareDirectory(QString *error) const
{
    if (!QDir().mkpath(m_dir)
        || !QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return fail(error, QStringLiteral("could not create the PostgreSQL cluster directory %1 "
                                          "with mode 0700")
                               .arg(m_dir));
    return !useRunuser() || chownTree(m_dir, m_runAs, error);
}

bool PgCluster::checkNotRunning(QString *error) const
{
    QString output;
    if (runTool(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), dataDir()},
                &output)
        != 0)
        return true;
    return fail(error, QStringLiteral("the PostgreSQL cluster in %1 is already running, started "
                                      "by another process (%2); stop that process first")
                           .arg(dataDir(), output.section(u'\n', 0, 0).trimmed()));
}

bool PgCluster::initialize(QString *error) const
{
    if (QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION")))
        return true;
    qCInfo(lcPgCluster) << "creating a PostgreSQL cluster in" << dataDir();
    return runToolChecked(QStringLiteral("initdb"),
                          {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), kSuperuser,
                           QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=reject"),
                           QStringLiteral("-E"), QStringLiteral("UTF8"),
                           QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--data-checksums"),
                           QStringLiteral("--no-instructions")},
                          error);
}

bool PgCluster::launch(QString *error) const
{
    qCInfo(lcPgCluster) << "starting PostgreSQL in" << dataDir();
    // pg_ctl hands -o to /bin/sh; checkDirectoryPath keeps m_dir free of quotes.
    const QString serverOptions =
        QStringLiteral("-c listen_addresses='' -p %1 -k '%2'").arg(kPort).arg(m_dir);
    if (runToolChecked(QStringLiteral("pg_ctl"),
                       {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"),
                        QString::number(kTimeoutSeconds - 10), QStringLiteral("-D"), dataDir(),
                        QStringLiteral("-l"), logFile(), QStringLiteral("-o"), serverOptions},
                       error))
        return true;
    QFile log(logFile());
    if (error && log.open(QIODevice::ReadOnly))
        *error += QStringLiteral("\nServer log %1:\n%2")
                      .arg(logFile(), lastLines(QString::fromLocal8Bit(log.readAll())));
    return false;
}

bool PgCluster::ensureOwnerAndDatabase(QString *error) const
{
    const QString owner = QString::fromLatin1(kOwnerRole);
    const QString database = QString::fromLatin1(kDatabase);
    bool databaseExists = false;
    {
        ScopedConnection admin(superuserParams());
        if (!admin.open(error)
            || !admin.exec(QStringLiteral("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                                          "rolname = '%1') THEN CREATE ROLE %1 LOGIN NOSUPERUSER "
                                          "NOCREATEROLE NOCREATEDB; END IF; END$$")
                               .arg(owner),
                           error)
            // The unprivileged role the server's workers switch to (see sql/001).
            || !admin.exec(QStringLiteral("DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                                          "rolname = '%1') THEN CREATE ROLE %1 NOLOGIN NOSUPERUSER "
                                          "NOCREATEROLE NOCREATEDB; END IF; END$$")
                               .arg(QLatin1String(kAppRole)),
                           error)
            || !admin.exec(QStringLiteral("DO $$BEGIN IF NOT pg_has_role('%2', '%1', 'MEMBER') "
                                          "THEN GRANT %1 TO %2; END IF; END$$")
                               .arg(QLatin1String(kAppRole), owner),
                           error)
            || !admin.queryBool(QStringLiteral("SELECT EXISTS (SELECT FROM pg_database WHERE "
                                               "datname = '%1')")
                                    .arg(database),
                                &databaseExists, error))
            return false;
        if (!databaseExists
            && !admin.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(database, owner),
                           error))
            return false;
    }
    // PostgreSQL 15 gives the public schema to pg_database_owner; make the owner role own it
    // outright so that it can create tables there and grant on them.
    ScopedConnection db(superuserParams(database));
    return db.open(error)
        && db.exec(QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(owner), error);
}

int PgCluster::runTool(const QString &tool, const QStringList &args, QString *output) const
{
    QString program = QDir(m_binDir).filePath(tool);
    QStringList arguments = args;
    if (useRunuser()) {
        arguments = QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + args;
        program = runuserProgram();
    }
    QProcess process;
    process.setWorkingDirectory(m_dir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments);
    const bool finished = process.waitForStarted(kTimeoutSeconds * 1000)
                       && process.waitForFinished(kTimeoutSeconds * 1000);
    if (!finished && process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    *output = QString::fromLocal8Bit(process.readAll());
    if (!finished) {
        output->append(QStringLiteral("\ncould not run %1 within %2 s: %3")
                           .arg(program)
                           .arg(kTimeoutSeconds)
                           .arg(process.errorString()));
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool PgCluster::runToolChecked(const QString &tool, const QStringList &args, QString *error) const
{
    QString output;
    const int exitCode = runTool(tool, args, &output);
    if (exitCode == 0)
        return true;
    const QString command =
        args.constFirst().startsWith(u'-') ? tool : tool + u' ' + args.constFirst();
    return fail(error, QStringLiteral("%1 failed (exit code %2):\n%3")
                           .arg(command)
                           .arg(exitCode)
                           .arg(lastLines(output)));
}

} // namespace ejournal::server

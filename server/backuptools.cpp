// PostgreSQL access for backups: connections, pg_dump/pg_restore, row counts.
#include "backuptools.h"

#include "pgcluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace ejournal::server {

namespace {
constexpr int kToolTimeoutMs = 60 * 60 * 1000;
constexpr int kOutputLines = 15;

QString lastLines(const QString &text)
{
    const QStringList lines = text.trimmed().split(u'\n');
    return lines.mid(std::max<qsizetype>(0, lines.size() - kOutputLines)).join(u'\n');
}

QString conninfoValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + quoted + u'\'';
}

// libpq's key=value form of params (the password goes through the environment).
QString conninfo(const DbParams &params)
{
    QStringList parts{QStringLiteral("host=") + conninfoValue(params.host),
                      QStringLiteral("port=%1").arg(params.port),
                      QStringLiteral("user=") + conninfoValue(params.user),
                      QStringLiteral("dbname=") + conninfoValue(params.database)};
    parts += params.options.split(u';', Qt::SkipEmptyParts);
    return parts.join(u' ');
}
} // namespace

DbSession::~DbSession()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool DbSession::open(const DbParams &params, QString *error)
{
    m_name = QStringLiteral("ejournal-ops-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = params.addConnection(m_name);
    if (m_db.open())
        return true;
    *error = QStringLiteral("cannot connect to the database %1: %2")
                 .arg(params.display(), m_db.lastError().text().trimmed());
    return false;
}

bool locatePgTool(const QString &tool, QString *path, QString *error)
{
    QString binDir;
    QString ignored;
    if (PgCluster::locateBinaries(&binDir, &ignored)
        && QFileInfo(QDir(binDir).filePath(tool)).isExecutable()) {
        *path = QDir(binDir).filePath(tool);
        return true;
    }
    *path = QStandardPaths::findExecutable(tool);
    if (!path->isEmpty())
        return true;
    *error = QStringLiteral("%1 not found: install the Debian package postgresql-client-15")
                 .arg(tool);
    return false;
}

bool runPgTool(const QString &tool, const DbParams &params, const QStringList &args,
               QString *error)
{
    QString program;
    if (!locatePgTool(tool, &program, error))
        return false;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!params.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), params.password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("30"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, QStringList{QStringLiteral("--dbname=") + conninfo(params)} + args);
    const bool finished = process.waitForStarted() && process.waitForFinished(kToolTimeoutMs);
    if (!finished && process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    *error = QStringLiteral("%1 failed (%2): %3")
                 .arg(tool,
                      finished ? QStringLiteral("exit code %1").arg(process.exitCode())
                               : process.errorString(),
                      lastLines(QString::fromLocal8Bit(process.readAllStandardError())));
    return false;
}

QMap<QString, qint64> countRows(const Sql &sql)
{
    QStringList names;
    {
        QSqlQuery tables = sql.exec(QStringLiteral(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> ?"),
            {QString::fromLatin1(kBackupRunTable)});
        while (tables.next())
            names.append(tables.value(0).toString());
    }
    QMap<QString, qint64> out;
    for (const QString &name : std::as_const(names))
        out.insert(name, sql.scalar(QStringLiteral("SELECT count(*) FROM public.\"%1\"")
                                        .arg(QString(name).replace(u'"', QStringLiteral("\"\""))))
                             .toLongLong());
    return out;
}

QStringList compareRowCounts(const QMap<QString, qint64> &expected,
                             const QMap<QString, qint64> &found)
{
    QStringList out;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!found.contains(it.key()))
            out.append(QStringLiteral("%1: expected %2 rows, the table is missing")
                           .arg(it.key()).arg(it.value()));
        else if (found.value(it.key()) != it.value())
            out.append(QStringLiteral("%1: expected %2 rows, found %3")
                           .arg(it.key()).arg(it.value()).arg(found.value(it.key())));
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        if (!expected.contains(it.key()))
            out.append(QStringLiteral("%1: not in the backup's manifest").arg(it.key()));
    return out;
}

} // namespace ejournal::server

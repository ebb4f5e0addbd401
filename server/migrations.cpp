// Schema migrations compiled into the binary and applied at start-up.
#include "migrations.h"

#include "sql.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace ejournal::server {

namespace {
// Any constant shared by every ejournal server: serialises concurrent migrations.
constexpr qint64 kMigrationLock = 0x656a6f75726e616c;  // "ejournal"
} // namespace

QList<Migration> builtInMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            qFatal("migration file %s is not named NNN_name.sql", qPrintable(file));
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read built-in migration %s", qPrintable(file));
        out.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return out;
}

int latestSchemaVersion()
{
    const QList<Migration> all = builtInMigrations();
    return all.isEmpty() ? 0 : all.last().version;
}

bool migrate(QSqlDatabase db, QStringList *applied, QString *error)
{
    const Sql sql(db);
    try {
        sql.execScript(QStringLiteral("SET client_min_messages = warning"));
        sql.execScript(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version integer PRIMARY KEY, name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())"));
        const int current = sql.scalar(QStringLiteral(
            "SELECT coalesce(max(version), 0) FROM schema_migrations")).toInt();
        if (current > latestSchemaVersion()) {
            *error = QStringLiteral("the database has schema version %1, newer than this server "
                                    "knows (%2): install a newer ejournal-server")
                         .arg(current).arg(latestSchemaVersion());
            return false;
        }
        for (const Migration &m : builtInMigrations()) {
            Transaction tx(db);
            sql.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kMigrationLock});
            const bool done = sql.scalar(QStringLiteral(
                "SELECT 1 FROM schema_migrations WHERE version = ?"), {m.version}).isValid();
            if (done)
                continue;
            sql.execScript(m.sql);
            sql.exec(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"),
                     {m.version, m.name});
            tx.commit();
            if (applied)
                applied->append(QStringLiteral("%1_%2").arg(m.version, 3, 10, QLatin1Char('0')).arg(m.name));
        }
    } catch (const DbFailure &e) {
        *error = QStringLiteral("migration failed: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

} // namespace ejournal::server

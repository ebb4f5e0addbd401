// Backup files: naming, the manifest, checksums and private (0600/0700) writing.
#include "backupfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace ejournal::server {

namespace {
constexpr qint64 kChunk = 1 << 20;
const QString kDumpSuffix = QStringLiteral(".dump");
const QString kManifestSuffix = QStringLiteral(".manifest.json");
constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool fail(QString *error, const QString &message)
{
    *error = message;
    return false;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Opens path.part for writing with 0600 from the start; the caller renames it.
bool openPart(QFile &file, QString *error)
{
    file.remove();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(kFileMode))
        return fail(error, QStringLiteral("cannot write %1: %2")
                               .arg(file.fileName(), file.errorString()));
    return true;
}

bool finishPart(QFile &file, const QString &finalPath, QString *error)
{
    const bool synced = file.flush() && ::fsync(file.handle()) == 0;
    file.close();
    if (!synced || file.error() != QFileDevice::NoError) {
        const QString why = synced ? file.errorString() : systemError();
        file.remove();
        return fail(error, QStringLiteral("cannot write %1: %2").arg(finalPath, why));
    }
    QFile::remove(finalPath);
    if (!file.rename(finalPath)) {
        file.remove();
        return fail(error, QStringLiteral("cannot rename %1 to %2: %3")
                               .arg(file.fileName(), finalPath, file.errorString()));
    }
    return true;
}
} // namespace

QByteArray BackupManifest::toJson() const
{
    QJsonObject rowCounts;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        rowCounts.insert(it.key(), it.value());
    const QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("ejournal-backup-1")},
        {QStringLiteral("contents"), QStringLiteral("the ejournal database only (pg_dump custom format)")},
        {QStringLiteral("dumpFile"), dumpFile},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("serverVersion"), serverVersion},
        {QStringLiteral("postgresVersion"), postgresVersion},
        {QStringLiteral("size"), size},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("rows"), rowCounts},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool BackupManifest::fromJson(const QByteArray &json, BackupManifest *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject o = doc.object();
    if (parseError.error != QJsonParseError::NoError
        || o.value(QStringLiteral("format")).toString() != QLatin1String("ejournal-backup-1"))
        return fail(error, QStringLiteral("not an ejournal backup manifest (%1)")
                               .arg(parseError.error != QJsonParseError::NoError
                                        ? parseError.errorString()
                                        : QStringLiteral("no format ejournal-backup-1")));
    BackupManifest m;
    m.dumpFile = o.value(QStringLiteral("dumpFile")).toString();
    m.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    m.schemaVersion = o.value(QStringLiteral("schemaVersion")).toInt();
    m.serverVersion = o.value(QStringLiteral("serverVersion")).toString();
    m.postgresVersion = o.value(QStringLiteral("postgresVersion")).toString();
    m.size = o.value(QStringLiteral("size")).toInteger(-1);
    m.sha256 = o.value(QStringLiteral("sha256")).toString();
    const QJsonObject rowCounts = o.value(QStringLiteral("rows")).toObject();
    for (auto it = rowCounts.constBegin(); it != rowCounts.constEnd(); ++it)
        m.rows.insert(it.key(), it.value().toInteger());
    if (m.dumpFile.isEmpty() || m.sha256.size() != 64 || m.size < 0 || m.schemaVersion <= 0)
        return fail(error, QStringLiteral("the backup manifest is incomplete (dump file, size, "
                                          "SHA-256 or schema version missing)"));
    *out = m;
    return true;
}

QString backupBaseName(const QDateTime &moment)
{
    return QStringLiteral("ejournal-") + moment.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString dumpPathFor(const QString &dir, const QString &baseName)
{
    return QDir(dir).filePath(baseName + kDumpSuffix);
}

QString manifestPathFor(const QString &dumpOrManifestPath)
{
    if (dumpOrManifestPath.endsWith(kManifestSuffix))
        return dumpOrManifestPath;
    const QString base = dumpOrManifestPath.endsWith(kDumpSuffix)
        ? dumpOrManifestPath.chopped(kDumpSuffix.size())
        : dumpOrManifestPath;
    return base + kManifestSuffix;
}

QString dumpPathForManifest(const QString &manifestPath)
{
    return manifestPath.chopped(kManifestSuffix.size()) + kDumpSuffix;
}

bool sha256OfFile(const QString &path, QString *hex, qint64 *size, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return fail(error, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        hash.addData(chunk);
        total += chunk.size();
    }
    *hex = QString::fromLatin1(hash.result().toHex());
    *size = total;
    return true;
}

bool checkBackupFile(const QString &file, QString *dumpPath, BackupManifest *manifest,
                     QString *error)
{
    const QString manifestPath = manifestPathFor(file);
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("the backup's manifest %1 cannot be read (%2): a backup "
                                          "is the .dump file together with its .manifest.json")
                               .arg(manifestPath, manifestFile.errorString()));
    BackupManifest m;
    QString why;
    if (!BackupManifest::fromJson(manifestFile.readAll(), &m, &why))
        return fail(error, QStringLiteral("%1: %2").arg(manifestPath, why));
    const QString dump = QFileInfo(manifestPath).dir().filePath(m.dumpFile);
    QString sha;
    qint64 size = 0;
    if (!sha256OfFile(dump, &sha, &size, error))
        return false;
    if (size != m.size)
        return fail(error, QStringLiteral("the backup %1 is truncated or incomplete: %2 bytes, "
                                          "the manifest records %3; use another copy")
                               .arg(dump).arg(size).arg(m.size));
    if (sha != m.sha256)
        return fail(error, QStringLiteral("the backup %1 is damaged: its SHA-256 checksum does not "
                                          "match the manifest; use another copy")
                               .arg(dump));
    *dumpPath = dump;
    *manifest = m;
    return true;
}

bool writePrivateFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile part(path + QStringLiteral(".part"));
    if (!openPart(part, error))
        return false;
    if (part.write(data) != data.size()) {
        const QString why = part.errorString();
        part.remove();
        return fail(error, QStringLiteral("cannot write %1: %2").arg(path, why));
    }
    return finishPart(part, path, error);
}

bool copyPrivateFile(const QString &source, const QString &dir, QString *error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("cannot read %1: %2").arg(source, in.errorString()));
    const QString target = QDir(dir).filePath(QFileInfo(source).fileName());
    QFile part(target + QStringLiteral(".part"));
    if (!openPart(part, error))
        return false;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(kChunk);
        if (part.write(chunk) != chunk.size()) {
            const QString why = part.errorString();
            part.remove();
            return fail(error, QStringLiteral("cannot write %1: %2").arg(target, why));
        }
    }
    return finishPart(part, target, error);
}

bool makePrivateDir(const QString &dir, QString *error)
{
    const QString absolute = QDir(dir).absolutePath();
    QStringList created;
    for (QString path = absolute; !QFileInfo::exists(path); path = QFileInfo(path).path())
        created.prepend(path);
    for (const QString &path : std::as_const(created)) {
        if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST)
            return fail(error, QStringLiteral("cannot create the directory %1: %2")
                                   .arg(path, systemError()));
    }
    if (!QFileInfo(absolute).isDir())
        return fail(error, QStringLiteral("%1 is not a directory").arg(absolute));
    return true;
}

void giveToOwnerOf(const QString &path, const QString &reference)
{
    struct stat info = {};
    if (::geteuid() != 0 || ::stat(QFile::encodeName(reference).constData(), &info) != 0)
        return;
    [[maybe_unused]] const int ignored =
        ::chown(QFile::encodeName(path).constData(), info.st_uid, info.st_gid);
}

} // namespace ejournal::server

// A backup on disk: `ejournal-YYYYMMDD-HHMMSS.dump` (pg_dump custom format, the database
// only) and `ejournal-YYYYMMDD-HHMMSS.manifest.json` next to it (time, schema version, row
// counts per table, size and SHA-256 of the dump). Both files are 0600.
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace ejournal::server {

struct BackupManifest
{
    QString dumpFile;        // the dump's file name, without a directory
    QDateTime created;       // UTC
    int schemaVersion = 0;
    QString serverVersion;   // ejournal-server that made it
    QString postgresVersion; // server_version of the database
    qint64 size = 0;         // bytes of the dump
    QString sha256;          // hex, lower case
    QMap<QString, qint64> rows;

    QByteArray toJson() const;
    static bool fromJson(const QByteArray &json, BackupManifest *out, QString *error);
};

// "ejournal-20260301-023000" for a backup made at that local time.
QString backupBaseName(const QDateTime &moment);
QString dumpPathFor(const QString &dir, const QString &baseName);
// x.dump -> x.manifest.json (and a manifest path stays itself).
QString manifestPathFor(const QString &dumpOrManifestPath);
QString dumpPathForManifest(const QString &manifestPath);

bool sha256OfFile(const QString &path, QString *hex, qint64 *size, QString *error);

// Checks that FILE (the .dump or its .manifest.json) is whole: manifest readable, size and
// SHA-256 as recorded. Gives the dump's path and the manifest; the error names the problem
// (missing manifest, truncated, damaged).
bool checkBackupFile(const QString &file, QString *dumpPath, BackupManifest *manifest,
                     QString *error);

// Writes data to path with mode 0600 (through path.part and a rename, synced to disk).
bool writePrivateFile(const QString &path, const QByteArray &data, QString *error);
// Copies source into dir (same file name, 0600, through .part and a rename, synced).
bool copyPrivateFile(const QString &source, const QString &dir, QString *error);
// Creates dir (and missing parents) with mode 0700 where it is created now.
bool makePrivateDir(const QString &dir, QString *error);
// As root: gives path to the owner of reference (the data directory's user).
void giveToOwnerOf(const QString &path, const QString &reference);

} // namespace ejournal::server

// Making a backup: a consistent pg_dump (custom format) of the live database with its row
// counts taken in the same snapshot, a manifest with the SHA-256, and a copy in every
// destination. A failing destination is reported and does not stop the others.
#pragma once

#include "backupfile.h"
#include "backupretention.h"
#include "dbparams.h"

#include <QList>
#include <QStringList>

namespace ejournal::server {

struct DestinationResult
{
    QString directory;
    bool ok = false;
    QString error;
    QStringList pruned;  // base names deleted by retention after the copy
};

struct BackupResult
{
    BackupManifest manifest;
    QList<DestinationResult> destinations;
    QString error;  // the dump itself failed: nothing was copied

    int succeeded() const;
    bool complete() const { return error.isEmpty() && succeeded() == destinations.size(); }
    // The copy in the first destination that succeeded (empty when none did).
    QString firstCopy() const;
};

struct BackupOptions
{
    QStringList destinations;
    QString stagingParent;  // where the dump is made before copying (the data directory)
    Retention keep;
    QString ownerReference; // as root, files and directories are given to this path's owner
};

// Never throws; a failure is in result->error or in the destinations' results.
void makeBackup(const DbParams &owner, const BackupOptions &options, BackupResult *result);

} // namespace ejournal::server

// Reading a backup back: `verify` restores it into a scratch database and compares the row
// counts with the manifest; `restore` puts it into the live database, refusing a database
// that holds data unless forced, and a backup of a newer schema than this binary knows.
#pragma once

#include "backuptools.h"

#include <QString>

namespace ejournal::server {

// Checks the file (checksum, schema version), restores it into a scratch database that is
// dropped afterwards, and compares the row counts. The error says what differs.
bool verifyBackup(const QString &file, const DatabaseAccess &access, QString *error);

struct RestoreOptions
{
    bool force = false;          // replace a database that holds data
    QString safetyDirectory;     // with force: a backup of the replaced data is made here first
    QString stagingParent;       // for that backup's staging (the data directory)
};

// On success *summary says what was restored (and where the replaced data was saved).
bool restoreBackup(const QString &file, const DatabaseAccess &access,
                   const RestoreOptions &options, QString *summary, QString *error);

} // namespace ejournal::server

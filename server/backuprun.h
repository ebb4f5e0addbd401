// One backup run as the schedule, an administrator's request or `ejournal-server backup`
// performs it: recorded in backup_run (when the schema has it), the backup made and copied,
// verified by restoring the first good copy into a scratch database, retention applied.
#pragma once

#include "backupmake.h"
#include "backuptools.h"

namespace ejournal::server {

struct BackupRunOptions
{
    QString trigger;         // "schedule", "request" or "command"
    qint64 queuedId = 0;     // the row of a queued request this run serves (0: a new row)
    bool verify = true;
    BackupOptions backup;
};

struct BackupRunOutcome
{
    qint64 runId = 0;        // 0 when the database has no backup_run table
    QString status;          // "ok", "partial" or "failed"
    BackupResult result;
    bool verified = false;
    QString verifyError;
};

BackupRunOutcome runBackup(const DatabaseAccess &access, const BackupRunOptions &options);

// A one-line account of the outcome for logs and the command line.
QString describeOutcome(const BackupRunOutcome &outcome);

} // namespace ejournal::server

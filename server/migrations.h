// Schema migrations: sql/NNN_name.sql compiled into the binary (Qt resources under :/sql),
// applied in order, each in one transaction, recorded in schema_migrations. A database
// with a version this binary does not know is refused.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ejournal::server {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The migrations built into this binary, in version order.
QList<Migration> builtInMigrations();
int latestSchemaVersion();

// Applies what is missing. `applied` receives "NNN_name" of each migration run now.
// Runs as the owner role; serialised between servers by an advisory lock.
bool migrate(QSqlDatabase db, QStringList *applied, QString *error);

} // namespace ejournal::server

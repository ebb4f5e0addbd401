// A process-wide throw-away PostgreSQL cluster for the tests (started on first use in a
// temporary directory under /tmp, stopped and removed at exit), and a small connection helper.
#pragma once

#include "dbparams.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace ejournal::server {
class PgCluster;
}

class TestCluster
{
public:
    // Starts the cluster on first use; it is stopped and deleted when the application object
    // is destroyed (or, without one, at process exit), also after failed tests.
    static TestCluster &instance();
    // The OS user that runs test clusters: "postgres" when the tests run as root (PostgreSQL
    // refuses root), otherwise empty: the current user.
    static QString clusterUser();
    ~TestCluster();

    bool ok() const;         // the cluster is running
    QString error() const;   // why it did not start, or why the last createDatabase failed

    // Creates a fresh, empty database owned by ejournal_owner (unique name per call) and returns
    // owner-role connection parameters for it. On failure: empty parameters, see error().
    ejournal::server::DbParams createDatabase(const QString &prefix = QStringLiteral("t"));
    ejournal::server::DbParams superuserParams(const QString &db = QStringLiteral("postgres")) const;

private:
    TestCluster();

    QTemporaryDir m_dir;
    std::unique_ptr<ejournal::server::PgCluster> m_cluster;
    QString m_error;
    int m_databaseCount = 0;
};

// A QPSQL connection under a unique name, opened at once and removed with the object.
class TestConnection
{
public:
    explicit TestConnection(const ejournal::server::DbParams &params);
    ~TestConnection();
    TestConnection(const TestConnection &) = delete;
    TestConnection &operator=(const TestConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString error() const { return m_error; }  // the last failure, with the SQL text
    QSqlDatabase database() const { return m_db; }
    bool exec(const QString &sql);
    // The first column of the first row; an invalid QVariant on failure.
    QVariant value(const QString &sql);

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

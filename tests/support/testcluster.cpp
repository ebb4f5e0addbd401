// The tests' shared PostgreSQL cluster: one PgCluster in /tmp/ejournal-pg-XXXXXX (short, so the
// socket path stays under the Unix limit), run as the OS user postgres when the tests run as root.
#include "testcluster.h"

#include "pgcluster.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

using ejournal::server::DbParams;
using ejournal::server::PgCluster;

namespace {

const QString kRootClusterUser = QStringLiteral("postgres");

std::unique_ptr<TestCluster> &sharedCluster()
{
    static std::unique_ptr<TestCluster> cluster;
    return cluster;
}

void stopSharedCluster()
{
    sharedCluster().reset();
}

} // namespace

TestCluster &TestCluster::instance()
{
    std::unique_ptr<TestCluster> &cluster = sharedCluster();
    if (!cluster) {
        cluster.reset(new TestCluster);
        qAddPostRoutine(stopSharedCluster);
    }
    return *cluster;
}

QString TestCluster::clusterUser()
{
    return ::geteuid() == 0 ? kRootClusterUser : QString();
}

TestCluster::TestCluster()
    : m_dir(QStringLiteral("/tmp/ejournal-pg-XXXXXX"))
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("could not create a temporary directory under /tmp: %1")
                      .arg(m_dir.errorString());
        return;
    }
    if (!clusterUser().isEmpty() && !::getpwnam(clusterUser().toLocal8Bit().constData())) {
        m_error = QStringLiteral("the tests run as root, so the test PostgreSQL cluster must run "
                                 "as the OS user '%1', which does not exist: install the Debian "
                                 "package postgresql")
                      .arg(clusterUser());
        return;
    }
    m_cluster = std::make_unique<PgCluster>(m_dir.path(), clusterUser());
    QString error;
    if (!m_cluster->start(&error))
        m_error = QStringLiteral("the test PostgreSQL cluster in %1 did not start: %2")
                      .arg(m_dir.path(), error);
}

TestCluster::~TestCluster() = default;

bool TestCluster::ok() const
{
    return m_cluster && m_cluster->isRunning();
}

QString TestCluster::error() const
{
    return m_error;
}

DbParams TestCluster::createDatabase(const QString &prefix)
{
    static const QRegularExpression validPrefix(QStringLiteral("^[a-z][a-z0-9_]{0,30}$"));
    if (!ok())
        return {};
    if (!validPrefix.match(prefix).hasMatch()) {
        m_error = QStringLiteral("bad test database prefix '%1': expected [a-z][a-z0-9_]*")
                      .arg(prefix);
        return {};
    }
    const QString name = QStringLiteral("%1_%2").arg(prefix).arg(++m_databaseCount);
    const QString owner = QString::fromLatin1(PgCluster::kOwnerRole);
    TestConnection admin(superuserParams());
    if (!admin.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, owner))) {
        m_error = admin.error();
        return {};
    }
    // The same schema ownership as the server's own database (see PgCluster).
    TestConnection created(superuserParams(name));
    if (!created.exec(QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(owner))) {
        m_error = created.error();
        return {};
    }
    DbParams params = superuserParams(name);
    params.user = owner;
    return params;
}

DbParams TestCluster::superuserParams(const QString &db) const
{
    return m_cluster ? m_cluster->superuserParams(db) : DbParams{};
}

TestConnection::TestConnection(const DbParams &params)
    : m_name(QStringLiteral("ejournal-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = params.addConnection(m_name);
    if (!m_db.open())
        m_error = QStringLiteral("could not connect to %1: %2")
                      .arg(params.display(), m_db.lastError().text());
}

TestConnection::~TestConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool TestConnection::exec(const QString &sql)
{
    value(sql);
    return m_error.isEmpty();
}

QVariant TestConnection::value(const QString &sql)
{
    if (!isOpen())
        return {};
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_error = QStringLiteral("\"%1\" failed: %2").arg(sql, query.lastError().text());
        return {};
    }
    m_error.clear();
    return query.next() ? query.value(0) : QVariant();
}

// The database layer as an administrator meets it: postgresql:// URLs and their errors, and the
// embedded PostgreSQL cluster (created, started, restarted on its data, owner role not superuser).
#include "pgcluster.h"
#include "testcluster.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using ejournal::server::DbParams;
using ejournal::server::PgCluster;

class TestPgCluster : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodUrls_data();
    void parsesGoodUrls();
    void rejectsBadUrls_data();
    void rejectsBadUrls();
    void displayOmitsPasswordAndRoundTrips();
    void locatesBinaries();
    void sharedClusterStarts();
    void ownerIsNotSuperuserButCreatesTables();
    void createdDatabasesAreDistinct();
    void restartKeepsData();
    void secondInstanceOnRunningClusterIsRefused();
    void tooLongSocketPathIsRefused();
};

namespace {

// A directory for a cluster of its own; PgCluster hands it to clusterUser() when root.
QTemporaryDir clusterDir()
{
    return QTemporaryDir(QStringLiteral("/tmp/ejournal-pgt-XXXXXX"));
}

} // namespace

void TestPgCluster::parsesGoodUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");

    QTest::newRow("full") << "postgresql://alice:s3cret@db.school.local:6543/ejournal"
                          << "db.school.local" << 6543 << "alice" << "s3cret" << "ejournal" << "";
    QTest::newRow("short scheme, default port") << "postgres://alice@localhost/ejournal"
                                                << "localhost" << 5432 << "alice" << "" << "ejournal"
                                                << "";
    QTest::newRow("socket dir via query") << "postgresql:///ejournal?host=/var/run/postgresql"
                                          << "/var/run/postgresql" << 5432 << "" << ""
                                          << "ejournal" << "";
    QTest::newRow("query host overrides") << "postgresql://ignored:7000/db?host=%2Ftmp%2Fpg%20dir"
                                          << "/tmp/pg dir" << 7000 << "" << "" << "db" << "";
    QTest::newRow("socket dir in authority") << "postgresql://u@%2Fvar%2Frun%2Fpostgresql/db"
                                             << "/var/run/postgresql" << 5432 << "u" << "" << "db"
                                             << "";
    QTest::newRow("percent-encoding")
        << "postgresql://%D1%83%D1%87%D0%B8%D1%82%D0%B5%D0%BB%D1%8C:p%40ss%3Aw%2Fd@h/"
           "%D0%B6%D1%83%D1%80%D0%BD%D0%B0%D0%BB"
        << "h" << 5432 << QStringLiteral("учитель") << "p@ss:w/d" << QStringLiteral("журнал") << "";
    QTest::newRow("ipv6") << "postgresql://u@[::1]:5433/db" << "::1" << 5433 << "u" << "" << "db"
                          << "";
    QTest::newRow("options") << "postgresql://u@h/db?sslmode=require&connect_timeout=5"
                             << "h" << 5432 << "u" << "" << "db"
                             << "sslmode=require;connect_timeout=5";
    QTest::newRow("option value quoted") << "postgresql://u@h/db?application_name=e%20journal"
                                         << "h" << 5432 << "u" << "" << "db"
                                         << "application_name='e journal'";
    QTest::newRow("fields via query") << "postgresql://h/x?dbname=db&user=u&password=p&port=5440"
                                      << "h" << 5440 << "u" << "p" << "db" << "";
}

void TestPgCluster::parsesGoodUrls()
{
    QFETCH(QString, url);
    DbParams params;
    QString error;
    QVERIFY2(DbParams::fromUrl(url, &params, &error), qPrintable(error));
    QTEST(params.host, "host");
    QTEST(params.port, "port");
    QTEST(params.user, "user");
    QTEST(params.password, "password");
    QTEST(params.database, "database");
    QTEST(params.options, "options");
}

void TestPgCluster::rejectsBadUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("problem");

    QTest::newRow("other scheme") << "mysql://u@h/db" << "scheme 'mysql'";
    QTest::newRow("no scheme") << "u@h/db" << "must start with postgresql://";
    QTest::newRow("no database") << "postgresql://u@h" << "no database name";
    QTest::newRow("empty database") << "postgresql://u@h:5432/" << "no database name";
    QTest::newRow("port not a number") << "postgresql://u@h:abc/db" << "bad port 'abc'";
    QTest::newRow("port too big") << "postgresql://u@h:70000/db" << "bad port '70000'";
    QTest::newRow("port zero") << "postgresql://u@h:0/db" << "bad port '0'";
    QTest::newRow("query port") << "postgresql://u@h/db?port=x" << "bad port 'x'";
    QTest::newRow("bad escape") << "postgresql://u%zz@h/db" << "percent-encoding in the user name";
    QTest::newRow("several hosts") << "postgresql://u@h1,h2/db" << "several hosts";
    QTest::newRow("query without value") << "postgresql://u@h/db?sslmode" << "'sslmode'";
    QTest::newRow("semicolon in option") << "postgresql://u@h/db?options=a%3Bb"
                                         << "must not contain ';'";
    QTest::newRow("unclosed ipv6") << "postgresql://u@[::1/db" << "missing ']'";
    QTest::newRow("fragment") << "postgresql://u@h/db#x" << "'#'";
}

void TestPgCluster::rejectsBadUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, problem);
    DbParams params;
    params.database = QStringLiteral("untouched");
    QString error;
    QVERIFY(!DbParams::fromUrl(url, &params, &error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QCOMPARE(params.database, QStringLiteral("untouched"));
}

void TestPgCluster::displayOmitsPasswordAndRoundTrips()
{
    const QStringList urls = {
        QStringLiteral("postgresql://alice:s3cret@db.school.local:6543/ejournal?sslmode=require"),
        QStringLiteral("postgresql://alice:s3cret@/ejournal?host=/run/pg%20sock"),
    };
    for (const QString &url : urls) {
        DbParams params;
        QString error;
        QVERIFY2(DbParams::fromUrl(url, &params, &error), qPrintable(error));
        const QString shown = params.display();
        QVERIFY2(!shown.contains(QStringLiteral("s3cret")), qPrintable(shown));

        DbParams again;
        QVERIFY2(DbParams::fromUrl(shown, &again, &error), qPrintable(shown + u' ' + error));
        QCOMPARE(again.host, params.host);
        QCOMPARE(again.port, params.port);
        QCOMPARE(again.user, params.user);
        QCOMPARE(again.database, params.database);
        QCOMPARE(again.options, params.options);
        QVERIFY(again.password.isEmpty());
    }
}

void TestPgCluster::locatesBinaries()
{
    QString binDir, error;
    QVERIFY2(PgCluster::locateBinaries(&binDir, &error), qPrintable(error));
    QVERIFY(QFileInfo(QDir(binDir).filePath(QStringLiteral("initdb"))).isExecutable());
    QVERIFY(QFileInfo(QDir(binDir).filePath(QStringLiteral("pg_ctl"))).isExecutable());
}

void TestPgCluster::sharedClusterStarts()
{
    TestCluster &cluster = TestCluster::instance();
    QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
    TestConnection superuser(cluster.superuserParams());
    QVERIFY2(superuser.isOpen(), qPrintable(superuser.error()));
    QVERIFY(superuser.value(QStringLiteral("SELECT version()")).toString().startsWith(u"PostgreSQL"));
    // TCP is off: the Unix socket in the cluster directory is the only way in.
    QCOMPARE(superuser.value(QStringLiteral("SHOW listen_addresses")).toString(), QString());
}

void TestPgCluster::ownerIsNotSuperuserButCreatesTables()
{
    TestCluster &cluster = TestCluster::instance();
    QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
    const DbParams params = cluster.createDatabase(QStringLiteral("owner"));
    QVERIFY2(!params.database.isEmpty(), qPrintable(cluster.error()));
    QCOMPARE(params.user, QString::fromLatin1(PgCluster::kOwnerRole));

    TestConnection owner(params);
    QVERIFY2(owner.isOpen(), qPrintable(owner.error()));
    QCOMPARE(owner.value(QStringLiteral("SELECT current_user")).toString(), params.user);
    const QVariant super =
        owner.value(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
    QVERIFY2(super.isValid(), qPrintable(owner.error()));
    QCOMPARE(super.toBool(), false);
    QVERIFY2(owner.exec(QStringLiteral("CREATE TABLE pupil (id int PRIMARY KEY, name text)")),
             qPrintable(owner.error()));
    QVERIFY2(owner.exec(QStringLiteral("INSERT INTO pupil VALUES (1, 'Иванов')")),
             qPrintable(owner.error()));
    QCOMPARE(owner.value(QStringLiteral("SELECT name FROM pupil")).toString(),
             QStringLiteral("Иванов"));
}

void TestPgCluster::createdDatabasesAreDistinct()
{
    TestCluster &cluster = TestCluster::instance();
    QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
    const DbParams first = cluster.createDatabase();
    const DbParams second = cluster.createDatabase();
    QVERIFY2(!first.database.isEmpty() && !second.database.isEmpty(),
             qPrintable(cluster.error()));
    QVERIFY(first.database != second.database);
    QVERIFY(cluster.createDatabase(QStringLiteral("Bad-Prefix")).database.isEmpty());
    QVERIFY2(cluster.error().contains(QStringLiteral("Bad-Prefix")), qPrintable(cluster.error()));
}

void TestPgCluster::restartKeepsData()
{
    QTemporaryDir dir = clusterDir();
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    PgCluster cluster(dir.path(), TestCluster::clusterUser());
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    QVERIFY(cluster.isRunning());
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("data/PG_VERSION"))));
    {
        TestConnection owner(cluster.ownerParams());
        QVERIFY2(owner.isOpen(), qPrintable(owner.error()));
        QVERIFY2(owner.exec(QStringLiteral("CREATE TABLE mark (value int)")),
                 qPrintable(owner.error()));
        QVERIFY2(owner.exec(QStringLiteral("INSERT INTO mark VALUES (5)")),
                 qPrintable(owner.error()));
    }
    QVERIFY2(cluster.stop(&error), qPrintable(error));
    QVERIFY(!cluster.isRunning());
    QVERIFY(!TestConnection(cluster.ownerParams()).isOpen());

    QVERIFY2(cluster.start(&error), qPrintable(error));
    TestConnection owner(cluster.ownerParams());
    QVERIFY2(owner.isOpen(), qPrintable(owner.error()));
    QCOMPARE(owner.value(QStringLiteral("SELECT value FROM mark")).toInt(), 5);
}

void TestPgCluster::secondInstanceOnRunningClusterIsRefused()
{
    QTemporaryDir dir = clusterDir();
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    PgCluster first(dir.path(), TestCluster::clusterUser());
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));

    PgCluster second(dir.path(), TestCluster::clusterUser());
    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(QStringLiteral("already running")), qPrintable(error));
    QVERIFY(!second.isRunning());
    QVERIFY(TestConnection(first.ownerParams()).isOpen());
}

void TestPgCluster::tooLongSocketPathIsRefused()
{
    QTemporaryDir dir = clusterDir();
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString deep = dir.filePath(QString(100, u'x'));
    PgCluster cluster(deep, TestCluster::clusterUser());
    QString error;
    QVERIFY(!cluster.start(&error));
    QVERIFY2(error.contains(QStringLiteral("Unix limit")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(deep));
}

QTEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pgcluster.moc"

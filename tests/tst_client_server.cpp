// The administrator's «Сервер» page against a real server: no backup yet is a warning;
// «Back up now» runs a backup through the server's scheduler and the page shows when, where,
// how big and that it was checked; a failed run warns again; other roles do not see it.
#include "tst_client_helpers.h"

#include "inlinemessage.h"
#include "opsschedule.h"
#include "recordstable.h"
#include "serverpage.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>

using namespace clienttest;
using ejournal::server::BackupScheduler;
using ejournal::server::OpsConfig;

namespace {
const QString kPassword = QStringLiteral("Parol2026");
}

class TestClientServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void onlyTheAdministratorSeesThePage();
    void backUpNowAndSeeTheResult();

private:
    TestServer m_server;
    QTemporaryDir m_dir;
};

void TestClientServer::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("admin1"), kPassword, {QStringLiteral("admin")}) > 0);
    QVERIFY(m_server.createUser(QStringLiteral("deputy1"), kPassword, {QStringLiteral("deputy")}) > 0);
}

void TestClientServer::onlyTheAdministratorSeesThePage()
{
    GuiClient deputy;
    deputy.signIn(m_server, QStringLiteral("deputy1"), kPassword);
    QVERIFY(!navigationTitles(deputy.window()).contains(Areas::title(Area::Server)));
    GuiClient admin;
    admin.signIn(m_server, QStringLiteral("admin1"), kPassword);
    QVERIFY(navigationTitles(admin.window()).contains(Areas::title(Area::Server)));
}

void TestClientServer::backUpNowAndSeeTheResult()
{
    OpsConfig config;
    config.destinations = {m_dir.filePath(QStringLiteral("usb")), m_dir.filePath(QStringLiteral("disk2"))};
    config.time = QTime::currentTime().addSecs(-3600);
    BackupScheduler scheduler({m_server.ownerParams(), TestCluster::instance().superuserParams()},
                              config, m_dir.path());
    scheduler.start(200);

    GuiClient admin;
    admin.signIn(m_server, QStringLiteral("admin1"), kPassword);
    admin.window()->resize(1280, 760);
    admin.window()->showArea(Area::Server);
    auto *page = qobject_cast<ServerPage *>(admin.window()->page(Area::Server));
    QVERIFY(page && page->isVisible());
    QAbstractItemModelTester tester(page->runs()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(page->warning()->text().contains(QStringLiteral("no backup")), kTimeoutMs);
    QCOMPARE(page->field(QStringLiteral("lastWhen"))->text(), QStringLiteral("never"));
    QVERIFY(!page->field(QStringLiteral("databaseSize"))->text().isEmpty());
    QCOMPARE(page->field(QStringLiteral("destinations"))->text(), config.destinations.join(u'\n'));

    QTest::mouseClick(page->backupButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->message()->text().contains(QStringLiteral("started")), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->message()->text() == QStringLiteral("The backup is done and checked."),
                             40000);
    QTRY_VERIFY_WITH_TIMEOUT(page->warning()->text().isEmpty(), kTimeoutMs);
    QVERIFY(page->backupButton()->isEnabled());
    QVERIFY(page->field(QStringLiteral("lastWhen"))->text().contains(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"))));
    QCOMPARE(page->field(QStringLiteral("lastWhere"))->text(), config.destinations.join(u'\n'));
    QCOMPARE(page->field(QStringLiteral("lastVerified"))->text(), QStringLiteral("yes"));
    QVERIFY(!page->field(QStringLiteral("lastSize"))->text().isEmpty());
    QAbstractItemModel *model = page->runs()->view()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Requested in the program"));
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Done"));
    QCOMPARE(model->index(0, 4).data().toString(), QStringLiteral("yes"));
    if (!qEnvironmentVariableIsEmpty("EJ_SCREENSHOT_DIR"))
        page->window()->grab().save(qEnvironmentVariable("EJ_SCREENSHOT_DIR") + QStringLiteral("/server-ok.png"));

    // A nightly run that failed: the administrator is warned with the reason.
    QVERIFY(m_server.exec(QStringLiteral(
        "INSERT INTO backup_run (trigger, status, started_at, finished_at, destinations, error)"
        " VALUES ('schedule', 'failed', now(), now(), '[]', 'pg_dump failed: disk full')")));
    QTest::keyClick(page, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(page->warning()->text().contains(QStringLiteral("disk full")), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, kTimeoutMs);
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Failed"));
    if (!qEnvironmentVariableIsEmpty("EJ_SCREENSHOT_DIR"))
        page->window()->grab().save(qEnvironmentVariable("EJ_SCREENSHOT_DIR") + QStringLiteral("/server-failed.png"));
}

QTEST_MAIN(TestClientServer)
#include "tst_client_server.moc"

// The administrator's areas against a real server: the open sessions list (model checked
// with QAbstractItemModelTester) and ending another user's session from it; the audit log
// with its action filter, readable before/after values and "load more".
#include "tst_client_helpers.h"

#include "auditmodel.h"
#include "auditpage.h"
#include "inlinemessage.h"
#include "sessionsmodel.h"
#include "sessionspage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>

using namespace clienttest;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

int rowOfLogin(const SessionsModel *model, const QString &login)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->session(row).login == login)
            return row;
    return -1;
}
} // namespace

class TestClientAdmin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sessionsListAndEndSession();
    void auditLogFilterDetailsAndPaging();

private:
    TestServer m_server;
};

void TestClientAdmin::initTestCase()
{
    QVERIFY(installTranslations(UiLanguage::Russian));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("admin1"), kPassword, {QStringLiteral("admin")}, false,
                                QStringLiteral("Петрова Анна Сергеевна")) > 0);
    QVERIFY(m_server.createUser(QStringLiteral("teacher1"), kPassword, {QStringLiteral("teacher")},
                                false, QStringLiteral("Иванов Иван Иванович")) > 0);
}

void TestClientAdmin::sessionsListAndEndSession()
{
    // The teacher works on another computer.
    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("teacher1"), kPassword);
    QSignalSpy teacherEnded(teacher.connection(), &ServerConnection::sessionEnded);

    GuiClient admin;
    admin.signIn(m_server, QStringLiteral("admin1"), kPassword);
    admin.window()->showArea(Area::Sessions);
    auto *page = qobject_cast<SessionsPage *>(admin.window()->page(Area::Sessions));
    QVERIFY(page && page->isVisible());
    SessionsModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTRY_VERIFY_WITH_TIMEOUT(rowOfLogin(model, QStringLiteral("teacher1")) >= 0, kTimeoutMs);
    const int own = rowOfLogin(model, QStringLiteral("admin1"));
    QVERIFY(own >= 0);
    QVERIFY(model->session(own).current);
    QCOMPARE(model->headerData(SessionsModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Пользователь"));
    const int row = rowOfLogin(model, QStringLiteral("teacher1"));
    QCOMPARE(model->index(row, SessionsModel::NameColumn).data().toString(),
             QStringLiteral("Иванов Иван Иванович"));
    QCOMPARE(model->index(row, SessionsModel::AddressColumn).data().toString(),
             QStringLiteral("127.0.0.1"));
    const QString created = model->index(row, SessionsModel::CreatedColumn).data().toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d$"))
                 .match(created).hasMatch(), qPrintable(created));

    // One's own session cannot be ended from here.
    page->view()->selectRow(own);
    QVERIFY(!page->endButton()->isEnabled());

    page->view()->selectRow(row);
    QVERIFY(page->endButton()->isEnabled());
    QTest::mouseClick(page->endButton(), Qt::LeftButton);
    QTRY_VERIFY(page->confirmation() && page->confirmation()->isVisible());
    QVERIFY(page->confirmation()->text().contains(QStringLiteral("Иванов Иван Иванович")));
    QTest::keyClick(page->confirmation(), Qt::Key_Return);  // the default button ends it

    QTRY_VERIFY_WITH_TIMEOUT(rowOfLogin(model, QStringLiteral("teacher1")) < 0, kTimeoutMs);
    QVERIFY(rowOfLogin(model, QStringLiteral("admin1")) >= 0);

    // The teacher's client learns at once and goes back to the login dialog.
    QTRY_COMPARE_WITH_TIMEOUT(teacherEnded.count(), 1, kTimeoutMs);
    QTRY_VERIFY(!teacher.window());
    QVERIFY(teacher.dialog()->isVisible());
    QCOMPARE(teacher.dialog()->message()->text(),
             QStringLiteral("Ваш сеанс завершён администратором системы. Войдите снова."));
}

void TestClientAdmin::auditLogFilterDetailsAndPaging()
{
    // Enough records for more than one page.
    QVERIFY(m_server.exec(QStringLiteral(
        "INSERT INTO audit_event (school_id, action, entity, entity_id, before, after)"
        " SELECT (SELECT id FROM school LIMIT 1), 'user.update', 'user', g::text,"
        "        '{\"blocked\": false}', '{\"blocked\": true}'"
        "   FROM generate_series(1, 130) g")));

    GuiClient admin;
    admin.signIn(m_server, QStringLiteral("admin1"), kPassword);
    admin.window()->showArea(Area::Audit);
    auto *page = qobject_cast<AuditPage *>(admin.window()->page(Area::Audit));
    QVERIFY(page && page->isVisible());
    AuditModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), AuditModel::kPageSize, kTimeoutMs);
    QVERIFY(model->canLoadMore());
    QVERIFY(page->loadMoreButton()->isEnabled());
    QCOMPARE(model->headerData(AuditModel::ActionColumn, Qt::Horizontal).toString(),
             QStringLiteral("Действие"));
    // Newest first: the sign-in just made is at the top.
    QCOMPARE(model->event(0).action, QStringLiteral("auth.login"));
    QCOMPARE(model->index(0, AuditModel::ActionColumn).data().toString(), QStringLiteral("Вход в систему"));
    QCOMPARE(model->index(0, AuditModel::UserColumn).data().toString(), QStringLiteral("admin1"));

    QTest::mouseClick(page->loadMoreButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > AuditModel::kPageSize, kTimeoutMs);
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(!model->canLoadMore());
    QVERIFY(!page->loadMoreButton()->isEnabled());
    QCOMPARE(page->loadMoreButton()->text(), QStringLiteral("Показаны все записи"));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->event(row - 1).id > model->event(row).id);

    // Filter by action, chosen from the list by its Russian name.
    QComboBox *filter = page->actionFilter();
    const int index = filter->findText(QStringLiteral("Создание пользователя"));
    QVERIFY(index > 0);
    filter->setCurrentIndex(index);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() >= 2, kTimeoutMs);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->event(row).action, QStringLiteral("user.create"));

    // Before and after, readably: the selected record's fields in the details pane.
    page->view()->selectRow(0);
    const QString details = page->details()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Создание пользователя")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Логин")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Роли")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Было")) && details.contains(QStringLiteral("Стало")),
             qPrintable(details));
    const QString changes = model->index(0, AuditModel::ChangesColumn).data().toString();
    QVERIFY2(changes.contains(QStringLiteral("ФИО: ")), qPrintable(changes));

    // An action with before and after shows the change with an arrow.
    filter->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == AuditModel::kPageSize,
                             kTimeoutMs);
    int updated = -1;
    for (int row = 0; row < model->rowCount() && updated < 0; ++row)
        if (model->event(row).action == QLatin1String("user.update"))
            updated = row;
    QVERIFY(updated >= 0);
    QCOMPARE(model->index(updated, AuditModel::ChangesColumn).data().toString(),
             QStringLiteral("Заблокирован: нет → да"));
}

QTEST_MAIN(TestClientAdmin)
#include "tst_client_admin.moc"

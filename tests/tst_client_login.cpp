// The client's sign-in against a real server, driven through its widgets: the first-connection
// certificate prompt and pinning, what the main window shows for each role, a wrong password,
// a changed certificate, and a password change the administrator requires.
#include "tst_client_helpers.h"

#include "changepassworddialog.h"
#include "connectionindicator.h"
#include "fingerprintdialog.h"
#include "homepage.h"
#include "inlinemessage.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>

using namespace clienttest;

namespace {
const QString kPassword = QStringLiteral("Parol2026");
}

class TestClientLogin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstConnectionAsksToTrustTheCertificate();
    void declinedCertificateIsNotPinned();
    void classTeacherSeesNoAdministration();
    void wrongPasswordStaysInTheDialog();
    void emptyFieldsAreCheckedBeforeConnecting();
    void changedCertificateIsRefused();
    void changedCertificateWhileSignedInIsRefused();
    void requiredPasswordChange();

private:
    TestServer m_server;
};

void TestClientLogin::initTestCase()
{
    QVERIFY(installTranslations(UiLanguage::Russian));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("admin1"), kPassword, {QStringLiteral("admin")}, false,
                                QStringLiteral("Петрова Анна Сергеевна")) > 0);
    QVERIFY(m_server.createUser(QStringLiteral("teacher1"), kPassword,
                                {QStringLiteral("teacher"), QStringLiteral("class_teacher")}, false,
                                QStringLiteral("Иванов Иван Иванович")) > 0);
}

void TestClientLogin::firstConnectionAsksToTrustTheCertificate()
{
    GuiClient client;
    QVERIFY(client.dialog()->isVisible());
    client.typeCredentials(m_server.port(), QStringLiteral("admin1"), kPassword);

    QTRY_VERIFY_WITH_TIMEOUT(client.app.loginFlow()->fingerprintDialog(), kTimeoutMs);
    FingerprintDialog *prompt = client.app.loginFlow()->fingerprintDialog();
    QTRY_VERIFY(prompt->isVisible());
    QCOMPARE(prompt->fingerprint(), m_server.fingerprint());
    QCOMPARE(certificateFingerprint(m_server.certificate()), m_server.fingerprint());
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"))
                .match(prompt->fingerprint()).hasMatch());
    auto *shown = prompt->findChild<QLabel *>(QStringLiteral("fingerprint"));
    QVERIFY(shown);
    QCOMPARE(shown->text().remove(QLatin1Char('\n')).remove(QLatin1Char(':')),
             m_server.fingerprint().remove(QLatin1Char(':')));
    QVERIFY(client.pinned(m_server).isEmpty());
    QVERIFY(!client.window());

    QTest::mouseClick(prompt->trustButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(client.window() && client.window()->isVisible(), kTimeoutMs);
    QCOMPARE(client.pinned(m_server), m_server.fingerprint());
    QVERIFY(!client.dialog()->isVisible());

    MainWindow *window = client.window();
    QCOMPARE(window->windowTitle(), QStringLiteral("Электронный журнал — Тестовая школа"));
    auto *home = qobject_cast<HomePage *>(window->page(Area::Home));
    QVERIFY(home);
    QCOMPARE(home->userNameLabel()->text(), QStringLiteral("Петрова Анна Сергеевна"));
    QCOMPARE(home->rolesLabel()->text(), QStringLiteral("Администратор системы"));
    QCOMPARE(navigationTitles(window),
             QStringList({QStringLiteral("Главная"), QStringLiteral("Расписание"),
                          QStringLiteral("Изменения и замены"), QStringLiteral("Учебный год"),
                          QStringLiteral("Классы и группы"), QStringLiteral("Люди"),
                          QStringLiteral("Учебный план и нагрузка"),
                          QStringLiteral("Учётные записи"), QStringLiteral("Настройки журнала"),
                          QStringLiteral("Сервер"), QStringLiteral("Сеансы"),
                          QStringLiteral("Журнал изменений")}));
    QCOMPARE(window->connectionIndicator()->text(), QStringLiteral("Подключено"));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("statusServer"))->text(),
             QStringLiteral("Сервер: 127.0.0.1:%1").arg(m_server.port()));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("statusUser"))->text(),
             QStringLiteral("Пользователь: Петрова Анна Сергеевна"));

    // The About box shows the pinned fingerprint.
    window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    QTRY_VERIFY(window->aboutDialog() && window->aboutDialog()->isVisible());
    auto *aboutPrint = window->aboutDialog()->findChild<QLabel *>(QStringLiteral("aboutFingerprint"));
    QCOMPARE(aboutPrint->text().remove(QLatin1Char('\n')).remove(QLatin1Char(':')),
             m_server.fingerprint().remove(QLatin1Char(':')));
    window->aboutDialog()->close();

    // Signing out returns to the login dialog; signing in again asks nothing more.
    window->findChild<QAction *>(QStringLiteral("actionLogout"))->trigger();
    QTRY_VERIFY(!client.window());
    QVERIFY(client.dialog()->isVisible());
    QCOMPARE(client.dialog()->loginEdit()->text(), QStringLiteral("admin1"));
    QVERIFY(client.dialog()->passwordEdit()->text().isEmpty());
    QTest::keyClicks(client.dialog()->passwordEdit(), kPassword);
    QTest::mouseClick(client.dialog()->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(client.window() && client.window()->isVisible(), kTimeoutMs);
    QVERIFY(!client.app.loginFlow()->fingerprintDialog());
}

void TestClientLogin::declinedCertificateIsNotPinned()
{
    GuiClient client;
    client.typeCredentials(m_server.port(), QStringLiteral("admin1"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(client.app.loginFlow()->fingerprintDialog(), kTimeoutMs);
    QTest::mouseClick(client.app.loginFlow()->fingerprintDialog()->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!client.dialog()->isBusy());
    QVERIFY(client.dialog()->message()->isVisible());
    QCOMPARE(client.dialog()->message()->text(),
             QStringLiteral("Сервер не подтверждён, подключение не выполнено."));
    QVERIFY(client.pinned(m_server).isEmpty());
    QVERIFY(!client.window());
    QCOMPARE(client.connection()->state(), ServerConnection::State::Disconnected);
}

void TestClientLogin::classTeacherSeesNoAdministration()
{
    GuiClient client;
    client.signIn(m_server, QStringLiteral("teacher1"), kPassword);
    MainWindow *window = client.window();
    // A class teacher reads the journals, plans, timetable, reports and paper copies, the
    // structure, own class's people and issues their logins; no sessions or audit log.
    QCOMPARE(navigationTitles(window),
             QStringList({QStringLiteral("Главная"), QStringLiteral("Журнал"),
                          QStringLiteral("Планирование (КТП)"), QStringLiteral("Расписание"),
                          QStringLiteral("Изменения и замены"), QStringLiteral("Отчёты"),
                          QStringLiteral("Бумажные копии"), QStringLiteral("Учебный год"),
                          QStringLiteral("Классы и группы"), QStringLiteral("Люди"),
                          QStringLiteral("Учебный план и нагрузка"),
                          QStringLiteral("Учётные записи")}));
    QVERIFY(!window->page(Area::Sessions));
    QVERIFY(!window->page(Area::Audit));
    auto *home = qobject_cast<HomePage *>(window->page(Area::Home));
    QCOMPARE(home->userNameLabel()->text(), QStringLiteral("Иванов Иван Иванович"));
    QCOMPARE(home->rolesLabel()->text(), QStringLiteral("Классный руководитель, Учитель"));
}

void TestClientLogin::wrongPasswordStaysInTheDialog()
{
    GuiClient client;
    client.pin(m_server);
    client.typeCredentials(m_server.port(), QStringLiteral("admin1"), QStringLiteral("Wrong2026"));
    QTRY_VERIFY_WITH_TIMEOUT(client.dialog()->message()->isError(), kTimeoutMs);
    QCOMPARE(client.dialog()->message()->text(), QStringLiteral("Неверный логин или пароль."));
    QVERIFY(client.dialog()->isVisible());
    QVERIFY(!client.dialog()->isBusy());
    QVERIFY(client.dialog()->passwordEdit()->text().isEmpty());
    QVERIFY(!client.window());

    // The same connection is used for the next attempt, which succeeds.
    QTest::keyClicks(client.dialog()->passwordEdit(), kPassword);
    QTest::keyClick(client.dialog()->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(client.window() && client.window()->isVisible(), kTimeoutMs);
}

void TestClientLogin::emptyFieldsAreCheckedBeforeConnecting()
{
    GuiClient client;
    client.dialog()->loginEdit()->clear();
    QTest::mouseClick(client.dialog()->signInButton(), Qt::LeftButton);
    QCOMPARE(client.dialog()->message()->text(), QStringLiteral("Введите логин."));
    QCOMPARE(client.connection()->state(), ServerConnection::State::Disconnected);
}

void TestClientLogin::changedCertificateIsRefused()
{
    TestServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.createUser(QStringLiteral("admin2"), kPassword, {QStringLiteral("admin")}) > 0);
    const QString original = server.fingerprint();
    GuiClient client;
    client.pin(server);
    QVERIFY2(server.restartWithNewCertificate(&error), qPrintable(error));
    QVERIFY(server.fingerprint() != original);

    client.typeCredentials(server.port(), QStringLiteral("admin2"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(client.app.loginFlow()->certificateWarning(), kTimeoutMs);
    QMessageBox *warning = client.app.loginFlow()->certificateWarning();
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("Сертификат сервера 127.0.0.1:%1 изменился")
                                          .arg(server.port())),
             qPrintable(warning->text()));
    QVERIFY(warning->text().contains(QStringLiteral("администратор")));
    QVERIFY(warning->informativeText().contains(FingerprintDialog::groupedFingerprint(original)));
    QVERIFY(warning->informativeText().contains(FingerprintDialog::groupedFingerprint(server.fingerprint())));
    QVERIFY(client.dialog()->message()->isError());
    QVERIFY(client.dialog()->message()->text().contains(QStringLiteral("изменился")));
    // No offer to trust the new certificate, no sign-in, the old pin kept.
    QVERIFY(!client.app.loginFlow()->fingerprintDialog());
    QVERIFY(!client.window());
    QCOMPARE(client.pinned(server), original);
    QCOMPARE(client.connection()->state(), ServerConnection::State::Disconnected);
    QCOMPARE(warning->buttons().size(), 1);
    QTest::keyClick(warning, Qt::Key_Return);
    QTRY_VERIFY(!client.app.loginFlow()->certificateWarning());
}

void TestClientLogin::changedCertificateWhileSignedInIsRefused()
{
    TestServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.createUser(QStringLiteral("admin3"), kPassword, {QStringLiteral("admin")}) > 0);
    GuiClient client;
    client.signIn(server, QStringLiteral("admin3"), kPassword);
    const QString original = server.fingerprint();

    QVERIFY2(server.restartWithNewCertificate(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(client.app.loginFlow()->certificateWarning(), kTimeoutMs);
    QTRY_VERIFY(!client.window());
    QVERIFY(client.dialog()->isVisible());
    QVERIFY(client.dialog()->message()->text().contains(QStringLiteral("изменился")));
    QCOMPARE(client.pinned(server), original);
    QCOMPARE(client.connection()->state(), ServerConnection::State::Disconnected);
    QVERIFY(!client.connection()->session().isValid());
}

void TestClientLogin::requiredPasswordChange()
{
    QVERIFY(m_server.createUser(QStringLiteral("newteacher"), QStringLiteral("Vremennyi1"),
                                {QStringLiteral("teacher")}, true,
                                QStringLiteral("Сидорова Мария Петровна")) > 0);
    GuiClient client;
    client.pin(m_server);
    client.typeCredentials(m_server.port(), QStringLiteral("newteacher"), QStringLiteral("Vremennyi1"));
    QTRY_VERIFY_WITH_TIMEOUT(client.app.loginFlow()->changePasswordDialog(), kTimeoutMs);
    ChangePasswordDialog *change = client.app.loginFlow()->changePasswordDialog();
    QTRY_VERIFY(change->isVisible());
    QVERIFY(!client.window());

    // Checked on the client first: too short, then not repeated the same.
    QTest::keyClicks(change->oldEdit(), QStringLiteral("Vremennyi1"));
    QTest::keyClicks(change->newEdit(), QStringLiteral("abc1"));
    QTest::keyClicks(change->repeatEdit(), QStringLiteral("abc1"));
    QTest::mouseClick(change->changeButton(), Qt::LeftButton);
    QCOMPARE(change->message()->text(),
             QStringLiteral("Новый пароль слишком короткий: нужно не менее 8 символов."));
    change->newEdit()->clear();
    change->repeatEdit()->clear();
    QTest::keyClicks(change->newEdit(), QStringLiteral("Sobstvennyi2"));
    QTest::keyClicks(change->repeatEdit(), QStringLiteral("Sobstvennyi3"));
    QTest::keyClick(change->repeatEdit(), Qt::Key_Return);
    QCOMPARE(change->message()->text(), QStringLiteral("Повтор не совпадает с новым паролем."));

    // A wrong current password is reported by the server.
    change->oldEdit()->clear();
    QTest::keyClicks(change->oldEdit(), QStringLiteral("Nevernyi9"));
    change->repeatEdit()->clear();
    QTest::keyClicks(change->repeatEdit(), QStringLiteral("Sobstvennyi2"));
    QTest::mouseClick(change->changeButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(change->message()->text(),
                              QStringLiteral("Текущий пароль введён неверно."), kTimeoutMs);
    QVERIFY(!client.window());

    change->oldEdit()->clear();
    QTest::keyClicks(change->oldEdit(), QStringLiteral("Vremennyi1"));
    QTest::mouseClick(change->changeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(client.window() && client.window()->isVisible(), kTimeoutMs);

    // The new password works; the old one does not.
    client.window()->findChild<QAction *>(QStringLiteral("actionLogout"))->trigger();
    QTRY_VERIFY(!client.window());
    client.typeCredentials(m_server.port(), QStringLiteral("newteacher"), QStringLiteral("Vremennyi1"));
    QTRY_COMPARE_WITH_TIMEOUT(client.dialog()->message()->text(),
                              QStringLiteral("Неверный логин или пароль."), kTimeoutMs);
    client.typeCredentials(m_server.port(), QStringLiteral("newteacher"), QStringLiteral("Sobstvennyi2"));
    QTRY_VERIFY_WITH_TIMEOUT(client.window() && client.window()->isVisible(), kTimeoutMs);
    QVERIFY(!client.app.loginFlow()->changePasswordDialog());
}

QTEST_MAIN(TestClientLogin)
#include "tst_client_login.moc"

// The accounts page against a real server: issuing a staff account through the role dialog
// and signing in with the issued one-time password, credential slips as PDF (real text,
// slips never split across pages), blocking with Undo, the CSV import wizard (problem rows
// keep «Upload» disabled and write nothing; a clean Windows-1251 file imports), and a class
// teacher who sees only the own class. Models are checked with QAbstractItemModelTester.
// Set ACCOUNTS_TEST_OUTPUT to a folder to keep the PDF and screenshots of the page and wizard.
#include "tst_client_helpers.h"

#include "accountscredentialsdialog.h"
#include "accountspage.h"
#include "accountsrolesdialog.h"
#include "csvtable.h"
#include "importfilepage.h"
#include "importpreviewpage.h"
#include "importwizard.h"
#include "inlinemessage.h"
#include "recordstable.h"
#include "testclient.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QMessageBox>
#include <QProcess>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>

using namespace clienttest;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

// Text as Windows-1251 bytes: the inverse of the server's decoder.
QByteArray toCp1251(const QString &text)
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString table = ejournal::decodeWindows1251(all);
    QByteArray out;
    for (const QChar c : text)
        out.append(char(table.indexOf(c)));
    return out;
}

// The text of a PDF page by page (pdftotext separates pages with form feeds).
QStringList pdfPages(const QString &fileName)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), fileName, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int rowWhere(const RecordsModel *model, const QString &key, const QCborValue &value)
{
    return model->rowOf(value, key);
}

// Where screenshots and PDFs are kept for a look (empty: nowhere).
QString outputPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("ACCOUNTS_TEST_OUTPUT");
    return dir.isEmpty() ? QString() : QDir(dir).filePath(name);
}

void keepShot(QWidget *widget, const QString &name)
{
    if (const QString path = outputPath(name); !path.isEmpty())
        widget->grab().save(path);
}
} // namespace

class TestClientAccounts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void adminIssuesStaffAccountAndSlipsArePdf();
    void blockAndUndo();
    void importWithProblemsWritesNothing();
    void cleanCp1251FileImports();
    void classTeacherSeesOwnClassOnly();

private:
    void sql(const QString &statement);
    qint64 value(const QString &query);
    // Opens the accounts page of a signed-in client and waits for its lists (check isLoading()).
    std::unique_ptr<AccountsPage> openPage(GuiClient &client);
    ImportWizard *openWizard(AccountsPage *page, bool students, const QByteArray &file);

    TestServer m_server;
    QTemporaryDir m_files;
};

void TestClientAccounts::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

qint64 TestClientAccounts::value(const QString &query)
{
    TestConnection db(m_server.ownerParams());
    return db.value(query).toLongLong();
}

void TestClientAccounts::initTestCase()
{
    QVERIFY(installTranslations(UiLanguage::Russian));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("admin1"), kPassword, {QStringLiteral("admin")}, false,
                                QStringLiteral("Админова Анна Петровна")) > 0);
    QVERIFY(m_server.createUser(QStringLiteral("ct5a"), kPassword,
                                {QStringLiteral("teacher"), QStringLiteral("class_teacher")}, false,
                                QStringLiteral("Аистова Алла")) > 0);
    sql(QStringLiteral(
        "INSERT INTO staff (school_id, last_name, first_name, user_id)"
        " SELECT school_id, 'Аистова', 'Алла', id FROM app_user WHERE login = 'ct5a'"));
    sql(QStringLiteral(
        "INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
        " SELECT id, 'Текущий год', current_date - 60, current_date + 250, 'active' FROM school"));
    sql(QStringLiteral(
        "INSERT INTO class_unit (school_id, academic_year_id, grade, letter, class_teacher_id)"
        " SELECT y.school_id, y.id, g.grade, g.letter,"
        "   CASE WHEN g.letter = 'А' THEN (SELECT id FROM staff WHERE last_name = 'Аистова') END"
        "  FROM academic_year y, (VALUES (5, 'А'), (5, 'Б')) AS g(grade, letter)"));
    // 5А: eleven students (so that the slips take two pages), 5Б: one.
    sql(QStringLiteral(
        "INSERT INTO student (school_id, last_name, first_name, middle_name, birth_date)"
        " SELECT s.id, 'Ученик' || g, 'Пятый', 'Алексеевич', date '2014-01-01' + g FROM school s,"
        "   generate_series(1, 10) g"));
    sql(QStringLiteral(
        "INSERT INTO student (school_id, last_name, first_name, middle_name, birth_date)"
        " SELECT id, p.l, p.f, '', date '2014-03-03' FROM school,"
        "   (VALUES ('Кузнецова', 'Алёна'), ('Петров', 'Олег')) AS p(l, f)"));
    sql(QStringLiteral(
        "INSERT INTO enrollment (school_id, student_id, class_id, starts_on)"
        " SELECT s.school_id, s.id, c.id, current_date - 30 FROM student s"
        "   JOIN class_unit c ON c.grade = 5 AND c.letter = CASE WHEN s.last_name = 'Петров' THEN 'Б' ELSE 'А' END"));
    sql(QStringLiteral(
        "INSERT INTO guardian (school_id, last_name, first_name, middle_name, phone)"
        " SELECT id, 'Кузнецов', 'Игорь', 'Петрович', '+7 911 000-00-01' FROM school"));
    sql(QStringLiteral(
        "INSERT INTO student_guardian (school_id, student_id, guardian_id, relation)"
        " SELECT s.school_id, s.id, g.id, 'father' FROM student s, guardian g WHERE s.last_name = 'Кузнецова'"));
    sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, middle_name, position)"
                       " SELECT id, 'Смирнова', 'Ольга', 'Викторовна', 'учитель математики' FROM school"));
}

std::unique_ptr<AccountsPage> TestClientAccounts::openPage(GuiClient &client)
{
    auto page = std::make_unique<AccountsPage>(client.connection());
    page->resize(1200, 700);
    page->show();
    page->activate();
    static_cast<void>(QTest::qWaitFor([&page] { return !page->isLoading(); }, kTimeoutMs));
    return page;
}

void TestClientAccounts::adminIssuesStaffAccountAndSlipsArePdf()
{
    GuiClient admin;
    admin.signIn(m_server, QStringLiteral("admin1"), kPassword);
    auto page = openPage(admin);
    QVERIFY(!page->isLoading());
    RecordsModel *people = page->peopleTable()->model();
    RecordsModel *accounts = page->accountsTable()->model();
    QAbstractItemModelTester peopleTester(people, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester accountsTester(accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(page->rolesButton()->isVisibleTo(page.get()));
    QVERIFY(page->importButton()->isVisibleTo(page.get()));
    QCOMPARE(page->classFilter()->itemText(0), QStringLiteral("Все классы"));
    QCOMPARE(page->classFilter()->count(), 3);
    const qint64 staffId = value(QStringLiteral("SELECT id FROM staff WHERE last_name = 'Смирнова'"));
    const QString key = QStringLiteral("staff:%1").arg(staffId);
    const int row = rowWhere(people, QStringLiteral("key"), key);
    QVERIFY(row >= 0);
    QCOMPARE(people->index(row, 1).data().toString(), QStringLiteral("Сотрудник"));
    QVERIFY(rowWhere(people, QStringLiteral("fullName"), QStringLiteral("Петров Олег")) >= 0);
    QVERIFY(rowWhere(accounts, QStringLiteral("login"), QStringLiteral("admin1")) >= 0);
    keepShot(page.get(), QStringLiteral("page-admin.png"));

    page->tabs()->setCurrentIndex(1);
    page->peopleTable()->selectId(key, QStringLiteral("key"));
    QVERIFY(page->issueButton()->isEnabled());
    QTest::mouseClick(page->issueButton(), Qt::LeftButton);
    QTRY_VERIFY(page->rolesDialog() && page->rolesDialog()->isVisible());
    AccountsRolesDialog *roles = page->rolesDialog();
    QVERIFY(roles->checkBox(ejournal::Role::Teacher)->isChecked());
    QCOMPARE(roles->checkBox(ejournal::Role::Deputy)->text(), QStringLiteral("Заместитель директора"));
    // No role at all is refused next to the checkboxes, and the dialog stays open.
    roles->checkBox(ejournal::Role::Teacher)->setChecked(false);
    QTest::mouseClick(roles->okButton(), Qt::LeftButton);
    QVERIFY(roles->isVisible());
    QVERIFY(roles->findChild<QLabel *>(QStringLiteral("rolesProblem"))->isVisible());
    roles->checkBox(ejournal::Role::Teacher)->setChecked(true);
    roles->checkBox(ejournal::Role::Deputy)->setChecked(true);
    QTest::mouseClick(roles->okButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(page->credentialsDialog() && page->credentialsDialog()->isVisible(), kTimeoutMs);
    AccountsCredentialsDialog *dialog = page->credentialsDialog();
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Новые учётные данные"));
    QAbstractItemModelTester credentialsTester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->model()->rowCount(), 1);
    const QString login = dialog->model()->index(0, 2).data().toString();
    const QString password = dialog->model()->index(0, 3).data().toString();
    QCOMPARE(login, QStringLiteral("smirnova.ov"));
    QCOMPARE(password.size(), 12);
    QCOMPARE(dialog->model()->index(0, 0).data().toString(), QStringLiteral("Смирнова Ольга Викторовна"));
    keepShot(dialog, QStringLiteral("credentials-dialog.png"));

    // The password signs in, and must be changed first.
    TestClient staff;
    QVERIFY(staff.connectTo(m_server.port(), m_server.fingerprint()));
    const ejournal::Envelope signedIn = staff.login(login, password);
    QCOMPARE(int(signedIn.kind), int(ejournal::Envelope::Kind::Result));
    QVERIFY(signedIn.result.toMap().value(QStringLiteral("mustChangePassword")).toBool());
    QCOMPARE(signedIn.result.toMap().value(QStringLiteral("user")).toMap().value(QStringLiteral("roles")).toArray(),
             QCborArray({QStringLiteral("deputy"), QStringLiteral("teacher")}));

    // The slips as PDF: real text with the login, the password and the labels.
    const QString pdf = m_files.filePath(QStringLiteral("slip.pdf"));
    QVERIFY(dialog->saveSlipsPdf(pdf));
    const QStringList pages = pdfPages(pdf);
    QCOMPARE(pages.size(), 1);
    QVERIFY2(pages.first().contains(login), qPrintable(pages.first()));
    QVERIFY(pages.first().contains(password));
    QVERIFY(pages.first().contains(QStringLiteral("Логин")));
    QVERIFY(pages.first().simplified().contains(QStringLiteral("При первом входе программа попросит сменить пароль")));
    QVERIFY(pages.first().contains(QStringLiteral("стр. 1 из 1")));

    // The lists follow: the person has an account now.
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(accounts, QStringLiteral("login"), login) >= 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowWhere(people, QStringLiteral("key"), key) < 0, kTimeoutMs);
    const int accountRow = rowWhere(accounts, QStringLiteral("login"), login);
    QCOMPARE(accounts->index(accountRow, 3).data().toString(), QStringLiteral("Заместитель директора, Учитель"));
    QCOMPARE(accounts->index(accountRow, 5).data().toString(), QStringLiteral("да"));
}

void TestClientAccounts::blockAndUndo()
{
    GuiClient admin;
    admin.signIn(m_server, QStringLiteral("admin1"), kPassword);
    auto page = openPage(admin);
    QVERIFY(!page->isLoading());
    RecordsModel *accounts = page->accountsTable()->model();
    QAbstractItemModelTester tester(accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 userId = value(QStringLiteral("SELECT id FROM app_user WHERE login = 'smirnova.ov'"));
    QVERIFY(userId > 0);

    // One's own account cannot be blocked from here.
    page->accountsTable()->selectId(QCborValue(value(QStringLiteral("SELECT id FROM app_user WHERE login = 'admin1'"))),
                                    QStringLiteral("userId"));
    QVERIFY(!page->blockButton()->isEnabled());

    page->accountsTable()->selectId(userId, QStringLiteral("userId"));
    QCOMPARE(page->blockButton()->text().remove(QLatin1Char('&')), QStringLiteral("Заблокировать"));
    QTest::mouseClick(page->blockButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accounts->index(accounts->rowOf(userId, QStringLiteral("userId")), 4).data().toString(),
                              QStringLiteral("да"), kTimeoutMs);
    QCOMPARE(value(QStringLiteral("SELECT blocked::int FROM app_user WHERE id = %1").arg(userId)), 1);
    QVERIFY(page->message()->text().contains(QStringLiteral("заблокирована")));
    QVERIFY(page->undoButton()->isVisible());
    // The row stays current, and the button now offers the opposite.
    QTRY_COMPARE(page->blockButton()->text().remove(QLatin1Char('&')), QStringLiteral("Разблокировать"));
    keepShot(page.get(), QStringLiteral("page-blocked.png"));

    QTest::mouseClick(page->undoButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT blocked::int FROM app_user WHERE id = %1").arg(userId)), 0,
                              kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(accounts->index(accounts->rowOf(userId, QStringLiteral("userId")), 4).data().toString().isEmpty(),
                             kTimeoutMs);
    QVERIFY(!page->undoButton()->isVisible());
}

ImportWizard *TestClientAccounts::openWizard(AccountsPage *page, bool students, const QByteArray &file)
{
    const QString path = m_files.filePath(students ? QStringLiteral("students.csv") : QStringLiteral("staff.csv"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file) != file.size())
        return nullptr;
    out.close();
    QTest::mouseClick(page->importButton(), Qt::LeftButton);
    ImportWizard *wizard = page->importWizard();
    if (!wizard || !wizard->isVisible())
        return nullptr;
    (students ? wizard->filePage()->studentsButton() : wizard->filePage()->staffButton())->setChecked(true);
    wizard->filePage()->fileEdit()->setText(path);
    keepShot(wizard, QStringLiteral("wizard-file.png"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    return wizard;
}

void TestClientAccounts::importWithProblemsWritesNothing()
{
    GuiClient admin;
    admin.signIn(m_server, QStringLiteral("admin1"), kPassword);
    auto page = openPage(admin);
    QVERIFY(!page->isLoading());
    const qint64 students = value(QStringLiteral("SELECT count(*) FROM student"));
    const QByteArray file = QStringLiteral(
        "Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Приказ;Родитель 1 ФИО;Родитель 1 кем приходится\n"
        "Сёмина;Ольга;Андреевна;12.03.2014;ж;5А;№ 45-у;Сёмина Елена Петровна;мать\n"
        "Орлов;Денис;;31.02.2015;м;5А;№ 45-у;;\n"
        "Белова;Анна;;01.09.2014;ж;9Я;№ 45-у;;\n"
        "Зайцев;Пётр;;01.09.2014;м;5Б;;Зайцев;дядя\n").toUtf8();
    ImportWizard *wizard = openWizard(page.get(), true, file);
    QVERIFY(wizard);
    ImportPreviewPage *preview = wizard->previewPage();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::PreviewPageId), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isChecking() && preview->model(), kTimeoutMs);
    RecordsModel *rows = preview->model();
    QAbstractItemModelTester tester(rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rows->rowCount(), 4);
    const int problems = 1;  // right after the line number
    QCOMPARE(rows->headerData(problems, Qt::Horizontal).toString(), QStringLiteral("Ошибки"));
    QCOMPARE(rows->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Строка"));
    QVERIFY(rows->index(0, problems).data().toString().isEmpty());
    QVERIFY2(rows->index(1, problems).data().toString().contains(QStringLiteral("31.02.2015")),
             qPrintable(rows->index(1, problems).data().toString()));
    QVERIFY2(rows->index(2, problems).data().toString().contains(QStringLiteral("9Я")),
             qPrintable(rows->index(2, problems).data().toString()));
    QVERIFY(!rows->index(3, problems).data().toString().isEmpty());
    QCOMPARE(preview->counts()->text(), QStringLiteral("Готово к загрузке: 1, с ошибками: 3"));
    QVERIFY(preview->message()->isError());
    QVERIFY(!wizard->uploadButton()->isEnabled());
    QCOMPARE(wizard->uploadButton()->text().remove(QLatin1Char('&')), QStringLiteral("Загрузить"));
    keepShot(wizard, QStringLiteral("wizard-problems.png"));
    // Enter does not upload either; nothing has been written.
    QTest::keyClick(wizard, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM student")), students);
    wizard->reject();
}

void TestClientAccounts::cleanCp1251FileImports()
{
    GuiClient admin;
    admin.signIn(m_server, QStringLiteral("admin1"), kPassword);
    auto page = openPage(admin);
    QVERIFY(!page->isLoading());
    const qint64 students = value(QStringLiteral("SELECT count(*) FROM student"));
    const QByteArray file = toCp1251(QStringLiteral(
        "Фамилия;Имя;Отчество;Дата рождения;Пол;№ личного дела;Класс;Приказ;"
        "Родитель 1 ФИО;Родитель 1 телефон;Родитель 1 кем приходится\r\n"
        "Сёмина;Ольга;Андреевна;12.03.2014;ж;Л-101;5а;№ 45-у;Сёмина Елена Петровна;+7 900 111-22-33;мать\r\n"
        "Сёмин;Иван;Андреевич;05.07.2015;м;Л-102;5 Б;№ 45-у;Сёмина Елена Петровна;89001112233;мать\r\n"));
    ImportWizard *wizard = openWizard(page.get(), true, file);
    QVERIFY(wizard);
    ImportPreviewPage *preview = wizard->previewPage();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentId() == ImportWizard::PreviewPageId && !preview->isChecking()
                                 && preview->model(), kTimeoutMs);
    QCOMPARE(preview->model()->rowCount(), 2);
    QCOMPARE(preview->counts()->text(), QStringLiteral("Готово к загрузке: 2, с ошибками: 0"));
    QVERIFY(wizard->uploadButton()->isEnabled());
    keepShot(wizard, QStringLiteral("wizard-clean.png"));
    QTest::mouseClick(wizard->uploadButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::SummaryPageId), kTimeoutMs);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM student")), students + 2);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM student s JOIN enrollment e ON e.student_id = s.id"
                                  " WHERE s.last_name IN ('Сёмина', 'Сёмин')")), 2);
    const QString summary = wizard->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("учащихся: 2")), qPrintable(summary));
    QVERIFY(page->message()->text().contains(QStringLiteral("учащихся: 2")));
    wizard->accept();
}

void TestClientAccounts::classTeacherSeesOwnClassOnly()
{
    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("ct5a"), kPassword);
    auto page = openPage(teacher);
    QVERIFY(!page->isLoading());
    RecordsModel *people = page->peopleTable()->model();
    QAbstractItemModelTester tester(people, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->classFilter()->count(), 1);
    QCOMPARE(page->classFilter()->currentText(), QStringLiteral("5А"));
    QVERIFY(!page->rolesButton()->isVisibleTo(page.get()));
    QVERIFY(!page->importButton()->isVisibleTo(page.get()));
    QVERIFY(page->message()->isHidden());
    QVERIFY(rowWhere(people, QStringLiteral("fullName"), QStringLiteral("Петров Олег")) < 0);
    QVERIFY(rowWhere(people, QStringLiteral("fullName"), QStringLiteral("Смирнова Ольга Викторовна")) < 0);
    QVERIFY(rowWhere(people, QStringLiteral("fullName"), QStringLiteral("Кузнецова Алёна")) >= 0);
    const int father = rowWhere(people, QStringLiteral("fullName"), QStringLiteral("Кузнецов Игорь Петрович"));
    QVERIFY(father >= 0);
    QCOMPARE(people->index(father, 1).data().toString(), QStringLiteral("Родитель"));
    QCOMPARE(people->index(father, 3).data().toString(), QStringLiteral("отец: Кузнецова Алёна"));
    const int studentsOf5a = int(value(QStringLiteral(
        "SELECT count(*) FROM enrollment e JOIN class_unit c ON c.id = e.class_id"
        " WHERE c.letter = 'А' AND e.ends_on IS NULL")));
    const int parentsOf5a = int(value(QStringLiteral(
        "SELECT count(DISTINCT g.guardian_id) FROM student_guardian g"
        "  JOIN enrollment e ON e.student_id = g.student_id JOIN class_unit c ON c.id = e.class_id"
        " WHERE c.letter = 'А' AND e.ends_on IS NULL")));
    QVERIFY(parentsOf5a >= 1);
    QCOMPARE(people->rowCount(), studentsOf5a + parentsOf5a);
    keepShot(page.get(), QStringLiteral("page-class-teacher.png"));

    // Access for the whole class: one slip per person, never split across pages.
    QVERIFY(page->issueClassButton()->isEnabled());
    QTest::mouseClick(page->issueClassButton(), Qt::LeftButton);
    QTRY_VERIFY(page->confirmation() && page->confirmation()->isVisible());
    QVERIFY(page->confirmation()->text().contains(QStringLiteral("5А")));
    QTest::keyClick(page->confirmation(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page->credentialsDialog() && page->credentialsDialog()->isVisible(), kTimeoutMs);
    AccountsCredentialsDialog *dialog = page->credentialsDialog();
    QCOMPARE(dialog->model()->rowCount(), studentsOf5a + parentsOf5a);
    QCOMPARE(dialog->model()->index(studentsOf5a, 1).data().toString(),
             QStringLiteral("Родитель ученика 5А"));
    QString pdf = outputPath(QStringLiteral("slips.pdf"));
    if (pdf.isEmpty())
        pdf = m_files.filePath(QStringLiteral("slips.pdf"));
    QVERIFY(dialog->saveSlipsPdf(pdf));
    const QStringList pages = pdfPages(pdf);
    QCOMPARE(pages.size(), 2);
    int slips = 0;
    for (int i = 0; i < pages.size(); ++i) {
        const int logins = int(pages.at(i).count(QStringLiteral("Логин")));
        QCOMPARE(int(pages.at(i).count(QStringLiteral("Временный пароль"))), logins);
        QVERIFY(pages.at(i).contains(QStringLiteral("стр. %1 из 2").arg(i + 1)));
        slips += logins;
    }
    QCOMPARE(slips, studentsOf5a + parentsOf5a);
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        QVERIFY(pages.join(QString()).contains(dialog->model()->index(row, 3).data().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && people->rowCount() == 0, kTimeoutMs);
}

QTEST_MAIN(TestClientAccounts)
#include "tst_client_accounts.moc"

// The «People» page against a real server: the administrator admits a student to 5А by
// typing in the form, transfers the student to 5Б, and the movement book shows both entries
// with their orders; a transfer without an order number is refused next to the field and the
// form stays open; a class teacher sees only own students; staff are added and archived with
// undo; a parent is added from the student card. Models checked with QAbstractItemModelTester.
#include "tst_client_helpers.h"
#include "tst_client_people_school.h"

#include "inlinemessage.h"
#include "peoplebook.h"
#include "peoplecard.h"
#include "peopledialogs.h"
#include "peoplepage.h"
#include "peoplestaff.h"
#include "peoplestudents.h"
#include "peopleundo.h"
#include "recordstable.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>

using namespace clienttest;

namespace {
int rowWith(const RecordsModel *model, const char *key, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->record(row).value(QLatin1String(key)).toString() == text)
            return row;
    return -1;
}

// Makes the student current in the students tab (the list must show the student).
void selectStudent(StudentsTab *tab, const QString &fullName)
{
    RecordsModel *model = tab->table()->model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && rowWith(model, "fullName", fullName) >= 0, kTimeoutMs);
    tab->table()->selectId(model->record(rowWith(model, "fullName", fullName)).value(QLatin1String("id")));
}

// Clicks the movement button and waits for the form with its classes.
void openMovement(StudentsTab *tab, QPushButton *button, MovementDialog **dialog)
{
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(tab->openForm() && tab->openForm()->isVisible());
    *dialog = qobject_cast<MovementDialog *>(tab->openForm());
    QVERIFY(*dialog && (*dialog)->classBox());
    QTRY_COMPARE_WITH_TIMEOUT((*dialog)->classBox()->count(), 2, kTimeoutMs);
}
} // namespace

class TestClientPeople : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void adminAdmitsAndTransfersAndTheBookShowsBoth();
    void transferWithoutOrderNumberIsRefusedNextToTheField();
    void classTeacherSeesOwnStudentsOnly();
    void staffAddedArchivedAndRestored();
    void parentAddedFromTheCard();

private:
    // Signs in, shows the page and waits for the students tab.
    void open(GuiClient &client, const QString &login, PeoplePage **page);

    TestServer m_server;
};

void TestClientPeople::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(setUpSchool(m_server, &error), qPrintable(error));
}

void TestClientPeople::open(GuiClient &client, const QString &login, PeoplePage **page)
{
    client.signIn(m_server, login, kSchoolPassword);
    client.window()->showArea(Area::People);
    *page = qobject_cast<PeoplePage *>(client.window()->page(Area::People));
    QVERIFY(*page);
    StudentsTab *tab = (*page)->studentsTab();
    QTRY_VERIFY_WITH_TIMEOUT(tab->isReady() && !tab->table()->model()->isLoading(), kTimeoutMs);
}

void TestClientPeople::adminAdmitsAndTransfersAndTheBookShowsBoth()
{
    GuiClient admin;
    PeoplePage *page = nullptr;
    open(admin, QStringLiteral("admin1"), &page);
    if (QTest::currentTestFailed())
        return;
    StudentsTab *tab = page->studentsTab();
    RecordsModel *students = tab->table()->model();
    QAbstractItemModelTester tester(students, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(students->rowCount(), 7, kTimeoutMs);
    const int novikov = rowWith(students, "fullName", QStringLiteral("Новиков Денис"));
    QCOMPARE(students->index(novikov, 1).data().toString(), QStringLiteral("07.09.2015"));
    QCOMPARE(students->index(novikov, 2).data().toString(), QString());
    QCOMPARE(students->index(novikov, 3).data().toString(), QStringLiteral("Н-7"));
    QCOMPARE(students->index(novikov, 4).data().toString(), QStringLiteral("no"));

    // Admission: typed date, class chosen with the keyboard, order number and reason typed.
    selectStudent(tab, QStringLiteral("Новиков Денис"));
    QVERIFY(tab->admitButton()->isVisible());
    QVERIFY(!tab->transferButton()->isEnabled());
    MovementDialog *admit = nullptr;
    openMovement(tab, tab->admitButton(), &admit);
    if (QTest::currentTestFailed())
        return;
    const QDate admitted = QDate::currentDate().addDays(-10);
    // Typed section by section, year first so that no step makes an impossible date.
    QDateEdit *date = admit->dateEdit();
    date->setFocus();
    const std::pair<QDateTimeEdit::Section, const char *> sections[] = {
        {QDateTimeEdit::YearSection, "yyyy"}, {QDateTimeEdit::DaySection, "dd"},
        {QDateTimeEdit::MonthSection, "MM"}, {QDateTimeEdit::DaySection, "dd"}};
    for (const auto &[section, format] : sections) {
        date->setSelectedSection(section);
        QTest::keyClicks(date, admitted.toString(QLatin1String(format)));
    }
    QCOMPARE(admit->dateEdit()->date(), admitted);
    admit->classBox()->setFocus();
    admit->classBox()->setCurrentIndex(admit->classBox()->findText(QStringLiteral("5А")));
    typeText(admit->orderEdit(), QStringLiteral("12-у"));
    typeText(admit->reasonEdit(), QStringLiteral("Прибыл из школы №3"));
    QTest::keyClick(admit->reasonEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->openForm(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(students->index(rowWith(students, "fullName", QStringLiteral("Новиков Денис")), 2)
                                  .data().toString(), QStringLiteral("5А"), kTimeoutMs);
    QCOMPARE(tab->table()->currentRecord().value(QLatin1String("fullName")).toString(),
             QStringLiteral("Новиков Денис"));

    // Transfer to 5Б today.
    MovementDialog *transfer = nullptr;
    openMovement(tab, tab->transferButton(), &transfer);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(transfer->classBox()->currentText(), QStringLiteral("5Б"));
    typeText(transfer->orderEdit(), QStringLiteral("15-у"));
    QTest::mouseClick(transfer->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->openForm(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(students->index(rowWith(students, "fullName", QStringLiteral("Новиков Денис")), 2)
                                  .data().toString(), QStringLiteral("5Б"), kTimeoutMs);

    // The movement book: both entries, in words, with their orders.
    page->tabs()->setCurrentWidget(page->bookTab());
    RecordsModel *book = page->bookTab()->table()->model();
    QAbstractItemModelTester bookTester(book, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(book->rowCount(), 2, kTimeoutMs);
    QCOMPARE(book->index(0, 0).data().toString(), admitted.toString(QStringLiteral("dd.MM.yyyy")));
    QCOMPARE(book->index(0, 1).data().toString(), QStringLiteral("Admission"));
    QCOMPARE(book->index(0, 2).data().toString(), QStringLiteral("Новиков Денис"));
    QCOMPARE(book->index(0, 4).data().toString(), QStringLiteral("5А"));
    QCOMPARE(book->index(0, 5).data().toString(), QStringLiteral("12-у"));
    QCOMPARE(book->index(0, 6).data().toString(), QStringLiteral("Прибыл из школы №3"));
    QCOMPARE(book->index(1, 1).data().toString(), QStringLiteral("Transfer"));
    QCOMPARE(book->index(1, 3).data().toString(), QStringLiteral("5А"));
    QCOMPARE(book->index(1, 4).data().toString(), QStringLiteral("5Б"));
    QCOMPARE(book->index(1, 5).data().toString(), QStringLiteral("15-у"));

    // Filtered by class: 5А has both entries (admitted to it, transferred from it).
    QComboBox *classFilter = page->bookTab()->classBox();
    classFilter->setCurrentIndex(classFilter->findText(QStringLiteral("5Б")));
    emit classFilter->activated(classFilter->currentIndex());
    QTRY_COMPARE_WITH_TIMEOUT(book->rowCount(), 1, kTimeoutMs);
    QCOMPARE(book->index(0, 1).data().toString(), QStringLiteral("Transfer"));
}

void TestClientPeople::transferWithoutOrderNumberIsRefusedNextToTheField()
{
    GuiClient admin;
    PeoplePage *page = nullptr;
    open(admin, QStringLiteral("admin1"), &page);
    if (QTest::currentTestFailed())
        return;
    StudentsTab *tab = page->studentsTab();
    selectStudent(tab, QStringLiteral("Антонов Антон"));
    MovementDialog *transfer = nullptr;
    openMovement(tab, tab->transferButton(), &transfer);
    if (QTest::currentTestFailed())
        return;
    typeText(transfer->reasonEdit(), QStringLiteral("По заявлению родителей"));
    QTest::mouseClick(transfer->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!transfer->problem(QStringLiteral("orderNo")).isEmpty(), kTimeoutMs);
    QCOMPARE(transfer->problem(QStringLiteral("orderNo")), QStringLiteral("Fill this in."));
    QVERIFY(transfer->isVisible());
    QVERIFY(transfer->message()->isError());
    QCOMPARE(transfer->reasonEdit()->text(), QStringLiteral("По заявлению родителей"));
    QVERIFY(transfer->orderEdit()->hasFocus());
    transfer->reject();
    QCOMPARE(tab->table()->currentRecord().value(QLatin1String("className")).toString(),
             QStringLiteral("5А"));
}

void TestClientPeople::classTeacherSeesOwnStudentsOnly()
{
    GuiClient teacher;
    PeoplePage *page = nullptr;
    open(teacher, QStringLiteral("ct1"), &page);
    if (QTest::currentTestFailed())
        return;
    StudentsTab *tab = page->studentsTab();
    QCOMPARE(tab->classBox()->currentText(), QStringLiteral("5А"));
    QCOMPARE(tab->classBox()->count(), 2);  // "All my classes" and 5А
    RecordsModel *students = tab->table()->model();
    QTRY_VERIFY_WITH_TIMEOUT(students->rowCount() > 0, kTimeoutMs);
    for (int row = 0; row < students->rowCount(); ++row)
        QCOMPARE(students->record(row).value(QLatin1String("className")).toString(), QStringLiteral("5А"));
    QVERIFY(rowWith(students, "fullName", QStringLiteral("Егорова Елена")) < 0);
    // Reading only: no movement or new-student buttons, the card opens read-only.
    QVERIFY(!tab->newButton()->isVisible());
    QVERIFY(!tab->admitButton()->isVisible());
    QVERIFY(tab->cardButton()->isVisible());
}

void TestClientPeople::staffAddedArchivedAndRestored()
{
    GuiClient admin;
    PeoplePage *page = nullptr;
    open(admin, QStringLiteral("admin1"), &page);
    if (QTest::currentTestFailed())
        return;
    page->tabs()->setCurrentWidget(page->staffTab());
    StaffTab *tab = page->staffTab();
    RecordsModel *staff = tab->table()->model();
    QAbstractItemModelTester tester(staff, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(staff, "fullName", QStringLiteral("Иванова Мария Ивановна")) >= 0,
                             kTimeoutMs);
    const int ivanova = rowWith(staff, "fullName", QStringLiteral("Иванова Мария Ивановна"));
    QCOMPARE(staff->index(ivanova, 4).data().toString(), QStringLiteral("ct1"));
    QVERIFY(staff->index(ivanova, 5).data().toString().contains(QStringLiteral("Class teacher")));

    // A new person; a bad e-mail is refused next to its field first.
    QTest::mouseClick(tab->newButton(), Qt::LeftButton);
    QTRY_VERIFY(tab->openForm() && tab->openForm()->isVisible());
    auto *dialog = qobject_cast<StaffDialog *>(tab->openForm());
    typeText(dialog->lastNameEdit(), QStringLiteral("Сергеева"));
    typeText(dialog->firstNameEdit(), QStringLiteral("Светлана"));
    typeText(dialog->positionEdit(), QStringLiteral("Педагог-психолог"));
    typeText(dialog->emailEdit(), QStringLiteral("не-почта"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->problem(QStringLiteral("email")).isEmpty(), kTimeoutMs);
    dialog->emailEdit()->clear();
    typeText(dialog->emailEdit(), QStringLiteral("sergeeva@school.ru"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->openForm(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab->table()->currentRecord().value(QLatin1String("fullName")).toString(),
                              QStringLiteral("Сергеева Светлана"), kTimeoutMs);

    // Archive with Delete and the confirmation, then undo.
    admin.window()->activateWindow();
    QTRY_VERIFY(admin.window()->isActiveWindow());
    tab->table()->view()->setFocus();
    QTest::keyClick(tab->table()->view(), Qt::Key_Delete);
    QTRY_VERIFY(tab->openForm() && tab->openForm()->isVisible());
    QTest::keyClick(tab->openForm(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(tab->message()->undoButton()->isVisible(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(staff, "fullName", QStringLiteral("Сергеева Светлана")) < 0, kTimeoutMs);
    QTest::mouseClick(tab->message()->undoButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(staff, "fullName", QStringLiteral("Сергеева Светлана")) >= 0, kTimeoutMs);

    // The class teacher of 5А cannot be archived: the reason is shown.
    tab->table()->selectId(staff->record(rowWith(staff, "fullName", QStringLiteral("Иванова Мария Ивановна")))
                               .value(QLatin1String("id")));
    tab->archiveStaff();
    QTRY_VERIFY(tab->openForm() && tab->openForm()->isVisible());
    QTest::keyClick(tab->openForm(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(tab->message()->label()->isError(), kTimeoutMs);
    QVERIFY2(tab->message()->label()->text().contains(QStringLiteral("class teacher")),
             qPrintable(tab->message()->label()->text()));
}

void TestClientPeople::parentAddedFromTheCard()
{
    GuiClient admin;
    PeoplePage *page = nullptr;
    open(admin, QStringLiteral("admin1"), &page);
    if (QTest::currentTestFailed())
        return;
    StudentsTab *tab = page->studentsTab();
    selectStudent(tab, QStringLiteral("Борисова Бэлла"));
    QTest::keyClick(tab->table()->view(), Qt::Key_Return);
    QTRY_VERIFY(tab->openForm() && tab->openForm()->isVisible());
    auto *card = qobject_cast<StudentCard *>(tab->openForm());
    QVERIFY(card);
    QTRY_VERIFY_WITH_TIMEOUT(!card->student().isEmpty(), kTimeoutMs);
    QCOMPARE(card->enrollmentsTable()->model()->rowCount(), 1);
    QAbstractItemModelTester tester(card->guardiansTable()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    card->addGuardian();
    QTRY_VERIFY(card->openForm() && card->openForm()->isVisible());
    auto *form = qobject_cast<GuardianDialog *>(card->openForm());
    QVERIFY(form);
    auto *last = form->findChild<QLineEdit *>(QStringLiteral("lastName"));
    auto *first = form->findChild<QLineEdit *>(QStringLiteral("firstName"));
    auto *relation = form->findChild<QComboBox *>(QStringLiteral("relation"));
    typeText(last, QStringLiteral("Борисова"));
    typeText(first, QStringLiteral("Ирина"));
    relation->setCurrentIndex(relation->findData(QStringLiteral("mother")));
    QTest::keyClick(first, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(card->guardiansTable()->model()->rowCount(), 1, kTimeoutMs);
    QCOMPARE(card->guardiansTable()->model()->index(0, 1).data().toString(), QStringLiteral("mother"));

    // Unlink, then undo.
    card->guardiansTable()->view()->selectRow(0);
    card->unlinkGuardian();
    QTRY_VERIFY(card->openForm() && card->openForm()->isVisible());
    QTest::keyClick(card->openForm(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(card->guardiansTable()->model()->rowCount(), 0, kTimeoutMs);
    QTest::mouseClick(card->message()->undoButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(card->guardiansTable()->model()->rowCount(), 1, kTimeoutMs);
    card->reject();
}

QTEST_MAIN(TestClientPeople)
#include "tst_client_people.moc"

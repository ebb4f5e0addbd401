// The «Classes and groups» page against a real server: the deputy adds a class through the
// form (and sees a refusal next to the letter for a duplicate), splits 5А into two subgroups
// and edits a group's members with the two lists; a teacher's group change is refused
// readably. Every model the page shows is checked with QAbstractItemModelTester.
#include "tst_client_helpers.h"
#include "tst_client_people_school.h"

#include "classesdialogs.h"
#include "classesmembers.h"
#include "classespage.h"
#include "inlinemessage.h"
#include "recordstable.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QTableView>

using namespace clienttest;

namespace {
// The row of the model whose `key` shows `text`; -1 when none.
int rowWith(const RecordsModel *model, const char *key, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->record(row).value(QLatin1String(key)).toString() == text)
            return row;
    return -1;
}

void selectClass(ClassesPage *page, const QString &name)
{
    RecordsModel *model = page->classesTable()->model();
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(model, "name", name) >= 0, kTimeoutMs);
    page->classesTable()->selectId(model->record(rowWith(model, "name", name)).value(QLatin1String("id")));
}
} // namespace

class TestClientClasses : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void deputyCreatesClass();
    void deputySplitsClassAndEditsMembers();
    void teacherSeesRefusalOfGroupChange();

private:
    // Signs in, shows the page and waits for its classes.
    void open(GuiClient &client, const QString &login, ClassesPage **page);

    TestServer m_server;
};

void TestClientClasses::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY2(setUpSchool(m_server, &error), qPrintable(error));
}

void TestClientClasses::open(GuiClient &client, const QString &login, ClassesPage **page)
{
    client.signIn(m_server, login, kSchoolPassword);
    client.window()->showArea(Area::Classes);
    *page = qobject_cast<ClassesPage *>(client.window()->page(Area::Classes));
    QVERIFY(*page);
    QTRY_VERIFY_WITH_TIMEOUT((*page)->classesTable()->model()->rowCount() >= 2, kTimeoutMs);
}

void TestClientClasses::deputyCreatesClass()
{
    GuiClient deputy;
    ClassesPage *page = nullptr;
    open(deputy, QStringLiteral("deputy1"), &page);
    if (QTest::currentTestFailed())
        return;
    RecordsModel *classes = page->classesTable()->model();
    QAbstractItemModelTester tester(classes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page->newClassButton()->isVisible());
    QCOMPARE(page->yearBox()->currentText(), QStringLiteral("Текущий (current)"));
    const int fiveA = rowWith(classes, "name", QStringLiteral("5А"));
    QCOMPARE(classes->index(fiveA, 1).data().toString(), QStringLiteral("Иванова Мария Ивановна"));
    QCOMPARE(classes->index(fiveA, 3).data().toString(), QStringLiteral("Четверти"));
    QCOMPARE(classes->index(fiveA, 5).data().toString(), QStringLiteral("4"));

    // Insert opens the form; a grade, a lower-case letter, a class teacher and a room.
    page->classesTable()->view()->setFocus();
    QTest::keyClick(page->classesTable()->view(), Qt::Key_Insert);
    QTRY_VERIFY(page->openForm() && page->openForm()->isVisible());
    auto *dialog = qobject_cast<ClassDialog *>(page->openForm());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->teacherBox()->count() == 3 && dialog->roomBox()->count() == 2,
                             kTimeoutMs);
    QTRY_COMPARE(dialog->schemeBox()->currentText(), QStringLiteral("Четверти"));
    dialog->gradeEdit()->setValue(6);
    typeText(dialog->letterEdit(), QStringLiteral("в"));
    dialog->teacherBox()->setCurrentIndex(dialog->teacherBox()->findText(QStringLiteral("Петров Олег Николаевич")));
    dialog->roomBox()->setCurrentIndex(1);
    QTest::keyClick(dialog->letterEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!page->openForm(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(classes, "name", QStringLiteral("6В")) >= 0, kTimeoutMs);
    QTRY_COMPARE(page->classesTable()->currentRecord().value(QLatin1String("name")).toString(),
                 QStringLiteral("6В"));
    const int sixV = rowWith(classes, "name", QStringLiteral("6В"));
    QCOMPARE(classes->index(sixV, 1).data().toString(), QStringLiteral("Петров Олег Николаевич"));
    QVERIFY(classes->index(sixV, 4).data().toString().startsWith(QStringLiteral("214")));
    QVERIFY(page->message()->isVisible());

    // A second 5А is refused next to the letter; the form stays open with what was typed.
    QTest::mouseClick(page->newClassButton(), Qt::LeftButton);
    QTRY_VERIFY(page->openForm() && page->openForm()->isVisible());
    dialog = qobject_cast<ClassDialog *>(page->openForm());
    dialog->gradeEdit()->setValue(5);
    typeText(dialog->letterEdit(), QStringLiteral("А"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->problem(QStringLiteral("letter")).isEmpty(), kTimeoutMs);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->message()->isError());
    QCOMPARE(dialog->letterEdit()->text(), QStringLiteral("А"));
    dialog->reject();
}

void TestClientClasses::deputySplitsClassAndEditsMembers()
{
    GuiClient deputy;
    ClassesPage *page = nullptr;
    open(deputy, QStringLiteral("deputy1"), &page);
    if (QTest::currentTestFailed())
        return;
    RecordsModel *students = page->studentsTable()->model();
    RecordsModel *groups = page->groupsTable()->model();
    QAbstractItemModelTester studentsTester(students, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester groupsTester(groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    selectClass(page, QStringLiteral("5А"));
    QTRY_COMPARE_WITH_TIMEOUT(students->rowCount(), 4, kTimeoutMs);
    QCOMPARE(students->index(0, 0).data().toString(), QStringLiteral("Антонов Антон"));

    QTest::mouseClick(page->splitButton(), Qt::LeftButton);
    QTRY_VERIFY(page->openForm() && page->openForm()->isVisible());
    auto *split = qobject_cast<SplitDialog *>(page->openForm());
    QVERIFY(split);
    QTRY_VERIFY_WITH_TIMEOUT(split->subjectBox()->count() == 2, kTimeoutMs);
    split->subjectBox()->setCurrentIndex(split->subjectBox()->findText(QStringLiteral("Английский язык")));
    split->dateEdit()->setDate(schoolYearStart().addDays(1));
    QCOMPARE(split->names().size(), 2);
    QTest::mouseClick(split->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->openForm(), kTimeoutMs);

    // Both subgroups, two members each, kind shown in words.
    QTRY_COMPARE_WITH_TIMEOUT(groups->rowCount(), 2, kTimeoutMs);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(groups->index(row, 0).data().toString(), QStringLiteral("subgroup"));
        QVERIFY(groups->index(row, 1).data().toString().startsWith(QStringLiteral("5А Англ. яз.")));
        QCOMPARE(groups->index(row, 3).data().toString(), QStringLiteral("Английский язык"));
        QCOMPARE(groups->index(row, 4).data().toString(), QStringLiteral("2"));
    }

    // The members of the first group: two members, the other two students to choose from.
    page->groupsTable()->selectId(groups->record(0).value(QLatin1String("id")));
    QTest::mouseClick(page->membersButton(), Qt::LeftButton);
    QTRY_VERIFY(page->openForm() && page->openForm()->isVisible());
    auto *members = qobject_cast<MembersDialog *>(page->openForm());
    QVERIFY(members);
    QTRY_VERIFY_WITH_TIMEOUT(!members->isLoading() && members->membersList()->count() == 2, kTimeoutMs);
    QCOMPARE(members->candidatesList()->count(), 2);
    // The filter narrows the candidates; a double-click-equivalent adds the selected one.
    typeText(members->filterEdit(), QStringLiteral("Григ"));
    int visible = 0;
    QListWidgetItem *found = nullptr;
    for (int i = 0; i < members->candidatesList()->count(); ++i)
        if (!members->candidatesList()->item(i)->isHidden()) {
            ++visible;
            found = members->candidatesList()->item(i);
        }
    QCOMPARE(visible, 1);
    found->setSelected(true);
    members->addSelected();
    QCOMPARE(members->membersList()->count(), 3);
    QTest::mouseClick(members->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->openForm(), kTimeoutMs);
    const QCborValue groupId = page->groupsTable()->currentRecord().value(QLatin1String("id"));
    auto memberCount = [&] { return groups->index(groups->rowOf(groupId), 4).data().toString(); };
    QTRY_COMPARE_WITH_TIMEOUT(memberCount(), QStringLiteral("3"), kTimeoutMs);
}

void TestClientClasses::teacherSeesRefusalOfGroupChange()
{
    GuiClient teacher;
    ClassesPage *page = nullptr;
    open(teacher, QStringLiteral("teacher1"), &page);
    if (QTest::currentTestFailed())
        return;
    // Teachers hold GroupsManage (own lessons only): the controls are there, classes are not.
    QVERIFY(page->newClassButton()->isHidden());
    QVERIFY(!page->newGroupButton()->isHidden());
    selectClass(page, QStringLiteral("5Б"));
    QTest::mouseClick(page->newGroupButton(), Qt::LeftButton);
    QTRY_VERIFY(page->openForm() && page->openForm()->isVisible());
    auto *dialog = qobject_cast<GroupDialog *>(page->openForm());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->classBox()->count() >= 3, kTimeoutMs);
    QCOMPARE(dialog->classBox()->currentText(), QStringLiteral("5Б"));
    typeText(dialog->nameEdit(), QStringLiteral("Робототехника"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->message()->isVisible(), kTimeoutMs);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->message()->text().contains(QStringLiteral("own class")),
             qPrintable(dialog->message()->text()));
    dialog->reject();
}

QTEST_MAIN(TestClientClasses)
#include "tst_client_classes.moc"

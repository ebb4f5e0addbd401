// The changes and substitutions area against a real server with a small school (the one of
// tests/data/fet: 5А, 5Б and 5А's English subgroups, four teachers, plus Орлова who teaches
// mathematics elsewhere and the deputy). The FET wizard imports what fet-cl computes from
// tests/data/fet (the .fet file, then the CSV export of a file with an unknown teacher the
// deputy maps); the lesson calendar is generated after a dry run; the deputy substitutes a
// lesson and the substitute's «My lessons» shows it without a refresh; a cancellation needs a
// reason; the day's changes sheet prints to PDF. Every model is checked by
// QAbstractItemModelTester.
#include "tst_client_helpers.h"

#include "changesdatebar.h"
#include "changesdaytab.h"
#include "changesdialogs.h"
#include "changeslessonstab.h"
#include "changesmytab.h"
#include "changespage.h"
#include "fetimportmapping.h"
#include "fetimportpages.h"
#include "fetimportwizard.h"
#include "inlinemessage.h"
#include "lessongentab.h"
#include "peopleundo.h"
#include "printoutput.h"
#include "recordstable.h"
#include "testclient.h"
#include "testcluster.h"

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>

using namespace clienttest;
using namespace ejournal;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

using Tester = QAbstractItemModelTester;
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

// With EJ_SHOTS set to a directory, saves a picture of the widget there (for looking at it).
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("EJ_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// Makes the window active and gives the widget the keyboard focus, as a user's click would.
void activate(QWidget *window, QWidget *widget)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    widget->setFocus();
    QTRY_VERIFY(widget->hasFocus());
}

// The row of a records model whose key's text contains `part` (-1 when none).
int rowWith(const RecordsModel *model, const char *key, const QString &part)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->record(row).value(QLatin1String(key)).toString().contains(part))
            return row;
    return -1;
}
} // namespace

class TestClientChanges : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fetWizardImportsFetFile();
    void fetWizardMapsUnknownTeacher();
    void generationDryRunThenApply();
    void substituteSeenAtOnceInMyLessons();
    void cancelNeedsReasonAndUndo();
    void changesSheetPrintsToPdf();
    void areaShownByRole();

private:
    void sql(const QString &statement);
    QString runFet(const QString &input, const QStringList &options);
    void runWizard(const QString &path, const QString &name, const QDate &validFrom,
                   const std::function<void(FetImportWizard *)> &map, qint64 *versionId);
    ChangesPage *openPage(GuiClient &client);

    TestServer m_server;
    TestClient m_check;  // the deputy over the bare protocol, to check what the GUI did
    std::unique_ptr<TestConnection> m_db;
    QTemporaryDir m_out;
    qint64 m_year = 0;
    QString m_fetFile;   // school.fet as FET computed it
    QString m_fetCsv;    // new_teacher.fet's CSV export
    std::unique_ptr<GuiClient> m_deputy;
    ChangesPage *m_deputyPage = nullptr;
    QDate m_day;  // a day with a lesson of Иванова, where the changes are made
};

void TestClientChanges::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

// fet-cl computes the timetable of tests/data/fet/<input>.fet; returns its output directory.
QString TestClientChanges::runFet(const QString &input, const QStringList &options)
{
    const QString dir = m_out.filePath(input);
    QProcess fet;
    fet.start(QStringLiteral("fet-cl"),
              QStringList{QStringLiteral("--inputfile=%1").arg(QFINDTESTDATA(QStringLiteral("data/fet/") + input + QStringLiteral(".fet"))),
                          QStringLiteral("--outputdir=%1").arg(dir),
                          QStringLiteral("--timelimitseconds=5"), QStringLiteral("--exportcsv=true"),
                          QStringLiteral("--warnsubgroupswiththesameactivities=false")}
                  + options);
    if (!fet.waitForFinished(30000) || fet.exitCode() != 0)
        qWarning("fet-cl failed: %s", fet.readAllStandardError().constData());
    return dir;
}

ChangesPage *TestClientChanges::openPage(GuiClient &client)
{
    client.window()->showArea(Area::Changes);
    auto *page = qobject_cast<ChangesPage *>(client.window()->page(Area::Changes));
    return page;
}

void TestClientChanges::initTestCase()
{
    QVERIFY(installTranslations(UiLanguage::Russian));
    QVERIFY(m_out.isValid());
    QCOMPARE(QCoreApplication::translate("ChangesText", "Substitution"), QStringLiteral("Замена"));
    if (QStandardPaths::findExecutable(QStringLiteral("fet-cl")).isEmpty())
        QFAIL("fet-cl is not installed (Debian package fet): the FET wizard is tested with FET's "
              "real output");
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    const QString s = m_db->value(QStringLiteral("SELECT id FROM school")).toString();
    const qint64 deputy = m_server.createUser(QStringLiteral("zavuch"), kPassword, {QStringLiteral("deputy")});
    const qint64 orlova = m_server.createUser(QStringLiteral("orlova"), kPassword, {QStringLiteral("teacher")});
    sql(QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, '2026/2027', '2026-09-01', '2027-05-31', 'active')").arg(s));
    m_year = m_db->value(QStringLiteral("SELECT id FROM academic_year")).toLongLong();
    const QString y = QString::number(m_year);
    sql(QStringLiteral("INSERT INTO bell (school_id, academic_year_id, shift, lesson_no, starts_at,"
                       " ends_at) VALUES (%1, %2, 1, 1, '08:30', '09:15'),"
                       " (%1, %2, 1, 2, '09:25', '10:10'), (%1, %2, 1, 3, '10:30', '11:15'),"
                       " (%1, %2, 1, 4, '11:25', '12:10')").arg(s, y));
    sql(QStringLiteral("INSERT INTO holiday (school_id, academic_year_id, name, starts_on, ends_on)"
                       " VALUES (%1, %2, 'Осенние каникулы', '2026-10-26', '2026-11-03')").arg(s, y));
    sql(QStringLiteral("INSERT INTO subject (school_id, name, short_name) VALUES"
                       " (%1, 'Математика', 'Матем.'), (%1, 'Русский язык', 'Рус. яз.'),"
                       " (%1, 'Английский язык', 'Англ. яз.')").arg(s));
    sql(QStringLiteral("INSERT INTO room (school_id, name) VALUES (%1, '101'), (%1, '102'),"
                       " (%1, '201')").arg(s));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter)"
                       " VALUES (%1, %2, 5, 'А'), (%1, %2, 5, 'Б'), (%1, %2, 6, 'А')").arg(s, y));
    sql(QStringLiteral("INSERT INTO study_group (school_id, academic_year_id, kind, name, class_id,"
                       " subject_id) SELECT %1, %2, 'subgroup', '5А англ. ' || n, c.id, sb.id"
                       "   FROM generate_series(1, 2) n, class_unit c, subject sb"
                       "  WHERE c.grade = 5 AND c.letter = 'А' AND sb.name = 'Английский язык'")
            .arg(s, y));
    sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, middle_name, user_id)"
                       " VALUES (%1, 'Иванова', 'Мария', 'Петровна', NULL),"
                       " (%1, 'Петров', 'Сергей', 'Иванович', NULL),"
                       " (%1, 'Смирнова', 'Анна', 'Викторовна', NULL),"
                       " (%1, 'Кузнецова', 'Ольга', 'Игоревна', NULL),"
                       " (%1, 'Орлова', 'Вера', 'Николаевна', %3),"
                       " (%1, 'Завучева', 'Нина', 'Павловна', %2)").arg(s).arg(deputy).arg(orlova));
    sql(QStringLiteral(
        "INSERT INTO assignment (school_id, staff_id, subject_id, class_id, group_id, hours_per_week)"
        " SELECT %1, st.id, sb.id, c.id, g.id, 2 FROM (VALUES"
        "   ('Иванова', 'Математика', '5А'), ('Иванова', 'Математика', '5Б'),"
        "   ('Петров', 'Русский язык', '5А'), ('Петров', 'Русский язык', '5Б'),"
        "   ('Смирнова', 'Английский язык', '5А англ. 1'),"
        "   ('Кузнецова', 'Английский язык', '5А англ. 2'),"
        "   ('Орлова', 'Математика', '6А')) v(t, subj, target)"
        "  JOIN staff st ON st.last_name = v.t JOIN subject sb ON sb.name = v.subj"
        "  LEFT JOIN class_unit c ON c.grade || c.letter = v.target"
        "  LEFT JOIN study_group g ON g.name = v.target").arg(s));

    m_fetFile = runFet(QStringLiteral("school"), {})
                + QStringLiteral("/timetables/school/school_data_and_timetable.fet");
    m_fetCsv = runFet(QStringLiteral("new_teacher"), {QStringLiteral("--fieldseparatorcsv=semicolon")})
               + QStringLiteral("/csv/new_teacher/new_teacher_timetable.csv");
    QVERIFY2(QFile::exists(m_fetFile), qPrintable(m_fetFile));
    QVERIFY2(QFile::exists(m_fetCsv), qPrintable(m_fetCsv));

    QVERIFY(m_check.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_check.login(QStringLiteral("zavuch"), kPassword).kind, Envelope::Kind::Result);
    m_deputy = std::make_unique<GuiClient>();
    m_deputy->signIn(m_server, QStringLiteral("zavuch"), kPassword);
    m_deputy->window()->resize(1366, 768);
    m_deputyPage = openPage(*m_deputy);
    QVERIFY(m_deputyPage && m_deputyPage->isVisible());
}

// Drives the wizard through its pages: file, mapping (map() may choose), name and date.
void TestClientChanges::runWizard(const QString &path, const QString &name, const QDate &validFrom,
                                  const std::function<void(FetImportWizard *)> &map, qint64 *versionId)
{
    FetImportWizard wizard(m_deputy->connection(), m_year, m_deputy->window());
    QSignalSpy imported(&wizard, &FetImportWizard::imported);
    wizard.show();
    auto *file = qobject_cast<FetFilePage *>(wizard.page(FetImportWizard::FilePage));
    QVERIFY(file);
    file->path()->setText(path);
    QTest::keyClick(file->path(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(file->isComplete(), kTimeoutMs);
    QVERIFY2(file->summary()->text().contains(QStringLiteral("занят")),
             qPrintable(file->summary()->text()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FetImportWizard::MappingPage));
    auto *mapping = qobject_cast<FetMappingPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(mapping->table(QStringLiteral("teachers"))->rowCount() > 0, kTimeoutMs);
    QAbstractItemModelTester teachersTester(mapping->table(QStringLiteral("teachers"))->model(), kQtTest);
    if (map)
        map(&wizard);
    QTRY_VERIFY_WITH_TIMEOUT(mapping->isComplete(), kTimeoutMs);
    QCOMPARE(mapping->problems()->count(), 0);
    shoot(&wizard, QStringLiteral("wizard-mapping-") + QFileInfo(path).suffix());
    const qint64 entries = wizard.preview().value(QStringLiteral("entryCount")).toInteger();
    QVERIFY(entries > 0);
    wizard.next();
    auto *import = qobject_cast<FetImportPage *>(wizard.currentPage());
    QVERIFY(import);
    import->name()->setText(name);
    QTRY_VERIFY_WITH_TIMEOUT(import->validFrom()->minimumDate() == QDate(2026, 9, 1), kTimeoutMs);
    import->validFrom()->setDate(validFrom);
    wizard.button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(FetImportWizard::DonePage), kTimeoutMs);
    QCOMPARE(imported.count(), 1);
    *versionId = imported.first().first().toLongLong();
    auto *done = qobject_cast<FetDonePage *>(wizard.currentPage());
    QVERIFY2(done->result()->text().contains(name), qPrintable(done->result()->text()));

    // The version holds what the preview promised.
    const Envelope got = m_check.call(QStringLiteral("timetable.get"),
                                      {{QStringLiteral("versionId"), *versionId}});
    QCOMPARE(got.kind, Envelope::Kind::Result);
    const QCborMap result = got.result.toMap();
    QCOMPARE(result.value(QStringLiteral("version")).toMap().value(QStringLiteral("source")).toString(),
             QStringLiteral("fet"));
    QCOMPARE(result.value(QStringLiteral("version")).toMap().value(QStringLiteral("validFrom")).toString(),
             validFrom.toString(Qt::ISODate));
    QCOMPARE(result.value(QStringLiteral("entries")).toArray().size(), entries);
}

void TestClientChanges::fetWizardImportsFetFile()
{
    qint64 version = 0;
    runWizard(m_fetFile, QStringLiteral("Основное (FET)"), QDate(2026, 9, 1), {}, &version);
    QVERIFY(version > 0);
}

void TestClientChanges::fetWizardMapsUnknownTeacher()
{
    const QString unknown = QStringLiteral("Сидоров В. В.");
    qint64 version = 0;
    runWizard(m_fetCsv, QStringLiteral("С февраля"), QDate(2027, 2, 1), [&](FetImportWizard *wizard) {
        auto *mapping = qobject_cast<FetMappingPage *>(wizard->currentPage());
        // Not importable until the unknown teacher is matched; the reason is shown in Russian.
        QVERIFY(!mapping->isComplete());
        QCOMPARE(mapping->problems()->count(), 1);
        QVERIFY2(mapping->problems()->item(0)->text().contains(
                     QStringLiteral("преподаватель «%1» не сопоставлен").arg(unknown)),
                 qPrintable(mapping->problems()->item(0)->text()));
        shoot(wizard, QStringLiteral("wizard-unmatched"));
        QComboBox *choice = mapping->choiceFor(QStringLiteral("teachers"), unknown);
        QVERIFY(choice);
        QCOMPARE(choice->currentText(), QStringLiteral("— не сопоставлено —"));
        const int ivanova = choice->findText(QStringLiteral("Иванова Мария Петровна"));
        QStringList items;
        for (int i = 0; i < choice->count(); ++i)
            items.append(choice->itemText(i));
        QVERIFY2(ivanova > 0, qPrintable(items.join(QStringLiteral(" | "))));
        choice->setCurrentIndex(ivanova);
        emit choice->activated(ivanova);
        QTRY_VERIFY_WITH_TIMEOUT(mapping->isComplete(), kTimeoutMs);
        QCOMPARE(mapping->choiceFor(QStringLiteral("teachers"), unknown)->currentText(),
                 QStringLiteral("Иванова Мария Петровна"));
    }, &version);
    const Envelope versions = m_check.call(QStringLiteral("timetable.versions"),
                                           {{QStringLiteral("academicYearId"), m_year}});
    QCOMPARE(versions.result.toArray().size(), 2);
}

void TestClientChanges::generationDryRunThenApply()
{
    LessonGenTab *tab = m_deputyPage->generationTab();
    QVERIFY(tab);
    m_deputyPage->tabs()->setCurrentWidget(tab);
    Tester movedTester(tab->movedModel(), kQtTest);
    Tester orphansTester(tab->orphansModel(), kQtTest);
    QTRY_VERIFY_WITH_TIMEOUT(tab->year()->count() == 1, kTimeoutMs);
    QVERIFY(!tab->applyButton()->isEnabled());
    tab->rangeCheck()->setChecked(true);
    tab->fromEdit()->setDate(QDate(2026, 9, 1));
    tab->toEdit()->setDate(QDate(2026, 12, 28));

    QTest::mouseClick(tab->previewButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab->applyButton()->isEnabled(), kTimeoutMs);
    const QString counts = tab->counts()->text();
    const QRegularExpression created(QStringLiteral("создано: <b>(\\d+)</b>"));
    const QRegularExpressionMatch match = created.match(counts);
    QVERIFY2(match.hasMatch(), qPrintable(counts));
    const int toCreate = match.captured(1).toInt();
    QVERIFY(toCreate > 20);
    QVERIFY2(counts.contains(QStringLiteral("Будет изменено")), qPrintable(counts));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM lesson")).toInt(), 0);
    shoot(m_deputy->window(), QStringLiteral("generation-dryrun"));

    // Changing the range asks for a new check first.
    tab->toEdit()->setDate(QDate(2026, 12, 27));
    QVERIFY(!tab->applyButton()->isEnabled());
    tab->toEdit()->setDate(QDate(2026, 12, 28));
    QVERIFY(!tab->applyButton()->isEnabled());
    QTest::mouseClick(tab->previewButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab->applyButton()->isEnabled(), kTimeoutMs);

    QTest::mouseClick(tab->applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab->counts()->text().contains(QStringLiteral("Готово")), kTimeoutMs);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM lesson")).toInt(), toCreate);
    QVERIFY(!tab->applyButton()->isEnabled());
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM lesson WHERE on_date"
                                        " BETWEEN '2026-10-26' AND '2026-11-03'")).toInt(), 0);
}

void TestClientChanges::substituteSeenAtOnceInMyLessons()
{
    // The substitute works on her own computer, looking at «My lessons» for the week.
    GuiClient teacher;
    teacher.signIn(m_server, QStringLiteral("orlova"), kPassword);
    teacher.window()->resize(1366, 768);
    ChangesPage *teacherPage = openPage(teacher);
    QVERIFY(teacherPage && teacherPage->myTab());
    QVERIFY(!teacherPage->generationTab());
    QVERIFY(teacherPage->lessonsTab()->substituteButton() == nullptr);  // hidden, not disabled
    ChangesMyTab *my = teacherPage->myTab();
    Tester myTester(my->model(), kQtTest);
    m_day = m_db->value(QStringLiteral(
        "SELECT min(l.on_date) FROM lesson l JOIN staff s ON s.id = l.teacher_id"
        " WHERE s.last_name = 'Иванова' AND l.on_date >= '2026-09-21'")).toDate();
    QVERIFY(m_day.isValid());
    const QDate monday = m_day.addDays(1 - m_day.dayOfWeek());
    my->dateBar()->setDate(monday.addDays(2));  // any day: the week starts on Monday
    QCOMPARE(my->dateBar()->date(), monday);
    QTRY_VERIFY_WITH_TIMEOUT(!my->model()->isLoading() && my->summary()->text().contains(QStringLiteral("0")), kTimeoutMs);
    QCOMPARE(my->model()->rowCount(), 0);

    ChangesLessonsTab *lessons = m_deputyPage->lessonsTab();
    m_deputyPage->tabs()->setCurrentWidget(lessons);
    Tester lessonsTester(lessons->model(), kQtTest);
    lessons->dateBar()->setDate(m_day);
    QTRY_VERIFY_WITH_TIMEOUT(rowWith(lessons->model(), "teacherName", QStringLiteral("Иванова")) >= 0,
                             kTimeoutMs);
    const QCborMap lesson = lessons->model()->record(
        rowWith(lessons->model(), "teacherName", QStringLiteral("Иванова")));
    lessons->table()->selectId(lesson.value(QStringLiteral("id")));
    QVERIFY(lessons->substituteButton()->isEnabled());
    QTest::mouseClick(lessons->substituteButton(), Qt::LeftButton);
    auto *dialog = qobject_cast<SubstituteDialog *>(lessons->openDialog());
    QVERIFY(dialog && dialog->isVisible());
    Tester freeTester(dialog->teachers()->model(), kQtTest);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->teachers()->model()->rowCount() > 0, kTimeoutMs);
    // The one who teaches the subject comes first, marked.
    const QModelIndex first = dialog->teachers()->model()->index(0, 0);
    QVERIFY2(first.data().toString().contains(QStringLiteral("Орлова")), qPrintable(first.data().toString()));
    QCOMPARE(dialog->teachers()->model()->index(0, 1).data().toString(), QStringLiteral("✔ да"));
    dialog->teachers()->view()->selectRow(0);
    dialog->reason()->setText(QStringLiteral("Курсы повышения квалификации"));  // QTest types ASCII only
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!lessons->openDialog(), kTimeoutMs);
    QTRY_VERIFY(lessons->message()->label()->text().contains(QStringLiteral("Орлова")));
    QVERIFY(lessons->message()->undoButton()->isVisible());

    // The substitute's «My lessons» shows it without her doing anything.
    QTRY_COMPARE_WITH_TIMEOUT(my->model()->rowCount(), 1, kTimeoutMs);
    const QCborMap mine = my->model()->record(0);
    QCOMPARE(mine.value(QStringLiteral("id")), lesson.value(QStringLiteral("id")));
    const QString note = my->model()->index(0, my->model()->columnCount() - 1).data().toString();
    QVERIFY2(note.startsWith(QStringLiteral("★ замена")) && note.contains(QStringLiteral("Иванова")),
             qPrintable(note));
    QVERIFY2(my->summary()->text().contains(QStringLiteral("1 замена")), qPrintable(my->summary()->text()));
    // And the deputy's list shows the substitute.
    QTRY_VERIFY(rowWith(lessons->model(), "teacherName", QStringLiteral("Орлова")) >= 0);
    shoot(m_deputy->window(), QStringLiteral("lessons-after-substitution"));
    shoot(teacher.window(), QStringLiteral("my-lessons"));
}

void TestClientChanges::cancelNeedsReasonAndUndo()
{
    ChangesLessonsTab *lessons = m_deputyPage->lessonsTab();
    lessons->dateBar()->setDate(m_day);
    // A whole-class lesson not given by Орлова: FET may put a class's two subgroups in one
    // room, and restoring a subgroup's lesson would then be refused for that room.
    const auto other = [&] {
        int fallback = -1;
        for (int row = 0; row < lessons->model()->rowCount(); ++row) {
            const QCborMap record = lessons->model()->record(row);
            if (record.value(QStringLiteral("teacherName")).toString().contains(QStringLiteral("Орлова")))
                continue;
            if (record.value(QStringLiteral("groupId")).isNull())
                return row;
            fallback = fallback < 0 ? row : fallback;
        }
        return fallback;
    };
    QTRY_VERIFY_WITH_TIMEOUT(other() >= 0, kTimeoutMs);
    const QCborMap lesson = lessons->model()->record(other());
    const QCborValue id = lesson.value(QStringLiteral("id"));
    lessons->table()->selectId(id);
    activate(m_deputy->window(), lessons->table()->view());
    QTest::keyClick(lessons->table()->view(), Qt::Key_Delete);
    auto *dialog = qobject_cast<ReasonDialog *>(lessons->openDialog());
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Отменить")));

    // Without a reason the server refuses; the problem is shown next to the field.
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->fieldError(QStringLiteral("reason")).isEmpty(), kTimeoutMs);
    QCOMPARE(dialog->fieldError(QStringLiteral("reason")), QStringLiteral("нужно заполнить"));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->message()->isError());
    shoot(dialog, QStringLiteral("cancel-without-reason"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT status FROM lesson WHERE id = %1").arg(id.toInteger())).toString(),
             QStringLiteral("planned"));

    dialog->reason()->setText(QStringLiteral("Экскурсия"));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!lessons->openDialog(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(lessons->table()->currentRecord().value(QStringLiteral("status")).toString(),
                              QStringLiteral("cancelled"), kTimeoutMs);
    QVERIFY(lessons->restoreButton()->isEnabled());
    QVERIFY(!lessons->cancelButton()->isEnabled());

    // Undo restores it.
    QVERIFY(lessons->message()->undoButton()->isVisible());
    QTest::mouseClick(lessons->message()->undoButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_db->value(QStringLiteral("SELECT status FROM lesson WHERE id = %1")
                                              .arg(id.toInteger())).toString(),
                              QStringLiteral("planned"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(lessons->table()->currentRecord().value(QStringLiteral("status")).toString(),
                              QStringLiteral("planned"), kTimeoutMs);
    // Cancel it for good, for the changes sheet.
    QTest::mouseClick(lessons->cancelButton(), Qt::LeftButton);
    dialog = qobject_cast<ReasonDialog *>(lessons->openDialog());
    QVERIFY(dialog);
    dialog->reason()->setText(QStringLiteral("Экскурсия"));
    QTest::keyClick(dialog->reason(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!lessons->openDialog(), kTimeoutMs);
}

void TestClientChanges::changesSheetPrintsToPdf()
{
    ChangesDayTab *day = m_deputyPage->dayTab();
    m_deputyPage->tabs()->setCurrentWidget(day);
    Tester dayTester(day->model(), kQtTest);
    day->dateBar()->setDate(m_day.addDays(-1));
    // Alt+Right steps to the next day.
    activate(m_deputy->window(), day->dateBar()->dateEdit());
    QTest::keyClick(day->dateBar()->dateEdit(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(day->dateBar()->date(), m_day);
    QTRY_COMPARE_WITH_TIMEOUT(day->model()->rowCount(), 4, kTimeoutMs);  // substitute, cancel, restore, cancel
    QCOMPARE(day->model()->index(0, 3).data().toString().isEmpty(), false);
    shoot(m_deputy->window(), QStringLiteral("day-changes"));

    const QString pdf = m_out.filePath(QStringLiteral("changes.pdf"));
    QString error;
    QVERIFY2(PrintOutput::writePdf(day->sheet(), pdf, &error), qPrintable(error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(20000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &expected : {QStringLiteral("Изменения в расписании"), QLocale().toString(m_day, QStringLiteral("d MMMM yyyy")),
                                    QStringLiteral("Замена"), QStringLiteral("Орлова"),
                                    QStringLiteral("Отмена"), QStringLiteral("Экскурсия"),
                                    QStringLiteral("Курсы повышения квалификации")})
        QVERIFY2(out.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + out));
    if (!qEnvironmentVariableIsEmpty("EJ_KEEP_PDF"))
        QFile::copy(pdf, qEnvironmentVariable("EJ_KEEP_PDF"));
}

void TestClientChanges::areaShownByRole()
{
    QVERIFY(navigationTitles(m_deputy->window()).contains(Areas::title(Area::Changes)));
    QCOMPARE(m_deputyPage->tabs()->count(), 3);  // the day's changes, lessons, calendar
}

QTEST_MAIN(TestClientChanges)
#include "tst_client_changes.moc"

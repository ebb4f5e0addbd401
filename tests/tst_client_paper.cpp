// GUI tests of the paper copies page against a real server with the small school of
// tst_paper_school.h: the deputy makes the class journal of a quarter, the summary sheet and
// a parent's extract; each PDF is checked with poppler (page count, texts on every page, no
// student row cut across pages); a teacher's journal holds only own subjects; the journals
// of all classes go to a folder, and the run can be cancelled.
#include "inlinemessage.h"
#include "paperbatch.h"
#include "paperpage.h"
#include "printable.h"
#include "printoutput.h"
#include "tst_client_helpers.h"
#include "tst_paper_school.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QTabWidget>
#include <QTranslator>

using namespace clienttest;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of each page of a PDF (pdftotext -layout splits pages with form feeds).
QStringList pdfPages(const QString &file)
{
    QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pdfPageCount(const QString &file)
{
    const QString info = run(QStringLiteral("pdfinfo"), {file});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

int pagesWith(const QStringList &pages, const QString &text)
{
    int n = 0;
    for (const QString &page : pages)
        n += page.contains(text) ? 1 : 0;
    return n;
}

} // namespace

class TestClientPaper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quarterJournal();
    void bigClassRowsNeverCut();
    void summarySheetOfAGrade();
    void parentsExtract();
    void teacherPrintsOwnSubjects();
    void allClassesToAFolder();
    void cancelledRunStops();

private:
    PaperCopiesPage *openPage(GuiClient &client, const QString &login);
    QString savePdf(PaperCopiesPage *page, const QString &name);

    TestServer m_server;
    paperschool::School m_school;
    QTemporaryDir m_out;
    GuiClient m_deputy;
    GuiClient m_teacher;
    PaperCopiesPage *m_page = nullptr;
};

void TestClientPaper::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(paperschool::build(m_server, &m_school));
    // 6А grows to 47 students: its journal's left pages and lists run over several pages.
    QVERIFY(paperschool::run(m_server, QStringLiteral(
        "WITH s AS (INSERT INTO student (school_id, last_name, first_name, birth_date)"
        " SELECT %1, 'Ученик' || lpad(n::text, 2, '0'), 'Тест', date '2014-01-01' + n FROM generate_series(1, 45) n"
        " RETURNING id) INSERT INTO enrollment (school_id, student_id, class_id, starts_on)"
        " SELECT %1, s.id, %2, '2026-09-01' FROM s").arg(m_school.id).arg(m_school.classes.value(QStringLiteral("6А")))));
    // The page in Russian, as a Russian school prints it.
    QVERIFY(installTranslations(UiLanguage::Russian));
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    m_deputy.signIn(m_server, QStringLiteral("zavuch"), paperschool::kPassword);
    m_page = openPage(m_deputy, QStringLiteral("zavuch"));
}

PaperCopiesPage *TestClientPaper::openPage(GuiClient &client, const QString &)
{
    auto *page = new PaperCopiesPage(client.connection(), client.window());
    page->activate();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(page->classBox(0)->count() > 0, kTimeoutMs); }();
    return page;
}

QString TestClientPaper::savePdf(PaperCopiesPage *page, const QString &name)
{
    const QString file = m_out.filePath(name + QStringLiteral(".pdf"));
    bool done = false;
    page->makeDocument([&](const Printable &document, const QString &) {
        QString error;
        done = PrintOutput::writePdf(document, file, &error);
        if (!done)
            qWarning("%s", qPrintable(error));
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs); }();
    return done ? file : QString();
}

void TestClientPaper::quarterJournal()
{
    m_page->tabs()->setCurrentIndex(0);
    m_page->classBox(0)->setCurrentIndex(m_page->classBox(0)->findText(QStringLiteral("5А")));
    m_page->periodBox()->setCurrentIndex(m_page->periodBox()->findText(QStringLiteral("1 четверть")));
    const QString file = savePdf(m_page, QStringLiteral("journal-5a-q1"));
    QVERIFY(!file.isEmpty());
    // Title; 3 subjects × (September, October) × (left + right); finals, attendance, students, remarks.
    QCOMPARE(pdfPageCount(file), 1 + 3 * 2 * 2 + 4);
    const QStringList pages = pdfPages(file);
    QCOMPARE(pages.size(), 17);
    for (int i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages.at(i).contains(QStringLiteral("МБОУ «Школа №1»")), qPrintable(pages.at(i)));
        QVERIFY2(pages.at(i).contains(QStringLiteral("Страница %1 из 17").arg(i + 1)), qPrintable(pages.at(i)));
        QVERIFY(pages.at(i).contains(QStringLiteral("Напечатано")));
    }
    QVERIFY(pages.at(0).contains(QStringLiteral("КЛАССНЫЙ ЖУРНАЛ")));
    QVERIFY(pages.at(0).contains(QStringLiteral("Петрова Анна Сергеевна")));
    QVERIFY(pages.at(0).contains(QStringLiteral("Заместитель директора")));
    // Left page of Russian in September: numbered students, the sick note, the dates.
    QVERIFY(pages.at(1).contains(QStringLiteral("Русский язык")));
    QVERIFY(pages.at(1).contains(QStringLiteral("Сентябрь 2026")));
    QVERIFY(pages.at(1).contains(QRegularExpression(QStringLiteral("4\\s+Григорьева Мария"))));
    QVERIFY(pages.at(1).contains(QRegularExpression(QStringLiteral("Борисова Анна[^\\n]*\\sб(\\s|$)"))));
    // Right page: topics, homework and the teacher.
    QVERIFY(pages.at(2).contains(QStringLiteral("Русский язык: тема 1")));
    QVERIFY(pages.at(2).contains(QStringLiteral("§ 1, упр. 3")));
    QVERIFY(pages.at(2).contains(QStringLiteral("Сидоров Г. И.")));
    // The English subgroup's pages list only its two students.
    const int english = pages.indexOf(*std::find_if(pages.begin(), pages.end(), [](const QString &p) {
        return p.contains(QStringLiteral("5А англ. 1 гр.")) && p.contains(QStringLiteral("Алексеев"));
    }));
    QVERIFY(!pages.at(english).contains(QStringLiteral("Волков")));
    // October's left page of mathematics ends with the quarter's marks.
    int octoberWithFinals = 0;
    for (const QString &page : pages)
        octoberWithFinals += page.contains(QStringLiteral("Октябрь 2026")) && page.contains(QStringLiteral("Фамилия, имя / число"))
            && page.contains(QStringLiteral("I ч.")) ? 1 : 0;
    QCOMPARE(octoberWithFinals, 3);
    QCOMPARE(pagesWith(pages, QStringLiteral("Сводная ведомость учёта успеваемости")), 2);  // contents, sheet
    QCOMPARE(pagesWith(pages, QStringLiteral("Сводная ведомость посещаемости")), 2);
    QCOMPARE(pagesWith(pages, QStringLiteral("Алексеева Елена Викторовна")), 1);
    QCOMPARE(pagesWith(pages, QStringLiteral("111-22-33")), 1);
    QVERIFY(pagesWith(pages, QStringLiteral("Замечания по ведению")) >= 2);  // contents and the page
}

void TestClientPaper::bigClassRowsNeverCut()
{
    m_page->classBox(0)->setCurrentIndex(m_page->classBox(0)->findText(QStringLiteral("6А")));
    m_page->periodBox()->setCurrentIndex(m_page->periodBox()->findText(QStringLiteral("1 четверть")));
    const QString file = savePdf(m_page, QStringLiteral("journal-6a-q1"));
    const QStringList pages = pdfPages(file);
    QCOMPARE(pdfPageCount(file), pages.size());
    // 47 students: two left pages per month per subject, each student's row on exactly one.
    int leftPages = 0;
    for (const QString &page : pages)
        leftPages += page.contains(QStringLiteral("Фамилия, имя / число")) ? 1 : 0;
    QCOMPARE(leftPages, 2 * 2 * 2);  // 2 subjects × 2 months × 2 pages of rows
    for (int n = 1; n <= 45; ++n) {
        const QString name = QStringLiteral("Ученик%1 Тест").arg(n, 2, 10, QLatin1Char('0'));
        QCOMPARE(pagesWith(pages, name), 4 + 1 + 1 + 1);  // left pages, finals, attendance, list
    }
    // In the list of students each row keeps the name and the date of birth on one page.
    for (const QString &page : pages)
        if (page.contains(QStringLiteral("Общие сведения")))
            for (const QString &line : page.split(QLatin1Char('\n')))
                if (line.contains(QStringLiteral("Ученик")))
                    QVERIFY2(line.contains(QStringLiteral(".2014")), qPrintable(line));
}

void TestClientPaper::summarySheetOfAGrade()
{
    m_page->tabs()->setCurrentIndex(1);
    m_page->classBox(1)->setCurrentIndex(m_page->classBox(1)->findText(QStringLiteral("5А")));
    m_page->gradeCheck()->setChecked(true);
    const QString file = savePdf(m_page, QStringLiteral("sheet-5"));
    QCOMPARE(pdfPageCount(file), 1);
    const QString page = pdfPages(file).value(0);
    QVERIFY(page.contains(QStringLiteral("Сводная ведомость учёта успеваемости учащихся 5 «А» класса")));
    QVERIFY(page.contains(QStringLiteral("Алексеев Иван")));
    QVERIFY(page.contains(QStringLiteral("Классный руководитель")));
    QVERIFY(page.contains(QStringLiteral("Страница 1 из 1")));
    m_page->gradeCheck()->setChecked(false);
}

void TestClientPaper::parentsExtract()
{
    m_page->tabs()->setCurrentIndex(2);
    m_page->classBox(2)->setCurrentIndex(m_page->classBox(2)->findText(QStringLiteral("5А")));
    m_page->studentBox()->setCurrentIndex(m_page->studentBox()->findText(QStringLiteral("Алексеев Иван Петрович")));
    m_page->fromEdit()->setDate(QDate(2026, 9, 1));
    m_page->toEdit()->setDate(QDate(2026, 9, 13));
    const QString file = savePdf(m_page, QStringLiteral("extract"));
    QCOMPARE(pdfPageCount(file), 1);
    const QString page = pdfPages(file).value(0);
    QVERIFY(page.contains(QStringLiteral("Выписка из классного журнала")));
    QVERIFY(page.contains(QStringLiteral("Алексеев Иван Петрович, 5 «А» класс")));
    QVERIFY(page.contains(QStringLiteral("3,75")));
    QVERIFY(page.contains(QStringLiteral("07.09: 3 (КР)")));
    QVERIFY(page.contains(QStringLiteral("§ 5, упр. 3")));
    QVERIFY(page.contains(QStringLiteral("С выпиской ознакомлен")));
}

void TestClientPaper::teacherPrintsOwnSubjects()
{
    m_teacher.signIn(m_server, QStringLiteral("sidorov"), paperschool::kPassword);
    PaperCopiesPage *page = openPage(m_teacher, QStringLiteral("sidorov"));
    QCOMPARE(page->classBox(0)->count(), 2);
    QCOMPARE(page->classBox(0)->itemText(0), QStringLiteral("5А (свои предметы)"));
    page->classBox(0)->setCurrentIndex(0);
    page->periodBox()->setCurrentIndex(1);
    const QStringList pages = pdfPages(savePdf(page, QStringLiteral("sidorov-5a")));
    QCOMPARE(pagesWith(pages, QStringLiteral("Математика")), 0);
    QVERIFY(pagesWith(pages, QStringLiteral("Русский язык")) >= 4);
}

void TestClientPaper::allClassesToAFolder()
{
    QTemporaryDir folder;
    m_page->tabs()->setCurrentIndex(0);
    m_page->periodBox()->setCurrentIndex(1);
    PaperBatch *batch = m_page->saveAllTo(folder.path());
    QSignalSpy finished(batch, &PaperBatch::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QStringList files = QDir(folder.path()).entryList({QStringLiteral("*.pdf")});
    QCOMPARE(files, (QStringList{QStringLiteral("Журнал 5А 2026-2027.pdf"), QStringLiteral("Журнал 6А 2026-2027.pdf")}));
    QCOMPARE(pdfPageCount(folder.filePath(files.at(0))), 17);
    QTRY_VERIFY(m_page->message()->text().contains(QStringLiteral("2")));
}

void TestClientPaper::cancelledRunStops()
{
    QTemporaryDir folder;
    PaperBatch *batch = m_page->saveAllTo(folder.path());
    QSignalSpy finished(batch, &PaperBatch::finished);
    QProgressDialog *progress = nullptr;  // this run's dialog (an earlier one may wait for deletion)
    for (QProgressDialog *dialog : m_page->findChildren<QProgressDialog *>())
        progress = dialog->isVisible() ? dialog : progress;
    QVERIFY(progress);
    QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);  // «Отмена»
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QTest::qWait(300);
    QVERIFY(QDir(folder.path()).entryList({QStringLiteral("*.pdf")}).size() < 2);
}

QTEST_MAIN(TestClientPaper)
#include "tst_client_paper.moc"

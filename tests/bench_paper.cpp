// Benchmark of the paper copies on the demo school (`ejournal-server demo`, 600 students)
// with its filled journal (when the demo has no lessons: a greedy timetable, the year's
// lessons generated through the protocol, topics, homework, marks and absences up to
// 26 November put in with SQL); then one class's year journal is
// fetched (paper.classJournal), composed and written to PDF, and the whole school's
// journals likewise. Times and page counts are reported, not asserted.
#include "demo.h"
#include "paperjournal.h"
#include "printoutput.h"
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ejournal;

namespace {
const QString kPassword = QStringLiteral("Bench2026");
const QDate kToday(2026, 11, 26);

struct Timing
{
    qint64 fetchMs = 0, composeMs = 0, pdfMs = 0;
    int pages = 0;
};
} // namespace

class BenchPaper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneClassYear();
    void wholeSchool();

private:
    void fillJournal();
    void placeTimetable();
    Timing journalToPdf(qint64 classId, const QString &file);

    TestServer m_server;
    TestClient m_client;
    std::unique_ptr<TestConnection> m_db;
    QTemporaryDir m_out;
    qint64 m_school = 0;
};

// Each weekly hour of each load to the first slot (rotating start day) where neither its
// teacher nor its class (a subgroup: its class) is busy; Monday to Saturday, lessons 1..8.
void BenchPaper::placeTimetable()
{
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT a.id, a.staff_id, coalesce('c' || a.class_id, 'c' || g.class_id, 'g' || g.id),"
        "       ceil(a.hours_per_week)::int"
        "  FROM assignment a LEFT JOIN study_group g ON g.id = a.group_id ORDER BY a.id")));
    QSet<QString> busy;
    QStringList values;
    for (int i = 0; q.next(); ++i) {
        const QString teacher = q.value(1).toString(), unit = q.value(2).toString();
        for (int h = 0; h < q.value(3).toInt(); ++h)
            for (int s = 0; s < 48; ++s) {
                const QString slot = QStringLiteral("%1/%2/").arg((s + i + h * 2) % 6 + 1).arg(s / 6 + 1);
                if (busy.contains(slot + teacher) || busy.contains(slot + unit))
                    continue;
                busy << slot + teacher << slot + unit;
                values.append(QStringLiteral("(%1, (SELECT id FROM timetable_version), %2, %3, %4)")
                                  .arg(m_school).arg((s + i + h * 2) % 6 + 1).arg(s / 6 + 1).arg(q.value(0).toLongLong()));
                break;
            }
    }
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO timetable_version (school_id, academic_year_id, name, valid_from)"
                                      " SELECT school_id, id, 'Основное', starts_on FROM academic_year")));
    QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO timetable_entry (school_id, version_id, weekday, lesson_no,"
                                       " assignment_id) VALUES ") + values.join(QLatin1Char(','))),
             qPrintable(m_db->error()));
}

void BenchPaper::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("deputy"), kPassword, {QStringLiteral("deputy")}) > 0);
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    m_school = m_db->value(QStringLiteral("SELECT id FROM school")).toLongLong();
    server::DemoOptions options;
    options.today = kToday;
    server::DemoSummary summary;
    QVERIFY2(server::fillDemoSchool(m_db->database(), m_school, options, &summary, &error), qPrintable(error));
    QVERIFY(m_client.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_client.login(QStringLiteral("deputy"), kPassword).kind, Envelope::Kind::Result);
    if (m_db->value(QStringLiteral("SELECT count(*) FROM lesson")).toInt() == 0)
        fillJournal();
    qInfo("demo school: %d classes, %d students; %s lessons; %s cells; %s marks", summary.classes,
          summary.students, qPrintable(m_db->value(QStringLiteral("SELECT count(*) FROM lesson")).toString()),
          qPrintable(m_db->value(QStringLiteral("SELECT count(*) FROM journal_cell")).toString()),
          qPrintable(m_db->value(QStringLiteral("SELECT count(*) FROM mark")).toString()));
}

void BenchPaper::fillJournal()
{
    placeTimetable();
    const qint64 year = m_db->value(QStringLiteral("SELECT id FROM academic_year")).toLongLong();
    const Envelope generated = m_client.call(QStringLiteral("lessons.generate"),
                                             {{QStringLiteral("academicYearId"), year}}, 120000);
    QCOMPARE(generated.kind, Envelope::Kind::Result);
    // The journal as filled in up to today: topics and homework, a mark for one student in
    // five per lesson, an absence for one in twenty (one in three of them ill).
    const QString held = QStringLiteral("l.on_date <= '%1'").arg(kToday.toString(Qt::ISODate));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE lesson l SET topic = 'Тема урока № ' || l.id,"
                                      " homework = '§ ' || (l.id % 40 + 1) || ', упр. ' || (l.id % 300 + 1)"
                                      " WHERE ") + held));
    QVERIFY2(m_db->exec(QStringLiteral(
        "INSERT INTO journal_cell (school_id, lesson_id, student_id, attendance)"
        " SELECT school_id, lesson_id, student_id,"
        "        CASE WHEN r < 0.017 THEN 'sick' WHEN r < 0.05 THEN 'absent' END"
        "   FROM (SELECT l.school_id, l.id AS lesson_id, e.student_id, random() AS r FROM lesson l"
        "           JOIN assignment a ON a.id = l.assignment_id"
        "           JOIN enrollment e ON e.class_id = a.class_id WHERE %1) s"
        "  WHERE r < 0.25").arg(held)), qPrintable(m_db->error()));
    QVERIFY2(m_db->exec(QStringLiteral(
        "INSERT INTO mark (school_id, lesson_id, student_id, position, value, work_type_id)"
        " SELECT c.school_id, c.lesson_id, c.student_id, 1, (2 + (c.student_id + c.lesson_id) % 4)::text,"
        "        (SELECT min(id) FROM work_type)"
        "   FROM journal_cell c WHERE c.attendance IS NULL")), qPrintable(m_db->error()));
}

Timing BenchPaper::journalToPdf(qint64 classId, const QString &file)
{
    Timing t;
    QElapsedTimer timer;
    timer.start();
    const Envelope e = m_client.call(QStringLiteral("paper.classJournal"), {{QStringLiteral("classId"), classId}}, 60000);
    t.fetchMs = timer.restart();
    if (e.kind != Envelope::Kind::Result) {
        qWarning("paper.classJournal: %s", qPrintable(e.error.message));
        return t;
    }
    const client::PaperDocument doc = client::PaperJournal::document(e.result.toMap(), kToday);
    t.composeMs = timer.restart();
    QString error;
    if (!client::PrintOutput::writePdf(doc, file, &error))
        qWarning("%s", qPrintable(error));
    t.pdfMs = timer.elapsed();
    t.pages = doc.pages();
    return t;
}

void BenchPaper::oneClassYear()
{
    const qint64 classId = m_db->value(QStringLiteral(
        "SELECT c.id FROM class_unit c WHERE c.grade = 7 ORDER BY c.letter LIMIT 1")).toLongLong();
    Timing t;
    QBENCHMARK_ONCE { t = journalToPdf(classId, m_out.filePath(QStringLiteral("7.pdf"))); }
    QVERIFY(t.pages > 50);
    qInfo("one class-year journal (7th grade): %d pages; fetch %lld ms, compose %lld ms, PDF %lld ms;"
          " total %lld ms; %lld KiB", t.pages, t.fetchMs, t.composeMs, t.pdfMs,
          t.fetchMs + t.composeMs + t.pdfMs, QFileInfo(m_out.filePath(QStringLiteral("7.pdf"))).size() / 1024);
}

void BenchPaper::wholeSchool()
{
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, grade || letter FROM class_unit ORDER BY grade, letter")));
    Timing total;
    int classes = 0;
    QElapsedTimer wall;
    QBENCHMARK_ONCE {
        wall.start();
        while (q.next()) {
            const Timing t = journalToPdf(q.value(0).toLongLong(), m_out.filePath(q.value(1).toString() + QStringLiteral(".pdf")));
            total.fetchMs += t.fetchMs;
            total.composeMs += t.composeMs;
            total.pdfMs += t.pdfMs;
            total.pages += t.pages;
            ++classes;
        }
    }
    qInfo("whole school: %d class journals, %d pages in %lld ms (fetch %lld, compose %lld, PDF %lld)",
          classes, total.pages, wall.elapsed(), total.fetchMs, total.composeMs, total.pdfMs);
    QVERIFY(classes > 10);
}

QTEST_MAIN(BenchPaper)
#include "bench_paper.moc"

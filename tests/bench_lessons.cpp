// Benchmark of lessons.generate on the demo school (1,100 students) with the demo's timetable
// (placing all its load): the whole year's lessons generated over TLS through the dispatcher
// from an empty calendar (the demo's lessons and their journal cleared), regenerated
// (everything kept), and compared with the bare INSERT … SELECT of the same slots on a
// database connection. The requirement: a year in under 5 s.
#include "demo.h"
#include "handlers/lessons_handlers.h"
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace ejournal;

namespace {
constexpr int kStudents = 1100;
const QString kPassword = QStringLiteral("Bench2026");
// Empties the calendar: the dated lessons, their changes and everything of the journal that
// hangs on them (cells, marks, revisions, attachments).
const QString kClearLessons = QStringLiteral("TRUNCATE lesson, lesson_change CASCADE");
} // namespace

class BenchLessons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generateYear();
    void regenerateYear();
    void rawInsert();

private:
    QCborMap generate();

    TestServer m_server;
    TestClient m_client;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
    qint64 m_year = 0;
    int m_lessons = 0;
    qint64 m_generateNs = 0;
};

void BenchLessons::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("deputy"), kPassword, {QStringLiteral("deputy")}) > 0);
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY(m_db->isOpen());
    m_school = m_db->value(QStringLiteral("SELECT id FROM school")).toLongLong();
    server::DemoOptions options;
    options.students = kStudents;
    options.today = QDate(2026, 11, 26);
    server::DemoSummary summary;
    QVERIFY2(server::fillDemoSchool(m_db->database(), m_school, options, &summary, &error),
             qPrintable(error));
    qInfo("demo school: %d classes, %d students, %d loads", summary.classes, summary.students,
          summary.assignments);
    m_year = m_db->value(QStringLiteral("SELECT id FROM academic_year")).toLongLong();
    qInfo("the demo's timetable: %lld weekly lessons",
          m_db->value(QStringLiteral("SELECT count(*) FROM timetable_entry")).toLongLong());
    QVERIFY(m_client.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_client.login(QStringLiteral("deputy"), kPassword).kind, Envelope::Kind::Result);
}

QCborMap BenchLessons::generate()
{
    const Envelope reply = m_client.call(QStringLiteral("lessons.generate"),
                                         {{QStringLiteral("academicYearId"), m_year}}, 60000);
    if (reply.kind != Envelope::Kind::Result)
        qWarning("lessons.generate failed: %s", qPrintable(reply.error.message));
    return reply.result.toMap();
}

void BenchLessons::generateYear()
{
    // From an empty calendar every time QtTest runs the function.
    QVERIFY2(m_db->exec(kClearLessons), qPrintable(m_db->error()));
    QElapsedTimer timer;
    QCborMap result;
    QBENCHMARK_ONCE {
        timer.start();
        result = generate();
        m_generateNs = timer.nsecsElapsed();
    }
    m_lessons = int(result.value(QStringLiteral("created")).toInteger());
    QVERIFY(m_lessons > 30000);
    qInfo("generate year: %d lessons in %.0f ms", m_lessons, m_generateNs / 1e6);
    QVERIFY2(m_generateNs < 5'000'000'000LL, "a year's lessons took 5 s or more");
}

void BenchLessons::regenerateYear()
{
    QElapsedTimer timer;
    QCborMap result;
    QBENCHMARK {
        timer.start();
        result = generate();
    }
    QCOMPARE(result.value(QStringLiteral("created")).toInteger(), 0);
    QCOMPARE(result.value(QStringLiteral("kept")).toInteger(), m_lessons);
    qInfo("regenerate year: %d lessons kept in %.0f ms", m_lessons, timer.nsecsElapsed() / 1e6);
}

void BenchLessons::rawInsert()
{
    QVERIFY2(m_db->exec(kClearLessons), qPrintable(m_db->error()));
    QSqlQuery q(m_db->database());
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no, teacher_id, room_id,"
        "                    timetable_entry_id)"
        " SELECT $1, assignment_id, on_date, lesson_no, teacher_id, room_id, entry_id FROM (%1) s")
                          .arg(server::handlers::lessonSlotsQuery())));
    const QVariant year = m_db->value(QStringLiteral("SELECT starts_on FROM academic_year"));
    const QVariant end = m_db->value(QStringLiteral("SELECT ends_on FROM academic_year"));
    q.addBindValue(m_school);
    q.addBindValue(m_year);
    q.addBindValue(year);
    q.addBindValue(end);
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const qint64 raw = timer.nsecsElapsed();
    QCOMPARE(q.numRowsAffected(), m_lessons);
    qInfo("raw INSERT ... SELECT: %d lessons in %.0f ms; protocol/raw = %.2f", m_lessons,
          raw / 1e6, double(m_generateNs) / double(raw));
}

QTEST_GUILESS_MAIN(BenchLessons)
#include "bench_lessons.moc"

// Benchmark of lessons.generate on the demo school (1,100 students): a timetable placing all
// its load (greedy, in the set-up), then the whole year's lessons generated over TLS through
// the dispatcher, regenerated (everything kept), and compared with the bare INSERT … SELECT of
// the same slots on a database connection. The requirement: a year in under 5 s.
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
constexpr int kDays = 6;     // Monday to Saturday
constexpr int kPerDay = 8;   // lessons 1..8
const QString kPassword = QStringLiteral("Bench2026");

// One load to place: its teacher and the class it occupies (a group: its class, or itself).
struct Load
{
    qint64 id = 0;
    qint64 teacher = 0;
    QString unit;
    int hours = 0;
};
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
    void placeTimetable();
    QCborMap generate();

    TestServer m_server;
    TestClient m_client;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
    qint64 m_year = 0;
    int m_lessons = 0;
    qint64 m_generateNs = 0;
};

// Greedy placement: each weekly hour of each load goes to the first slot, from a starting day
// that rotates, where neither its teacher nor its class is busy.
void BenchLessons::placeTimetable()
{
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT a.id, a.staff_id, coalesce('c' || a.class_id, 'c' || g.class_id, 'g' || g.id),"
        "       ceil(a.hours_per_week)::int"
        "  FROM assignment a LEFT JOIN study_group g ON g.id = a.group_id ORDER BY a.id")));
    QList<Load> loads;
    while (q.next())
        loads.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toInt()});
    QSet<QString> busy;
    QStringList values;
    int unplaced = 0;
    const QString version = QStringLiteral("(SELECT id FROM timetable_version)");
    for (int i = 0; i < loads.size(); ++i) {
        const Load &load = loads.at(i);
        for (int h = 0; h < load.hours; ++h) {
            bool placed = false;
            for (int s = 0; s < kDays * kPerDay && !placed; ++s) {
                const int day = (s + i + h * 2) % kDays + 1;
                const int no = s / kDays + 1;
                const QString slot = QStringLiteral("%1/%2/").arg(day).arg(no);
                const QString teacher = slot + QString::number(load.teacher);
                if (busy.contains(teacher) || busy.contains(slot + load.unit))
                    continue;
                busy << teacher << slot + load.unit;
                values.append(QStringLiteral("(%1, %2, %3, %4, %5)")
                                  .arg(m_school).arg(version).arg(day).arg(no).arg(load.id));
                placed = true;
            }
            unplaced += placed ? 0 : 1;
        }
    }
    qInfo("timetable: %lld weekly lessons placed, %d not placed", qint64(values.size()), unplaced);
    QVERIFY(m_db->exec(QStringLiteral(
        "INSERT INTO timetable_version (school_id, academic_year_id, name, valid_from)"
        " SELECT school_id, id, 'Основное', starts_on FROM academic_year")));
    QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO timetable_entry (school_id, version_id, weekday,"
                                       " lesson_no, assignment_id) VALUES ")
                        + values.join(QLatin1Char(','))),
             qPrintable(m_db->error()));
    QVERIFY(m_db->exec(QStringLiteral("ANALYZE assignment, study_group, group_member, enrollment,"
                                       " class_unit, holiday, timetable_version, timetable_entry")));
}

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
    placeTimetable();
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
    QVERIFY(m_db->exec(QStringLiteral("TRUNCATE lesson, lesson_change")));
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
    QVERIFY(m_db->exec(QStringLiteral("TRUNCATE lesson, lesson_change")));
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

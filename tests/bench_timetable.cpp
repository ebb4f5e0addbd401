// Benchmark of the timetable editor's two hot requests on the demo school (1,100 students):
// timetable.get of the whole school's week with every conflict, and timetable.check of one
// move, over TLS through the dispatcher, against the bare conflict query on a database
// connection. The demo has load but no timetable: a greedy placement in C++ fills one first.
#include "demo.h"
#include "handlers/timetable_conflicts.h"
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtTest>

#include <functional>

using namespace ejournal;

namespace {
constexpr int kStudents = 1100;
constexpr int kRounds = 20;
constexpr int kDays = 6;  // Saturday only for what does not fit Monday..Friday
constexpr int kExtraRooms = 24;
const QString kPassword = QStringLiteral("Bench2026");

// One weekly lesson of a load, as the greedy placement sees it.
struct Load
{
    qint64 id = 0, staff = 0, cls = 0, group = 0, homeRoom = 0;
    int lessons = 0;     // whole weeks
    bool halfHour = false;  // one more lesson every odd week
    int lastLesson = 0;  // of the class's shift
};

// Places every load on Monday..Friday (Saturday when nothing else is free): the least busy day
// of the class first, then the earliest free lesson; subgroups of a class prefer the slots
// their sibling subgroups already use.
class GreedyPlacement
{
public:
    QStringList place(const QList<Load> &loads, const QList<qint64> &extraRooms)
    {
        m_extraRooms = extraRooms;
        for (const Load &load : loads) {
            for (int i = 0; i < load.lessons; ++i)
                placeOne(load, 0);
            if (load.halfHour)
                placeOne(load, 1);
        }
        return m_rows;
    }
    int unplaced() const { return m_unplaced; }

private:
    // Who (a teacher, class or room id), weekday and lesson number in one number.
    using Key = qint64;
    static Key key(qint64 who, int day, int no) { return (who << 8) | (day << 4) | no; }

    bool fits(const Load &load, int day, int no) const
    {
        if (m_teacher.contains(key(load.staff, day, no)) || m_whole.contains(key(load.cls, day, no)))
            return false;
        const QSet<qint64> groups = m_groups.value(key(load.cls, day, no));
        return load.group == 0 ? groups.isEmpty() : !groups.contains(load.group);
    }

    qint64 roomFor(const Load &load, int day, int no) const
    {
        if (!m_rooms.contains(key(load.homeRoom, day, no)))
            return load.homeRoom;
        for (qint64 room : m_extraRooms)
            if (!m_rooms.contains(key(room, day, no)))
                return room;
        return 0;
    }

    void placeOne(const Load &load, int parity)
    {
        int best = -1, bestDay = 0, bestNo = 0;
        for (int day = 1; day <= kDays; ++day)
            for (int no = 1; no <= load.lastLesson; ++no) {
                if (!fits(load, day, no))
                    continue;
                const bool joinsSibling = load.group != 0
                    && !m_groups.value(key(load.cls, day, no)).isEmpty();
                const int score = (joinsSibling ? 0 : 1000) + (day == kDays ? 500 : 0)
                    + m_dayCount.value(key(load.cls, day, 0)) * 10 + no;
                if (best < 0 || score < best) {
                    best = score;
                    bestDay = day;
                    bestNo = no;
                }
            }
        if (best < 0) {
            ++m_unplaced;
            return;
        }
        const Key classSlot = key(load.cls, bestDay, bestNo);
        if (!m_whole.contains(classSlot) && m_groups.value(classSlot).isEmpty())
            m_dayCount[key(load.cls, bestDay, 0)] += 1;
        if (load.group == 0)
            m_whole.insert(classSlot);
        else
            m_groups[classSlot].insert(load.group);
        m_teacher.insert(key(load.staff, bestDay, bestNo));
        const qint64 room = roomFor(load, bestDay, bestNo);
        if (room != 0)
            m_rooms.insert(key(room, bestDay, bestNo));
        m_rows << QStringLiteral("(%1, %2, %3, %4, %5)")
                      .arg(bestDay).arg(bestNo).arg(load.id)
                      .arg(room == 0 ? QStringLiteral("NULL") : QString::number(room),
                           parity == 0 ? QStringLiteral("NULL") : QString::number(parity));
    }

    QList<qint64> m_extraRooms;
    QSet<Key> m_teacher, m_whole, m_rooms;
    QHash<Key, QSet<qint64>> m_groups;
    QHash<Key, int> m_dayCount;  // lessons of a class on a day (lesson 0)
    QStringList m_rows;
    int m_unplaced = 0;
};
} // namespace

class BenchTimetable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeSchoolGet();
    void checkOneMove();
    void rawConflictQuery();
    void summary();

private:
    void sql(const QString &statement);
    void placeLoad();
    void getOverProtocol();
    void checkOverProtocol();
    void conflictsDirectly();
    double msPerCall(const std::function<void()> &call);

    TestServer m_server;
    TestClient m_client;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
    qint64 m_version = 0;
    int m_entries = 0;
    QCborMap m_move;  // one move of a whole-class lesson to the next day
};

void BenchTimetable::sql(const QString &statement)
{
    QVERIFY2(m_db->exec(statement), qPrintable(m_db->error()));
}

void BenchTimetable::placeLoad()
{
    const QString s = QString::number(m_school);
    sql(QStringLiteral("INSERT INTO room (school_id, name, capacity)"
                       " SELECT %1, 'К-' || c.grade || c.letter, 32 FROM class_unit c"
                       " UNION ALL SELECT %1, 'Л-' || n, 16 FROM generate_series(1, %2) n")
            .arg(s).arg(kExtraRooms));
    sql(QStringLiteral("UPDATE class_unit c SET room_id = r.id FROM room r"
                       " WHERE r.name = 'К-' || c.grade || c.letter"));
    // The demo school comes with a timetable (and lessons and a journal made from it): this
    // bench places its own, so the demo's goes first.
    sql(QStringLiteral("TRUNCATE timetable_version, timetable_entry, lesson, lesson_change CASCADE"));
    sql(QStringLiteral("INSERT INTO timetable_version (school_id, academic_year_id, name, valid_from)"
                       " SELECT %1, id, 'Основное', starts_on FROM academic_year").arg(s));
    m_version = m_db->value(QStringLiteral("SELECT id FROM timetable_version")).toLongLong();

    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT a.id, a.staff_id, c.id, coalesce(a.group_id, 0), c.room_id, a.hours_per_week,"
        "       (SELECT max(lesson_no) FROM bell b WHERE b.academic_year_id = c.academic_year_id"
        "           AND b.shift = c.shift)"
        "  FROM assignment a LEFT JOIN study_group g ON g.id = a.group_id"
        "  JOIN class_unit c ON c.id = coalesce(a.class_id, g.class_id)"
        " ORDER BY c.grade, c.letter, a.group_id NULLS FIRST, a.hours_per_week DESC, a.id")));
    QList<Load> loads;
    while (q.next()) {
        const double hours = q.value(5).toDouble();
        loads.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                      q.value(3).toLongLong(), q.value(4).toLongLong(), int(hours),
                      hours > int(hours), q.value(6).toInt()});
    }
    QList<qint64> extraRooms;
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM room WHERE name LIKE 'Л-%' ORDER BY id")));
    while (q.next())
        extraRooms.append(q.value(0).toLongLong());
    GreedyPlacement greedy;
    const QStringList rows = greedy.place(loads, extraRooms);
    sql(QStringLiteral("INSERT INTO timetable_entry (school_id, version_id, weekday, lesson_no,"
                       " assignment_id, room_id, week_parity)"
                       " SELECT %1, %2, d, n, a, r, p::smallint FROM (VALUES %3) v (d, n, a, r, p)")
            .arg(s).arg(m_version).arg(rows.join(QLatin1Char(','))));
    sql(QStringLiteral("ANALYZE timetable_entry, timetable_version, assignment, study_group,"
                       " group_member, enrollment, class_unit, room, staff, subject, bell"));
    m_entries = rows.size();
    qInfo("placed %d entries of %lld loads; %d lessons found no free slot", m_entries,
          qint64(loads.size()), greedy.unplaced());

    const QVariant entry = m_db->value(QStringLiteral(
        "SELECT e.id FROM timetable_entry e JOIN assignment a ON a.id = e.assignment_id"
        " WHERE a.class_id IS NOT NULL ORDER BY e.id LIMIT 1"));
    const QVariant slot = m_db->value(QStringLiteral(
        "SELECT weekday % 5 + 1 || ',' || lesson_no FROM timetable_entry WHERE id = %1")
                                          .arg(entry.toLongLong()));
    const QStringList parts = slot.toString().split(QLatin1Char(','));
    m_move = {{QStringLiteral("op"), QStringLiteral("move")},
              {QStringLiteral("entryId"), entry.toLongLong()},
              {QStringLiteral("weekday"), parts.value(0).toInt()},
              {QStringLiteral("lessonNo"), parts.value(1).toInt()}};
}

void BenchTimetable::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("deputy"), kPassword, {QStringLiteral("deputy")}) > 0);
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY(m_db->isOpen());
    m_school = m_db->value(QStringLiteral("SELECT id FROM school")).toLongLong();
    server::DemoOptions options;
    options.students = kStudents;
    server::DemoSummary demo;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(server::fillDemoSchool(m_db->database(), m_school, options, &demo, &error),
             qPrintable(error));
    qInfo("demo school: %d classes, %d students, %d groups, %d loads in %lld ms", demo.classes,
          demo.students, demo.groups, demo.assignments, timer.elapsed());
    placeLoad();
    QVERIFY(m_client.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_client.login(QStringLiteral("deputy"), kPassword).kind, Envelope::Kind::Result);
}

void BenchTimetable::getOverProtocol()
{
    const Envelope reply = m_client.call(QStringLiteral("timetable.get"),
                                         {{QStringLiteral("versionId"), m_version}});
    if (reply.result.toMap().value(QStringLiteral("entries")).toArray().size() != m_entries)
        QFAIL("timetable.get did not return the whole week");
}

void BenchTimetable::checkOverProtocol()
{
    const Envelope reply = m_client.call(QStringLiteral("timetable.check"),
                                         {{QStringLiteral("versionId"), m_version},
                                          {QStringLiteral("changes"), QCborArray{m_move}}});
    if (reply.kind != Envelope::Kind::Result)
        QFAIL(qPrintable(reply.error.message));
}

void BenchTimetable::conflictsDirectly()
{
    QSqlQuery q(m_db->database());
    q.setForwardOnly(true);
    q.prepare(server::handlers::timetable::conflictQuery());
    q.addBindValue(m_school);
    q.addBindValue(m_version);
    q.addBindValue(QDate::currentDate());
    if (!q.exec())
        QFAIL("the conflict query failed");
    while (q.next()) {
    }
}

void BenchTimetable::wholeSchoolGet()
{
    QBENCHMARK
    {
        getOverProtocol();
    }
}

void BenchTimetable::checkOneMove()
{
    QBENCHMARK
    {
        checkOverProtocol();
    }
}

void BenchTimetable::rawConflictQuery()
{
    QBENCHMARK
    {
        conflictsDirectly();
    }
}

double BenchTimetable::msPerCall(const std::function<void()> &call)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRounds; ++i)
        call();
    return timer.nsecsElapsed() / 1e6 / kRounds;
}

void BenchTimetable::summary()
{
    const double raw = msPerCall([this] { conflictsDirectly(); });
    const double get = msPerCall([this] { getOverProtocol(); });
    const double check = msPerCall([this] { checkOverProtocol(); });
    const Envelope reply = m_client.call(QStringLiteral("timetable.get"),
                                         {{QStringLiteral("versionId"), m_version}});
    qInfo("%d entries, %lld conflicts listed", m_entries,
          qint64(reply.result.toMap().value(QStringLiteral("conflicts")).toArray().size()));
    qInfo("timetable.get all: %.2f ms; check one move: %.2f ms; raw conflict SQL: %.2f ms;"
          " ratio get/raw %.2f, check/raw %.2f", get, check, raw, get / raw, check / raw);
}

QTEST_GUILESS_MAIN(BenchTimetable)
#include "bench_timetable.moc"

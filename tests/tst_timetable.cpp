// Integration tests of the timetable over the real protocol: a deputy places a small school's
// load into a version, every kind of conflict is found and named, a conflicting save is refused
// with the list, warnings are accepted by code, a swap is two moves in one batch, versions keep
// history, and teachers, students and other connections see what they should.
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QSqlQuery>
#include <QtTest>

using namespace ejournal;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

QString errorCode(const Envelope &e)
{
    return e.kind == Envelope::Kind::Error ? errorCodeName(e.error.code) : QStringLiteral("(ok)");
}

QCborArray arrayOf(const Envelope &e, const char *key)
{
    return e.result.toMap().value(QLatin1String(key)).toArray();
}

QString text(const QCborValue &row, const char *key)
{
    return row.toMap().value(QLatin1String(key)).toString();
}

qint64 integer(const QCborValue &row, const char *key)
{
    return row.toMap().value(QLatin1String(key)).toInteger();
}

// The codes of a list of conflicts, in order.
QStringList codes(const QCborArray &conflicts)
{
    QStringList out;
    for (const QCborValue &c : conflicts)
        out << text(c, "code");
    return out;
}

// The first conflict with that code.
QCborMap conflictOf(const QCborArray &conflicts, const QString &code)
{
    for (const QCborValue &c : conflicts)
        if (text(c, "code") == code)
            return c.toMap();
    return {};
}

QCborMap addChange(qint64 load, int weekday, int lessonNo, qint64 room = 0, int parity = 0)
{
    QCborMap change{{QStringLiteral("op"), QStringLiteral("add")},
                    {QStringLiteral("assignmentId"), load},
                    {QStringLiteral("weekday"), weekday},
                    {QStringLiteral("lessonNo"), lessonNo}};
    if (room != 0)
        change.insert(QStringLiteral("roomId"), room);
    if (parity != 0)
        change.insert(QStringLiteral("weekParity"), parity);
    return change;
}

QCborMap moveChange(qint64 entry, int weekday, int lessonNo)
{
    return {{QStringLiteral("op"), QStringLiteral("move")},
            {QStringLiteral("entryId"), entry},
            {QStringLiteral("weekday"), weekday},
            {QStringLiteral("lessonNo"), lessonNo}};
}
} // namespace

class TestTimetable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void versionsAreCheckedAndListed();
    void placedEntriesCarryNames();
    void teacherDoubleBookedRefusesSave();
    void roomDoubleBooked();
    void twoSubgroupsOfAClassMayShareASlot();
    void classLessonAndItsSubgroupConflict();
    void streamConflictsThroughItsMembers();
    void lessonMissingFromBells();
    void warningsNeedAcceptanceByCode();
    void teacherForbiddenSlot();
    void swapIsTwoMovesInOneBatch();
    void unplacedCountsHalfForAlternateWeeks();
    void versionsKeepHistory();
    void onlyTheDeputyWrites();
    void studentReadsOwnClassOnly();
    void otherConnectionsHearOfChanges();

private:
    void sql(const QString &statement);
    qint64 idOf(const QString &query);
    Envelope save(const QCborArray &changes, const QStringList &accept = {});
    Envelope check(const QCborArray &changes);
    qint64 place(qint64 load, int weekday, int lessonNo, qint64 room = 0);
    qint64 loadOf(const QString &teacher, const QString &target);

    TestServer m_server;
    TestClient m_deputy;
    TestClient m_teacher;
    TestClient m_student;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
    qint64 m_year = 0;
    qint64 m_version = 0;
    QHash<QString, qint64> m_classes;  // "5А" -> id
    QHash<QString, qint64> m_staff;    // last name -> id
    QHash<QString, qint64> m_rooms;    // "101" -> id
    QHash<QString, qint64> m_students; // last name -> id
};

void TestTimetable::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

qint64 TestTimetable::idOf(const QString &query)
{
    const qint64 id = m_db->value(query).toLongLong();
    if (id == 0)
        qWarning("no id from %s: %s", qPrintable(query), qPrintable(m_db->error()));
    return id;
}

Envelope TestTimetable::save(const QCborArray &changes, const QStringList &accept)
{
    QCborMap params{{QStringLiteral("versionId"), m_version},
                    {QStringLiteral("changes"), changes}};
    if (!accept.isEmpty())
        params.insert(QStringLiteral("acceptWarnings"), QCborArray::fromStringList(accept));
    return m_deputy.call(QStringLiteral("timetable.save"), params);
}

Envelope TestTimetable::check(const QCborArray &changes)
{
    return m_deputy.call(QStringLiteral("timetable.check"),
                         {{QStringLiteral("versionId"), m_version},
                          {QStringLiteral("changes"), changes}});
}

// Saves one placement and returns the new entry's id (0 when refused).
qint64 TestTimetable::place(qint64 load, int weekday, int lessonNo, qint64 room)
{
    const Envelope reply = save({addChange(load, weekday, lessonNo, room)});
    if (reply.kind != Envelope::Kind::Result) {
        qWarning("placing load %lld refused: %s", load, qPrintable(reply.error.message));
        return 0;
    }
    return arrayOf(reply, "entryIds").at(0).toInteger();
}

// The load of a teacher (last name) on a class or group (by name).
qint64 TestTimetable::loadOf(const QString &teacher, const QString &target)
{
    return idOf(QStringLiteral(
                    "SELECT a.id FROM assignment a JOIN staff st ON st.id = a.staff_id"
                    "  LEFT JOIN class_unit c ON c.id = a.class_id"
                    "  LEFT JOIN study_group g ON g.id = a.group_id"
                    " WHERE st.last_name = '%1' AND coalesce(c.grade || c.letter, g.name) = '%2'")
                    .arg(teacher, target));
}

void TestTimetable::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    m_school = idOf(QStringLiteral("SELECT id FROM school"));
    const qint64 deputyUser = m_server.createUser(QStringLiteral("deputy"), kPassword,
                                                  {QStringLiteral("deputy")});
    const qint64 teacherUser = m_server.createUser(QStringLiteral("teacher"), kPassword,
                                                   {QStringLiteral("teacher")});
    const qint64 studentUser = m_server.createUser(QStringLiteral("student"), kPassword,
                                                   {QStringLiteral("student")});
    QVERIFY(deputyUser > 0 && teacherUser > 0 && studentUser > 0);
    const QString s = QString::number(m_school);
    const QStringList setup{
        QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, '2026/2027', '2026-09-01', '2027-05-31', 'active')"),
        QStringLiteral("INSERT INTO bell (school_id, academic_year_id, shift, lesson_no, starts_at,"
                       " ends_at) SELECT %1, y.id, 1, n, time '08:30' + (n - 1) * interval '55 min',"
                       " time '09:15' + (n - 1) * interval '55 min'"
                       " FROM academic_year y, generate_series(1, 6) n"),
        QStringLiteral("INSERT INTO subject (school_id, name, short_name) VALUES"
                       " (%1, 'Математика', 'Матем.'), (%1, 'Русский язык', 'Рус. яз.'),"
                       " (%1, 'Английский язык', 'Англ. яз.'), (%1, 'Информатика', 'Информ.')"),
        QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter)"
                       " SELECT %1, y.id, 5, l FROM academic_year y, unnest(ARRAY['А', 'Б']) l"),
        QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, middle_name, user_id)"
                       " VALUES (%1, 'Иванова', 'Мария', 'Петровна', %2),"
                       " (%1, 'Петров', 'Олег', 'Иванович', NULL),"
                       " (%1, 'Сидорова', 'Анна', '', NULL),"
                       " (%1, 'Завучева', 'Ольга', 'Ивановна', %3)")
            .arg(s).arg(teacherUser).arg(deputyUser),
        QStringLiteral("INSERT INTO room (school_id, name, capacity) VALUES"
                       " (%1, '101', 30), (%1, '102', 2), (%1, '103', NULL)"),
        QStringLiteral("INSERT INTO student (school_id, last_name, first_name, user_id) VALUES"
                       " (%1, 'Аксенов', 'Артём', %2), (%1, 'Белова', 'Вера', NULL),"
                       " (%1, 'Волков', 'Глеб', NULL), (%1, 'Громова', 'Дарья', NULL),"
                       " (%1, 'Дьячкова', 'Ева', NULL), (%1, 'Егоров', 'Жора', NULL)")
            .arg(s).arg(studentUser),
        QStringLiteral("INSERT INTO enrollment (school_id, student_id, class_id, starts_on)"
                       " SELECT %1, s.id, c.id, '2026-09-01' FROM student s JOIN class_unit c"
                       "   ON c.letter = CASE WHEN s.last_name IN ('Дьячкова', 'Егоров')"
                       "                      THEN 'Б' ELSE 'А' END"),
        QStringLiteral("INSERT INTO study_group (school_id, academic_year_id, kind, name, class_id,"
                       " subject_id)"
                       " SELECT %1, c.academic_year_id, 'subgroup', '5А англ. ' || n || ' гр.', c.id,"
                       "        (SELECT id FROM subject WHERE name = 'Английский язык')"
                       "   FROM class_unit c, generate_series(1, 2) n WHERE c.letter = 'А'"),
        QStringLiteral("INSERT INTO study_group (school_id, academic_year_id, kind, name,"
                       " subject_id) SELECT %1, id, 'stream', 'Поток информатики',"
                       " (SELECT id FROM subject WHERE name = 'Информатика') FROM academic_year"),
        QStringLiteral("INSERT INTO group_member (school_id, group_id, student_id, starts_on)"
                       " SELECT %1, g.id, s.id, '2026-09-01' FROM study_group g, student s"
                       "  WHERE (g.name = '5А англ. 1 гр.' AND s.last_name IN ('Аксенов', 'Белова'))"
                       "     OR (g.name = '5А англ. 2 гр.' AND s.last_name IN ('Волков', 'Громова'))"
                       "     OR (g.name = 'Поток информатики' AND s.last_name IN ('Громова', 'Егоров'))"),
        // The load: mathematics and Russian in both classes, English in 5А's subgroups, a stream.
        QStringLiteral("INSERT INTO assignment (school_id, staff_id, subject_id, class_id, group_id,"
                       " hours_per_week)"
                       " SELECT %1, st.id, sb.id, c.id, g.id, v.hours"
                       "   FROM (VALUES ('Иванова', 'Математика', '5А', NULL, 4),"
                       "                ('Иванова', 'Математика', '5Б', NULL, 4),"
                       "                ('Петров', 'Русский язык', '5А', NULL, 3),"
                       "                ('Петров', 'Русский язык', '5Б', NULL, 3),"
                       "                ('Сидорова', 'Английский язык', NULL, '5А англ. 1 гр.', 2),"
                       "                ('Петров', 'Английский язык', NULL, '5А англ. 2 гр.', 2),"
                       "                ('Иванова', 'Информатика', NULL, 'Поток информатики', 1))"
                       "        AS v(teacher, subject, cls, grp, hours)"
                       "   JOIN staff st ON st.last_name = v.teacher"
                       "   JOIN subject sb ON sb.name = v.subject"
                       "   LEFT JOIN class_unit c ON c.grade || c.letter = v.cls"
                       "   LEFT JOIN study_group g ON g.name = v.grp"),
    };
    for (const QString &statement : setup)
        sql(statement.contains(QLatin1String("%1")) ? statement.arg(s) : statement);
    m_year = idOf(QStringLiteral("SELECT id FROM academic_year"));
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT grade || letter, id FROM class_unit")));
    while (q.next())
        m_classes.insert(q.value(0).toString(), q.value(1).toLongLong());
    QVERIFY(q.exec(QStringLiteral("SELECT last_name, id FROM staff")));
    while (q.next())
        m_staff.insert(q.value(0).toString(), q.value(1).toLongLong());
    QVERIFY(q.exec(QStringLiteral("SELECT name, id FROM room")));
    while (q.next())
        m_rooms.insert(q.value(0).toString(), q.value(1).toLongLong());
    QVERIFY(q.exec(QStringLiteral("SELECT last_name, id FROM student")));
    while (q.next())
        m_students.insert(q.value(0).toString(), q.value(1).toLongLong());
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM assignment")).toInt(), 7);

    QVERIFY(m_deputy.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(m_deputy.login(QStringLiteral("deputy"), kPassword)), QStringLiteral("(ok)"));
    QVERIFY(m_teacher.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(m_teacher.login(QStringLiteral("teacher"), kPassword)), QStringLiteral("(ok)"));
    QVERIFY(m_student.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(m_student.login(QStringLiteral("student"), kPassword)), QStringLiteral("(ok)"));

    const Envelope created = m_deputy.call(QStringLiteral("timetable.createVersion"),
                                           {{QStringLiteral("academicYearId"), m_year},
                                            {QStringLiteral("name"), QStringLiteral("Основное")},
                                            {QStringLiteral("validFrom"), QStringLiteral("2026-09-01")}});
    QVERIFY2(errorCode(created) == QLatin1String("(ok)"), qPrintable(created.error.message));
    m_version = integer(created.result, "id");
    QCOMPARE(text(created.result, "validTo"), QStringLiteral("2027-05-31"));
}

// Every test starts from an empty first version and no forbidden slots.
void TestTimetable::init()
{
    sql(QStringLiteral("DELETE FROM timetable_entry WHERE version_id = %1").arg(m_version));
    sql(QStringLiteral("DELETE FROM teacher_unavailability"));
}

void TestTimetable::versionsAreCheckedAndListed()
{
    const auto create = [&](const QString &name, const QString &validFrom) {
        return m_deputy.call(QStringLiteral("timetable.createVersion"),
                             {{QStringLiteral("academicYearId"), m_year},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("validFrom"), validFrom}});
    };
    const Envelope outside = create(QStringLiteral("Летнее"), QStringLiteral("2027-06-10"));
    QCOMPARE(errorCode(outside), QStringLiteral("invalid"));
    QVERIFY(outside.error.details.contains(QStringLiteral("validFrom")));
    const Envelope twice = create(QStringLiteral("Ещё одно"), QStringLiteral("2026-09-01"));
    QCOMPARE(errorCode(twice), QStringLiteral("invalid"));
    QVERIFY2(twice.error.message.contains(QStringLiteral("«Основное»")),
             qPrintable(twice.error.message));
    QCOMPARE(errorCode(create(QStringLiteral("  "), QStringLiteral("2026-10-01"))),
             QStringLiteral("invalid"));

    const Envelope list = m_deputy.call(QStringLiteral("timetable.versions"),
                                        {{QStringLiteral("academicYearId"), m_year}});
    QCOMPARE(list.result.toArray().size(), 1);
    QCOMPARE(text(list.result.toArray().at(0), "name"), QStringLiteral("Основное"));
    QCOMPARE(text(list.result.toArray().at(0), "source"), QStringLiteral("editor"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_event"
                                        " WHERE action = 'timetableVersion.create'")).toInt(), 1);
}

void TestTimetable::placedEntriesCarryNames()
{
    const qint64 math = loadOf(QStringLiteral("Иванова"), QStringLiteral("5А"));
    const qint64 entry = place(math, 1, 1, m_rooms.value(QStringLiteral("101")));
    QVERIFY(entry > 0);
    const Envelope grid = m_deputy.call(QStringLiteral("timetable.get"),
                                        {{QStringLiteral("versionId"), m_version},
                                         {QStringLiteral("classId"), m_classes.value(QStringLiteral("5А"))}});
    QCOMPARE(errorCode(grid), QStringLiteral("(ok)"));
    const QCborArray entries = arrayOf(grid, "entries");
    QCOMPARE(entries.size(), 1);
    const QCborValue row = entries.at(0);
    QCOMPARE(integer(row, "id"), entry);
    QCOMPARE(integer(row, "weekday"), 1);
    QCOMPARE(integer(row, "lessonNo"), 1);
    QCOMPARE(integer(row, "weekParity"), 0);
    QCOMPARE(text(row, "teacherName"), QStringLiteral("Иванова М. П."));
    QCOMPARE(text(row, "subjectShort"), QStringLiteral("Матем."));
    QCOMPARE(text(row, "targetName"), QStringLiteral("5А"));
    QCOMPARE(text(row, "roomName"), QStringLiteral("101"));
    QCOMPARE(arrayOf(grid, "conflicts").size(), 0);
    // The 5Б grid does not show 5А's lesson; the teacher's grid does.
    QCOMPARE(arrayOf(m_deputy.call(QStringLiteral("timetable.get"),
                                   {{QStringLiteral("versionId"), m_version},
                                    {QStringLiteral("classId"), m_classes.value(QStringLiteral("5Б"))}}),
                     "entries").size(), 0);
    QCOMPARE(arrayOf(m_deputy.call(QStringLiteral("timetable.get"),
                                   {{QStringLiteral("versionId"), m_version},
                                    {QStringLiteral("staffId"), m_staff.value(QStringLiteral("Иванова"))}}),
                     "entries").size(), 1);
    // The audit row has the entry after the save.
    const QString after = m_db->value(QStringLiteral(
        "SELECT after::text FROM audit_event WHERE action = 'timetable.save' ORDER BY id DESC"
        " LIMIT 1")).toString();
    QVERIFY2(after.contains(QStringLiteral("\"id\": %1").arg(entry)), qPrintable(after));
}

void TestTimetable::teacherDoubleBookedRefusesSave()
{
    QVERIFY(place(loadOf(QStringLiteral("Иванова"), QStringLiteral("5А")), 1, 1) > 0);
    const QCborArray batch{addChange(loadOf(QStringLiteral("Иванова"), QStringLiteral("5Б")), 1, 1)};
    const Envelope what = check(batch);
    QCOMPARE(errorCode(what), QStringLiteral("(ok)"));
    QCOMPARE(what.result.toMap().value(QStringLiteral("canSave")).toBool(), false);
    const QCborMap busy = conflictOf(arrayOf(what, "conflicts"), QStringLiteral("teacher_busy"));
    QCOMPARE(text(busy, "severity"), QStringLiteral("error"));
    QCOMPARE(text(busy, "name"), QStringLiteral("Иванова М. П."));
    QCOMPARE(busy.value(QStringLiteral("entries")).toArray().size(), 2);
    QCOMPARE(busy.value(QStringLiteral("changes")).toArray(), QCborArray{0});
    QVERIFY2(text(busy, "message").contains(QStringLiteral("Monday, lesson 1")),
             qPrintable(text(busy, "message")));
    // The check saved nothing; the save is refused with the list and changes nothing.
    const QString count = QStringLiteral("SELECT count(*) FROM timetable_entry");
    QCOMPARE(m_db->value(count).toInt(), 1);
    const Envelope refused = save(batch);
    QCOMPARE(errorCode(refused), QStringLiteral("invalid"));
    const QCborArray listed = refused.error.details.value(QStringLiteral("conflicts")).toArray();
    QCOMPARE(codes(listed), QStringList{QStringLiteral("teacher_busy")});
    QVERIFY2(refused.error.message.contains(QStringLiteral("Иванова М. П.")),
             qPrintable(refused.error.message));
    QCOMPARE(m_db->value(count).toInt(), 1);
}

void TestTimetable::roomDoubleBooked()
{
    const qint64 room = m_rooms.value(QStringLiteral("101"));
    QVERIFY(place(loadOf(QStringLiteral("Иванова"), QStringLiteral("5А")), 2, 3, room) > 0);
    const Envelope what = check({addChange(loadOf(QStringLiteral("Петров"), QStringLiteral("5Б")), 2, 3, room)});
    const QCborArray conflicts = arrayOf(what, "conflicts");
    QCOMPARE(codes(conflicts), QStringList{QStringLiteral("room_busy")});
    QCOMPARE(text(conflictOf(conflicts, QStringLiteral("room_busy")), "name"), QStringLiteral("101"));
    // Odd and even weeks do not meet: the same room every other week is fine.
    sql(QStringLiteral("UPDATE timetable_entry SET week_parity = 1"));
    QCOMPARE(arrayOf(check({addChange(loadOf(QStringLiteral("Петров"), QStringLiteral("5Б")), 2, 3,
                                      room, 2)}), "conflicts").size(), 0);
}

void TestTimetable::twoSubgroupsOfAClassMayShareASlot()
{
    const Envelope saved = save({addChange(loadOf(QStringLiteral("Сидорова"), QStringLiteral("5А англ. 1 гр.")), 2, 1),
                                 addChange(loadOf(QStringLiteral("Петров"), QStringLiteral("5А англ. 2 гр.")), 2, 1)});
    QVERIFY2(errorCode(saved) == QLatin1String("(ok)"), qPrintable(saved.error.message));
    QCOMPARE(arrayOf(saved, "entryIds").size(), 2);
    QCOMPARE(codes(arrayOf(saved, "conflicts")), QStringList());
    // Both are in the class's grid.
    QCOMPARE(arrayOf(m_deputy.call(QStringLiteral("timetable.get"),
                                   {{QStringLiteral("versionId"), m_version},
                                    {QStringLiteral("classId"), m_classes.value(QStringLiteral("5А"))}}),
                     "entries").size(), 2);
}

void TestTimetable::classLessonAndItsSubgroupConflict()
{
    QVERIFY(place(loadOf(QStringLiteral("Сидорова"), QStringLiteral("5А англ. 1 гр.")), 2, 1) > 0);
    const Envelope what = check({addChange(loadOf(QStringLiteral("Иванова"), QStringLiteral("5А")), 2, 1)});
    const QCborMap busy = conflictOf(arrayOf(what, "conflicts"), QStringLiteral("class_busy"));
    QCOMPARE(text(busy, "severity"), QStringLiteral("error"));
    QStringList parties{text(busy, "name"), text(busy, "other")};
    parties.sort();
    QCOMPARE(parties, (QStringList{QStringLiteral("5А"), QStringLiteral("5А англ. 1 гр.")}));
    QCOMPARE(what.result.toMap().value(QStringLiteral("canSave")).toBool(), false);
}

void TestTimetable::streamConflictsThroughItsMembers()
{
    const qint64 stream = loadOf(QStringLiteral("Иванова"), QStringLiteral("Поток информатики"));
    // 5Б's Russian at Wednesday 1: the stream has Егоров of 5Б, so it conflicts.
    QVERIFY(place(loadOf(QStringLiteral("Петров"), QStringLiteral("5Б")), 3, 1) > 0);
    QCOMPARE(codes(arrayOf(check({addChange(stream, 3, 1)}), "conflicts")),
             QStringList{QStringLiteral("class_busy")});
    // 5А's English subgroups at Wednesday 2: only the second has a stream member (Громова).
    QVERIFY(save({addChange(loadOf(QStringLiteral("Сидорова"), QStringLiteral("5А англ. 1 гр.")), 3, 2),
                  addChange(loadOf(QStringLiteral("Петров"), QStringLiteral("5А англ. 2 гр.")), 3, 2)})
                .kind == Envelope::Kind::Result);
    const QCborArray conflicts = arrayOf(check({addChange(stream, 3, 2)}), "conflicts");
    QCOMPARE(codes(conflicts), QStringList{QStringLiteral("class_busy")});
    QStringList parties{text(conflicts.at(0), "name"), text(conflicts.at(0), "other")};
    parties.sort();
    QCOMPARE(parties, (QStringList{QStringLiteral("5А англ. 2 гр."), QStringLiteral("Поток информатики")}));
    // Nobody of the stream is elsewhere at Wednesday 3.
    QCOMPARE(arrayOf(check({addChange(stream, 3, 3)}), "conflicts").size(), 0);
}

void TestTimetable::lessonMissingFromBells()
{
    const Envelope what = check({addChange(loadOf(QStringLiteral("Иванова"), QStringLiteral("5А")), 4, 7)});
    const QCborMap noBell = conflictOf(arrayOf(what, "conflicts"), QStringLiteral("no_bell"));
    QCOMPARE(text(noBell, "severity"), QStringLiteral("error"));
    QVERIFY2(text(noBell, "message").contains(QStringLiteral("shift 1")), qPrintable(text(noBell, "message")));
    QCOMPARE(errorCode(save({addChange(loadOf(QStringLiteral("Иванова"), QStringLiteral("5А")), 4, 7)})),
             QStringLiteral("invalid"));
}

void TestTimetable::warningsNeedAcceptanceByCode()
{
    // Room 102 seats 2; 5А has 4 students.
    const QCborArray small{addChange(loadOf(QStringLiteral("Иванова"), QStringLiteral("5А")), 4, 1,
                                     m_rooms.value(QStringLiteral("102")))};
    const Envelope what = check(small);
    QCOMPARE(what.result.toMap().value(QStringLiteral("canSave")).toBool(), true);
    QCOMPARE(what.result.toMap().value(QStringLiteral("acceptWarnings")).toArray(),
             QCborArray{QStringLiteral("room_too_small")});
    const Envelope refused = save(small);
    QCOMPARE(errorCode(refused), QStringLiteral("invalid"));
    QVERIFY(refused.error.details.contains(QStringLiteral("acceptWarnings")));
    const QCborMap tooSmall = conflictOf(refused.error.details.value(QStringLiteral("conflicts")).toArray(),
                                         QStringLiteral("room_too_small"));
    QCOMPARE(integer(tooSmall, "amount"), 4);
    QCOMPARE(integer(tooSmall, "limit"), 2);
    QCOMPARE(errorCode(save(small, {QStringLiteral("over_load")})), QStringLiteral("invalid"));
    const Envelope accepted = save(small, {QStringLiteral("room_too_small")});
    QVERIFY2(errorCode(accepted) == QLatin1String("(ok)"), qPrintable(accepted.error.message));
    QCOMPARE(codes(arrayOf(accepted, "conflicts")), QStringList{QStringLiteral("room_too_small")});

    // The stream has one hour a week: a second lesson is more than the load.
    const qint64 stream = loadOf(QStringLiteral("Иванова"), QStringLiteral("Поток информатики"));
    QVERIFY(place(stream, 5, 5) > 0);
    const QCborArray twice{addChange(stream, 5, 6)};
    const Envelope over = save(twice);
    QCOMPARE(codes(over.error.details.value(QStringLiteral("conflicts")).toArray()),
             QStringList{QStringLiteral("over_load")});
    QCOMPARE(errorCode(save(twice, {QStringLiteral("over_load")})), QStringLiteral("(ok)"));
    // An unknown code is refused.
    QCOMPARE(errorCode(save(twice, {QStringLiteral("whatever")})), QStringLiteral("invalid"));
}

void TestTimetable::teacherForbiddenSlot()
{
    const qint64 petrov = m_staff.value(QStringLiteral("Петров"));
    const QCborArray forbiddenSlots{QCborMap{{QStringLiteral("weekday"), 5}, {QStringLiteral("lessonNo"), 1}},
                           QCborMap{{QStringLiteral("weekday"), 5}, {QStringLiteral("lessonNo"), 1}},
                           QCborMap{{QStringLiteral("weekday"), 5}, {QStringLiteral("lessonNo"), 2}}};
    const Envelope set = m_deputy.call(QStringLiteral("timetable.setUnavailability"),
                                       {{QStringLiteral("staffId"), petrov},
                                        {QStringLiteral("slots"), forbiddenSlots}});
    QVERIFY2(errorCode(set) == QLatin1String("(ok)"), qPrintable(set.error.message));
    QCOMPARE(arrayOf(set, "slots").size(), 2);
    // A teacher may read the slots but not change them.
    const Envelope read = m_teacher.call(QStringLiteral("timetable.unavailability"),
                                         {{QStringLiteral("staffId"), petrov}});
    QCOMPARE(arrayOf(read, "slots").size(), 2);
    QCOMPARE(text(read.result, "teacherName"), QStringLiteral("Петров О. И."));
    QCOMPARE(errorCode(m_teacher.call(QStringLiteral("timetable.setUnavailability"),
                                      {{QStringLiteral("staffId"), petrov},
                                       {QStringLiteral("slots"), QCborArray()}})),
             QStringLiteral("forbidden"));
    const QCborArray bad{QCborMap{{QStringLiteral("weekday"), 7}, {QStringLiteral("lessonNo"), 1}}};
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("timetable.setUnavailability"),
                                     {{QStringLiteral("staffId"), petrov},
                                      {QStringLiteral("slots"), bad}})),
             QStringLiteral("invalid"));

    const QCborArray batch{addChange(loadOf(QStringLiteral("Петров"), QStringLiteral("5А")), 5, 1)};
    const QCborMap forbidden = conflictOf(arrayOf(check(batch), "conflicts"),
                                          QStringLiteral("teacher_unavailable"));
    QCOMPARE(text(forbidden, "severity"), QStringLiteral("warning"));
    QCOMPARE(text(forbidden, "name"), QStringLiteral("Петров О. И."));
    QCOMPARE(errorCode(save(batch)), QStringLiteral("invalid"));
    QCOMPARE(errorCode(save(batch, {QStringLiteral("teacher_unavailable")})), QStringLiteral("(ok)"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT after::text FROM audit_event"
                                        " WHERE action = 'teacherUnavailability.set'")).toString()
                 .count(QStringLiteral("weekday")), 2);
}

void TestTimetable::swapIsTwoMovesInOneBatch()
{
    const qint64 math = place(loadOf(QStringLiteral("Иванова"), QStringLiteral("5А")), 1, 1);
    const qint64 russian = place(loadOf(QStringLiteral("Петров"), QStringLiteral("5А")), 1, 2);
    QVERIFY(math > 0 && russian > 0);
    // One move alone puts two lessons of 5А at once.
    const Envelope alone = save({moveChange(math, 1, 2)});
    QCOMPARE(errorCode(alone), QStringLiteral("invalid"));
    QCOMPARE(codes(alone.error.details.value(QStringLiteral("conflicts")).toArray()),
             QStringList{QStringLiteral("class_busy")});
    const Envelope swapped = save({moveChange(math, 1, 2), moveChange(russian, 1, 1)});
    QVERIFY2(errorCode(swapped) == QLatin1String("(ok)"), qPrintable(swapped.error.message));
    QCOMPARE(arrayOf(swapped, "entryIds"), (QCborArray{math, russian}));
    QCOMPARE(m_db->value(QStringLiteral("SELECT lesson_no FROM timetable_entry WHERE id = %1").arg(math)).toInt(), 2);
    QCOMPARE(m_db->value(QStringLiteral("SELECT lesson_no FROM timetable_entry WHERE id = %1").arg(russian)).toInt(), 1);
    // A malformed change names its element; removing works by entry id.
    const Envelope malformed = save({QCborMap{{QStringLiteral("op"), QStringLiteral("move")},
                                              {QStringLiteral("entryId"), math}}});
    QCOMPARE(errorCode(malformed), QStringLiteral("invalid"));
    QVERIFY(malformed.error.details.contains(QStringLiteral("changes[0]")));
    QCOMPARE(errorCode(save({QCborMap{{QStringLiteral("op"), QStringLiteral("remove")},
                                      {QStringLiteral("entryId"), math}}})),
             QStringLiteral("(ok)"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM timetable_entry")).toInt(), 1);
}

void TestTimetable::unplacedCountsHalfForAlternateWeeks()
{
    const qint64 math = loadOf(QStringLiteral("Иванова"), QStringLiteral("5А"));
    const qint64 russian = loadOf(QStringLiteral("Петров"), QStringLiteral("5А"));
    QVERIFY(place(math, 1, 1) > 0);
    QVERIFY(place(math, 2, 1) > 0);
    QCOMPARE(errorCode(save({addChange(russian, 1, 2, 0, 1)})), QStringLiteral("(ok)"));
    const Envelope unplaced = m_deputy.call(QStringLiteral("timetable.unplaced"),
                                            {{QStringLiteral("versionId"), m_version},
                                             {QStringLiteral("classId"), m_classes.value(QStringLiteral("5А"))}});
    QCOMPARE(errorCode(unplaced), QStringLiteral("(ok)"));
    QHash<qint64, double> remaining;
    for (const QCborValue &row : unplaced.result.toArray())
        remaining.insert(integer(row, "assignmentId"), row.toMap().value(QStringLiteral("remaining")).toDouble());
    QCOMPARE(remaining.value(math), 2.0);
    QCOMPARE(remaining.value(russian), 2.5);
    // 5А's list has its subgroups' English and the stream Громова attends; not 5Б's load.
    QCOMPARE(remaining.size(), 5);
    QVERIFY(!remaining.contains(loadOf(QStringLiteral("Иванова"), QStringLiteral("5Б"))));
}

void TestTimetable::versionsKeepHistory()
{
    const qint64 math = place(loadOf(QStringLiteral("Иванова"), QStringLiteral("5А")), 1, 1);
    QVERIFY(math > 0);
    const Envelope second = m_deputy.call(QStringLiteral("timetable.createVersion"),
                                          {{QStringLiteral("academicYearId"), m_year},
                                           {QStringLiteral("name"), QStringLiteral("Второе полугодие")},
                                           {QStringLiteral("validFrom"), QStringLiteral("2027-01-11")},
                                           {QStringLiteral("copyFromVersionId"), m_version}});
    QVERIFY2(errorCode(second) == QLatin1String("(ok)"), qPrintable(second.error.message));
    const qint64 v2 = integer(second.result, "id");
    QCOMPARE(integer(second.result, "entryCount"), 1);
    const Envelope versions = m_deputy.call(QStringLiteral("timetable.versions"),
                                            {{QStringLiteral("academicYearId"), m_year}});
    QCOMPARE(text(versions.result.toArray().at(0), "validTo"), QStringLiteral("2027-01-10"));
    // In January mathematics moves to Tuesday.
    const qint64 copied = idOf(QStringLiteral("SELECT id FROM timetable_entry WHERE version_id = %1").arg(v2));
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("timetable.save"),
                                     {{QStringLiteral("versionId"), v2},
                                      {QStringLiteral("changes"), QCborArray{moveChange(copied, 2, 3)}}})),
             QStringLiteral("(ok)"));
    const auto teacherWeek = [&](const QString &date) {
        return m_deputy.call(QStringLiteral("timetable.forTeacher"),
                             {{QStringLiteral("staffId"), m_staff.value(QStringLiteral("Иванова"))},
                              {QStringLiteral("date"), date}});
    };
    const Envelope december = teacherWeek(QStringLiteral("2026-12-15"));
    QCOMPARE(integer(december.result.toMap().value(QStringLiteral("version")), "id"), m_version);
    QCOMPARE(integer(arrayOf(december, "entries").at(0), "weekday"), 1);
    const Envelope february = teacherWeek(QStringLiteral("2027-02-01"));
    QCOMPARE(integer(february.result.toMap().value(QStringLiteral("version")), "id"), v2);
    QCOMPARE(integer(arrayOf(february, "entries").at(0), "weekday"), 2);
    QCOMPARE(integer(february.result, "weekParity"), 1);  // week 23 of the year (from 2026-08-31)
    // The teacher reads their own week by default.
    QCOMPARE(arrayOf(m_teacher.call(QStringLiteral("timetable.forTeacher"),
                                    {{QStringLiteral("date"), QStringLiteral("2026-12-15")}}),
                     "entries").size(), 1);

    // A version dated lessons were made from cannot be deleted; the message counts them.
    sql(QStringLiteral("INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no, teacher_id,"
                       " timetable_entry_id) SELECT school_id, assignment_id, '2027-02-02', 3,"
                       " %1, id FROM timetable_entry WHERE id = %2")
            .arg(m_staff.value(QStringLiteral("Иванова"))).arg(copied));
    const Envelope refused = m_deputy.call(QStringLiteral("timetable.deleteVersion"),
                                           {{QStringLiteral("id"), v2}});
    QCOMPARE(errorCode(refused), QStringLiteral("invalid"));
    QVERIFY2(refused.error.message.startsWith(QStringLiteral("1 dated lessons")),
             qPrintable(refused.error.message));
    sql(QStringLiteral("DELETE FROM lesson"));
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("timetable.deleteVersion"), {{QStringLiteral("id"), v2}})),
             QStringLiteral("(ok)"));
    QCOMPARE(text(m_deputy.call(QStringLiteral("timetable.versions"),
                                {{QStringLiteral("academicYearId"), m_year}}).result.toArray().at(0),
                  "validTo"),
             QStringLiteral("2027-05-31"));
}

void TestTimetable::onlyTheDeputyWrites()
{
    const QCborMap params{{QStringLiteral("versionId"), m_version},
                          {QStringLiteral("changes"),
                           QCborArray{addChange(loadOf(QStringLiteral("Иванова"), QStringLiteral("5А")), 1, 1)}}};
    QCOMPARE(errorCode(m_teacher.call(QStringLiteral("timetable.save"), params)), QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_student.call(QStringLiteral("timetable.save"), params)), QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_teacher.call(QStringLiteral("timetable.createVersion"),
                                      {{QStringLiteral("academicYearId"), m_year},
                                       {QStringLiteral("name"), QStringLiteral("Моё")},
                                       {QStringLiteral("validFrom"), QStringLiteral("2026-10-01")}})),
             QStringLiteral("forbidden"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM timetable_entry")).toInt(), 0);
    // Teachers read the whole school's grid, with its conflicts.
    QCOMPARE(errorCode(m_teacher.call(QStringLiteral("timetable.get"), {{QStringLiteral("versionId"), m_version}})),
             QStringLiteral("(ok)"));
}

void TestTimetable::studentReadsOwnClassOnly()
{
    QVERIFY(place(loadOf(QStringLiteral("Иванова"), QStringLiteral("5А")), 1, 1) > 0);
    QVERIFY(place(loadOf(QStringLiteral("Иванова"), QStringLiteral("5Б")), 1, 2) > 0);
    QVERIFY(save({addChange(loadOf(QStringLiteral("Сидорова"), QStringLiteral("5А англ. 1 гр.")), 2, 1),
                  addChange(loadOf(QStringLiteral("Петров"), QStringLiteral("5А англ. 2 гр.")), 2, 1)})
                .kind == Envelope::Kind::Result);
    const auto grid = [&](const QString &cls) {
        return m_student.call(QStringLiteral("timetable.get"),
                              {{QStringLiteral("versionId"), m_version},
                               {QStringLiteral("classId"), m_classes.value(cls)}});
    };
    const Envelope own = grid(QStringLiteral("5А"));
    QCOMPARE(errorCode(own), QStringLiteral("(ok)"));
    QCOMPARE(arrayOf(own, "entries").size(), 3);
    QCOMPARE(arrayOf(own, "conflicts").size(), 0);
    QCOMPARE(errorCode(grid(QStringLiteral("5Б"))), QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_student.call(QStringLiteral("timetable.get"), {{QStringLiteral("versionId"), m_version}})),
             QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_student.call(QStringLiteral("timetable.forTeacher"),
                                      {{QStringLiteral("staffId"), m_staff.value(QStringLiteral("Иванова"))}})),
             QStringLiteral("forbidden"));
    // The student's own week: the class's lessons and the own subgroup's, not the other's.
    const Envelope week = m_student.call(QStringLiteral("timetable.forStudent"),
                                         {{QStringLiteral("date"), QStringLiteral("2026-10-05")}});
    QCOMPARE(errorCode(week), QStringLiteral("(ok)"));
    QCOMPARE(text(week.result, "className"), QStringLiteral("5А"));
    QStringList targets;
    for (const QCborValue &row : arrayOf(week, "entries"))
        targets << text(row, "targetName");
    QCOMPARE(targets, (QStringList{QStringLiteral("5А"), QStringLiteral("5А англ. 1 гр.")}));
    QCOMPARE(errorCode(m_student.call(QStringLiteral("timetable.forStudent"),
                                      {{QStringLiteral("studentId"), m_students.value(QStringLiteral("Егоров"))}})),
             QStringLiteral("forbidden"));
}

void TestTimetable::otherConnectionsHearOfChanges()
{
    // The teacher's connection reads its socket while answering its own calls: events that
    // came before the save are read by the first call, the save's by the second.
    QCOMPARE(errorCode(m_teacher.call(QStringLiteral("system.methods"))), QStringLiteral("(ok)"));
    const qsizetype before = m_teacher.events().size();
    QVERIFY(place(loadOf(QStringLiteral("Иванова"), QStringLiteral("5А")), 1, 1) > 0);
    QCOMPARE(errorCode(m_teacher.call(QStringLiteral("system.methods"))), QStringLiteral("(ok)"));
    bool heard = false;
    for (const Envelope &event : m_teacher.events().mid(before))
        if (event.event == QLatin1String("timetable.changed")
            && event.data.value(QStringLiteral("versionId")).toInteger() == m_version)
            heard = true;
    QVERIFY(heard);
}

QTEST_GUILESS_MAIN(TestTimetable)
#include "tst_timetable.moc"

// Integration tests of the plan area over the real protocol: kinds of work, mark scales and
// the correction window (the deputy's settings); a teacher's КТП edited topic by topic,
// imported from CSV files as Excel saves them, copied from last year, compared with the
// lessons held and dated from the coming lessons; files attached to a lesson. Denials: another
// teacher, a director writing, a closed year. The year spans today, so "held" is real.
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QStringEncoder>
#include <QtTest>

using namespace ejournal;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

QString errorCode(const Envelope &e)
{
    return e.kind == Envelope::Kind::Error ? errorCodeName(e.error.code) : QStringLiteral("(ok)");
}

QString field(const QCborValue &row, const char *key)
{
    return row.toMap().value(QLatin1String(key)).toVariant().toString();
}

qint64 integer(const QCborValue &row, const char *key)
{
    return row.toMap().value(QLatin1String(key)).toInteger();
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}
} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workTypesSeededAndEdited();
    void scaleRefusedWhileMarksWouldFallOff();
    void correctionWindow();
    void topicsAddedMovedAndRemoved();
    void otherTeacherAndDirectorMayNotWrite();
    void importReportsEveryBrokenRow();
    void importReadsExcelFiles();
    void copyShiftsLastYearsDates();
    void closedYearIsReadOnly();
    void planVersusFact();
    void distributeDatesFromComingLessons();
    void attachments();

private:
    void sql(const QString &statement);
    qint64 idOf(const QString &query);
    qint64 staffUser(const QString &login, const QString &lastName, const QStringList &roles);
    qint64 loadOf(const QString &teacher, const QString &className);
    QDate lessonDate(int index);  // the index-th lesson of Иванова's 5А mathematics
    Envelope importCsv(const QByteArray &content, bool replace = false, bool dryRun = false);
    int auditCount(const QString &action);

    TestServer m_server;
    TestClient m_deputy;
    TestClient m_ivanova;
    TestClient m_petrova;
    TestClient m_director;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
    QDate m_start;  // the active year's first day (today - 100 days)
    qint64 m_load = 0;       // Иванова, 5А mathematics, this year
    qint64 m_oldLoad = 0;    // Иванова, 5А mathematics, last (closed) year
};

void TestPlan::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

qint64 TestPlan::idOf(const QString &query)
{
    const qint64 id = m_db->value(query).toLongLong();
    if (id == 0)
        qWarning("no id from %s: %s", qPrintable(query), qPrintable(m_db->error()));
    return id;
}

qint64 TestPlan::staffUser(const QString &login, const QString &lastName, const QStringList &roles)
{
    const qint64 user = m_server.createUser(login, kPassword, roles);
    sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, user_id)"
                       " VALUES (%1, '%2', 'Анна', %3)").arg(m_school).arg(lastName).arg(user));
    return idOf(QStringLiteral("SELECT id FROM staff WHERE last_name = '%1'").arg(lastName));
}

qint64 TestPlan::loadOf(const QString &teacher, const QString &className)
{
    return idOf(QStringLiteral(
        "SELECT a.id FROM assignment a JOIN staff st ON st.id = a.staff_id"
        "  JOIN class_unit c ON c.id = a.class_id JOIN academic_year y ON y.id = c.academic_year_id"
        " WHERE st.last_name = '%1' AND c.grade || c.letter = '%2' AND y.state = 'active'")
                    .arg(teacher, className));
}

QDate TestPlan::lessonDate(int index)
{
    return m_db->value(QStringLiteral("SELECT on_date FROM lesson WHERE assignment_id = %1"
                                      " ORDER BY on_date OFFSET %2 LIMIT 1").arg(m_load).arg(index))
        .toDate();
}

Envelope TestPlan::importCsv(const QByteArray &content, bool replace, bool dryRun)
{
    return m_ivanova.call(QStringLiteral("plan.import"),
                          {{QStringLiteral("assignmentId"), m_load},
                           {QStringLiteral("content"), content},
                           {QStringLiteral("replace"), replace},
                           {QStringLiteral("dryRun"), dryRun}});
}

int TestPlan::auditCount(const QString &action)
{
    return m_db->value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = '%1'")
                           .arg(action)).toInt();
}

void TestPlan::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    m_school = idOf(QStringLiteral("SELECT id FROM school"));
    m_start = QDate::currentDate().addDays(-100);
    const QString s = QString::number(m_school);
    sql(QStringLiteral(
        "INSERT INTO academic_year (school_id, name, starts_on, ends_on, state) VALUES"
        " (%1, 'Прошлый', '%2', '%3', 'closed'), (%1, 'Текущий', '%4', '%5', 'active')")
            .arg(s, iso(m_start.addYears(-1)), iso(m_start.addDays(-1)), iso(m_start),
                 iso(m_start.addDays(270))));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter)"
                       " SELECT %1, y.id, 5, l FROM academic_year y, (VALUES ('А'), ('Б')) v(l)")
            .arg(s));
    sql(QStringLiteral("INSERT INTO subject (school_id, name, short_name) VALUES"
                       " (%1, 'Математика', 'Мат.'), (%1, 'Русский язык', 'Рус.')").arg(s));
    staffUser(QStringLiteral("ivanova"), QStringLiteral("Иванова"), {QStringLiteral("teacher")});
    staffUser(QStringLiteral("petrova"), QStringLiteral("Петрова"), {QStringLiteral("teacher")});
    staffUser(QStringLiteral("zavuch"), QStringLiteral("Завучева"), {QStringLiteral("deputy")});
    staffUser(QStringLiteral("director"), QStringLiteral("Директорова"), {QStringLiteral("director")});
    sql(QStringLiteral(
        "INSERT INTO assignment (school_id, staff_id, subject_id, class_id, hours_per_week)"
        " SELECT %1, st.id, su.id, c.id, 5 FROM class_unit c"
        "  JOIN staff st ON st.last_name = CASE c.letter WHEN 'А' THEN 'Иванова' ELSE 'Петрова' END"
        "  JOIN subject su ON su.name = 'Математика'").arg(s));
    m_load = loadOf(QStringLiteral("Иванова"), QStringLiteral("5А"));
    m_oldLoad = idOf(QStringLiteral(
        "SELECT a.id FROM assignment a JOIN class_unit c ON c.id = a.class_id"
        "  JOIN academic_year y ON y.id = c.academic_year_id"
        " WHERE y.state = 'closed' AND c.letter = 'А'"));
    // A lesson every third day of this year for both loads.
    sql(QStringLiteral(
        "INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no, teacher_id)"
        " SELECT a.school_id, a.id, d::date, 2, a.staff_id FROM assignment a"
        "  JOIN class_unit c ON c.id = a.class_id JOIN academic_year y ON y.id = c.academic_year_id,"
        "  generate_series(y.starts_on, y.ends_on, interval '3 days') d"));
    QVERIFY(m_deputy.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(m_deputy.login(QStringLiteral("zavuch"), kPassword)), QStringLiteral("(ok)"));
    QVERIFY(m_ivanova.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(m_ivanova.login(QStringLiteral("ivanova"), kPassword)), QStringLiteral("(ok)"));
    QVERIFY(m_petrova.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(m_petrova.login(QStringLiteral("petrova"), kPassword)), QStringLiteral("(ok)"));
    QVERIFY(m_director.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(m_director.login(QStringLiteral("director"), kPassword)), QStringLiteral("(ok)"));
}

void TestPlan::workTypesSeededAndEdited()
{
    const QCborArray seeded = m_ivanova.call(QStringLiteral("workTypes.list")).result.toArray();
    QCOMPARE(seeded.size(), 13);
    QCOMPARE(field(seeded.first(), "name"), QStringLiteral("Ответ на уроке"));
    QHash<QString, double> weights;
    for (const QCborValue &w : seeded)
        weights.insert(field(w, "shortName"), w.toMap().value(QStringLiteral("weight")).toDouble());
    QCOMPARE(weights.value(QStringLiteral("КР")), 2.0);
    QCOMPARE(weights.value(QStringLiteral("СР")), 1.5);

    const Envelope created = m_deputy.call(QStringLiteral("workTypes.create"),
        {{QStringLiteral("name"), QStringLiteral("Диагностическая работа")},
         {QStringLiteral("shortName"), QStringLiteral("ДР")},
         {QStringLiteral("weight"), 1.5}});
    QCOMPARE(errorCode(created), QStringLiteral("(ok)"));
    QCOMPARE(integer(created.result, "ordinal"), 14);
    const Envelope taken = m_deputy.call(QStringLiteral("workTypes.create"),
        {{QStringLiteral("name"), QStringLiteral("Контрольная")}, {QStringLiteral("shortName"), QStringLiteral("КР")}});
    QCOMPARE(errorCode(taken), QStringLiteral("invalid"));
    QVERIFY2(taken.error.message.contains(QStringLiteral("«Контрольная работа»")), qPrintable(taken.error.message));
    QVERIFY(taken.error.details.contains(QStringLiteral("shortName")));
    const Envelope heavy = m_deputy.call(QStringLiteral("workTypes.update"),
        {{QStringLiteral("id"), integer(created.result, "id")}, {QStringLiteral("weight"), 0.15}});
    QCOMPARE(errorCode(heavy), QStringLiteral("invalid"));
    QVERIFY(heavy.error.details.contains(QStringLiteral("weight")));
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("workTypes.create"),
        {{QStringLiteral("name"), QStringLiteral("Моя")}, {QStringLiteral("shortName"), QStringLiteral("М")}})),
             QStringLiteral("forbidden"));

    const Envelope archived = m_deputy.call(QStringLiteral("workTypes.update"),
        {{QStringLiteral("id"), integer(created.result, "id")}, {QStringLiteral("archived"), true},
         {QStringLiteral("allowsAbsent"), true}});
    QCOMPARE(errorCode(archived), QStringLiteral("(ok)"));
    QCOMPARE(archived.result.toMap().value(QStringLiteral("archived")).toBool(), true);
    QCOMPARE(m_db->value(QStringLiteral(
                 "SELECT before::text || ' ' || after::text FROM audit_event"
                 " WHERE action = 'work_type.update'")).toString(),
             QStringLiteral("{\"archived\": false, \"allowsAbsent\": false}"
                            " {\"archived\": true, \"allowsAbsent\": true}"));
}

void TestPlan::scaleRefusedWhileMarksWouldFallOff()
{
    const QCborArray scales = m_ivanova.call(QStringLiteral("scales.list")).result.toArray();
    QCOMPARE(scales.size(), 2);
    QCOMPARE(field(scales.first(), "subjectName"), QStringLiteral("Математика"));
    QCOMPARE(field(scales.first(), "scale"), QStringLiteral("five"));
    const qint64 maths = integer(scales.first(), "subjectId");
    // Two marks of this year (a 4 and a 5) in mathematics.
    sql(QStringLiteral("INSERT INTO student (school_id, last_name, first_name) VALUES (%1, 'Алексеев', 'Иван')")
            .arg(m_school));
    const QString lesson = QStringLiteral("(SELECT id FROM lesson WHERE assignment_id = %1 ORDER BY on_date LIMIT 1)").arg(m_load);
    sql(QStringLiteral("INSERT INTO journal_cell (school_id, lesson_id, student_id)"
                       " SELECT %1, %2, id FROM student").arg(m_school).arg(lesson));
    sql(QStringLiteral("INSERT INTO mark (school_id, lesson_id, student_id, position, value, work_type_id)"
                       " SELECT %1, %2, s.id, p, v, (SELECT min(id) FROM work_type)"
                       " FROM student s, (VALUES (1, '4'), (2, '5')) m(p, v)").arg(m_school).arg(lesson));

    const Envelope pass = m_deputy.call(QStringLiteral("scales.set"),
        {{QStringLiteral("subjectId"), maths}, {QStringLiteral("scale"), QStringLiteral("pass")}});
    QCOMPARE(errorCode(pass), QStringLiteral("invalid"));
    QVERIFY2(pass.error.message.contains(QStringLiteral("2 marks")), qPrintable(pass.error.message));
    const Envelope ten = m_deputy.call(QStringLiteral("scales.set"),
        {{QStringLiteral("subjectId"), maths}, {QStringLiteral("scale"), QStringLiteral("ten")}});
    QCOMPARE(errorCode(ten), QStringLiteral("(ok)"));
    QCOMPARE(field(m_ivanova.call(QStringLiteral("scales.list")).result.toArray().first(), "scale"),
             QStringLiteral("ten"));
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("scales.set"),
        {{QStringLiteral("subjectId"), maths}, {QStringLiteral("scale"), QStringLiteral("hundred")}})),
             QStringLiteral("invalid"));
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("scales.set"),
        {{QStringLiteral("subjectId"), maths}, {QStringLiteral("scale"), QStringLiteral("five")}})),
             QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("scales.set"),
        {{QStringLiteral("subjectId"), maths}, {QStringLiteral("scale"), QStringLiteral("five")}})),
             QStringLiteral("(ok)"));
    QCOMPARE(auditCount(QStringLiteral("subject_scale.set")), 2);
    sql(QStringLiteral("DELETE FROM journal_cell"));
}

void TestPlan::correctionWindow()
{
    QCOMPARE(integer(m_ivanova.call(QStringLiteral("journalSettings.get")).result, "correctionDays"), 7);
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("journalSettings.set"), {{QStringLiteral("correctionDays"), 3}})),
             QStringLiteral("forbidden"));
    const Envelope tooLong = m_deputy.call(QStringLiteral("journalSettings.set"), {{QStringLiteral("correctionDays"), 400}});
    QCOMPARE(errorCode(tooLong), QStringLiteral("invalid"));
    QVERIFY(tooLong.error.details.contains(QStringLiteral("correctionDays")));
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("journalSettings.set"), {{QStringLiteral("correctionDays"), 3}})),
             QStringLiteral("(ok)"));
    QCOMPARE(integer(m_ivanova.call(QStringLiteral("journalSettings.get")).result, "correctionDays"), 3);
    QCOMPARE(m_db->value(QStringLiteral("SELECT after->>'correctionDays' FROM audit_event"
                                        " WHERE action = 'journal_setting.set'")).toString(),
             QStringLiteral("3"));
}

void TestPlan::topicsAddedMovedAndRemoved()
{
    const auto create = [&](const QString &topic, const QCborMap &extra) {
        QCborMap params = extra;
        params.insert(QStringLiteral("assignmentId"), m_load);
        params.insert(QStringLiteral("topic"), topic);
        return m_ivanova.call(QStringLiteral("plan.create"), params);
    };
    const Envelope first = create(QStringLiteral("Натуральные числа"),
                                  {{QStringLiteral("section"), QStringLiteral("Числа")},
                                   {QStringLiteral("hours"), 2},
                                   {QStringLiteral("plannedOn"), iso(lessonDate(0))}});
    QCOMPARE(errorCode(first), QStringLiteral("(ok)"));
    QCOMPARE(integer(first.result, "ordinal"), 1);
    QCOMPARE(first.result.toMap().value(QStringLiteral("hours")).toDouble(), 2.0);
    const Envelope third = create(QStringLiteral("Дроби"), {});
    const Envelope second = create(QStringLiteral("Сложение"),
                                   {{QStringLiteral("afterId"), integer(first.result, "id")}});
    QCOMPARE(integer(second.result, "ordinal"), 2);
    QStringList topics;
    for (const QCborValue &row : m_ivanova.call(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), m_load}}).result.toArray())
        topics << field(row, "topic");
    QCOMPARE(topics, QStringList({QStringLiteral("Натуральные числа"), QStringLiteral("Сложение"), QStringLiteral("Дроби")}));

    const Envelope outside = m_ivanova.call(QStringLiteral("plan.update"),
        {{QStringLiteral("id"), integer(third.result, "id")},
         {QStringLiteral("plannedOn"), iso(m_start.addDays(-5))}});
    QCOMPARE(errorCode(outside), QStringLiteral("invalid"));
    QVERIFY(outside.error.details.contains(QStringLiteral("plannedOn")));
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("plan.update"),
        {{QStringLiteral("id"), integer(third.result, "id")}, {QStringLiteral("hours"), 0}})),
             QStringLiteral("invalid"));
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("plan.update"),
        {{QStringLiteral("id"), integer(third.result, "id")}, {QStringLiteral("topic"), QStringLiteral("  ")}})),
             QStringLiteral("invalid"));
    const Envelope updated = m_ivanova.call(QStringLiteral("plan.update"),
        {{QStringLiteral("id"), integer(third.result, "id")}, {QStringLiteral("controlWork"), true},
         {QStringLiteral("homework"), QStringLiteral("№ 12, 13")}});
    QCOMPARE(errorCode(updated), QStringLiteral("(ok)"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT after::text FROM audit_event WHERE action = 'plan_item.update'")).toString(),
             QStringLiteral("{\"homework\": \"№ 12, 13\", \"controlWork\": true}"));

    // Moving «Дроби» first; removing «Натуральные числа», linked to a lesson: the lesson keeps
    // its topic and gets a new version.
    const Envelope moved = m_ivanova.call(QStringLiteral("plan.move"),
        {{QStringLiteral("id"), integer(third.result, "id")}, {QStringLiteral("ordinal"), 1}});
    QCOMPARE(errorCode(moved), QStringLiteral("(ok)"));
    QCOMPARE(field(moved.result.toArray().first(), "topic"), QStringLiteral("Дроби"));
    QCOMPARE(integer(moved.result.toArray().last(), "ordinal"), 3);
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("plan.move"),
        {{QStringLiteral("id"), integer(third.result, "id")}, {QStringLiteral("ordinal"), 4}})),
             QStringLiteral("invalid"));
    const qint64 lesson = idOf(QStringLiteral("SELECT id FROM lesson WHERE assignment_id = %1 ORDER BY on_date LIMIT 1").arg(m_load));
    sql(QStringLiteral("UPDATE lesson SET plan_item_id = %1, topic = 'Натуральные числа' WHERE id = %2")
            .arg(integer(first.result, "id")).arg(lesson));
    const QCborArray linked = m_ivanova.call(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), m_load}}).result.toArray();
    QCOMPARE(integer(linked.at(1).toMap().value(QStringLiteral("lessons")).toArray().first(), "id"), lesson);
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("plan.delete"), {{QStringLiteral("id"), integer(first.result, "id")}})),
             QStringLiteral("(ok)"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT topic || ' ' || coalesce(plan_item_id, 0) || ' v' || version"
                                        " FROM lesson WHERE id = %1").arg(lesson)).toString(),
             QStringLiteral("Натуральные числа 0 v2"));
    const QCborArray left = m_ivanova.call(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), m_load}}).result.toArray();
    QCOMPARE(left.size(), 2);
    QCOMPARE(integer(left.at(1), "ordinal"), 2);
    QCOMPARE(field(left.at(1), "topic"), QStringLiteral("Сложение"));
    QCOMPARE(auditCount(QStringLiteral("plan_item.delete")), 1);
}

void TestPlan::otherTeacherAndDirectorMayNotWrite()
{
    const QCborMap create{{QStringLiteral("assignmentId"), m_load}, {QStringLiteral("topic"), QStringLiteral("Чужая тема")}};
    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("plan.create"), create)), QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), m_load}})),
             QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_director.call(QStringLiteral("plan.create"), create)), QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_director.call(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), m_load}})),
             QStringLiteral("(ok)"));
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("plan.create"), create)), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), 999999}})),
             QStringLiteral("not_found"));
}

void TestPlan::importReportsEveryBrokenRow()
{
    const int before = m_db->value(QStringLiteral("SELECT count(*) FROM plan_item")).toInt();
    const QByteArray broken = utf8(QStringLiteral(
        "№;Раздел;Тема;Часы;Дата;Домашнее задание;Контрольная\n"
        "1;Числа;Натуральные числа;2;;;нет\n"
        "2;Числа;;1;;;\n"
        "3;Числа;Сложение;много;31.02.2026;;может быть\n"));
    const Envelope e = importCsv(broken, true);
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    QVERIFY2(e.error.message.contains(QStringLiteral("2 rows")), qPrintable(e.error.message));
    QVERIFY(!e.error.details.contains(QStringLiteral("row 2")));
    QVERIFY(e.error.details.value(QStringLiteral("row 3")).toString().contains(QStringLiteral("Тема — не заполнено")));
    const QString row4 = e.error.details.value(QStringLiteral("row 4")).toString();
    QVERIFY2(row4.contains(QStringLiteral("Часы «много»")) && row4.contains(QStringLiteral("нет такой даты"))
                 && row4.contains(QStringLiteral("«может быть»")), qPrintable(row4));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM plan_item")).toInt(), before);

    const Envelope noTopic = importCsv(utf8(QStringLiteral("Раздел;Часы\nЧисла;2\n")), true);
    QCOMPARE(errorCode(noTopic), QStringLiteral("invalid"));
    QVERIFY(noTopic.error.details.value(QStringLiteral("file")).toString().contains(QStringLiteral("«Тема»")));
}

void TestPlan::importReadsExcelFiles()
{
    const QString text = QStringLiteral(
        "№;Раздел;Тема;Часы;Дата;Домашнее задание;Контрольная\r\n"
        "1;Числа;Натуральные числа;2;%1;\"№ 1; № 2\";нет\r\n"
        "2;Числа;Сложение и вычитание;1,5;%2;;\r\n"
        "3;Числа;Контрольная работа № 1;1;;;да\r\n")
                             .arg(lessonDate(0).toString(QStringLiteral("dd.MM.yyyy")), iso(lessonDate(2)));
    const QByteArray bom("\xEF\xBB\xBF");
    // The load already has a plan: refused without replace; a dry run writes nothing.
    const Envelope kept = importCsv(bom + utf8(text));
    QCOMPARE(errorCode(kept), QStringLiteral("invalid"));
    QVERIFY(kept.error.details.contains(QStringLiteral("replace")));
    const Envelope dry = importCsv(bom + utf8(text), true, true);
    QCOMPARE(errorCode(dry), QStringLiteral("(ok)"));
    QCOMPARE(integer(dry.result, "items"), 3);
    QCOMPARE(dry.result.toMap().value(QStringLiteral("rows")).toArray().size(), 3);
    QCOMPARE(auditCount(QStringLiteral("plan.import")), 0);
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM plan_item WHERE topic = 'Сложение и вычитание'")).toInt(), 0);

    const Envelope done = importCsv(bom + utf8(text), true);
    QCOMPARE(errorCode(done), QStringLiteral("(ok)"));
    const QCborArray plan = m_ivanova.call(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), m_load}}).result.toArray();
    QCOMPARE(plan.size(), 3);
    QCOMPARE(field(plan.at(0), "homework"), QStringLiteral("№ 1; № 2"));
    QCOMPARE(field(plan.at(0), "plannedOn"), iso(lessonDate(0)));
    QCOMPARE(plan.at(1).toMap().value(QStringLiteral("hours")).toDouble(), 1.5);
    QCOMPARE(field(plan.at(1), "plannedOn"), iso(lessonDate(2)));
    QCOMPARE(plan.at(2).toMap().value(QStringLiteral("controlWork")).toBool(), true);
    QVERIFY(plan.at(2).toMap().value(QStringLiteral("plannedOn")).isNull());
    QCOMPARE(auditCount(QStringLiteral("plan.import")), 1);

    // Tab-separated, and Windows-1251 with commas, as other programs save it.
    QString tabs = QStringLiteral("Тема\tЧасы\tДомашнее задание\nДроби; десятичные\t3\tстр. 10\n");
    QCOMPARE(errorCode(importCsv(utf8(tabs), true)), QStringLiteral("(ok)"));
    QCOMPARE(field(m_ivanova.call(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), m_load}}).result.toArray().first(), "topic"),
             QStringLiteral("Дроби; десятичные"));
    QStringEncoder cp1251("Windows-1251");
    if (cp1251.isValid()) {
        const QByteArray legacy = cp1251.encode(QStringLiteral("Тема,Часы\nПроценты,2\nПропорции,2\n"));
        const Envelope e = importCsv(legacy, true);
        QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
        QCOMPARE(integer(e.result, "items"), 2);
        QCOMPARE(field(e.result.toMap().value(QStringLiteral("rows")).toArray().first(), "topic"),
                 QStringLiteral("Проценты"));
    }
}

void TestPlan::copyShiftsLastYearsDates()
{
    sql(QStringLiteral(
        "INSERT INTO plan_item (school_id, assignment_id, ordinal, topic, hours, planned_on)"
        " VALUES (%1, %2, 1, 'Повторение', 2, '%3'), (%1, %2, 2, 'Уравнения', 3, '%4')")
            .arg(m_school).arg(m_oldLoad).arg(iso(m_start.addYears(-1).addDays(10)),
                                              iso(m_start.addYears(-1).addDays(20))));
    const QCborMap params{{QStringLiteral("fromAssignmentId"), m_oldLoad},
                          {QStringLiteral("toAssignmentId"), m_load}};
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("plan.copy"), params)), QStringLiteral("invalid"));
    QCborMap replace = params;
    replace.insert(QStringLiteral("replace"), true);
    const Envelope e = m_ivanova.call(QStringLiteral("plan.copy"), replace);
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QCOMPARE(integer(e.result, "items"), 2);
    const QCborArray plan = m_ivanova.call(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), m_load}}).result.toArray();
    QCOMPARE(field(plan.at(0), "topic"), QStringLiteral("Повторение"));
    QCOMPARE(field(plan.at(0), "plannedOn"), iso(m_start.addYears(-1).addDays(10).addYears(1)));
    QCOMPARE(plan.at(1).toMap().value(QStringLiteral("hours")).toDouble(), 3.0);
    // Петрова may not read Иванова's plan, so may not copy it either.
    const QCborMap foreign{{QStringLiteral("fromAssignmentId"), m_load},
                           {QStringLiteral("toAssignmentId"), loadOf(QStringLiteral("Петрова"), QStringLiteral("5Б"))}};
    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("plan.copy"), foreign)), QStringLiteral("forbidden"));
}

void TestPlan::closedYearIsReadOnly()
{
    const Envelope list = m_ivanova.call(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), m_oldLoad}});
    QCOMPARE(list.result.toArray().size(), 2);
    const Envelope create = m_ivanova.call(QStringLiteral("plan.create"),
        {{QStringLiteral("assignmentId"), m_oldLoad}, {QStringLiteral("topic"), QStringLiteral("Поздно")}});
    QCOMPARE(errorCode(create), QStringLiteral("invalid"));
    QVERIFY2(create.error.message.contains(QStringLiteral("closed")), qPrintable(create.error.message));
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("plan.delete"), {{QStringLiteral("id"), integer(list.result.toArray().first(), "id")}})),
             QStringLiteral("invalid"));
    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("plan.copy"),
        {{QStringLiteral("fromAssignmentId"), m_load}, {QStringLiteral("toAssignmentId"), m_oldLoad},
         {QStringLiteral("replace"), true}})), QStringLiteral("invalid"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM plan_item WHERE assignment_id = %1").arg(m_oldLoad)).toInt(), 2);
}

void TestPlan::planVersusFact()
{
    const QDate today = QDate::currentDate();
    // Done on time, done late, behind, planned ahead; the lessons 0 and 5 are linked.
    sql(QStringLiteral("DELETE FROM plan_item WHERE assignment_id = %1").arg(m_load));
    sql(QStringLiteral(
        "INSERT INTO plan_item (school_id, assignment_id, ordinal, topic, planned_on) VALUES"
        " (%1, %2, 1, 'Вовремя', '%3'), (%1, %2, 2, 'С опозданием', '%4'),"
        " (%1, %2, 3, 'Отстаём', '%5'), (%1, %2, 4, 'Впереди', '%6')")
            .arg(m_school).arg(m_load)
            .arg(iso(lessonDate(0)), iso(lessonDate(2)), iso(lessonDate(4)), iso(today.addDays(20))));
    sql(QStringLiteral("UPDATE lesson SET plan_item_id = p.id FROM plan_item p"
                       " WHERE p.assignment_id = lesson.assignment_id AND lesson.assignment_id = %1"
                       "   AND ((p.ordinal = 1 AND lesson.on_date = '%2') OR (p.ordinal = 2 AND lesson.on_date = '%3'))")
            .arg(m_load).arg(iso(lessonDate(0)), iso(lessonDate(5))));
    sql(QStringLiteral("UPDATE lesson SET topic = 'Повторение' WHERE assignment_id = %1 AND on_date = '%2'")
            .arg(m_load).arg(iso(lessonDate(1))));
    const Envelope e = m_ivanova.call(QStringLiteral("plan.fact"), {{QStringLiteral("assignmentId"), m_load}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QStringList states;
    for (const QCborValue &item : e.result.toMap().value(QStringLiteral("items")).toArray())
        states << field(item, "state");
    QCOMPARE(states, QStringList({QStringLiteral("done"), QStringLiteral("late"), QStringLiteral("behind"), QStringLiteral("planned")}));
    const int held = m_db->value(QStringLiteral("SELECT count(*) FROM lesson WHERE assignment_id = %1 AND on_date <= current_date")
                                     .arg(m_load)).toInt();
    QCOMPARE(integer(e.result, "heldHours"), held);
    QCOMPARE(e.result.toMap().value(QStringLiteral("plannedHours")).toDouble(), 4.0);
    const QCborArray unplanned = e.result.toMap().value(QStringLiteral("unplanned")).toArray();
    QCOMPARE(unplanned.size(), held - 2);
    QCOMPARE(field(unplanned.first(), "topic"), QStringLiteral("Повторение"));
    QCOMPARE(field(unplanned.first(), "date"), iso(lessonDate(1)));

    // A period holding only the first days: only the topics planned or held in it.
    sql(QStringLiteral("INSERT INTO period_scheme (school_id, academic_year_id, kind, name)"
                       " SELECT school_id, id, 'quarters', 'Четверти' FROM academic_year WHERE state = 'active'"));
    sql(QStringLiteral("INSERT INTO period (school_id, scheme_id, ordinal, name, starts_on, ends_on)"
                       " SELECT school_id, id, 1, '1 четверть', '%1', '%2' FROM period_scheme")
            .arg(iso(m_start), iso(lessonDate(3))));
    const Envelope first = m_ivanova.call(QStringLiteral("plan.fact"),
        {{QStringLiteral("assignmentId"), m_load}, {QStringLiteral("periodId"), idOf(QStringLiteral("SELECT id FROM period"))}});
    QCOMPARE(first.result.toMap().value(QStringLiteral("items")).toArray().size(), 2);
    QCOMPARE(integer(first.result, "heldHours"), 4);
}

void TestPlan::distributeDatesFromComingLessons()
{
    sql(QStringLiteral("UPDATE plan_item SET hours = 2 WHERE assignment_id = %1 AND ordinal = 3").arg(m_load));
    const QDate from = QDate::currentDate().addDays(1);
    const Envelope e = m_ivanova.call(QStringLiteral("plan.distribute"),
        {{QStringLiteral("assignmentId"), m_load}, {QStringLiteral("from"), iso(from)}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QCOMPARE(integer(e.result, "items"), 2);  // the two topics no lesson covers yet
    const QList<QDate> coming = [&] {
        QList<QDate> out;
        for (int i = 0; out.size() < 3; ++i)
            if (lessonDate(i) >= from)
                out << lessonDate(i);
        return out;
    }();
    const QCborArray plan = m_ivanova.call(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), m_load}}).result.toArray();
    QCOMPARE(field(plan.at(0), "plannedOn"), iso(lessonDate(0)));  // covered: kept
    QCOMPARE(field(plan.at(2), "plannedOn"), iso(coming.at(0)));   // 2 hours: lessons 1 and 2
    QCOMPARE(field(plan.at(3), "plannedOn"), iso(coming.at(2)));
    QCOMPARE(auditCount(QStringLiteral("plan.distribute")), 1);
}

void TestPlan::attachments()
{
    const qint64 lesson = idOf(QStringLiteral("SELECT id FROM lesson WHERE assignment_id = %1 ORDER BY on_date LIMIT 1").arg(m_load));
    const QByteArray pdf("%PDF-1.4\n% homework\n");
    const Envelope added = m_ivanova.call(QStringLiteral("attachments.add"),
        {{QStringLiteral("lessonId"), lesson}, {QStringLiteral("fileName"), QStringLiteral("C:\\Docs\\задание.pdf")},
         {QStringLiteral("content"), pdf}});
    QCOMPARE(errorCode(added), QStringLiteral("(ok)"));
    QCOMPARE(field(added.result, "fileName"), QStringLiteral("задание.pdf"));
    QCOMPARE(field(added.result, "mimeType"), QStringLiteral("application/pdf"));
    const QCborArray list = m_director.call(QStringLiteral("attachments.list"), {{QStringLiteral("lessonId"), lesson}}).result.toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(integer(list.first(), "size"), pdf.size());
    QCOMPARE(field(list.first(), "uploadedBy"), m_db->value(QStringLiteral("SELECT full_name FROM app_user WHERE login = 'ivanova'")).toString());
    const Envelope got = m_ivanova.call(QStringLiteral("attachments.get"), {{QStringLiteral("id"), integer(added.result, "id")}});
    QCOMPARE(got.result.toMap().value(QStringLiteral("content")).toByteArray(), pdf);

    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("attachments.get"), {{QStringLiteral("id"), integer(added.result, "id")}})),
             QStringLiteral("forbidden"));
    const QCborMap petrovasFile{{QStringLiteral("lessonId"), lesson}, {QStringLiteral("fileName"), QStringLiteral("a.txt")},
                                {QStringLiteral("content"), QByteArray("x")}};
    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("attachments.add"), petrovasFile)), QStringLiteral("forbidden"));
    // Петрова substitutes the lesson: now she may attach to it.
    sql(QStringLiteral("UPDATE lesson SET teacher_id = (SELECT id FROM staff WHERE last_name = 'Петрова') WHERE id = %1").arg(lesson));
    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("attachments.add"), petrovasFile)), QStringLiteral("(ok)"));

    const Envelope huge = m_ivanova.call(QStringLiteral("attachments.add"),
        {{QStringLiteral("lessonId"), lesson}, {QStringLiteral("fileName"), QStringLiteral("video.mp4")},
         {QStringLiteral("content"), QByteArray(10 * 1024 * 1024 + 1, 'x')}});
    QCOMPARE(errorCode(huge), QStringLiteral("invalid"));
    QVERIFY(huge.error.details.contains(QStringLiteral("content")));

    QCOMPARE(errorCode(m_ivanova.call(QStringLiteral("attachments.remove"), {{QStringLiteral("id"), integer(added.result, "id")}})),
             QStringLiteral("(ok)"));
    QCOMPARE(m_ivanova.call(QStringLiteral("attachments.list"), {{QStringLiteral("lessonId"), lesson}}).result.toArray().size(), 1);
    QCOMPARE(m_db->value(QStringLiteral("SELECT before->>'fileName' FROM audit_event WHERE action = 'attachment.remove'")).toString(),
             QStringLiteral("задание.pdf"));
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"

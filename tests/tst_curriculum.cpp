// Integration tests of the curriculum and the teaching load over the real protocol: a deputy
// builds a class's plan and copies it, the legal limits are enforced, the coverage view finds
// the gaps, teachers only read, and every change is in the audit log with before and after.
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

QString detail(const Envelope &e, const char *field)
{
    return e.error.details.value(QLatin1String(field)).toString();
}

QCborArray rowsOf(const Envelope &e)
{
    return e.result.toMap().value(QStringLiteral("rows")).toArray();
}

QString text(const QCborValue &row, const char *key)
{
    return row.toMap().value(QLatin1String(key)).toString();
}

double number(const QCborValue &row, const char *key)
{
    return row.toMap().value(QLatin1String(key)).toDouble();
}

// The coverage row of a subject (by name) in a class (by name).
QCborMap coverageRow(const Envelope &e, const QString &className, const QString &subject)
{
    for (const QCborValue &row : rowsOf(e))
        if (text(row, "className") == className && text(row, "subjectName") == subject)
            return row.toMap();
    return {};
}
} // namespace

class TestCurriculum : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deputyBuildsPlanAndCopiesIt();
    void setIsAuditedWithBeforeAndAfter();
    void weeklyMaximumRefusedWithNumbers();
    void hoursComeInHalfHours();
    void closedYearAndArchivedRefused();
    void teacherReadsButCannotWrite();
    void otherSchoolIsNotFound();
    void loadRules();
    void coverageFlagsGaps();

private:
    void sql(const QString &statement);
    qint64 idOf(const QString &query);
    Envelope call(const QString &method, const QCborMap &params);
    Envelope setHours(qint64 classId, const QString &subject, const QString &part, double hours);
    Envelope createLoad(const QString &teacher, const QString &subject, const char *targetKey,
                        qint64 targetId, double hours);
    QVariantList lastAudit(const QString &action);

    TestServer m_server;
    TestClient m_deputy;
    std::unique_ptr<TestConnection> m_db;
    qint64 m_school = 0;
    qint64 m_year = 0;
    qint64 m_closedClass = 0;
    qint64 m_otherSchoolClass = 0;
    qint64 m_otherSchoolYear = 0;
    QHash<QString, qint64> m_classes;  // "5А" -> id (this year)
    QHash<QString, qint64> m_subjects; // name -> id
    QHash<QString, qint64> m_staff;    // last name -> id
    QHash<QString, qint64> m_groups;   // name -> id
};

void TestCurriculum::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

qint64 TestCurriculum::idOf(const QString &query)
{
    const qint64 id = m_db->value(query).toLongLong();
    if (id == 0)
        qWarning("no id from %s: %s", qPrintable(query), qPrintable(m_db->error()));
    return id;
}

Envelope TestCurriculum::call(const QString &method, const QCborMap &params)
{
    return m_deputy.call(method, params);
}

Envelope TestCurriculum::setHours(qint64 classId, const QString &subject, const QString &part,
                                  double hours)
{
    return call(QStringLiteral("curriculum.set"),
                {{QStringLiteral("classId"), classId},
                 {QStringLiteral("subjectId"), m_subjects.value(subject)},
                 {QStringLiteral("part"), part},
                 {QStringLiteral("hoursPerWeek"), hours}});
}

Envelope TestCurriculum::createLoad(const QString &teacher, const QString &subject,
                                    const char *targetKey, qint64 targetId, double hours)
{
    return call(QStringLiteral("load.create"),
                {{QStringLiteral("staffId"), m_staff.value(teacher)},
                 {QStringLiteral("subjectId"), m_subjects.value(subject)},
                 {QLatin1String(targetKey), targetId},
                 {QStringLiteral("hoursPerWeek"), hours}});
}

// [entity_id, before::text, after::text, user login] of the newest audit row of an action.
QVariantList TestCurriculum::lastAudit(const QString &action)
{
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral(
        "SELECT a.entity_id, a.before::text, a.after::text, u.login FROM audit_event a"
        "  LEFT JOIN app_user u ON u.id = a.user_id"
        " WHERE a.action = ? ORDER BY a.id DESC LIMIT 1"));
    q.addBindValue(action);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0), q.value(1), q.value(2), q.value(3)};
}

void TestCurriculum::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    m_school = idOf(QStringLiteral("SELECT id FROM school"));
    const qint64 deputyUser = m_server.createUser(QStringLiteral("deputy"), kPassword,
                                                  {QStringLiteral("deputy")}, false,
                                                  QStringLiteral("Завучева Ольга Ивановна"));
    const qint64 teacherUser = m_server.createUser(QStringLiteral("teacher"), kPassword,
                                                   {QStringLiteral("teacher")}, false,
                                                   QStringLiteral("Иванова Мария Петровна"));
    QVERIFY(deputyUser > 0 && teacherUser > 0);
    const QString s = QString::number(m_school);

    sql(QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, '2026/2027', '2026-09-01', '2027-05-31', 'active'),"
                       "        (%1, '2025/2026', '2025-09-01', '2026-05-31', 'closed')")
            .arg(s));
    m_year = idOf(QStringLiteral("SELECT id FROM academic_year WHERE name = '2026/2027'"));
    sql(QStringLiteral(
            "INSERT INTO subject (school_id, name, short_name, component, archived) VALUES"
            " (%1, 'Русский язык', 'Рус. яз.', 'federal', false),"
            " (%1, 'Математика', 'Матем.', 'federal', false),"
            " (%1, 'Английский язык', 'Англ. яз.', 'federal', false),"
            " (%1, 'Информатика', 'Информ.', 'school', false),"
            " (%1, 'Физическая культура', 'Физ-ра', 'federal', false),"
            " (%1, 'Технология', 'Технол.', 'federal', false),"
            " (%1, 'Черчение', 'Черч.', 'school', true)")
            .arg(s));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter)"
                       " SELECT %1, %2, g, l FROM (VALUES (5, 'А'), (5, 'Б'), (5, 'В'), (1, 'А'))"
                       " AS v(g, l)")
            .arg(s)
            .arg(m_year));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter)"
                       " SELECT %1, id, 5, 'А' FROM academic_year WHERE name = '2025/2026'")
            .arg(s));
    sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, middle_name, user_id,"
                       " archived) VALUES"
                       " (%1, 'Иванова', 'Мария', 'Петровна', %2, false),"
                       " (%1, 'Петров', 'Олег', 'Иванович', NULL, false),"
                       " (%1, 'Сидорова', 'Анна', 'Викторовна', NULL, false),"
                       " (%1, 'Архипов', 'Борис', '', NULL, true),"
                       " (%1, 'Завучева', 'Ольга', 'Ивановна', %3, false)")
            .arg(s)
            .arg(teacherUser)
            .arg(deputyUser));
    sql(QStringLiteral(
            "INSERT INTO study_group (school_id, academic_year_id, kind, name, class_id,"
            " subject_id)"
            " SELECT %1, %2, 'subgroup', c.letter_name, c.id, s.id"
            "   FROM (SELECT id, grade || letter || ' англ. ' || n || ' гр.' AS letter_name"
            "           FROM class_unit, generate_series(1, 2) n"
            "          WHERE academic_year_id = %2 AND grade = 5 AND letter IN ('А', 'Б')) c,"
            "        subject s WHERE s.name = 'Английский язык'")
            .arg(s)
            .arg(m_year));

    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT grade || letter, id FROM class_unit"
                                  " WHERE academic_year_id = %1")
                       .arg(m_year)));
    while (q.next())
        m_classes.insert(q.value(0).toString(), q.value(1).toLongLong());
    QVERIFY(q.exec(QStringLiteral("SELECT name, id FROM subject")));
    while (q.next())
        m_subjects.insert(q.value(0).toString(), q.value(1).toLongLong());
    QVERIFY(q.exec(QStringLiteral("SELECT last_name, id FROM staff")));
    while (q.next())
        m_staff.insert(q.value(0).toString(), q.value(1).toLongLong());
    QVERIFY(q.exec(QStringLiteral("SELECT name, id FROM study_group")));
    while (q.next())
        m_groups.insert(q.value(0).toString(), q.value(1).toLongLong());
    QCOMPARE(m_classes.size(), 4);
    QCOMPARE(m_groups.size(), 4);
    m_closedClass = idOf(QStringLiteral("SELECT c.id FROM class_unit c JOIN academic_year y"
                                        " ON y.id = c.academic_year_id WHERE y.state = 'closed'"));

    // Another school on the same server, with a year and a class of its own.
    sql(QStringLiteral("INSERT INTO school (name) VALUES ('Другая школа')"));
    sql(QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on)"
                       " SELECT id, '2026/2027', '2026-09-01', '2027-05-31' FROM school"
                       "  WHERE name = 'Другая школа'"));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter)"
                       " SELECT school_id, id, 5, 'А' FROM academic_year"
                       "  WHERE school_id = (SELECT id FROM school WHERE name = 'Другая школа')"));
    m_otherSchoolClass = idOf(
        QStringLiteral("SELECT id FROM class_unit WHERE school_id <> %1").arg(s));
    m_otherSchoolYear = idOf(
        QStringLiteral("SELECT id FROM academic_year WHERE school_id <> %1").arg(s));

    QVERIFY(m_deputy.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(m_deputy.login(QStringLiteral("deputy"), kPassword)),
             QStringLiteral("(ok)"));
}

void TestCurriculum::deputyBuildsPlanAndCopiesIt()
{
    const qint64 a = m_classes.value(QStringLiteral("5А"));
    const qint64 b = m_classes.value(QStringLiteral("5Б"));
    const qint64 v = m_classes.value(QStringLiteral("5В"));
    const QString federal = QStringLiteral("federal");
    const QString school = QStringLiteral("school");
    for (const auto &[subject, part, hours] :
         {std::tuple{QStringLiteral("Русский язык"), federal, 5.0},
          std::tuple{QStringLiteral("Математика"), federal, 5.0},
          std::tuple{QStringLiteral("Математика"), school, 1.0},
          std::tuple{QStringLiteral("Английский язык"), federal, 3.0},
          std::tuple{QStringLiteral("Информатика"), school, 1.0},
          std::tuple{QStringLiteral("Физическая культура"), federal, 2.0}}) {
        const Envelope reply = setHours(a, subject, part, hours);
        QVERIFY2(errorCode(reply) == QLatin1String("(ok)"), qPrintable(reply.error.message));
    }
    QCOMPARE(setHours(a, QStringLiteral("Математика"), school, 1.0)
                 .result.toMap()
                 .value(QStringLiteral("total"))
                 .toDouble(),
             17.0);
    // 5Б had a plan of its own: the copy replaces it.
    QCOMPARE(errorCode(setHours(b, QStringLiteral("Технология"), federal, 2)),
             QStringLiteral("(ok)"));

    const Envelope list = call(
        QStringLiteral("curriculum.list"),
        {{QStringLiteral("academicYearId"), m_year}, {QStringLiteral("classId"), a}});
    QCOMPARE(errorCode(list), QStringLiteral("(ok)"));
    QStringList order;
    for (const QCborValue &row : rowsOf(list))
        order << text(row, "subjectName") + QLatin1Char('/') + text(row, "part");
    QCOMPARE(
        order,
        (QStringList{QStringLiteral("Английский язык/federal"),
                     QStringLiteral("Информатика/school"), QStringLiteral("Математика/federal"),
                     QStringLiteral("Математика/school"), QStringLiteral("Русский язык/federal"),
                     QStringLiteral("Физическая культура/federal")}));
    QCOMPARE(text(rowsOf(list).at(0), "className"), QStringLiteral("5А"));
    QCOMPARE(text(rowsOf(list).at(0), "shortName"), QStringLiteral("Англ. яз."));
    const QCborMap totals =
        list.result.toMap().value(QStringLiteral("totals")).toArray().at(0).toMap();
    QCOMPARE(totals.value(QStringLiteral("federal")).toDouble(), 15.0);
    QCOMPARE(totals.value(QStringLiteral("school")).toDouble(), 2.0);
    QCOMPARE(totals.value(QStringLiteral("total")).toDouble(), 17.0);
    QCOMPARE(totals.value(QStringLiteral("maximum")).toInteger(), 29);

    const Envelope copy = call(
        QStringLiteral("curriculum.copy"),
        {{QStringLiteral("fromClassId"), a}, {QStringLiteral("toClassIds"), QCborArray{b, v}}});
    QVERIFY2(errorCode(copy) == QLatin1String("(ok)"), qPrintable(copy.error.message));
    QCOMPARE(copy.result.toMap().value(QStringLiteral("copied")).toInteger(), 6);

    // Every class of the year, sorted by class: 5А, 5Б, 5В have the same plan, 1А none.
    const Envelope all = call(QStringLiteral("curriculum.list"),
                              {{QStringLiteral("academicYearId"), m_year}});
    QCOMPARE(rowsOf(all).size(), 18);
    QCOMPARE(text(rowsOf(all).at(6), "className"), QStringLiteral("5Б"));
    QCOMPARE(text(rowsOf(all).at(6), "subjectName"), QStringLiteral("Английский язык"));
    QCOMPARE(number(rowsOf(all).at(17), "hoursPerWeek"), 2.0);
    const QCborArray classTotals = all.result.toMap().value(QStringLiteral("totals")).toArray();
    QCOMPARE(classTotals.size(), 4);
    QCOMPARE(text(classTotals.at(0), "className"), QStringLiteral("1А"));
    QCOMPARE(number(classTotals.at(0), "total"), 0.0);
    QCOMPARE(number(classTotals.at(2), "total"), 17.0);

    // One audit row per target class, with the plan it replaced and the plan it got.
    QCOMPARE(m_db->value(QStringLiteral("SELECT string_agg(entity_id, ',' ORDER BY id)"
                                        " FROM audit_event WHERE action = 'curriculum.copy'"))
                 .toString(),
             QStringLiteral("%1,%2").arg(b).arg(v));
    const QString before =
        m_db->value(QStringLiteral(
                        "SELECT before::text FROM audit_event WHERE action = 'curriculum.copy'"
                        "   AND entity_id = '%1'")
                        .arg(b))
            .toString();
    QVERIFY2(before.contains(QStringLiteral("Технология")), qPrintable(before));
    QCOMPARE(lastAudit(QStringLiteral("curriculum.copy"))
                 .value(2)
                 .toString()
                 .contains(QStringLiteral("\"fromClass\": \"5А\"")),
             true);
}

void TestCurriculum::setIsAuditedWithBeforeAndAfter()
{
    const qint64 a = m_classes.value(QStringLiteral("5А"));
    QCOMPARE(errorCode(setHours(a, QStringLiteral("Русский язык"), QStringLiteral("federal"), 4.5)),
             QStringLiteral("(ok)"));
    QVariantList audit = lastAudit(QStringLiteral("curriculum.set"));
    QCOMPARE(audit.value(0).toString(), QString::number(a));
    QVERIFY2(audit.value(1).toString().contains(QStringLiteral("\"hoursPerWeek\": 5")),
             qPrintable(audit.value(1).toString()));
    QVERIFY2(audit.value(2).toString().contains(QStringLiteral("\"hoursPerWeek\": 4.5")),
             qPrintable(audit.value(2).toString()));
    QCOMPARE(audit.value(3).toString(), QStringLiteral("deputy"));

    // Setting the same hours again changes nothing and writes nothing.
    const int rows = m_db->value(QStringLiteral("SELECT count(*) FROM audit_event")).toInt();
    QCOMPARE(errorCode(setHours(a, QStringLiteral("Русский язык"), QStringLiteral("federal"), 4.5)),
             QStringLiteral("(ok)"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM audit_event")).toInt(), rows);

    // 0 removes the row: audited with a before and no after.
    QCOMPARE(errorCode(setHours(a, QStringLiteral("Русский язык"), QStringLiteral("school"), 1)),
             QStringLiteral("(ok)"));
    QCOMPARE(errorCode(setHours(a, QStringLiteral("Русский язык"), QStringLiteral("school"), 0)),
             QStringLiteral("(ok)"));
    audit = lastAudit(QStringLiteral("curriculum.set"));
    QVERIFY(audit.value(1).toString().contains(QStringLiteral("\"part\": \"school\"")));
    QVERIFY(audit.value(2).isNull());
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM curriculum WHERE class_id = %1"
                                        " AND part = 'school' AND subject_id = %2")
                             .arg(a)
                             .arg(m_subjects.value(QStringLiteral("Русский язык"))))
                 .toInt(),
             0);
    QCOMPARE(errorCode(setHours(a, QStringLiteral("Русский язык"), QStringLiteral("federal"), 5)),
             QStringLiteral("(ok)"));
}

void TestCurriculum::weeklyMaximumRefusedWithNumbers()
{
    const qint64 a = m_classes.value(QStringLiteral("5А"));
    const QString federal = QStringLiteral("federal");
    // 17 hours planned; grade 5 allows 29.
    const Envelope over = setHours(a, QStringLiteral("Технология"), federal, 13);
    QCOMPARE(errorCode(over), QStringLiteral("invalid"));
    QVERIFY2(over.error.message.contains(QStringLiteral("5А"))
                 && over.error.message.contains(QStringLiteral("30 hours"))
                 && over.error.message.contains(QStringLiteral("maximum of 29")),
             qPrintable(over.error.message));
    QVERIFY(detail(over, "hoursPerWeek").contains(QStringLiteral("29")));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM curriculum WHERE class_id = %1"
                                        " AND subject_id = %2")
                             .arg(a)
                             .arg(m_subjects.value(QStringLiteral("Технология"))))
                 .toInt(),
             0);
    // Exactly the maximum is allowed.
    const Envelope full = setHours(a, QStringLiteral("Технология"), federal, 12);
    QCOMPARE(errorCode(full), QStringLiteral("(ok)"));
    QCOMPARE(full.result.toMap().value(QStringLiteral("total")).toDouble(), 29.0);

    // A 29-hour plan does not fit grade 1 (21): the whole copy is refused, 5Б keeps its plan.
    const Envelope copy = call(QStringLiteral("curriculum.copy"),
                               {{QStringLiteral("fromClassId"), a},
                                {QStringLiteral("toClassIds"),
                                 QCborArray{m_classes.value(QStringLiteral("5Б")),
                                            m_classes.value(QStringLiteral("1А"))}}});
    QCOMPARE(errorCode(copy), QStringLiteral("invalid"));
    QVERIFY2(copy.error.message.contains(QStringLiteral("1А"))
                 && copy.error.message.contains(QStringLiteral("29 hours"))
                 && copy.error.message.contains(QStringLiteral("maximum of 21")),
             qPrintable(copy.error.message));
    QCOMPARE(m_db->value(QStringLiteral("SELECT sum(hours_per_week) FROM curriculum"
                                        " WHERE class_id = %1")
                             .arg(m_classes.value(QStringLiteral("5Б"))))
                 .toDouble(),
             17.0);
    QCOMPARE(errorCode(setHours(a, QStringLiteral("Технология"), federal, 0)),
             QStringLiteral("(ok)"));
}

void TestCurriculum::hoursComeInHalfHours()
{
    const qint64 a = m_classes.value(QStringLiteral("5А"));
    const QString school = QStringLiteral("school");
    const Envelope quarter = setHours(a, QStringLiteral("Информатика"), school, 1.25);
    QCOMPARE(errorCode(quarter), QStringLiteral("invalid"));
    QCOMPARE(detail(quarter, "hoursPerWeek"), QStringLiteral("must be a multiple of 0.5"));
    QVERIFY(quarter.error.message.contains(QStringLiteral("1.25")));
    QCOMPARE(errorCode(setHours(a, QStringLiteral("Информатика"), school, 41)),
             QStringLiteral("invalid"));
    QCOMPARE(errorCode(setHours(a, QStringLiteral("Информатика"), school, -1)),
             QStringLiteral("invalid"));
    const Envelope part = setHours(a, QStringLiteral("Информатика"), QStringLiteral("regional"), 1);
    QCOMPARE(errorCode(part), QStringLiteral("invalid"));
    QCOMPARE(detail(part, "part"), QStringLiteral("must be federal or school"));
    const Envelope half = setHours(a, QStringLiteral("Информатика"), school, 1.5);
    QCOMPARE(errorCode(half), QStringLiteral("(ok)"));
    QCOMPARE(half.result.toMap().value(QStringLiteral("hoursPerWeek")).toDouble(), 1.5);
    QCOMPARE(m_db->value(QStringLiteral("SELECT hours_per_week FROM curriculum WHERE class_id = %1"
                                        " AND subject_id = %2")
                             .arg(a)
                             .arg(m_subjects.value(QStringLiteral("Информатика"))))
                 .toDouble(),
             1.5);
    QCOMPARE(errorCode(setHours(a, QStringLiteral("Информатика"), school, 1)),
             QStringLiteral("(ok)"));
    // Load hours follow the same rule, and a load needs at least half an hour.
    QCOMPARE(detail(createLoad(QStringLiteral("Петров"), QStringLiteral("Информатика"), "classId",
                               a, 2.3),
                    "hoursPerWeek"),
             QStringLiteral("must be a multiple of 0.5"));
    QCOMPARE(errorCode(createLoad(QStringLiteral("Петров"), QStringLiteral("Информатика"),
                                  "classId", a, 0)),
             QStringLiteral("invalid"));
}

void TestCurriculum::closedYearAndArchivedRefused()
{
    const Envelope closed = setHours(m_closedClass, QStringLiteral("Математика"),
                                     QStringLiteral("federal"), 5);
    QCOMPARE(errorCode(closed), QStringLiteral("invalid"));
    QVERIFY2(closed.error.message.contains(QStringLiteral("2025/2026"))
                 && closed.error.message.contains(QStringLiteral("closed")),
             qPrintable(closed.error.message));
    QVERIFY(closed.error.details.contains(QStringLiteral("classId")));
    const Envelope load = createLoad(QStringLiteral("Петров"), QStringLiteral("Математика"),
                                     "classId", m_closedClass, 5);
    QCOMPARE(errorCode(load), QStringLiteral("invalid"));
    QVERIFY(load.error.message.contains(QStringLiteral("closed")));
    const Envelope copy = call(
        QStringLiteral("curriculum.copy"),
        {{QStringLiteral("fromClassId"), m_classes.value(QStringLiteral("5А"))},
         {QStringLiteral("toClassIds"), QCborArray{m_closedClass}}});
    QCOMPARE(errorCode(copy), QStringLiteral("invalid"));
    QVERIFY(copy.error.details.contains(QStringLiteral("toClassIds")));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM curriculum WHERE class_id = %1")
                             .arg(m_closedClass))
                 .toInt(),
             0);

    const Envelope archived = setHours(m_classes.value(QStringLiteral("5А")),
                                       QStringLiteral("Черчение"), QStringLiteral("school"), 1);
    QCOMPARE(errorCode(archived), QStringLiteral("invalid"));
    QVERIFY(archived.error.message.contains(QStringLiteral("«Черчение» is archived")));
    QCOMPARE(detail(archived, "subjectId"), QStringLiteral("archived"));
}

void TestCurriculum::teacherReadsButCannotWrite()
{
    TestClient teacher;
    QVERIFY(teacher.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(teacher.login(QStringLiteral("teacher"), kPassword)),
             QStringLiteral("(ok)"));
    const QCborMap year{{QStringLiteral("academicYearId"), m_year}};
    QCOMPARE(rowsOf(teacher.call(QStringLiteral("curriculum.list"), year)).size(), 18);
    QCOMPARE(errorCode(teacher.call(QStringLiteral("curriculum.coverage"), year)),
             QStringLiteral("(ok)"));
    QCOMPARE(errorCode(teacher.call(QStringLiteral("load.list"), year)), QStringLiteral("(ok)"));
    const qint64 a = m_classes.value(QStringLiteral("5А"));
    const QList<std::pair<QString, QCborMap>> writes{
        {QStringLiteral("curriculum.set"),
         {{QStringLiteral("classId"), a},
          {QStringLiteral("subjectId"), m_subjects.value(QStringLiteral("Технология"))},
          {QStringLiteral("part"), QStringLiteral("federal")},
          {QStringLiteral("hoursPerWeek"), 1}}},
        {QStringLiteral("curriculum.copy"),
         {{QStringLiteral("fromClassId"), a},
          {QStringLiteral("toClassIds"), QCborArray{m_classes.value(QStringLiteral("5Б"))}}}},
        {QStringLiteral("load.create"),
         {{QStringLiteral("staffId"), m_staff.value(QStringLiteral("Иванова"))},
          {QStringLiteral("subjectId"), m_subjects.value(QStringLiteral("Русский язык"))},
          {QStringLiteral("classId"), a},
          {QStringLiteral("hoursPerWeek"), 5}}},
        {QStringLiteral("load.update"),
         {{QStringLiteral("id"), 1}, {QStringLiteral("hoursPerWeek"), 5}}},
        {QStringLiteral("load.delete"), {{QStringLiteral("id"), 1}}},
    };
    for (const auto &[method, params] : writes)
        QVERIFY2(errorCode(teacher.call(method, params)) == QLatin1String("forbidden"),
                 qPrintable(method));
}

void TestCurriculum::otherSchoolIsNotFound()
{
    const Envelope set = setHours(m_otherSchoolClass, QStringLiteral("Математика"),
                                  QStringLiteral("federal"), 5);
    QCOMPARE(errorCode(set), QStringLiteral("not_found"));
    QCOMPARE(errorCode(call(QStringLiteral("curriculum.list"),
                            {{QStringLiteral("academicYearId"), m_year},
                             {QStringLiteral("classId"), m_otherSchoolClass}})),
             QStringLiteral("not_found"));
    QCOMPARE(errorCode(call(QStringLiteral("curriculum.coverage"),
                            {{QStringLiteral("academicYearId"), m_otherSchoolYear}})),
             QStringLiteral("not_found"));
    QCOMPARE(errorCode(call(QStringLiteral("curriculum.copy"),
                            {{QStringLiteral("fromClassId"), m_classes.value(QStringLiteral("5А"))},
                             {QStringLiteral("toClassIds"), QCborArray{m_otherSchoolClass}}})),
             QStringLiteral("not_found"));
    QCOMPARE(errorCode(createLoad(QStringLiteral("Петров"), QStringLiteral("Математика"), "classId",
                                  m_otherSchoolClass, 5)),
             QStringLiteral("not_found"));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM curriculum WHERE class_id = %1")
                             .arg(m_otherSchoolClass))
                 .toInt(),
             0);
}

void TestCurriculum::loadRules()
{
    const qint64 b = m_classes.value(QStringLiteral("5Б"));
    const Envelope created = createLoad(QStringLiteral("Иванова"), QStringLiteral("Русский язык"),
                                        "classId", b, 5);
    QVERIFY2(errorCode(created) == QLatin1String("(ok)"), qPrintable(created.error.message));
    const QCborMap row = created.result.toMap();
    const qint64 id = row.value(QStringLiteral("id")).toInteger();
    QCOMPARE(text(row, "teacherName"), QStringLiteral("Иванова Мария Петровна"));
    QCOMPARE(text(row, "targetName"), QStringLiteral("5Б"));
    QVERIFY(row.value(QStringLiteral("groupId")).isNull());
    QVERIFY(lastAudit(QStringLiteral("load.create"))
                .value(2)
                .toString()
                .contains(QStringLiteral("\"targetName\": \"5Б\"")));

    const Envelope duplicate = createLoad(QStringLiteral("Иванова"), QStringLiteral("Русский язык"),
                                          "classId", b, 2);
    QCOMPARE(errorCode(duplicate), QStringLiteral("invalid"));
    QVERIFY2(
        duplicate.error.message.contains(QStringLiteral("Иванова Мария Петровна already teaches"
                                                        " Русский язык in 5Б")),
        qPrintable(duplicate.error.message));

    const Envelope both = call(
        QStringLiteral("load.create"),
        {{QStringLiteral("staffId"), m_staff.value(QStringLiteral("Петров"))},
         {QStringLiteral("subjectId"), m_subjects.value(QStringLiteral("Математика"))},
         {QStringLiteral("classId"), b},
         {QStringLiteral("groupId"), m_groups.value(QStringLiteral("5Б англ. 1 гр."))},
         {QStringLiteral("hoursPerWeek"), 5}});
    QCOMPARE(errorCode(both), QStringLiteral("invalid"));
    QCOMPARE(detail(both, "groupId"), QStringLiteral("give classId or groupId, not both"));
    const Envelope neither = call(
        QStringLiteral("load.create"),
        {{QStringLiteral("staffId"), m_staff.value(QStringLiteral("Петров"))},
         {QStringLiteral("subjectId"), m_subjects.value(QStringLiteral("Математика"))},
         {QStringLiteral("hoursPerWeek"), 5}});
    QCOMPARE(errorCode(neither), QStringLiteral("invalid"));
    const Envelope archivedTeacher = createLoad(QStringLiteral("Архипов"),
                                                QStringLiteral("Математика"), "classId", b, 5);
    QCOMPARE(errorCode(archivedTeacher), QStringLiteral("invalid"));
    QCOMPARE(detail(archivedTeacher, "staffId"), QStringLiteral("archived"));
    QCOMPARE(
        detail(createLoad(QStringLiteral("Петров"), QStringLiteral("Черчение"), "classId", b, 1),
               "subjectId"),
        QStringLiteral("archived"));
    const Envelope wrongGroup = createLoad(QStringLiteral("Петров"), QStringLiteral("Математика"),
                                           "groupId",
                                           m_groups.value(QStringLiteral("5Б англ. 1 гр.")), 5);
    QCOMPARE(errorCode(wrongGroup), QStringLiteral("invalid"));
    QCOMPARE(detail(wrongGroup, "groupId"), QStringLiteral("made for another subject"));
    const Envelope group = createLoad(QStringLiteral("Петров"), QStringLiteral("Английский язык"),
                                      "groupId", m_groups.value(QStringLiteral("5Б англ. 1 гр.")),
                                      3);
    QCOMPARE(text(group.result, "targetName"), QStringLiteral("5Б англ. 1 гр."));
    QVERIFY(group.result.toMap().value(QStringLiteral("classId")).isNull());

    // Update: hours and teacher; the audit row holds just the changed fields.
    const Envelope updated = call(
        QStringLiteral("load.update"),
        {{QStringLiteral("id"), id},
         {QStringLiteral("staffId"), m_staff.value(QStringLiteral("Петров"))},
         {QStringLiteral("hoursPerWeek"), 4.5}});
    QVERIFY2(errorCode(updated) == QLatin1String("(ok)"), qPrintable(updated.error.message));
    QCOMPARE(text(updated.result, "teacherName"), QStringLiteral("Петров Олег Иванович"));
    QCOMPARE(number(updated.result, "hoursPerWeek"), 4.5);
    const QVariantList audit = lastAudit(QStringLiteral("load.update"));
    QCOMPARE(audit.value(0).toString(), QString::number(id));
    QVERIFY2(audit.value(1).toString().contains(QStringLiteral("\"hoursPerWeek\": 5"))
                 && audit.value(1).toString().contains(QStringLiteral("Иванова Мария Петровна"))
                 && !audit.value(1).toString().contains(QStringLiteral("subjectName")),
             qPrintable(audit.value(1).toString()));
    QVERIFY(audit.value(2).toString().contains(QStringLiteral("\"hoursPerWeek\": 4.5")));

    // Load list of the year: rows by teacher, then totals per teacher.
    const Envelope list = call(
        QStringLiteral("load.list"),
        {{QStringLiteral("academicYearId"), m_year}, {QStringLiteral("classId"), b}});
    QCOMPARE(rowsOf(list).size(), 2);
    QCOMPARE(text(rowsOf(list).at(0), "subjectName"), QStringLiteral("Английский язык"));
    const QCborArray totals = list.result.toMap().value(QStringLiteral("totals")).toArray();
    QCOMPARE(totals.size(), 1);
    QCOMPARE(text(totals.at(0), "teacherName"), QStringLiteral("Петров Олег Иванович"));
    QCOMPARE(number(totals.at(0), "hours"), 7.5);

    // Delete: audited with the whole row as before.
    QCOMPARE(errorCode(call(QStringLiteral("load.delete"), {{QStringLiteral("id"), id}})),
             QStringLiteral("(ok)"));
    QVERIFY(lastAudit(QStringLiteral("load.delete"))
                .value(1)
                .toString()
                .contains(QStringLiteral("\"subjectName\": \"Русский язык\"")));
    QCOMPARE(errorCode(call(QStringLiteral("load.delete"), {{QStringLiteral("id"), id}})),
             QStringLiteral("not_found"));
    QCOMPARE(
        errorCode(call(QStringLiteral("load.delete"),
                       {{QStringLiteral("id"), group.result.toMap().value(QStringLiteral("id"))}})),
        QStringLiteral("(ok)"));
}

void TestCurriculum::coverageFlagsGaps()
{
    const qint64 a = m_classes.value(QStringLiteral("5А"));
    // 5А plans: English 3, Informatics 1, Mathematics 5 + 1, Russian 5, PE 2.
    QCOMPARE(errorCode(createLoad(QStringLiteral("Иванова"), QStringLiteral("Русский язык"),
                                  "classId", a, 5)),
             QStringLiteral("(ok)"));
    QCOMPARE(errorCode(createLoad(QStringLiteral("Петров"), QStringLiteral("Математика"), "classId",
                                  a, 4)),
             QStringLiteral("(ok)"));
    QCOMPARE(errorCode(createLoad(QStringLiteral("Сидорова"), QStringLiteral("Физическая культура"),
                                  "classId", a, 3)),
             QStringLiteral("(ok)"));
    QCOMPARE(errorCode(createLoad(QStringLiteral("Иванова"), QStringLiteral("Английский язык"),
                                  "groupId", m_groups.value(QStringLiteral("5А англ. 1 гр.")), 3)),
             QStringLiteral("(ok)"));
    const Envelope second = createLoad(QStringLiteral("Петров"), QStringLiteral("Английский язык"),
                                       "groupId", m_groups.value(QStringLiteral("5А англ. 2 гр.")),
                                       2);
    QCOMPARE(errorCode(second), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(createLoad(QStringLiteral("Сидорова"), QStringLiteral("Технология"),
                                  "classId", a, 2)),
             QStringLiteral("(ok)"));

    const Envelope coverage = call(
        QStringLiteral("curriculum.coverage"),
        {{QStringLiteral("academicYearId"), m_year}, {QStringLiteral("classId"), a}});
    QVERIFY2(errorCode(coverage) == QLatin1String("(ok)"), qPrintable(coverage.error.message));
    QCOMPARE(rowsOf(coverage).size(), 6);
    const QString cls = QStringLiteral("5А");
    const QCborMap russian = coverageRow(coverage, cls, QStringLiteral("Русский язык"));
    QCOMPARE(text(russian, "status"), QStringLiteral("ok"));
    QCOMPARE(russian.value(QStringLiteral("teachers")).toArray(),
             QCborArray{QStringLiteral("Иванова Мария Петровна")});
    const QCborMap maths = coverageRow(coverage, cls, QStringLiteral("Математика"));
    QCOMPARE(text(maths, "status"), QStringLiteral("under"));
    QCOMPARE(number(maths, "planned"), 6.0);
    QCOMPARE(number(maths, "assigned"), 4.0);
    QCOMPARE(text(coverageRow(coverage, cls, QStringLiteral("Информатика")), "status"),
             QStringLiteral("unassigned"));
    QCOMPARE(text(coverageRow(coverage, cls, QStringLiteral("Физическая культура")), "status"),
             QStringLiteral("over"));
    const QCborMap tech = coverageRow(coverage, cls, QStringLiteral("Технология"));
    QCOMPARE(text(tech, "status"), QStringLiteral("unplanned"));
    QCOMPARE(number(tech, "planned"), 0.0);
    QCOMPARE(tech.value(QStringLiteral("loadIds")).toArray().size(), 1);

    // English is split into subgroups: each needs 3 hours; the second has 2.
    const QCborMap english = coverageRow(coverage, cls, QStringLiteral("Английский язык"));
    QCOMPARE(text(english, "status"), QStringLiteral("under"));
    QCOMPARE(text(english, "worstGroup"), QStringLiteral("5А англ. 2 гр."));
    QCOMPARE(number(english, "assigned"), 2.0);
    const QCborArray groups = english.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(text(groups.at(0), "status"), QStringLiteral("ok"));
    QCOMPARE(text(groups.at(1), "status"), QStringLiteral("under"));
    QCOMPARE(number(groups.at(1), "assigned"), 2.0);
    QCOMPARE(english.value(QStringLiteral("teachers")).toArray(),
             (QCborArray{QStringLiteral("Иванова Мария Петровна"),
                         QStringLiteral("Петров Олег Иванович")}));
    const QCborMap counts = coverage.result.toMap().value(QStringLiteral("counts")).toMap();
    QCOMPARE(counts.value(QStringLiteral("ok")).toInteger(), 1);
    QCOMPARE(counts.value(QStringLiteral("under")).toInteger(), 2);
    QCOMPARE(counts.value(QStringLiteral("unassigned")).toInteger(), 1);
    QCOMPARE(counts.value(QStringLiteral("over")).toInteger(), 1);
    QCOMPARE(counts.value(QStringLiteral("unplanned")).toInteger(), 1);

    // The second subgroup gets its third hour; a whole-class lesson counts for both subgroups.
    QCOMPARE(
        errorCode(call(QStringLiteral("load.update"),
                       {{QStringLiteral("id"), second.result.toMap().value(QStringLiteral("id"))},
                        {QStringLiteral("hoursPerWeek"), 3}})),
        QStringLiteral("(ok)"));
    QCOMPARE(errorCode(createLoad(QStringLiteral("Сидорова"), QStringLiteral("Английский язык"),
                                  "classId", a, 1)),
             QStringLiteral("(ok)"));
    const Envelope year = call(QStringLiteral("curriculum.coverage"),
                               {{QStringLiteral("academicYearId"), m_year}});
    const QCborMap splitOver = coverageRow(year, cls, QStringLiteral("Английский язык"));
    QCOMPARE(text(splitOver, "status"), QStringLiteral("over"));
    QCOMPARE(number(splitOver, "assigned"), 4.0);
    QCOMPARE(text(splitOver, "worstGroup"), QStringLiteral("5А англ. 1 гр."));
    // The whole year, sorted by class then subject: 5А, then 5Б and 5В, whose plans have no load.
    QCOMPARE(rowsOf(year).size(), 6 + 5 + 5);
    QCOMPARE(text(rowsOf(year).at(6), "className"), QStringLiteral("5Б"));
    QCOMPARE(text(rowsOf(year).at(6), "subjectName"), QStringLiteral("Английский язык"));
    QCOMPARE(text(rowsOf(year).at(6), "status"), QStringLiteral("unassigned"));
    QCOMPARE(rowsOf(year).at(6).toMap().value(QStringLiteral("groups")).toArray().size(), 2);
    QCOMPARE(text(rowsOf(year).at(15), "className"), QStringLiteral("5В"));
}

QTEST_GUILESS_MAIN(TestCurriculum)
#include "tst_curriculum.moc"

// Integration tests of accounts (logins, one-time passwords, blocking, roles, who may do it)
// and of the CSV import of students and staff, against a real server and PostgreSQL.
#include "csvtable.h"
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QtTest>

#include <memory>

using namespace ejournal;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

QString code(const Envelope &e)
{
    return e.kind == Envelope::Kind::Error ? errorCodeName(e.error.code) : QStringLiteral("(ok)");
}

QCborMap params(std::initializer_list<std::pair<const char *, QCborValue>> items)
{
    QCborMap out;
    for (const auto &[key, value] : items)
        out.insert(QString::fromLatin1(key), value);
    return out;
}

// Text as Windows-1251 bytes: the inverse of the decoder's table.
QByteArray toCp1251(const QString &text)
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString table = decodeWindows1251(all);
    QByteArray out;
    for (const QChar c : text)
        out.append(char(table.indexOf(c)));
    return out;
}

QStringList texts(const QCborValue &array)
{
    QStringList out;
    for (const QCborValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

// Every problem of a preview or of a refused commit's details, rows and file together.
QStringList allProblems(const QCborMap &map)
{
    QStringList out = texts(map.value(QStringLiteral("fileProblems")));
    for (const QCborValue &row : map.value(QStringLiteral("rows")).toArray())
        out += texts(row.toMap().value(QStringLiteral("problems")));
    return out;
}
} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adminIssuesStaffAccount();
    void loginsAreUniqueWithSuffixes();
    void classTeacherIssuesForOwnClassOnly();
    void classTeacherListsOwnClassOnly();
    void blockEndsSessionsAndRefusesLogin();
    void resetPasswordGivesNewOneTimePassword();
    void setRolesKeepsAnAdministrator();
    void teacherIsForbidden();
    void previewListsEveryProblemAndWritesNothing();
    void missingColumnIsAFileProblem();
    void cleanCp1251FileCommitsEverything();
    void commitWithOneBadRowWritesNothing();
    void staffImportIssuesAccountsForRowsWithRoles();

private:
    std::unique_ptr<TestClient> signIn(const QString &login, const QString &password = kPassword);
    void sql(const QString &statement);
    qint64 value(const QString &query);
    qint64 idOf(const char *table, const QString &lastName, const QString &firstName);
    qint64 countAll();

    TestServer m_server;
    qint64 m_class5a = 0;
    qint64 m_class5b = 0;
};

std::unique_ptr<TestClient> TestAccounts::signIn(const QString &login, const QString &password)
{
    auto client = std::make_unique<TestClient>();
    if (!client->connectTo(m_server.port(), m_server.fingerprint()))
        return nullptr;
    const Envelope reply = client->login(login, password);
    return code(reply) == QLatin1String("(ok)") ? std::move(client) : nullptr;
}

void TestAccounts::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

qint64 TestAccounts::value(const QString &query)
{
    TestConnection db(m_server.ownerParams());
    return db.value(query).toLongLong();
}

qint64 TestAccounts::idOf(const char *table, const QString &lastName, const QString &firstName)
{
    return value(QStringLiteral("SELECT id FROM %1 WHERE last_name = '%2' AND first_name = '%3'")
                     .arg(QLatin1String(table), lastName, firstName));
}

// Rows an import writes, all tables together.
qint64 TestAccounts::countAll()
{
    return value(QStringLiteral(
        "SELECT (SELECT count(*) FROM student) + (SELECT count(*) FROM guardian)"
        " + (SELECT count(*) FROM student_guardian) + (SELECT count(*) FROM movement)"
        " + (SELECT count(*) FROM enrollment) + (SELECT count(*) FROM staff)"
        " + (SELECT count(*) FROM app_user)"));
}

void TestAccounts::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("admin"), kPassword, {QStringLiteral("admin")},
                                false, QStringLiteral("Админова Анна")) > 0);
    QVERIFY(m_server.createUser(QStringLiteral("ct5a"), kPassword,
                                {QStringLiteral("teacher"), QStringLiteral("class_teacher")},
                                false, QStringLiteral("Аистова Алла")) > 0);
    QVERIFY(m_server.createUser(QStringLiteral("ct5b"), kPassword,
                                {QStringLiteral("teacher"), QStringLiteral("class_teacher")},
                                false, QStringLiteral("Бобров Борис")) > 0);
    QVERIFY(m_server.createUser(QStringLiteral("plain"), kPassword, {QStringLiteral("teacher")},
                                false, QStringLiteral("Простов Павел")) > 0);
    sql(QStringLiteral(
        "INSERT INTO staff (school_id, last_name, first_name, user_id)"
        " SELECT u.school_id, split_part(u.full_name, ' ', 1), split_part(u.full_name, ' ', 2), u.id"
        "   FROM app_user u WHERE u.login IN ('ct5a', 'ct5b', 'plain')"));
    sql(QStringLiteral(
        "INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
        " SELECT id, 'Текущий год', current_date - 60, current_date + 250, 'active' FROM school"));
    sql(QStringLiteral(
        "INSERT INTO class_unit (school_id, academic_year_id, grade, letter, class_teacher_id)"
        " SELECT y.school_id, y.id, g.grade, g.letter,"
        "   (SELECT s.id FROM staff s JOIN app_user u ON u.id = s.user_id WHERE u.login = g.teacher)"
        "  FROM academic_year y, (VALUES (5, 'А', 'ct5a'), (5, 'Б', 'ct5b'), (6, 'А', NULL))"
        "    AS g(grade, letter, teacher)"));
    m_class5a = value(QStringLiteral("SELECT id FROM class_unit WHERE grade = 5 AND letter = 'А'"));
    m_class5b = value(QStringLiteral("SELECT id FROM class_unit WHERE grade = 5 AND letter = 'Б'"));
    sql(QStringLiteral(
        "INSERT INTO student (school_id, last_name, first_name, middle_name, birth_date)"
        " SELECT id, p.l, p.f, p.m, p.b::date FROM school, (VALUES"
        "   ('Кузнецова', 'Алёна', 'Игоревна', '2014-09-01'), ('Кузнецов', 'Борис', 'Игоревич', '2014-09-01'),"
        "   ('Орлов', 'Денис', '', '2014-05-05'), ('Петров', 'Олег', 'Ильич', '2014-04-04'),"
        "   ('Иванов', 'Пётр', 'Сергеевич', '2013-01-01'), ('Иванов', 'Павел', 'Семёнович', '2013-02-02'),"
        "   ('Иванов', 'Пахом', 'Савельевич', '2013-03-03')) AS p(l, f, m, b)"));
    sql(QStringLiteral(
        "INSERT INTO enrollment (school_id, student_id, class_id, starts_on)"
        " SELECT s.school_id, s.id, c.id, current_date - 30 FROM student s"
        "   JOIN class_unit c ON c.grade = 5 AND c.letter = CASE WHEN s.last_name = 'Петров' THEN 'Б' ELSE 'А' END"
        "  WHERE s.last_name IN ('Кузнецова', 'Кузнецов', 'Орлов', 'Петров')"));
    sql(QStringLiteral(
        "INSERT INTO guardian (school_id, last_name, first_name, middle_name, phone)"
        " SELECT id, p.l, p.f, p.m, p.phone FROM school, (VALUES"
        "   ('Кузнецов', 'Игорь', 'Петрович', '+7 911 000-00-01'), ('Петрова', 'Нина', '', '')) AS p(l, f, m, phone)"));
    sql(QStringLiteral(
        "INSERT INTO student_guardian (school_id, student_id, guardian_id, relation)"
        " SELECT s.school_id, s.id, g.id, 'father' FROM student s, guardian g"
        "  WHERE (s.last_name IN ('Кузнецова', 'Кузнецов') AND g.last_name = 'Кузнецов')"
        "     OR (s.last_name = 'Петров' AND g.last_name = 'Петрова')"));
}

void TestAccounts::adminIssuesStaffAccount()
{
    sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, middle_name)"
                       " SELECT id, 'Смирнова', 'Ольга', 'Викторовна' FROM school"));
    const qint64 staffId = idOf("staff", QStringLiteral("Смирнова"), QStringLiteral("Ольга"));
    auto admin = signIn(QStringLiteral("admin"));
    QVERIFY(admin);
    const Envelope issued = admin->call(QStringLiteral("accounts.issue"),
        params({{"kind", QStringLiteral("staff")}, {"personId", staffId},
                {"roles", QCborArray{QStringLiteral("teacher"), QStringLiteral("deputy")}}}));
    QCOMPARE(code(issued), QStringLiteral("(ok)"));
    const QCborMap result = issued.result.toMap();
    QCOMPARE(result.value(QStringLiteral("login")).toString(), QStringLiteral("smirnova.ov"));
    QCOMPARE(result.value(QStringLiteral("fullName")).toString(),
             QStringLiteral("Смирнова Ольга Викторовна"));
    const QString password = result.value(QStringLiteral("password")).toString();
    QCOMPARE(password.size(), 12);

    TestClient staff;
    QVERIFY(staff.connectTo(m_server.port(), m_server.fingerprint()));
    const Envelope login = staff.login(QStringLiteral("smirnova.ov"), password);
    QCOMPARE(code(login), QStringLiteral("(ok)"));
    QVERIFY(login.result.toMap().value(QStringLiteral("mustChangePassword")).toBool());
    QCOMPARE(login.result.toMap().value(QStringLiteral("user")).toMap()
                 .value(QStringLiteral("roles")).toArray(),
             QCborArray({QStringLiteral("deputy"), QStringLiteral("teacher")}));
    QCOMPARE(value(QStringLiteral("SELECT user_id FROM staff WHERE id = %1").arg(staffId)),
             result.value(QStringLiteral("userId")).toInteger());
    // Audited without the password; a second account for the same person is refused.
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'account.issue'"
                                  " AND entity_id = '%1' AND after->>'login' = 'smirnova.ov'")
                       .arg(result.value(QStringLiteral("userId")).toInteger())), 1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_event WHERE after::text LIKE '%%1%'")
                       .arg(password)), 0);
    const Envelope again = admin->call(QStringLiteral("accounts.issue"),
        params({{"kind", QStringLiteral("staff")}, {"personId", staffId}}));
    QCOMPARE(code(again), QStringLiteral("invalid"));
    QVERIFY(again.error.details.contains(QStringLiteral("personId")));
    // Student roles for staff, and roles for a student, are refused.
    QCOMPARE(code(admin->call(QStringLiteral("accounts.issue"),
        params({{"kind", QStringLiteral("staff")}, {"personId", staffId},
                {"roles", QCborArray{QStringLiteral("student")}}}))), QStringLiteral("invalid"));
    QCOMPARE(code(admin->call(QStringLiteral("accounts.issue"),
        params({{"kind", QStringLiteral("student")}, {"personId", 999999}}))),
             QStringLiteral("not_found"));
}

void TestAccounts::loginsAreUniqueWithSuffixes()
{
    QVERIFY(m_server.createUser(QStringLiteral("Ivanov.PS3"), kPassword, {QStringLiteral("teacher")}) > 0);
    auto admin = signIn(QStringLiteral("admin"));
    QVERIFY(admin);
    QStringList logins;
    for (const QString &first : {QStringLiteral("Пётр"), QStringLiteral("Павел"), QStringLiteral("Пахом")}) {
        const Envelope issued = admin->call(QStringLiteral("accounts.issue"),
            params({{"kind", QStringLiteral("student")},
                    {"personId", idOf("student", QStringLiteral("Иванов"), first)}}));
        QCOMPARE(code(issued), QStringLiteral("(ok)"));
        logins.append(issued.result.toMap().value(QStringLiteral("login")).toString());
    }
    QCOMPARE(logins, QStringList({QStringLiteral("ivanov.ps"), QStringLiteral("ivanov.ps2"),
                                  QStringLiteral("ivanov.ps4")}));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM user_role r JOIN app_user u ON u.id = r.user_id"
                                  " WHERE u.login LIKE 'ivanov.ps%' AND r.role = 'student'")), 3);
}

void TestAccounts::classTeacherIssuesForOwnClassOnly()
{
    auto teacher = signIn(QStringLiteral("ct5a"));
    QVERIFY(teacher);
    const Envelope other = teacher->call(QStringLiteral("accounts.issueForClass"),
                                         params({{"classId", m_class5b}}));
    QCOMPARE(code(other), QStringLiteral("forbidden"));
    const Envelope single = teacher->call(QStringLiteral("accounts.issue"),
        params({{"kind", QStringLiteral("student")},
                {"personId", idOf("student", QStringLiteral("Петров"), QStringLiteral("Олег"))}}));
    QCOMPARE(code(single), QStringLiteral("forbidden"));
    QCOMPARE(code(teacher->call(QStringLiteral("accounts.issue"),
        params({{"kind", QStringLiteral("guardian")},
                {"personId", idOf("guardian", QStringLiteral("Петрова"), QStringLiteral("Нина"))}}))),
             QStringLiteral("forbidden"));
    QCOMPARE(code(teacher->call(QStringLiteral("accounts.issue"),
        params({{"kind", QStringLiteral("staff")},
                {"personId", idOf("staff", QStringLiteral("Простов"), QStringLiteral("Павел"))}}))),
             QStringLiteral("forbidden"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM student WHERE last_name = 'Петров' AND user_id IS NOT NULL")), 0);

    const Envelope own = teacher->call(QStringLiteral("accounts.issueForClass"),
                                       params({{"classId", m_class5a}}));
    QCOMPARE(code(own), QStringLiteral("(ok)"));
    QStringList made;
    QString guardianPassword;
    for (const QCborValue &row : own.result.toArray()) {
        const QCborMap m = row.toMap();
        made.append(m.value(QStringLiteral("personKind")).toString() + u' '
                    + m.value(QStringLiteral("login")).toString());
        if (m.value(QStringLiteral("personKind")).toString() == QLatin1String("guardian"))
            guardianPassword = m.value(QStringLiteral("password")).toString();
    }
    // Students first, then the siblings' one father, once.
    QCOMPARE(made, QStringList({QStringLiteral("student kuznetcov.bi"),
                                QStringLiteral("student kuznetcova.ai"),
                                QStringLiteral("student orlov.d"),
                                QStringLiteral("guardian kuznetcov.ip")}));
    TestClient father;
    QVERIFY(father.connectTo(m_server.port(), m_server.fingerprint()));
    const Envelope login = father.login(QStringLiteral("kuznetcov.ip"), guardianPassword);
    QCOMPARE(code(login), QStringLiteral("(ok)"));
    QCOMPARE(login.result.toMap().value(QStringLiteral("user")).toMap()
                 .value(QStringLiteral("roles")).toArray(), QCborArray{QStringLiteral("guardian")});
    // Everybody has an account now: nothing more to issue.
    const Envelope again = teacher->call(QStringLiteral("accounts.issueForClass"),
                                         params({{"classId", m_class5a}}));
    QCOMPARE(code(again), QStringLiteral("(ok)"));
    QVERIFY(again.result.toArray().isEmpty());
}

void TestAccounts::classTeacherListsOwnClassOnly()
{
    auto teacher = signIn(QStringLiteral("ct5a"));
    QVERIFY(teacher);
    QCOMPARE(code(teacher->call(QStringLiteral("accounts.list"))), QStringLiteral("forbidden"));
    QCOMPARE(code(teacher->call(QStringLiteral("accounts.list"), params({{"classId", m_class5b}}))),
             QStringLiteral("forbidden"));
    const Envelope own = teacher->call(QStringLiteral("accounts.list"), params({{"classId", m_class5a}}));
    QCOMPARE(code(own), QStringLiteral("(ok)"));
    QStringList kinds;
    for (const QCborValue &row : own.result.toArray()) {
        const QCborMap m = row.toMap();
        kinds.append(m.value(QStringLiteral("kind")).toString());
        QVERIFY(m.value(QStringLiteral("mustChangePassword")).toBool());
        QVERIFY(m.value(QStringLiteral("personId")).isInteger());
    }
    kinds.sort();
    QCOMPARE(kinds, QStringList({QStringLiteral("guardian"), QStringLiteral("student"),
                                 QStringLiteral("student"), QStringLiteral("student")}));
    auto admin = signIn(QStringLiteral("admin"));
    QVERIFY(admin);
    const Envelope all = admin->call(QStringLiteral("accounts.list"));
    QCOMPARE(code(all), QStringLiteral("(ok)"));
    QCOMPARE(all.result.toArray().size(), value(QStringLiteral("SELECT count(*) FROM app_user")));
    bool adminSeen = false;
    for (const QCborValue &row : all.result.toArray()) {
        const QCborMap m = row.toMap();
        if (m.value(QStringLiteral("login")).toString() == QLatin1String("admin")) {
            adminSeen = true;
            QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("other"));
            QVERIFY(m.value(QStringLiteral("personId")).isNull());
            QVERIFY(m.value(QStringLiteral("lastLogin")).isString());
        }
    }
    QVERIFY(adminSeen);
}

void TestAccounts::blockEndsSessionsAndRefusesLogin()
{
    const qint64 userId = m_server.createUser(QStringLiteral("blockme"), kPassword,
                                              {QStringLiteral("teacher")});
    auto victim = signIn(QStringLiteral("blockme"));
    QVERIFY(victim);
    auto admin = signIn(QStringLiteral("admin"));
    QVERIFY(admin);
    const qint64 adminId = value(QStringLiteral("SELECT id FROM app_user WHERE login = 'admin'"));
    QCOMPARE(code(admin->call(QStringLiteral("accounts.setBlocked"),
                              params({{"userId", adminId}, {"blocked", true}}))),
             QStringLiteral("invalid"));
    QCOMPARE(code(admin->call(QStringLiteral("accounts.setBlocked"),
                              params({{"userId", userId}, {"blocked", true}}))),
             QStringLiteral("(ok)"));
    QTRY_VERIFY(std::any_of(victim->events().cbegin(), victim->events().cend(), [](const Envelope &e) {
        return e.event == QLatin1String("session.ended")
            && e.data.value(QStringLiteral("reason")).toString() == QLatin1String("blocked");
    }));
    QCOMPARE(code(victim->call(QStringLiteral("system.methods"))), QStringLiteral("unauthenticated"));
    TestClient again;
    QVERIFY(again.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(code(again.login(QStringLiteral("blockme"), kPassword)), QStringLiteral("forbidden"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'account.block'"
                                  " AND entity_id = '%1' AND before->>'blocked' = 'false'"
                                  " AND after->>'blocked' = 'true'").arg(userId)), 1);
    // A class teacher may not block staff; the administrator unblocks.
    auto teacher = signIn(QStringLiteral("ct5a"));
    QVERIFY(teacher);
    QCOMPARE(code(teacher->call(QStringLiteral("accounts.setBlocked"),
                                params({{"userId", userId}, {"blocked", false}}))),
             QStringLiteral("forbidden"));
    QCOMPARE(code(admin->call(QStringLiteral("accounts.setBlocked"),
                              params({{"userId", userId}, {"blocked", false}}))),
             QStringLiteral("(ok)"));
    QVERIFY(signIn(QStringLiteral("blockme")));
}

void TestAccounts::resetPasswordGivesNewOneTimePassword()
{
    const qint64 userId = m_server.createUser(QStringLiteral("forgetful"), kPassword,
                                              {QStringLiteral("teacher")});
    auto user = signIn(QStringLiteral("forgetful"));
    QVERIFY(user);
    auto admin = signIn(QStringLiteral("admin"));
    QVERIFY(admin);
    const Envelope reset = admin->call(QStringLiteral("accounts.resetPassword"),
                                       params({{"userId", userId}}));
    QCOMPARE(code(reset), QStringLiteral("(ok)"));
    QCOMPARE(reset.result.toMap().value(QStringLiteral("login")).toString(), QStringLiteral("forgetful"));
    const QString password = reset.result.toMap().value(QStringLiteral("password")).toString();
    QCOMPARE(code(user->call(QStringLiteral("system.methods"))), QStringLiteral("unauthenticated"));
    TestClient old;
    QVERIFY(old.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(code(old.login(QStringLiteral("forgetful"), kPassword)), QStringLiteral("unauthenticated"));
    TestClient fresh;
    QVERIFY(fresh.connectTo(m_server.port(), m_server.fingerprint()));
    const Envelope login = fresh.login(QStringLiteral("forgetful"), password);
    QCOMPARE(code(login), QStringLiteral("(ok)"));
    QVERIFY(login.result.toMap().value(QStringLiteral("mustChangePassword")).toBool());
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'account.resetPassword'"
                                  " AND entity_id = '%1'").arg(userId)), 1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_event WHERE after::text LIKE '%%1%'")
                       .arg(password)), 0);
    // A class teacher resets a student of own class, not a student of another class.
    auto teacher = signIn(QStringLiteral("ct5a"));
    QVERIFY(teacher);
    const qint64 own = value(QStringLiteral("SELECT user_id FROM student WHERE last_name = 'Орлов'"));
    QCOMPARE(code(teacher->call(QStringLiteral("accounts.resetPassword"), params({{"userId", own}}))),
             QStringLiteral("(ok)"));
    const qint64 foreign = value(QStringLiteral("SELECT user_id FROM student WHERE first_name = 'Пётр'"));
    QCOMPARE(code(teacher->call(QStringLiteral("accounts.resetPassword"), params({{"userId", foreign}}))),
             QStringLiteral("forbidden"));
}

void TestAccounts::setRolesKeepsAnAdministrator()
{
    auto admin = signIn(QStringLiteral("admin"));
    QVERIFY(admin);
    const qint64 adminId = value(QStringLiteral("SELECT id FROM app_user WHERE login = 'admin'"));
    const Envelope own = admin->call(QStringLiteral("accounts.setRoles"),
        params({{"userId", adminId}, {"roles", QCborArray{QStringLiteral("teacher")}}}));
    QCOMPARE(code(own), QStringLiteral("invalid"));
    QVERIFY(own.error.details.contains(QStringLiteral("roles")));

    const qint64 secondId = m_server.createUser(QStringLiteral("second"), kPassword,
                                                {QStringLiteral("teacher")});
    QCOMPARE(code(admin->call(QStringLiteral("accounts.setRoles"),
        params({{"userId", secondId},
                {"roles", QCborArray{QStringLiteral("admin"), QStringLiteral("teacher")}}}))),
             QStringLiteral("(ok)"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'account.roles'"
                                  " AND entity_id = '%1' AND before->'roles' = '[\"teacher\"]'"
                                  " AND after->'roles' = '[\"admin\", \"teacher\"]'").arg(secondId)), 1);
    auto second = signIn(QStringLiteral("second"));
    QVERIFY(second);
    QCOMPARE(code(second->call(QStringLiteral("accounts.setRoles"),
        params({{"userId", adminId}, {"roles", QCborArray{QStringLiteral("director")}}}))),
             QStringLiteral("(ok)"));
    // Now "second" is the last administrator and may not step down.
    QCOMPARE(code(second->call(QStringLiteral("accounts.setRoles"),
        params({{"userId", secondId}, {"roles", QCborArray{QStringLiteral("teacher")}}}))),
             QStringLiteral("invalid"));
    QCOMPARE(code(second->call(QStringLiteral("accounts.setRoles"),
        params({{"userId", adminId}, {"roles", QCborArray{QStringLiteral("admin")}}}))),
             QStringLiteral("(ok)"));
    // Students' roles are fixed; unknown roles are refused; class teachers may not set roles.
    const qint64 student = value(QStringLiteral("SELECT user_id FROM student WHERE last_name = 'Орлов'"));
    QCOMPARE(code(second->call(QStringLiteral("accounts.setRoles"),
        params({{"userId", student}, {"roles", QCborArray{QStringLiteral("teacher")}}}))),
             QStringLiteral("invalid"));
    QCOMPARE(code(second->call(QStringLiteral("accounts.setRoles"),
        params({{"userId", secondId}, {"roles", QCborArray{QStringLiteral("janitor")}}}))),
             QStringLiteral("invalid"));
    auto teacher = signIn(QStringLiteral("ct5a"));
    QVERIFY(teacher);
    QCOMPARE(code(teacher->call(QStringLiteral("accounts.setRoles"),
        params({{"userId", secondId}, {"roles", QCborArray{QStringLiteral("teacher")}}}))),
             QStringLiteral("forbidden"));
}

void TestAccounts::teacherIsForbidden()
{
    auto teacher = signIn(QStringLiteral("plain"));
    QVERIFY(teacher);
    QCOMPARE(code(teacher->call(QStringLiteral("accounts.list"))), QStringLiteral("forbidden"));
    QCOMPARE(code(teacher->call(QStringLiteral("accounts.issueForClass"),
                                params({{"classId", m_class5a}}))), QStringLiteral("forbidden"));
    QCOMPARE(code(teacher->call(QStringLiteral("import.preview"),
        params({{"kind", QStringLiteral("staff")}, {"data", QByteArray("Фамилия;Имя")}}))),
             QStringLiteral("forbidden"));
    auto classTeacher = signIn(QStringLiteral("ct5a"));
    QVERIFY(classTeacher);
    QCOMPARE(code(classTeacher->call(QStringLiteral("import.commit"),
        params({{"kind", QStringLiteral("staff")}, {"data", QByteArray("Фамилия;Имя")}}))),
             QStringLiteral("forbidden"));
}

void TestAccounts::previewListsEveryProblemAndWritesNothing()
{
    const QByteArray file = QByteArray("\xEF\xBB\xBF") + QStringLiteral(
        "Фамилия;Имя;Отчество;Дата рождения;Класс;Приказ;Родитель 1 ФИО;Родитель 1 телефон\r\n"
        "Белов;Антон;;31.02.2015;6А;12;Белова Анна;+7 900 000 00 00\r\n"
        "Белова;Вера;;01.03.2015;9Я;12;;\r\n"
        "Кузнецова;Алёна;Игоревна;01.09.2014;6А;12;;\r\n"
        "Белов;Антон;;01.01.2015;6А;;;\r\n"
        "Белов;Антон;;01.01.2015;6А;12;;\r\n"
        "Белов;Глеб;;01.01.2015;6А;12;Белова Анна;телефон\r\n"
        "Белов;Денис;;01.01.2015;6А\r\n").toUtf8();
    auto admin = signIn(QStringLiteral("admin"));
    QVERIFY(admin);
    const qint64 before = countAll();
    const Envelope preview = admin->call(QStringLiteral("import.preview"),
        params({{"kind", QStringLiteral("students")}, {"data", file}}));
    QCOMPARE(code(preview), QStringLiteral("(ok)"));
    const QCborMap p = preview.result.toMap();
    QCOMPARE(p.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(p.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(p.value(QStringLiteral("okCount")).toInteger(), 0);
    QCOMPARE(p.value(QStringLiteral("problemCount")).toInteger(), 7);
    const QCborMap first = p.value(QStringLiteral("rows")).toArray().at(0).toMap();
    QCOMPARE(first.value(QStringLiteral("line")).toInteger(), 2);
    QCOMPARE(first.value(QStringLiteral("values")).toMap().value(QStringLiteral("Фамилия")).toString(),
             QStringLiteral("Белов"));
    const QStringList problems = allProblems(p);
    for (const QString &expected : {
             QStringLiteral("строка 2: Дата рождения «31.02.2015» — нет такой даты"),
             QStringLiteral("строка 3: Класс «9Я» — такого класса нет в учебном году Текущий год"),
             QStringLiteral("строка 4: ученик «Кузнецова Алёна Игоревна, 01.09.2014» уже есть в школе"),
             QStringLiteral("строка 5: Приказ — не заполнено"),
             QStringLiteral("строка 6: ученик «Белов Антон, 01.01.2015» уже есть в строке 5"),
             QStringLiteral("строка 7: Родитель 1 телефон «телефон» — не похоже на номер телефона"),
             QStringLiteral("строка 8: 5 значений вместо 8 — проверьте разделители и кавычки")})
        QVERIFY2(problems.contains(expected), qPrintable(problems.join(u'\n')));
    QCOMPARE(countAll(), before);
    // The commit is refused with the same problems and writes nothing either.
    const Envelope commit = admin->call(QStringLiteral("import.commit"),
        params({{"kind", QStringLiteral("students")}, {"data", file}}));
    QCOMPARE(code(commit), QStringLiteral("invalid"));
    QCOMPARE(allProblems(commit.error.details), problems);
    QCOMPARE(countAll(), before);
}

void TestAccounts::missingColumnIsAFileProblem()
{
    auto admin = signIn(QStringLiteral("admin"));
    QVERIFY(admin);
    const Envelope preview = admin->call(QStringLiteral("import.preview"),
        params({{"kind", QStringLiteral("students")},
                {"data", QStringLiteral("Фамилия;Имя;Дата рожденья\nА;Б;01.01.2015\n").toUtf8()}}));
    QCOMPARE(code(preview), QStringLiteral("(ok)"));
    const QStringList files = texts(preview.result.toMap().value(QStringLiteral("fileProblems")));
    QVERIFY2(files.contains(QStringLiteral("нет обязательного столбца «Класс»")), qPrintable(files.join(u'\n')));
    QVERIFY2(files.contains(QStringLiteral("нет обязательного столбца «Дата рождения»")), qPrintable(files.join(u'\n')));
    QVERIFY(std::any_of(files.cbegin(), files.cend(), [](const QString &f) {
        return f.startsWith(QStringLiteral("строка 1: столбец «Дата рожденья» не известен"));
    }));
}

void TestAccounts::cleanCp1251FileCommitsEverything()
{
    const QByteArray file = toCp1251(QStringLiteral(
        "Фамилия;Имя;Отчество;Дата рождения;Пол;№ личного дела;Класс;Дата зачисления;Приказ;"
        "Родитель 1 ФИО;Родитель 1 телефон;Родитель 1 кем приходится;"
        "Родитель 2 ФИО;Родитель 2 телефон;Родитель 2 кем приходится\r\n"
        "Сёмина;Ольга;Андреевна;12.03.2014;ж;Л-101;6а;;№ 45-у;"
        "Сёмина Елена Петровна;+7 (900) 111-22-33;мать;Сёмин Андрей Олегович;8 900 111 22 44;отец\r\n"
        "Сёмин;Иван;Андреевич;05.07.2015;м;Л-102;6 А;;№ 45-у;"
        "Сёмина Елена Петровна;89001112233;мать;Кузнецов Игорь Петрович;89110000001;опекун\r\n"));
    auto admin = signIn(QStringLiteral("admin"));
    QVERIFY(admin);
    const Envelope preview = admin->call(QStringLiteral("import.preview"),
        params({{"kind", QStringLiteral("students")}, {"data", file}}));
    QCOMPARE(code(preview), QStringLiteral("(ok)"));
    QCOMPARE(preview.result.toMap().value(QStringLiteral("encoding")).toString(),
             QStringLiteral("Windows-1251"));
    QVERIFY2(allProblems(preview.result.toMap()).isEmpty(),
             qPrintable(allProblems(preview.result.toMap()).join(u'\n')));
    QCOMPARE(preview.result.toMap().value(QStringLiteral("okCount")).toInteger(), 2);
    const qint64 guardians = value(QStringLiteral("SELECT count(*) FROM guardian"));
    const Envelope commit = admin->call(QStringLiteral("import.commit"),
        params({{"kind", QStringLiteral("students")}, {"data", file}}));
    QCOMPARE(code(commit), QStringLiteral("(ok)"));
    const QCborMap counts = commit.result.toMap();
    QCOMPARE(counts.value(QStringLiteral("students")).toInteger(), 2);
    QCOMPARE(counts.value(QStringLiteral("guardians")).toInteger(), 2);
    QCOMPARE(counts.value(QStringLiteral("guardianLinks")).toInteger(), 4);
    // The mother is one person; the existing guardian was found by name and phone.
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM guardian")), guardians + 2);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM student_guardian sg JOIN guardian g ON g.id = sg.guardian_id"
                                  " WHERE g.last_name = 'Кузнецов' AND g.first_name = 'Игорь'")), 3);
    QCOMPARE(value(QStringLiteral(
                 "SELECT count(*) FROM student s"
                 "  JOIN movement m ON m.student_id = s.id AND m.kind = 'admission' AND m.order_no = '№ 45-у'"
                 "  JOIN enrollment e ON e.student_id = s.id AND e.class_id = m.to_class_id"
                 "   AND e.starts_on = m.on_date"
                 "  JOIN academic_year y ON y.starts_on = e.starts_on"
                 "  JOIN class_unit c ON c.id = e.class_id AND c.grade = 6 AND c.letter = 'А'"
                 " WHERE s.last_name IN ('Сёмина', 'Сёмин') AND s.personal_file_no LIKE 'Л-10_'")), 2);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM student WHERE last_name = 'Сёмина'"
                                  " AND gender = 'f' AND birth_date = '2014-03-12'")), 1);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'import.students'"
                                  " AND (after->>'students')::int = 2")), 1);
    // The same file again: every row is a duplicate now.
    const Envelope again = admin->call(QStringLiteral("import.commit"),
        params({{"kind", QStringLiteral("students")}, {"data", file}}));
    QCOMPARE(code(again), QStringLiteral("invalid"));
    QCOMPARE(again.error.details.value(QStringLiteral("rows")).toArray().size(), 2);
}

void TestAccounts::commitWithOneBadRowWritesNothing()
{
    const QByteArray file = QStringLiteral(
        "Фамилия,Имя,Дата рождения,Класс,Приказ,Родитель 1 ФИО\n"
        "Лебедев,Кирилл,01.02.2015,6А,7,Лебедева Ирина\n"
        "Лебедева,Ксения,01.13.2015,6А,7,Лебедева Ирина\n").toUtf8();
    auto admin = signIn(QStringLiteral("admin"));
    QVERIFY(admin);
    const qint64 before = countAll();
    const qint64 audits = value(QStringLiteral("SELECT count(*) FROM audit_event"));
    const Envelope commit = admin->call(QStringLiteral("import.commit"),
        params({{"kind", QStringLiteral("students")}, {"data", file}}));
    QCOMPARE(code(commit), QStringLiteral("invalid"));
    QCOMPARE(allProblems(commit.error.details),
             QStringList{QStringLiteral("строка 3: Дата рождения «01.13.2015» — нет такой даты")});
    QCOMPARE(countAll(), before);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_event")), audits);
}

void TestAccounts::staffImportIssuesAccountsForRowsWithRoles()
{
    const QByteArray file = QStringLiteral(
        "Фамилия,Имя,Отчество,Должность,Email,Телефон,Роли\n"
        "Зайцева,Марина,Львовна,Учитель физики,zaitseva@school.ru,,\"учитель, Классный руководитель\"\n"
        "Волков,Пётр,,Завхоз,,,\n").toUtf8();
    auto admin = signIn(QStringLiteral("admin"));
    QVERIFY(admin);
    const Envelope commit = admin->call(QStringLiteral("import.commit"),
        params({{"kind", QStringLiteral("staff")}, {"data", file}}));
    QCOMPARE(code(commit), QStringLiteral("(ok)"));
    const QCborMap result = commit.result.toMap();
    QCOMPARE(result.value(QStringLiteral("staff")).toInteger(), 2);
    const QCborArray accounts = result.value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 1);
    const QCborMap account = accounts.at(0).toMap();
    QCOMPARE(account.value(QStringLiteral("login")).toString(), QStringLiteral("zaitceva.ml"));
    TestClient staff;
    QVERIFY(staff.connectTo(m_server.port(), m_server.fingerprint()));
    const Envelope login = staff.login(QStringLiteral("zaitceva.ml"),
                                       account.value(QStringLiteral("password")).toString());
    QCOMPARE(code(login), QStringLiteral("(ok)"));
    QCOMPARE(login.result.toMap().value(QStringLiteral("user")).toMap()
                 .value(QStringLiteral("roles")).toArray(),
             QCborArray({QStringLiteral("class_teacher"), QStringLiteral("teacher")}));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM staff WHERE last_name = 'Волков' AND user_id IS NULL"
                                  " AND position = 'Завхоз'")), 1);
    // An unknown role is a problem of its row.
    const Envelope bad = admin->call(QStringLiteral("import.preview"),
        params({{"kind", QStringLiteral("staff")},
                {"data", QStringLiteral("Фамилия;Имя;Роли\nЗуев;Ян;завхоз\n").toUtf8()}}));
    QCOMPARE(code(bad), QStringLiteral("(ok)"));
    QVERIFY(allProblems(bad.result.toMap()).first().startsWith(
        QStringLiteral("строка 2: Роли «завхоз» — неизвестная роль «завхоз»")));
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"

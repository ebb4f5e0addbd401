// Integration tests of the people methods (staff, students, guardians, classes, the movement
// book, study groups) against a real server and PostgreSQL: dated history, refusals with
// their messages, the class teacher's and the teacher's scope, the audit trail.
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QtTest>

using namespace ejournal;

namespace {
const QString kPassword = QStringLiteral("Parol2026");

QString code(const Envelope &e)
{
    return e.kind == Envelope::Kind::Error ? errorCodeName(e.error.code) : QStringLiteral("(ok)");
}

// The `id` of a successful create, or -1 (with the error in the log).
qint64 createdId(const Envelope &e)
{
    if (e.kind == Envelope::Kind::Error) {
        qWarning("%s: %s", qPrintable(code(e)), qPrintable(e.error.message));
        return -1;
    }
    return e.result.toMap().value(QStringLiteral("id")).toInteger();
}

QString detail(const Envelope &e, const char *field)
{
    return e.error.details.value(QLatin1String(field)).toString();
}

QStringList names(const QCborValue &rows, const char *key)
{
    QStringList out;
    for (const QCborValue &row : rows.toArray())
        out.append(row.toMap().value(QLatin1String(key)).toString());
    return out;
}
} // namespace

class TestPeople : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void classesAreCreatedSortedAndChecked();
    void staffIsManagedByDeputyOnly();
    void studentsAndGuardians();
    void admissionTransferWithdrawalKeepHistory();
    void movementRefusals();
    void classTeacherSeesOwnClassOnly();
    void groupMembershipFollowsDates();
    void subgroupRefusesStudentOfAnotherClass();
    void splitCoversTheClassAndTransferEndsMembership();
    void groupScopeOfTeachers();
    void anotherSchoolsIdsAreNotFound();

private:
    Envelope deputy(const char *method, const QCborMap &params = {});
    qint64 student(const QString &last, const QString &first);
    qint64 admitted(const QString &last, const QString &first, qint64 classId, const QString &date);
    qint64 createClass(const QString &letter, int grade, qint64 teacherId = 0);
    QVariant value(const QString &sql);
    bool login(TestClient &client, const QString &login);

    TestServer m_server;
    TestClient m_deputy;
    TestClient m_classTeacher;  // class teacher of 5А
    TestClient m_teacher;       // teaches English in 6А
    TestClient m_student;
    qint64 m_year = 0;         // 2026/2027, active
    qint64 m_closedYear = 0;   // 2025/2026, closed
    qint64 m_oldScheme = 0;    // a period scheme of the closed year
    qint64 m_english = 0;
    qint64 m_ctStaff = 0;
    qint64 m_teacherStaff = 0;
    qint64 m_5a = 0;
    qint64 m_5b = 0;
    qint64 m_6a = 0;
};

Envelope TestPeople::deputy(const char *method, const QCborMap &params)
{
    return m_deputy.call(QLatin1String(method), params);
}

QVariant TestPeople::value(const QString &sql)
{
    TestConnection db(m_server.ownerParams());
    const QVariant v = db.value(sql);
    if (!v.isValid())
        qWarning("%s", qPrintable(db.error()));
    return v;
}

bool TestPeople::login(TestClient &client, const QString &login)
{
    return client.connectTo(m_server.port(), m_server.fingerprint())
        && client.login(login, kPassword).kind == Envelope::Kind::Result;
}

qint64 TestPeople::student(const QString &last, const QString &first)
{
    return createdId(deputy("students.create", {{QStringLiteral("lastName"), last},
                                                {QStringLiteral("firstName"), first}}));
}

qint64 TestPeople::admitted(const QString &last, const QString &first, qint64 classId,
                            const QString &date)
{
    const qint64 id = student(last, first);
    const Envelope r = deputy("movement.admit", {{QStringLiteral("studentId"), id},
                                                 {QStringLiteral("classId"), classId},
                                                 {QStringLiteral("date"), date},
                                                 {QStringLiteral("orderNo"), QStringLiteral("1-у")}});
    return createdId(r) > 0 ? id : -1;
}

qint64 TestPeople::createClass(const QString &letter, int grade, qint64 teacherId)
{
    QCborMap params{{QStringLiteral("academicYearId"), m_year},
                    {QStringLiteral("grade"), grade},
                    {QStringLiteral("letter"), letter}};
    if (teacherId)
        params.insert(QStringLiteral("classTeacherId"), teacherId);
    return createdId(deputy("classes.create", params));
}

void TestPeople::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(QStringLiteral("deputy"), kPassword, {QStringLiteral("deputy")}) > 0);
    QVERIFY(m_server.createUser(QStringLiteral("ct"), kPassword,
                                {QStringLiteral("teacher"), QStringLiteral("class_teacher")}) > 0);
    QVERIFY(m_server.createUser(QStringLiteral("teacher"), kPassword, {QStringLiteral("teacher")}) > 0);
    QVERIFY(m_server.createUser(QStringLiteral("pupil"), kPassword, {QStringLiteral("student")}) > 0);
    const QStringList setup{
        "INSERT INTO staff (school_id, last_name, first_name, middle_name, user_id)"
        " SELECT school_id, 'Петрова', 'Анна', 'Сергеевна', id FROM app_user WHERE login = 'ct'",
        "INSERT INTO staff (school_id, last_name, first_name, user_id)"
        " SELECT school_id, 'Смирнов', 'Олег', id FROM app_user WHERE login = 'teacher'",
        "INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
        " SELECT id, '2026/2027', '2026-09-01', '2027-08-31', 'active' FROM school",
        "INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
        " SELECT id, '2025/2026', '2025-09-01', '2026-08-31', 'closed' FROM school",
        "INSERT INTO period_scheme (school_id, academic_year_id, kind, name)"
        " SELECT school_id, id, 'quarters', 'Четверти' FROM academic_year WHERE name = '2025/2026'",
        "INSERT INTO subject (school_id, name, short_name)"
        " SELECT id, 'Английский язык', 'Англ. яз.' FROM school",
    };
    for (const QString &sql : setup)
        QVERIFY2(m_server.exec(sql, &error), qPrintable(error));
    m_year = value(QStringLiteral("SELECT id FROM academic_year WHERE name = '2026/2027'")).toLongLong();
    m_closedYear = value(QStringLiteral("SELECT id FROM academic_year WHERE name = '2025/2026'")).toLongLong();
    m_oldScheme = value(QStringLiteral("SELECT id FROM period_scheme")).toLongLong();
    m_english = value(QStringLiteral("SELECT id FROM subject")).toLongLong();
    m_ctStaff = value(QStringLiteral("SELECT id FROM staff WHERE last_name = 'Петрова'")).toLongLong();
    m_teacherStaff = value(QStringLiteral("SELECT id FROM staff WHERE last_name = 'Смирнов'")).toLongLong();
    QVERIFY(m_year > 0 && m_closedYear > 0 && m_english > 0 && m_ctStaff > 0 && m_teacherStaff > 0);
    QVERIFY(login(m_deputy, QStringLiteral("deputy")));
    QVERIFY(login(m_classTeacher, QStringLiteral("ct")));
    QVERIFY(login(m_teacher, QStringLiteral("teacher")));
    QVERIFY(login(m_student, QStringLiteral("pupil")));
}

void TestPeople::classesAreCreatedSortedAndChecked()
{
    m_5b = createClass(QStringLiteral("Б"), 5);
    m_5a = createClass(QStringLiteral("а"), 5, m_ctStaff);  // upper-cased by the server
    m_6a = createClass(QStringLiteral("А"), 6);
    QVERIFY(m_5a > 0 && m_5b > 0 && m_6a > 0);
    QVERIFY(createClass(QStringLiteral("Е"), 10) > 0);
    QVERIFY(createClass(QStringLiteral("Ё"), 10) > 0);
    const Envelope list = deputy("classes.list", {{QStringLiteral("academicYearId"), m_year}});
    QCOMPARE(names(list.result, "name"),
             QStringList({"5А", "5Б", "6А", "10Е", "10Ё"}));
    const QCborMap first = list.result.toArray().at(0).toMap();
    QCOMPARE(first.value(QStringLiteral("classTeacherName")).toString(),
             QStringLiteral("Петрова Анна Сергеевна"));
    QCOMPARE(first.value(QStringLiteral("studentCount")).toInteger(), 0);

    const Envelope duplicate = deputy("classes.create", {{QStringLiteral("academicYearId"), m_year},
                                                         {QStringLiteral("grade"), 5},
                                                         {QStringLiteral("letter"), QStringLiteral("А")}});
    QCOMPARE(code(duplicate), QStringLiteral("invalid"));
    QCOMPARE(duplicate.error.message, QStringLiteral("class 5А already exists in 2026/2027"));
    QCOMPARE(detail(duplicate, "letter"), QStringLiteral("already exists"));

    const Envelope closed = deputy("classes.create", {{QStringLiteral("academicYearId"), m_closedYear},
                                                      {QStringLiteral("grade"), 7},
                                                      {QStringLiteral("letter"), QStringLiteral("В")}});
    QCOMPARE(code(closed), QStringLiteral("invalid"));
    QVERIFY(closed.error.details.contains(QStringLiteral("academicYearId")));

    const Envelope scheme = deputy("classes.update", {{QStringLiteral("id"), m_5b},
                                                      {QStringLiteral("periodSchemeId"), m_oldScheme}});
    QCOMPARE(code(scheme), QStringLiteral("invalid"));
    QCOMPARE(scheme.error.message,
             QStringLiteral("the period scheme «Четверти» belongs to 2025/2026, not to 2026/2027"));

    const Envelope letter = deputy("classes.update", {{QStringLiteral("id"), m_5b},
                                                      {QStringLiteral("letter"), QStringLiteral("Q")}});
    QCOMPARE(code(letter), QStringLiteral("invalid"));
    QVERIFY(letter.error.details.contains(QStringLiteral("letter")));
    const Envelope grade = deputy("classes.update", {{QStringLiteral("id"), m_5b},
                                                     {QStringLiteral("grade"), 12}});
    QCOMPARE(detail(grade, "grade"), QStringLiteral("must be between 1 and 11"));

    const Envelope shift = deputy("classes.update", {{QStringLiteral("id"), m_5b},
                                                     {QStringLiteral("shift"), 2}});
    QCOMPARE(shift.result.toMap().value(QStringLiteral("shift")).toInteger(), 2);
    QCOMPARE(value(QStringLiteral("SELECT after->>'shift' FROM audit_event WHERE action = 'class.update'"
                                  " AND entity_id = '%1'").arg(m_5b)).toString(), QStringLiteral("2"));
    QCOMPARE(code(m_teacher.call(QStringLiteral("classes.create"),
                                 {{QStringLiteral("academicYearId"), m_year},
                                  {QStringLiteral("grade"), 7},
                                  {QStringLiteral("letter"), QStringLiteral("В")}})),
             QStringLiteral("forbidden"));
}

void TestPeople::staffIsManagedByDeputyOnly()
{
    const qint64 id = createdId(deputy("staff.create", {{QStringLiteral("lastName"), QStringLiteral(" Орлова ")},
                                                        {QStringLiteral("firstName"), QStringLiteral("Мария")},
                                                        {QStringLiteral("position"), QStringLiteral("Учитель")}}));
    QVERIFY(id > 0);
    const Envelope updated = deputy("staff.update", {{QStringLiteral("id"), id},
                                                     {QStringLiteral("position"), QStringLiteral("Учитель химии")}});
    QCOMPARE(updated.result.toMap().value(QStringLiteral("fullName")).toString(), QStringLiteral("Орлова Мария"));
    QCOMPARE(updated.result.toMap().value(QStringLiteral("position")).toString(), QStringLiteral("Учитель химии"));
    QCOMPARE(value(QStringLiteral("SELECT before->>'position' || ' → ' || (after->>'position')"
                                  "  FROM audit_event WHERE action = 'staff.update' AND entity_id = '%1'")
                       .arg(id)).toString(),
             QStringLiteral("Учитель → Учитель химии"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'staff.create'"
                                  " AND entity_id = '%1'").arg(id)).toInt(), 1);
    const Envelope blank = deputy("staff.update", {{QStringLiteral("id"), id},
                                                   {QStringLiteral("lastName"), QStringLiteral("  ")}});
    QCOMPARE(detail(blank, "lastName"), QStringLiteral("must not be empty"));

    const Envelope list = deputy("staff.list");
    const QCborArray rows = list.result.toArray();
    QCOMPARE(names(list.result, "lastName"), QStringList({"Орлова", "Петрова", "Смирнов"}));
    const QCborMap ct = rows.at(1).toMap();
    QCOMPARE(ct.value(QStringLiteral("login")).toString(), QStringLiteral("ct"));
    QCOMPARE(ct.value(QStringLiteral("roles")).toArray(),
             QCborArray({QStringLiteral("class_teacher"), QStringLiteral("teacher")}));
    QVERIFY(rows.at(0).toMap().value(QStringLiteral("userId")).isNull());

    const Envelope archiveCt = deputy("staff.archive", {{QStringLiteral("id"), m_ctStaff}});
    QCOMPARE(code(archiveCt), QStringLiteral("invalid"));
    QCOMPARE(archiveCt.error.message, QStringLiteral("the staff member is class teacher of 5А in"
                                                     " 2026/2027; appoint another class teacher first"));
    QVERIFY(deputy("staff.archive", {{QStringLiteral("id"), id}}).result.toMap()
                .value(QStringLiteral("archived")).toBool());
    QCOMPARE(deputy("staff.list").result.toArray().size(), 2);
    QCOMPARE(deputy("staff.list", {{QStringLiteral("includeArchived"), true}}).result.toArray().size(), 3);

    const QCborMap person{{QStringLiteral("lastName"), QStringLiteral("Кот")},
                          {QStringLiteral("firstName"), QStringLiteral("Ян")}};
    QCOMPARE(code(m_classTeacher.call(QStringLiteral("staff.create"), person)), QStringLiteral("forbidden"));
    QCOMPARE(code(m_teacher.call(QStringLiteral("staff.create"), person)), QStringLiteral("forbidden"));
    QCOMPARE(code(m_teacher.call(QStringLiteral("students.create"), person)), QStringLiteral("forbidden"));
    QCOMPARE(code(m_student.call(QStringLiteral("students.create"), person)), QStringLiteral("forbidden"));
    QCOMPARE(code(m_student.call(QStringLiteral("guardians.create"), person)), QStringLiteral("forbidden"));
    QCOMPARE(code(m_teacher.call(QStringLiteral("movement.withdraw"),
                                 {{QStringLiteral("studentId"), 1},
                                  {QStringLiteral("date"), QStringLiteral("2026-10-01")},
                                  {QStringLiteral("orderNo"), QStringLiteral("5")}})),
             QStringLiteral("forbidden"));
}

void TestPeople::studentsAndGuardians()
{
    const qint64 anna = createdId(deputy("students.create", {{QStringLiteral("lastName"), QStringLiteral("Белова")},
                                                             {QStringLiteral("firstName"), QStringLiteral("Анна")},
                                                             {QStringLiteral("birthDate"), QStringLiteral("2015-03-08")},
                                                             {QStringLiteral("gender"), QStringLiteral("f")},
                                                             {QStringLiteral("personalFileNo"), QStringLiteral("Б-17")}}));
    const qint64 boris = student(QStringLiteral("Белов"), QStringLiteral("Борис"));
    QVERIFY(anna > 0 && boris > 0);
    const Envelope sameFile = deputy("students.update", {{QStringLiteral("id"), boris},
                                                         {QStringLiteral("personalFileNo"), QStringLiteral("Б-17")}});
    QCOMPARE(sameFile.error.message, QStringLiteral("personal file № Б-17 belongs to Белова Анна"));
    QCOMPARE(detail(deputy("students.update", {{QStringLiteral("id"), boris},
                                               {QStringLiteral("gender"), QStringLiteral("x")}}), "gender"),
             QStringLiteral("must be m or f"));
    const Envelope renamed = deputy("students.update", {{QStringLiteral("id"), boris},
                                                        {QStringLiteral("middleName"), QStringLiteral("Ильич")}});
    QCOMPARE(renamed.result.toMap().value(QStringLiteral("fullName")).toString(), QStringLiteral("Белов Борис Ильич"));
    QCOMPARE(value(QStringLiteral("SELECT coalesce(before->>'middleName', '') || '|' || (after->>'middleName')"
                                  "  FROM audit_event WHERE action = 'student.update' AND entity_id = '%1'")
                       .arg(boris)).toString(), QStringLiteral("|Ильич"));

    const qint64 mother = createdId(deputy("guardians.create", {{QStringLiteral("lastName"), QStringLiteral("Белова")},
                                                                {QStringLiteral("firstName"), QStringLiteral("Ольга")},
                                                                {QStringLiteral("phone"), QStringLiteral("+7 900 000-00-00")},
                                                                {QStringLiteral("studentId"), anna},
                                                                {QStringLiteral("relation"), QStringLiteral("mother")}}));
    const qint64 father = createdId(deputy("guardians.create", {{QStringLiteral("lastName"), QStringLiteral("Белов")},
                                                                {QStringLiteral("firstName"), QStringLiteral("Илья")},
                                                                {QStringLiteral("studentId"), anna},
                                                                {QStringLiteral("relation"), QStringLiteral("father")}}));
    QVERIFY(mother > 0 && father > 0);
    QCOMPARE(code(deputy("guardians.link", {{QStringLiteral("guardianId"), mother},
                                            {QStringLiteral("studentId"), boris},
                                            {QStringLiteral("relation"), QStringLiteral("mother")}})),
             QStringLiteral("(ok)"));
    QCOMPARE(detail(deputy("guardians.link", {{QStringLiteral("guardianId"), father},
                                              {QStringLiteral("studentId"), boris},
                                              {QStringLiteral("relation"), QStringLiteral("uncle")}}), "relation"),
             QStringLiteral("must be mother, father, guardian or other"));
    const QCborMap annaFile = deputy("students.get", {{QStringLiteral("id"), anna}}).result.toMap();
    QCOMPARE(names(annaFile.value(QStringLiteral("guardians")), "relation"), QStringList({"father", "mother"}));
    QCOMPARE(annaFile.value(QStringLiteral("birthDate")).toString(), QStringLiteral("2015-03-08"));
    QCOMPARE(names(deputy("students.get", {{QStringLiteral("id"), boris}}).result.toMap()
                       .value(QStringLiteral("guardians")), "fullName"),
             QStringList({"Белова Ольга"}));
    QCOMPARE(code(deputy("guardians.unlink", {{QStringLiteral("guardianId"), father},
                                              {QStringLiteral("studentId"), anna}})),
             QStringLiteral("(ok)"));
    QCOMPARE(code(deputy("guardians.unlink", {{QStringLiteral("guardianId"), father},
                                              {QStringLiteral("studentId"), anna}})),
             QStringLiteral("not_found"));
    QCOMPARE(value(QStringLiteral("SELECT before->>'relation' FROM audit_event"
                                  " WHERE action = 'guardian.unlink' AND entity_id = '%1'").arg(father)).toString(),
             QStringLiteral("father"));
    const Envelope search = deputy("students.list", {{QStringLiteral("search"), QStringLiteral("белов")}});
    QCOMPARE(names(search.result, "fullName"), QStringList({"Белов Борис Ильич", "Белова Анна"}));
    QVERIFY(search.result.toArray().at(0).toMap().value(QStringLiteral("className")).isNull());
}

void TestPeople::admissionTransferWithdrawalKeepHistory()
{
    const qint64 id = student(QStringLiteral("Иванов"), QStringLiteral("Пётр"));
    QVERIFY(id > 0);
    const auto move = [&](const char *method, const QCborMap &extra, const char *date, const char *order) {
        QCborMap params = extra;
        params.insert(QStringLiteral("studentId"), id);
        params.insert(QStringLiteral("date"), QLatin1String(date));
        params.insert(QStringLiteral("orderNo"), QString::fromUtf8(order));
        return createdId(deputy(method, params));
    };
    QVERIFY(move("movement.admit", {{QStringLiteral("classId"), m_5a},
                                    {QStringLiteral("reason"), QStringLiteral("из МБОУ СОШ №2")}},
                 "2026-09-01", "12-у") > 0);
    QVERIFY(move("movement.transfer", {{QStringLiteral("toClassId"), m_5b}}, "2026-11-10", "40-у") > 0);
    QVERIFY(move("movement.withdraw", {{QStringLiteral("reason"), QStringLiteral("переезд")}},
                 "2027-02-01", "77-у") > 0);

    const auto classOn = [&](const char *date) {
        const Envelope r = deputy("students.classOn", {{QStringLiteral("studentId"), id},
                                                       {QStringLiteral("date"), QLatin1String(date)}});
        return r.result.isNull() ? QStringLiteral("-")
                                 : r.result.toMap().value(QStringLiteral("className")).toString();
    };
    QCOMPARE(classOn("2026-08-31"), QStringLiteral("-"));
    QCOMPARE(classOn("2026-09-01"), QStringLiteral("5А"));
    QCOMPARE(classOn("2026-11-09"), QStringLiteral("5А"));
    QCOMPARE(classOn("2026-11-10"), QStringLiteral("5Б"));
    QCOMPARE(classOn("2027-01-31"), QStringLiteral("5Б"));
    QCOMPARE(classOn("2027-02-01"), QStringLiteral("-"));

    const QCborMap file = deputy("students.get", {{QStringLiteral("id"), id}}).result.toMap();
    const QCborArray enrollments = file.value(QStringLiteral("enrollments")).toArray();
    QCOMPARE(enrollments.size(), 2);
    const auto range = [](const QCborValue &e) {
        const QCborMap m = e.toMap();
        return m.value(QStringLiteral("className")).toString() + QLatin1Char(' ')
            + m.value(QStringLiteral("startsOn")).toString() + QLatin1Char(' ')
            + m.value(QStringLiteral("endsOn")).toString();
    };
    QCOMPARE(range(enrollments.at(0)), QStringLiteral("5А 2026-09-01 2026-11-09"));
    QCOMPARE(range(enrollments.at(1)), QStringLiteral("5Б 2026-11-10 2027-01-31"));
    QCOMPARE(names(file.value(QStringLiteral("movements")), "kind"),
             QStringList({"admission", "transfer", "withdrawal"}));

    const Envelope book = deputy("movement.list", {{QStringLiteral("from"), QStringLiteral("2026-11-01")},
                                                   {QStringLiteral("classId"), m_5b}});
    QCOMPARE(names(book.result, "orderNo"), QStringList({"40-у", "77-у"}));
    const QCborMap transfer = book.result.toArray().at(0).toMap();
    QCOMPARE(transfer.value(QStringLiteral("studentName")).toString(), QStringLiteral("Иванов Пётр"));
    QCOMPARE(transfer.value(QStringLiteral("fromClassName")).toString(), QStringLiteral("5А"));
    QCOMPARE(transfer.value(QStringLiteral("toClassName")).toString(), QStringLiteral("5Б"));
    QCOMPARE(book.result.toArray().at(1).toMap().value(QStringLiteral("reason")).toString(),
             QStringLiteral("переезд"));

    QCOMPARE(value(QStringLiteral("SELECT (before->>'className') || ' → ' || (after->>'className')"
                                  "  FROM audit_event WHERE action = 'movement.transfer'"
                                  "   AND entity_id = '%1'").arg(id)).toString(),
             QStringLiteral("5А → 5Б"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'student'"
                                  " AND entity_id = '%1' AND action LIKE 'movement.%'").arg(id)).toInt(), 3);
    // Readmission after the withdrawal opens a third enrolment; the first two stay as they were.
    QVERIFY(move("movement.admit", {{QStringLiteral("classId"), m_5a}}, "2027-03-01", "90-у") > 0);
    QCOMPARE(value(QStringLiteral("SELECT string_agg(starts_on || '..' || coalesce(ends_on::text, ''), ' '"
                                  " ORDER BY starts_on) FROM enrollment WHERE student_id = %1").arg(id)).toString(),
             QStringLiteral("2026-09-01..2026-11-09 2026-11-10..2027-01-31 2027-03-01.."));
}

void TestPeople::movementRefusals()
{
    const qint64 petrov = admitted(QStringLiteral("Петров"), QStringLiteral("Илья"), m_5a,
                                   QStringLiteral("2026-09-01"));
    const qint64 sidorov = student(QStringLiteral("Сидоров"), QStringLiteral("Глеб"));
    QVERIFY(petrov > 0 && sidorov > 0);
    const auto call = [&](const char *method, qint64 studentId, const char *date, const QCborMap &extra) {
        QCborMap params = extra;
        params.insert(QStringLiteral("studentId"), studentId);
        params.insert(QStringLiteral("date"), QLatin1String(date));
        if (!params.contains(QStringLiteral("orderNo")))
            params.insert(QStringLiteral("orderNo"), QStringLiteral("50-у"));
        return deputy(method, params);
    };
    const QCborMap to5b{{QStringLiteral("toClassId"), m_5b}};

    const Envelope twice = call("movement.admit", petrov, "2026-10-01", {{QStringLiteral("classId"), m_5b}});
    QCOMPARE(code(twice), QStringLiteral("invalid"));
    QCOMPARE(twice.error.message, QStringLiteral("Петров Илья is already enrolled in 5А (from 2026-09-01)"));
    QCOMPARE(detail(twice, "studentId"), QStringLiteral("already enrolled"));

    const Envelope notEnrolled = call("movement.transfer", sidorov, "2026-10-01", to5b);
    QCOMPARE(notEnrolled.error.message, QStringLiteral("Сидоров Глеб is not enrolled in any class on 2026-10-01"));
    const Envelope withdrawNobody = call("movement.withdraw", sidorov, "2026-10-01", {});
    QCOMPARE(detail(withdrawNobody, "date"), QStringLiteral("not enrolled on this date"));

    const Envelope same = call("movement.transfer", petrov, "2026-10-01", {{QStringLiteral("toClassId"), m_5a}});
    QCOMPARE(same.error.message, QStringLiteral("Петров Илья is already in 5А on 2026-10-01"));
    QCOMPARE(detail(same, "toClassId"), QStringLiteral("the student's own class"));

    const Envelope outside = call("movement.admit", sidorov, "2027-09-15", {{QStringLiteral("classId"), m_5a}});
    QCOMPARE(outside.error.message,
             QStringLiteral("5А (2026/2027): the date 2027-09-15 is outside 2026-09-01 – 2027-08-31"));
    QVERIFY(outside.error.details.contains(QStringLiteral("date")));

    const Envelope noOrder = call("movement.admit", sidorov, "2026-09-01",
                                  {{QStringLiteral("classId"), m_5a}, {QStringLiteral("orderNo"), QStringLiteral("  ")}});
    QCOMPARE(detail(noOrder, "orderNo"), QStringLiteral("must not be empty"));

    QCOMPARE(code(call("movement.transfer", petrov, "2026-10-01", to5b)), QStringLiteral("(ok)"));
    const Envelope past = call("movement.withdraw", petrov, "2026-09-20", {});
    QCOMPARE(past.error.message, QStringLiteral("the movement book has an entry for Петров Илья dated"
                                                " 2026-10-01; a new entry cannot be dated 2026-09-20"));
    const Envelope sameDay = call("movement.transfer", petrov, "2026-10-01",
                                  {{QStringLiteral("toClassId"), m_6a}});
    QCOMPARE(sameDay.error.message, QStringLiteral("Петров Илья was enrolled in 5Б on 2026-10-01;"
                                                   " a movement must be dated later"));
    const Envelope unknownClass = call("movement.transfer", petrov, "2026-10-05",
                                       {{QStringLiteral("toClassId"), 999999}});
    QCOMPARE(code(unknownClass), QStringLiteral("not_found"));
    // None of the refusals changed anything.
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM movement WHERE student_id IN (%1, %2)")
                       .arg(petrov).arg(sidorov)).toInt(), 2);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM enrollment WHERE student_id IN (%1, %2)")
                       .arg(petrov).arg(sidorov)).toInt(), 2);
}

void TestPeople::classTeacherSeesOwnClassOnly()
{
    const qint64 own = admitted(QStringLiteral("Алексеев"), QStringLiteral("Дан"), m_5a, QStringLiteral("2026-09-01"));
    const qint64 other = admitted(QStringLiteral("Кузнецова"), QStringLiteral("Вера"), m_5b, QStringLiteral("2026-09-01"));
    QVERIFY(own > 0 && other > 0);
    const QString date = QStringLiteral("2026-10-15");
    const Envelope mine = m_classTeacher.call(QStringLiteral("students.list"),
                                              {{QStringLiteral("classId"), m_5a}, {QStringLiteral("date"), date}});
    QCOMPARE(code(mine), QStringLiteral("(ok)"));
    QVERIFY(names(mine.result, "fullName").contains(QStringLiteral("Алексеев Дан")));
    const QStringList classes = names(mine.result, "className");
    QCOMPARE(classes.count(QStringLiteral("5А")), classes.size());
    const Envelope everyone = m_classTeacher.call(QStringLiteral("students.list"), {{QStringLiteral("date"), date}});
    QCOMPARE(names(everyone.result, "fullName"), names(mine.result, "fullName"));
    QCOMPARE(code(m_classTeacher.call(QStringLiteral("students.list"),
                                      {{QStringLiteral("classId"), m_5b}, {QStringLiteral("date"), date}})),
             QStringLiteral("forbidden"));
    QCOMPARE(code(m_classTeacher.call(QStringLiteral("students.get"), {{QStringLiteral("id"), other}})),
             QStringLiteral("forbidden"));
    QCOMPARE(code(m_classTeacher.call(QStringLiteral("students.get"), {{QStringLiteral("id"), own}})),
             QStringLiteral("(ok)"));
    QCOMPARE(code(m_classTeacher.call(QStringLiteral("movement.list"), {{QStringLiteral("classId"), m_5b}})),
             QStringLiteral("forbidden"));
    const QStringList book = names(m_classTeacher.call(QStringLiteral("movement.list")).result, "studentName");
    QVERIFY(book.contains(QStringLiteral("Алексеев Дан")));
    QVERIFY(!book.contains(QStringLiteral("Кузнецова Вера")));
    QCOMPARE(code(m_classTeacher.call(QStringLiteral("movement.admit"),
                                      {{QStringLiteral("studentId"), other}, {QStringLiteral("classId"), m_5a},
                                       {QStringLiteral("date"), date}, {QStringLiteral("orderNo"), QStringLiteral("1")}})),
             QStringLiteral("forbidden"));
    QCOMPARE(code(m_teacher.call(QStringLiteral("students.list"))), QStringLiteral("forbidden"));
}

void TestPeople::groupMembershipFollowsDates()
{
    const qint64 a = admitted(QStringLiteral("Аксенов"), QStringLiteral("Лев"), m_6a, QStringLiteral("2026-09-01"));
    const qint64 b = admitted(QStringLiteral("Борисов"), QStringLiteral("Марк"), m_5b, QStringLiteral("2026-09-01"));
    const qint64 c = admitted(QStringLiteral("Волков"), QStringLiteral("Ян"), m_5a, QStringLiteral("2026-09-01"));
    QVERIFY(a > 0 && b > 0 && c > 0);
    const qint64 group = createdId(deputy("groups.create", {{QStringLiteral("academicYearId"), m_year},
                                                            {QStringLiteral("kind"), QStringLiteral("elective")},
                                                            {QStringLiteral("name"), QStringLiteral("Робототехника")}}));
    QVERIFY(group > 0);
    const auto set = [&](const char *date, const QCborArray &ids) {
        return deputy("groups.setMembers", {{QStringLiteral("groupId"), group},
                                            {QStringLiteral("date"), QLatin1String(date)},
                                            {QStringLiteral("studentIds"), ids}});
    };
    const auto membersOn = [&](const char *date) {
        return names(deputy("groups.members", {{QStringLiteral("groupId"), group},
                                               {QStringLiteral("date"), QLatin1String(date)}}).result,
                     "lastName");
    };
    QCOMPARE(code(set("2026-09-01", {a, b})), QStringLiteral("(ok)"));
    QCOMPARE(code(set("2026-10-01", {b, c})), QStringLiteral("(ok)"));
    QCOMPARE(membersOn("2026-08-31"), QStringList());
    QCOMPARE(membersOn("2026-09-15"), QStringList({"Аксенов", "Борисов"}));
    QCOMPARE(membersOn("2026-10-15"), QStringList({"Борисов", "Волков"}));
    QCOMPARE(value(QStringLiteral("SELECT ends_on::text FROM group_member WHERE student_id = %1").arg(a)).toString(),
             QStringLiteral("2026-09-30"));
    const Envelope earlier = set("2026-09-20", {a});
    QCOMPARE(earlier.error.message, QStringLiteral("the members of «Робототехника» were last changed on"
                                                   " 2026-10-01; a change cannot be dated 2026-09-20"));
    const Envelope sameDay = set("2026-10-01", {b});
    QCOMPARE(sameDay.error.message, QStringLiteral("Волков Ян joined «Робототехника» on 2026-10-01;"
                                                   " a removal must be dated later"));
    QCOMPARE(code(set("2026-10-01", {QStringLiteral("x")})), QStringLiteral("invalid"));
    QCOMPARE(value(QStringLiteral("SELECT after->'studentIds' = '[%1, %2]'::jsonb AND before->'studentIds'"
                                  " = '[%3, %1]'::jsonb FROM audit_event WHERE action = 'group.members'"
                                  " AND entity_id = '%4' ORDER BY id DESC LIMIT 1")
                       .arg(b).arg(c).arg(a).arg(group)).toBool(), true);
    QCOMPARE(deputy("groups.list", {{QStringLiteral("academicYearId"), m_year}}).result.toArray().size(), 1);
}

void TestPeople::subgroupRefusesStudentOfAnotherClass()
{
    const qint64 inClass = admitted(QStringLiteral("Галкин"), QStringLiteral("Кирилл"), m_5a, QStringLiteral("2026-09-01"));
    const qint64 outside = admitted(QStringLiteral("Дьячкова"), QStringLiteral("Ева"), m_5b, QStringLiteral("2026-09-01"));
    QVERIFY(inClass > 0 && outside > 0);
    const Envelope noClass = deputy("groups.create", {{QStringLiteral("academicYearId"), m_year},
                                                      {QStringLiteral("kind"), QStringLiteral("subgroup")},
                                                      {QStringLiteral("name"), QStringLiteral("без класса")}});
    QCOMPARE(detail(noClass, "classId"), QStringLiteral("required for a subgroup"));
    const qint64 group = createdId(deputy("groups.create", {{QStringLiteral("academicYearId"), m_year},
                                                            {QStringLiteral("kind"), QStringLiteral("subgroup")},
                                                            {QStringLiteral("name"), QStringLiteral("5А информатика 1")},
                                                            {QStringLiteral("classId"), m_5a}}));
    QVERIFY(group > 0);
    const Envelope refused = deputy("groups.setMembers", {{QStringLiteral("groupId"), group},
                                                          {QStringLiteral("date"), QStringLiteral("2026-09-10")},
                                                          {QStringLiteral("studentIds"), QCborArray{inClass, outside}}});
    QCOMPARE(code(refused), QStringLiteral("invalid"));
    QCOMPARE(refused.error.message, QStringLiteral("Дьячкова Ева is not in 5А on 2026-09-10 and cannot join"
                                                   " its subgroup «5А информатика 1»"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM group_member WHERE group_id = %1").arg(group)).toInt(), 0);
}

void TestPeople::splitCoversTheClassAndTransferEndsMembership()
{
    const qint64 split7 = createClass(QStringLiteral("В"), 7);
    QVERIFY(split7 > 0);
    const QStringList surnames{"Яковлев", "Абрамов", "Жукова", "Егоров", "Ёлкина"};
    QList<qint64> ids;
    for (const QString &surname : surnames)
        ids.append(admitted(surname, QStringLiteral("И"), split7, QStringLiteral("2026-09-01")));
    QVERIFY(!ids.contains(-1));
    const Envelope split = deputy("groups.split", {{QStringLiteral("classId"), split7},
                                                   {QStringLiteral("subjectId"), m_english},
                                                   {QStringLiteral("names"), QCborArray{QStringLiteral("1 группа"),
                                                                                        QStringLiteral("2 группа")}},
                                                   {QStringLiteral("date"), QStringLiteral("2026-09-01")}});
    QCOMPARE(code(split), QStringLiteral("(ok)"));
    const QCborArray groups = split.result.toArray();
    QCOMPARE(names(split.result, "name"), QStringList({"7В Англ. яз. 1 группа", "7В Англ. яз. 2 группа"}));
    const auto membersOf = [&](int i, const char *date) {
        return names(deputy("groups.members", {{QStringLiteral("groupId"), groups.at(i).toMap().value(QStringLiteral("id"))},
                                               {QStringLiteral("date"), QLatin1String(date)}}).result,
                     "lastName");
    };
    QCOMPARE(membersOf(0, "2026-09-01"), QStringList({"Абрамов", "Егоров", "Ёлкина"}));
    QCOMPARE(membersOf(1, "2026-09-01"), QStringList({"Жукова", "Яковлев"}));
    const Envelope again = deputy("groups.split", {{QStringLiteral("classId"), split7},
                                                   {QStringLiteral("subjectId"), m_english},
                                                   {QStringLiteral("names"), QCborArray{QStringLiteral("1 группа"),
                                                                                        QStringLiteral("3 группа")}},
                                                   {QStringLiteral("date"), QStringLiteral("2026-09-01")}});
    QCOMPARE(again.error.message, QStringLiteral("a study group «7В Англ. яз. 1 группа» already exists in 2026/2027"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'group.split'"
                                  " AND entity_id = '%1'").arg(split7)).toInt(), 1);

    // Транзит: Абрамов moves to 5А; his subgroup membership of 7В ends with the enrolment.
    QCOMPARE(code(deputy("movement.transfer", {{QStringLiteral("studentId"), ids.at(1)},
                                               {QStringLiteral("toClassId"), m_5a},
                                               {QStringLiteral("date"), QStringLiteral("2026-12-01")},
                                               {QStringLiteral("orderNo"), QStringLiteral("91-у")}})),
             QStringLiteral("(ok)"));
    QCOMPARE(membersOf(0, "2026-11-30"), QStringList({"Абрамов", "Егоров", "Ёлкина"}));
    QCOMPARE(membersOf(0, "2026-12-01"), QStringList({"Егоров", "Ёлкина"}));
}

void TestPeople::groupScopeOfTeachers()
{
    // Смирнов teaches English in 6А: he may manage 6А's English subgroups, nothing else.
    QVERIFY(m_server.exec(QStringLiteral(
        "INSERT INTO assignment (school_id, staff_id, subject_id, class_id, hours_per_week)"
        " SELECT school_id, %1, %2, %3, 3 FROM staff WHERE id = %1").arg(m_teacherStaff).arg(m_english).arg(m_6a)));
    const qint64 pupil = admitted(QStringLiteral("Зайцев"), QStringLiteral("Роман"), m_6a, QStringLiteral("2026-09-01"));
    QVERIFY(pupil > 0);
    const auto create = [&](TestClient &client, const char *name, qint64 classId) {
        return client.call(QStringLiteral("groups.create"),
                           {{QStringLiteral("academicYearId"), m_year}, {QStringLiteral("kind"), QStringLiteral("subgroup")},
                            {QStringLiteral("name"), QString::fromUtf8(name)}, {QStringLiteral("classId"), classId},
                            {QStringLiteral("subjectId"), m_english}});
    };
    const qint64 own = createdId(create(m_teacher, "6А англ. А", m_6a));
    QVERIFY(own > 0);
    QCOMPARE(code(m_teacher.call(QStringLiteral("groups.setMembers"),
                                 {{QStringLiteral("groupId"), own}, {QStringLiteral("date"), QStringLiteral("2026-09-02")},
                                  {QStringLiteral("studentIds"), QCborArray{pupil}}})),
             QStringLiteral("(ok)"));
    QCOMPARE(code(create(m_teacher, "5А англ. А", m_5a)), QStringLiteral("forbidden"));
    const qint64 of5a = createdId(create(m_classTeacher, "5А англ. Б", m_5a));
    QVERIFY(of5a > 0);
    QCOMPARE(code(m_teacher.call(QStringLiteral("groups.update"),
                                 {{QStringLiteral("id"), of5a}, {QStringLiteral("name"), QStringLiteral("моя")}})),
             QStringLiteral("forbidden"));
    QCOMPARE(code(m_classTeacher.call(QStringLiteral("groups.update"),
                                      {{QStringLiteral("id"), own}, {QStringLiteral("name"), QStringLiteral("моя")}})),
             QStringLiteral("forbidden"));
    QCOMPARE(code(m_student.call(QStringLiteral("groups.setMembers"),
                                 {{QStringLiteral("groupId"), own}, {QStringLiteral("date"), QStringLiteral("2026-09-03")},
                                  {QStringLiteral("studentIds"), QCborArray{}}})),
             QStringLiteral("forbidden"));
    QCOMPARE(code(m_teacher.call(QStringLiteral("groups.members"), {{QStringLiteral("groupId"), own}})),
             QStringLiteral("(ok)"));
}

void TestPeople::anotherSchoolsIdsAreNotFound()
{
    const QStringList setup{
        "INSERT INTO school (name) VALUES ('Другая школа')",
        "INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
        " SELECT id, '2026/2027', '2026-09-01', '2027-08-31', 'active' FROM school WHERE name = 'Другая школа'",
        "INSERT INTO class_unit (school_id, academic_year_id, grade, letter)"
        " SELECT school_id, id, 5, 'А' FROM academic_year"
        "  WHERE school_id = (SELECT id FROM school WHERE name = 'Другая школа')",
        "INSERT INTO student (school_id, last_name, first_name)"
        " SELECT id, 'Чужой', 'Ученик' FROM school WHERE name = 'Другая школа'",
    };
    QString error;
    for (const QString &sql : setup)
        QVERIFY2(m_server.exec(sql, &error), qPrintable(error));
    const QString other = QStringLiteral("(SELECT id FROM school WHERE name = 'Другая школа')");
    const qint64 year = value(QStringLiteral("SELECT id FROM academic_year WHERE school_id = %1").arg(other)).toLongLong();
    const qint64 cls = value(QStringLiteral("SELECT id FROM class_unit WHERE school_id = %1").arg(other)).toLongLong();
    const qint64 pupil = value(QStringLiteral("SELECT id FROM student WHERE school_id = %1").arg(other)).toLongLong();
    const qint64 mine = student(QStringLiteral("Свой"), QStringLiteral("Ученик"));
    QVERIFY(year > 0 && cls > 0 && pupil > 0 && mine > 0);
    QCOMPARE(code(deputy("students.get", {{QStringLiteral("id"), pupil}})), QStringLiteral("not_found"));
    QCOMPARE(code(deputy("students.update", {{QStringLiteral("id"), pupil},
                                             {QStringLiteral("firstName"), QStringLiteral("Взлом")}})),
             QStringLiteral("not_found"));
    QCOMPARE(code(deputy("classes.list", {{QStringLiteral("academicYearId"), year}})), QStringLiteral("not_found"));
    QCOMPARE(code(deputy("classes.update", {{QStringLiteral("id"), cls}, {QStringLiteral("shift"), 2}})),
             QStringLiteral("not_found"));
    QCOMPARE(code(deputy("students.list", {{QStringLiteral("classId"), cls}})), QStringLiteral("not_found"));
    QCOMPARE(code(deputy("movement.admit", {{QStringLiteral("studentId"), mine}, {QStringLiteral("classId"), cls},
                                            {QStringLiteral("date"), QStringLiteral("2026-09-01")},
                                            {QStringLiteral("orderNo"), QStringLiteral("1")}})),
             QStringLiteral("not_found"));
    QCOMPARE(code(deputy("movement.admit", {{QStringLiteral("studentId"), pupil}, {QStringLiteral("classId"), m_5a},
                                            {QStringLiteral("date"), QStringLiteral("2026-09-01")},
                                            {QStringLiteral("orderNo"), QStringLiteral("1")}})),
             QStringLiteral("not_found"));
    QCOMPARE(code(deputy("groups.split", {{QStringLiteral("classId"), cls}, {QStringLiteral("subjectId"), m_english},
                                          {QStringLiteral("names"), QCborArray{QStringLiteral("1"), QStringLiteral("2")}},
                                          {QStringLiteral("date"), QStringLiteral("2026-09-01")}})),
             QStringLiteral("not_found"));
    QCOMPARE(code(deputy("guardians.create", {{QStringLiteral("lastName"), QStringLiteral("Х")},
                                              {QStringLiteral("firstName"), QStringLiteral("Y")},
                                              {QStringLiteral("studentId"), pupil}})),
             QStringLiteral("not_found"));
    QCOMPARE(value(QStringLiteral("SELECT first_name FROM student WHERE id = %1").arg(pupil)).toString(),
             QStringLiteral("Ученик"));
}

QTEST_MAIN(TestPeople)
#include "tst_people.moc"

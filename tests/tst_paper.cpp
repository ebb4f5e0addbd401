// Integration tests of the paper-copy methods over the real protocol on a small school
// (tst_paper_school.h): the class journal of a quarter and of the year with its lessons,
// marks, absences, subgroup, finals and attendance summary; the summary sheet of a class and
// a grade; a guardian's extract; and who may print what (deputy, class teacher, teacher).
#include "testclient.h"
#include "tst_paper_school.h"

#include <QCborArray>
#include <QtTest>

using namespace ejournal;

namespace {

QString errorCode(const Envelope &e)
{
    return e.kind == Envelope::Kind::Error ? errorCodeName(e.error.code) : QStringLiteral("(ok)");
}

QCborValue at(const QCborValue &v, const char *key)
{
    return v.toMap().value(QLatin1String(key));
}

// The first row of an array whose key has the value.
QCborMap rowWhere(const QCborValue &rows, const char *key, const QCborValue &value)
{
    for (const QCborValue &row : rows.toArray())
        if (at(row, key) == value)
            return row.toMap();
    return {};
}

} // namespace

class TestPaper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quarterJournalOfAClass();
    void attendanceSummaryCountsDaysAndLessons();
    void yearJournalHasEveryQuarter();
    void wrongPeriodOrYearRefused();
    void classTeacherPrintsOwnClassOnly();
    void teacherPrintsOwnSubjectsOnly();
    void othersForbidden();
    void finalsSheetOfClassAndGrade();
    void extractForAGuardian();
    void extractScope();
    void optionsListWhatMayBePrinted();

private:
    Envelope call(TestClient &client, const QString &method, const QCborMap &params);
    QCborMap journal(TestClient &client, const QString &cls, qint64 periodId = 0);

    TestServer m_server;
    paperschool::School m_school;
    TestClient m_deputy, m_petrova, m_sidorov, m_ivanova, m_psych;
};

Envelope TestPaper::call(TestClient &client, const QString &method, const QCborMap &params)
{
    return client.call(method, params);
}

QCborMap TestPaper::journal(TestClient &client, const QString &cls, qint64 periodId)
{
    QCborMap params{{QStringLiteral("classId"), m_school.classes.value(cls)}};
    if (periodId)
        params.insert(QStringLiteral("periodId"), periodId);
    const Envelope e = call(client, QStringLiteral("paper.classJournal"), params);
    if (e.kind != Envelope::Kind::Result)
        qWarning("paper.classJournal: %s", qPrintable(e.error.message));
    return e.result.toMap();
}

void TestPaper::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(paperschool::build(m_server, &m_school));
    const QList<std::pair<TestClient *, const char *>> users{
        {&m_deputy, "zavuch"}, {&m_petrova, "petrova"}, {&m_sidorov, "sidorov"},
        {&m_ivanova, "ivanova"}, {&m_psych, "psych"}};
    for (const auto &[client, login] : users) {
        QVERIFY(client->connectTo(m_server.port(), m_server.fingerprint()));
        QCOMPARE(client->login(QLatin1String(login), paperschool::kPassword).kind,
                 Envelope::Kind::Result);
    }
}

void TestPaper::quarterJournalOfAClass()
{
    const QCborMap j = journal(m_deputy, QStringLiteral("5А"), m_school.periods.value(QStringLiteral("1")));
    const QCborMap title = at(j, "title").toMap();
    QCOMPARE(at(title, "school").toString(), QStringLiteral("МБОУ «Школа №1»"));
    QCOMPARE(at(title, "className").toString(), QStringLiteral("5А"));
    QCOMPARE(at(title, "yearName").toString(), QStringLiteral("2026/2027"));
    QCOMPARE(at(title, "classTeacher").toString(), QStringLiteral("Петрова Анна Сергеевна"));
    QCOMPARE(at(j, "from").toString(), QStringLiteral("2026-09-01"));
    QCOMPARE(at(j, "to").toString(), QStringLiteral("2026-10-25"));
    QVERIFY(at(j, "whole").toBool());

    const QCborArray students = at(j, "students").toArray();
    QCOMPARE(students.size(), 4);
    QCOMPARE(at(students.at(0), "name").toString(), QStringLiteral("Алексеев Иван"));
    QCOMPARE(at(students.at(0), "number").toInteger(), 1);
    QCOMPARE(at(students.at(0), "birthDate").toString(), QStringLiteral("2015-03-14"));
    QCOMPARE(at(students.at(3), "name").toString(), QStringLiteral("Григорьева Мария"));
    const QCborArray guardians = at(students.at(0), "guardians").toArray();
    QCOMPARE(guardians.size(), 2);
    QCOMPARE(at(guardians.at(0), "relation").toString(), QStringLiteral("mother"));
    QCOMPARE(at(guardians.at(0), "phone").toString(), QStringLiteral("+7 900 111-22-33"));
    QCOMPARE(at(at(students.at(1), "orders").toArray().at(0), "orderNo").toString(), QStringLiteral("12-у"));

    // Subjects by subject, the subgroup's English with its two members.
    const QCborArray subjects = at(j, "subjects").toArray();
    QCOMPARE(subjects.size(), 3);
    QCOMPARE(at(subjects.at(0), "subjectName").toString(), QStringLiteral("Русский язык"));
    QCOMPARE(at(subjects.at(0), "teacherName").toString(), QStringLiteral("Сидоров Г. И."));
    const QCborMap english = rowWhere(subjects, "subjectName", QStringLiteral("Английский язык"));
    QCOMPARE(at(english, "groupName").toString(), QStringLiteral("5А англ. 1 гр."));
    QCOMPARE(at(english, "studentIds").toArray().size(), 2);
    QCOMPARE(at(english, "teacherName").toString(), QStringLiteral("Иванова М."));

    // Mathematics: Mondays and Wednesdays of Sep 1 – Oct 23 (8 weeks; Sep 1 is a Tuesday).
    const QCborMap math = rowWhere(subjects, "subjectName", QStringLiteral("Математика"));
    const QCborArray lessons = at(math, "lessons").toArray();
    QCOMPARE(lessons.size(), 15);
    QCOMPARE(at(lessons.at(0), "date").toString(), QStringLiteral("2026-09-02"));
    QCOMPARE(at(lessons.at(0), "topic").toString(), QStringLiteral("Математика: тема 1"));
    QCOMPARE(at(lessons.at(0), "homework").toString(), QStringLiteral("§ 1, упр. 3"));

    // Cells: two marks in one, an absence, a sick note.
    const qint64 alekseev = m_school.students.value(QStringLiteral("Алексеев"));
    const qint64 firstMath = at(lessons.at(0), "id").toInteger();
    bool twoMarks = false;
    int absences = 0;
    for (const QCborValue &cell : at(j, "cells").toArray()) {
        if (at(cell, "lessonId").toInteger() == firstMath && at(cell, "studentId").toInteger() == alekseev)
            twoMarks = at(cell, "marks").toArray() == QCborArray{QStringLiteral("5"), QStringLiteral("4")};
        absences += at(cell, "attendance").toString().isEmpty() ? 0 : 1;
    }
    QVERIFY(twoMarks);
    QCOMPARE(absences, 3);
    QCOMPARE(at(j, "cells").toArray().size(), 6);

    // Finals of 5А only (Дмитриев is in 6А).
    const QCborArray finals = at(j, "finals").toArray();
    QCOMPARE(finals.size(), 4);
    QCOMPARE(at(j, "periods").toArray().size(), 4);
}

void TestPaper::attendanceSummaryCountsDaysAndLessons()
{
    const QCborMap j = journal(m_deputy, QStringLiteral("5А"), m_school.periods.value(QStringLiteral("1")));
    auto total = [&](const QString &who) {
        for (const QCborValue &row : at(j, "attendance").toArray())
            if (at(row, "studentId").toInteger() == m_school.students.value(who) && at(row, "periodId").isNull())
                return row.toMap();
        return QCborMap();
    };
    // Волков: absent the whole Wednesday (one lesson) and one of two lessons on Monday.
    const QCborMap volkov = total(QStringLiteral("Волков"));
    QCOMPARE(at(volkov, "daysMissed").toInteger(), 1);
    QCOMPARE(at(volkov, "lessonsMissed").toInteger(), 2);
    QCOMPARE(at(volkov, "daysIll").toInteger(), 0);
    // Борисова: ill the whole Tuesday.
    const QCborMap borisova = total(QStringLiteral("Борисова"));
    QCOMPARE(at(borisova, "daysMissed").toInteger(), 1);
    QCOMPARE(at(borisova, "daysIll").toInteger(), 1);
    QCOMPARE(at(borisova, "lessonsIll").toInteger(), 1);
    QCOMPARE(at(total(QStringLiteral("Алексеев")), "lessonsMissed").toInteger(), 0);
}

void TestPaper::yearJournalHasEveryQuarter()
{
    const QCborMap j = journal(m_deputy, QStringLiteral("5А"));
    QCOMPARE(at(j, "from").toString(), QStringLiteral("2026-09-01"));
    QCOMPARE(at(j, "to").toString(), QStringLiteral("2027-05-31"));
    QVERIFY(at(j, "periodId").isNull());
    const QCborMap math = rowWhere(at(j, "subjects"), "subjectName", QStringLiteral("Математика"));
    // Sep 1 – Dec 25 minus the autumn holidays: 16 weeks of Mondays and Wednesdays, less two.
    QCOMPARE(at(math, "lessons").toArray().size(), 30);
    // Per-quarter rows and a total row for Волков.
    int rows = 0;
    for (const QCborValue &row : at(j, "attendance").toArray())
        rows += at(row, "studentId").toInteger() == m_school.students.value(QStringLiteral("Волков")) ? 1 : 0;
    QCOMPARE(rows, 3);  // 1st quarter, 2nd quarter (no absence but lessons), total
}

void TestPaper::wrongPeriodOrYearRefused()
{
    const Envelope e = call(m_deputy, QStringLiteral("paper.classJournal"),
                            {{QStringLiteral("classId"), m_school.classes.value(QStringLiteral("5А"))},
                             {QStringLiteral("periodId"), 999999}});
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    QVERIFY(e.error.details.contains(QStringLiteral("periodId")));
    const Envelope y = call(m_deputy, QStringLiteral("paper.classJournal"),
                            {{QStringLiteral("classId"), m_school.classes.value(QStringLiteral("5А"))},
                             {QStringLiteral("academicYearId"), m_school.year + 1}});
    QCOMPARE(errorCode(y), QStringLiteral("invalid"));
    const Envelope c = call(m_deputy, QStringLiteral("paper.classJournal"), {{QStringLiteral("classId"), 999999}});
    QCOMPARE(errorCode(c), QStringLiteral("not_found"));
}

void TestPaper::classTeacherPrintsOwnClassOnly()
{
    const QCborMap own = journal(m_petrova, QStringLiteral("5А"));
    QVERIFY(at(own, "whole").toBool());
    QCOMPARE(at(own, "subjects").toArray().size(), 3);
    const Envelope other = call(m_petrova, QStringLiteral("paper.classJournal"),
                                {{QStringLiteral("classId"), m_school.classes.value(QStringLiteral("6А"))}});
    QCOMPARE(errorCode(other), QStringLiteral("forbidden"));
}

void TestPaper::teacherPrintsOwnSubjectsOnly()
{
    for (const QString &cls : {QStringLiteral("5А"), QStringLiteral("6А")}) {
        const QCborMap j = journal(m_sidorov, cls);
        QVERIFY(!at(j, "whole").toBool());
        const QCborArray subjects = at(j, "subjects").toArray();
        QCOMPARE(subjects.size(), 1);
        QCOMPARE(at(subjects.at(0), "subjectName").toString(), QStringLiteral("Русский язык"));
    }
    // Finals of other subjects are not shown to him.
    const QCborMap j = journal(m_sidorov, QStringLiteral("5А"));
    QCOMPARE(at(j, "finals").toArray().size(), 1);
}

void TestPaper::othersForbidden()
{
    const Envelope e = call(m_ivanova, QStringLiteral("paper.classJournal"),
                            {{QStringLiteral("classId"), m_school.classes.value(QStringLiteral("6А"))}});
    QCOMPARE(errorCode(e), QStringLiteral("forbidden"));
    const Envelope p = call(m_psych, QStringLiteral("paper.classJournal"),
                            {{QStringLiteral("classId"), m_school.classes.value(QStringLiteral("5А"))}});
    QCOMPARE(errorCode(p), QStringLiteral("forbidden"));  // no JournalRead
}

void TestPaper::finalsSheetOfClassAndGrade()
{
    const Envelope cls = call(m_deputy, QStringLiteral("paper.finalsSheet"),
                              {{QStringLiteral("academicYearId"), m_school.year},
                               {QStringLiteral("classId"), m_school.classes.value(QStringLiteral("5А"))}});
    QCOMPARE(errorCode(cls), QStringLiteral("(ok)"));
    const QCborArray classes = at(cls.result, "classes").toArray();
    QCOMPARE(classes.size(), 1);
    QCOMPARE(at(classes.at(0), "subjects").toArray().size(), 3);
    QCOMPARE(at(classes.at(0), "students").toArray().size(), 4);
    QCOMPARE(at(classes.at(0), "finals").toArray().size(), 4);
    QCOMPARE(at(cls.result, "school").toString(), QStringLiteral("МБОУ «Школа №1»"));

    const Envelope grade6 = call(m_deputy, QStringLiteral("paper.finalsSheet"),
                                 {{QStringLiteral("academicYearId"), m_school.year}, {QStringLiteral("grade"), 6}});
    QCOMPARE(at(at(grade6.result, "classes").toArray().at(0), "finals").toArray().size(), 1);
    // A teacher of grade 6 sees only own subject; a class teacher of 5А nothing of grade 6.
    const Envelope sidorov = call(m_sidorov, QStringLiteral("paper.finalsSheet"),
                                  {{QStringLiteral("academicYearId"), m_school.year}, {QStringLiteral("grade"), 6}});
    QCOMPARE(at(at(sidorov.result, "classes").toArray().at(0), "subjects").toArray().size(), 1);
    const Envelope petrova = call(m_petrova, QStringLiteral("paper.finalsSheet"),
                                  {{QStringLiteral("academicYearId"), m_school.year}, {QStringLiteral("grade"), 6}});
    QCOMPARE(errorCode(petrova), QStringLiteral("forbidden"));
    const Envelope both = call(m_deputy, QStringLiteral("paper.finalsSheet"),
                               {{QStringLiteral("academicYearId"), m_school.year}, {QStringLiteral("grade"), 6},
                                {QStringLiteral("classId"), m_school.classes.value(QStringLiteral("5А"))}});
    QCOMPARE(errorCode(both), QStringLiteral("invalid"));
}

void TestPaper::extractForAGuardian()
{
    const Envelope e = call(m_petrova, QStringLiteral("paper.extract"),
                            {{QStringLiteral("studentId"), m_school.students.value(QStringLiteral("Алексеев"))},
                             {QStringLiteral("from"), QStringLiteral("2026-09-01")},
                             {QStringLiteral("to"), QStringLiteral("2026-09-13")}});
    QCOMPARE(errorCode(e), QStringLiteral("(ok)"));
    QCOMPARE(at(e.result, "fullName").toString(), QStringLiteral("Алексеев Иван Петрович"));
    QCOMPARE(at(e.result, "className").toString(), QStringLiteral("5А"));
    const QCborArray subjects = at(e.result, "subjects").toArray();
    QCOMPARE(subjects.size(), 3);  // Russian, mathematics, English (his subgroup)
    const QCborMap math = rowWhere(subjects, "subjectName", QStringLiteral("Математика"));
    QCOMPARE(at(math, "marks").toArray().size(), 3);
    QCOMPARE(at(math, "lessons").toInteger(), 3);  // Sep 2, 7 and 9
    // (5·1 + 4·1 + 3·2) / 4 with the test school's weights (Отв 1, ДЗ 1, КР 2).
    QCOMPARE(at(math, "average").toDouble(), 3.75);
    QCOMPARE(at(at(math, "marks").toArray().at(2), "workType").toString(), QStringLiteral("КР"));
    // The coming week (Sep 14–20): Monday two lessons, Tuesday, Wednesday, Thursday English.
    QCOMPARE(at(e.result, "homework").toArray().size(), 5);
    QCOMPARE(at(at(e.result, "homework").toArray().at(0), "due").toString(), QStringLiteral("2026-09-14"));

    const Envelope volkov = call(m_deputy, QStringLiteral("paper.extract"),
                                 {{QStringLiteral("studentId"), m_school.students.value(QStringLiteral("Волков"))},
                                  {QStringLiteral("from"), QStringLiteral("2026-09-01")},
                                  {QStringLiteral("to"), QStringLiteral("2026-09-30")}});
    QCOMPARE(at(rowWhere(at(volkov.result, "subjects"), "subjectName", QStringLiteral("Математика")), "absent").toInteger(), 2);
    QCOMPARE(at(volkov.result, "subjects").toArray().size(), 2);  // not in the English subgroup
}

void TestPaper::extractScope()
{
    const QCborMap range{{QStringLiteral("from"), QStringLiteral("2026-09-01")},
                         {QStringLiteral("to"), QStringLiteral("2026-09-30")}};
    QCborMap other = range;
    other.insert(QStringLiteral("studentId"), m_school.students.value(QStringLiteral("Дмитриев")));
    QCOMPARE(errorCode(call(m_petrova, QStringLiteral("paper.extract"), other)), QStringLiteral("forbidden"));
    QCOMPARE(errorCode(call(m_ivanova, QStringLiteral("paper.extract"), other)), QStringLiteral("forbidden"));
    QCborMap own = range;
    own.insert(QStringLiteral("studentId"), m_school.students.value(QStringLiteral("Дмитриев")));
    const Envelope s = call(m_sidorov, QStringLiteral("paper.extract"), own);
    QCOMPARE(errorCode(s), QStringLiteral("(ok)"));
    QCOMPARE(at(s.result, "subjects").toArray().size(), 1);
    QVERIFY(!at(s.result, "whole").toBool());
    QCborMap reversed = own;
    reversed.insert(QStringLiteral("to"), QStringLiteral("2026-08-01"));
    QCOMPARE(errorCode(call(m_deputy, QStringLiteral("paper.extract"), reversed)), QStringLiteral("invalid"));
}

void TestPaper::optionsListWhatMayBePrinted()
{
    const Envelope d = call(m_deputy, QStringLiteral("paper.options"), {});
    QCOMPARE(at(d.result, "classes").toArray().size(), 2);
    QCOMPARE(at(d.result, "academicYearId").toInteger(), m_school.year);
    QCOMPARE(at(at(d.result, "classes").toArray().at(0), "students").toArray().size(), 4);
    QCOMPARE(at(at(d.result, "classes").toArray().at(0), "periods").toArray().size(), 4);
    const Envelope i = call(m_ivanova, QStringLiteral("paper.options"), {});
    const QCborArray mine = at(i.result, "classes").toArray();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(at(mine.at(0), "name").toString(), QStringLiteral("5А"));
    QVERIFY(!at(mine.at(0), "whole").toBool());
}

QTEST_GUILESS_MAIN(TestPaper)
#include "tst_paper.moc"

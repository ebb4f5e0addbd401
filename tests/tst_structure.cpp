// Integration tests of the structure methods over the real protocol and a real PostgreSQL:
// a deputy sets up a school year; bad input is refused with messages naming the problem;
// a closed year is read-only; a teacher only reads; writes are audited; another school's
// rows stay out of reach.
#include "methodlists.h"
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QtTest>

using namespace ejournal;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Parol2026"_s;

QString errorCode(const Envelope &e)
{
    return e.kind == Envelope::Kind::Error ? errorCodeName(e.error.code) : u"(ok)"_s;
}

QString describe(const Envelope &e)
{
    return e.kind == Envelope::Kind::Error
        ? u"%1: %2 %3"_s.arg(errorCode(e), e.error.message,
                              e.error.details.toCborValue().toDiagnosticNotation())
        : e.result.toDiagnosticNotation();
}

QCborMap period(const char *startsOn, const char *endsOn)
{
    return {{u"startsOn"_s, QString::fromLatin1(startsOn)}, {u"endsOn"_s, QString::fromLatin1(endsOn)}};
}

QCborMap lesson(int no, const char *startsAt, const char *endsAt)
{
    return {{u"lessonNo"_s, no}, {u"startsAt"_s, QString::fromLatin1(startsAt)},
            {u"endsAt"_s, QString::fromLatin1(endsAt)}};
}

// Six lessons of 45 minutes from 08:30.
QCborArray usualLessons()
{
    return {lesson(1, "08:30", "09:15"), lesson(2, "09:25", "10:10"), lesson(3, "10:25", "11:10"),
            lesson(4, "11:25", "12:10"), lesson(5, "12:20", "13:05"), lesson(6, "13:15", "14:00")};
}

// Valid-looking values for a method's required parameters (enough to pass the catalogue).
QCborMap sampleParams(const MethodInfo &method)
{
    QCborMap out;
    for (const ParamSpec &p : method.params) {
        if (!p.required)
            continue;
        switch (p.type) {
        case ParamType::Text: out.insert(p.name, u"x"_s); break;
        case ParamType::Integer: out.insert(p.name, 1); break;
        case ParamType::Boolean: out.insert(p.name, true); break;
        case ParamType::Map: out.insert(p.name, QCborMap()); break;
        case ParamType::Array: out.insert(p.name, QCborArray()); break;
        case ParamType::Date: out.insert(p.name, u"2026-09-01"_s); break;
        case ParamType::Number: out.insert(p.name, 1); break;
        case ParamType::Bytes: out.insert(p.name, QByteArray("x")); break;
        }
    }
    return out;
}

QStringList names(const QCborArray &rows)
{
    QStringList out;
    for (const QCborValue &row : rows)
        out.append(row.toMap().value(u"name"_s).toString());
    return out;
}
} // namespace

// A call that must succeed: declares `var` with the answer.
#define CALL_OK(var, client, method, params)                                                     \
    const Envelope var = (client).call(method, params);                                          \
    QVERIFY2(var.kind != Envelope::Kind::Error, qPrintable(u"" method ": "_s + describe(var)))

// A call that must be refused with `code`, its message containing `text`: declares `var`.
#define CALL_REFUSED(var, client, method, params, code, text)                                    \
    const Envelope var = (client).call(method, params);                                          \
    QCOMPARE(errorCode(var), QStringLiteral(code));                                              \
    QVERIFY2(var.error.message.contains(text), qPrintable(describe(var)))

class TestStructure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deputySetsUpAYear();
    void defaultPeriodsOfOtherKinds();
    void yearRefusals();
    void periodSchemeRefusals();
    void holidayRefusals();
    void bellRefusals();
    void subjectAndRoomRefusals();
    void oneActiveYearAndClosedYearIsReadOnly();
    void teacherReadsButCannotWrite();
    void writesAreAuditedWithBeforeAndAfter();
    void anotherSchoolIsOutOfReach();

private:
    qint64 createYear(const QString &name, const char *startsOn, const char *endsOn);

    TestServer m_server;
    TestClient m_deputy;
    TestClient m_teacher;
    TestClient m_admin;
    qint64 m_yearId = 0;    // 2026/2027, set up in full
    qint64 m_schemeId = 0;  // its quarters
};

void TestStructure::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_server.createUser(u"deputy"_s, kPassword, {u"deputy"_s}) > 0);
    QVERIFY(m_server.createUser(u"teacher"_s, kPassword, {u"teacher"_s}) > 0);
    QVERIFY(m_server.createUser(u"admin"_s, kPassword, {u"admin"_s}) > 0);
    const QList<std::pair<TestClient *, QString>> users{
        {&m_deputy, u"deputy"_s}, {&m_teacher, u"teacher"_s}, {&m_admin, u"admin"_s}};
    for (const auto &[client, login] : users) {
        QVERIFY(client->connectTo(m_server.port(), m_server.fingerprint()));
        QCOMPARE(errorCode(client->login(login, kPassword)), u"(ok)"_s);
    }
}

qint64 TestStructure::createYear(const QString &name, const char *startsOn, const char *endsOn)
{
    const Envelope reply = m_deputy.call(u"years.create"_s,
                                         {{u"name"_s, name},
                                          {u"startsOn"_s, QString::fromLatin1(startsOn)},
                                          {u"endsOn"_s, QString::fromLatin1(endsOn)}});
    if (reply.kind == Envelope::Kind::Error)
        qWarning("years.create %s: %s", qPrintable(name), qPrintable(describe(reply)));
    return reply.result.toMap().value(u"id"_s).toInteger();
}

void TestStructure::deputySetsUpAYear()
{
    m_yearId = createYear(u"2026/2027"_s, "2026-09-01", "2027-05-31");
    QVERIFY(m_yearId > 0);

    CALL_OK(scheme, m_deputy, "periodSchemes.create",
            QCborMap({{u"academicYearId"_s, m_yearId}, {u"kind"_s, u"quarters"_s}}));
    const QCborMap quarters = scheme.result.toMap();
    m_schemeId = quarters.value(u"id"_s).toInteger();
    QCOMPARE(quarters.value(u"name"_s).toString(), u"Четверти"_s);
    const QCborArray periods = quarters.value(u"periods"_s).toArray();
    QCOMPARE(names(periods), QStringList({u"1 четверть"_s, u"2 четверть"_s, u"3 четверть"_s,
                                          u"4 четверть"_s}));
    const QList<QCborMap> expected{period("2026-09-01", "2026-10-24"), period("2026-11-05", "2026-12-28"),
                                   period("2027-01-12", "2027-03-20"), period("2027-03-30", "2027-05-31")};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QCborMap p = periods.at(i).toMap();
        QCOMPARE(p.value(u"startsOn"_s), expected.at(i).value(u"startsOn"_s));
        QCOMPARE(p.value(u"endsOn"_s), expected.at(i).value(u"endsOn"_s));
        QCOMPARE(p.value(u"ordinal"_s).toInteger(), i + 1);
        QCOMPARE(p.value(u"closed"_s).toBool(), false);
    }

    const QList<QCborMap> holidays{
        {{u"name"_s, u"Осенние каникулы"_s}, {u"startsOn"_s, u"2026-10-25"_s}, {u"endsOn"_s, u"2026-11-04"_s}},
        {{u"name"_s, u"Зимние каникулы"_s}, {u"startsOn"_s, u"2026-12-29"_s}, {u"endsOn"_s, u"2027-01-11"_s}},
        {{u"name"_s, u"Весенние каникулы"_s}, {u"startsOn"_s, u"2027-03-21"_s}, {u"endsOn"_s, u"2027-03-29"_s}},
        {{u"name"_s, u"Дополнительные каникулы"_s}, {u"startsOn"_s, u"2027-02-15"_s},
         {u"endsOn"_s, u"2027-02-21"_s}, {u"grades"_s, QCborArray{1}}}};
    for (QCborMap h : holidays) {
        h.insert(u"academicYearId"_s, m_yearId);
        CALL_OK(created, m_deputy, "holidays.create", h);
        QVERIFY(created.result.toMap().value(u"id"_s).toInteger() > 0);
    }

    const QList<QCborMap> subjects{
        {{u"name"_s, u"Русский язык"_s}, {u"shortName"_s, u"Рус. яз."_s}, {u"component"_s, u"federal"_s}},
        {{u"name"_s, u"Финансовая грамотность"_s}, {u"shortName"_s, u"Фин. гр."_s}, {u"component"_s, u"school"_s}},
        {{u"name"_s, u"Математика"_s}, {u"shortName"_s, u"Матем."_s}, {u"component"_s, u"federal"_s}}};
    for (const QCborMap &s : subjects) {
        CALL_OK(created, m_deputy, "subjects.create", s);
        QCOMPARE(created.result.toMap().value(u"archived"_s).toBool(), false);
    }

    const QList<QCborMap> rooms{
        {{u"name"_s, u"214"_s}, {u"title"_s, u"Кабинет физики"_s}, {u"capacity"_s, 30}},
        {{u"name"_s, u"Спортзал"_s}},
        {{u"name"_s, u"9"_s}, {u"capacity"_s, 25}}};
    for (const QCborMap &r : rooms) {
        CALL_OK(created, m_deputy, "rooms.create", r);
        QVERIFY(created.result.toMap().value(u"id"_s).toInteger() > 0);
    }

    CALL_OK(bells, m_deputy, "bells.set",
            QCborMap({{u"academicYearId"_s, m_yearId}, {u"shift"_s, 1}, {u"lessons"_s, usualLessons()}}));

    // Read it all back.
    CALL_OK(years, m_deputy, "years.list", QCborMap());
    const QCborMap year = years.result.toArray().at(0).toMap();
    QCOMPARE(year.value(u"name"_s).toString(), u"2026/2027"_s);
    QCOMPARE(year.value(u"state"_s).toString(), u"planning"_s);
    QCOMPARE(year.value(u"startsOn"_s).toString(), u"2026-09-01"_s);
    QCOMPARE(year.value(u"endsOn"_s).toString(), u"2027-05-31"_s);

    CALL_OK(schemes, m_deputy, "periodSchemes.list", QCborMap({{u"academicYearId"_s, m_yearId}}));
    QCOMPARE(schemes.result.toArray().size(), 1);
    QCOMPARE(schemes.result.toArray().at(0).toMap(), quarters);

    CALL_OK(holidayList, m_deputy, "holidays.list", QCborMap({{u"academicYearId"_s, m_yearId}}));
    const QCborArray holidayRows = holidayList.result.toArray();
    QCOMPARE(names(holidayRows), QStringList({u"Осенние каникулы"_s, u"Зимние каникулы"_s,
                                              u"Дополнительные каникулы"_s, u"Весенние каникулы"_s}));
    QCOMPARE(holidayRows.at(0).toMap().value(u"grades"_s).toArray(), QCborArray());
    QCOMPARE(holidayRows.at(2).toMap().value(u"grades"_s).toArray(), QCborArray{1});

    CALL_OK(subjectList, m_deputy, "subjects.list", QCborMap());
    QCOMPARE(names(subjectList.result.toArray()),
             QStringList({u"Математика"_s, u"Русский язык"_s, u"Финансовая грамотность"_s}));
    QCOMPARE(subjectList.result.toArray().at(2).toMap().value(u"component"_s).toString(), u"school"_s);

    CALL_OK(roomList, m_deputy, "rooms.list", QCborMap());
    QCOMPARE(names(roomList.result.toArray()), QStringList({u"9"_s, u"214"_s, u"Спортзал"_s}));
    QCOMPARE(roomList.result.toArray().at(1).toMap().value(u"capacity"_s).toInteger(), 30);
    QVERIFY(roomList.result.toArray().at(2).toMap().value(u"capacity"_s).isNull());

    CALL_OK(bellList, m_deputy, "bells.list", QCborMap({{u"academicYearId"_s, m_yearId}}));
    const QCborArray bellRows = bellList.result.toArray();
    QCOMPARE(bellRows.size(), 6);
    QCOMPARE(bellRows.at(0).toMap(),
             QCborMap({{u"lessonNo"_s, 1}, {u"startsAt"_s, u"08:30"_s}, {u"endsAt"_s, u"09:15"_s},
                       {u"shift"_s, 1}}));
    QCOMPARE(bellRows.at(5).toMap().value(u"endsAt"_s).toString(), u"14:00"_s);
}

void TestStructure::defaultPeriodsOfOtherKinds()
{
    const auto create = [this](qint64 yearId, const QString &kind) {
        return m_deputy.call(u"periodSchemes.create"_s,
                             {{u"academicYearId"_s, yearId}, {u"kind"_s, kind}});
    };
    const auto dates = [](const Envelope &e) {
        QStringList out;
        for (const QCborValue &p : e.result.toMap().value(u"periods"_s).toArray())
            out.append(p.toMap().value(u"name"_s).toString() + u' '
                       + p.toMap().value(u"startsOn"_s).toString() + u".."_s
                       + p.toMap().value(u"endsOn"_s).toString());
        return out;
    };
    const Envelope trimesters = create(m_yearId, u"trimesters"_s);
    QCOMPARE(dates(trimesters), QStringList({u"1 триместр 2026-09-01..2026-11-30"_s,
                                             u"2 триместр 2026-12-01..2027-02-28"_s,
                                             u"3 триместр 2027-03-01..2027-05-31"_s}));
    const Envelope halves = create(m_yearId, u"halves"_s);
    QCOMPARE(dates(halves), QStringList({u"1 полугодие 2026-09-01..2026-12-28"_s,
                                         u"2 полугодие 2027-01-12..2027-05-31"_s}));
    const Envelope whole = create(m_yearId, u"year"_s);
    QCOMPARE(whole.result.toMap().value(u"name"_s).toString(), u"Год"_s);
    QCOMPARE(dates(whole), QStringList({u"Год 2026-09-01..2027-05-31"_s}));

    // A year off the usual calendar is cut into equal parts without gaps.
    const qint64 odd = createYear(u"2030"_s, "2030-01-09", "2030-12-25");
    QVERIFY(odd > 0);
    const Envelope oddHalves = create(odd, u"halves"_s);
    QCOMPARE(dates(oddHalves), QStringList({u"1 полугодие 2030-01-09..2030-07-02"_s,
                                            u"2 полугодие 2030-07-03..2030-12-25"_s}));
}

void TestStructure::yearRefusals()
{
    const auto params = [](const QString &name, const char *startsOn, const char *endsOn) {
        return QCborMap({{u"name"_s, name}, {u"startsOn"_s, QString::fromLatin1(startsOn)},
                         {u"endsOn"_s, QString::fromLatin1(endsOn)}});
    };
    CALL_REFUSED(overlap, m_deputy, "years.create", params(u"Лето 2027"_s, "2027-05-01", "2027-08-31"),
                 "invalid", u"overlaps the academic year «2026/2027» (2026-09-01 – 2027-05-31)"_s);
    QVERIFY(overlap.error.details.contains(u"startsOn"_s));
    CALL_REFUSED(backwards, m_deputy, "years.create", params(u"2031/2032"_s, "2032-05-31", "2031-09-01"),
                 "invalid", u"not after it starts"_s);
    QVERIFY(backwards.error.details.contains(u"endsOn"_s));
    CALL_REFUSED(tooLong, m_deputy, "years.create", params(u"2031/2032"_s, "2031-09-01", "2032-12-01"),
                 "invalid", u"more than 14 months"_s);
    QVERIFY(tooLong.error.details.contains(u"endsOn"_s));
    CALL_REFUSED(duplicate, m_deputy, "years.create", params(u"2026/2027"_s, "2040-09-01", "2041-05-31"),
                 "invalid", u"«2026/2027» already exists"_s);
    QCOMPARE(duplicate.error.details.value(u"name"_s).toString(), u"already exists"_s);
    CALL_REFUSED(blank, m_deputy, "years.create", params(u"  "_s, "2040-09-01", "2041-05-31"),
                 "invalid", u"name"_s);

    // Moving the end would leave the fourth quarter outside the year.
    CALL_REFUSED(shrink, m_deputy, "years.update",
                 QCborMap({{u"id"_s, m_yearId}, {u"endsOn"_s, u"2027-05-20"_s}}),
                 "invalid", u"the period «4 четверть» of «Четверти» (2027-03-30 – 2027-05-31)"_s);
    QVERIFY(shrink.error.details.value(u"endsOn"_s).toString().contains(u"«4 четверть»"_s));
    // Moving the start past the autumn holidays names them too.
    CALL_REFUSED(late, m_deputy, "years.update",
                 QCborMap({{u"id"_s, m_yearId}, {u"startsOn"_s, u"2026-11-10"_s}}),
                 "invalid", u"the holiday «Осенние каникулы» (2026-10-25 – 2026-11-04)"_s);
    QVERIFY(late.error.details.contains(u"startsOn"_s));
    // A rename is fine.
    CALL_OK(renamed, m_deputy, "years.update",
            QCborMap({{u"id"_s, m_yearId}, {u"name"_s, u"2026–2027"_s}}));
    QCOMPARE(renamed.result.toMap().value(u"name"_s).toString(), u"2026–2027"_s);
    CALL_OK(back, m_deputy, "years.update", QCborMap({{u"id"_s, m_yearId}, {u"name"_s, u"2026/2027"_s}}));
    CALL_REFUSED(missing, m_deputy, "years.update", QCborMap({{u"id"_s, 999999}, {u"name"_s, u"x"_s}}),
                 "not_found", u"999999"_s);
}

void TestStructure::periodSchemeRefusals()
{
    const auto create = [this](const QString &name, const QCborArray &periods) {
        return QCborMap({{u"academicYearId"_s, m_yearId}, {u"kind"_s, u"quarters"_s},
                         {u"name"_s, name}, {u"periods"_s, periods}});
    };
    const QCborArray three{period("2026-09-01", "2026-10-24"), period("2026-11-05", "2026-12-28"),
                           period("2027-01-12", "2027-05-31")};
    CALL_REFUSED(count, m_deputy, "periodSchemes.create", create(u"Ч3"_s, three),
                 "invalid", u"quarters need 4 periods, 3 given"_s);
    QVERIFY(count.error.details.contains(u"periods"_s));

    const QCborArray overlapping{period("2026-09-01", "2026-11-10"), period("2026-11-05", "2026-12-28"),
                                 period("2027-01-12", "2027-03-20"), period("2027-03-30", "2027-05-31")};
    CALL_REFUSED(overlap, m_deputy, "periodSchemes.create", create(u"Ч2"_s, overlapping),
                 "invalid", u"periods[1] (2 четверть) starts on 2026-11-05, not after 1 четверть ends on 2026-11-10"_s);
    QVERIFY(overlap.error.details.contains(u"periods[1]"_s));

    const QCborArray outside{period("2026-09-01", "2026-10-24"), period("2026-11-05", "2026-12-28"),
                             period("2027-01-12", "2027-03-20"), period("2027-03-30", "2027-06-15")};
    CALL_REFUSED(late, m_deputy, "periodSchemes.create", create(u"Ч4"_s, outside),
                 "invalid", u"periods[3] (4 четверть) 2027-03-30 – 2027-06-15 lies outside the academic year"_s);
    QVERIFY(late.error.details.contains(u"periods[3]"_s));

    QCborArray malformed = outside;
    malformed[2] = QCborMap({{u"startsOn"_s, u"12.01.2027"_s}, {u"endsOn"_s, u"2027-03-20"_s}});
    CALL_REFUSED(badDate, m_deputy, "periodSchemes.create", create(u"Ч5"_s, malformed),
                 "invalid", u"periods[2]"_s);
    CALL_REFUSED(kind, m_deputy, "periodSchemes.create",
                 QCborMap({{u"academicYearId"_s, m_yearId}, {u"kind"_s, u"semesters"_s}}),
                 "invalid", u"semesters"_s);
    QVERIFY(kind.error.details.contains(u"kind"_s));
    CALL_REFUSED(taken, m_deputy, "periodSchemes.create",
                 QCborMap({{u"academicYearId"_s, m_yearId}, {u"kind"_s, u"quarters"_s}}),
                 "invalid", u"«Четверти»"_s);

    // Dates of open periods may change; a closed period keeps its dates.
    QCborArray moved{period("2026-09-01", "2026-10-24"), period("2026-11-05", "2026-12-28"),
                     period("2027-01-12", "2027-03-20"), period("2027-03-30", "2027-05-28")};
    CALL_OK(updated, m_deputy, "periodSchemes.update",
            QCborMap({{u"id"_s, m_schemeId}, {u"periods"_s, moved}}));
    QCOMPARE(updated.result.toMap().value(u"periods"_s).toArray().at(3).toMap()
                 .value(u"endsOn"_s).toString(), u"2027-05-28"_s);
    QVERIFY(m_server.exec(u"UPDATE period SET closed = true WHERE scheme_id = %1 AND ordinal = 1"_s
                              .arg(m_schemeId)));
    moved[0] = period("2026-09-01", "2026-10-23");
    CALL_REFUSED(closed, m_deputy, "periodSchemes.update",
                 QCborMap({{u"id"_s, m_schemeId}, {u"periods"_s, moved}}),
                 "invalid", u"the period «1 четверть» is closed"_s);
    QVERIFY(closed.error.details.contains(u"periods[0]"_s));
    moved[0] = period("2026-09-01", "2026-10-24");
    moved[3] = period("2027-03-30", "2027-05-31");
    CALL_OK(restored, m_deputy, "periodSchemes.update",
            QCborMap({{u"id"_s, m_schemeId}, {u"periods"_s, moved}}));

    // A scheme a class follows cannot be deleted; an unused one can.
    QVERIFY(m_server.exec(u"INSERT INTO class_unit (school_id, academic_year_id, grade, letter, period_scheme_id)"
                          " SELECT id, %1, 5, 'А', %2 FROM school WHERE name = 'Тестовая школа'"_s
                              .arg(m_yearId).arg(m_schemeId)));
    CALL_REFUSED(used, m_deputy, "periodSchemes.delete", QCborMap({{u"id"_s, m_schemeId}}),
                 "invalid", u"used by the classes 5А"_s);
    CALL_OK(schemes, m_deputy, "periodSchemes.list", QCborMap({{u"academicYearId"_s, m_yearId}}));
    qint64 wholeYear = 0;
    for (const QCborValue &s : schemes.result.toArray())
        if (s.toMap().value(u"kind"_s).toString() == u"year"_s)
            wholeYear = s.toMap().value(u"id"_s).toInteger();
    QVERIFY(wholeYear > 0);
    CALL_OK(deleted, m_deputy, "periodSchemes.delete", QCborMap({{u"id"_s, wholeYear}}));
    CALL_OK(after, m_deputy, "periodSchemes.list", QCborMap({{u"academicYearId"_s, m_yearId}}));
    QCOMPARE(after.result.toArray().size(), schemes.result.toArray().size() - 1);
}

void TestStructure::holidayRefusals()
{
    const auto holiday = [this](const QString &name, const char *startsOn, const char *endsOn,
                                const QCborArray &grades = {}) {
        QCborMap out{{u"academicYearId"_s, m_yearId}, {u"name"_s, name},
                     {u"startsOn"_s, QString::fromLatin1(startsOn)},
                     {u"endsOn"_s, QString::fromLatin1(endsOn)}};
        if (!grades.isEmpty())
            out.insert(u"grades"_s, grades);
        return out;
    };
    CALL_REFUSED(summer, m_deputy, "holidays.create", holiday(u"Летние"_s, "2027-06-01", "2027-08-31"),
                 "invalid", u"2027-06-01 is outside 2026-09-01 – 2027-05-31"_s);
    QVERIFY(summer.error.details.contains(u"startsOn"_s));
    CALL_REFUSED(spill, m_deputy, "holidays.create", holiday(u"Майские"_s, "2027-05-25", "2027-06-05"),
                 "invalid", u"2027-06-05 is outside"_s);
    QVERIFY(spill.error.details.contains(u"endsOn"_s));

    CALL_REFUSED(shared, m_deputy, "holidays.create", holiday(u"Новогодние"_s, "2026-12-30", "2027-01-12"),
                 "invalid",
                 u"the holiday 2026-12-30 – 2027-01-12 overlaps «Зимние каникулы» (2026-12-29 – 2027-01-11)"_s);
    QVERIFY(shared.error.details.value(u"startsOn"_s).toString().contains(u"«Зимние каникулы»"_s));
    // The first grade's February week: other grades may have their own week at the same time,
    // but not one that includes the first grade, nor one for every grade.
    CALL_OK(disjoint, m_deputy, "holidays.create",
            holiday(u"Неделя 2–3 классов"_s, "2027-02-15", "2027-02-21", {2, 3}));
    CALL_REFUSED(common, m_deputy, "holidays.create",
                 holiday(u"Неделя 1 и 5 классов"_s, "2027-02-18", "2027-02-25", {5, 1}),
                 "invalid", u"overlaps «Дополнительные каникулы» (2027-02-15 – 2027-02-21)"_s);
    CALL_REFUSED(everyone, m_deputy, "holidays.create",
                 holiday(u"Февральские"_s, "2027-02-20", "2027-02-22"),
                 "invalid", u"overlaps «Дополнительные каникулы»"_s);
    CALL_REFUSED(grade12, m_deputy, "holidays.create",
                 holiday(u"Выпускные"_s, "2027-04-10", "2027-04-12", {12}),
                 "invalid", u"grades"_s);
    QVERIFY(grade12.error.details.contains(u"grades"_s));

    // Updates are checked the same way; a holiday never overlaps itself.
    const qint64 id = disjoint.result.toMap().value(u"id"_s).toInteger();
    CALL_REFUSED(moved, m_deputy, "holidays.update",
                 QCborMap({{u"id"_s, id}, {u"grades"_s, QCborArray{1, 2}}}),
                 "invalid", u"«Дополнительные каникулы»"_s);
    CALL_OK(renamed, m_deputy, "holidays.update",
            QCborMap({{u"id"_s, id}, {u"name"_s, u"Неделя 2–4 классов"_s}, {u"grades"_s, QCborArray{4, 2, 3}},
                      {u"endsOn"_s, u"2027-02-20"_s}}));
    QCOMPARE(renamed.result.toMap().value(u"grades"_s).toArray(), QCborArray({2, 3, 4}));
    QCOMPARE(renamed.result.toMap().value(u"endsOn"_s).toString(), u"2027-02-20"_s);
    CALL_OK(deleted, m_deputy, "holidays.delete", QCborMap({{u"id"_s, id}}));
    CALL_OK(list, m_deputy, "holidays.list", QCborMap({{u"academicYearId"_s, m_yearId}}));
    QCOMPARE(list.result.toArray().size(), 4);
    CALL_REFUSED(gone, m_deputy, "holidays.delete", QCborMap({{u"id"_s, id}}), "not_found", u"holiday"_s);
}

void TestStructure::bellRefusals()
{
    const auto set = [this](const QCborArray &lessons, int shift = 1) {
        return QCborMap({{u"academicYearId"_s, m_yearId}, {u"shift"_s, shift}, {u"lessons"_s, lessons}});
    };
    QCborArray overlapping = usualLessons();
    overlapping[3] = lesson(4, "11:05", "11:50");
    CALL_REFUSED(overlap, m_deputy, "bells.set", set(overlapping), "invalid",
                 u"lessons[3] (lesson 4) starts at 11:05, before lesson 3 ends at 11:10"_s);
    QCOMPARE(overlap.error.details.value(u"lessons[3]"_s).toString(), u"overlaps lesson 3"_s);

    QCborArray twice = usualLessons();
    twice[2] = lesson(2, "10:25", "11:10");
    CALL_REFUSED(duplicate, m_deputy, "bells.set", set(twice), "invalid", u"lesson 2 is listed twice"_s);
    QVERIFY(duplicate.error.details.contains(u"lessons[2]"_s));

    CALL_REFUSED(order, m_deputy, "bells.set",
                 set({lesson(2, "09:25", "10:10"), lesson(1, "10:20", "11:05")}), "invalid",
                 u"list lessons in order"_s);
    CALL_REFUSED(backwards, m_deputy, "bells.set", set({lesson(1, "09:15", "08:30")}), "invalid",
                 u"ends at 08:30, not after it starts at 09:15"_s);
    QVERIFY(backwards.error.details.contains(u"lessons[0]"_s));
    CALL_REFUSED(thirteen, m_deputy, "bells.set", set({lesson(13, "18:00", "18:45")}), "invalid",
                 u"from 0 to 12"_s);
    CALL_REFUSED(badTime, m_deputy, "bells.set", set({lesson(1, "8:30", "09:15")}), "invalid",
                 u"HH:MM"_s);
    QCborArray extraKey{lesson(0, "08:00", "08:25")};
    QCborMap withRoom = extraKey.at(0).toMap();
    withRoom.insert(u"room"_s, u"214"_s);
    extraKey[0] = withRoom;
    CALL_REFUSED(unknown, m_deputy, "bells.set", set(extraKey), "invalid", u"unknown key \"room\""_s);
    CALL_REFUSED(shift, m_deputy, "bells.set", set(usualLessons(), 3), "invalid", u"shift 3"_s);

    // Nothing of the refused schedules was stored; the second shift is separate.
    CALL_OK(second, m_deputy, "bells.set",
            set({lesson(1, "14:00", "14:45"), lesson(2, "14:55", "15:40")}, 2));
    CALL_OK(list, m_deputy, "bells.list", QCborMap({{u"academicYearId"_s, m_yearId}}));
    const QCborArray rows = list.result.toArray();
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.at(3).toMap().value(u"startsAt"_s).toString(), u"11:25"_s);
    QCOMPARE(rows.at(6).toMap().value(u"shift"_s).toInteger(), 2);
}

void TestStructure::subjectAndRoomRefusals()
{
    CALL_REFUSED(shortName, m_deputy, "subjects.create",
                 QCborMap({{u"name"_s, u"Родной язык"_s}, {u"shortName"_s, u"Рус. яз."_s},
                           {u"component"_s, u"federal"_s}}),
                 "invalid", u"the short name «Рус. яз.» is already used by the subject «Русский язык»"_s);
    QCOMPARE(shortName.error.details.value(u"shortName"_s).toString(), u"already used by «Русский язык»"_s);
    CALL_REFUSED(name, m_deputy, "subjects.create",
                 QCborMap({{u"name"_s, u"Математика"_s}, {u"shortName"_s, u"Мат."_s},
                           {u"component"_s, u"federal"_s}}),
                 "invalid", u"«Математика» already exists"_s);
    QVERIFY(name.error.details.contains(u"name"_s));
    CALL_REFUSED(component, m_deputy, "subjects.create",
                 QCborMap({{u"name"_s, u"Родной язык"_s}, {u"shortName"_s, u"Род. яз."_s},
                           {u"component"_s, u"regional"_s}}),
                 "invalid", u"regional"_s);
    QVERIFY(component.error.details.contains(u"component"_s));

    CALL_OK(subjects, m_deputy, "subjects.list", QCborMap());
    const qint64 finance = subjects.result.toArray().at(2).toMap().value(u"id"_s).toInteger();
    CALL_REFUSED(rename, m_deputy, "subjects.update",
                 QCborMap({{u"id"_s, finance}, {u"shortName"_s, u"Матем."_s}}),
                 "invalid", u"«Математика»"_s);
    CALL_OK(archived, m_deputy, "subjects.archive", QCborMap({{u"id"_s, finance}, {u"archived"_s, true}}));
    QCOMPARE(archived.result.toMap().value(u"archived"_s).toBool(), true);
    CALL_OK(active, m_deputy, "subjects.list", QCborMap());
    QCOMPARE(names(active.result.toArray()), QStringList({u"Математика"_s, u"Русский язык"_s}));
    CALL_OK(all, m_deputy, "subjects.list", QCborMap({{u"includeArchived"_s, true}}));
    QCOMPARE(all.result.toArray().size(), 3);
    // An archived subject still holds its names.
    CALL_REFUSED(held, m_deputy, "subjects.create",
                 QCborMap({{u"name"_s, u"Финансовая грамотность"_s}, {u"shortName"_s, u"ФГ"_s},
                           {u"component"_s, u"school"_s}}),
                 "invalid", u"already exists"_s);

    CALL_REFUSED(room, m_deputy, "rooms.create", QCborMap({{u"name"_s, u"214"_s}}), "invalid",
                 u"the room «214» already exists"_s);
    CALL_REFUSED(capacity, m_deputy, "rooms.create", QCborMap({{u"name"_s, u"215"_s}, {u"capacity"_s, -3}}),
                 "invalid", u"capacity"_s);
    QVERIFY(capacity.error.details.contains(u"capacity"_s));
    CALL_OK(rooms, m_deputy, "rooms.list", QCborMap());
    const qint64 gym = rooms.result.toArray().at(2).toMap().value(u"id"_s).toInteger();
    CALL_OK(updated, m_deputy, "rooms.update",
            QCborMap({{u"id"_s, gym}, {u"title"_s, u"Большой спортивный зал"_s}, {u"capacity"_s, 60}}));
    QCOMPARE(updated.result.toMap().value(u"capacity"_s).toInteger(), 60);
    CALL_OK(cleared, m_deputy, "rooms.update", QCborMap({{u"id"_s, gym}, {u"capacity"_s, 0}}));
    QVERIFY(cleared.result.toMap().value(u"capacity"_s).isNull());
    const qint64 nine = rooms.result.toArray().at(0).toMap().value(u"id"_s).toInteger();
    CALL_OK(untitled, m_deputy, "rooms.update", QCborMap({{u"id"_s, nine}, {u"capacity"_s, 28}}));
    QCOMPARE(untitled.result.toMap().value(u"title"_s).toString(), QString());
    CALL_OK(archivedRoom, m_deputy, "rooms.archive", QCborMap({{u"id"_s, gym}, {u"archived"_s, true}}));
    CALL_OK(roomsLeft, m_deputy, "rooms.list", QCborMap());
    QCOMPARE(names(roomsLeft.result.toArray()), QStringList({u"9"_s, u"214"_s}));
}

void TestStructure::oneActiveYearAndClosedYearIsReadOnly()
{
    const qint64 old = createYear(u"2025/2026"_s, "2025-09-01", "2026-06-30");
    QVERIFY(old > 0);
    const auto state = [this](qint64 id, const QString &to) {
        return m_deputy.call(u"years.setState"_s, {{u"id"_s, id}, {u"state"_s, to}});
    };
    QCOMPARE(errorCode(state(old, u"closed"_s)), u"invalid"_s);
    QCOMPARE(errorCode(state(old, u"active"_s)), u"(ok)"_s);
    const Envelope second = state(m_yearId, u"active"_s);
    QCOMPARE(errorCode(second), u"invalid"_s);
    QVERIFY2(second.error.message.contains(u"«2025/2026» is still active"_s), qPrintable(describe(second)));
    QCOMPARE(second.error.details.value(u"state"_s).toString(), u"«2025/2026» is active"_s);

    // Fill the old year a little, then close it.
    CALL_OK(holiday, m_deputy, "holidays.create",
            QCborMap({{u"academicYearId"_s, old}, {u"name"_s, u"Осенние каникулы"_s},
                      {u"startsOn"_s, u"2025-10-27"_s}, {u"endsOn"_s, u"2025-11-04"_s}}));
    CALL_OK(scheme, m_deputy, "periodSchemes.create",
            QCborMap({{u"academicYearId"_s, old}, {u"kind"_s, u"halves"_s}}));
    QCOMPARE(errorCode(state(old, u"closed"_s)), u"(ok)"_s);

    const qint64 holidayId = holiday.result.toMap().value(u"id"_s).toInteger();
    const qint64 schemeId = scheme.result.toMap().value(u"id"_s).toInteger();
    const QList<std::pair<QString, QCborMap>> writes{
        {u"years.update"_s, {{u"id"_s, old}, {u"name"_s, u"2025–2026"_s}}},
        {u"holidays.create"_s, {{u"academicYearId"_s, old}, {u"name"_s, u"Весенние"_s},
                                {u"startsOn"_s, u"2026-03-23"_s}, {u"endsOn"_s, u"2026-03-29"_s}}},
        {u"holidays.update"_s, {{u"id"_s, holidayId}, {u"name"_s, u"Осенние"_s}}},
        {u"holidays.delete"_s, {{u"id"_s, holidayId}}},
        {u"periodSchemes.create"_s, {{u"academicYearId"_s, old}, {u"kind"_s, u"quarters"_s}}},
        {u"periodSchemes.update"_s, {{u"id"_s, schemeId}, {u"name"_s, u"Полугодия 2025"_s}}},
        {u"periodSchemes.delete"_s, {{u"id"_s, schemeId}}},
        {u"bells.set"_s, {{u"academicYearId"_s, old}, {u"shift"_s, 1}, {u"lessons"_s, usualLessons()}}},
    };
    for (const auto &[method, params] : writes) {
        const Envelope reply = m_deputy.call(method, params);
        QVERIFY2(errorCode(reply) == u"invalid"_s, qPrintable(method + u": "_s + describe(reply)));
        QVERIFY2(reply.error.message.contains(u"is closed and read-only"_s), qPrintable(describe(reply)));
        QVERIFY(reply.error.details.contains(u"academicYearId"_s));
    }
    const Envelope reopen = state(old, u"active"_s);
    QCOMPARE(errorCode(reopen), u"invalid"_s);
    QVERIFY2(reopen.error.message.contains(u"cannot be reopened"_s), qPrintable(describe(reopen)));
    // Reads still work and nothing changed.
    CALL_OK(holidays, m_deputy, "holidays.list", QCborMap({{u"academicYearId"_s, old}}));
    QCOMPARE(names(holidays.result.toArray()), QStringList({u"Осенние каникулы"_s}));

    QCOMPARE(errorCode(state(m_yearId, u"active"_s)), u"(ok)"_s);
    CALL_OK(years, m_deputy, "years.list", QCborMap());
    QStringList states;
    for (const QCborValue &y : years.result.toArray())
        states.append(y.toMap().value(u"name"_s).toString() + u'=' + y.toMap().value(u"state"_s).toString());
    QCOMPARE(states, QStringList({u"2030=planning"_s, u"2026/2027=active"_s, u"2025/2026=closed"_s}));
}

void TestStructure::teacherReadsButCannotWrite()
{
    const QCborMap year{{u"academicYearId"_s, m_yearId}};
    for (const auto &[method, params] : QList<std::pair<QString, QCborMap>>{
             {u"years.list"_s, {}}, {u"periodSchemes.list"_s, year}, {u"holidays.list"_s, year},
             {u"subjects.list"_s, {}}, {u"rooms.list"_s, {}}, {u"bells.list"_s, year}}) {
        const Envelope reply = m_teacher.call(method, params);
        QVERIFY2(reply.kind != Envelope::Kind::Error, qPrintable(method + u": "_s + describe(reply)));
        QVERIFY(!reply.result.toArray().isEmpty());
    }
    int writes = 0;
    for (const MethodInfo &method : structureMethods()) {
        if (method.capability != Capability::StructureManage)
            continue;
        ++writes;
        const Envelope reply = m_teacher.call(method.name, sampleParams(method));
        QVERIFY2(errorCode(reply) == u"forbidden"_s, qPrintable(method.name + u": "_s + describe(reply)));
    }
    QCOMPARE(writes, 16);
}

void TestStructure::writesAreAuditedWithBeforeAndAfter()
{
    CALL_OK(subjects, m_deputy, "subjects.list", QCborMap());
    const QCborMap maths = subjects.result.toArray().at(0).toMap();
    CALL_OK(renamed, m_deputy, "subjects.update",
            QCborMap({{u"id"_s, maths.value(u"id"_s)}, {u"name"_s, u"Математика (алгебра и геометрия)"_s},
                      {u"shortName"_s, u"Матем."_s}}));
    CALL_OK(log, m_admin, "audit.list", QCborMap({{u"action"_s, u"subject.update"_s}}));
    const QCborMap row = log.result.toArray().at(0).toMap();
    QCOMPARE(row.value(u"login"_s).toString(), u"deputy"_s);
    QCOMPARE(row.value(u"entity"_s).toString(), u"subject"_s);
    QCOMPARE(row.value(u"entityId"_s).toString(), QString::number(maths.value(u"id"_s).toInteger()));
    // Only the changed field, before and after.
    QCOMPARE(row.value(u"before"_s).toMap(), QCborMap({{u"name"_s, u"Математика"_s}}));
    QCOMPARE(row.value(u"after"_s).toMap(), QCborMap({{u"name"_s, u"Математика (алгебра и геометрия)"_s}}));

    CALL_OK(states, m_admin, "audit.list", QCborMap({{u"action"_s, u"year.state"_s}}));
    const QCborMap activation = states.result.toArray().at(0).toMap();
    QCOMPARE(activation.value(u"entityId"_s).toString(), QString::number(m_yearId));
    QCOMPARE(activation.value(u"before"_s).toMap(), QCborMap({{u"state"_s, u"planning"_s}}));
    QCOMPARE(activation.value(u"after"_s).toMap(), QCborMap({{u"state"_s, u"active"_s}}));

    CALL_OK(bells, m_admin, "audit.list", QCborMap({{u"action"_s, u"bells.set"_s}}));
    const QCborMap second = bells.result.toArray().at(0).toMap();
    QCOMPARE(second.value(u"entityId"_s).toString(), u"%1/2"_s.arg(m_yearId));
    QCOMPARE(second.value(u"before"_s).toMap().value(u"lessons"_s).toArray(), QCborArray());
    QCOMPARE(second.value(u"after"_s).toMap().value(u"lessons"_s).toArray().size(), 2);

    for (const QString &action : {u"year.create"_s, u"periodScheme.create"_s, u"periodScheme.update"_s,
                                  u"periodScheme.delete"_s, u"holiday.create"_s, u"holiday.update"_s,
                                  u"holiday.delete"_s, u"subject.create"_s, u"subject.archive"_s,
                                  u"room.create"_s, u"room.update"_s, u"room.archive"_s, u"year.update"_s}) {
        CALL_OK(rows, m_admin, "audit.list", QCborMap({{u"action"_s, action}}));
        QVERIFY2(!rows.result.toArray().isEmpty(), qPrintable(action));
    }
    // A refused write leaves no audit row.
    CALL_OK(deletes, m_admin, "audit.list", QCborMap({{u"action"_s, u"periodScheme.delete"_s}}));
    QCOMPARE(deletes.result.toArray().size(), 1);
}

void TestStructure::anotherSchoolIsOutOfReach()
{
    QVERIFY(m_server.exec(u"INSERT INTO school (name) VALUES ('Другая школа')"_s));
    QVERIFY(m_server.exec(u"INSERT INTO academic_year (school_id, name, starts_on, ends_on)"
                          " SELECT id, '2026/2027', '2026-09-01', '2027-06-30' FROM school"
                          " WHERE name = 'Другая школа'"_s));
    QVERIFY(m_server.exec(u"INSERT INTO subject (school_id, name, short_name)"
                          " SELECT id, 'Астрономия', 'Астр.' FROM school WHERE name = 'Другая школа'"_s));
    TestConnection db(m_server.ownerParams());
    const QString otherSchool = u"(SELECT id FROM school WHERE name = 'Другая школа')"_s;
    const qint64 yearId = db.value(u"SELECT id FROM academic_year WHERE school_id = %1"_s.arg(otherSchool))
                              .toLongLong();
    const qint64 subjectId = db.value(u"SELECT id FROM subject WHERE school_id = %1"_s.arg(otherSchool))
                                 .toLongLong();
    QVERIFY(yearId > 0 && subjectId > 0);

    const QList<std::pair<QString, QCborMap>> calls{
        {u"years.update"_s, {{u"id"_s, yearId}, {u"name"_s, u"Чужой"_s}}},
        {u"years.setState"_s, {{u"id"_s, yearId}, {u"state"_s, u"active"_s}}},
        {u"periodSchemes.list"_s, {{u"academicYearId"_s, yearId}}},
        {u"periodSchemes.create"_s, {{u"academicYearId"_s, yearId}, {u"kind"_s, u"quarters"_s}}},
        {u"holidays.list"_s, {{u"academicYearId"_s, yearId}}},
        {u"holidays.create"_s, {{u"academicYearId"_s, yearId}, {u"name"_s, u"Осенние"_s},
                                {u"startsOn"_s, u"2026-10-26"_s}, {u"endsOn"_s, u"2026-11-03"_s}}},
        {u"bells.list"_s, {{u"academicYearId"_s, yearId}}},
        {u"bells.set"_s, {{u"academicYearId"_s, yearId}, {u"shift"_s, 1}, {u"lessons"_s, usualLessons()}}},
        {u"subjects.update"_s, {{u"id"_s, subjectId}, {u"name"_s, u"Физика"_s}}},
        {u"subjects.archive"_s, {{u"id"_s, subjectId}, {u"archived"_s, true}}},
    };
    for (const auto &[method, params] : calls) {
        const Envelope reply = m_deputy.call(method, params);
        QVERIFY2(errorCode(reply) == u"not_found"_s, qPrintable(method + u": "_s + describe(reply)));
    }
    CALL_OK(years, m_deputy, "years.list", QCborMap());
    for (const QCborValue &y : years.result.toArray())
        QVERIFY(y.toMap().value(u"id"_s).toInteger() != yearId);
    CALL_OK(subjects, m_deputy, "subjects.list", QCborMap({{u"includeArchived"_s, true}}));
    QVERIFY(!names(subjects.result.toArray()).contains(u"Астрономия"_s));
    // The other school's row is untouched, and its names do not clash with ours.
    QCOMPARE(db.value(u"SELECT state FROM academic_year WHERE id = %1"_s.arg(yearId)).toString(), u"planning"_s);
    CALL_OK(astronomy, m_deputy, "subjects.create",
            QCborMap({{u"name"_s, u"Астрономия"_s}, {u"shortName"_s, u"Астр."_s}, {u"component"_s, u"school"_s}}));
}

QTEST_GUILESS_MAIN(TestStructure)
#include "tst_structure.moc"

// Integration tests of the reports methods over the real protocol on the small school of the
// paper tests (tst_paper_school.h): saved reports with versions, conflicts, sharing rules,
// deletion and their audit records; running a definition, a saved report and a standard
// template; definitions naming unknown fields and injection attempts refused or harmless;
// required parameters; a teacher's report limited to own classes; the parameters' choices.
#include "reportdefinition.h"
#include "testclient.h"
#include "tst_paper_school.h"

#include <QCborArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// A definition written as JSON, as the designer would send it.
QCborMap definition(const QString &json)
{
    return QCborMap::fromJsonObject(QJsonDocument::fromJson(json.toUtf8()).object());
}

const QString kMarksByStudent = QStringLiteral(
    R"({"format": 1, "dataset": "marks", "rows": ["student"],
        "values": [{"field": "value", "agg": "count"}, {"field": "value", "agg": "avg"}]})");

const QString kLessonsByClass = QStringLiteral(
    R"({"format": 1, "dataset": "lessons", "rows": ["class"],
        "values": [{"field": "held", "agg": "count"}], "sort": [{"key": "class"}]})");

// The first cell of every row of a run's result.
QStringList firstColumn(const QCborValue &result)
{
    QStringList out;
    for (const QCborValue &row : at(result, "rows").toArray())
        out.append(row.toArray().at(0).toString());
    return out;
}

// The row of a run's result whose first cell is `first`.
QCborArray rowOf(const QCborValue &result, const QString &first)
{
    for (const QCborValue &row : at(result, "rows").toArray())
        if (row.toArray().at(0).toString() == first)
            return row.toArray();
    return {};
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveGetVersionsAndConflict();
    void unsharedReportHiddenUntilShared();
    void teacherSharesOnlyWhenAllowed();
    void deleteByOwnerOrManager();
    void writesAreAudited();
    void runDefinitionSavedAndTemplate();
    void exactlyOneSource();
    void unknownFieldRefusedWithPath();
    void injectionRefusedOrHarmless();
    void missingParameterNamed();
    void teacherSeesOwnClassesOnly();
    void adminMayNotRunReports();
    void optionsOfTheYear();

private:
    Envelope run(TestClient &client, const QCborMap &params);
    // Saves a report as the client; returns its id (0 on failure).
    qint64 save(TestClient &client, const QString &name, const QString &json);
    QVariant scalar(const QString &sql);

    TestServer m_server;
    paperschool::School m_school;
    TestClient m_deputy, m_petrova, m_sidorov, m_kuznetsov, m_admin;
};

Envelope TestReports::run(TestClient &client, const QCborMap &params)
{
    return client.call(QStringLiteral("reports.run"), params);
}

qint64 TestReports::save(TestClient &client, const QString &name, const QString &json)
{
    const Envelope e = client.call(QStringLiteral("reports.save"),
                                   {{QStringLiteral("name"), name},
                                    {QStringLiteral("definition"), definition(json)}});
    if (e.kind != Envelope::Kind::Result)
        qWarning("reports.save: %s", qPrintable(e.error.message));
    return at(e.result, "id").toInteger();
}

QVariant TestReports::scalar(const QString &sql)
{
    TestConnection db(m_server.ownerParams());
    return db.value(sql);
}

void TestReports::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(paperschool::build(m_server, &m_school));
    QVERIFY(m_server.createUser(QStringLiteral("admin1"), paperschool::kPassword,
                                {QStringLiteral("admin")}) > 0);
    const QList<std::pair<TestClient *, const char *>> users{
        {&m_deputy, "zavuch"}, {&m_petrova, "petrova"}, {&m_sidorov, "sidorov"},
        {&m_kuznetsov, "kuznetsov"}, {&m_admin, "admin1"}};
    for (const auto &[client, login] : users) {
        QVERIFY(client->connectTo(m_server.port(), m_server.fingerprint()));
        QCOMPARE(client->login(QLatin1String(login), paperschool::kPassword).kind,
                 Envelope::Kind::Result);
    }
}

void TestReports::saveGetVersionsAndConflict()
{
    const qint64 id = save(m_petrova, QStringLiteral("Отметки по ученикам"), kMarksByStudent);
    QVERIFY(id > 0);
    const Envelope got = m_petrova.call(QStringLiteral("reports.get"), {{QStringLiteral("id"), id}});
    QCOMPARE(errorCode(got), QStringLiteral("(ok)"));
    QCOMPARE(at(got.result, "name").toString(), QStringLiteral("Отметки по ученикам"));
    QCOMPARE(at(got.result, "dataset").toString(), QStringLiteral("marks"));
    QCOMPARE(at(got.result, "version").toInteger(), 1);
    QVERIFY(at(got.result, "mine").toBool());
    QVERIFY(!at(got.result, "shared").toBool());
    QCOMPARE(at(at(got.result, "owner"), "name").toString(), QStringLiteral("Петрова Анна Сергеевна"));
    QCOMPARE(at(at(got.result, "definition"), "rows").toArray(), QCborArray{QStringLiteral("student")});

    // A second version with another name and a quality column.
    const QCborMap second = definition(QStringLiteral(
        R"({"format": 1, "dataset": "marks", "rows": ["student"],
            "values": [{"field": "value", "agg": "avg"}, {"field": "value", "agg": "quality"}]})"));
    const Envelope updated = m_petrova.call(QStringLiteral("reports.save"),
        {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Качество по ученикам")},
         {QStringLiteral("definition"), second}, {QStringLiteral("expectedVersion"), 1}});
    QCOMPARE(errorCode(updated), QStringLiteral("(ok)"));
    QCOMPARE(at(updated.result, "version").toInteger(), 2);

    const Envelope versions = m_petrova.call(QStringLiteral("reports.versions"), {{QStringLiteral("id"), id}});
    QCOMPARE(errorCode(versions), QStringLiteral("(ok)"));
    const QCborArray list = versions.result.toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(at(list.at(0), "version").toInteger(), 2);
    QCOMPARE(at(list.at(0), "name").toString(), QStringLiteral("Качество по ученикам"));
    QCOMPARE(at(list.at(1), "name").toString(), QStringLiteral("Отметки по ученикам"));
    QVERIFY(!at(list.at(1), "savedAt").toString().isEmpty());
    QCOMPARE(at(at(list.at(1), "savedBy"), "name").toString(), QStringLiteral("Петрова Анна Сергеевна"));

    // The first version is still there to look at; the current one has the new values.
    const Envelope first = m_petrova.call(QStringLiteral("reports.get"),
                                          {{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}});
    QCOMPARE(at(at(at(first.result, "definition"), "values").toArray().at(0), "agg").toString(),
             QStringLiteral("count"));
    const Envelope current = m_petrova.call(QStringLiteral("reports.get"), {{QStringLiteral("id"), id}});
    QString error;
    const std::optional<reports::Definition> stored =
        reports::Definition::fromCbor(at(current.result, "definition").toMap(), &error);
    QVERIFY2(stored, qPrintable(error));
    QVERIFY(*stored == *reports::Definition::fromCbor(second, &error));
    QCOMPARE(stored->values.at(1).aggregate, reports::Aggregate::Quality);

    // A save based on version 1 is stale now.
    const Envelope stale = m_petrova.call(QStringLiteral("reports.save"),
        {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Старое")},
         {QStringLiteral("definition"), definition(kMarksByStudent)},
         {QStringLiteral("expectedVersion"), 1}});
    QCOMPARE(errorCode(stale), QStringLiteral("conflict"));
    QCOMPARE(stale.error.details.value(QStringLiteral("version")).toInteger(), 2);
    QCOMPARE(at(m_petrova.call(QStringLiteral("reports.get"), {{QStringLiteral("id"), id}}).result,
                "name").toString(), QStringLiteral("Качество по ученикам"));

    // Another teacher may not save over it.
    const Envelope foreign = m_sidorov.call(QStringLiteral("reports.save"),
        {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Моё")},
         {QStringLiteral("definition"), definition(kMarksByStudent)}});
    QCOMPARE(errorCode(foreign), QStringLiteral("forbidden"));
}

void TestReports::unsharedReportHiddenUntilShared()
{
    const qint64 id = save(m_deputy, QStringLiteral("Уроки по классам"), kLessonsByClass);
    QVERIFY(id > 0);
    const auto listed = [](TestClient &client, qint64 id) {
        for (const QCborValue &row : client.call(QStringLiteral("reports.list")).result.toArray())
            if (at(row, "id").toInteger() == id)
                return true;
        return false;
    };
    QVERIFY(listed(m_deputy, id));
    QVERIFY(!listed(m_sidorov, id));
    const QString hidden = errorCode(m_sidorov.call(QStringLiteral("reports.get"), {{QStringLiteral("id"), id}}));
    QVERIFY2(hidden == QLatin1String("forbidden") || hidden == QLatin1String("not_found"), qPrintable(hidden));
    QCOMPARE(errorCode(run(m_sidorov, {{QStringLiteral("id"), id}})), hidden);

    const Envelope shared = m_deputy.call(QStringLiteral("reports.share"),
                                          {{QStringLiteral("id"), id}, {QStringLiteral("shared"), true}});
    QCOMPARE(errorCode(shared), QStringLiteral("(ok)"));
    QVERIFY(listed(m_sidorov, id));
    const Envelope got = m_sidorov.call(QStringLiteral("reports.get"), {{QStringLiteral("id"), id}});
    QCOMPARE(errorCode(got), QStringLiteral("(ok)"));
    QVERIFY(!at(got.result, "mine").toBool());
    QVERIFY(at(got.result, "shared").toBool());
    QCOMPARE(errorCode(run(m_sidorov, {{QStringLiteral("id"), id}})), QStringLiteral("(ok)"));
}

void TestReports::teacherSharesOnlyWhenAllowed()
{
    const qint64 id = save(m_petrova, QStringLiteral("Мои уроки"), kLessonsByClass);
    QVERIFY(id > 0);
    const QCborMap share{{QStringLiteral("id"), id}, {QStringLiteral("shared"), true}};
    const Envelope before = m_petrova.call(QStringLiteral("reports.settings"));
    QCOMPARE(at(before.result, "shareRoles").toArray(),
             (QCborArray{QStringLiteral("deputy"), QStringLiteral("director")}));
    QVERIFY(!at(before.result, "mayShare").toBool());
    QVERIFY(!at(before.result, "mayManage").toBool());
    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("reports.share"), share)), QStringLiteral("forbidden"));

    // Only reports management sets the rules, with known roles.
    const QCborArray withTeachers{QStringLiteral("deputy"), QStringLiteral("director"), QStringLiteral("teacher")};
    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("reports.setSettings"),
                                      {{QStringLiteral("shareRoles"), withTeachers}})),
             QStringLiteral("forbidden"));
    const Envelope wrong = m_deputy.call(QStringLiteral("reports.setSettings"),
        {{QStringLiteral("shareRoles"), QCborArray{QStringLiteral("deputy"), QStringLiteral("wizard")}}});
    QCOMPARE(errorCode(wrong), QStringLiteral("invalid"));
    QVERIFY(wrong.error.message.contains(QStringLiteral("wizard")));
    const Envelope set = m_deputy.call(QStringLiteral("reports.setSettings"),
                                       {{QStringLiteral("shareRoles"), withTeachers}});
    QCOMPARE(errorCode(set), QStringLiteral("(ok)"));
    QVERIFY(at(set.result, "mayManage").toBool());

    QVERIFY(at(m_petrova.call(QStringLiteral("reports.settings")).result, "mayShare").toBool());
    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("reports.share"), share)), QStringLiteral("(ok)"));
    // Another teacher may see it now, but not stop sharing it; the deputy may.
    QCOMPARE(errorCode(m_sidorov.call(QStringLiteral("reports.get"), {{QStringLiteral("id"), id}})),
             QStringLiteral("(ok)"));
    const QCborMap unshare{{QStringLiteral("id"), id}, {QStringLiteral("shared"), false}};
    QCOMPARE(errorCode(m_sidorov.call(QStringLiteral("reports.share"), unshare)), QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("reports.share"), unshare)), QStringLiteral("(ok)"));
    QVERIFY(!at(m_petrova.call(QStringLiteral("reports.get"), {{QStringLiteral("id"), id}}).result,
                "shared").toBool());

    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("reports.setSettings"),
        {{QStringLiteral("shareRoles"), QCborArray{QStringLiteral("deputy"), QStringLiteral("director")}}})),
        QStringLiteral("(ok)"));
    QCOMPARE(errorCode(m_petrova.call(QStringLiteral("reports.share"), share)), QStringLiteral("forbidden"));
}

void TestReports::deleteByOwnerOrManager()
{
    const qint64 shared = save(m_kuznetsov, QStringLiteral("Для всех"), kLessonsByClass);
    QVERIFY(shared > 0);
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("reports.setSettings"),
        {{QStringLiteral("shareRoles"), QCborArray{QStringLiteral("teacher")}}})), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(m_kuznetsov.call(QStringLiteral("reports.share"),
                                        {{QStringLiteral("id"), shared}, {QStringLiteral("shared"), true}})),
             QStringLiteral("(ok)"));
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("reports.setSettings"),
        {{QStringLiteral("shareRoles"), QCborArray{QStringLiteral("deputy"), QStringLiteral("director")}}})),
        QStringLiteral("(ok)"));

    // A stranger sees it but may not delete it; reports management may.
    const QCborMap params{{QStringLiteral("id"), shared}};
    QCOMPARE(errorCode(m_sidorov.call(QStringLiteral("reports.delete"), params)), QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_sidorov.call(QStringLiteral("reports.get"), params)), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("reports.delete"), params)), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(m_kuznetsov.call(QStringLiteral("reports.get"), params)), QStringLiteral("not_found"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM report_definition_version WHERE report_id = %1")
                        .arg(shared)).toInt(), 0);

    // The owner deletes an own private report.
    const qint64 own = save(m_kuznetsov, QStringLiteral("Своё"), kLessonsByClass);
    QCOMPARE(errorCode(m_kuznetsov.call(QStringLiteral("reports.delete"), {{QStringLiteral("id"), own}})),
             QStringLiteral("(ok)"));
    QCOMPARE(errorCode(m_kuznetsov.call(QStringLiteral("reports.delete"), {{QStringLiteral("id"), own}})),
             QStringLiteral("not_found"));
}

void TestReports::writesAreAudited()
{
    const qint64 id = save(m_deputy, QStringLiteral("Для аудита"), kLessonsByClass);
    QVERIFY(id > 0);
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("reports.save"),
        {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("Для аудита 2")},
         {QStringLiteral("definition"), definition(kLessonsByClass)}})), QStringLiteral("(ok)"));
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("reports.share"),
                                     {{QStringLiteral("id"), id}, {QStringLiteral("shared"), true}})),
             QStringLiteral("(ok)"));
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("reports.delete"), {{QStringLiteral("id"), id}})),
             QStringLiteral("(ok)"));
    const auto audited = [this, id](const char *action, const char *condition) {
        return scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = '%1'"
                                     " AND entity = 'report' AND entity_id = '%2' AND %3")
                          .arg(QLatin1String(action)).arg(id).arg(QString::fromUtf8(condition))).toInt();
    };
    QCOMPARE(audited("report.save", "before IS NULL AND after->>'name' = 'Для аудита'"
                                    " AND after->'definition'->>'dataset' = 'lessons'"), 1);
    QCOMPARE(audited("report.save", "before->>'name' = 'Для аудита'"
                                    " AND after->>'name' = 'Для аудита 2' AND (after->>'version')::int = 2"), 1);
    QCOMPARE(audited("report.share", "(before->>'shared')::bool = false AND (after->>'shared')::bool"), 1);
    QCOMPARE(audited("report.delete", "before->>'name' = 'Для аудита 2' AND after IS NULL"), 1);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'report.settings'"
                                  " AND before->'shareRoles' IS NOT NULL AND after->'shareRoles' IS NOT NULL")).toInt() >= 1);
    // A run is a read: it leaves no audit record.
    const int events = scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt();
    QCOMPARE(errorCode(run(m_deputy, {{QStringLiteral("definition"), definition(kLessonsByClass)}})),
             QStringLiteral("(ok)"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt(), events);
}

void TestReports::runDefinitionSavedAndTemplate()
{
    // Алексеев has the only marks: 5, 4 and 3 in mathematics, 4 in Russian.
    const Envelope direct = run(m_deputy, {{QStringLiteral("definition"), definition(kMarksByStudent)}});
    QCOMPARE(errorCode(direct), QStringLiteral("(ok)"));
    QCOMPARE(at(direct.result, "dataset").toString(), QStringLiteral("marks"));
    QCOMPARE(at(direct.result, "dimensions").toInteger(), 1);
    const QCborArray rows = at(direct.result, "rows").toArray();
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.at(0).toArray().at(0).toString().startsWith(QStringLiteral("Алексеев")),
             qPrintable(rows.at(0).toArray().at(0).toString()));
    QCOMPARE(rows.at(0).toArray().at(1).toInteger(), 4);
    QCOMPARE(rows.at(0).toArray().at(2).toDouble(), 4.0);
    const QCborArray columns = at(direct.result, "columns").toArray();
    QCOMPARE(at(columns.at(2), "agg").toString(), QStringLiteral("avg"));
    QCOMPARE(at(columns.at(2), "type").toString(), QStringLiteral("number"));

    const qint64 id = save(m_deputy, QStringLiteral("Средний балл"), kMarksByStudent);
    const Envelope saved = run(m_deputy, {{QStringLiteral("id"), id}});
    QCOMPARE(errorCode(saved), QStringLiteral("(ok)"));
    QCOMPARE(saved.result, direct.result);

    // The standard success and quality report of the first quarter's finals: in 5А
    // mathematics 5 and 3, Russian 4; in 6А mathematics 4 (the year mark is not counted).
    const QCborMap quarter{{QStringLiteral("period"), m_school.periods.value(QStringLiteral("1"))}};
    const Envelope standard = run(m_deputy, {{QStringLiteral("template"), QStringLiteral("successQuality")},
                                             {QStringLiteral("params"), quarter}});
    QCOMPARE(errorCode(standard), QStringLiteral("(ok)"));
    QCOMPARE(at(standard.result, "dataset").toString(), QStringLiteral("finals"));
    const QCborArray figures = at(standard.result, "rows").toArray();
    QCOMPARE(figures.size(), 3);
    QCOMPARE(figures.at(0).toArray(), (QCborArray{QStringLiteral("5А"), QStringLiteral("Математика"),
                                                  100.0, 50.0, 4.0, 2}));
    QCOMPARE(figures.at(1).toArray(), (QCborArray{QStringLiteral("5А"), QStringLiteral("Русский язык"),
                                                  100.0, 100.0, 4.0, 1}));
    QCOMPARE(figures.at(2).toArray(), (QCborArray{QStringLiteral("6А"), QStringLiteral("Математика"),
                                                  100.0, 100.0, 4.0, 1}));
    const QCborArray total = at(standard.result, "total").toArray();
    QCOMPARE(total.at(3).toDouble(), 75.0);
    QCOMPARE(total.at(5).toInteger(), 4);
    // Its period is asked for.
    const Envelope noPeriod = run(m_deputy, {{QStringLiteral("template"), QStringLiteral("successQuality")}});
    QCOMPARE(errorCode(noPeriod), QStringLiteral("invalid"));
    QCOMPARE(noPeriod.error.details.value(QStringLiteral("param")).toString(), QStringLiteral("period"));
    QCOMPARE(errorCode(run(m_deputy, {{QStringLiteral("template"), QStringLiteral("noSuchReport")}})),
             QStringLiteral("not_found"));
}

void TestReports::exactlyOneSource()
{
    QCOMPARE(errorCode(run(m_deputy, {})), QStringLiteral("invalid"));
    QCOMPARE(errorCode(run(m_deputy, {{QStringLiteral("definition"), definition(kMarksByStudent)},
                                      {QStringLiteral("template"), QStringLiteral("successQuality")}})),
             QStringLiteral("invalid"));
    QCOMPARE(errorCode(run(m_deputy, {{QStringLiteral("id"), 999999}})), QStringLiteral("not_found"));
}

void TestReports::unknownFieldRefusedWithPath()
{
    const QCborMap wrong = definition(QStringLiteral(
        R"({"format": 1, "dataset": "marks", "rows": ["class"],
            "values": [{"field": "shoeSize", "agg": "avg"}]})"));
    const Envelope e = run(m_deputy, {{QStringLiteral("definition"), wrong}});
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    QVERIFY2(e.error.message.contains(QStringLiteral("values[0].field")), qPrintable(e.error.message));
    QVERIFY2(e.error.message.contains(QStringLiteral("shoeSize")), qPrintable(e.error.message));
    QCOMPARE(e.error.details.value(QStringLiteral("path")).toString(), QStringLiteral("values[0].field"));
    const Envelope saved = m_deputy.call(QStringLiteral("reports.save"),
        {{QStringLiteral("name"), QStringLiteral("Размер обуви")}, {QStringLiteral("definition"), wrong}});
    QCOMPARE(errorCode(saved), QStringLiteral("invalid"));
    QCOMPARE(saved.error.details.value(QStringLiteral("path")).toString(), QStringLiteral("values[0].field"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM report_definition WHERE name = 'Размер обуви'")).toInt(), 0);
}

void TestReports::injectionRefusedOrHarmless()
{
    const QCborMap field = definition(QStringLiteral(
        R"({"format": 1, "dataset": "marks", "fields": ["value; DROP TABLE mark"]})"));
    const Envelope badField = run(m_deputy, {{QStringLiteral("definition"), field}});
    QCOMPARE(errorCode(badField), QStringLiteral("invalid"));
    QVERIFY2(badField.error.message.contains(QStringLiteral("fields[0]")), qPrintable(badField.error.message));

    // Written as maps: moc misreads quotes and parentheses inside raw strings.
    const QCborMap aggregate{
        {QStringLiteral("format"), 1}, {QStringLiteral("dataset"), QStringLiteral("marks")},
        {QStringLiteral("rows"), QCborArray{QStringLiteral("class")}},
        {QStringLiteral("values"), QCborArray{QCborMap{{QStringLiteral("field"), QStringLiteral("value")},
                                                       {QStringLiteral("agg"), QStringLiteral("avg) FROM mark --")}}}}};
    const Envelope badAggregate = run(m_deputy, {{QStringLiteral("definition"), aggregate}});
    QCOMPARE(errorCode(badAggregate), QStringLiteral("invalid"));
    QVERIFY2(badAggregate.error.message.contains(QStringLiteral("values[0].agg")),
             qPrintable(badAggregate.error.message));

    // A text operand is only ever a bound value: it matches nothing and drops nothing.
    const auto filter = [](const char *field, const char *op, const char *value) {
        return QCborMap{{QStringLiteral("field"), QLatin1String(field)},
                        {QStringLiteral("op"), QLatin1String(op)},
                        {QStringLiteral("value"), QLatin1String(value)}};
    };
    const QCborMap text{
        {QStringLiteral("format"), 1}, {QStringLiteral("dataset"), QStringLiteral("marks")},
        {QStringLiteral("fields"), QCborArray{QStringLiteral("student"), QStringLiteral("value")}},
        {QStringLiteral("filters"), QCborArray{filter("topic", "contains", "'; DROP TABLE mark; --"),
                                               filter("markText", "eq", "5' OR '1' = '1")}}};
    const Envelope harmless = run(m_deputy, {{QStringLiteral("definition"), text}});
    QCOMPARE(errorCode(harmless), QStringLiteral("(ok)"));
    QCOMPARE(at(harmless.result, "rows").toArray().size(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mark")).toInt(), 4);
}

void TestReports::missingParameterNamed()
{
    const QCborMap byClass = definition(QStringLiteral(
        R"({"format": 1, "dataset": "marks", "rows": ["student"],
            "values": [{"field": "value", "agg": "avg"}],
            "filters": [{"field": "class", "op": "eq", "param": "class"}]})"));
    const Envelope missing = run(m_deputy, {{QStringLiteral("definition"), byClass}});
    QCOMPARE(errorCode(missing), QStringLiteral("invalid"));
    QCOMPARE(missing.error.details.value(QStringLiteral("param")).toString(), QStringLiteral("class"));
    QVERIFY2(missing.error.message.contains(QStringLiteral("class")), qPrintable(missing.error.message));

    const Envelope wrongType = run(m_deputy, {{QStringLiteral("definition"), byClass},
        {QStringLiteral("params"), QCborMap{{QStringLiteral("class"), QStringLiteral("5А")}}}});
    QCOMPARE(errorCode(wrongType), QStringLiteral("invalid"));
    QCOMPARE(wrongType.error.details.value(QStringLiteral("param")).toString(), QStringLiteral("class"));

    const qint64 sixth = m_school.classes.value(QStringLiteral("6А"));
    const Envelope given = run(m_deputy, {{QStringLiteral("definition"), byClass},
        {QStringLiteral("params"), QCborMap{{QStringLiteral("class"), sixth}}}});
    QCOMPARE(errorCode(given), QStringLiteral("(ok)"));
    QCOMPARE(at(given.result, "rows").toArray().size(), 0);  // 6А has no marks
}

void TestReports::teacherSeesOwnClassesOnly()
{
    const QCborMap params{{QStringLiteral("definition"), definition(kLessonsByClass)}};
    const Envelope deputy = run(m_deputy, params);
    QCOMPARE(errorCode(deputy), QStringLiteral("(ok)"));
    QVERIFY(firstColumn(deputy.result).contains(QStringLiteral("5А")));
    QVERIFY(firstColumn(deputy.result).contains(QStringLiteral("6А")));
    // Кузнецов teaches mathematics in 6А and is its class teacher; Петрова likewise in 5А;
    // Сидоров teaches Russian in both.
    QCOMPARE(firstColumn(run(m_kuznetsov, params).result), QStringList{QStringLiteral("6А")});
    QVERIFY(!firstColumn(run(m_petrova, params).result).contains(QStringLiteral("6А")));
    QCOMPARE(firstColumn(run(m_sidorov, params).result),
             (QStringList{QStringLiteral("5А"), QStringLiteral("6А")}));
    // Кузнецов counts all of 6А's lessons, mathematics and Russian: he is its class teacher.
    const QCborArray mine = rowOf(run(m_kuznetsov, params).result, QStringLiteral("6А"));
    QVERIFY(mine.at(1).toInteger() > 0);
    QCOMPARE(mine.at(1), rowOf(deputy.result, QStringLiteral("6А")).at(1));
}

void TestReports::adminMayNotRunReports()
{
    QCOMPARE(errorCode(run(m_admin, {{QStringLiteral("definition"), definition(kLessonsByClass)}})),
             QStringLiteral("forbidden"));
    QCOMPARE(errorCode(m_admin.call(QStringLiteral("reports.list"))), QStringLiteral("forbidden"));
    // The admin decides who may share, though.
    const Envelope settings = m_admin.call(QStringLiteral("reports.setSettings"),
        {{QStringLiteral("shareRoles"), QCborArray{QStringLiteral("deputy"), QStringLiteral("director")}}});
    QCOMPARE(errorCode(settings), QStringLiteral("(ok)"));
}

void TestReports::optionsOfTheYear()
{
    const Envelope deputy = m_deputy.call(QStringLiteral("reports.options"));
    QCOMPARE(errorCode(deputy), QStringLiteral("(ok)"));
    QCOMPARE(at(deputy.result, "academicYearId").toInteger(), m_school.year);
    QCOMPARE(at(deputy.result, "years").toArray().size(), 1);
    const QCborArray periods = at(deputy.result, "periods").toArray();
    QCOMPARE(periods.size(), 4);
    QCOMPARE(at(periods.at(0), "name").toString(), QStringLiteral("1 четверть"));
    QCOMPARE(at(periods.at(0), "startsOn").toString(), QStringLiteral("2026-09-01"));
    QCOMPARE(at(periods.at(0), "endsOn").toString(), QStringLiteral("2026-10-25"));
    const QCborArray classes = at(deputy.result, "classes").toArray();
    QCOMPARE(classes.size(), 2);
    QCOMPARE(at(classes.at(0), "name").toString(), QStringLiteral("5А"));
    QCOMPARE(at(classes.at(0), "grade").toInteger(), 5);
    QCOMPARE(at(deputy.result, "subjects").toArray().size(), 3);
    QCOMPARE(at(deputy.result, "teachers").toArray().size(), 4);
    QVERIFY(at(deputy.result, "workTypes").toArray().size() >= 3);
    const QCborArray everyone = at(deputy.result, "students").toArray();
    QCOMPARE(everyone.size(), 6);
    QCOMPARE(at(everyone.at(0), "name").toString(), QStringLiteral("Алексеев Иван"));
    QCOMPARE(at(everyone.at(0), "classId").toInteger(), m_school.classes.value(QStringLiteral("5А")));

    // Кузнецов reads 6А's two students only.
    const QCborArray own = at(m_kuznetsov.call(QStringLiteral("reports.options")).result, "students").toArray();
    QCOMPARE(own.size(), 2);
    for (const QCborValue &student : own)
        QCOMPARE(at(student, "classId").toInteger(), m_school.classes.value(QStringLiteral("6А")));
    QCOMPARE(errorCode(m_deputy.call(QStringLiteral("reports.options"),
                                     {{QStringLiteral("academicYearId"), 999999}})),
             QStringLiteral("not_found"));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"

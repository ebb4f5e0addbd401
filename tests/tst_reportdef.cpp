// Unit tests of report definitions and results (common/reportdefinition, reportresult): strict
// parsing with errors naming the path, injection attempts refused, the catalogue's rules,
// parameters, the JSON/CBOR round trip, the result codec and Russian cell text.
#include "reportdefinition.h"
#include "reportresult.h"

#include <QJsonDocument>
#include <QtTest>

using namespace ejournal::reports;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// The error parsing `text` gives; empty when it parses.
QString parseError(const char *text)
{
    QString error;
    const auto d = Definition::fromJson(json(text), &error);
    return d ? QString() : error;
}

const char kFull[] = R"({"format": 1, "dataset": "marks",
    "rows": ["class", "subject"], "columns": ["workType"],
    "values": [{"field": "value", "agg": "avg"}, {"field": "value", "agg": "quality"},
               {"field": "value", "agg": "wavg"}],
    "filters": [{"field": "date", "op": "inPeriod", "param": "period"},
                {"field": "value", "op": "le", "value": 2},
                {"field": "date", "op": "between", "value": ["2026-09-01", "2026-10-31"]},
                {"field": "class", "op": "eq", "param": "class", "optional": true},
                {"field": "topic", "op": "contains", "value": "дроби"}],
    "sort": [{"key": "#0", "desc": true}, {"key": "class"}],
    "totals": true, "chart": "bar", "limit": 500})";

} // namespace

class TestReportDef : public QObject
{
    Q_OBJECT

private slots:
    void fullDefinitionParses();
    void roundTripJsonAndCbor_data();
    void roundTripJsonAndCbor();
    void defaultsAreOmitted();
    void parseErrorsNamePath_data();
    void parseErrorsNamePath();
    void injectionAttemptsRefused_data();
    void injectionAttemptsRefused();
    void catalogueRules_data();
    void catalogueRules();
    void paramsInFilterOrder();
    void bindPutsOperandsIn();
    void bindErrorsNameParameter_data();
    void bindErrorsNameParameter();
    void chartNames();
    void resultRoundTrip();
    void resultRefusesRaggedRows();
    void columnCaptions();
    void cellTextRussian_data();
    void cellTextRussian();
};

void TestReportDef::fullDefinitionParses()
{
    QString error;
    const auto d = Definition::fromJson(json(kFull), &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->dataset, QStringLiteral("marks"));
    QVERIFY(d->grouped());
    QCOMPARE(d->rows, QStringList({QStringLiteral("class"), QStringLiteral("subject")}));
    QCOMPARE(d->values.size(), 3);
    QCOMPARE(d->values.at(1).aggregate, Aggregate::Quality);
    QCOMPARE(d->values.at(2).aggregate, Aggregate::WeightedAvg);
    QCOMPARE(d->filters.size(), 5);
    QCOMPARE(d->filters.at(0).op, FilterOp::InPeriod);
    QCOMPARE(d->filters.at(0).param, QStringLiteral("period"));
    QCOMPARE(d->filters.at(1).value, QCborValue(2));
    QVERIFY(d->filters.at(3).optional);
    QCOMPARE(d->sort.at(0).key, QStringLiteral("#0"));
    QVERIFY(d->sort.at(0).descending);
    QVERIFY(d->totals);
    QCOMPARE(d->chart, ChartType::Bar);
    QCOMPARE(d->limit, 500);
}

void TestReportDef::roundTripJsonAndCbor_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("grouped") << QByteArray(kFull);
    QTest::newRow("listing") << QByteArray(R"({"dataset": "attendance",
        "fields": ["date", "student", "code", "lateMinutes"],
        "filters": [{"field": "lateMinutes", "op": "in", "value": [5, 10]},
                    {"field": "reason", "op": "empty"}],
        "sort": [{"key": "date", "desc": true}]})");
}

void TestReportDef::roundTripJsonAndCbor()
{
    QFETCH(QByteArray, text);
    QString error;
    const auto d = Definition::fromJson(json(text.constData()), &error);
    QVERIFY2(d, qPrintable(error));
    const auto viaJson = Definition::fromJson(
        QJsonDocument::fromJson(QJsonDocument(d->toJson()).toJson()).object(), &error);
    QVERIFY2(viaJson, qPrintable(error));
    QCOMPARE(*viaJson, *d);
    const auto viaCbor = Definition::fromCbor(
        QCborValue::fromCbor(d->toCbor().toCborValue().toCbor()).toMap(), &error);
    QVERIFY2(viaCbor, qPrintable(error));
    QCOMPARE(*viaCbor, *d);
}

void TestReportDef::defaultsAreOmitted()
{
    const auto d = Definition::fromJson(json(R"({"dataset": "marks", "fields": ["date"]})"),
                                        nullptr);
    QVERIFY(d);
    const QJsonObject o = d->toJson();
    QCOMPARE(o.keys(), QStringList({QStringLiteral("dataset"), QStringLiteral("fields"),
                                    QStringLiteral("format")}));
    QCOMPARE(o.value(QStringLiteral("format")).toInt(), 1);
    QCOMPARE(d->limit, Definition::kDefaultLimit);
}

void TestReportDef::parseErrorsNamePath_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown aggregate")
        << QByteArray(R"({"dataset": "marks", "rows": ["class"], "values": [
               {"field": "value", "agg": "avg"}, {"field": "value", "agg": "median"}]})")
        << R"(values[1].agg: unknown aggregate "median")";
    QTest::newRow("unknown key")
        << QByteArray(R"({"dataset": "marks", "fields": ["date"], "sql": "SELECT 1"})")
        << QStringLiteral("sql: unknown key");
    QTest::newRow("unknown key in a filter")
        << QByteArray(R"({"dataset": "marks", "fields": ["date"],
               "filters": [{"field": "date", "op": "empty", "raw": "1=1"}]})")
        << QStringLiteral("filters[0].raw: unknown key");
    QTest::newRow("unknown field")
        << QByteArray(R"({"dataset": "marks", "rows": ["class"],
               "values": [{"field": "x", "agg": "count"}]})")
        << R"(values[0].field: unknown field "x" in dataset "marks")";
    QTest::newRow("unknown filter field")
        << QByteArray(R"({"dataset": "marks", "fields": ["date"],
               "filters": [{"field": "x", "op": "eq", "value": 1}]})")
        << R"(filters[0].field: unknown field "x" in dataset "marks")";
    QTest::newRow("unknown operator")
        << QByteArray(R"({"dataset": "marks", "fields": ["date"],
               "filters": [{"field": "date", "op": "like", "value": "x"}]})")
        << R"(filters[0].op: unknown operator "like")";
    QTest::newRow("unknown chart")
        << QByteArray(R"({"dataset": "marks", "rows": ["class"], "chart": "radar",
               "values": [{"field": "value", "agg": "count"}]})")
        << R"(chart: unknown chart "radar")";
    QTest::newRow("missing dataset") << QByteArray(R"({"fields": ["date"]})")
                                     << QStringLiteral("dataset: missing");
    QTest::newRow("wrong type of limit")
        << QByteArray(R"({"dataset": "marks", "fields": ["date"], "limit": "all"})")
        << QStringLiteral("limit: expected an integer");
    QTest::newRow("wrong type of a field")
        << QByteArray(R"({"dataset": "marks", "fields": ["date", 7]})")
        << QStringLiteral("fields[1]: expected text");
    QTest::newRow("wrong type of totals")
        << QByteArray(R"({"dataset": "marks", "rows": ["class"], "totals": 1,
               "values": [{"field": "value", "agg": "count"}]})")
        << QStringLiteral("totals: expected true or false");
    QTest::newRow("other format")
        << QByteArray(R"({"format": 2, "dataset": "marks", "fields": ["date"]})")
        << QStringLiteral("format: unsupported format 2");
    QTest::newRow("value not a map")
        << QByteArray(R"({"dataset": "marks", "rows": ["class"], "values": ["avg"]})")
        << QStringLiteral("values[0]: expected a map");
}

void TestReportDef::parseErrorsNamePath()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QCOMPARE(parseError(text.constData()), error);
}

void TestReportDef::injectionAttemptsRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("dataset")
        << QByteArray(R"({"dataset": "marks; DROP TABLE mark", "fields": ["date"]})")
        << R"(dataset: unknown dataset "marks; DROP TABLE mark")";
    QTest::newRow("field")
        << QByteArray(R"({"dataset": "marks", "fields": ["date", "value) FROM mark --"]})")
        << R"(fields[1]: unknown field "value) FROM mark --" in dataset "marks")";
    QTest::newRow("operator")
        << QByteArray(R"({"dataset": "marks", "fields": ["date"],
               "filters": [{"field": "class", "op": "eq OR 1=1", "value": 1}]})")
        << R"(filters[0].op: unknown operator "eq OR 1=1")";
    QTest::newRow("sort key")
        << QByteArray(R"({"dataset": "marks", "fields": ["date"],
               "sort": [{"key": "date; DELETE FROM mark"}]})")
        << R"(sort[0].key: "date; DELETE FROM mark" is not a shown field)";
    QTest::newRow("param name")
        << QByteArray(R"({"dataset": "marks", "fields": ["date"],
               "filters": [{"field": "class", "op": "eq", "param": "x'--"}]})")
        << R"(filters[0].param: "x'--" is not a parameter name (a letter, then letters, )"
           R"(digits or _; at most 32))";
    QTest::newRow("operand of a reference")
        << QByteArray(R"({"dataset": "marks", "fields": ["date"],
               "filters": [{"field": "class", "op": "eq", "value": "1 OR 1=1"}]})")
        << QStringLiteral("filters[0].value: expected an id");
}

void TestReportDef::injectionAttemptsRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QCOMPARE(parseError(text.constData()), error);
}

void TestReportDef::catalogueRules_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const char *text, const QString &error) {
        QTest::newRow(name) << QByteArray(text) << error;
    };
    row("a listing needs fields", R"({"dataset": "marks"})",
        QStringLiteral("fields: 1 to 40 fields expected, not 0"));
    row("a listing has no rows", R"({"dataset": "marks", "fields": ["date"], "rows": ["class"]})",
        QStringLiteral("rows: a listing has no rows (grouping needs values)"));
    row("a listing has no totals", R"({"dataset": "marks", "fields": ["date"], "totals": true})",
        QStringLiteral("totals: only a grouped report has totals"));
    row("a listing has no chart", R"({"dataset": "marks", "fields": ["date"], "chart": "pie"})",
        QStringLiteral("chart: only a grouped report has a chart"));
    row("grouped has no fields", R"({"dataset": "marks", "fields": ["date"], "rows": ["class"],
        "values": [{"field": "value", "agg": "count"}]})",
        QStringLiteral("fields: a grouped report shows rows, columns and values, not fields"));
    row("too many rows", R"({"dataset": "marks", "rows": ["class", "subject", "teacher",
        "student", "date"], "values": [{"field": "value", "agg": "count"}]})",
        QStringLiteral("rows: 0 to 4 row fields expected, not 5"));
    row("too many pivot fields", R"({"dataset": "marks", "rows": ["class"],
        "columns": ["subject", "teacher", "workType"],
        "values": [{"field": "value", "agg": "count"}]})",
        QStringLiteral("columns: 0 to 2 pivot fields expected, not 3"));
    row("field twice", R"({"dataset": "marks", "rows": ["class"], "columns": ["class"],
        "values": [{"field": "value", "agg": "count"}]})",
        R"(columns[0]: field "class" is already used)");
    row("chart without rows", R"({"dataset": "marks", "columns": ["class"], "chart": "bar",
        "values": [{"field": "value", "agg": "count"}]})",
        QStringLiteral("chart: a chart needs at least one row field"));
    row("average of a reference", R"({"dataset": "marks", "rows": ["class"],
        "values": [{"field": "student", "agg": "avg"}]})",
        R"(values[0].agg: aggregate "avg" does not apply to field "student")");
    row("wavg off a weighted dataset", R"({"dataset": "finals", "rows": ["class"],
        "values": [{"field": "value", "agg": "wavg"}]})",
        R"(values[0].agg: aggregate "wavg" does not apply to field "value")");
    row("contains on a date", R"({"dataset": "marks", "fields": ["date"],
        "filters": [{"field": "date", "op": "contains", "value": "09"}]})",
        R"(filters[0].op: operator "contains" does not apply to field "date")");
    row("bad date", R"({"dataset": "marks", "fields": ["date"],
        "filters": [{"field": "date", "op": "ge", "value": "01.09.2026"}]})",
        QStringLiteral("filters[0].value: expected a date \"yyyy-MM-dd\""));
    row("between needs two", R"({"dataset": "marks", "fields": ["date"],
        "filters": [{"field": "value", "op": "between", "value": [2]}]})",
        QStringLiteral("filters[0].value: expected two operands [from, to]"));
    row("in of wrong ids", R"({"dataset": "marks", "fields": ["date"],
        "filters": [{"field": "class", "op": "in", "value": [1, "2"]}]})",
        QStringLiteral("filters[0].value: [1] expected an id"));
    row("empty takes no operand", R"({"dataset": "marks", "fields": ["date"],
        "filters": [{"field": "topic", "op": "empty", "value": ""}]})",
        QStringLiteral("filters[0].value: takes no operands"));
    row("value and param", R"({"dataset": "marks", "fields": ["date"],
        "filters": [{"field": "class", "op": "eq", "value": 1, "param": "c"}]})",
        QStringLiteral("filters[0].value: a filter takes a value or a param, not both"));
    row("optional without param", R"({"dataset": "marks", "fields": ["date"],
        "filters": [{"field": "class", "op": "eq", "value": 1, "optional": true}]})",
        QStringLiteral("filters[0].optional: only a filter with a param is optional"));
    row("limit too big", R"({"dataset": "marks", "fields": ["date"], "limit": 50001})",
        QStringLiteral("limit: must be from 1 to 50000, not 50001"));
    row("limit zero", R"({"dataset": "marks", "fields": ["date"], "limit": 0})",
        QStringLiteral("limit: must be from 1 to 50000, not 0"));
    row("sort by a value out of range", R"({"dataset": "marks", "rows": ["class"],
        "values": [{"field": "value", "agg": "count"}], "sort": [{"key": "#1"}]})",
        R"(sort[0].key: "#1" is not a row field or "#N" of a value)");
    row("sort by an unshown field", R"({"dataset": "marks", "fields": ["date"],
        "sort": [{"key": "class"}]})", R"(sort[0].key: "class" is not a shown field)");
    row("sort by #0 in a listing", R"({"dataset": "marks", "fields": ["date"],
        "sort": [{"key": "#0"}]})", R"(sort[0].key: "#0" is not a shown field)");
}

void TestReportDef::catalogueRules()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QCOMPARE(parseError(text.constData()), error);
}

void TestReportDef::paramsInFilterOrder()
{
    Definition d = *Definition::fromJson(json(kFull), nullptr);
    d.filters.append({QStringLiteral("date"), FilterOp::InPeriod, {}, QStringLiteral("period")});
    const QList<Definition::Param> params = d.params();
    QCOMPARE(params.size(), 2);
    QCOMPARE(params.at(0).name, QStringLiteral("period"));
    QCOMPARE(params.at(0).field, QStringLiteral("date"));
    QCOMPARE(params.at(0).op, FilterOp::InPeriod);
    QVERIFY(!params.at(0).optional);
    QCOMPARE(params.at(1).name, QStringLiteral("class"));
    QVERIFY(params.at(1).optional);
}

void TestReportDef::bindPutsOperandsIn()
{
    const Definition d = *Definition::fromJson(json(kFull), nullptr);
    QString error;
    const auto all = d.bind({{QStringLiteral("period"), 3}, {QStringLiteral("class"), 12}},
                            &error);
    QVERIFY2(all, qPrintable(error));
    QCOMPARE(all->filters.size(), 5);
    QCOMPARE(all->filters.at(0).value, QCborValue(3));
    QVERIFY(all->filters.at(0).param.isEmpty());
    QCOMPARE(all->filters.at(3).value, QCborValue(12));
    QVERIFY(all->params().isEmpty());
    QCOMPARE(all->check(), QString());

    const auto withoutClass = d.bind({{QStringLiteral("period"), 3}}, &error);
    QVERIFY2(withoutClass, qPrintable(error));
    QCOMPARE(withoutClass->filters.size(), 4);
    QCOMPARE(withoutClass->filters.at(3).field, QStringLiteral("topic"));
}

void TestReportDef::bindErrorsNameParameter_data()
{
    QTest::addColumn<QCborMap>("values");
    QTest::addColumn<QString>("error");
    QTest::newRow("required missing") << QCborMap{{QStringLiteral("class"), 1}}
                                      << R"(parameter "period" is required)";
    QTest::newRow("wrong type") << QCborMap{{QStringLiteral("period"), QStringLiteral("I")}}
                                << R"(parameter "period": expected a period id)";
    QTest::newRow("unknown") << QCborMap{{QStringLiteral("period"), 1},
                                         {QStringLiteral("teacher"), 2}}
                             << R"(unknown parameter "teacher")";
}

void TestReportDef::bindErrorsNameParameter()
{
    QFETCH(QCborMap, values);
    QFETCH(QString, error);
    const Definition d = *Definition::fromJson(json(kFull), nullptr);
    QString got;
    QVERIFY(!d.bind(values, &got));
    QCOMPARE(got, error);
}

void TestReportDef::chartNames()
{
    for (ChartType type : {ChartType::None, ChartType::Bar, ChartType::Line, ChartType::Pie}) {
        ChartType back = ChartType::None;
        QVERIFY(chartTypeFromName(chartTypeName(type), &back));
        QCOMPARE(back, type);
    }
    QCOMPARE(chartTypeName(ChartType::Pie), QStringLiteral("pie"));
    ChartType out;
    QVERIFY(!chartTypeFromName(u"donut", &out));
}

namespace {
Result sampleResult()
{
    Result r;
    r.dataset = QStringLiteral("marks");
    r.dimensions = 2;
    r.columns = {
        {QStringLiteral("class"), false, Aggregate::Count, {}, false, ValueType::Text},
        {QStringLiteral("date"), false, Aggregate::Count, {}, false, ValueType::Date},
        {QStringLiteral("value"), true, Aggregate::Avg, {QStringLiteral("Математика")}, false,
         ValueType::Number},
        {QStringLiteral("value"), true, Aggregate::Quality, {}, true, ValueType::Percent},
        {QStringLiteral("value"), true, Aggregate::Count, {}, true, ValueType::Integer},
    };
    r.rows = {{QStringLiteral("5А"), QStringLiteral("2026-09-01"), 4.25, 87.5, qint64(8)},
              {QStringLiteral("5Б"), QVariant(), QVariant(), 0.0, qint64(0)}};
    r.total = QVariantList{QVariant(), QVariant(), 4.25, 43.8, qint64(8)};
    r.truncated = true;
    return r;
}
} // namespace

void TestReportDef::resultRoundTrip()
{
    const Result r = sampleResult();
    const QCborMap wire = QCborValue::fromCbor(r.toCbor().toCborValue().toCbor()).toMap();
    const QCborArray columns = wire.value(QStringLiteral("columns")).toArray();
    QCOMPARE(columns.at(2).toMap().value(QStringLiteral("agg")).toString(),
             QStringLiteral("avg"));
    QCOMPARE(columns.at(2).toMap().value(QStringLiteral("pivot")).toArray().at(0).toString(),
             QStringLiteral("Математика"));
    QVERIFY(columns.at(3).toMap().value(QStringLiteral("pivotTotal")).toBool());
    QVERIFY(!columns.at(0).toMap().contains(QStringLiteral("agg")));
    QVERIFY(wire.value(QStringLiteral("rows")).toArray().at(1).toArray().at(1).isNull());
    QString error;
    const auto back = Result::fromCbor(wire, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, r);
    QCOMPARE(back->rows.at(0).at(4).typeId(), QMetaType::LongLong);
    QCOMPARE(back->rows.at(1).at(3).typeId(), QMetaType::Double);
}

void TestReportDef::resultRefusesRaggedRows()
{
    QCborMap wire = sampleResult().toCbor();
    wire.insert(QStringLiteral("rows"), QCborArray{QCborArray{QStringLiteral("5А")}});
    QString error;
    QVERIFY(!Result::fromCbor(wire, &error));
    QCOMPARE(error, QStringLiteral("a row needs one cell per column"));
}

void TestReportDef::columnCaptions()
{
    const Result r = sampleResult();
    QCOMPARE(columnCaption(r, r.columns.at(0)), QStringLiteral("Class"));
    QCOMPARE(columnCaption(r, r.columns.at(2)), QStringLiteral("Математика · Mark — Average"));
    QCOMPARE(columnCaption(r, r.columns.at(3)), QStringLiteral("Total · Quality rate, %"));
}

void TestReportDef::cellTextRussian_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("average") << int(ValueType::Number) << QVariant(4.25) << "4,25";
    QTest::newRow("average rounded") << int(ValueType::Number) << QVariant(3.666666) << "3,67";
    QTest::newRow("whole number") << int(ValueType::Number) << QVariant(4.0) << "4";
    QTest::newRow("percent") << int(ValueType::Percent) << QVariant(87.5) << "87,5 %";
    QTest::newRow("percent whole") << int(ValueType::Percent) << QVariant(100.0) << "100 %";
    QTest::newRow("date") << int(ValueType::Date) << QVariant(QStringLiteral("2026-09-01"))
                          << "01.09.2026";
    QTest::newRow("integer") << int(ValueType::Integer) << QVariant(qint64(1234567))
                             << "1234567";
    QTest::newRow("text") << int(ValueType::Text) << QVariant(QStringLiteral("5А")) << "5А";
    QTest::newRow("no value") << int(ValueType::Number) << QVariant() << "";
}

void TestReportDef::cellTextRussian()
{
    QFETCH(int, type);
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    ResultColumn column;
    column.type = ValueType(type);
    QCOMPARE(cellText(column, value), text);
}

QTEST_GUILESS_MAIN(TestReportDef)
#include "tst_reportdef.moc"

// A report definition: what the user built in the designer, stored as JSON and sent as CBOR,
// never SQL. Parsed strictly (an unknown key, dataset, field, aggregate or operator is an error
// that names it) and checked against the catalogue (reportcatalogue.h); the server turns a
// checked definition into parameterised SQL (server/reports/).
//
// Two shapes:
//   listing — "fields": the dataset's rows with those columns (no "values");
//   grouped — "rows" (0–4 fields) × optional pivot "columns" (0–2 fields) with "values"
//             (aggregates, 1–12), optional "totals" (a grand total row and, with a pivot,
//             a total column per value) and an optional "chart".
// Filters either carry their operands ("value") or name a parameter ("param") asked when the
// report runs; bind() puts the parameters' values in.
#pragma once

#include "reportcatalogue.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ejournal::reports {

struct ValueSpec
{
    QString field;
    Aggregate aggregate = Aggregate::Count;
    bool operator==(const ValueSpec &) const = default;
};

struct FilterSpec
{
    QString field;
    FilterOp op = FilterOp::Eq;
    // The operands: none (Empty, NotEmpty), one value, or an array (In, Between). A Ref takes
    // ids (integers), a Date "yyyy-MM-dd" text, Integer and Flag integers, Number and Mark
    // numbers, Text text; InPeriod takes a period id.
    QCborValue value;
    QString param;          // non-empty: the operands come from this run-time parameter
    bool optional = false;  // with a param: the filter is dropped when the param is not given
    bool operator==(const FilterSpec &) const = default;
};

struct SortSpec
{
    QString key;  // a shown field (listing), a row field (grouped), or "#N": the N-th value
    bool descending = false;
    bool operator==(const SortSpec &) const = default;
};

enum class ChartType { None, Bar, Line, Pie };

struct Definition
{
    static constexpr int kFormat = 1;
    static constexpr int kMaxLimit = 50000;
    static constexpr int kDefaultLimit = 10000;

    QString dataset;
    QStringList fields;   // listing
    QStringList rows;     // grouped
    QStringList columns;  // grouped: pivot
    QList<ValueSpec> values;
    QList<FilterSpec> filters;
    QList<SortSpec> sort;
    bool totals = false;
    ChartType chart = ChartType::None;
    int limit = kDefaultLimit;

    bool grouped() const { return !values.isEmpty(); }

    // Strict parsing: an unknown key, a wrong type or an unknown name is an error naming the
    // path, e.g. `values[1].agg: unknown aggregate "median"`. Then check() is applied.
    static std::optional<Definition> fromCbor(const QCborMap &map, QString *error);
    static std::optional<Definition> fromJson(const QJsonObject &object, QString *error);
    QCborMap toCbor() const;
    QJsonObject toJson() const;

    // Checks the definition against the catalogue; empty when it is valid, else the first
    // problem, naming its path (`filters[0].field: unknown field "x" in dataset "marks"`).
    QString check() const;

    // The parameters asked at run time, in the order of their filters (a name used by several
    // filters appears once).
    struct Param
    {
        QString name;
        QString field;  // the field of its first filter (its type decides how to ask)
        FilterOp op = FilterOp::Eq;
        bool optional = false;
    };
    QList<Param> params() const;

    // A copy with every parameter's operands put in from `values` (name → operands) and the
    // missing optional ones dropped. nullopt with an error naming the parameter when a required
    // one is missing, a value has the wrong type, or `values` names an unknown parameter.
    std::optional<Definition> bind(const QCborMap &values, QString *error) const;

    bool operator==(const Definition &) const = default;
};

QString chartTypeName(ChartType type);  // "none", "bar", "line", "pie"
bool chartTypeFromName(QStringView name, ChartType *out);

// Whether the operands suit the field and the operator; empty when they do, else the problem
// (without a path). Used by check() and bind(), and by the designer before it sends.
QString checkOperands(const Field &field, FilterOp op, const QCborValue &value);

} // namespace ejournal::reports

// The answer of reports.run: a table of typed columns (shown fields, grouped fields, the values
// per pivot column) and rows, plus an optional grand total row. Built by the server, read by
// the client's preview, chart and exports (XLSX, CSV, PDF) and by the tests.
#pragma once

#include "reportcatalogue.h"

#include <QCborMap>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ejournal::reports {

struct ResultColumn
{
    QString field;                 // the dataset field shown or aggregated
    bool aggregated = false;       // a value column (aggregate set) rather than a field
    Aggregate aggregate = Aggregate::Count;
    QStringList pivot;             // a pivot column: the pivot fields' values ("Математика")
    bool pivotTotal = false;       // a pivot's total column for this value ("Итого")
    ValueType type = ValueType::Text;
    bool operator==(const ResultColumn &) const = default;
};

struct Result
{
    QString dataset;
    QList<ResultColumn> columns;
    int dimensions = 0;            // how many leading columns are fields (the rest are values)
    // Cells: QString (Text, and Date as "yyyy-MM-dd"), qint64 (Integer), double (Number,
    // Percent: 0–100); an invalid QVariant for no value.
    QList<QVariantList> rows;
    std::optional<QVariantList> total;  // the grand total row (dimension cells empty)
    bool truncated = false;        // the definition's limit cut rows off

    QCborMap toCbor() const;
    static std::optional<Result> fromCbor(const QCborMap &map, QString *error);
    bool operator==(const Result &) const = default;
};

// The column's header as the client shows it: "Class", "Mark — Average",
// "Математика · Mark — Average", "Total · Quality rate, %" (translated captions; a count, success,
// quality and weighted average are named by their aggregate alone).
QString columnCaption(const Result &result, const ResultColumn &column);
// A cell as text the Russian way: "4,25", "87,5 %", "01.09.2026", "" for no value.
QString cellText(const ResultColumn &column, const QVariant &value);

} // namespace ejournal::reports

// What the report compiler's parts (compiler*.cpp) share: the SQL of a field as shown and as
// sorted, the filters as a WHERE clause with binds, database values as result cells, and the
// two shapes of report — a listing (compiler.cpp) and a grouped report (compiler_grouped.cpp).
#pragma once

#include "compiler.h"
#include "datasetsql.h"

#include <QSqlQuery>

namespace ejournal::server::reports::compiler {

using ejournal::reports::Definition;
using ejournal::reports::Field;
using ejournal::reports::Result;
using ejournal::reports::ValueType;

// The field of the checked definition's dataset (the definition passed check()).
const Field &fieldOf(const Definition &definition, const QString &key);
// The SQL of a field from its dataset; throws internal when the dataset lacks it.
const FieldSql &sqlOf(const DatasetSql &dataset, const QString &key);
// A field as shown: a Ref's label, any other field's value.
QString shownSql(const Field &field, const FieldSql &sql);
// A field as sorted: the dataset's order, else the label or value (text in Russian order).
QString orderSql(const Field &field, const FieldSql &sql);

// "FROM ... WHERE <dataset rows> AND <filters>", with the binds of its `?`s in order.
Statement fromWhere(const RequestContext &ctx, const Definition &definition,
                    const DatasetSql &dataset);
// The filters of a bound definition as " AND (...)" conditions with their binds.
Statement filtersSql(const RequestContext &ctx, const Definition &definition,
                     const DatasetSql &dataset);

// A database value as a result cell of the type (see reportresult.h).
QVariant cellOf(const QVariant &value, ValueType type);

Statement listingStatement(const RequestContext &ctx, const Definition &definition,
                           const DatasetSql &dataset);
Result listingResult(const Definition &definition, QSqlQuery &query);

Statement groupedStatement(const RequestContext &ctx, const Definition &definition,
                           const DatasetSql &dataset);
Result groupedResult(const Definition &definition, QSqlQuery &query);

} // namespace ejournal::server::reports::compiler

// Runs a checked report definition (common/reportdefinition.h) for a caller: builds one
// parameterised SQL statement from the dataset's expressions (datasetsql.h) — names come
// only from the catalogue, every operand is a `?` bind — runs it and shapes the answer
// (grouping, GROUPING SETS totals, the pivot, sort, limit) into a reports::Result.
#pragma once

#include "reportdefinition.h"
#include "reportresult.h"
#include "requestcontext.h"

namespace ejournal::server::reports {

// The definition must pass check() and have every parameter bound (Definition::bind);
// throws invalid naming the problem otherwise.
ejournal::reports::Result run(const RequestContext &ctx,
                              const ejournal::reports::Definition &definition);

// The SQL text and binds run() would send (for the tests and the benchmark's raw baseline).
struct Statement
{
    QString text;
    QVariantList binds;
};
Statement compile(const RequestContext &ctx, const ejournal::reports::Definition &definition);

} // namespace ejournal::server::reports

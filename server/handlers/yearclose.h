// Closing an academic year (issue 8): the checks that list what is left to do, and the close
// that makes the year read-only and opens the next one from it, rehearsable as a dry run.
#pragma once

#include "checks.h"

#include <QCborArray>

namespace ejournal::server::handlers::yearclose {

// One kind of unfinished business: its code (waived by name), how many, and the first rows.
struct Check
{
    QString code;  // lessons_without_topic, final_marks_missing, substitutions_unfilled,
                   // periods_open
    qint64 count = 0;
    QCborArray items;
};

QList<Check> runChecks(const RequestContext &ctx, const YearInfo &year);

QCborValue check(RequestContext &ctx);
QCborValue run(RequestContext &ctx);

} // namespace ejournal::server::handlers::yearclose

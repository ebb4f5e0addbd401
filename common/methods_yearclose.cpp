// The catalogue's year-closing methods (see common/PROTOCOL.md, "Closing the year"): the
// checks before a year is closed, and the close itself (or its dry run), which makes the year
// read-only and opens the next one from it.
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> yearCloseMethods()
{
    using namespace catalogue;
    return {
        method("yearClose.check",
               "What is left to do before a year is closed: lessons without topics, missing "
               "year marks, unfilled substitutions, open periods",
               Capability::YearClose, {integer("academicYearId")}),
        method("yearClose.run",
               "Close a year and create the next one from it (classes promoted, graduates "
               "withdrawn, groups, curriculum and load copied); dryRun reports without writing",
               Capability::YearClose,
               {integer("academicYearId"), text("orderNo", 100), boolean("dryRun"),
                array("waive", false), integer("finalGrade", false),
                text("nextName", 50, false)}),
    };
}

} // namespace ejournal

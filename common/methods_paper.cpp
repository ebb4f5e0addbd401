// The catalogue's paper copies: everything one printed document needs in one answer — the
// class journal, the summary sheet of final marks, a guardian's extract — and what the
// caller may print. Scope (own class, own loads) is checked by the handlers.
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> paperMethods()
{
    using namespace catalogue;
    const Capability read = Capability::JournalRead;
    return {
        method("paper.options", "Classes, periods and students the caller may print", read,
               {integer("academicYearId", false)}),
        method("paper.classJournal", "A class's journal for a period or the year, ready to print",
               read, {integer("classId"), integer("periodId", false),
                      integer("academicYearId", false)}),
        method("paper.finalsSheet", "Summary sheet of final marks of a class or a grade", read,
               {integer("academicYearId"), integer("classId", false), integer("grade", false)}),
        method("paper.extract", "A guardian's extract: a student's marks and attendance", read,
               {integer("studentId"), date("from"), date("to")}),
    };
}

} // namespace ejournal

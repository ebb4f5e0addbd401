// The catalogue's journal methods (see common/PROTOCOL.md, "Journal methods"): journals of a
// load, their cells (attendance and marks), lesson cards, final marks, a cell's history and
// the deputy's register of late corrections.
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> journalMethods()
{
    using namespace catalogue;
    return {
        method("journal.list", "The journals the caller may open", Capability::JournalRead,
               {integer("academicYearId", false)}),
        method("journal.open", "A journal of a period: students, lessons, cells, final marks",
               Capability::JournalRead,
               {integer("assignmentId"), integer("periodId", false), date("from", false),
                date("to", false), text("asOf", 40, false)}),
        method("journal.close", "Stop following a journal's changes", Capability::JournalRead,
               {integer("assignmentId")}),
        method("journal.setCell", "Set a student's attendance and marks on a lesson",
               Capability::JournalWrite,
               {integer("lessonId"), integer("studentId"), integer("version"),
                text("attendance", 20, false), integer("lateMinutes", false), array("marks"),
                text("reason", 500, false)}),
        method("journal.updateLesson",
               "Change a lesson card: topic, summary, homework, kind of work, КТП item",
               Capability::JournalWrite,
               {integer("lessonId"), integer("version"), text("topic", 500, false),
                text("summary", 2000, false), text("homework", 2000, false),
                text("homeworkDue", 10, false), integer("workTypeId", false),
                boolean("controlWork", false), integer("planItemId", false),
                text("reason", 500, false)}),
        method("journal.setFinal", "Set a student's final mark of a period or of the year",
               Capability::JournalWrite,
               {integer("assignmentId"), integer("studentId"), integer("periodId", false),
                text("value", 10), integer("version"), text("reason", 500, false)}),
        method("journal.cellHistory", "Every state a cell has had, newest first",
               Capability::JournalRead, {integer("lessonId"), integer("studentId")}),
        method("corrections.list", "Late journal corrections for the deputy's review",
               Capability::JournalReview,
               {date("from", false), date("to", false), boolean("reviewed", false)}),
        method("corrections.approve", "Mark late corrections as reviewed",
               Capability::JournalReview, {array("ids")}),
    };
}

} // namespace ejournal

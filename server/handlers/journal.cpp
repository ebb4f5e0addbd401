// Routes of the journal area: journals, cells, lesson cards, final marks, cell history and the
// register of late corrections (handlers in journal_*.cpp, see journal_handlers.h).
#include "journal_handlers.h"
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> journalRoutes()
{
    return {
        {"journal.list", listJournals},
        {"journal.open", openJournal},
        {"journal.close", closeJournal},
        {"journal.setCell", setCell},
        {"journal.updateLesson", updateJournalLesson},
        {"journal.setFinal", setFinal},
        {"journal.cellHistory", cellHistory},
        {"corrections.list", listCorrections},
        {"corrections.approve", approveCorrections},
    };
}

} // namespace ejournal::server::handlers

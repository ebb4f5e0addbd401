// The journal area's handlers: the list of journals (journal_list.cpp), opening one
// (journal_open.cpp), cells (journal_cells.cpp), the lesson card (journal_lessons.cpp), final
// marks (journal_finals.cpp), a cell's history (journal_history.cpp) and the register of late
// corrections (journal_corrections.cpp). journal.cpp routes them.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers {

// journal_list.cpp
QCborValue listJournals(RequestContext &ctx);
// journal_open.cpp
QCborValue openJournal(RequestContext &ctx);
QCborValue closeJournal(RequestContext &ctx);
// journal_cells.cpp
QCborValue setCell(RequestContext &ctx);
// journal_lessons.cpp
QCborValue updateJournalLesson(RequestContext &ctx);
// journal_finals.cpp
QCborValue setFinal(RequestContext &ctx);
// journal_history.cpp
QCborValue cellHistory(RequestContext &ctx);
// journal_corrections.cpp
QCborValue listCorrections(RequestContext &ctx);
QCborValue approveCorrections(RequestContext &ctx);

} // namespace ejournal::server::handlers

// Handlers of the paper-copy methods (paper.*): each answers everything one printed
// document needs in one request (handlers in paper.cpp, paper_journal.cpp,
// paper_finals.cpp and paper_extract.cpp).
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers {

QCborValue paperOptions(RequestContext &ctx);
QCborValue paperClassJournal(RequestContext &ctx);
QCborValue paperFinalsSheet(RequestContext &ctx);
QCborValue paperExtract(RequestContext &ctx);

} // namespace ejournal::server::handlers

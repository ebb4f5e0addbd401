// guardians.* handlers: parents and legal guardians (родители, законные представители) and
// their links to students; a student may have several guardians, a guardian several children.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers::people {

QCborValue createGuardian(RequestContext &ctx);
QCborValue updateGuardian(RequestContext &ctx);
QCborValue linkGuardian(RequestContext &ctx);
QCborValue unlinkGuardian(RequestContext &ctx);

} // namespace ejournal::server::handlers::people

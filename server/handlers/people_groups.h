// groups.* handlers: study groups (подгруппы, потоки, элективы, ИУП) and their members over
// dates, and splitting a class into subgroups for a subject.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers::people {

QCborValue listGroups(RequestContext &ctx);
QCborValue createGroup(RequestContext &ctx);
QCborValue updateGroup(RequestContext &ctx);
QCborValue groupMembers(RequestContext &ctx);
QCborValue setGroupMembers(RequestContext &ctx);
QCborValue splitClass(RequestContext &ctx);

} // namespace ejournal::server::handlers::people

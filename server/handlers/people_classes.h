// classes.* handlers: the classes (классы-комплекты) of an academic year with their class
// teachers, period schemes, shifts and rooms.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers::people {

QCborValue listClasses(RequestContext &ctx);
QCborValue createClass(RequestContext &ctx);
QCborValue updateClass(RequestContext &ctx);

} // namespace ejournal::server::handlers::people

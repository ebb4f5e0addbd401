// students.* handlers: the student list with each student's class on a date, the personal
// file (guardians, enrolment history, movements), adding and editing students.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers::people {

QCborValue listStudents(RequestContext &ctx);
QCborValue getStudent(RequestContext &ctx);
QCborValue createStudent(RequestContext &ctx);
QCborValue updateStudent(RequestContext &ctx);
QCborValue studentClassOn(RequestContext &ctx);

} // namespace ejournal::server::handlers::people

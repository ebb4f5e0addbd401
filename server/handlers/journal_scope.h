// Who may read and write which journal: the rights of the caller on the journal of a load
// (assignment) and on one dated lesson of it. Shared by the journal and plan handlers.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers::journal {

struct Access
{
    bool read = false;
    bool write = false;
};

// The caller's rights on the journal of a load (assignment) of the caller's school
// (not_found otherwise): deputy read+write every journal; director read; the load's teacher
// read+write; the class teacher of the load's class (or of the class a subgroup splits, or
// of a class a stream's member is enrolled in) read.
Access assignmentAccess(const RequestContext &ctx, qint64 assignmentId);
// Rights on one lesson: as on its load, plus read+write for the teacher who gives it
// (lesson.teacher_id: a substitute). not_found for another school's lesson.
Access lessonAccess(const RequestContext &ctx, qint64 lessonId);
void requireRead(const Access &access);   // forbidden "you may not read this journal"
void requireWrite(const Access &access);  // forbidden "you may not write in this journal"

} // namespace ejournal::server::handlers::journal

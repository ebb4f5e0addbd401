// movement.* handlers: the movement book (книга движения) — admissions, transfers and
// withdrawals with order numbers — and the enrolment history they write.
#pragma once

#include "requestcontext.h"

#include <QCborArray>
#include <QDate>

namespace ejournal::server::handlers::people {

QCborValue admitStudent(RequestContext &ctx);
QCborValue transferStudent(RequestContext &ctx);
QCborValue withdrawStudent(RequestContext &ctx);
QCborValue listMovements(RequestContext &ctx);

// Which rows of the book to read; zero / invalid members do not filter.
struct MovementFilter
{
    QDate from;
    QDate to;
    qint64 classId = 0;       // from or to this class
    qint64 studentId = 0;
    bool ownClassesOnly = false;  // only rows from or to a class of the caller as class teacher
};
// The book's rows by date, with student and class names.
QCborArray movementRows(const RequestContext &ctx, const MovementFilter &filter);

} // namespace ejournal::server::handlers::people

// Checks the area handlers share: reading dated parameters, finding a row of the caller's
// school or failing with not_found, refusing changes to a closed year, and the caller's scope
// (the classes whose class teacher the caller is, the assignments the caller teaches).
#pragma once

#include "requestcontext.h"

#include <QDate>

namespace ejournal::server::handlers {

// A date parameter (already checked by the catalogue); invalid QDate when absent.
QDate dateParam(const RequestContext &ctx, const QString &name);

// Throws `invalid` naming the field when the date lies outside [from, to].
void requireWithin(const QDate &date, const QDate &from, const QDate &to, const QString &field,
                   const QString &what);

// Throws not_found unless a row with this id exists in the caller's school.
// `table` is a fixed identifier from the handler, never user input.
void requireExists(const RequestContext &ctx, const char *table, qint64 id, const QString &what);

struct YearInfo
{
    qint64 id = 0;
    QString name;
    QDate startsOn;
    QDate endsOn;
    QString state;  // planning, active, closed
};

// The academic year of the caller's school, or not_found.
YearInfo yearOf(const RequestContext &ctx, qint64 yearId);
// The year the optional parameter academicYearId names (not_found when it is not the
// caller's school's), else the school's active year, else its latest; 0 when it has none.
qint64 chosenYearId(const RequestContext &ctx);
// As yearOf, and refuses (invalid, details.academicYearId) when the year is closed.
YearInfo writableYear(const RequestContext &ctx, qint64 yearId);

// True when the caller holds the role (fresh from the database for this request).
bool callerIs(const RequestContext &ctx, Role role);
// The classes the caller is class teacher of (any year).
QList<qint64> ownClassIds(const RequestContext &ctx);
// Throws forbidden unless the caller is class teacher of that class.
void requireOwnClass(const RequestContext &ctx, qint64 classId);

// True for a unique-constraint violation (SQLSTATE 23505): handlers that catch DbFailure
// around an insert answer it as `invalid`, naming the field.
bool isUniqueViolation(const DbFailure &failure);

} // namespace ejournal::server::handlers

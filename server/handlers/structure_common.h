// What the structure handlers (structure_years, _periods, _holidays, _subjects, _rooms,
// _bells) share: reading optional and array-element parameters, refusing with `invalid`,
// uniqueness checks, the before/after of a change for the audit, and archiving.
#pragma once

#include "checks.h"

#include <QCborArray>
#include <QCborMap>
#include <QDate>
#include <QStringList>

#include <functional>

namespace ejournal::server::handlers::structure {

// "YYYY-MM-DD" for messages, details and results.
QString iso(const QDate &date);
// "2026-09-01 – 2026-10-24".
QString span(const QDate &from, const QDate &to);

// Throws `invalid` with details {field: reason}.
[[noreturn]] void invalid(const QString &field, const QString &reason, const QString &message);
// The value trimmed; `invalid` naming the field when it is blank.
QString requiredText(const QString &value, const QString &field);

// The parameter when given, else the fallback (for update methods).
QString textOr(const RequestContext &ctx, const QString &name, const QString &fallback);
QDate dateOr(const RequestContext &ctx, const QString &name, const QDate &fallback);
// The value when it is one of the allowed words, else `invalid` naming the field.
QString oneOf(const QString &value, const QStringList &allowed, const QString &field);

// Element `index` of an array parameter as a map with exactly `keys`; `invalid` naming
// "<param>[index]" otherwise.
QCborMap element(const QCborArray &array, qsizetype index, const QString &param,
                 const QStringList &keys);
// "<param>[index]".
QString elementField(const QString &param, qsizetype index);
// A date "YYYY-MM-DD" of an element; `invalid` naming the element otherwise.
QDate elementDate(const QCborMap &map, const QString &key, const QString &field);

// Refuses (`invalid` on `field`) a value of `column` already used by another row of the
// school; the message names that row by its `name` column. `entity` ("subject") and `label`
// ("short name") word the message. Fixed identifiers only.
void requireUnique(const RequestContext &ctx, const char *table, const char *column,
                   const QString &value, qint64 exceptId, const QString &field,
                   const QString &entity, const QString &label);

// ctx.write, with a unique violation that slipped past the checks (a concurrent request
// making the same change) answered as `invalid` on `field` instead of `internal`.
void writeUnique(RequestContext &ctx, const QString &field, const QString &message,
                 const std::function<void(AuditRecord &)> &body);

// The fields whose values differ between two states of a row, for the audit.
struct Changes
{
    QCborMap before;
    QCborMap after;
    bool isEmpty() const { return after.isEmpty(); }
};
Changes diff(const QCborMap &before, const QCborMap &after);

// <entity>s.archive: sets `archived` of a row of `table` and audits "<entity>.archive".
// not_found when the row is not in the caller's school.
void setArchived(RequestContext &ctx, const char *table, const QString &entity);

} // namespace ejournal::server::handlers::structure

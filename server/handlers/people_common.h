// What the people handlers (people_staff, _students, _classes, _movement, _groups) share:
// names and class names, CBOR values from SQL, a field table that reads, merges, inserts and
// updates one row with before/after for the audit, and the class teacher's scope.
#pragma once

#include "checks.h"

#include <QCborMap>
#include <QDate>

namespace ejournal::server::handlers::people {

// "Иванов Пётр Сергеевич" (no trailing blank without a patronymic).
QString fullName(const QString &last, const QString &first, const QString &middle);
// "5А".
QString className(int grade, const QString &letter);
// A database value as CBOR: NULL → null, date → "YYYY-MM-DD", bool, integer or text.
QCborValue cborOf(const QVariant &value);
// An id to bind: NULL when 0.
QVariant idOrNull(qint64 id);
// An ISO date for messages and details.
QString iso(const QDate &date);
// A text parameter trimmed; '' (never a null QString, which would be bound as NULL) when absent.
QString trimmedText(const RequestContext &ctx, const QString &name);
// Throws `invalid` with details {field: reason}.
[[noreturn]] void invalid(const QString &field, const QString &reason, const QString &message);

// The caller reads every person of the school (admin, director, deputy); otherwise a class
// teacher, limited to own classes.
bool seesAllPeople(const RequestContext &ctx);
// not_found unless the student is of the caller's school; forbidden when a class teacher
// asks about a student never enrolled in own class.
void requireStudentVisible(const RequestContext &ctx, qint64 studentId);
// "Иванов Пётр" of the caller's school, or not_found.
QString studentName(const RequestContext &ctx, qint64 studentId);

struct ClassInfo
{
    qint64 id = 0;
    QString name;  // "5А"
    qint64 yearId = 0;
};
// A class of the caller's school, or not_found.
ClassInfo classOf(const RequestContext &ctx, qint64 classId);
// The class the student is enrolled in on the date (id 0 when none).
ClassInfo classOn(const RequestContext &ctx, qint64 studentId, const QDate &date);

// One editable column of a table and the parameter that carries it.
enum class FieldKind {
    Text,          // trimmed text, '' allowed
    OptionalText,  // trimmed text, '' stored as NULL
    OptionalId,    // a referenced id, 0 or NULL = none
    Integer,
    Date,
    Boolean,
};
struct Field
{
    const char *param;   // "lastName"
    const char *column;  // "last_name"
    FieldKind kind;
};
using Fields = QList<Field>;

struct Changes
{
    QCborMap before;
    QCborMap after;
    bool isEmpty() const { return after.isEmpty(); }
};

// The row's fields keyed by parameter name; not_found ("no <what> with id N") when the row is
// not in the caller's school. `table` is a fixed identifier, never user input.
QCborMap readRow(const RequestContext &ctx, const char *table, const Fields &fields, qint64 id,
                 const QString &what);
// `base` with the request's parameters for these fields applied (normalised per kind).
QCborMap mergeParams(const RequestContext &ctx, const Fields &fields, const QCborMap &base);
// The fields whose value differs between the two.
Changes diff(const QCborMap &before, const QCborMap &after);
// INSERT of the fields present in `row` plus school_id; returns the new id.
qint64 insertRow(const RequestContext &ctx, const char *table, const Fields &fields,
                 const QCborMap &row);
// UPDATE of the fields present in `values`.
void updateRow(const RequestContext &ctx, const char *table, const Fields &fields, qint64 id,
               const QCborMap &values);

// Required names (lastName, firstName) of a merged row must not be blank.
void requireNames(const QCborMap &row);

} // namespace ejournal::server::handlers::people

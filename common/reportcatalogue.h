// What reports can be built from: the datasets (marks, attendance, final marks, lessons,
// students, movement, load, timetable, substitutions), each with its fields, their types and
// captions. Client and server share it: the designer offers these fields, the server checks a
// definition against them and maps each field to SQL (server/reports/datasets*.cpp).
// Captions are English source text marked for translation in the context "reports";
// the client shows them through reportCaption() (Russian from translations/ejournal_ru.ts).
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ejournal::reports {

enum class FieldType {
    Text,     // free text (topic, comment, order number)
    Integer,  // whole number (lesson number, minutes late, count of marks)
    Number,   // decimal (hours, weight)
    Date,     // calendar date
    Mark,     // a mark on a numeric scale: its value as a number (text marks such as "зч" are null)
    Flag,     // 0 or 1: summed it counts, averaged it is a share
    Ref,      // a reference (class, student, ...): filtered by id, shown and grouped by name
};

enum class RefKind { None, Year, Period, Class, Group, Subject, Teacher, Student, WorkType, Room };

struct Field
{
    const char *key;      // "student"
    const char *caption;  // "Student" (translated in the context "reports")
    FieldType type;
    RefKind ref = RefKind::None;
};

struct Dataset
{
    const char *key;          // "marks"
    const char *caption;      // "Marks"
    const char *description;  // one sentence for the designer
    QList<Field> fields;
    bool weighted = false;    // has a weight per row: wavg is allowed on its Mark fields
};

enum class Aggregate {
    Count,        // rows
    Distinct,     // distinct values of the field (non-null)
    Sum,
    Avg,
    WeightedAvg,  // Σ value × weight / Σ weight over rows with a value (weighted datasets)
    Success,      // share in % of rated rows whose value ≥ 3 (успеваемость); rated: a numeric
                  // mark, and for final marks also «н/а» (a student not certified)
    Quality,      // the same share of values ≥ 4 (качество знаний)
    Min,
    Max,
};

enum class FilterOp {
    Eq, Ne, Lt, Le, Gt, Ge,  // one value (for a Ref: the id)
    In,                      // a list of values (ids for a Ref)
    Between,                 // [from, to] inclusive (Date, Integer, Number, Mark)
    Contains,                // Text: case-insensitive substring
    Empty, NotEmpty,         // no value / a value (no operand)
    InPeriod,                // Date: within the period whose id is given (its start..end)
};

// The value type an aggregate of a field yields on the wire.
enum class ValueType { Text, Integer, Number, Percent, Date };

const QList<Dataset> &datasets();
const Dataset *findDataset(QStringView key);
const Field *findField(const Dataset &dataset, QStringView key);

// Wire names: "count", "distinct", "sum", "avg", "wavg", "success", "quality", "min", "max";
// "eq", "ne", "lt", "le", "gt", "ge", "in", "between", "contains", "empty", "notEmpty",
// "inPeriod"; "text", "integer", "number", "date", "mark", "flag", "ref".
QString aggregateName(Aggregate aggregate);
bool aggregateFromName(QStringView name, Aggregate *out);
QString filterOpName(FilterOp op);
bool filterOpFromName(QStringView name, FilterOp *out);
QString fieldTypeName(FieldType type);
const QList<Aggregate> &allAggregates();
const QList<FilterOp> &allFilterOps();

// Whether the aggregate applies to a field of the dataset (WeightedAvg, Success and Quality
// need a Mark; Sum and Avg a number; Min and Max a number or a date; Count and Distinct any).
bool aggregateAllows(const Dataset &dataset, const Field &field, Aggregate aggregate);
// Whether the filter operator applies to the field's type.
bool filterAllows(const Field &field, FilterOp op);
// How many operands the operator takes: 0 (Empty, NotEmpty), 1, 2 (Between), -1 (In: a list).
int operandCount(FilterOp op);
// The wire type of a grouped or listed field (Ref and Text → Text, Flag → Integer, ...).
ValueType valueTypeOf(const Field &field);
// The wire type of an aggregate of the field.
ValueType valueTypeOf(const Field &field, Aggregate aggregate);

// The caption, translated (QCoreApplication::translate in the context "reports").
QString caption(const char *sourceText);
QString aggregateCaption(Aggregate aggregate);  // "Average", "Success rate, %", ...
QString filterOpCaption(FilterOp op);           // "equals", "between", ...

} // namespace ejournal::reports

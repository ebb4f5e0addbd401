// The SQL behind each dataset of the report catalogue (common/reportcatalogue.h): the rows it
// reads, the expression of every field, and the access filter for the caller — a report never
// holds a row its caller may not read. Implemented per dataset in datasets_<group>.cpp; the
// compiler (compiler.h) only ever puts these expressions and `?` binds into SQL.
#pragma once

#include "requestcontext.h"

#include <QHash>
#include <QString>
#include <QVariantList>

namespace ejournal::server::reports {

struct FieldSql
{
    QString value;  // the field's value over the dataset's FROM (a Ref: its id; a Flag: 0/1)
    QString label;  // a Ref: its display name ("5А", "Иванов Иван"); empty for other types
    QString order;  // how it sorts when it differs from value/label (a class: grade, letter)
    // A Mark: the rows that count in success and quality rates when it is more than "has a
    // numeric value" (a final «н/а» is a student not certified: counted, and not successful).
    QString rated;
};

struct DatasetSql
{
    // "FROM mark m JOIN lesson l ON ... LEFT JOIN ..." — every join the fields need.
    QString from;
    // The rows of the caller's school the caller may read, with binds for its `?`s in order:
    // "m.school_id = ? AND (<access filter>)". Never empty.
    QString where;
    QVariantList binds;
    // A weighted dataset: the weight of a row (wavg); empty otherwise.
    QString weight;
    QHash<QString, FieldSql> fields;  // every field of the catalogue's dataset, by key
};

// The SQL of the dataset `key` (a key of reports::datasets()) for the caller of ctx:
// director and deputy read the whole school; teachers and class teachers what their journals
// allow (own loads, lessons they substituted, every subject of their own class); datasets the
// staff may read whole (load, timetable) are not narrowed. Throws forbidden when the caller
// may read nothing of it.
DatasetSql datasetSql(const RequestContext &ctx, const QString &key);

} // namespace ejournal::server::reports

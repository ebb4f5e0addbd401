// The answer of reports.run (reportresult.h): its CBOR codec as PROTOCOL.md's Reports section
// shows it, column headers from the catalogue's captions and cells as Russian text.
#include "reportresult.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <cmath>

namespace ejournal::reports {

namespace {

const char *const kValueTypes[] = {"text", "integer", "number", "percent", "date"};

QString valueTypeName(ValueType type)
{
    return QLatin1String(kValueTypes[int(type)]);
}

bool valueTypeFromName(const QString &name, ValueType *out)
{
    for (int i = 0; i < int(std::size(kValueTypes)); ++i)
        if (name == QLatin1String(kValueTypes[i])) {
            *out = ValueType(i);
            return true;
        }
    return false;
}

QCborValue cellToCbor(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::QString: return cell.toString();
    case QMetaType::LongLong: return cell.toLongLong();
    case QMetaType::Double: return cell.toDouble();
    default: return QCborValue(nullptr);
    }
}

QCborArray rowToCbor(const QVariantList &row)
{
    QCborArray list;
    for (const QVariant &cell : row)
        list.append(cellToCbor(cell));
    return list;
}

QCborMap columnToCbor(const ResultColumn &c)
{
    QCborMap map{{QStringLiteral("field"), c.field}};
    if (c.aggregated)
        map.insert(QStringLiteral("agg"), aggregateName(c.aggregate));
    map.insert(QStringLiteral("type"), valueTypeName(c.type));
    if (!c.pivot.isEmpty())
        map.insert(QStringLiteral("pivot"), QCborArray::fromStringList(c.pivot));
    if (c.pivotTotal)
        map.insert(QStringLiteral("pivotTotal"), true);
    return map;
}

bool failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool columnFromCbor(const QCborValue &value, ResultColumn *out, QString *error)
{
    const QCborMap map = value.toMap();
    if (!value.isMap() || !map.value(QStringLiteral("field")).isString())
        return failed(error, QStringLiteral("a column needs a field"));
    out->field = map.value(QStringLiteral("field")).toString();
    const QCborValue agg = map.value(QStringLiteral("agg"));
    out->aggregated = !agg.isUndefined();
    if (out->aggregated && !aggregateFromName(agg.toString(), &out->aggregate))
        return failed(error, QStringLiteral("unknown aggregate \"%1\"").arg(agg.toString()));
    if (!valueTypeFromName(map.value(QStringLiteral("type")).toString(), &out->type))
        return failed(error, QStringLiteral("unknown column type"));
    for (const QCborValue &v : map.value(QStringLiteral("pivot")).toArray())
        out->pivot.append(v.toString());
    out->pivotTotal = map.value(QStringLiteral("pivotTotal")).toBool();
    return true;
}

// A cell of the column's type; an invalid QVariant for null.
bool cellFromCbor(const QCborValue &v, ValueType type, QVariant *out)
{
    if (v.isNull()) {
        *out = QVariant();
        return true;
    }
    switch (type) {
    case ValueType::Text:
    case ValueType::Date:
        *out = v.toString();
        return v.isString();
    case ValueType::Integer:
        *out = QVariant::fromValue(v.toInteger());
        return v.isInteger();
    case ValueType::Number:
    case ValueType::Percent:
        *out = v.isInteger() ? double(v.toInteger()) : v.toDouble();
        return v.isInteger() || v.isDouble();
    }
    return false;
}

bool rowFromCbor(const QCborValue &value, const QList<ResultColumn> &columns, QVariantList *out,
                 QString *error)
{
    const QCborArray cells = value.toArray();
    if (!value.isArray() || cells.size() != columns.size())
        return failed(error, QStringLiteral("a row needs one cell per column"));
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QVariant cell;
        if (!cellFromCbor(cells.at(i), columns.at(i).type, &cell))
            return failed(error, QStringLiteral("cell %1 does not suit its column").arg(i));
        out->append(cell);
    }
    return true;
}

QString fieldCaption(const Result &result, const QString &key)
{
    const Dataset *dataset = findDataset(result.dataset);
    const Field *field = dataset ? findField(*dataset, key) : nullptr;
    return field ? caption(field->caption) : key;
}

QLocale russian()
{
    QLocale locale(QLocale::Russian);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString decimal(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return russian().toString(std::round(value * scale) / scale, 'f',
                              QLocale::FloatingPointShortest);
}

} // namespace

QCborMap Result::toCbor() const
{
    QCborArray columnList;
    for (const ResultColumn &c : columns)
        columnList.append(columnToCbor(c));
    QCborArray rowList;
    for (const QVariantList &row : rows)
        rowList.append(rowToCbor(row));
    QCborMap map{{QStringLiteral("dataset"), dataset},
                 {QStringLiteral("dimensions"), dimensions},
                 {QStringLiteral("columns"), columnList},
                 {QStringLiteral("rows"), rowList}};
    if (total)
        map.insert(QStringLiteral("total"), rowToCbor(*total));
    map.insert(QStringLiteral("truncated"), truncated);
    return map;
}

std::optional<Result> Result::fromCbor(const QCborMap &map, QString *error)
{
    Result r;
    r.dataset = map.value(QStringLiteral("dataset")).toString();
    for (const QCborValue &c : map.value(QStringLiteral("columns")).toArray()) {
        ResultColumn column;
        if (!columnFromCbor(c, &column, error))
            return std::nullopt;
        r.columns.append(column);
    }
    r.dimensions = int(map.value(QStringLiteral("dimensions")).toInteger(-1));
    if (r.dimensions < 0 || r.dimensions > r.columns.size()) {
        failed(error, QStringLiteral("dimensions out of range"));
        return std::nullopt;
    }
    for (const QCborValue &row : map.value(QStringLiteral("rows")).toArray()) {
        QVariantList cells;
        if (!rowFromCbor(row, r.columns, &cells, error))
            return std::nullopt;
        r.rows.append(cells);
    }
    const QCborValue total = map.value(QStringLiteral("total"));
    if (!total.isUndefined() && !total.isNull()) {
        QVariantList cells;
        if (!rowFromCbor(total, r.columns, &cells, error))
            return std::nullopt;
        r.total = cells;
    }
    r.truncated = map.value(QStringLiteral("truncated")).toBool();
    return r;
}

QString columnCaption(const Result &result, const ResultColumn &column)
{
    QString text = fieldCaption(result, column.field);
    if (!column.aggregated)
        return text;
    // A count counts rows whatever its field; success, quality and the weighted average only
    // exist for marks: their own names say it all ("Успеваемость, %", not "Отметка — ...").
    switch (column.aggregate) {
    case Aggregate::Count:
    case Aggregate::Success:
    case Aggregate::Quality:
    case Aggregate::WeightedAvg: text = aggregateCaption(column.aggregate); break;
    default: text += QStringLiteral(" — ") + aggregateCaption(column.aggregate); break;
    }
    if (column.pivotTotal)
        return QCoreApplication::translate("reports", "Total") + QStringLiteral(" · ")
            + text;
    if (!column.pivot.isEmpty())
        return column.pivot.join(QStringLiteral(" · ")) + QStringLiteral(" · ") + text;
    return text;
}

QString cellText(const ResultColumn &column, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (column.type) {
    case ValueType::Text: return value.toString();
    case ValueType::Integer: return QString::number(value.toLongLong());
    case ValueType::Number: return decimal(value.toDouble(), 2);
    case ValueType::Percent: return decimal(value.toDouble(), 1) + QStringLiteral(" %");
    case ValueType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : value.toString();
    }
    }
    return value.toString();
}

} // namespace ejournal::reports

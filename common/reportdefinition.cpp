// Report definitions (reportdefinition.h): the strict CBOR/JSON codec, the checks against the
// catalogue and the binding of run-time parameters. Every error starts with the path of what
// it is about ("values[1].agg: ..."), which the server returns as details.path.
#include "reportdefinition.h"

#include <QCborArray>
#include <QDate>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ejournal::reports {

namespace {

constexpr int kMaxFields = 40;
constexpr int kMaxRows = 4;
constexpr int kMaxColumns = 2;
constexpr int kMaxValues = 12;
constexpr int kMaxFilters = 20;
constexpr int kMaxSort = 5;
constexpr int kMaxListOperands = 1000;
constexpr int kMaxTextOperand = 500;

const char *const kChartNames[] = {"none", "bar", "line", "pie"};

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString at(const QString &path, int index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

bool isParamName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,31}$"));
    return re.match(name).hasMatch();
}

// Reads one CBOR map strictly: every key must be known, every value of the right type; the
// first problem is kept with its path.
class Reader
{
public:
    Reader(const QCborMap &map, QString path, QString *error)
        : m_map(map), m_path(std::move(path)), m_error(error)
    {
    }

    bool keys(std::initializer_list<const char *> known)
    {
        for (auto it = m_map.cbegin(); it != m_map.cend(); ++it) {
            const QString key = it.key().isString() ? it.key().toString() : QString();
            bool found = false;
            for (const char *k : known)
                found = found || key == QLatin1String(k);
            if (!found)
                return fail(path(it.key().isString() ? key : QStringLiteral("?")),
                            QStringLiteral("unknown key"));
        }
        return true;
    }

    bool has(const char *key) const { return m_map.contains(QLatin1String(key)); }
    QCborValue value(const char *key) const { return m_map.value(QLatin1String(key)); }
    QString path(const char *key) const { return path(QString::fromLatin1(key)); }
    QString path(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + u'.' + key;
    }

    bool text(const char *key, QString *out, bool required)
    {
        if (!has(key))
            return !required || fail(path(key), QStringLiteral("missing"));
        const QCborValue v = value(key);
        if (!v.isString())
            return fail(path(key), QStringLiteral("expected text"));
        *out = v.toString();
        return true;
    }

    bool boolean(const char *key, bool *out)
    {
        if (!has(key))
            return true;
        const QCborValue v = value(key);
        if (!v.isBool())
            return fail(path(key), QStringLiteral("expected true or false"));
        *out = v.toBool();
        return true;
    }

    bool integer(const char *key, int *out)
    {
        if (!has(key))
            return true;
        const QCborValue v = value(key);
        if (!v.isInteger() || v.toInteger() < INT_MIN || v.toInteger() > INT_MAX)
            return fail(path(key), QStringLiteral("expected an integer"));
        *out = int(v.toInteger());
        return true;
    }

    bool array(const char *key, QCborArray *out)
    {
        if (!has(key))
            return true;
        const QCborValue v = value(key);
        if (!v.isArray())
            return fail(path(key), QStringLiteral("expected a list"));
        *out = v.toArray();
        return true;
    }

    bool texts(const char *key, QStringList *out)
    {
        QCborArray list;
        if (!array(key, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString())
                return fail(at(path(key), int(i)), QStringLiteral("expected text"));
            out->append(list.at(i).toString());
        }
        return true;
    }

    // Each element of the list `key` as a map, read by `read(reader)`.
    template <typename Read>
    bool maps(const char *key, Read read)
    {
        QCborArray list;
        if (!array(key, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString itemPath = at(path(key), int(i));
            if (!list.at(i).isMap())
                return fail(itemPath, QStringLiteral("expected a map"));
            Reader item(list.at(i).toMap(), itemPath, m_error);
            if (!read(item))
                return false;
        }
        return true;
    }

    bool fail(const QString &path, const QString &message)
    {
        if (m_error)
            *m_error = path + QStringLiteral(": ") + message;
        return false;
    }

private:
    QCborMap m_map;
    QString m_path;
    QString *m_error;
};

bool readValue(Reader &r, QList<ValueSpec> *out)
{
    ValueSpec spec;
    QString agg;
    if (!r.keys({"field", "agg"}) || !r.text("field", &spec.field, true)
        || !r.text("agg", &agg, true))
        return false;
    if (!aggregateFromName(agg, &spec.aggregate))
        return r.fail(r.path("agg"), QStringLiteral("unknown aggregate %1").arg(quoted(agg)));
    out->append(spec);
    return true;
}

bool readFilter(Reader &r, QList<FilterSpec> *out)
{
    FilterSpec spec;
    QString op;
    if (!r.keys({"field", "op", "value", "param", "optional"})
        || !r.text("field", &spec.field, true) || !r.text("op", &op, true)
        || !r.text("param", &spec.param, false) || !r.boolean("optional", &spec.optional))
        return false;
    if (!filterOpFromName(op, &spec.op))
        return r.fail(r.path("op"), QStringLiteral("unknown operator %1").arg(quoted(op)));
    if (r.has("param") && spec.param.isEmpty())
        return r.fail(r.path("param"), QStringLiteral("empty parameter name"));
    spec.value = r.value("value");
    out->append(spec);
    return true;
}

bool readSort(Reader &r, QList<SortSpec> *out)
{
    SortSpec spec;
    if (!r.keys({"key", "desc"}) || !r.text("key", &spec.key, true)
        || !r.boolean("desc", &spec.descending))
        return false;
    out->append(spec);
    return true;
}

std::optional<Definition> parse(const QCborMap &map, QString *error)
{
    Definition d;
    Reader r(map, QString(), error);
    if (!r.keys({"format", "dataset", "fields", "rows", "columns", "values", "filters", "sort",
                 "totals", "chart", "limit"}))
        return std::nullopt;
    int format = Definition::kFormat;
    QString chart;
    if (!r.integer("format", &format) || !r.text("dataset", &d.dataset, true)
        || !r.texts("fields", &d.fields) || !r.texts("rows", &d.rows)
        || !r.texts("columns", &d.columns)
        || !r.maps("values", [&](Reader &v) { return readValue(v, &d.values); })
        || !r.maps("filters", [&](Reader &f) { return readFilter(f, &d.filters); })
        || !r.maps("sort", [&](Reader &s) { return readSort(s, &d.sort); })
        || !r.boolean("totals", &d.totals) || !r.text("chart", &chart, false)
        || !r.integer("limit", &d.limit))
        return std::nullopt;
    if (format != Definition::kFormat) {
        r.fail(QStringLiteral("format"), QStringLiteral("unsupported format %1").arg(format));
        return std::nullopt;
    }
    if (r.has("chart") && !chartTypeFromName(chart, &d.chart)) {
        r.fail(QStringLiteral("chart"), QStringLiteral("unknown chart %1").arg(quoted(chart)));
        return std::nullopt;
    }
    return d;
}

QString unknownField(const Dataset &dataset, const QString &key)
{
    return QStringLiteral("unknown field %1 in dataset %2")
        .arg(quoted(key), quoted(QLatin1String(dataset.key)));
}

// The first unknown field of `keys`, as an error at `path`; empty when all are known.
QString checkFieldList(const Dataset &dataset, const QStringList &keys, const QString &path)
{
    for (qsizetype i = 0; i < keys.size(); ++i)
        if (!findField(dataset, keys.at(i)))
            return at(path, int(i)) + QStringLiteral(": ") + unknownField(dataset, keys.at(i));
    return {};
}

QString checkCount(const QString &path, qsizetype count, int min, int max, const char *what)
{
    if (count >= min && count <= max)
        return {};
    return path + QStringLiteral(": %1 to %2 %3 expected, not %4")
                      .arg(min).arg(max).arg(QLatin1String(what)).arg(count);
}

QString checkListing(const Dataset &dataset, const Definition &d)
{
    if (!d.rows.isEmpty())
        return QStringLiteral("rows: a listing has no rows (grouping needs values)");
    if (!d.columns.isEmpty())
        return QStringLiteral("columns: a listing has no pivot columns (they need values)");
    if (d.totals)
        return QStringLiteral("totals: only a grouped report has totals");
    if (d.chart != ChartType::None)
        return QStringLiteral("chart: only a grouped report has a chart");
    QString problem = checkCount(QStringLiteral("fields"), d.fields.size(), 1, kMaxFields,
                                 "fields");
    return problem.isEmpty() ? checkFieldList(dataset, d.fields, QStringLiteral("fields"))
                             : problem;
}

QString checkValues(const Dataset &dataset, const QList<ValueSpec> &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString path = at(QStringLiteral("values"), int(i));
        const Field *field = findField(dataset, values.at(i).field);
        if (!field)
            return path + QStringLiteral(".field: ") + unknownField(dataset, values.at(i).field);
        if (!aggregateAllows(dataset, *field, values.at(i).aggregate))
            return path + QStringLiteral(".agg: aggregate %1 does not apply to field %2")
                              .arg(quoted(aggregateName(values.at(i).aggregate)),
                                   quoted(values.at(i).field));
    }
    return {};
}

QString checkGrouped(const Dataset &dataset, const Definition &d)
{
    if (!d.fields.isEmpty())
        return QStringLiteral("fields: a grouped report shows rows, columns and values, "
                              "not fields");
    for (const QString &problem :
         {checkCount(QStringLiteral("values"), d.values.size(), 1, kMaxValues, "values"),
          checkCount(QStringLiteral("rows"), d.rows.size(), 0, kMaxRows, "row fields"),
          checkCount(QStringLiteral("columns"), d.columns.size(), 0, kMaxColumns,
                     "pivot fields"),
          checkFieldList(dataset, d.rows, QStringLiteral("rows")),
          checkFieldList(dataset, d.columns, QStringLiteral("columns")),
          checkValues(dataset, d.values)})
        if (!problem.isEmpty())
            return problem;
    QSet<QString> used(d.rows.cbegin(), d.rows.cend());
    if (used.size() != d.rows.size())
        return QStringLiteral("rows: a field is used twice");
    for (qsizetype i = 0; i < d.columns.size(); ++i)
        if (used.contains(d.columns.at(i)) || d.columns.indexOf(d.columns.at(i)) != i)
            return at(QStringLiteral("columns"), int(i))
                + QStringLiteral(": field %1 is already used").arg(quoted(d.columns.at(i)));
    if (d.chart != ChartType::None && d.rows.isEmpty())
        return QStringLiteral("chart: a chart needs at least one row field");
    return {};
}

QString checkFilter(const Dataset &dataset, const FilterSpec &f, const QString &path)
{
    const Field *field = findField(dataset, f.field);
    if (!field)
        return path + QStringLiteral(".field: ") + unknownField(dataset, f.field);
    if (!filterAllows(*field, f.op))
        return path + QStringLiteral(".op: operator %1 does not apply to field %2")
                          .arg(quoted(filterOpName(f.op)), quoted(f.field));
    if (f.param.isEmpty()) {
        if (f.optional)
            return path + QStringLiteral(".optional: only a filter with a param is optional");
        const QString problem = checkOperands(*field, f.op, f.value);
        return problem.isEmpty() ? QString() : path + QStringLiteral(".value: ") + problem;
    }
    if (!isParamName(f.param))
        return path + QStringLiteral(".param: %1 is not a parameter name (a letter, then "
                                     "letters, digits or _; at most 32)").arg(quoted(f.param));
    if (!f.value.isUndefined())
        return path + QStringLiteral(".value: a filter takes a value or a param, not both");
    if (operandCount(f.op) == 0)
        return path + QStringLiteral(".param: operator %1 takes no operands")
                          .arg(quoted(filterOpName(f.op)));
    return {};
}

QString checkSort(const Definition &d)
{
    for (qsizetype i = 0; i < d.sort.size(); ++i) {
        const QString &key = d.sort.at(i).key;
        bool ok = false;
        if (d.grouped() && key.startsWith(u'#')) {
            const int n = key.mid(1).toInt(&ok);
            ok = ok && key.mid(1) == QString::number(n) && n >= 0 && n < d.values.size();
        } else {
            ok = (d.grouped() ? d.rows : d.fields).contains(key);
        }
        if (!ok)
            return at(QStringLiteral("sort"), int(i))
                + QStringLiteral(".key: %1 is not a %2").arg(quoted(key),
                      d.grouped() ? QStringLiteral("row field or \"#N\" of a value")
                                  : QStringLiteral("shown field"));
    }
    return {};
}

bool isDateText(const QCborValue &v)
{
    if (!v.isString())
        return false;
    const QString s = v.toString();
    return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
}

// The problem with one operand of the field's type; empty when it suits.
QString checkScalar(const Field &field, FilterOp op, const QCborValue &v)
{
    if (op == FilterOp::InPeriod)
        return v.isInteger() && v.toInteger() > 0 ? QString()
                                                  : QStringLiteral("expected a period id");
    switch (field.type) {
    case FieldType::Ref:
        return v.isInteger() && v.toInteger() > 0 ? QString() : QStringLiteral("expected an id");
    case FieldType::Date:
        return isDateText(v) ? QString() : QStringLiteral("expected a date \"yyyy-MM-dd\"");
    case FieldType::Integer:
        return v.isInteger() ? QString() : QStringLiteral("expected an integer");
    case FieldType::Flag:
        return v.isInteger() && (v.toInteger() == 0 || v.toInteger() == 1)
            ? QString() : QStringLiteral("expected 0 or 1");
    case FieldType::Number:
    case FieldType::Mark:
        return v.isInteger() || (v.isDouble() && std::isfinite(v.toDouble()))
            ? QString() : QStringLiteral("expected a number");
    case FieldType::Text:
        if (!v.isString())
            return QStringLiteral("expected text");
        return v.toString().size() <= kMaxTextOperand
            ? QString() : QStringLiteral("text longer than %1").arg(kMaxTextOperand);
    }
    return QStringLiteral("unsupported field type");
}

QString checkEach(const Field &field, FilterOp op, const QCborArray &list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString problem = checkScalar(field, op, list.at(i));
        if (!problem.isEmpty())
            return QStringLiteral("[%1] ").arg(i) + problem;
    }
    return {};
}

QCborArray texts(const QStringList &list)
{
    return QCborArray::fromStringList(list);
}

} // namespace

std::optional<Definition> Definition::fromCbor(const QCborMap &map, QString *error)
{
    std::optional<Definition> d = parse(map, error);
    if (!d)
        return std::nullopt;
    const QString problem = d->check();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return d;
}

std::optional<Definition> Definition::fromJson(const QJsonObject &object, QString *error)
{
    return fromCbor(QCborMap::fromJsonObject(object), error);
}

QCborMap Definition::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("format"), kFormat);
    map.insert(QStringLiteral("dataset"), dataset);
    if (!fields.isEmpty())
        map.insert(QStringLiteral("fields"), texts(fields));
    if (!rows.isEmpty())
        map.insert(QStringLiteral("rows"), texts(rows));
    if (!columns.isEmpty())
        map.insert(QStringLiteral("columns"), texts(columns));
    if (!values.isEmpty()) {
        QCborArray list;
        for (const ValueSpec &v : values)
            list.append(QCborMap{{QStringLiteral("field"), v.field},
                                 {QStringLiteral("agg"), aggregateName(v.aggregate)}});
        map.insert(QStringLiteral("values"), list);
    }
    if (!filters.isEmpty()) {
        QCborArray list;
        for (const FilterSpec &f : filters) {
            QCborMap item{{QStringLiteral("field"), f.field},
                          {QStringLiteral("op"), filterOpName(f.op)}};
            if (!f.value.isUndefined())
                item.insert(QStringLiteral("value"), f.value);
            if (!f.param.isEmpty())
                item.insert(QStringLiteral("param"), f.param);
            if (f.optional)
                item.insert(QStringLiteral("optional"), true);
            list.append(item);
        }
        map.insert(QStringLiteral("filters"), list);
    }
    if (!sort.isEmpty()) {
        QCborArray list;
        for (const SortSpec &s : sort) {
            QCborMap item{{QStringLiteral("key"), s.key}};
            if (s.descending)
                item.insert(QStringLiteral("desc"), true);
            list.append(item);
        }
        map.insert(QStringLiteral("sort"), list);
    }
    if (totals)
        map.insert(QStringLiteral("totals"), true);
    if (chart != ChartType::None)
        map.insert(QStringLiteral("chart"), chartTypeName(chart));
    if (limit != kDefaultLimit)
        map.insert(QStringLiteral("limit"), limit);
    return map;
}

QJsonObject Definition::toJson() const
{
    return toCbor().toJsonObject();
}

QString Definition::check() const
{
    const Dataset *ds = findDataset(dataset);
    if (!ds)
        return QStringLiteral("dataset: unknown dataset %1").arg(quoted(dataset));
    if (limit < 1 || limit > kMaxLimit)
        return QStringLiteral("limit: must be from 1 to %1, not %2").arg(kMaxLimit).arg(limit);
    QString problem = grouped() ? checkGrouped(*ds, *this) : checkListing(*ds, *this);
    if (!problem.isEmpty())
        return problem;
    if (filters.size() > kMaxFilters)
        return QStringLiteral("filters: at most %1 filters, not %2")
            .arg(kMaxFilters).arg(filters.size());
    for (qsizetype i = 0; i < filters.size(); ++i) {
        problem = checkFilter(*ds, filters.at(i), at(QStringLiteral("filters"), int(i)));
        if (!problem.isEmpty())
            return problem;
    }
    if (sort.size() > kMaxSort)
        return QStringLiteral("sort: at most %1 sort keys, not %2").arg(kMaxSort).arg(sort.size());
    return checkSort(*this);
}

QList<Definition::Param> Definition::params() const
{
    QList<Param> list;
    QSet<QString> seen;
    for (const FilterSpec &f : filters) {
        if (f.param.isEmpty() || seen.contains(f.param))
            continue;
        seen.insert(f.param);
        list.append({f.param, f.field, f.op, f.optional});
    }
    return list;
}

std::optional<Definition> Definition::bind(const QCborMap &values, QString *error) const
{
    auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString problem = check();
    if (!problem.isEmpty())
        return failed(problem);
    QSet<QString> names;
    for (const Param &p : params())
        names.insert(p.name);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!names.contains(it.key().toString()))
            return failed(QStringLiteral("unknown parameter %1").arg(quoted(it.key().toString())));
    const Dataset &ds = *findDataset(dataset);
    Definition bound = *this;
    bound.filters.clear();
    for (const FilterSpec &f : filters) {
        if (f.param.isEmpty()) {
            bound.filters.append(f);
            continue;
        }
        const QCborValue given = values.value(f.param);
        if (given.isUndefined() || given.isNull()) {
            if (f.optional)
                continue;
            return failed(QStringLiteral("parameter %1 is required").arg(quoted(f.param)));
        }
        const QString wrong = checkOperands(*findField(ds, f.field), f.op, given);
        if (!wrong.isEmpty())
            return failed(QStringLiteral("parameter %1: %2").arg(quoted(f.param), wrong));
        bound.filters.append({f.field, f.op, given, QString(), false});
    }
    return bound;
}

QString chartTypeName(ChartType type)
{
    return QLatin1String(kChartNames[int(type)]);
}

bool chartTypeFromName(QStringView name, ChartType *out)
{
    for (int i = 0; i < int(std::size(kChartNames)); ++i)
        if (name == QLatin1String(kChartNames[i])) {
            *out = ChartType(i);
            return true;
        }
    return false;
}

QString checkOperands(const Field &field, FilterOp op, const QCborValue &value)
{
    switch (operandCount(op)) {
    case 0:
        return value.isUndefined() || value.isNull() ? QString()
                                                     : QStringLiteral("takes no operands");
    case 1:
        return checkScalar(field, op, value);
    case 2:
        if (!value.isArray() || value.toArray().size() != 2)
            return QStringLiteral("expected two operands [from, to]");
        return checkEach(field, op, value.toArray());
    default:
        if (!value.isArray() || value.toArray().isEmpty()
            || value.toArray().size() > kMaxListOperands)
            return QStringLiteral("expected a list of 1 to %1 operands").arg(kMaxListOperands);
        return checkEach(field, op, value.toArray());
    }
}

} // namespace ejournal::reports

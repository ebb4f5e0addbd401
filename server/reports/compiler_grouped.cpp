// A grouped report: one statement groups the dataset's rows by the row and pivot fields with
// GROUPING SETS (the cells, the row totals over the pivot, the total row), ranking each field's
// values in its natural order; the pivot, the sort and the limit are then shaped here.
#include "compiler_parts.h"

#include <QHash>

#include <algorithm>

namespace ejournal::server::reports::compiler {

namespace {

using ejournal::reports::Aggregate;
using ejournal::reports::ResultColumn;
using ejournal::reports::ValueSpec;

// The layout of the statement's columns: per field (rows, then pivot fields) its value, shown
// value and rank; then the grouping mask; then one column per value.
struct Layout
{
    int rows = 0;    // row fields
    int fields = 0;  // row and pivot fields
    int values = 0;
    int value(int k) const { return 3 * k; }
    int shown(int k) const { return 3 * k + 1; }
    int rank(int k) const { return 3 * k + 2; }
    int mask() const { return 3 * fields; }
    int aggregate(int n) const { return 3 * fields + 1 + n; }
    // The GROUPING() bit of field k: set when the field is rolled up.
    int bit(int k) const { return 1 << (fields - 1 - k); }
    int bits(int from, int to) const
    {
        int mask = 0;
        for (int k = from; k < to; ++k)
            mask |= bit(k);
        return mask;
    }
    int pivotBits() const { return bits(rows, fields); }  // the row totals over the pivot
    int rowBits() const { return bits(0, rows); }         // the total row's pivot cells
    int allBits() const { return bits(0, fields); }       // the grand total
};

Layout layoutOf(const Definition &definition)
{
    return {int(definition.rows.size()), int(definition.rows.size() + definition.columns.size()),
            int(definition.values.size())};
}

// The aggregate over the value column x; `rated` (a boolean column, or empty) is what success
// and quality count in their denominator instead of the rows with a value.
QString aggregateSql(const ValueSpec &spec, const QString &x, const QString &rated)
{
    const QString known = QStringLiteral(" FILTER (WHERE %1 IS NOT NULL)").arg(x);
    const QString denominator = rated.isEmpty()
        ? QStringLiteral("count(%1)").arg(x)
        : QStringLiteral("count(*) FILTER (WHERE %1)").arg(rated);
    const auto share = [&](int atLeast) {
        return QStringLiteral("round(100.0 * count(*) FILTER (WHERE %1 >= %2) / nullif(%3, 0), 1)")
            .arg(x).arg(atLeast).arg(denominator);
    };
    switch (spec.aggregate) {
    case Aggregate::Count: return QStringLiteral("count(*)");
    case Aggregate::Distinct: return QStringLiteral("count(DISTINCT %1)").arg(x);
    case Aggregate::Sum: return QStringLiteral("sum(%1)").arg(x);
    case Aggregate::Avg: return QStringLiteral("round(avg(%1)::numeric, 2)").arg(x);
    case Aggregate::WeightedAvg:
        return QStringLiteral("round((sum(%1 * w)%2)::numeric / nullif(sum(w)%2, 0), 2)")
            .arg(x, known);
    case Aggregate::Success: return share(3);
    case Aggregate::Quality: return share(4);
    case Aggregate::Min: return QStringLiteral("min(%1)").arg(x);
    case Aggregate::Max: return QStringLiteral("max(%1)").arg(x);
    }
    return {};
}

// The grouping sets of the layout as distinct masks of rolled-up fields.
QList<int> groupingMasks(const Definition &definition, const Layout &layout)
{
    QList<int> masks{0};
    const bool pivot = !definition.columns.isEmpty();
    if (pivot)
        masks.append(layout.pivotBits());
    if (pivot && definition.totals)
        masks.append(layout.rowBits());
    if (definition.totals)
        masks.append(layout.allBits());
    std::sort(masks.begin(), masks.end());
    masks.erase(std::unique(masks.begin(), masks.end()), masks.end());
    return masks;
}

QString groupingSets(const Definition &definition, const Layout &layout)
{
    QStringList sets;
    for (int mask : groupingMasks(definition, layout)) {
        QStringList grouped;
        for (int k = 0; k < layout.fields; ++k)
            if (!(mask & layout.bit(k)))
                grouped.append(QStringLiteral("d%1_v, d%1_s, d%1_o").arg(k));
        sets.append(u'(' + grouped.join(QStringLiteral(", ")) + u')');
    }
    return sets.join(QStringLiteral(", "));
}

} // namespace

Statement groupedStatement(const RequestContext &ctx, const Definition &definition,
                           const DatasetSql &dataset)
{
    const Layout layout = layoutOf(definition);
    const QStringList fields = definition.rows + definition.columns;
    QStringList inner;
    QStringList outer;
    QStringList rollup;
    for (int k = 0; k < layout.fields; ++k) {
        const Field &field = fieldOf(definition, fields.at(k));
        const FieldSql &sql = sqlOf(dataset, fields.at(k));
        inner.append(QStringLiteral("%2 AS d%1_v, %3 AS d%1_s, %4 AS d%1_o")
                         .arg(k).arg(sql.value, shownSql(field, sql), orderSql(field, sql)));
        outer.append(QStringLiteral("d%1_v, d%1_s, dense_rank() OVER (ORDER BY d%1_o NULLS LAST,"
                                    " d%1_s NULLS LAST, d%1_v NULLS LAST)").arg(k));
        rollup.append(QStringLiteral("d%1_v").arg(k));
    }
    outer.append(rollup.isEmpty() ? QStringLiteral("0")
                                  : QStringLiteral("GROUPING(%1)").arg(rollup.join(QStringLiteral(", "))));
    bool weighted = false;
    for (int n = 0; n < layout.values; ++n) {
        const ValueSpec &spec = definition.values.at(n);
        const FieldSql &sql = sqlOf(dataset, spec.field);
        inner.append(QStringLiteral("%1 AS x%2").arg(sql.value, QString::number(n)));
        const bool rate = spec.aggregate == Aggregate::Success || spec.aggregate == Aggregate::Quality;
        QString rated;
        if (rate && !sql.rated.isEmpty()) {
            rated = QStringLiteral("r%1").arg(n);
            inner.append(QStringLiteral("(%1) AS %2").arg(sql.rated, rated));
        }
        outer.append(aggregateSql(spec, QStringLiteral("x%1").arg(n), rated));
        weighted = weighted || spec.aggregate == Aggregate::WeightedAvg;
    }
    if (weighted)
        inner.append((dataset.weight.isEmpty() ? QStringLiteral("1") : dataset.weight)
                     + QStringLiteral(" AS w"));
    Statement statement = fromWhere(ctx, definition, dataset);
    statement.text = QStringLiteral("SELECT %1 FROM (SELECT %2%3) src GROUP BY GROUPING SETS (%4)")
                         .arg(outer.join(QStringLiteral(", ")), inner.join(QStringLiteral(", ")),
                              statement.text, groupingSets(definition, layout));
    return statement;
}

namespace {

// One row of the answer being shaped: its fields, its cells per pivot column (the key "" without
// a pivot) and its total over the pivot.
struct Line
{
    QList<qint64> ranks;
    QVariantList shown;
    QHash<QString, QVariantList> cells;
    QVariantList total;
};

struct PivotColumn
{
    QList<qint64> ranks;
    QStringList labels;
};

// The identity of fields [from, to) of the row: their values (a null distinct from "").
QString keyOf(const QSqlQuery &query, const Layout &layout, int from, int to)
{
    QString key;
    for (int k = from; k < to; ++k) {
        const QVariant v = query.value(layout.value(k));
        key += v.isNull() ? QStringLiteral("\x1F") : v.toString();
        key += u'\x1E';
    }
    return key;
}

class Shaper
{
public:
    explicit Shaper(const Definition &definition) : m_def(definition), m_layout(layoutOf(definition))
    {
        const QStringList fields = definition.rows + definition.columns;
        for (const QString &key : fields)
            m_fieldTypes.append(ejournal::reports::valueTypeOf(fieldOf(definition, key)));
        for (const ValueSpec &spec : definition.values)
            m_valueTypes.append(
                ejournal::reports::valueTypeOf(fieldOf(definition, spec.field), spec.aggregate));
    }

    void add(const QSqlQuery &query)
    {
        const int mask = query.value(m_layout.mask()).toInt();
        const bool pivot = !m_def.columns.isEmpty();
        const QString rowKey = keyOf(query, m_layout, 0, m_layout.rows);
        const QString pivotKey = keyOf(query, m_layout, m_layout.rows, m_layout.fields);
        const QVariantList values = valuesOf(query);
        if (mask == 0) {
            line(query, rowKey).cells.insert(pivotKey, values);
            if (pivot && !m_pivots.contains(pivotKey))
                m_pivots.insert(pivotKey, pivotColumn(query));
        }
        if (pivot && mask == m_layout.pivotBits())
            line(query, rowKey).total = values;
        if (pivot && m_def.totals && mask == m_layout.rowBits())
            m_totalCells.insert(pivotKey, values);
        if (m_def.totals && mask == m_layout.allBits())
            m_grandTotal = values;
    }

    Result result()
    {
        Result result;
        result.dataset = m_def.dataset;
        result.dimensions = m_layout.rows;
        for (int k = 0; k < m_layout.rows; ++k)
            result.columns.append({m_def.rows.at(k), false, Aggregate::Count, {}, false,
                                   m_fieldTypes.at(k)});
        const QList<QString> pivots = sortedPivots();
        appendValueColumns(&result, pivots);
        sortLines();
        for (const Line &l : std::as_const(m_lines)) {
            if (result.rows.size() == m_def.limit) {
                result.truncated = true;
                break;
            }
            result.rows.append(l.shown + cellsOf(l.cells, l.total, pivots));
        }
        if (m_def.totals)
            result.total = QVariantList(m_layout.rows) + cellsOf(m_totalCells, m_grandTotal, pivots);
        return result;
    }

private:
    QVariantList valuesOf(const QSqlQuery &query) const
    {
        QVariantList values;
        for (int n = 0; n < m_layout.values; ++n)
            values.append(cellOf(query.value(m_layout.aggregate(n)), m_valueTypes.at(n)));
        return values;
    }

    Line &line(const QSqlQuery &query, const QString &key)
    {
        const auto it = m_lineIndex.constFind(key);
        if (it != m_lineIndex.cend())
            return m_lines[*it];
        Line l;
        for (int k = 0; k < m_layout.rows; ++k) {
            l.ranks.append(query.value(m_layout.rank(k)).toLongLong());
            l.shown.append(cellOf(query.value(m_layout.shown(k)), m_fieldTypes.at(k)));
        }
        m_lineIndex.insert(key, int(m_lines.size()));
        m_lines.append(l);
        return m_lines.last();
    }

    PivotColumn pivotColumn(const QSqlQuery &query) const
    {
        PivotColumn column;
        for (int k = m_layout.rows; k < m_layout.fields; ++k) {
            ResultColumn type;
            type.type = m_fieldTypes.at(k);
            column.ranks.append(query.value(m_layout.rank(k)).toLongLong());
            column.labels.append(ejournal::reports::cellText(
                type, cellOf(query.value(m_layout.shown(k)), type.type)));
        }
        return column;
    }

    QList<QString> sortedPivots() const
    {
        QList<QString> keys = m_pivots.keys();
        std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            return m_pivots.value(a).ranks < m_pivots.value(b).ranks;
        });
        return keys;
    }

    void appendValueColumns(Result *result, const QList<QString> &pivots) const
    {
        const auto append = [&](const QStringList &pivot, bool total) {
            for (int n = 0; n < m_layout.values; ++n)
                result->columns.append({m_def.values.at(n).field, true,
                                        m_def.values.at(n).aggregate, pivot, total,
                                        m_valueTypes.at(n)});
        };
        if (m_def.columns.isEmpty()) {
            append({}, false);
            return;
        }
        for (const QString &key : pivots)
            append(m_pivots.value(key).labels, false);
        if (m_def.totals)
            append({}, true);
    }

    // The value cells of a line or of the total row: per pivot column, then the totals.
    QVariantList cellsOf(const QHash<QString, QVariantList> &cells, const QVariantList &total,
                         const QList<QString> &pivots) const
    {
        const QVariantList none(m_layout.values);
        if (m_def.columns.isEmpty())
            return cells.value(QString(), total.isEmpty() ? none : total);
        QVariantList out;
        for (const QString &key : pivots)
            out += cells.value(key, none);
        if (m_def.totals)
            out += total.isEmpty() ? none : total;
        return out;
    }

    // The value a sort key "#N" compares: the line's value N, over the pivot its total.
    QVariant sortValue(const Line &l, int n) const
    {
        const QVariantList &values = m_def.columns.isEmpty() ? l.cells.value(QString()) : l.total;
        return n < values.size() ? values.at(n) : QVariant();
    }

    // -1, 0 or 1 comparing two cells; no value sorts last whatever the direction.
    static int compareCells(const QVariant &a, const QVariant &b, bool descending)
    {
        if (!a.isValid() || !b.isValid())
            return int(!a.isValid()) - int(!b.isValid());
        const QPartialOrdering order = QVariant::compare(a, b);
        const int c = order == QPartialOrdering::Less ? -1 : order == QPartialOrdering::Greater;
        return descending ? -c : c;
    }

    void sortLines()
    {
        std::stable_sort(m_lines.begin(), m_lines.end(), [&](const Line &a, const Line &b) {
            for (const ejournal::reports::SortSpec &s : m_def.sort) {
                const int n = s.key.startsWith(u'#') ? s.key.mid(1).toInt() : -1;
                const int k = int(m_def.rows.indexOf(s.key));
                const int c = n >= 0 ? compareCells(sortValue(a, n), sortValue(b, n), s.descending)
                                     : compareCells(a.ranks.at(k), b.ranks.at(k), s.descending);
                if (c != 0)
                    return c < 0;
            }
            return a.ranks < b.ranks;
        });
    }

    const Definition &m_def;
    const Layout m_layout;
    QList<ValueType> m_fieldTypes;
    QList<ValueType> m_valueTypes;
    QList<Line> m_lines;
    QHash<QString, int> m_lineIndex;
    QHash<QString, PivotColumn> m_pivots;
    QHash<QString, QVariantList> m_totalCells;
    QVariantList m_grandTotal;
};

} // namespace

Result groupedResult(const Definition &definition, QSqlQuery &query)
{
    Shaper shaper(definition);
    while (query.next())
        shaper.add(query);
    return shaper.result();
}

} // namespace ejournal::server::reports::compiler

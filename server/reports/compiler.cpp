// The report compiler's entry points (compiler.h): the definition is refused unless checked and
// bound, then a listing is compiled and shaped here and a grouped report in
// compiler_grouped.cpp; filters in compiler_filters.cpp.
#include "compiler_parts.h"

#include <QDate>

namespace ejournal::server::reports {

namespace compiler {

namespace {

const QString kCollate = QStringLiteral(" COLLATE \"ru-x-icu\"");

QString pathOf(const QString &problem)
{
    const qsizetype colon = problem.indexOf(QStringLiteral(": "));
    return colon < 0 ? QString() : problem.left(colon);
}

// Throws invalid unless the definition passes check() and has every parameter bound.
void requireRunnable(const Definition &definition)
{
    const QString problem = definition.check();
    if (!problem.isEmpty())
        throw fail(ErrorCode::Invalid, problem, {{QStringLiteral("path"), pathOf(problem)}});
    for (qsizetype i = 0; i < definition.filters.size(); ++i) {
        const QString &param = definition.filters.at(i).param;
        if (!param.isEmpty())
            throw fail(ErrorCode::Invalid,
                       QStringLiteral("parameter \"%1\" is required").arg(param),
                       {{QStringLiteral("path"), QStringLiteral("filters[%1].param").arg(i)},
                        {QStringLiteral("param"), param}});
    }
}

} // namespace

const Field &fieldOf(const Definition &definition, const QString &key)
{
    return *ejournal::reports::findField(*ejournal::reports::findDataset(definition.dataset), key);
}

const FieldSql &sqlOf(const DatasetSql &dataset, const QString &key)
{
    const auto it = dataset.fields.constFind(key);
    if (it == dataset.fields.cend())
        throw fail(ErrorCode::Internal, QStringLiteral("the dataset has no SQL for \"%1\"").arg(key));
    return *it;
}

QString shownSql(const Field &field, const FieldSql &sql)
{
    return field.type == ejournal::reports::FieldType::Ref ? sql.label : sql.value;
}

QString orderSql(const Field &field, const FieldSql &sql)
{
    if (!sql.order.isEmpty())
        return sql.order;
    if (field.type == ejournal::reports::FieldType::Ref)
        return QStringLiteral("(%1)::text").arg(sql.label) + kCollate;
    if (field.type == ejournal::reports::FieldType::Text)
        return QStringLiteral("(%1)::text").arg(sql.value) + kCollate;
    return sql.value;
}

Statement fromWhere(const RequestContext &ctx, const Definition &definition,
                    const DatasetSql &dataset)
{
    const Statement filters = filtersSql(ctx, definition, dataset);
    return {QStringLiteral(" FROM %1 WHERE %2%3").arg(dataset.from, dataset.where, filters.text),
            dataset.binds + filters.binds};
}

QVariant cellOf(const QVariant &value, ValueType type)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case ValueType::Text: return value.toString();
    case ValueType::Integer: return value.toLongLong();
    case ValueType::Number:
    case ValueType::Percent: return value.toDouble();
    case ValueType::Date: return value.toDate().toString(Qt::ISODate);
    }
    return {};
}

Statement listingStatement(const RequestContext &ctx, const Definition &definition,
                           const DatasetSql &dataset)
{
    QStringList shown;
    for (const QString &key : definition.fields)
        shown.append(shownSql(fieldOf(definition, key), sqlOf(dataset, key)));
    // The sort keys, then every field in its order.
    QList<ejournal::reports::SortSpec> sort = definition.sort;
    for (const QString &key : definition.fields)
        sort.append({key, false});
    QStringList order;
    for (const ejournal::reports::SortSpec &s : sort)
        order.append(orderSql(fieldOf(definition, s.key), sqlOf(dataset, s.key))
                     + (s.descending ? QStringLiteral(" DESC NULLS LAST")
                                     : QStringLiteral(" ASC NULLS LAST")));
    Statement statement = fromWhere(ctx, definition, dataset);
    statement.text = QStringLiteral("SELECT ") + shown.join(QStringLiteral(", ")) + statement.text
        + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "))
        + QStringLiteral(" LIMIT ?");
    statement.binds.append(definition.limit + 1);
    return statement;
}

Result listingResult(const Definition &definition, QSqlQuery &query)
{
    Result result;
    result.dataset = definition.dataset;
    result.dimensions = int(definition.fields.size());
    for (const QString &key : definition.fields)
        result.columns.append({key, false, ejournal::reports::Aggregate::Count, {}, false,
                               ejournal::reports::valueTypeOf(fieldOf(definition, key))});
    while (query.next()) {
        if (result.rows.size() == definition.limit) {
            result.truncated = true;
            break;
        }
        QVariantList row;
        for (int i = 0; i < result.columns.size(); ++i)
            row.append(cellOf(query.value(i), result.columns.at(i).type));
        result.rows.append(row);
    }
    return result;
}

} // namespace compiler

Statement compile(const RequestContext &ctx, const ejournal::reports::Definition &definition)
{
    compiler::requireRunnable(definition);
    const DatasetSql dataset = datasetSql(ctx, definition.dataset);
    return definition.grouped() ? compiler::groupedStatement(ctx, definition, dataset)
                                : compiler::listingStatement(ctx, definition, dataset);
}

ejournal::reports::Result run(const RequestContext &ctx,
                              const ejournal::reports::Definition &definition)
{
    const Statement statement = compile(ctx, definition);
    QSqlQuery query = ctx.sql.exec(statement.text, statement.binds);
    return definition.grouped() ? compiler::groupedResult(definition, query)
                                : compiler::listingResult(definition, query);
}

} // namespace ejournal::server::reports

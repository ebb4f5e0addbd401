// reports.run: the definition to run (sent as is, a saved report the caller may see, or a
// standard template), its run-time parameters put in, then the report engine
// (server/reports/compiler.h) — a read, with no transaction and no audit record.
#include "reports_common.h"

#include "reports/compiler.h"
#include "reporttemplates.h"

#include <algorithm>

namespace ejournal::server::handlers::reporting {

namespace {

const QStringList kSources{QStringLiteral("definition"), QStringLiteral("id"),
                           QStringLiteral("template")};

Definition templateDefinition(const QString &key)
{
    const ejournal::reports::Template *found = ejournal::reports::findTemplate(key);
    if (!found)
        throw fail(ErrorCode::NotFound, QStringLiteral("no standard report «%1»").arg(key),
                   {{QStringLiteral("template"), key}});
    return found->definition;
}

// The definition named by exactly one of definition, id and template.
Definition sourceDefinition(const RequestContext &ctx)
{
    int given = 0;
    for (const QString &key : kSources)
        given += ctx.params.contains(key) ? 1 : 0;
    if (given != 1)
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("give exactly one of definition, id and template"),
                   {{QStringLiteral("definition"),
                     QStringLiteral("exactly one of definition, id, template")}});
    if (ctx.params.contains(QStringLiteral("definition")))
        return definitionFrom(ctx.params.value(QStringLiteral("definition")));
    if (ctx.params.contains(QStringLiteral("template")))
        return templateDefinition(ctx.text(QStringLiteral("template")));
    const SavedReport report = visibleReport(ctx, ctx.integer(QStringLiteral("id")));
    return storedDefinition(report.definitionJson, report.id);
}

// The parameter bind() refused: one it does not know, a required one missing, or one whose
// operands do not suit its field and operator.
QString refusedParam(const Definition &definition, const QCborMap &values)
{
    const QList<Definition::Param> params = definition.params();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString name = it.key().toString();
        if (std::none_of(params.begin(), params.end(),
                         [&name](const Definition::Param &p) { return p.name == name; }))
            return name;
    }
    const ejournal::reports::Dataset *dataset = ejournal::reports::findDataset(definition.dataset);
    for (const Definition::Param &param : params) {
        const QCborValue value = values.value(param.name);
        if (value.isUndefined() || value.isNull()) {
            if (!param.optional)
                return param.name;
            continue;
        }
        const ejournal::reports::Field *field =
            dataset ? ejournal::reports::findField(*dataset, param.field) : nullptr;
        if (field && !ejournal::reports::checkOperands(*field, param.op, value).isEmpty())
            return param.name;
    }
    return {};
}

Definition bound(const Definition &definition, const QCborMap &values)
{
    QString error;
    const std::optional<Definition> out = definition.bind(values, &error);
    if (!out) {
        const QString param = refusedParam(definition, values);
        throw fail(ErrorCode::Invalid, error,
                   param.isEmpty() ? QCborMap() : QCborMap{{QStringLiteral("param"), param}});
    }
    return *out;
}

} // namespace

QCborValue runReport(RequestContext &ctx)
{
    const Definition definition =
        bound(sourceDefinition(ctx), ctx.params.value(QStringLiteral("params")).toMap());
    return server::reports::run(ctx, definition).toCbor();
}

} // namespace ejournal::server::handlers::reporting

// A bound definition's filters as SQL conditions: the field's catalogue expression, the
// operator's fixed SQL and `?` binds for every operand — a user's text never enters the SQL.
#include "compiler_parts.h"

#include <QCborArray>
#include <QDate>

namespace ejournal::server::reports::compiler {

namespace {

using ejournal::reports::FieldType;
using ejournal::reports::FilterOp;
using ejournal::reports::FilterSpec;

// One operand as a bind of the field's type (the operands passed checkOperands()).
QVariant bindOf(const Field &field, const QCborValue &operand)
{
    switch (field.type) {
    case FieldType::Ref:
    case FieldType::Integer:
    case FieldType::Flag: return operand.toInteger();
    case FieldType::Number:
    case FieldType::Mark: return operand.toDouble();
    case FieldType::Date: return QDate::fromString(operand.toString(), Qt::ISODate);
    case FieldType::Text: return operand.toString();
    }
    return {};
}

// The text as an ILIKE pattern matching it anywhere: its %, _ and \ taken literally.
QString containsPattern(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return u'%' + text + u'%';
}

// The first and last day of the caller's school's period; invalid naming it when unknown.
QVariantList periodDates(const RequestContext &ctx, qint64 periodId, const QString &path)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral("SELECT starts_on, ends_on FROM period"
                                              " WHERE school_id = ? AND id = ?"),
                               {ctx.caller.schoolId, periodId});
    if (!q.next())
        throw fail(ErrorCode::Invalid, QStringLiteral("%1: unknown period %2").arg(path).arg(periodId),
                   {{QStringLiteral("path"), path}});
    return {q.value(0).toDate(), q.value(1).toDate()};
}

QString emptySql(const Field &field, const QString &value)
{
    return field.type == FieldType::Text
        ? QStringLiteral("(%1 IS NULL OR %1 = '')").arg(value)
        : QStringLiteral("%1 IS NULL").arg(value);
}

QString comparison(FilterOp op)
{
    switch (op) {
    case FilterOp::Eq: return QStringLiteral("=");
    case FilterOp::Ne: return QStringLiteral("IS DISTINCT FROM");
    case FilterOp::Lt: return QStringLiteral("<");
    case FilterOp::Le: return QStringLiteral("<=");
    case FilterOp::Gt: return QStringLiteral(">");
    default: return QStringLiteral(">=");
    }
}

// One filter as a condition over `value` (the field's SQL), with its binds appended.
QString conditionOf(const RequestContext &ctx, const Field &field, const FilterSpec &filter,
                    const QString &value, const QString &path, QVariantList *binds)
{
    const QCborArray operands = filter.value.toArray();
    switch (filter.op) {
    case FilterOp::Empty: return emptySql(field, value);
    case FilterOp::NotEmpty: return QStringLiteral("NOT ") + emptySql(field, value);
    case FilterOp::Contains:
        binds->append(containsPattern(filter.value.toString()));
        return QStringLiteral("%1 ILIKE ?").arg(value);
    case FilterOp::InPeriod:
        *binds += periodDates(ctx, filter.value.toInteger(), path);
        return QStringLiteral("%1 BETWEEN ? AND ?").arg(value);
    case FilterOp::Between:
        binds->append(bindOf(field, operands.at(0)));
        binds->append(bindOf(field, operands.at(1)));
        return QStringLiteral("%1 BETWEEN ? AND ?").arg(value);
    case FilterOp::In: {
        QStringList marks;
        for (const QCborValue &operand : operands) {
            binds->append(bindOf(field, operand));
            marks.append(QStringLiteral("?"));
        }
        return QStringLiteral("%1 IN (%2)").arg(value, marks.join(QStringLiteral(", ")));
    }
    default:
        binds->append(bindOf(field, filter.value));
        return QStringLiteral("%1 %2 ?").arg(value, comparison(filter.op));
    }
}

} // namespace

Statement filtersSql(const RequestContext &ctx, const Definition &definition,
                     const DatasetSql &dataset)
{
    Statement out;
    for (qsizetype i = 0; i < definition.filters.size(); ++i) {
        const FilterSpec &filter = definition.filters.at(i);
        const QString value = QStringLiteral("(%1)").arg(sqlOf(dataset, filter.field).value);
        const QString path = QStringLiteral("filters[%1].value").arg(i);
        out.text += QStringLiteral(" AND ")
            + conditionOf(ctx, fieldOf(definition, filter.field), filter, value, path, &out.binds);
    }
    return out;
}

} // namespace ejournal::server::reports::compiler

// The method catalogue: the areas' lists joined, and the parameter checks.
// The dispatcher refuses anything not listed.
#include "methods.h"

#include "methodlists.h"

#include <QCborValue>
#include <QDate>

#include <algorithm>

namespace ejournal {

namespace {
bool typeFits(ParamType type, const QCborValue &value)
{
    switch (type) {
    case ParamType::Text: return value.isString();
    case ParamType::Integer: return value.isInteger();
    case ParamType::Boolean: return value.isBool();
    case ParamType::Map: return value.isMap();
    case ParamType::Array: return value.isArray();
    case ParamType::Date:
        return value.isString()
            && QDate::fromString(value.toString(), Qt::ISODate).isValid()
            && value.toString().size() == 10;
    case ParamType::Number: return value.isInteger() || value.isDouble();
    case ParamType::Bytes: return value.isByteArray();
    }
    return false;
}

QString typeName(ParamType type)
{
    switch (type) {
    case ParamType::Text: return QStringLiteral("text");
    case ParamType::Integer: return QStringLiteral("an integer");
    case ParamType::Boolean: return QStringLiteral("a boolean");
    case ParamType::Map: return QStringLiteral("a map");
    case ParamType::Array: return QStringLiteral("an array");
    case ParamType::Date: return QStringLiteral("a date (YYYY-MM-DD)");
    case ParamType::Number: return QStringLiteral("a number");
    case ParamType::Bytes: return QStringLiteral("a byte string");
    }
    return {};
}
} // namespace

const QList<MethodInfo> &methodCatalogue()
{
    static const QList<MethodInfo> catalogue = coreMethods() + structureMethods()
        + peopleMethods() + curriculumMethods() + accountsMethods() + timetableMethods()
        + fetMethods() + lessonsMethods() + yearCloseMethods() + paperMethods()
        + serverMethods() + journalMethods() + planMethods() + reportsMethods();
    return catalogue;
}

const MethodInfo *findMethod(const QString &name)
{
    for (const MethodInfo &m : methodCatalogue())
        if (m.name == name)
            return &m;
    return nullptr;
}

QCborMap checkParams(const MethodInfo &method, const QCborMap &params)
{
    QCborMap problems;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        const QString key = it.key().toString();
        const bool known = std::any_of(method.params.cbegin(), method.params.cend(),
                                       [&key](const ParamSpec &p) { return p.name == key; });
        if (!it.key().isString() || !known)
            problems.insert(it.key().isString() ? key : QStringLiteral("?"),
                            QStringLiteral("unknown parameter"));
    }
    for (const ParamSpec &spec : method.params) {
        const QCborValue value = params.value(spec.name);
        if (value.isUndefined()) {
            if (spec.required)
                problems.insert(spec.name, QStringLiteral("missing"));
            continue;
        }
        if (!typeFits(spec.type, value)) {
            problems.insert(spec.name, QStringLiteral("must be %1").arg(typeName(spec.type)));
            continue;
        }
        if (spec.type == ParamType::Text && spec.maxLength > 0
            && value.toString().size() > spec.maxLength)
            problems.insert(spec.name,
                            QStringLiteral("longer than %1 characters").arg(spec.maxLength));
    }
    return problems;
}

} // namespace ejournal

// The method catalogue. Append new methods here; the dispatcher refuses anything else.
#include "methods.h"

#include <QCborValue>

#include <algorithm>

namespace ejournal {

namespace {
QList<MethodInfo> buildCatalogue()
{
    const auto text = [](const char *name, int maxLength, bool required = true) {
        return ParamSpec{QString::fromLatin1(name), ParamType::Text, required, maxLength};
    };
    const auto integer = [](const char *name, bool required = true) {
        return ParamSpec{QString::fromLatin1(name), ParamType::Integer, required, 0};
    };
    const auto m = [](const char *name, const char *summary, Stage stage, Capability cap,
                      QList<ParamSpec> params, bool beforePasswordChange = false) {
        return MethodInfo{QString::fromLatin1(name), QString::fromLatin1(summary), stage, cap,
                          std::move(params), beforePasswordChange};
    };
    return {
        m("hello", "Open the conversation: protocol version and client name", Stage::Connected,
          Capability::Authenticated, {integer("protocol"), text("client", 200)}),
        m("auth.login", "Sign in with login and password", Stage::Greeted,
          Capability::Authenticated, {text("login", 100), text("password", 1024)}),
        m("auth.resume", "Continue a session by its token", Stage::Greeted,
          Capability::Authenticated, {text("token", 200)}),
        m("auth.logout", "End this session", Stage::Authenticated, Capability::Authenticated,
          {}, true),
        m("auth.changePassword", "Change own password; ends every other session",
          Stage::Authenticated, Capability::Authenticated,
          {text("old", 1024), text("new", 1024)}, true),
        m("system.methods", "Methods the caller may call", Stage::Authenticated,
          Capability::Authenticated, {}, true),
        m("sessions.list", "Open sessions of the school's users", Stage::Authenticated,
          Capability::SessionsManage, {}),
        m("sessions.revoke", "End a user's session", Stage::Authenticated,
          Capability::SessionsManage, {integer("sessionId")}),
        m("audit.list", "Audit log of the school, newest first", Stage::Authenticated,
          Capability::AuditRead,
          {integer("limit", false), integer("beforeId", false), text("action", 100, false)}),
    };
}

bool typeFits(ParamType type, const QCborValue &value)
{
    switch (type) {
    case ParamType::Text: return value.isString();
    case ParamType::Integer: return value.isInteger();
    case ParamType::Boolean: return value.isBool();
    case ParamType::Map: return value.isMap();
    case ParamType::Array: return value.isArray();
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
    }
    return {};
}
} // namespace

const QList<MethodInfo> &methodCatalogue()
{
    static const QList<MethodInfo> catalogue = buildCatalogue();
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

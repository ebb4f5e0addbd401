// system.* handlers: what the caller may call.
#include "handlers.h"

#include "methods.h"

#include <QCborArray>

namespace ejournal::server::handlers {

QCborValue methods(RequestContext &ctx)
{
    const QList<Role> roles = ctx.caller.roles();
    QCborArray out;
    for (const MethodInfo &m : methodCatalogue()) {
        if (m.stage == Stage::Authenticated && !rolesGrant(roles, m.capability))
            continue;
        out.append(QCborMap{{QStringLiteral("name"), m.name},
                            {QStringLiteral("summary"), m.summary}});
    }
    return out;
}

} // namespace ejournal::server::handlers

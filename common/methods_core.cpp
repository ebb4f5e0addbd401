// The catalogue's core: the conversation, signing in, sessions and the audit log.
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> coreMethods()
{
    using namespace catalogue;
    const auto early = [](const char *name, const char *summary, Stage stage,
                          QList<ParamSpec> params) {
        return MethodInfo{QString::fromLatin1(name), QString::fromLatin1(summary), stage,
                          Capability::Authenticated, std::move(params), false};
    };
    // Callable while a one-time password still has to be changed.
    const auto always = [](MethodInfo m) {
        m.beforePasswordChange = true;
        return m;
    };
    return {
        early("hello", "Open the conversation: protocol version and client name",
              Stage::Connected, {integer("protocol"), text("client", 200)}),
        early("auth.login", "Sign in with login and password", Stage::Greeted,
              {text("login", 100), text("password", 1024)}),
        early("auth.resume", "Continue a session by its token", Stage::Greeted,
              {text("token", 200)}),
        always(method("auth.logout", "End this session", Capability::Authenticated, {})),
        always(method("auth.changePassword", "Change own password; ends every other session",
                      Capability::Authenticated, {text("old", 1024), text("new", 1024)})),
        always(method("system.methods", "Methods the caller may call",
                      Capability::Authenticated, {})),
        method("sessions.list", "Open sessions of the school's users",
               Capability::SessionsManage, {}),
        method("sessions.revoke", "End a user's session", Capability::SessionsManage,
               {integer("sessionId")}),
        method("audit.list", "Audit log of the school, newest first", Capability::AuditRead,
               {integer("limit", false), integer("beforeId", false),
                text("action", 100, false)}),
    };
}

} // namespace ejournal

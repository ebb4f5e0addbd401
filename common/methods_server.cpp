// The catalogue's server operations methods (see common/PROTOCOL.md): backups of the whole
// database and the server's health, for the administrator.
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> serverMethods()
{
    using namespace catalogue;
    return {
        method("backups.list", "Backup runs of this server, newest first",
               Capability::ServerOperate, {integer("limit", false)}),
        method("backups.run",
               "Ask the running server for a backup now (queued; see backups.list)",
               Capability::ServerOperate, {}),
        method("server.status",
               "The server's health: clients, database size, backups and their schedule",
               Capability::ServerOperate, {}),
    };
}

} // namespace ejournal

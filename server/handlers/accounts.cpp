// Routes of the accounts methods (accounts_issue.cpp, accounts_manage.cpp) and of the CSV
// import (import_methods.cpp).
#include "accounts_handlers.h"
#include "routes.h"

namespace ejournal::server::handlers {

QList<Route> accountsRoutes()
{
    return {
        {"accounts.list", listAccounts},
        {"accounts.issue", issueAccount},
        {"accounts.issueForClass", issueClassAccounts},
        {"accounts.resetPassword", resetAccountPassword},
        {"accounts.setBlocked", setAccountBlocked},
        {"accounts.setRoles", setAccountRoles},
        {"import.preview", previewImport},
        {"import.commit", commitImport},
    };
}

} // namespace ejournal::server::handlers

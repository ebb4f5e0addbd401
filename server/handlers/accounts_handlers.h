// The handlers of the accounts area (accounts_issue.cpp, accounts_manage.cpp) and of the CSV
// import (import_methods.cpp); accounts.cpp routes them.
#pragma once

#include "requestcontext.h"

namespace ejournal::server::handlers {

// accounts_issue.cpp
QCborValue issueAccount(RequestContext &ctx);
QCborValue issueClassAccounts(RequestContext &ctx);
// accounts_manage.cpp
QCborValue listAccounts(RequestContext &ctx);
QCborValue resetAccountPassword(RequestContext &ctx);
QCborValue setAccountBlocked(RequestContext &ctx);
QCborValue setAccountRoles(RequestContext &ctx);
// import_methods.cpp
QCborValue previewImport(RequestContext &ctx);
QCborValue commitImport(RequestContext &ctx);

} // namespace ejournal::server::handlers

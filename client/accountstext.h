// Readable messages for refused account requests: the server's `invalid` details name the
// parameter, and what that means depends on the action (issuing, roles, blocking, reset).
#pragma once

#include "reply.h"

#include <QCoreApplication>
#include <QString>

namespace ejournal::client {

class AccountsText
{
    Q_DECLARE_TR_FUNCTIONS(AccountsText)
public:
    enum class Action { Issue, Roles, Block, Reset };

    // The message for a failed request (ErrorText for anything but `invalid`).
    static QString error(const Reply &reply, Action action);
    // The problem to show next to the role checkboxes, or empty.
    static QString rolesProblem(const Reply &reply, Action action);
};

} // namespace ejournal::client

// Messages for refused account requests.
#include "accountstext.h"

#include "errortext.h"

namespace ejournal::client {

namespace {
bool invalidAt(const Reply &reply, const char *field)
{
    return reply.isError(ErrorCode::Invalid)
           && reply.error.details.contains(QString::fromLatin1(field));
}
} // namespace

QString AccountsText::rolesProblem(const Reply &reply, Action action)
{
    if (!invalidAt(reply, "roles"))
        return {};
    if (action == Action::Roles)
        return tr("Choose at least one role. You cannot take the administrator role away from "
                  "yourself.");
    return tr("Choose at least one staff role.");
}

QString AccountsText::error(const Reply &reply, Action action)
{
    if (!reply.isError(ErrorCode::Invalid))
        return ErrorText::forReply(reply);
    if (const QString roles = rolesProblem(reply, action); !roles.isEmpty())
        return roles;
    switch (action) {
    case Action::Issue:
        if (invalidAt(reply, "personId"))
            return tr("This person already has an account, or the staff member is archived. "
                      "Refresh the list.");
        break;
    case Action::Roles:
        if (invalidAt(reply, "userId"))
            return tr("The roles of student and parent accounts are fixed, and the school must "
                      "keep at least one active administrator.");
        break;
    case Action::Block:
        if (invalidAt(reply, "userId"))
            return tr("You cannot block your own account or the school's last active "
                      "administrator.");
        break;
    case Action::Reset:
        if (invalidAt(reply, "userId"))
            return tr("To change your own password use «Change password» in the File menu.");
        break;
    }
    return ErrorText::forReply(reply);
}

} // namespace ejournal::client

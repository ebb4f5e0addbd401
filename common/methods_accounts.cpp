// The catalogue's accounts methods: logins and one-time passwords, blocking, roles, and the
// bulk import of students and staff from CSV (see common/PROTOCOL.md).
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> accountsMethods()
{
    using namespace catalogue;
    return {
        method("accounts.list", "Accounts of the school, or of one class's students and guardians",
               Capability::AccountsManage, {integer("classId", false)}),
        method("accounts.issue", "Give a staff member, student or guardian a login and password",
               Capability::AccountsManage,
               {text("kind", 20), integer("personId"), array("roles", false)}),
        method("accounts.issueForClass",
               "Logins and passwords for a class's students and guardians who have none",
               Capability::AccountsManage, {integer("classId")}),
        method("accounts.resetPassword", "A new one-time password; ends the user's sessions",
               Capability::AccountsManage, {integer("userId")}),
        method("accounts.setBlocked", "Block or unblock an account", Capability::AccountsManage,
               {integer("userId"), boolean("blocked")}),
        method("accounts.setRoles", "Set a staff account's roles (administrator only)",
               Capability::AccountsManage, {integer("userId"), array("roles")}),
        method("import.preview", "Check a CSV file of students or staff; changes nothing",
               Capability::PeopleImport, {text("kind", 20), bytes("data")}),
        method("import.commit", "Import a checked CSV file of students or staff: all or nothing",
               Capability::PeopleImport, {text("kind", 20), bytes("data")}),
    };
}

} // namespace ejournal

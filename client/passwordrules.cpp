// Password rules: at least 8 characters with letters and digits, typed twice the same.
#include "passwordrules.h"

#include <algorithm>

namespace ejournal::client {

QString PasswordRules::summary()
{
    return tr("At least %n characters, with both letters and digits.", nullptr, kMinLength);
}

QString PasswordRules::problem(const QString &oldPassword, const QString &newPassword,
                               const QString &repeated)
{
    if (oldPassword.isEmpty())
        return tr("Enter your current password.");
    if (newPassword.size() < kMinLength)
        return tr("The new password is too short: it needs at least %n characters.", nullptr,
                  kMinLength);
    const bool hasLetter = std::any_of(newPassword.cbegin(), newPassword.cend(),
                                       [](QChar c) { return c.isLetter(); });
    const bool hasDigit = std::any_of(newPassword.cbegin(), newPassword.cend(),
                                      [](QChar c) { return c.isDigit(); });
    if (!hasLetter || !hasDigit)
        return tr("The new password must contain both letters and digits.");
    if (newPassword == oldPassword)
        return tr("The new password must differ from the current one.");
    if (repeated != newPassword)
        return tr("The repeated password does not match the new one.");
    return {};
}

} // namespace ejournal::client

// The client-side check of a new password (the server checks the same rules again).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ejournal::client {

class PasswordRules
{
    Q_DECLARE_TR_FUNCTIONS(PasswordRules)
public:
    static constexpr int kMinLength = 8;

    // The rule as one sentence, for hints.
    static QString summary();
    // Empty when the new password may be sent, otherwise what is wrong with it.
    static QString problem(const QString &oldPassword, const QString &newPassword,
                           const QString &repeated);
};

} // namespace ejournal::client

// Password hashing (Argon2id through libsodium), one-time passwords and session tokens.
// Nothing here logs or keeps a clear-text secret.
#pragma once

#include <QByteArray>
#include <QString>

namespace ejournal::server::secrets {

// Initialises libsodium; call once before anything else here. False if it cannot.
bool init();

// Argon2id hash in libsodium's self-describing string form ("$argon2id$v=19$...").
QString hashPassword(const QString &password);
bool verifyPassword(const QString &password, const QString &hash);
// Spends the same work as a real verification, for logins that name no user.
void burnVerification(const QString &password);

// A random password of 12 characters from an alphabet without look-alikes (0/O, 1/l/I),
// with at least one letter and one digit: printed on credential slips.
QString generatePassword();

// Why a new password is unacceptable, or an empty string when it is fine.
QString passwordProblem(const QString &password);

// A new 128-bit random session token as 32 lower-case hex digits.
QString newToken();
// SHA-256 of the token text: what the database keeps.
QByteArray tokenHash(const QString &token);

} // namespace ejournal::server::secrets

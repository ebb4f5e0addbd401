// Password hashing (Argon2id through libsodium), one-time passwords and session tokens.
#include "secrets.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace ejournal::server::secrets {

namespace {
// Interactive limits: about 0.1 s and 64 MiB per hash on a school's server.
constexpr auto kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr auto kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
} // namespace

bool init()
{
    return sodium_init() >= 0;
}

QString hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), kOpsLimit, kMemLimit) != 0)
        qFatal("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &password, const QString &hash)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()))
        == 0;
}

void burnVerification(const QString &password)
{
    static const QString dummy = hashPassword(QStringLiteral("no such user"));
    verifyPassword(password, dummy);
}

QString generatePassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr uint32_t size = sizeof(alphabet) - 1;
    for (;;) {
        QString out;
        for (int i = 0; i < 12; ++i)
            out.append(QLatin1Char(alphabet[randombytes_uniform(size)]));
        if (passwordProblem(out).isEmpty())
            return out;
    }
}

QString passwordProblem(const QString &password)
{
    if (password.size() < 8)
        return QStringLiteral("at least 8 characters are required");
    const bool letter = std::any_of(password.cbegin(), password.cend(),
                                    [](QChar c) { return c.isLetter(); });
    const bool digit = std::any_of(password.cbegin(), password.cend(),
                                   [](QChar c) { return c.isDigit(); });
    if (!letter || !digit)
        return QStringLiteral("letters and digits are both required");
    return {};
}

QString newToken()
{
    unsigned char raw[16];
    randombytes_buf(raw, sizeof raw);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw).toHex());
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

} // namespace ejournal::server::secrets

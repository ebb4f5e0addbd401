// Russian to Latin letters by ГОСТ Р 52535.1-2006, and logins made from names.
#include "transliteration.h"

namespace ejournal {

namespace {
// The lower-case letters а..я in order, then ё.
constexpr const char *kLatin[] = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
    "r", "s", "t", "u", "f", "kh", "tc", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia",
};
constexpr int kMaxLastNameLength = 40;

// The Latin spelling of one lower-case Cyrillic letter, or nullptr for anything else.
const char *latinOf(QChar lower)
{
    const char16_t c = lower.unicode();
    if (c >= u'а' && c <= u'я')
        return kLatin[c - u'а'];
    if (c == u'ё')
        return "e";
    return nullptr;
}

// Lower-case Latin letters, digits and hyphens of the transliterated text, nothing else.
QString loginPart(const QString &text)
{
    QString out;
    for (const QChar c : transliterate(text).toLower())
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
            out.append(c);
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QString initial(const QString &name)
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? QString() : loginPart(trimmed.left(1));
}
} // namespace

QString transliterate(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char *latin = latinOf(c.toLower());
        if (!latin) {
            out.append(c);
            continue;
        }
        QString part = QString::fromLatin1(latin);
        if (c.isUpper() && !part.isEmpty())
            part[0] = part[0].toUpper();
        out.append(part);
    }
    return out;
}

QString loginBase(const QString &lastName, const QString &firstName, const QString &middleName)
{
    QString last = loginPart(lastName).left(kMaxLastNameLength);
    while (last.endsWith(u'-'))
        last.chop(1);
    if (last.isEmpty())
        last = QStringLiteral("user");
    const QString initials = initial(firstName) + initial(middleName);
    const QString base = initials.isEmpty() ? last : last + u'.' + initials;
    return base.size() < 2 ? QStringLiteral("user.") + base : base;
}

} // namespace ejournal

// Matching FET's names to the school's by folded keys, with candidates for the unmatched.
#include "fet_names.h"

#include "import_sheet.h"

namespace ejournal::server::handlers::fet {

namespace {
constexpr int kMaxCandidates = 10;

QString initial(const QString &name)
{
    return name.left(1);
}

// Likely but not certain: one key holds the other, or a key starts with the name's first word.
bool looksLike(const QString &key, const QString &wanted, const QString &firstWord)
{
    if (key.size() >= 2 && wanted.size() >= 2 && (key.contains(wanted) || wanted.contains(key)))
        return true;
    return firstWord.size() >= 3 && key.startsWith(firstWord);
}
} // namespace

QString compactKey(const QString &text)
{
    QString out;
    for (const QChar c : import::fold(text))
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

Known staffMember(qint64 id, const QString &last, const QString &first, const QString &middle)
{
    const QString full = QStringList{last, first, middle}.join(u' ').simplified();
    const QString initials = initial(first) + initial(middle);
    return Known{QStringLiteral("staff"), id, full,
                 {compactKey(full), compactKey(last + first), compactKey(last + initials),
                  compactKey(last + initial(first)), compactKey(initials + last),
                  compactKey(last)}};
}

Known namedItem(const QString &kind, qint64 id, const QString &name, const QStringList &otherNames)
{
    Known item{kind, id, name, {compactKey(name)}};
    for (const QString &other : otherNames)
        item.keys.append(compactKey(other));
    return item;
}

NameMatch NameIndex::match(const QString &fetName) const
{
    const QString wanted = compactKey(fetName);
    NameMatch out;
    if (wanted.isEmpty())
        return out;
    for (const Known &item : m_items)
        if (item.keys.contains(wanted))
            out.candidates.append(&item);
    if (out.candidates.size() == 1) {
        out.known = out.candidates.takeFirst();
        out.by = QStringLiteral("name");
        return out;
    }
    if (!out.candidates.isEmpty())
        return out;  // several answer to the name: the user picks
    const QString firstWord = compactKey(import::fold(fetName).section(u' ', 0, 0));
    for (const Known &item : m_items) {
        if (out.candidates.size() == kMaxCandidates)
            break;
        if (std::any_of(item.keys.cbegin(), item.keys.cend(),
                        [&](const QString &key) { return looksLike(key, wanted, firstWord); }))
            out.candidates.append(&item);
    }
    return out;
}

const Known *NameIndex::find(const QString &kind, qint64 id) const
{
    for (const Known &item : m_items)
        if (item.kind == kind && item.id == id)
            return &item;
    return nullptr;
}

const Known *NameIndex::findByKey(const QString &name) const
{
    const QString wanted = compactKey(name);
    for (const Known &item : m_items)
        if (item.keys.contains(wanted))
            return &item;
    return nullptr;
}

} // namespace ejournal::server::handlers::fet

// Matching FET's names to the school's: staff, subjects, rooms, classes and study groups each
// answer to a few keys (a teacher to "Иванова Мария Петровна", "Иванова М. П.", "Иванова М.П.",
// "Иванова"; a class to "5А", "5 А", "5а"); a FET name matches when exactly one item has its
// key. Otherwise the preview offers the likely ones as candidates.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <deque>

namespace ejournal::server::handlers::fet {

// A name folded for comparing: lower case, ё as е, letters and digits only.
QString compactKey(const QString &text);

struct Known
{
    QString kind;  // "staff", "subject", "room", "class" or "group"
    qint64 id = 0;
    QString name;  // as the school writes it: "Иванова Мария Петровна", "5А"
    QStringList keys;
};

// A staff member's keys: full name, surname with name, with initials either side, surname.
Known staffMember(qint64 id, const QString &last, const QString &first, const QString &middle);
// An item known by its name and, optionally, other names (a subject's short name).
Known namedItem(const QString &kind, qint64 id, const QString &name,
                const QStringList &otherNames = {});

struct NameMatch
{
    const Known *known = nullptr;  // the one item the name stands for, null when none
    QString by;                    // how: "name", "mapping"; empty when unmatched
    QList<const Known *> candidates;  // for an unmatched name: the likely items
};

class NameIndex
{
public:
    void add(Known item) { m_items.push_back(std::move(item)); }
    NameMatch match(const QString &fetName) const;
    const Known *find(const QString &kind, qint64 id) const;
    const Known *findByKey(const QString &name) const;  // any item with the name's key

private:
    std::deque<Known> m_items;  // stable addresses: matches point into it
};

} // namespace ejournal::server::handlers::fet

// The grouped, searchable list of reports.
#include "reportslist.h"

#include "displaytime.h"
#include "reporttemplates.h"

#include <QCborArray>
#include <QCborMap>
#include <QKeyEvent>
#include <QLineEdit>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
constexpr int kEntryRole = Qt::UserRole;

QString datasetCaption(const QString &key)
{
    const reports::Dataset *dataset = reports::findDataset(key);
    return dataset ? reports::caption(dataset->caption) : key;
}
} // namespace

QString ReportEntry::key() const
{
    return kind == Kind::Template ? QStringLiteral("t:") + templateKey
                                  : QStringLiteral("r:") + QString::number(id);
}

ReportsList::ReportsList(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_tree(new QTreeWidget(this))
{
    m_search->setObjectName(QStringLiteral("reportsSearch"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("reportsList"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(12);
    m_tree->setUniformRowHeights(true);
    for (const QString &title : {tr("Standard"), tr("Mine"), tr("Shared")}) {
        auto *group = new QTreeWidgetItem(m_tree, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        group->setExpanded(true);
        m_groups.append(group);
    }
    setSaved({});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_tree);

    connect(m_search, &QLineEdit::textChanged, this, &ReportsList::applySearch);
    connect(m_search, &QLineEdit::returnPressed, m_tree, [this] { m_tree->setFocus(); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kEntryRole).isValid())
            emit activated();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ReportsList::currentChanged);
}

QList<ReportEntry> ReportsList::fromList(const QCborArray &rows)
{
    QList<ReportEntry> out;
    for (const QCborValue &value : rows) {
        const QCborMap row = value.toMap();
        ReportEntry entry;
        entry.kind = ReportEntry::Kind::Saved;
        entry.id = row.value(QStringLiteral("id")).toInteger();
        entry.name = row.value(QStringLiteral("name")).toString();
        entry.description = row.value(QStringLiteral("description")).toString();
        entry.dataset = row.value(QStringLiteral("dataset")).toString();
        entry.owner = row.value(QStringLiteral("owner")).toMap().value(QStringLiteral("name")).toString();
        entry.mine = row.value(QStringLiteral("mine")).toBool();
        entry.shared = row.value(QStringLiteral("shared")).toBool();
        entry.version = int(row.value(QStringLiteral("version")).toInteger());
        entry.updatedAt = parseServerTime(row.value(QStringLiteral("updatedAt")).toString());
        out.append(entry);
    }
    return out;
}

void ReportsList::setSaved(const QList<ReportEntry> &saved)
{
    const std::optional<ReportEntry> before = current();
    m_entries.clear();
    for (const reports::Template &report : reports::templates()) {
        ReportEntry entry;
        entry.templateKey = QLatin1String(report.key);
        entry.name = reports::caption(report.name);
        entry.description = reports::caption(report.description);
        entry.dataset = report.definition.dataset;
        m_entries.append(entry);
    }
    m_entries += saved;
    for (QTreeWidgetItem *group : std::as_const(m_groups))
        qDeleteAll(group->takeChildren());
    for (int i = 0; i < m_entries.size(); ++i) {
        const ReportEntry &entry = m_entries.at(i);
        const Group group = entry.kind == ReportEntry::Kind::Template ? Group::Standard
            : entry.mine ? Group::Mine : Group::Shared;
        QTreeWidgetItem *item = addEntry(m_groups.at(int(group)), entry);
        item->setData(0, kEntryRole, i);
    }
    applySearch();
    if (!before || !select(before->key()))
        m_tree->setCurrentItem(m_groups.first()->child(0));
}

QTreeWidgetItem *ReportsList::addEntry(QTreeWidgetItem *group, const ReportEntry &entry)
{
    QString text = entry.name;
    if (entry.kind == ReportEntry::Kind::Saved && !entry.mine)
        text = tr("%1 — %2").arg(entry.name, entry.owner);
    else if (entry.mine && entry.shared)
        text = tr("%1 (shared)").arg(entry.name);
    auto *item = new QTreeWidgetItem(group, {text});
    QStringList tip{tr("Data: %1").arg(datasetCaption(entry.dataset))};
    if (!entry.description.isEmpty())
        tip.prepend(entry.description);
    if (entry.updatedAt.isValid())
        tip.append(tr("Saved %1, version %2").arg(displayDateTime(entry.updatedAt)).arg(entry.version));
    item->setToolTip(0, tip.join(QLatin1Char('\n')));
    return item;
}

void ReportsList::applySearch()
{
    const QString text = m_search->text().trimmed();
    for (QTreeWidgetItem *group : std::as_const(m_groups)) {
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const ReportEntry &entry = m_entries.at(item->data(0, kEntryRole).toInt());
            item->setHidden(!text.isEmpty() && !entry.name.contains(text, Qt::CaseInsensitive)
                            && !entry.description.contains(text, Qt::CaseInsensitive));
        }
    }
}

std::optional<ReportEntry> ReportsList::current() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(0, kEntryRole).isValid())
        return std::nullopt;
    return m_entries.value(item->data(0, kEntryRole).toInt());
}

bool ReportsList::select(const QString &key)
{
    for (QTreeWidgetItem *group : std::as_const(m_groups))
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            if (m_entries.at(item->data(0, kEntryRole).toInt()).key() == key) {
                m_tree->setCurrentItem(item);
                m_tree->scrollToItem(item);
                return true;
            }
        }
    return false;
}

QStringList ReportsList::names(Group group) const
{
    QStringList out;
    const QTreeWidgetItem *parent = m_groups.at(int(group));
    for (int i = 0; i < parent->childCount(); ++i)
        if (!parent->child(i)->isHidden())
            out.append(m_entries.at(parent->child(i)->data(0, kEntryRole).toInt()).name);
    return out;
}

} // namespace ejournal::client

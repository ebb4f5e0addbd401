// The reports a user may run, in three groups: «Standard» (the templates shipped with the
// program), «Mine» and «Shared» (shared with the school by colleagues), with a search field
// (Ctrl+F) that filters by name and description as you type.
#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace ejournal::client {

struct ReportEntry
{
    enum class Kind { Template, Saved };
    Kind kind = Kind::Template;
    QString templateKey;  // Template
    qint64 id = 0;        // Saved
    QString name;
    QString description;
    QString dataset;
    QString owner;
    bool mine = false;
    bool shared = false;
    int version = 0;
    QDateTime updatedAt;

    // "t:successQuality" or "r:42": remembers the report's last parameters.
    QString key() const;
};

class ReportsList : public QWidget
{
    Q_OBJECT
public:
    enum class Group { Standard, Mine, Shared };

    explicit ReportsList(QWidget *parent = nullptr);

    // Saved reports as reports.list gives them; the templates are added here.
    void setSaved(const QList<ReportEntry> &saved);
    std::optional<ReportEntry> current() const;
    // Makes the entry with this key current; false when it is not listed.
    bool select(const QString &key);
    // The reports' names listed in a group, in order (those the search leaves visible).
    QStringList names(Group group) const;

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }

    static QList<ReportEntry> fromList(const class QCborArray &rows);

signals:
    void activated();
    void currentChanged();

private:
    void applySearch();
    QTreeWidgetItem *addEntry(QTreeWidgetItem *group, const ReportEntry &entry);

    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QList<ReportEntry> m_entries;
    QList<QTreeWidgetItem *> m_groups;
};

} // namespace ejournal::client

// The КТП of one load as a table: topics edited in place (double click or typing) or in a
// form (Return, F2), added after the current one (Insert), deleted with an undo (Delete),
// moved with Ctrl+Up / Ctrl+Down; a plan imported from CSV, copied from another load, or
// dated from the coming lessons. Without write rights only the table is shown.
#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QWidget>

class QPushButton;

namespace ejournal::client {

class InlineMessage;
class PlanItemsModel;
class RecordsTable;
class ServerConnection;

class PlanItemsTab : public QWidget
{
    Q_OBJECT
public:
    explicit PlanItemsTab(ServerConnection *connection, QWidget *parent = nullptr);

    // The load (journal.list's row) and the other loads of its year (for copying).
    void setLoad(const QCborMap &load, const QCborArray &sameYear);
    // Reloads keeping the current topic (or `selectId` when given).
    void reload(qint64 selectId = 0);

    PlanItemsModel *model() const { return m_model; }
    RecordsTable *table() const { return m_table; }
    InlineMessage *message() const { return m_message; }
    QPushButton *undoButton() const { return m_undo; }

    void addItem();
    void editItem();
    void deleteItem();
    void undoDelete();
    void moveItem(int delta);
    void importPlan();
    void copyPlan();
    void distributeDates();

signals:
    // A dialog of the tab opened (tests drive it).
    void dialogOpened(QDialog *dialog);

private:
    qint64 currentId() const;
    QStringList sections() const;
    void applyEdit(qint64 id, const QCborMap &fields);
    void done(const QString &text, qint64 selectId);
    void openDialog(QDialog *dialog);

    ServerConnection *m_connection;
    QCborMap m_load;
    QCborArray m_sameYear;
    PlanItemsModel *m_model;
    RecordsTable *m_table;
    InlineMessage *m_message;
    QWidget *m_editButtons;
    QPushButton *m_undo;
    QCborMap m_deleted;        // the last deleted topic, for Undo
    qint64 m_deletedAfter = 0; // the topic it followed (0: it was first)
    qint64 m_pendingSelect = 0;
};

} // namespace ejournal::client

// «Staff» tab: name, position, phone, e-mail, login and roles of every staff member; add,
// edit, archive (with undo) and restore for those who manage people.
#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDialog;
class QLabel;
class QPushButton;

namespace ejournal::client {

class RecordsModel;
class RecordsTable;
class ServerConnection;
class UndoMessage;

class StaffTab : public QWidget
{
    Q_OBJECT
public:
    explicit StaffTab(ServerConnection *connection, QWidget *parent = nullptr);

    void activate();
    void reload();

    RecordsTable *table() const { return m_table; }
    QCheckBox *archivedBox() const { return m_showArchived; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *archiveButton() const { return m_archive; }
    UndoMessage *message() const { return m_message; }
    QDialog *openForm() const { return m_form; }

    void newStaff();
    void editStaff();
    // Asks, then archives the selected person (or restores an archived one).
    void archiveStaff();

private:
    void setArchived(qint64 id, bool archived, const QString &name, bool undoable);
    void updateButtons();

    ServerConnection *m_connection;
    RecordsModel *m_model;
    RecordsTable *m_table;
    QCheckBox *m_showArchived;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_archive;
    QLabel *m_count;
    UndoMessage *m_message;
    QPointer<QDialog> m_form;
};

} // namespace ejournal::client

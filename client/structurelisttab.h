// A directory tab of the «Учебный год» page: a searchable table of records with New, Edit
// and a removing action (delete or archive) for those who may change them, keyboard
// shortcuts (Insert, F2 / Return, Delete), a confirmation before removing, and a notice
// line that reports each change and offers to undo the last removal.
#pragma once

#include "recordsmodel.h"
#include "structureform.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class RecordsTable;
class ServerConnection;

class StructureListTab : public QWidget
{
    Q_OBJECT
public:
    StructureListTab(ServerConnection *connection, RecordsModel *model, bool canEdit,
                     QWidget *parent);

    RecordsTable *table() const { return m_table; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    InlineMessage *notice() const { return m_notice; }
    QPushButton *undoButton() const { return m_undo; }
    // The form or the confirmation open right now (for tests and for screenshots).
    StructureFormDialog *dialog() const { return m_dialog; }
    QMessageBox *confirmation() const { return m_confirmation; }

    void openNew();
    void openCurrent();
    void removeCurrent();

protected:
    // A removal as the tab describes it: the request, what to say when done, and the request
    // that reverses it (its answer is the restored row, which gets selected).
    struct Removal
    {
        QString question;      // empty: no confirmation needed
        QString confirmLabel;  // the button that confirms
        QString method;
        QCborMap params;
        QString done;
        QString undoMethod;
        QCborMap undoParams;
    };

    virtual StructureFormDialog *makeDialog(const QCborMap &record) = 0;
    // What removing this record means (an empty method: nothing to do).
    virtual Removal removal(const QCborMap &record) const = 0;
    // Editable right now: the user may edit and the data is not read-only (a closed year).
    virtual bool editable() const { return m_canEdit; }
    virtual bool canEditRecord(const QCborMap &record) const;
    virtual void updateButtons();

    bool canEdit() const { return m_canEdit; }
    ServerConnection *connection() const { return m_connection; }
    // The row of buttons, to add a tab's own controls to.
    QHBoxLayout *toolbar() const { return m_toolbar; }
    void setExplanation(const QString &text);
    // Reloads the model and then makes the row with this id current.
    void reloadAndSelect(const QCborValue &id);
    void showDone(const QString &text);

private:
    void openDialog(const QCborMap &record);
    void run(const Removal &removal);
    void undo();

    ServerConnection *m_connection;
    RecordsModel *m_model;
    bool m_canEdit;
    RecordsTable *m_table;
    QHBoxLayout *m_toolbar;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_explanation;
    InlineMessage *m_notice;
    QPushButton *m_undo;
    QCborValue m_selectAfterLoad;
    Removal m_lastRemoval;
    QPointer<StructureFormDialog> m_dialog;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace ejournal::client

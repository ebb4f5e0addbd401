// The kinds of work of the school (workTypes.*): name, short name shown in the journal,
// weight in the weighted average, whether an absent student may get the mark, their order.
// New (Insert), edit (Return, F2), archive or bring back (Delete, with undo), reorder
// (Ctrl+Up / Ctrl+Down). Kinds are never deleted: marks refer to them.
#pragma once

#include "planform.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class RecordsModel;
class RecordsTable;

class WorkTypeDialog : public PlanFormDialog
{
    Q_OBJECT
public:
    // `row` empty: a new kind of work.
    WorkTypeDialog(ServerConnection *connection, const QCborMap &row, QWidget *parent);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *shortNameEdit() const { return m_shortName; }
    QDoubleSpinBox *weightEdit() const { return m_weight; }
    QCheckBox *allowsAbsentBox() const { return m_allowsAbsent; }

protected:
    void save() override;

private:
    qint64 m_id;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QDoubleSpinBox *m_weight;
    QCheckBox *m_allowsAbsent;
};

class JournalAdminWorkTypes : public QWidget
{
    Q_OBJECT
public:
    explicit JournalAdminWorkTypes(ServerConnection *connection, QWidget *parent = nullptr);

    void reload(qint64 selectId = 0);
    RecordsModel *model() const { return m_model; }
    RecordsTable *table() const { return m_table; }
    InlineMessage *message() const { return m_message; }
    QPushButton *undoButton() const { return m_undo; }

    void addKind();
    void editKind();
    void toggleArchived();
    void moveKind(int delta);

signals:
    void dialogOpened(QDialog *dialog);

private:
    void update(const QCborMap &params, const QString &done, bool offerUndo);
    void openDialog(PlanFormDialog *dialog, const QString &done);

    ServerConnection *m_connection;
    RecordsModel *m_model;
    RecordsTable *m_table;
    InlineMessage *m_message;
    QPushButton *m_undo;
    QCborMap m_undoParams;
    qint64 m_pendingSelect = 0;
};

} // namespace ejournal::client

// The deputy's register of late corrections (corrections.*): journal edits made after the
// correction window or in a closed period, with the journal, the lesson, the student, what was
// there before and after (marks and attendance as the journal writes them), who, when and
// why. Not yet reviewed ones by default; the selected ones are approved at once.
#pragma once

#include <QCborMap>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class RecordsModel;
class RecordsTable;
class ServerConnection;

class JournalAdminCorrections : public QWidget
{
    Q_OBJECT
public:
    explicit JournalAdminCorrections(ServerConnection *connection, QWidget *parent = nullptr);

    void reload();
    RecordsModel *model() const { return m_model; }
    RecordsTable *table() const { return m_table; }
    QComboBox *reviewedCombo() const { return m_reviewed; }
    QCheckBox *datesBox() const { return m_dates; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *approveButton() const { return m_approve; }
    InlineMessage *message() const { return m_message; }

    void approveSelected();

private:
    QList<qint64> selectedIds() const;
    void load();
    void updateButtons();

    ServerConnection *m_connection;
    QHash<qint64, QString> m_kinds;
    RecordsModel *m_model;
    RecordsTable *m_table;
    QComboBox *m_reviewed;
    QCheckBox *m_dates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_approve;
    InlineMessage *m_message;
};

} // namespace ejournal::client

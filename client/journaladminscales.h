// Mark scales per subject (scales.*): the list of subjects with their scale and a choice for
// the current one. The server refuses a scale on which marks of this year would not fit; its
// reason is shown. Also the correction window (journalSettings.*): how many days after a
// lesson its marks may be changed without a reason.
#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;
class QSpinBox;

namespace ejournal::client {

class InlineMessage;
class RecordsModel;
class RecordsTable;
class ServerConnection;

class JournalAdminScales : public QWidget
{
    Q_OBJECT
public:
    explicit JournalAdminScales(ServerConnection *connection, QWidget *parent = nullptr);

    void reload();
    RecordsModel *model() const { return m_model; }
    RecordsTable *table() const { return m_table; }
    QComboBox *scaleCombo() const { return m_scale; }
    QPushButton *applyButton() const { return m_apply; }
    InlineMessage *message() const { return m_message; }

    void apply();

private:
    void showCurrent();

    ServerConnection *m_connection;
    RecordsModel *m_model;
    RecordsTable *m_table;
    QComboBox *m_scale;
    QPushButton *m_apply;
    InlineMessage *m_message;
    qint64 m_pendingSelect = 0;
};

class JournalAdminWindow : public QWidget
{
    Q_OBJECT
public:
    explicit JournalAdminWindow(ServerConnection *connection, QWidget *parent = nullptr);

    void reload();
    QSpinBox *daysEdit() const { return m_days; }
    QPushButton *saveButton() const { return m_save; }
    InlineMessage *message() const { return m_message; }

    void save();

private:
    ServerConnection *m_connection;
    QSpinBox *m_days;
    QPushButton *m_save;
    InlineMessage *m_message;
};

} // namespace ejournal::client

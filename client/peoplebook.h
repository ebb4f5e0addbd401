// «Movement book» (книга движения): admissions, transfers and withdrawals with their orders,
// for a period and optionally one class.
#pragma once

#include "recordsmodel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace ejournal::client {

class InlineMessage;
class RecordsTable;
class ServerConnection;

// The columns of a movement row (date, kind, student, from, to, order, reason); the student
// card shows them without the student.
QList<RecordsModel::Column> movementColumns(bool withStudent);

class MovementBookTab : public QWidget
{
    Q_OBJECT
public:
    explicit MovementBookTab(ServerConnection *connection, QWidget *parent = nullptr);

    void activate();
    void reload();

    RecordsTable *table() const { return m_table; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *classBox() const { return m_class; }

private:
    ServerConnection *m_connection;
    RecordsModel *m_model;
    RecordsTable *m_table;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_class;
    QLabel *m_count;
    InlineMessage *m_message;
    bool m_classesLoaded = false;
};

} // namespace ejournal::client

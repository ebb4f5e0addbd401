// «The day's changes»: the changes sheet of a chosen date (changes.day) as the staff-room
// board shows it, refreshed live on lesson.changed; preview, print and PDF of the sheet.
#pragma once

#include "printdocument.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ejournal::client {

class ChangesDateBar;
class InlineMessage;
class RecordsModel;
class RecordsTable;
class ServerConnection;

class ChangesDayTab : public QWidget
{
    Q_OBJECT
public:
    ChangesDayTab(ServerConnection *connection, QWidget *parent = nullptr);

    void reload();
    ChangesDateBar *dateBar() const { return m_dateBar; }
    RecordsModel *model() const { return m_model; }
    RecordsTable *table() const { return m_table; }
    // The printable sheet of the changes shown.
    PrintDocument sheet() const;

private:
    void savePdf();

    ServerConnection *m_connection;
    ChangesDateBar *m_dateBar;
    RecordsModel *m_model;
    RecordsTable *m_table;
    InlineMessage *m_message;
    QLabel *m_count;
};

} // namespace ejournal::client

// «My lessons»: the week of the signed-in teacher (lessons.my), substitutions given to them
// included and marked, refreshed live, so a substitution appears the moment it is made.
#pragma once

#include <QWidget>

class QLabel;

namespace ejournal::client {

class ChangesDateBar;
class InlineMessage;
class RecordsModel;
class RecordsTable;
class ServerConnection;

class ChangesMyTab : public QWidget
{
    Q_OBJECT
public:
    ChangesMyTab(ServerConnection *connection, QWidget *parent = nullptr);

    void reload();
    ChangesDateBar *dateBar() const { return m_dateBar; }
    RecordsModel *model() const { return m_model; }
    RecordsTable *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }

private:
    ChangesDateBar *m_dateBar;
    RecordsModel *m_model;
    RecordsTable *m_table;
    InlineMessage *m_message;
    QLabel *m_summary;
};

} // namespace ejournal::client

// The administrator's list of open sessions: who is signed in, from where, since when;
// refresh it and end a selected session.
#pragma once

#include "areapage.h"

#include <QMessageBox>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;
class SessionsModel;

class SessionsPage : public AreaPage
{
    Q_OBJECT
public:
    explicit SessionsPage(ServerConnection *connection, QWidget *parent = nullptr);

    void activate() override;

    SessionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *endButton() const { return m_end; }
    // The confirmation asked before a session is ended, while it is open.
    QMessageBox *confirmation() const { return m_confirmation; }

private:
    void confirmEnd();
    void updateButtons();
    void updateCount();

    SessionsModel *m_model;
    QTableView *m_view;
    QPushButton *m_refresh;
    QPushButton *m_end;
    QLabel *m_count;
    InlineMessage *m_message;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace ejournal::client

// Changing one's own password (auth.changePassword): on request from the File menu, or
// required right after signing in when the administrator has set a temporary password.
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Voluntary, Required };

    ChangePasswordDialog(ServerConnection *connection, Mode mode, QWidget *parent = nullptr);

    QLineEdit *oldEdit() const { return m_old; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *changeButton() const { return m_change; }
    InlineMessage *message() const { return m_message; }

private:
    void submit();
    void setBusy(bool busy);

    ServerConnection *m_connection;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QPushButton *m_change;
    QPushButton *m_cancel;
    InlineMessage *m_message;
};

} // namespace ejournal::client

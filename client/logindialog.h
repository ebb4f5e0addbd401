// The sign-in dialog: server address and port, login and password, errors shown inline.
// It only collects input; LoginFlow does the connecting and signing in.
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ejournal::client {

class InlineMessage;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServer(const QString &host, quint16 port);
    void setLogin(const QString &login);
    QString host() const;
    quint16 port() const;
    QString login() const;
    QString password() const;
    void clearPassword();

    // While a status is shown the inputs are disabled; an empty status makes the dialog idle.
    void setBusy(const QString &status);
    bool isBusy() const { return m_busy; }
    void showError(const QString &message);
    void showInfo(const QString &message);
    // Puts the cursor in the first field that still needs typing.
    void focusFirstEmpty();

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    InlineMessage *message() const { return m_message; }

signals:
    void signInRequested();

private:
    void submit();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QPushButton *m_quit;
    InlineMessage *m_message;
    bool m_busy = false;
};

} // namespace ejournal::client

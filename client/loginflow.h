// Signing in, step by step: the login dialog, connecting, the first-connection certificate
// prompt, the changed-certificate warning, auth.login and a required password change.
#pragma once

#include "changepassworddialog.h"
#include "fingerprintdialog.h"
#include "reply.h"
#include "serverconnection.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <memory>

namespace ejournal::client {

class ClientSettings;
class LoginDialog;

class LoginFlow : public QObject
{
    Q_OBJECT
public:
    LoginFlow(ServerConnection *connection, ClientSettings *settings, QObject *parent = nullptr);
    ~LoginFlow() override;

    // Shows the login dialog, idle, with an optional note (for example why the session ended).
    void begin(const QString &note = {});

    LoginDialog *dialog() const { return m_dialog.get(); }
    // The dialogs open at the moment, if any (tests drive them).
    FingerprintDialog *fingerprintDialog() const { return m_fingerprintDialog; }
    ChangePasswordDialog *changePasswordDialog() const { return m_passwordDialog; }
    QMessageBox *certificateWarning() const { return m_certificateWarning; }

signals:
    void signedIn();
    void quitRequested();

private:
    void start();
    void sendLogin();
    void onLoginReply(const Reply &reply);
    void requirePasswordChange();
    void complete();
    void fail(const QString &message);
    void onStateChanged(ServerConnection::State state);
    void onConnectionFailed(const QString &message);
    void onCertificateUnknown(const QString &fingerprint);
    void onCertificateChanged(const QString &pinned, const QString &offered);
    void showDialog();

    ServerConnection *m_connection;
    ClientSettings *m_settings;
    std::unique_ptr<LoginDialog> m_dialog;
    QPointer<FingerprintDialog> m_fingerprintDialog;
    QPointer<ChangePasswordDialog> m_passwordDialog;
    QPointer<QMessageBox> m_certificateWarning;
    bool m_attempt = false;             // a sign-in is in progress
    bool m_waitingForConnection = false;
};

} // namespace ejournal::client

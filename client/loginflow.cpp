// The sign-in sequence around the login dialog.
#include "loginflow.h"

#include "changepassworddialog.h"
#include "clientsettings.h"
#include "errortext.h"
#include "fingerprintdialog.h"
#include "icons.h"
#include "logindialog.h"

#include <QMessageBox>

namespace ejournal::client {

LoginFlow::LoginFlow(ServerConnection *connection, ClientSettings *settings, QObject *parent)
    : QObject(parent),
      m_connection(connection),
      m_settings(settings),
      m_dialog(std::make_unique<LoginDialog>())
{
    m_dialog->setServer(m_settings->host(), m_settings->port());
    m_dialog->setLogin(m_settings->login());
    connect(m_dialog.get(), &LoginDialog::signInRequested, this, &LoginFlow::start);
    connect(m_dialog.get(), &QDialog::rejected, this, [this] {
        if (m_attempt)
            m_connection->disconnectFromServer();
        m_attempt = false;
        emit quitRequested();
    });
    connect(m_connection, &ServerConnection::stateChanged, this, &LoginFlow::onStateChanged);
    connect(m_connection, &ServerConnection::connectionFailed, this, &LoginFlow::onConnectionFailed);
    connect(m_connection, &ServerConnection::certificateUnknown, this,
            &LoginFlow::onCertificateUnknown);
    connect(m_connection, &ServerConnection::certificateChanged, this,
            &LoginFlow::onCertificateChanged);
}

LoginFlow::~LoginFlow() = default;

void LoginFlow::begin(const QString &note)
{
    m_attempt = false;
    m_waitingForConnection = false;
    m_dialog->setBusy({});
    m_dialog->clearPassword();
    m_dialog->showInfo(note);  // an empty note clears the message
    showDialog();
    m_dialog->focusFirstEmpty();
}

void LoginFlow::showDialog()
{
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void LoginFlow::start()
{
    const QString host = m_dialog->host();
    const quint16 port = m_dialog->port();
    m_settings->remember(host, port, m_dialog->login());
    m_attempt = true;
    const bool reuse = m_connection->state() == ServerConnection::State::Connected
                       && m_connection->host() == host && m_connection->port() == port;
    if (reuse) {
        sendLogin();
        return;
    }
    m_dialog->setBusy(tr("Connecting to %1…").arg(host));
    m_waitingForConnection = true;
    m_connection->connectToServer(host, port);
}

void LoginFlow::onStateChanged(ServerConnection::State state)
{
    if (m_waitingForConnection && state == ServerConnection::State::Connected)
        sendLogin();
}

void LoginFlow::sendLogin()
{
    m_waitingForConnection = false;
    m_dialog->setBusy(tr("Signing in…"));
    m_connection->login(m_dialog->login(), m_dialog->password(), this,
                        [this](const Reply &reply) { onLoginReply(reply); });
}

void LoginFlow::onLoginReply(const Reply &reply)
{
    m_dialog->clearPassword();
    if (!reply.ok()) {
        fail(ErrorText::forLogin(reply));
        return;
    }
    if (m_connection->session().mustChangePassword)
        requirePasswordChange();
    else
        complete();
}

void LoginFlow::requirePasswordChange()
{
    m_dialog->setBusy(tr("A new password is required."));
    m_passwordDialog = new ChangePasswordDialog(m_connection, ChangePasswordDialog::Mode::Required,
                                                m_dialog.get());
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_passwordDialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted) {
            complete();
            return;
        }
        m_connection->logout();
        m_attempt = false;
        m_dialog->setBusy({});
        m_dialog->showInfo(tr("You have signed out without changing the password."));
    });
    m_passwordDialog->open();
}

void LoginFlow::complete()
{
    m_attempt = false;
    m_dialog->setBusy({});
    m_dialog->hide();
    emit signedIn();
}

void LoginFlow::fail(const QString &message)
{
    m_attempt = false;
    m_waitingForConnection = false;
    m_dialog->setBusy({});
    m_dialog->showError(message);
    showDialog();
}

void LoginFlow::onConnectionFailed(const QString &message)
{
    if (m_attempt)
        fail(message);
}

void LoginFlow::onCertificateUnknown(const QString &fingerprint)
{
    if (!m_attempt) {
        // The pin disappeared while reconnecting: start over, the next sign-in asks again.
        begin(tr("The server is not in the list of trusted servers. Sign in again to check its "
                 "certificate."));
        return;
    }
    m_dialog->setBusy(tr("Waiting for the server to be confirmed…"));
    m_fingerprintDialog = new FingerprintDialog(m_connection->host(), m_connection->port(),
                                                fingerprint, m_dialog.get());
    m_fingerprintDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_fingerprintDialog, &QDialog::finished, this, [this, fingerprint](int result) {
        if (result != QDialog::Accepted) {
            fail(tr("The server was not confirmed, so no connection was made."));
            return;
        }
        m_dialog->setBusy(tr("Connecting to %1…").arg(m_connection->host()));
        m_waitingForConnection = true;
        m_connection->trustAndReconnect(fingerprint);
    });
    m_fingerprintDialog->open();
}

void LoginFlow::onCertificateChanged(const QString &pinned, const QString &offered)
{
    const QString message = ErrorText::certificateChanged(m_connection->host(), m_connection->port());
    fail(message);
    m_dialog->clearPassword();
    if (m_certificateWarning)
        m_certificateWarning->close();
    m_certificateWarning = new QMessageBox(QMessageBox::Critical, tr("Server certificate changed"),
                                           message, QMessageBox::Ok, m_dialog.get());
    m_certificateWarning->setObjectName(QStringLiteral("certificateChangedWarning"));
    m_certificateWarning->setIconPixmap(shieldPixmap(48, true));
    m_certificateWarning->setInformativeText(
        tr("Trusted fingerprint:\n%1\n\nFingerprint presented now:\n%2")
            .arg(FingerprintDialog::groupedFingerprint(pinned),
                 FingerprintDialog::groupedFingerprint(offered)));
    m_certificateWarning->setAttribute(Qt::WA_DeleteOnClose);
    m_certificateWarning->open();
}

} // namespace ejournal::client

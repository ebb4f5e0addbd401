// The client's top level: owns the settings, the trust store and the connection, and moves
// between the login flow and the main window (sign-in, sign-out, a session that ended, a
// certificate that changed while reconnecting).
#pragma once

#include "mainwindow.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace ejournal::client {

class ClientSettings;
class LoginFlow;
class ServerConnection;
class TrustStore;

// Where the client keeps its files; empty paths mean the user's configuration directory.
struct ClientPaths
{
    QString settingsFile;
    QString trustFile;
};

class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(const ClientPaths &paths = {}, QObject *parent = nullptr);
    ~AppController() override;

    // Shows the login dialog.
    void start();

    ServerConnection *connection() const { return m_connection; }
    TrustStore *trustStore() const { return m_trust.get(); }
    LoginFlow *loginFlow() const { return m_loginFlow; }
    MainWindow *mainWindow() const { return m_mainWindow; }

private:
    void openMainWindow();
    void closeMainWindow();
    void backToLogin(const QString &note);

    std::unique_ptr<ClientSettings> m_settings;
    std::unique_ptr<TrustStore> m_trust;
    ServerConnection *m_connection;
    LoginFlow *m_loginFlow;
    QPointer<MainWindow> m_mainWindow;
};

} // namespace ejournal::client

// Moving between signing in and the main window.
#include "appcontroller.h"

#include "clientsettings.h"
#include "loginflow.h"
#include "mainwindow.h"
#include "serverconnection.h"
#include "truststore.h"

#include <QCoreApplication>

namespace ejournal::client {

AppController::AppController(const ClientPaths &paths, QObject *parent)
    : QObject(parent),
      m_settings(paths.settingsFile.isEmpty() ? std::make_unique<ClientSettings>()
                                              : std::make_unique<ClientSettings>(paths.settingsFile)),
      m_trust(paths.trustFile.isEmpty() ? std::make_unique<TrustStore>()
                                        : std::make_unique<TrustStore>(paths.trustFile)),
      m_connection(new ServerConnection(m_trust.get(), this)),
      m_loginFlow(new LoginFlow(m_connection, m_settings.get(), this))
{
    connect(m_loginFlow, &LoginFlow::signedIn, this, &AppController::openMainWindow);
    connect(m_loginFlow, &LoginFlow::quitRequested, qApp, &QCoreApplication::quit,
            Qt::QueuedConnection);
    connect(m_connection, &ServerConnection::sessionEnded, this, &AppController::backToLogin);
    connect(m_connection, &ServerConnection::connectionFailed, this, [this](const QString &message) {
        if (m_mainWindow)
            backToLogin(message);
    });
    // The login flow shows the certificate warnings itself; the main window just goes away.
    connect(m_connection, &ServerConnection::certificateChanged, this, &AppController::closeMainWindow);
    connect(m_connection, &ServerConnection::certificateUnknown, this, &AppController::closeMainWindow);
}

AppController::~AppController()
{
    delete m_mainWindow;
}

void AppController::start()
{
    m_loginFlow->begin();
}

void AppController::openMainWindow()
{
    closeMainWindow();
    m_mainWindow = new MainWindow(m_connection);
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_mainWindow, &MainWindow::logoutRequested, this, [this] {
        m_connection->logout();
        backToLogin({});
    });
    m_mainWindow->show();
}

void AppController::closeMainWindow()
{
    if (!m_mainWindow)
        return;
    MainWindow *window = m_mainWindow;
    m_mainWindow = nullptr;
    window->hide();
    window->deleteLater();
}

void AppController::backToLogin(const QString &note)
{
    closeMainWindow();
    m_loginFlow->begin(note);
}

} // namespace ejournal::client

// Shared by the client GUI suites: a whole client (AppController) with its own settings and
// trust files, driven through its dialogs the way a user does, against a real TestServer.
#pragma once

#include "appcontroller.h"
#include "language.h"
#include "logindialog.h"
#include "loginflow.h"
#include "mainwindow.h"
#include "serverconnection.h"
#include "testserver.h"
#include "truststore.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

namespace clienttest {

using namespace ejournal::client;

inline const QString kHost = QStringLiteral("127.0.0.1");
constexpr int kTimeoutMs = 20000;

struct GuiClient
{
    QTemporaryDir dir;
    AppController app{ClientPaths{dir.filePath(QStringLiteral("settings.ini")),
                                  dir.filePath(QStringLiteral("trust.ini"))}};

    GuiClient() { app.start(); }

    LoginDialog *dialog() const { return app.loginFlow()->dialog(); }
    MainWindow *window() const { return app.mainWindow(); }
    ServerConnection *connection() const { return app.connection(); }
    QString pinned(const TestServer &server) const
    {
        return app.trustStore()->pinnedFingerprint(kHost, server.port());
    }
    void pin(const TestServer &server) const
    {
        app.trustStore()->pin(kHost, server.port(), server.fingerprint());
    }

    // Types the server address, port, login and password, then presses Return.
    void typeCredentials(quint16 port, const QString &login, const QString &password) const
    {
        LoginDialog *d = dialog();
        d->hostEdit()->clear();
        QTest::keyClicks(d->hostEdit(), kHost);
        d->portEdit()->selectAll();
        QTest::keyClicks(d->portEdit(), QString::number(port));
        d->loginEdit()->clear();
        QTest::keyClicks(d->loginEdit(), login);
        d->passwordEdit()->clear();
        QTest::keyClicks(d->passwordEdit(), password);
        QTest::keyClick(d->passwordEdit(), Qt::Key_Return);
    }

    // Signs in to a server whose certificate is pinned already and waits for the main window.
    void signIn(const TestServer &server, const QString &login, const QString &password) const
    {
        pin(server);
        typeCredentials(server.port(), login, password);
        QTRY_VERIFY_WITH_TIMEOUT(window() && window()->isVisible(), kTimeoutMs);
    }
};

// The entries of the main window's navigation, as shown.
inline QStringList navigationTitles(MainWindow *window)
{
    QStringList titles;
    for (int i = 0; i < window->navigation()->count(); ++i)
        titles.append(window->navigation()->item(i)->text());
    return titles;
}

} // namespace clienttest

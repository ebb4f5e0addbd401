// The main window: navigation on the left with the areas the user's roles allow, the
// current area's page on the right, the menus and the status bar. It only wires areas
// together; each area is its own page and model.
#pragma once

#include "aboutdialog.h"
#include "areas.h"
#include "changepassworddialog.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace ejournal::client {

class AreaPage;
class ConnectionIndicator;
class ServerConnection;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ServerConnection *connection, QWidget *parent = nullptr);

    AreaPage *page(Area area) const { return m_pages.value(area); }
    void showArea(Area area);
    QListWidget *navigation() const { return m_navigation; }
    ConnectionIndicator *connectionIndicator() const { return m_indicator; }
    // The dialogs open at the moment, if any (tests drive them).
    ChangePasswordDialog *changePasswordDialog() const { return m_passwordDialog; }
    AboutDialog *aboutDialog() const { return m_aboutDialog; }
    // Asks every page about its unsaved work; true when the user may sign out or quit.
    bool confirmLeave();

signals:
    void logoutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void openChangePassword();
    void openAbout();

    ServerConnection *m_connection;
    QList<Area> m_areas;
    QMap<Area, AreaPage *> m_pages;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    ConnectionIndicator *m_indicator = nullptr;
    QPointer<ChangePasswordDialog> m_passwordDialog;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace ejournal::client

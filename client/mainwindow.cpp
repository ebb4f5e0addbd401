// The main window's layout, menus and status bar.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "icons.h"
#include "areapage.h"
#include "changepassworddialog.h"
#include "connectionindicator.h"
#include "serverconnection.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>

namespace ejournal::client {

MainWindow::MainWindow(ServerConnection *connection, QWidget *parent)
    : QMainWindow(parent),
      m_connection(connection),
      m_areas(Areas::allowed(connection->session().roles)),
      m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Electronic journal — %1").arg(connection->session().school));
    setWindowIcon(applicationIcon());

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(base); padding: 10px 8px;"
        " border: none; border-right: 1px solid palette(midlight); }"
        "QListWidget#navigation::item { padding: 7px 10px; border-radius: 4px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));
    for (Area area : std::as_const(m_areas)) {
        new QListWidgetItem(Areas::icon(area), Areas::title(area), m_navigation);
        AreaPage *page = Areas::createPage(area, connection, m_stack);
        m_pages.insert(area, page);
        m_stack->addWidget(page);
    }
    m_navigation->setFixedWidth(qMax(200, m_navigation->sizeHintForColumn(0) + 48));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_stack->count())
            return;
        m_stack->setCurrentIndex(row);
        static_cast<AreaPage *>(m_stack->widget(row))->activate();
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createMenus();
    createStatusBar();
    m_navigation->setCurrentRow(0);
    m_navigation->setFocus();
    resize(1100, 700);
}

void MainWindow::showArea(Area area)
{
    const int row = int(m_areas.indexOf(area));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

bool MainWindow::confirmLeave()
{
    for (AreaPage *page : std::as_const(m_pages))
        if (!page->confirmLeave())
            return false;
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeave()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *changePassword = file->addAction(tr("&Change password…"), this,
                                              &MainWindow::openChangePassword);
    changePassword->setObjectName(QStringLiteral("actionChangePassword"));
    QAction *logout = file->addAction(tr("&Sign out"), this, [this] {
        if (confirmLeave())
            emit logoutRequested();
    });
    logout->setObjectName(QStringLiteral("actionLogout"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, [this] {
        if (confirmLeave())
            qApp->quit();
    });
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About…"), this, &MainWindow::openAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    const UserSession &session = m_connection->session();
    auto *user = new QLabel(tr("User: %1").arg(session.name), this);
    user->setObjectName(QStringLiteral("statusUser"));
    auto *server = new QLabel(tr("Server: %1:%2").arg(m_connection->host()).arg(m_connection->port()),
                              this);
    server->setObjectName(QStringLiteral("statusServer"));
    m_indicator = new ConnectionIndicator(m_connection, this);
    for (QLabel *label : {user, server})
        label->setContentsMargins(8, 2, 16, 2);
    statusBar()->setStyleSheet(QStringLiteral("QStatusBar { border-top: 1px solid palette(midlight); }"
                                              "QStatusBar::item { border: none; }"));
    statusBar()->addWidget(user);
    statusBar()->addWidget(server);
    statusBar()->addPermanentWidget(m_indicator);
}

void MainWindow::openChangePassword()
{
    if (m_passwordDialog) {
        m_passwordDialog->raise();
        return;
    }
    m_passwordDialog = new ChangePasswordDialog(m_connection, ChangePasswordDialog::Mode::Voluntary,
                                                this);
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_passwordDialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("The password has been changed."), 10000); });
    m_passwordDialog->open();
}

void MainWindow::openAbout()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(m_connection, this);
        m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_aboutDialog->open();
}

} // namespace ejournal::client

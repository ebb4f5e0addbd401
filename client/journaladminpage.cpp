// The journal settings page.
#include "journaladminpage.h"

#include "journaladmincorrections.h"
#include "journaladminscales.h"
#include "journaladminsharing.h"
#include "journaladminworktypes.h"
#include "serverconnection.h"

#include <QKeySequence>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ejournal::client {

JournalAdminPage::JournalAdminPage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent), m_tabs(new QTabWidget(this)),
      m_workTypes(new JournalAdminWorkTypes(connection, this)),
      m_scales(new JournalAdminScales(connection, this)), m_window(new JournalAdminWindow(connection, this))
{
    setObjectName(QStringLiteral("journalAdminPage"));
    m_tabs->setObjectName(QStringLiteral("journalAdminTabs"));
    m_tabs->addTab(m_workTypes, tr("&Kinds of work"));
    m_tabs->addTab(m_scales, tr("Mark &scales"));
    m_tabs->addTab(m_window, tr("Correction &window"));
    if (rolesGrant(connection->session().roles, Capability::JournalReview)) {
        m_corrections = new JournalAdminCorrections(connection, this);
        m_tabs->addTab(m_corrections, tr("&Late corrections"));
    }
    if (rolesGrant(connection->session().roles, Capability::ReportsManage)) {
        m_sharing = new JournalAdminSharing(connection, this);
        m_tabs->addTab(m_sharing, tr("Shared &reports"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(makeHeader(tr("Journal settings"),
                                 tr("Kinds of work and their weights in the average mark, the mark scale "
                                    "of each subject, how long marks may be corrected without a reason, "
                                    "and the corrections made later."),
                                 this));
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &JournalAdminPage::reloadCurrent);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &JournalAdminPage::reloadCurrent);
}

void JournalAdminPage::activate()
{
    reloadCurrent();
}

void JournalAdminPage::reloadCurrent()
{
    QWidget *current = m_tabs->currentWidget();
    if (current == m_workTypes)
        m_workTypes->reload();
    else if (current == m_scales)
        m_scales->reload();
    else if (current == m_window)
        m_window->reload();
    else if (current == m_corrections)
        m_corrections->reload();
    else if (current == m_sharing)
        m_sharing->reload();
}

} // namespace ejournal::client

// The people page: students, staff and the movement book.
#include "peoplepage.h"

#include "peoplebook.h"
#include "peopleform.h"
#include "peoplestaff.h"
#include "peoplestudents.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ejournal::client {

PeoplePage::PeoplePage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent), m_tabs(new QTabWidget(this)), m_students(new StudentsTab(connection, this)),
      m_staff(new StaffTab(connection, this)), m_book(new MovementBookTab(connection, this))
{
    m_tabs->setObjectName(QStringLiteral("peopleTabs"));
    m_tabs->addTab(m_students, tr("Students"));
    m_tabs->addTab(m_staff, tr("Staff"));
    m_tabs->addTab(m_book, tr("Movement book"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeHeader(tr("People"),
                                 tr("Students with their parents and personal files, the staff, "
                                    "and the movement book of admissions, transfers and "
                                    "withdrawals."),
                                 this));
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &PeoplePage::activateTab);
    addKey(this, QKeySequence::Refresh, [this] { activateTab(m_tabs->currentIndex()); });
}

void PeoplePage::activate()
{
    activateTab(m_tabs->currentIndex());
}

void PeoplePage::activateTab(int index)
{
    if (index == 0)
        m_students->activate();
    else if (index == 1)
        m_staff->activate();
    else
        m_book->activate();
}

} // namespace ejournal::client

// The changes and substitutions page: its tabs by the user's roles.
#include "changespage.h"

#include "changesdaytab.h"
#include "changeslessonstab.h"
#include "changesmytab.h"
#include "lessongentab.h"
#include "serverconnection.h"

#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ejournal::client {

ChangesPage::ChangesPage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent), m_tabs(new QTabWidget(this)), m_day(new ChangesDayTab(connection, this))
{
    setObjectName(QStringLiteral("changesPage"));
    m_tabs->setObjectName(QStringLiteral("changesTabs"));
    const QList<Role> roles = connection->session().roles;
    const bool manage = rolesGrant(roles, Capability::TimetableManage);
    const bool teaches = roles.contains(Role::Teacher) || roles.contains(Role::ClassTeacher);
    const bool staff = rolesGrant(roles, Capability::StructureRead);
    if (teaches)
        m_my = new ChangesMyTab(connection, this);
    if (staff)
        m_lessons = new ChangesLessonsTab(connection, manage, this);
    if (manage)
        m_generation = new LessonGenTab(connection, this);

    if (m_my)
        m_tabs->addTab(m_my, tr("&My lessons"));
    m_tabs->addTab(m_day, tr("The day's &changes"));
    if (m_lessons)
        m_tabs->addTab(m_lessons, manage ? tr("&Lessons and substitutions") : tr("&Lessons of the day"));
    if (m_generation)
        m_tabs->addTab(m_generation, tr("Lesson ca&lendar"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(makeHeader(
        tr("Changes and substitutions"),
        manage ? tr("Substitute teachers, move, cancel and merge lessons; everyone sees the "
                    "changes at once. Print the day's changes for the staff room.")
               : tr("Changes to the timetable as they are made: substitutions, moved and "
                    "cancelled lessons."),
        this));
    layout->addWidget(m_tabs, 1);

    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &ChangesPage::refresh);
}

void ChangesPage::activate()
{
    if (!m_activated && m_lessons)
        m_lessons->loadFilters();
    m_activated = true;
    refresh();
}

void ChangesPage::refresh()
{
    m_day->reload();
    if (m_lessons)
        m_lessons->reload();
    if (m_my)
        m_my->reload();
    if (m_generation)
        m_generation->loadYears();
}

} // namespace ejournal::client

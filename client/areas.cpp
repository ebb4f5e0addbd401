// The table of areas and their pages.
#include "areas.h"

#include "accountspage.h"
#include "auditpage.h"
#include "changespage.h"
#include "classespage.h"
#include "curriculumicons.h"
#include "curriculumpage.h"
#include "homepage.h"
#include "icons.h"
#include "journaladminpage.h"
#include "journalpage.h"
#include "paperpage.h"
#include "peoplepage.h"
#include "planicons.h"
#include "planpage.h"
#include "reportsicons.h"
#include "reportspage.h"
#include "serverpage.h"
#include "sessionspage.h"
#include "structurepage.h"
#include "timetablepage.h"

#include <array>

namespace ejournal::client {

namespace {
struct AreaSpec
{
    Area area;
    Capability capability;
};
constexpr std::array kAreas{
    AreaSpec{Area::Home, Capability::Authenticated},
    AreaSpec{Area::Journal, Capability::JournalRead},
    AreaSpec{Area::Plan, Capability::JournalRead},
    AreaSpec{Area::Timetable, Capability::TimetableRead},
    AreaSpec{Area::Changes, Capability::TimetableRead},
    AreaSpec{Area::Reports, Capability::ReportsRun},
    AreaSpec{Area::Paper, Capability::JournalRead},
    AreaSpec{Area::Structure, Capability::StructureRead},
    AreaSpec{Area::Classes, Capability::StructureRead},
    AreaSpec{Area::People, Capability::PeopleRead},
    AreaSpec{Area::Curriculum, Capability::StructureRead},
    AreaSpec{Area::Accounts, Capability::AccountsManage},
    AreaSpec{Area::JournalAdmin, Capability::JournalSettings},
    AreaSpec{Area::Server, Capability::ServerOperate},
    AreaSpec{Area::Sessions, Capability::SessionsManage},
    AreaSpec{Area::Audit, Capability::AuditRead},
};
} // namespace

QList<Area> Areas::allowed(const QList<Role> &roles)
{
    QList<Area> out;
    for (const AreaSpec &spec : kAreas)
        if (rolesGrant(roles, spec.capability))
            out.append(spec.area);
    return out;
}

QString Areas::title(Area area)
{
    switch (area) {
    case Area::Home:
        return tr("Home");
    case Area::Structure:
        return tr("School year");
    case Area::Classes:
        return tr("Classes and groups");
    case Area::People:
        return tr("People");
    case Area::Curriculum:
        return tr("Curriculum and load");
    case Area::Accounts:
        return tr("Accounts");
    case Area::Journal:
        return tr("Journal");
    case Area::Timetable:
        return tr("Timetable");
    case Area::Changes:
        return tr("Changes and substitutions");
    case Area::Sessions:
        return tr("Sessions");
    case Area::Audit:
        return tr("Audit log");
    case Area::Paper:
        return tr("Paper copies");
    case Area::Server:
        return tr("Server");
    case Area::Plan:
        return tr("Lesson plans");
    case Area::JournalAdmin:
        return tr("Journal settings");
    case Area::Reports:
        return tr("Reports");
    }
    return {};
}

QIcon Areas::icon(Area area)
{
    switch (area) {
    case Area::Home:
        return homeIcon();
    case Area::Structure:
        return journalIcon();
    case Area::Classes:
        return journalIcon();
    case Area::People:
        return peopleIcon();
    case Area::Curriculum:
        return curriculumIcon();
    case Area::Accounts:
        return peopleIcon();
    case Area::Journal:
        return journalIcon();
    case Area::Timetable:
        return journalIcon();
    case Area::Changes:
        return journalIcon();
    case Area::Sessions:
        return peopleIcon();
    case Area::Audit:
        return journalIcon();
    case Area::Paper:
        return journalIcon();
    case Area::Server:
        return homeIcon();
    case Area::Plan:
        return planIcon();
    case Area::JournalAdmin:
        return journalSettingsIcon();
    case Area::Reports:
        return reportsIcon();
    }
    return {};
}

AreaPage *Areas::createPage(Area area, ServerConnection *connection, QWidget *parent)
{
    switch (area) {
    case Area::Home:
        return new HomePage(connection, parent);
    case Area::Structure:
        return new StructurePage(connection, parent);
    case Area::Classes:
        return new ClassesPage(connection, parent);
    case Area::People:
        return new PeoplePage(connection, parent);
    case Area::Curriculum:
        return new CurriculumPage(connection, parent);
    case Area::Accounts:
        return new AccountsPage(connection, parent);
    case Area::Journal:
        return new JournalPage(connection, parent);
    case Area::Timetable:
        return new TimetablePage(connection, parent);
    case Area::Changes:
        return new ChangesPage(connection, parent);
    case Area::Sessions:
        return new SessionsPage(connection, parent);
    case Area::Audit:
        return new AuditPage(connection, parent);
    case Area::Paper:
        return new PaperCopiesPage(connection, parent);
    case Area::Server:
        return new ServerPage(connection, parent);
    case Area::Plan:
        return new PlanPage(connection, parent);
    case Area::JournalAdmin:
        return new JournalAdminPage(connection, parent);
    case Area::Reports:
        return new ReportsPage(connection, parent);
    }
    return nullptr;
}

} // namespace ejournal::client

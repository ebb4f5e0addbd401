// The table of areas and their pages.
#include "areas.h"

#include "auditpage.h"
#include "homepage.h"
#include "icons.h"
#include "sessionspage.h"

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
    case Area::Sessions:
        return tr("Sessions");
    case Area::Audit:
        return tr("Audit log");
    }
    return {};
}

QIcon Areas::icon(Area area)
{
    switch (area) {
    case Area::Home:
        return homeIcon();
    case Area::Sessions:
        return peopleIcon();
    case Area::Audit:
        return journalIcon();
    }
    return {};
}

AreaPage *Areas::createPage(Area area, ServerConnection *connection, QWidget *parent)
{
    switch (area) {
    case Area::Home:
        return new HomePage(connection, parent);
    case Area::Sessions:
        return new SessionsPage(connection, parent);
    case Area::Audit:
        return new AuditPage(connection, parent);
    }
    return nullptr;
}

} // namespace ejournal::client

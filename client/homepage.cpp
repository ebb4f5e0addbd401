// The home page's account summary.
#include "homepage.h"

#include "roletext.h"
#include "serverconnection.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

HomePage::HomePage(ServerConnection *connection, QWidget *parent) : AreaPage(parent)
{
    const UserSession &session = connection->session();

    auto *account = new QGroupBox(tr("Account"), this);
    m_name = valueLabel(session.name, account);
    m_name->setObjectName(QStringLiteral("userName"));
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_roles = valueLabel(RoleText::names(session.roles), account);
    m_roles->setObjectName(QStringLiteral("userRoles"));
    auto *form = new QFormLayout(account);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(8);
    form->addRow(tr("User:"), m_name);
    form->addRow(tr("Login:"), valueLabel(session.login, account));
    form->addRow(session.roles.size() == 1 ? tr("Role:") : tr("Roles:"), m_roles);
    form->addRow(tr("School:"), valueLabel(session.school, account));
    form->addRow(tr("Server:"), valueLabel(QStringLiteral("%1:%2").arg(connection->host())
                                               .arg(connection->port()), account));

    auto *duties = new QGroupBox(tr("What you can do"), this);
    auto *dutiesLayout = new QVBoxLayout(duties);
    dutiesLayout->setSpacing(8);
    for (Role role : session.roles) {
        auto *line = new QLabel(QStringLiteral("<b>%1.</b> %2")
                                    .arg(RoleText::name(role).toHtmlEscaped(),
                                         RoleText::duties(role).toHtmlEscaped()),
                                duties);
        line->setWordWrap(true);
        dutiesLayout->addWidget(line);
    }
    if (session.roles.isEmpty())
        dutiesLayout->addWidget(new QLabel(tr("No roles have been assigned to you yet. Contact "
                                              "the system administrator."), duties));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(makeHeader(tr("Welcome, %1!").arg(session.name),
                                 tr("You are signed in to the electronic journal: %1.")
                                     .arg(session.school),
                                 this));
    layout->addWidget(account);
    layout->addWidget(duties);
    layout->addStretch(1);
}

} // namespace ejournal::client

// The role checkboxes dialog.
#include "accountsrolesdialog.h"

#include "inlinemessage.h"
#include "roletext.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

QList<Role> AccountsRolesDialog::staffRoles()
{
    return {Role::Teacher, Role::ClassTeacher, Role::Deputy, Role::Director, Role::Psychologist,
            Role::SocialPedagogue, Role::Admin};
}

AccountsRolesDialog::AccountsRolesDialog(ServerConnection *connection, const QString &method,
                                         const QCborMap &params, AccountsText::Action action,
                                         const QStringList &roles, QWidget *parent)
    : QDialog(parent),
      m_connection(connection),
      m_method(method),
      m_params(params),
      m_action(action),
      m_intro(new QLabel(this)),
      m_rolesProblem(new QLabel(this)),
      m_message(new InlineMessage(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rolesDialog"));
    m_intro->setWordWrap(true);
    m_intro->hide();

    auto *group = new QGroupBox(tr("Roles"), this);
    auto *groupLayout = new QVBoxLayout(group);
    for (Role role : staffRoles()) {
        auto *box = new QCheckBox(RoleText::name(role), group);
        box->setObjectName(QStringLiteral("role_") + roleName(role));
        box->setToolTip(RoleText::duties(role));
        box->setChecked(roles.contains(roleName(role)));
        groupLayout->addWidget(box);
        m_boxes.insert(role, box);
        connect(box, &QCheckBox::toggled, m_rolesProblem, &QLabel::hide);
    }
    m_rolesProblem->setObjectName(QStringLiteral("rolesProblem"));
    m_rolesProblem->setWordWrap(true);
    m_rolesProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_rolesProblem->hide();
    groupLayout->addWidget(m_rolesProblem);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_intro);
    layout->addWidget(group);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountsRolesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AccountsRolesDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

QPushButton *AccountsRolesDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QStringList AccountsRolesDialog::checkedRoles() const
{
    QStringList out;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (it.value()->isChecked())
            out.append(roleName(it.key()));
    return out;
}

void AccountsRolesDialog::accept()
{
    const QStringList roles = checkedRoles();
    if (roles.isEmpty()) {
        m_rolesProblem->setText(tr("Choose at least one role."));
        m_rolesProblem->show();
        return;
    }
    QCborMap params = m_params;
    params.insert(QStringLiteral("roles"), QCborArray::fromStringList(roles));
    okButton()->setEnabled(false);
    m_message->clearMessage();
    m_connection->request(m_method, params, this, [this](const Reply &reply) {
        okButton()->setEnabled(true);
        if (!reply.ok()) {
            m_message->showError(AccountsText::error(reply, m_action));
            const QString problem = AccountsText::rolesProblem(reply, m_action);
            m_rolesProblem->setText(problem);
            m_rolesProblem->setVisible(!problem.isEmpty());
            return;
        }
        m_result = reply.result;
        QDialog::accept();
    });
}

} // namespace ejournal::client

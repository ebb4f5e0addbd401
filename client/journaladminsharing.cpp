// «Общие отчёты»: the roles whose members may share a report with the school (see the header).
#include "journaladminsharing.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "roletext.h"
#include "serverconnection.h"
#include "uistyle.h"

#include <QCborArray>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
// The staff roles that build reports (the others cannot run them).
const Role kStaffRoles[] = {Role::Director, Role::Deputy, Role::Teacher, Role::ClassTeacher};
} // namespace

JournalAdminSharing::JournalAdminSharing(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_save(new QPushButton(tr("&Save"), this)),
      m_message(new InlineMessage(this))
{
    m_save->setObjectName(QStringLiteral("saveShareRoles"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Who may share their reports with the whole school:"), this);
    layout->addWidget(title);
    for (Role role : kStaffRoles) {
        auto *box = new QCheckBox(RoleText::name(role), this);
        box->setObjectName(QStringLiteral("share_") + roleName(role));
        m_boxes.insert(role, box);
        layout->addWidget(box);
    }
    auto *note = new QLabel(tr("A shared report appears under «Общие» on every colleague's «Отчёты» "
                               "page; each sees in it only the rows they may read. The deputy and "
                               "the administrator may stop sharing any report."), this);
    note->setWordWrap(true);
    makeSecondary(note);
    layout->addWidget(note);
    auto *row = new QHBoxLayout;
    row->addWidget(m_save);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, &JournalAdminSharing::save);
}

void JournalAdminSharing::reload()
{
    m_connection->request(QStringLiteral("reports.settings"), {}, this, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        showRoles(reply.result.toMap().value(QLatin1String("shareRoles")));
    });
}

void JournalAdminSharing::showRoles(const QCborValue &roles)
{
    QList<Role> chosen;
    for (const QCborValue &name : roles.toArray()) {
        Role role;
        if (roleFromName(name.toString(), &role))
            chosen.append(role);
    }
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(chosen.contains(it.key()));
}

void JournalAdminSharing::save()
{
    QCborArray roles;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (it.value()->isChecked())
            roles.append(roleName(it.key()));
    m_save->setEnabled(false);
    m_connection->request(QStringLiteral("reports.setSettings"), {{QStringLiteral("shareRoles"), roles}},
                          this, [this](const Reply &reply) {
                              m_save->setEnabled(true);
                              if (!reply.ok()) {
                                  m_message->showError(ErrorText::forReply(reply));
                                  return;
                              }
                              showRoles(reply.result.toMap().value(QLatin1String("shareRoles")));
                              m_message->showInfo(tr("Saved."));
                          });
}

} // namespace ejournal::client

// The password change dialog: checks the rules locally, then asks the server.
#include "changepassworddialog.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "passwordrules.h"
#include "serverconnection.h"
#include "uistyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

ChangePasswordDialog::ChangePasswordDialog(ServerConnection *connection, Mode mode, QWidget *parent)
    : QDialog(parent),
      m_connection(connection),
      m_old(new QLineEdit(this)),
      m_new(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)),
      m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Password change"));
    setWindowModality(Qt::WindowModal);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(mode == Mode::Required
                       ? tr("You signed in with a temporary password. Choose your own password "
                            "before you start working.")
                       : tr("Your other sessions will be ended when the password changes."));

    for (QLineEdit *edit : {m_old, m_new, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_old->setObjectName(QStringLiteral("oldPassword"));
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));

    auto *rules = new QLabel(PasswordRules::summary(), this);
    rules->setWordWrap(true);
    makeSecondary(rules);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Current password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat the new password:"), m_repeat);

    auto *buttons = new QDialogButtonBox(this);
    m_change = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePassword"));
    m_change->setDefault(true);
    m_cancel = buttons->addButton(mode == Mode::Required ? tr("Sign out") : tr("Cancel"),
                                  QDialogButtonBox::RejectRole);
    connect(m_change, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    m_message->setObjectName(QStringLiteral("changePasswordMessage"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(14);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(rules);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_old->setFocus();
}

void ChangePasswordDialog::submit()
{
    const QString problem = PasswordRules::problem(m_old->text(), m_new->text(), m_repeat->text());
    if (!problem.isEmpty()) {
        m_message->showError(problem);
        return;
    }
    setBusy(true);
    const QCborMap params{{QStringLiteral("old"), m_old->text()},
                          {QStringLiteral("new"), m_new->text()}};
    m_connection->request(QStringLiteral("auth.changePassword"), params, this,
                          [this](const Reply &reply) {
                              setBusy(false);
                              if (reply.ok()) {
                                  accept();
                                  return;
                              }
                              const QCborMap details = reply.error.details;
                              if (reply.isError(ErrorCode::Invalid)
                                  && details.contains(QLatin1String("old"))) {
                                  m_message->showError(tr("The current password is wrong."));
                                  m_old->selectAll();
                                  m_old->setFocus();
                              } else if (reply.isError(ErrorCode::Invalid)) {
                                  m_message->showError(
                                      tr("The server did not accept the new password. %1 It must "
                                         "differ from the current one.")
                                          .arg(PasswordRules::summary()));
                                  m_new->setFocus();
                              } else {
                                  m_message->showError(ErrorText::forReply(reply));
                              }
                          });
}

void ChangePasswordDialog::setBusy(bool busy)
{
    for (QWidget *w : QList<QWidget *>{m_old, m_new, m_repeat, m_change})
        w->setEnabled(!busy);
    if (busy)
        m_message->showInfo(tr("Changing the password…"));
    else
        m_message->clearMessage();
}

} // namespace ejournal::client

// Role checkboxes (staff roles, in the user's language) for one staff member: used to issue
// an account (accounts.issue) and to change an account's roles (accounts.setRoles). The
// dialog sends the request itself and stays open with the problem shown when it is refused.
#pragma once

#include "access.h"
#include "accountstext.h"

#include <QCborMap>
#include <QCborValue>
#include <QDialog>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;
class QLabel;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;

class AccountsRolesDialog : public QDialog
{
    Q_OBJECT
public:
    // Sends method(params + {roles}) on OK; action chooses how refusals are explained.
    AccountsRolesDialog(ServerConnection *connection, const QString &method, const QCborMap &params,
                        AccountsText::Action action, const QStringList &roles,
                        QWidget *parent = nullptr);

    void setIntro(const QString &text);
    QCheckBox *checkBox(Role role) const { return m_boxes.value(role); }
    QPushButton *okButton() const;
    QStringList checkedRoles() const;
    // The server's answer after a successful request.
    QCborValue result() const { return m_result; }

    void accept() override;

    // The staff roles an account may have, in the order shown.
    static QList<Role> staffRoles();

private:
    ServerConnection *m_connection;
    QString m_method;
    QCborMap m_params;
    AccountsText::Action m_action;
    QLabel *m_intro;
    QMap<Role, QCheckBox *> m_boxes;
    QLabel *m_rolesProblem;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
    QCborValue m_result;
};

} // namespace ejournal::client

// «Accounts»: the logins of staff, students and parents with a class filter and search;
// issuing access to people without an account (one person or a whole class), resetting a
// forgotten password, blocking with Undo, roles (administrators), and the CSV import.
#pragma once

#include "accountsclasses.h"
#include "accountscredentialsdialog.h"
#include "accountsrolesdialog.h"
#include "areapage.h"
#include "importwizard.h"

#include <QCborMap>
#include <QMessageBox>
#include <QPointer>

#include <functional>

class QComboBox;
class QPushButton;
class QTabWidget;

namespace ejournal::client {

class AccountsCandidates;
class InlineMessage;
class RecordsModel;
class RecordsTable;
class ServerConnection;

class AccountsPage : public AreaPage
{
    Q_OBJECT
public:
    explicit AccountsPage(ServerConnection *connection, QWidget *parent = nullptr);

    void activate() override;

    QComboBox *classFilter() const { return m_class; }
    QTabWidget *tabs() const { return m_tabs; }
    RecordsTable *accountsTable() const { return m_accounts; }
    RecordsTable *peopleTable() const { return m_people; }
    QPushButton *issueButton() const { return m_issue; }
    QPushButton *issueClassButton() const { return m_issueClass; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *blockButton() const { return m_block; }
    QPushButton *rolesButton() const { return m_roles; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *undoButton() const { return m_undo; }
    InlineMessage *message() const { return m_message; }
    bool isLoading() const;
    // The dialogs the page opened last (null when closed).
    AccountsCredentialsDialog *credentialsDialog() const { return m_credentials; }
    AccountsRolesDialog *rolesDialog() const { return m_rolesDialog; }
    QMessageBox *confirmation() const { return m_confirmation; }
    ImportWizard *importWizard() const { return m_wizard; }

signals:
    void listsLoaded();

private:
    bool isAdmin() const;
    void setClasses(const QList<ClassChoice> &classes);
    qint64 classId() const;
    QString className() const;
    void reloadLists();
    void updateButtons();
    void updateCounts();
    void showInfo(const QString &text, bool undo = false);
    void showError(const QString &text);
    void confirm(const QString &title, const QString &text, const QString &action,
                 const std::function<void()> &yes);

    void issueSelected();
    void issued(const QCborMap &person, const QCborMap &result);
    void issueForClass();
    void resetPassword();
    void toggleBlocked();
    void setBlocked(qint64 userId, const QString &name, bool blocked, bool undoable);
    void editRoles();
    void openImport();
    void showCredentials(const QList<Credential> &credentials);

    ServerConnection *m_connection;
    AccountsClasses *m_classes;
    AccountsCandidates *m_candidates;
    RecordsModel *m_accountsModel;
    RecordsModel *m_peopleModel;
    QComboBox *m_class;
    QTabWidget *m_tabs;
    RecordsTable *m_accounts;
    RecordsTable *m_people;
    QPushButton *m_issue;
    QPushButton *m_issueClass;
    QPushButton *m_reset;
    QPushButton *m_block;
    QPushButton *m_roles;
    QPushButton *m_import;
    QPushButton *m_refresh;
    QPushButton *m_undo;
    InlineMessage *m_message;
    bool m_classesLoaded = false;
    bool m_peopleLoading = false;
    std::function<void()> m_undoAction;
    QPointer<AccountsCredentialsDialog> m_credentials;
    QPointer<AccountsRolesDialog> m_rolesDialog;
    QPointer<QMessageBox> m_confirmation;
    QPointer<ImportWizard> m_wizard;
};

} // namespace ejournal::client

// The accounts page.
#include "accountspage.h"

#include "accountscandidates.h"
#include "accountscredentialsdialog.h"
#include "accountsrolesdialog.h"
#include "accountstext.h"
#include "displaytime.h"
#include "importwizard.h"
#include "inlinemessage.h"
#include "recordsmodel.h"
#include "recordstable.h"
#include "roletext.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace ejournal::client {

namespace {
QString yesOrEmpty(const QCborMap &row, const QString &key)
{
    return row.value(key).toBool() ? AccountsPage::tr("yes") : QString();
}

QString roleNames(const QCborMap &row)
{
    QStringList names;
    for (const QCborValue &role : row.value(QStringLiteral("roles")).toArray())
        names.append(role.toString());
    return RoleText::names(rolesFromNames(names));
}

QList<RecordsModel::Column> accountColumns()
{
    return {
        {QStringLiteral("fullName"), AccountsPage::tr("Full name")},
        {QStringLiteral("kind"), AccountsPage::tr("Kind"),
         [](const QCborMap &row) { return CredentialSlips::kindName(row.value(QStringLiteral("kind")).toString()); }},
        {QStringLiteral("login"), AccountsPage::tr("Login")},
        {QStringLiteral("roles"), AccountsPage::tr("Roles"), roleNames},
        {QStringLiteral("blocked"), AccountsPage::tr("Blocked"),
         [](const QCborMap &row) { return yesOrEmpty(row, QStringLiteral("blocked")); }},
        {QStringLiteral("mustChangePassword"), AccountsPage::tr("Must change password"),
         [](const QCborMap &row) { return yesOrEmpty(row, QStringLiteral("mustChangePassword")); }},
        {QStringLiteral("lastLogin"), AccountsPage::tr("Last sign-in"),
         [](const QCborMap &row) {
             const QCborValue at = row.value(QStringLiteral("lastLogin"));
             return at.isString() ? displayDateTime(parseServerTime(at.toString()))
                                  : AccountsPage::tr("never");
         }},
    };
}

QList<RecordsModel::Column> peopleColumns()
{
    return {
        {QStringLiteral("fullName"), AccountsPage::tr("Full name")},
        {QStringLiteral("kind"), AccountsPage::tr("Kind"),
         [](const QCborMap &row) { return CredentialSlips::kindName(row.value(QStringLiteral("kind")).toString()); }},
        {QStringLiteral("className"), AccountsPage::tr("Class")},
        {QStringLiteral("note"), AccountsPage::tr("Details")},
    };
}

QPushButton *button(const QString &text, const char *name, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setToolTip(tip);
    return b;
}
} // namespace

AccountsPage::AccountsPage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent),
      m_connection(connection),
      m_classes(new AccountsClasses(connection, isAdmin(), this)),
      m_candidates(new AccountsCandidates(connection, this)),
      m_accountsModel(new RecordsModel(connection, accountColumns(), this)),
      m_peopleModel(new RecordsModel(connection, peopleColumns(), this)),
      m_class(new QComboBox(this)),
      m_tabs(new QTabWidget(this)),
      m_accounts(new RecordsTable(m_accountsModel, this)),
      m_people(new RecordsTable(m_peopleModel, this)),
      m_issue(button(tr("&Issue access…"), "issueAccess",
                     tr("Create a login and a temporary password for the selected person (Insert)"), this)),
      m_issueClass(button(tr("Issue access to the whole &class"), "issueForClass",
                          tr("Accounts for every student of the class and their parents who have none yet"), this)),
      m_reset(button(tr("&Reset password"), "resetPassword",
                     tr("Give the selected account a new temporary password"), this)),
      m_block(button(tr("&Block"), "blockAccount", {}, this)),
      m_roles(button(tr("R&oles…"), "editRoles", tr("Change what the staff member may do"), this)),
      m_import(button(tr("Import from CS&V…"), "importCsv",
                      tr("Add students with their parents, or staff, from a spreadsheet file"), this)),
      m_refresh(button(tr("Re&fresh"), "refreshAccounts", tr("Reload the lists (F5)"), this)),
      m_undo(button(tr("&Undo"), "undoBlock", tr("Reverse the last change"), this)),
      m_message(new InlineMessage(this))
{
    m_class->setObjectName(QStringLiteral("classFilter"));
    m_class->setMinimumWidth(140);
    m_accounts->setObjectName(QStringLiteral("accountsTable"));
    m_people->setObjectName(QStringLiteral("peopleTable"));
    for (const auto &[table, widths] : {std::pair{m_accounts, QList<int>{260, 110, 130, 300, 120, 170}},
                                        std::pair{m_people, QList<int>{260, 110, 80}}})
        for (int column = 0; column < widths.size(); ++column)
            table->view()->horizontalHeader()->resizeSection(column, widths.at(column));
    m_roles->setVisible(isAdmin());
    m_import->setVisible(isAdmin());
    m_undo->hide();

    auto *classLabel = new QLabel(tr("C&lass:"), this);
    classLabel->setBuddy(m_class);
    auto *top = new QHBoxLayout;
    top->addWidget(classLabel);
    top->addWidget(m_class);
    top->addWidget(m_issueClass);
    top->addStretch(1);
    top->addWidget(m_import);
    top->addWidget(m_refresh);

    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_undo);

    auto *accountsTab = new QWidget(m_tabs);
    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_reset);
    accountButtons->addWidget(m_block);
    accountButtons->addWidget(m_roles);
    accountButtons->addStretch(1);
    auto *accountsLayout = new QVBoxLayout(accountsTab);
    accountsLayout->addLayout(accountButtons);
    accountsLayout->addWidget(m_accounts, 1);

    auto *peopleTab = new QWidget(m_tabs);
    auto *peopleButtons = new QHBoxLayout;
    peopleButtons->addWidget(m_issue);
    auto *hint = new QLabel(isAdmin() ? tr("Parents are listed when a class is chosen.") : QString(), peopleTab);
    hint->setObjectName(QStringLiteral("peopleHint"));
    peopleButtons->addWidget(hint);
    peopleButtons->addStretch(1);
    auto *peopleLayout = new QVBoxLayout(peopleTab);
    peopleLayout->addLayout(peopleButtons);
    peopleLayout->addWidget(m_people, 1);
    m_tabs->addTab(accountsTab, tr("Accounts"));
    m_tabs->addTab(peopleTab, tr("Without an account"));
    connect(m_class, &QComboBox::currentIndexChanged, hint, [this, hint] {
        hint->setVisible(isAdmin() && classId() == 0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeHeader(
        tr("Accounts"),
        isAdmin() ? tr("Logins of staff, students and parents. Issue access to people who have none, "
                       "reset forgotten passwords, block accounts, import people from a CSV file. "
                       "New passwords are shown once, on slips to print and hand out.")
                  : tr("Logins of the students and parents of your class. Issue access, reset "
                       "forgotten passwords, block accounts. New passwords are shown once, on "
                       "slips to print and hand out."),
        this));
    layout->addLayout(top);
    layout->addLayout(messageRow);
    layout->addWidget(m_tabs, 1);

    connect(m_classes, &AccountsClasses::loaded, this, &AccountsPage::setClasses);
    connect(m_classes, &AccountsClasses::failed, this, &AccountsPage::showError);
    connect(m_class, &QComboBox::activated, this, &AccountsPage::reloadLists);
    connect(m_refresh, &QPushButton::clicked, this, &AccountsPage::reloadLists);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, this, &AccountsPage::reloadLists);
    auto *insertKey = new QShortcut(QKeySequence(Qt::Key_Insert), m_people);
    insertKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insertKey, &QShortcut::activated, this, &AccountsPage::issueSelected);

    connect(m_accountsModel, &RecordsModel::loaded, this, &AccountsPage::updateCounts);
    connect(m_accountsModel, &RecordsModel::failed, this, &AccountsPage::showError);
    connect(m_candidates, &AccountsCandidates::loaded, this, [this](const QCborArray &rows) {
        const QCborValue key = m_people->currentRecord().value(QStringLiteral("key"));
        m_peopleModel->setRows(rows);
        m_people->selectId(key, QStringLiteral("key"));
        m_peopleLoading = false;
        updateCounts();
    });
    connect(m_candidates, &AccountsCandidates::failed, this, [this](const QString &text) {
        m_peopleLoading = false;
        showError(text);
    });
    connect(m_accounts, &RecordsTable::currentChanged, this, &AccountsPage::updateButtons);
    connect(m_people, &RecordsTable::currentChanged, this, &AccountsPage::updateButtons);
    connect(m_accountsModel, &RecordsModel::modelReset, this, &AccountsPage::updateButtons);
    connect(m_peopleModel, &RecordsModel::modelReset, this, &AccountsPage::updateButtons);
    connect(m_people, &RecordsTable::activated, this, &AccountsPage::issueSelected);

    connect(m_issue, &QPushButton::clicked, this, &AccountsPage::issueSelected);
    connect(m_issueClass, &QPushButton::clicked, this, &AccountsPage::issueForClass);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPage::resetPassword);
    connect(m_block, &QPushButton::clicked, this, &AccountsPage::toggleBlocked);
    connect(m_roles, &QPushButton::clicked, this, &AccountsPage::editRoles);
    connect(m_import, &QPushButton::clicked, this, &AccountsPage::openImport);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_undo->hide();
        if (m_undoAction)
            std::exchange(m_undoAction, {})();
    });
    updateButtons();
    updateCounts();
}

bool AccountsPage::isAdmin() const
{
    return m_connection->session().roles.contains(Role::Admin);
}

bool AccountsPage::isLoading() const
{
    return !m_classesLoaded || m_accountsModel->isLoading() || m_peopleLoading;
}

void AccountsPage::activate()
{
    if (m_classesLoaded)
        reloadLists();
    else
        m_classes->load();
}

void AccountsPage::setClasses(const QList<ClassChoice> &classes)
{
    m_class->clear();
    if (isAdmin())
        m_class->addItem(tr("All classes"), 0);
    for (const ClassChoice &choice : classes)
        m_class->addItem(choice.name, choice.id);
    m_classesLoaded = true;
    if (m_class->count() == 0) {
        m_class->setEnabled(false);
        showError(tr("You are not the class teacher of any class this year, so there are no "
                     "accounts for you to manage here."));
        updateButtons();
        return;
    }
    reloadLists();
}

qint64 AccountsPage::classId() const
{
    return m_class->currentData().toLongLong();
}

QString AccountsPage::className() const
{
    return classId() == 0 ? QString() : m_class->currentText();
}

void AccountsPage::reloadLists()
{
    if (!m_classesLoaded || m_class->count() == 0)
        return;
    const QCborValue userId = m_accounts->currentRecord().value(QStringLiteral("userId"));
    QCborMap params;
    if (classId() != 0)
        params.insert(QStringLiteral("classId"), classId());
    m_accountsModel->load(QStringLiteral("accounts.list"), params);
    connect(m_accountsModel, &RecordsModel::loaded, this, [this, userId] {
        m_accounts->selectId(userId, QStringLiteral("userId"));
        if (!isLoading())
            emit listsLoaded();
    }, Qt::SingleShotConnection);
    m_peopleLoading = true;
    m_candidates->load(classId(), className(), isAdmin() && classId() == 0);
    connect(m_candidates, &AccountsCandidates::loaded, this, [this] {
        if (!isLoading())
            emit listsLoaded();
    }, Qt::SingleShotConnection);
}

void AccountsPage::updateButtons()
{
    const QCborMap account = m_accounts->currentRecord();
    const bool hasAccount = !account.isEmpty();
    const bool own = account.value(QStringLiteral("userId")).toInteger() == m_connection->session().userId;
    const QString kind = account.value(QStringLiteral("kind")).toString();
    m_reset->setEnabled(hasAccount && !own);
    m_block->setEnabled(hasAccount && !own);
    const bool blocked = account.value(QStringLiteral("blocked")).toBool();
    m_block->setText(blocked ? tr("Un&block") : tr("&Block"));
    m_block->setToolTip(blocked ? tr("Allow the account to sign in again")
                                : tr("Stop the account from signing in; its open sessions end"));
    m_roles->setEnabled(hasAccount && kind != QLatin1String("student") && kind != QLatin1String("guardian"));
    m_issue->setEnabled(!m_people->currentRecord().isEmpty());
    m_issueClass->setEnabled(m_class->count() > 0 && classId() != 0);
}

void AccountsPage::updateCounts()
{
    m_tabs->setTabText(0, tr("Accounts (%1)").arg(m_accountsModel->rowCount()));
    m_tabs->setTabText(1, tr("Without an account (%1)").arg(m_peopleModel->rowCount()));
}

void AccountsPage::showInfo(const QString &text, bool undo)
{
    m_message->showInfo(text);
    m_undo->setVisible(undo);
    if (!undo)
        m_undoAction = {};
}

void AccountsPage::showError(const QString &text)
{
    m_message->showError(text);
    m_undo->hide();
    m_undoAction = {};
}

void AccountsPage::confirm(const QString &title, const QString &text, const QString &action,
                           const std::function<void()> &yes)
{
    m_confirmation = new QMessageBox(QMessageBox::NoIcon, title, text, QMessageBox::NoButton, this);
    m_confirmation->setObjectName(QStringLiteral("accountsConfirmation"));
    QPushButton *ok = m_confirmation->addButton(action, QMessageBox::AcceptRole);
    m_confirmation->addButton(QMessageBox::Cancel);
    m_confirmation->setDefaultButton(ok);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(ok, &QPushButton::clicked, this, yes);
    m_confirmation->open();
}

void AccountsPage::issueSelected()
{
    const QCborMap person = m_people->currentRecord();
    if (person.isEmpty())
        return;
    const QString kind = person.value(QStringLiteral("kind")).toString();
    const QCborMap params{{QStringLiteral("kind"), kind},
                          {QStringLiteral("personId"), person.value(QStringLiteral("personId"))}};
    if (kind != QLatin1String("staff")) {
        m_issue->setEnabled(false);
        m_connection->request(QStringLiteral("accounts.issue"), params, this, [this, person](const Reply &reply) {
            updateButtons();
            if (!reply.ok())
                showError(AccountsText::error(reply, AccountsText::Action::Issue));
            else
                issued(person, reply.result.toMap());
        });
        return;
    }
    m_rolesDialog = new AccountsRolesDialog(m_connection, QStringLiteral("accounts.issue"), params,
                                            AccountsText::Action::Issue, {roleName(Role::Teacher)}, this);
    m_rolesDialog->setWindowTitle(tr("Issue access"));
    m_rolesDialog->setIntro(tr("A login and a temporary password for <b>%1</b>. Choose what the "
                               "staff member may do in the journal.")
                                .arg(person.value(QStringLiteral("fullName")).toString().toHtmlEscaped()));
    m_rolesDialog->okButton()->setText(tr("Issue access"));
    m_rolesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_rolesDialog, &QDialog::accepted, this, [this, person, dialog = m_rolesDialog] {
        issued(person, dialog->result().toMap());
    });
    m_rolesDialog->open();
}

void AccountsPage::issued(const QCborMap &person, const QCborMap &result)
{
    const Credential credential = Credential::fromReply(result, person.value(QStringLiteral("kind")).toString(),
                                                        person.value(QStringLiteral("className")).toString());
    showInfo(tr("Access issued to %1, login %2.").arg(credential.fullName, credential.login));
    showCredentials({credential});
    reloadLists();
}

void AccountsPage::issueForClass()
{
    if (classId() == 0)
        return;
    const qint64 id = classId();
    const QString name = className();
    confirm(tr("Issue access to the whole class"),
            tr("Create accounts for every student of %1 and for their parents who have no "
               "account yet?").arg(name),
            tr("Issue access"), [this, id, name] {
        m_connection->request(QStringLiteral("accounts.issueForClass"), {{QStringLiteral("classId"), id}},
                              this, [this, name](const Reply &reply) {
            if (!reply.ok()) {
                showError(AccountsText::error(reply, AccountsText::Action::Issue));
                return;
            }
            QList<Credential> credentials;
            for (const QCborValue &value : reply.result.toArray())
                credentials.append(Credential::fromReply(value.toMap(), {}, name));
            if (credentials.isEmpty()) {
                showInfo(tr("Everybody in %1 and all their parents already have an account.").arg(name));
                return;
            }
            showInfo(tr("%n account(s) issued for %1.", nullptr, int(credentials.size())).arg(name));
            showCredentials(credentials);
            reloadLists();
        });
    });
}

void AccountsPage::resetPassword()
{
    const QCborMap account = m_accounts->currentRecord();
    if (account.isEmpty() || !m_reset->isEnabled())
        return;
    const QString name = account.value(QStringLiteral("fullName")).toString();
    confirm(tr("Reset password"),
            tr("Give %1 (%2) a new temporary password? The old password stops working and the "
               "user's open sessions end.").arg(name, account.value(QStringLiteral("login")).toString()),
            tr("Reset password"), [this, account, name] {
        m_connection->request(QStringLiteral("accounts.resetPassword"),
                              {{QStringLiteral("userId"), account.value(QStringLiteral("userId"))}},
                              this, [this, account, name](const Reply &reply) {
            if (!reply.ok()) {
                showError(AccountsText::error(reply, AccountsText::Action::Reset));
                return;
            }
            const QCborMap result = reply.result.toMap();
            showInfo(tr("%1 has a new temporary password.").arg(name));
            showCredentials({Credential{name, account.value(QStringLiteral("kind")).toString(), className(),
                                        result.value(QStringLiteral("login")).toString(),
                                        result.value(QStringLiteral("password")).toString()}});
            reloadLists();
        });
    });
}

void AccountsPage::toggleBlocked()
{
    const QCborMap account = m_accounts->currentRecord();
    if (account.isEmpty() || !m_block->isEnabled())
        return;
    setBlocked(account.value(QStringLiteral("userId")).toInteger(),
               account.value(QStringLiteral("fullName")).toString(),
               !account.value(QStringLiteral("blocked")).toBool(), true);
}

void AccountsPage::setBlocked(qint64 userId, const QString &name, bool blocked, bool undoable)
{
    m_block->setEnabled(false);
    m_connection->request(QStringLiteral("accounts.setBlocked"),
                          {{QStringLiteral("userId"), userId}, {QStringLiteral("blocked"), blocked}}, this,
                          [this, userId, name, blocked, undoable](const Reply &reply) {
        updateButtons();
        if (!reply.ok()) {
            showError(AccountsText::error(reply, AccountsText::Action::Block));
            return;
        }
        if (undoable) {
            showInfo(blocked ? tr("The account of %1 is blocked: they cannot sign in.").arg(name)
                             : tr("The account of %1 is unblocked.").arg(name), true);
            m_undoAction = [this, userId, name, blocked] { setBlocked(userId, name, !blocked, false); };
        } else {
            showInfo(blocked ? tr("Undone: the account of %1 is blocked again.").arg(name)
                             : tr("Undone: the account of %1 is unblocked again.").arg(name));
        }
        reloadLists();
    });
}

void AccountsPage::editRoles()
{
    const QCborMap account = m_accounts->currentRecord();
    if (account.isEmpty() || !m_roles->isEnabled())
        return;
    QStringList roles;
    for (const QCborValue &role : account.value(QStringLiteral("roles")).toArray())
        roles.append(role.toString());
    m_rolesDialog = new AccountsRolesDialog(m_connection, QStringLiteral("accounts.setRoles"),
                                            {{QStringLiteral("userId"), account.value(QStringLiteral("userId"))}},
                                            AccountsText::Action::Roles, roles, this);
    m_rolesDialog->setWindowTitle(tr("Roles"));
    m_rolesDialog->setIntro(tr("What <b>%1</b> (%2) may do in the journal.")
                                .arg(account.value(QStringLiteral("fullName")).toString().toHtmlEscaped(),
                                     account.value(QStringLiteral("login")).toString().toHtmlEscaped()));
    m_rolesDialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = account.value(QStringLiteral("fullName")).toString();
    connect(m_rolesDialog, &QDialog::accepted, this, [this, name] {
        showInfo(tr("The roles of %1 are saved.").arg(name));
        reloadLists();
    });
    m_rolesDialog->open();
}

void AccountsPage::openImport()
{
    m_wizard = new ImportWizard(m_connection, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ImportWizard::imported, this, [this](const QString &summary) {
        showInfo(summary);
        reloadLists();
    });
    m_wizard->open();
}

void AccountsPage::showCredentials(const QList<Credential> &credentials)
{
    m_credentials = new AccountsCredentialsDialog(m_connection, credentials, this);
    m_credentials->setAttribute(Qt::WA_DeleteOnClose);
    m_credentials->open();
}

} // namespace ejournal::client

// The staff tab of the people page.
#include "peoplestaff.h"

#include "errortext.h"
#include "peopledialogs.h"
#include "peopletext.h"
#include "peopleundo.h"
#include "recordstable.h"
#include "roletext.h"
#include "serverconnection.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
QPushButton *button(const QString &text, const char *name, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    return b;
}
QString rolesText(const QCborMap &row)
{
    QStringList names;
    for (const QCborValue &role : row.value(QLatin1String("roles")).toArray())
        names.append(role.toString());
    return RoleText::names(rolesFromNames(names));
}
bool isArchived(const QCborMap &row)
{
    return row.value(QLatin1String("archived")).toBool();
}
} // namespace

StaffTab::StaffTab(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection),
      m_showArchived(new QCheckBox(tr("Show archived"), this)), m_count(new QLabel(this)),
      m_message(new UndoMessage(this))
{
    m_model = new RecordsModel(connection, {
        {QStringLiteral("fullName"), tr("Full name")},
        {QStringLiteral("position"), tr("Position")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("login"), tr("Login")},
        {QStringLiteral("roles"), tr("Roles"), rolesText},
        {QStringLiteral("archived"), tr("Archived"),
         [](const QCborMap &row) { return isArchived(row) ? tr("archived") : QString(); }},
    }, this);
    m_table = new RecordsTable(m_model, this);
    m_table->setObjectName(QStringLiteral("staff"));
    fitColumns(m_table);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    m_new = button(tr("&New staff member"), "newStaff", tr("Add a staff member (Insert)"), this);
    m_edit = button(tr("&Edit"), "editStaff", tr("Change the selected person (F2)"), this);
    m_archive = button(tr("&Archive"), "archiveStaff", tr("The person has left the school (Delete)"), this);
    auto *refresh = button(tr("&Refresh"), "refresh", tr("Reload the list (F5)"), this);
    const bool manage = rolesGrant(connection->session().roles, Capability::PeopleManage);
    for (QPushButton *b : {m_new, m_edit, m_archive})
        b->setVisible(manage);

    auto *top = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_archive, refresh})
        top->addWidget(b);
    top->addSpacing(12);
    top->addWidget(m_showArchived);
    top->addStretch(1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(refresh, &QPushButton::clicked, this, &StaffTab::reload);
    connect(m_showArchived, &QCheckBox::toggled, this, &StaffTab::reload);
    connect(m_new, &QPushButton::clicked, this, &StaffTab::newStaff);
    connect(m_edit, &QPushButton::clicked, this, &StaffTab::editStaff);
    connect(m_archive, &QPushButton::clicked, this, &StaffTab::archiveStaff);
    connect(m_table, &RecordsTable::currentChanged, this, &StaffTab::updateButtons);
    if (manage) {
        connect(m_table, &RecordsTable::activated, this, &StaffTab::editStaff);
        addKey(this, QKeySequence(Qt::Key_Insert), [this] { newStaff(); });
        addKey(this, QKeySequence(Qt::Key_F2), [this] { editStaff(); });
        addKey(m_table, QKeySequence::Delete, [this] { archiveStaff(); });
    }
    connect(m_model, &RecordsModel::failed, m_message, &UndoMessage::showError);
    connect(m_model, &RecordsModel::loaded, this, [this] {
        m_count->setText(tr("%n staff member(s)", nullptr, m_model->rowCount()));
        updateButtons();
    });
    updateButtons();
}

void StaffTab::activate()
{
    reload();
}

void StaffTab::reload()
{
    const qint64 keep = rowId(m_table->currentRecord());
    m_model->load(QStringLiteral("staff.list"),
                  {{QStringLiteral("includeArchived"), m_showArchived->isChecked()}});
    connect(m_model, &RecordsModel::loaded, this, [this, keep] { m_table->selectId(keep); },
            Qt::SingleShotConnection);
}

void StaffTab::updateButtons()
{
    const QCborMap person = m_table->currentRecord();
    m_edit->setEnabled(!person.isEmpty());
    m_archive->setEnabled(!person.isEmpty());
    m_archive->setText(isArchived(person) ? tr("&Restore") : tr("&Archive"));
}

void StaffTab::newStaff()
{
    auto *dialog = new StaffDialog(m_connection, {}, this);
    m_form = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::saved, this, [this](const QCborValue &result) {
        const qint64 id = rowId(result.toMap());
        m_message->showInfo(tr("The staff member has been added."));
        m_model->reload();
        connect(m_model, &RecordsModel::loaded, this, [this, id] { m_table->selectId(id); },
                Qt::SingleShotConnection);
    });
    dialog->open();
}

void StaffTab::editStaff()
{
    const QCborMap person = m_table->currentRecord();
    if (person.isEmpty())
        return;
    auto *dialog = new StaffDialog(m_connection, person, this);
    m_form = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FormDialog::saved, this, [this] {
        m_message->showInfo(tr("The changes have been saved."));
        reload();
    });
    dialog->open();
}

void StaffTab::archiveStaff()
{
    const QCborMap person = m_table->currentRecord();
    if (person.isEmpty())
        return;
    const QString name = rowText(person, "fullName");
    if (isArchived(person)) {
        setArchived(rowId(person), false, name, false);
        return;
    }
    auto *confirm = new QMessageBox(QMessageBox::NoIcon, tr("Archive"),
                                    tr("Move %1 to the archive? Archived staff are not offered as "
                                       "teachers; the account is not changed.").arg(name),
                                    QMessageBox::NoButton, this);
    m_form = confirm;
    confirm->setObjectName(QStringLiteral("confirmArchive"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = confirm->addButton(tr("Archive"), QMessageBox::AcceptRole);
    confirm->addButton(tr("Cancel"), QMessageBox::RejectRole);
    confirm->setDefaultButton(yes);
    connect(yes, &QPushButton::clicked, this,
            [this, id = rowId(person), name] { setArchived(id, true, name, true); });
    confirm->open();
}

void StaffTab::setArchived(qint64 id, bool archived, const QString &name, bool undoable)
{
    m_connection->request(
        QStringLiteral("staff.archive"), {{QStringLiteral("id"), id}, {QStringLiteral("archived"), archived}},
        this, [=, this](const Reply &reply) {
            if (!reply.ok()) {
                const QString problem = reply.error.details.value(QLatin1String("id")).toString();
                m_message->showError(problem.isEmpty()
                                         ? ErrorText::forReply(reply)
                                         : tr("%1 cannot be archived.").arg(name) + QLatin1Char(' ')
                                             + PeopleText::problem(problem));
                return;
            }
            if (!archived)
                m_message->showInfo(tr("%1 has been restored from the archive.").arg(name));
            else if (undoable)
                m_message->showUndoable(tr("%1 has been moved to the archive.").arg(name),
                                        [=, this] { setArchived(id, false, name, false); });
            reload();
        });
}

} // namespace ejournal::client

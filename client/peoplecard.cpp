// The student card.
#include "peoplecard.h"

#include "errortext.h"
#include "peoplebook.h"
#include "peopledialogs.h"
#include "peopleform.h"
#include "peopletext.h"
#include "peopleundo.h"
#include "recordstable.h"
#include "serverconnection.h"
#include "uistyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
RecordsTable *smallTable(RecordsModel *model, const char *name, QWidget *parent)
{
    auto *table = new RecordsTable(model, parent);
    table->setObjectName(QLatin1String(name));
    table->searchField()->hide();
    table->view()->setMinimumHeight(90);
    fitColumns(table);
    return table;
}
QGroupBox *box(const QString &title, QWidget *content, QLayout *buttons, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    if (buttons)
        layout->addLayout(buttons);
    layout->addWidget(content);
    return group;
}
QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

StudentCard::StudentCard(ServerConnection *connection, qint64 studentId, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_id(studentId), m_title(new QLabel(this)),
      m_data(new QFormLayout), m_message(new UndoMessage(this))
{
    setObjectName(QStringLiteral("studentCard"));
    setWindowTitle(tr("Student card"));
    resize(900, 720);
    makeTitle(m_title, 1.4);
    m_guardianModel = new RecordsModel(connection, {
        {QStringLiteral("fullName"), tr("Parent or guardian")},
        {QStringLiteral("relation"), tr("Relation"),
         [](const QCborMap &row) { return PeopleText::relation(rowText(row, "relation")); }},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("hasAccount"), tr("Account"),
         [](const QCborMap &row) { return PeopleText::yesNo(row.value(QLatin1String("hasAccount")).toBool()); }},
    }, this);
    m_enrollmentModel = new RecordsModel(connection, {
        {QStringLiteral("className"), tr("Class")},
        {QStringLiteral("startsOn"), tr("From"),
         [](const QCborMap &row) { return PeopleText::date(rowText(row, "startsOn")); }},
        {QStringLiteral("endsOn"), tr("To"),
         [](const QCborMap &row) { return PeopleText::date(rowText(row, "endsOn")); }},
    }, this);
    m_movementModel = new RecordsModel(connection, movementColumns(false), this);
    m_guardians = smallTable(m_guardianModel, "guardians", this);
    m_enrollments = smallTable(m_enrollmentModel, "enrollments", this);
    m_movements = smallTable(m_movementModel, "movements", this);

    const bool manage = rolesGrant(connection->session().roles, Capability::PeopleManage);
    auto *dataBox = new QGroupBox(tr("Personal data"), this);
    auto *dataLayout = new QHBoxLayout(dataBox);
    dataLayout->addLayout(m_data, 1);
    for (const QString &label : {tr("Date of birth:"), tr("Gender:"), tr("Personal file No.:"),
                                 tr("Class today:"), tr("Account:")}) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values.append(value);
        m_data->addRow(label, value);
    }
    auto *edit = button(tr("&Edit personal data…"), "editStudent", this);
    edit->setVisible(manage);
    dataLayout->addWidget(edit, 0, Qt::AlignTop);

    auto *guardianButtons = new QHBoxLayout;
    auto *add = button(tr("&Add new…"), "addGuardian", this);
    auto *linkButton = button(tr("&Link existing…"), "linkGuardian", this);
    linkButton->setToolTip(tr("Link a parent already recorded for a brother or sister"));
    auto *editGuardianButton = button(tr("Edit &contacts…"), "editGuardian", this);
    auto *relation = button(tr("&Relation…"), "changeRelation", this);
    auto *unlink = button(tr("&Unlink"), "unlinkGuardian", this);
    for (QPushButton *b : {add, linkButton, editGuardianButton, relation, unlink}) {
        b->setVisible(manage);
        guardianButtons->addWidget(b);
    }
    guardianButtons->addStretch(1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(dataBox);
    layout->addWidget(box(tr("Parents and guardians"), m_guardians, guardianButtons, this), 2);
    layout->addWidget(box(tr("Classes"), m_enrollments, nullptr, this), 1);
    layout->addWidget(box(tr("Movement book entries"), m_movements, nullptr, this), 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(edit, &QPushButton::clicked, this, &StudentCard::editPersonalData);
    connect(add, &QPushButton::clicked, this, &StudentCard::addGuardian);
    connect(linkButton, &QPushButton::clicked, this, &StudentCard::linkGuardian);
    connect(editGuardianButton, &QPushButton::clicked, this, &StudentCard::editGuardian);
    connect(relation, &QPushButton::clicked, this, &StudentCard::changeRelation);
    connect(unlink, &QPushButton::clicked, this, &StudentCard::unlinkGuardian);
    if (manage)
        connect(m_guardians, &RecordsTable::activated, this, &StudentCard::editGuardian);
    reload();
}

void StudentCard::reload()
{
    m_connection->request(QStringLiteral("students.get"), {{QStringLiteral("id"), m_id}}, this,
                          [this](const Reply &reply) {
                              if (!reply.ok()) {
                                  m_message->showError(ErrorText::forReply(reply));
                                  return;
                              }
                              display(reply.result.toMap());
                          });
}

void StudentCard::display(const QCborMap &student)
{
    m_student = student;
    m_title->setText(rowText(student, "fullName"));
    setWindowTitle(tr("Student card: %1").arg(rowText(student, "fullName")));
    const QString className = rowText(student, "className");
    const QStringList values{
        PeopleText::date(rowText(student, "birthDate")),
        PeopleText::gender(rowText(student, "gender")),
        rowText(student, "personalFileNo"),
        className.isEmpty() ? tr("not enrolled") : className,
        PeopleText::yesNo(student.value(QLatin1String("hasAccount")).toBool()),
    };
    for (int i = 0; i < m_values.size(); ++i)
        m_values.at(i)->setText(values.at(i).isEmpty() ? tr("—") : values.at(i));
    const qint64 guardian = rowId(m_guardians->currentRecord());
    m_guardianModel->setRows(student.value(QLatin1String("guardians")).toArray());
    m_guardians->selectId(guardian);
    m_enrollmentModel->setRows(student.value(QLatin1String("enrollments")).toArray());
    m_movementModel->setRows(student.value(QLatin1String("movements")).toArray());
}

void StudentCard::openForm(QDialog *dialog, const QString &done)
{
    m_form = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(static_cast<FormDialog *>(dialog), &FormDialog::saved, this, [this, done] {
        m_message->showInfo(done);
        reload();
        emit changed();
    });
    dialog->open();
}

void StudentCard::editPersonalData()
{
    if (!m_student.isEmpty())
        openForm(new StudentDialog(m_connection, m_student, this), tr("The personal data have been saved."));
}

void StudentCard::addGuardian()
{
    openForm(new GuardianDialog(m_connection, m_id, {}, this), tr("The parent has been added."));
}

void StudentCard::linkGuardian()
{
    openForm(new LinkGuardianDialog(m_connection, m_id, this), tr("The parent has been linked."));
}

void StudentCard::editGuardian()
{
    const QCborMap guardian = m_guardians->currentRecord();
    if (!guardian.isEmpty())
        openForm(new GuardianDialog(m_connection, m_id, guardian, this),
                 tr("The contacts have been saved."));
}

void StudentCard::link(qint64 guardianId, const QString &relation, const QString &done)
{
    m_connection->request(QStringLiteral("guardians.link"),
                          {{QStringLiteral("guardianId"), guardianId},
                           {QStringLiteral("studentId"), m_id},
                           {QStringLiteral("relation"), relation}},
                          this, [this, done](const Reply &reply) {
                              if (!reply.ok()) {
                                  m_message->showError(ErrorText::forReply(reply));
                                  return;
                              }
                              m_message->showInfo(done);
                              reload();
                              emit changed();
                          });
}

void StudentCard::changeRelation()
{
    const QCborMap guardian = m_guardians->currentRecord();
    if (guardian.isEmpty())
        return;
    auto *input = new QInputDialog(this);
    m_form = input;
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Relation"));
    input->setLabelText(tr("%1 is the student's:").arg(rowText(guardian, "fullName")));
    QStringList names;
    for (const QString &code : PeopleText::relations())
        names.append(PeopleText::relation(code));
    input->setComboBoxItems(names);
    input->setTextValue(PeopleText::relation(rowText(guardian, "relation")));
    connect(input, &QInputDialog::textValueSelected, this, [this, guardian, names](const QString &text) {
        const QString code = PeopleText::relations().value(names.indexOf(text));
        link(rowId(guardian), code, tr("The relation has been changed."));
    });
    input->open();
}

void StudentCard::unlinkGuardian()
{
    const QCborMap guardian = m_guardians->currentRecord();
    if (guardian.isEmpty())
        return;
    auto *confirm = new QMessageBox(QMessageBox::NoIcon, tr("Unlink"),
                                    tr("Remove %1 from the parents of %2? The guardian's record stays "
                                       "and can be linked again.")
                                        .arg(rowText(guardian, "fullName"), rowText(m_student, "fullName")),
                                    QMessageBox::NoButton, this);
    m_form = confirm;
    confirm->setObjectName(QStringLiteral("confirmUnlink"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = confirm->addButton(tr("Unlink"), QMessageBox::AcceptRole);
    confirm->addButton(tr("Cancel"), QMessageBox::RejectRole);
    confirm->setDefaultButton(yes);
    connect(yes, &QPushButton::clicked, this, [this, guardian] {
        const qint64 guardianId = rowId(guardian);
        const QString relation = rowText(guardian, "relation");
        m_connection->request(
            QStringLiteral("guardians.unlink"),
            {{QStringLiteral("guardianId"), guardianId}, {QStringLiteral("studentId"), m_id}}, this,
            [this, guardian, guardianId, relation](const Reply &reply) {
                if (!reply.ok()) {
                    m_message->showError(ErrorText::forReply(reply));
                    return;
                }
                m_message->showUndoable(tr("%1 has been unlinked.").arg(rowText(guardian, "fullName")),
                                        [this, guardianId, relation] {
                                            link(guardianId, relation, tr("The link has been restored."));
                                        });
                reload();
                emit changed();
            });
    });
    confirm->open();
}

} // namespace ejournal::client

// The common form dialog of the «Учебный год» page.
#include "structureform.h"

#include "inlinemessage.h"
#include "serverconnection.h"
#include "structureerrors.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
const QColor kProblemBase(0xfd, 0xec, 0xea);
const QColor kProblemText(0xa3, 0x1f, 0x1f);
} // namespace

QDateEdit *makeStructureDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setCalendarPopup(true);
    edit->setDate(QDate::currentDate());
    return edit;
}

StructureFormDialog::StructureFormDialog(ServerConnection *connection, const QString &title,
                                         QWidget *parent)
    : QDialog(parent), m_connection(connection), m_message(new InlineMessage(this)),
      m_form(new QFormLayout), m_buttons(new QDialogButtonBox(
                                   QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setVerticalSpacing(6);
    okButton()->setText(tr("Save"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_sending)
            submit();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

QPushButton *StructureFormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString StructureFormDialog::fieldError(const QString &key) const
{
    const int index = m_fieldOfKey.value(key, -1);
    return index < 0 || m_fields.at(index).problem->isHidden() ? QString()
                                                                : m_fields.at(index).problem->text();
}

void StructureFormDialog::addField(const QString &label, QWidget *field, const QStringList &keys)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    const bool grows = field->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag;
    column->addWidget(field, 0, grows ? Qt::Alignment() : Qt::AlignLeft);
    auto *problem = new QLabel(box);
    problem->setWordWrap(true);
    problem->setObjectName(QStringLiteral("problem_") + keys.value(0));
    QPalette palette = problem->palette();
    palette.setColor(QPalette::WindowText, kProblemText);
    problem->setPalette(palette);
    problem->hide();
    column->addWidget(problem);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_form->addRow(label, box);
    for (const QString &key : keys)
        m_fieldOfKey.insert(key, int(m_fields.size()));
    m_fields.append({field, problem});
}

void StructureFormDialog::send(const QString &method, const QCborMap &params,
                               std::function<void(const QCborMap &)> done)
{
    m_sending = true;
    okButton()->setEnabled(false);
    m_connection->request(method, params, this, [this, done](const Reply &reply) {
        m_sending = false;
        okButton()->setEnabled(true);
        if (!reply.ok()) {
            showFailure(reply);
            return;
        }
        clearProblems();
        if (done) {
            done(reply.result.toMap());
            return;
        }
        emit saved(reply.result.toMap());
        accept();
    });
}

void StructureFormDialog::clearProblems()
{
    m_message->clearMessage();
    for (const Field &field : m_fields)
        markField(field, {});
}

void StructureFormDialog::showFailure(const Reply &reply)
{
    clearProblems();
    const QMap<QString, QString> problems = StructureErrors::problems(reply);
    for (auto it = problems.constBegin(); it != problems.constEnd(); ++it) {
        const int index = m_fieldOfKey.value(it.key(), -1);
        if (index >= 0)
            markField(m_fields.at(index), it.value());
    }
    m_message->showError(StructureErrors::summary(reply));
    for (const Field &field : m_fields)
        if (!field.problem->isHidden()) {
            field.widget->setFocus();
            break;
        }
}

void StructureFormDialog::markField(const Field &field, const QString &problem)
{
    field.problem->setText(problem);
    field.problem->setVisible(!problem.isEmpty());
    QPalette palette = field.widget->palette();
    palette.setColor(QPalette::Base, problem.isEmpty() ? QPalette().color(QPalette::Base)
                                                       : kProblemBase);
    field.widget->setPalette(palette);
}

} // namespace ejournal::client

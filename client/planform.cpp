// Forms that show server refusals next to their fields.
#include "planform.h"

#include "inlinemessage.h"
#include "plantext.h"
#include "serverconnection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

PlanFormDialog::PlanFormDialog(ServerConnection *connection, const QString &title, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_message(new InlineMessage(this)),
      m_form(new QFormLayout)
{
    setWindowTitle(title);
    setMinimumWidth(480);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setText(tr("Save"));
    m_save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PlanFormDialog::problem(const QString &param) const
{
    const QLabel *label = m_problems.value(param);
    return label && !label->isHidden() ? label->text() : QString();
}

void PlanFormDialog::addField(const QString &label, QWidget *field, const QStringList &params)
{
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    auto *note = new QLabel(cell);
    note->setObjectName(QStringLiteral("problem_") + params.value(0));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #b3261e;"));
    note->hide();
    column->addWidget(note);
    for (const QString &param : params)
        m_problems.insert(param, note);
    m_fieldOf.insert(note, field);
    m_form->addRow(label, cell);
}

void PlanFormDialog::submit(const QString &method, const QCborMap &params)
{
    clearProblems();
    m_save->setEnabled(false);
    m_connection->request(method, params, this, [this](const Reply &reply) {
        m_save->setEnabled(true);
        if (!reply.ok()) {
            showFailure(reply);
            return;
        }
        emit saved(reply.result.toMap());
        accept();
    });
}

void PlanFormDialog::showProblem(const QString &param, const QString &text)
{
    QLabel *note = m_problems.value(param);
    if (!note) {
        m_message->showError(text);
        return;
    }
    note->setText(note->isHidden() ? text : note->text() + QLatin1Char('\n') + text);
    note->show();
    if (QWidget *field = m_fieldOf.value(note))
        field->setFocus();
}

void PlanFormDialog::clearProblems()
{
    m_message->clearMessage();
    for (QLabel *note : std::as_const(m_problems)) {
        note->clear();
        note->hide();
    }
}

void PlanFormDialog::showFailure(const Reply &reply)
{
    clearProblems();
    const QMap<QString, QString> problems = PlanText::problems(reply);
    for (auto it = problems.begin(); it != problems.end(); ++it)
        if (m_problems.contains(it.key()))
            showProblem(it.key(), it.value());
    m_message->showError(PlanText::summary(reply));
    layout()->activate();
    resize(width(), qMax(height(), sizeHint().height()));
}

} // namespace ejournal::client

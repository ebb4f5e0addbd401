// The name and description of a report being saved.
#include "reportssavedialog.h"

#include "inlinemessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

ReportsSaveDialog::ReportsSaveDialog(const QString &name, const QString &description,
                                     QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(name, this)),
      m_description(new QPlainTextEdit(description, this)), m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("reportSave"));
    setWindowTitle(tr("Save the report"));
    m_name->setObjectName(QStringLiteral("reportName"));
    m_name->setMaxLength(200);
    m_name->selectAll();
    m_description->setObjectName(QStringLiteral("reportDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(80);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportsSaveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportsSaveDialog::reject);
}

QString ReportsSaveDialog::name() const
{
    return m_name->text().simplified();
}

QString ReportsSaveDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

void ReportsSaveDialog::showError(const QString &message)
{
    m_message->showError(message);
}

void ReportsSaveDialog::accept()
{
    if (name().isEmpty()) {
        m_message->showError(tr("Give the report a name."));
        m_name->setFocus();
        return;
    }
    m_message->clearMessage();
    emit saveRequested();
}

} // namespace ejournal::client

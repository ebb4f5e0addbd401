// The changes area's dialog base.
#include "changesform.h"

#include "changestext.h"
#include "inlinemessage.h"
#include "serverconnection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

ChangesForm::ChangesForm(ServerConnection *connection, const QString &title, const QString &intro,
                         const QString &okText, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_message(new InlineMessage(this)),
      m_form(new QFormLayout), m_ok(new QPushButton(okText, this))
{
    setWindowTitle(title);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("intro"));
    introLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_message);
    layout->addLayout(m_form, 1);
    layout->addWidget(buttons);
    connect(m_ok, &QPushButton::clicked, this, [this] {
        if (!m_sending)
            submit();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChangesForm::addField(const QString &label, QWidget *field, const QStringList &keys)
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *problem = new QLabel(column);
    problem->setObjectName(QStringLiteral("problem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    problem->hide();
    layout->addWidget(problem);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    m_form->addRow(labelWidget, column);
    for (const QString &key : keys)
        m_fieldOfKey.insert(key, int(m_problems.size()));
    m_problems.append(problem);
}

QString ChangesForm::fieldError(const QString &key) const
{
    const int index = m_fieldOfKey.value(key, -1);
    return index < 0 || m_problems.at(index)->isHidden() ? QString() : m_problems.at(index)->text();
}

void ChangesForm::send(const QString &method, const QCborMap &params)
{
    m_sending = true;
    m_ok->setEnabled(false);
    clearProblems();
    m_connection->request(method, params, this, [this](const Reply &reply) {
        m_sending = false;
        m_ok->setEnabled(true);
        if (!reply.ok()) {
            showFailure(reply);
            return;
        }
        emit done(reply.result);
        accept();
    });
}

void ChangesForm::showFailure(const Reply &reply)
{
    m_message->showError(ChangesText::summary(reply));
    const QMap<QString, QString> problems = ChangesText::problems(reply);
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        const int index = m_fieldOfKey.value(it.key(), -1);
        if (index < 0)
            continue;
        QLabel *label = m_problems.at(index);
        label->setText(label->isHidden() ? it.value() : label->text() + u'\n' + it.value());
        label->show();
    }
}

void ChangesForm::clearProblems()
{
    m_message->clearMessage();
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
}

} // namespace ejournal::client

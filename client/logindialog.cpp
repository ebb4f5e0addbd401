// The sign-in dialog's layout and input checks.
#include "logindialog.h"

#include "icons.h"
#include "clientsettings.h"
#include "inlinemessage.h"
#include "uistyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ejournal::client {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_message(new InlineMessage(this))
{
    setWindowTitle(tr("Sign in — Electronic journal"));
    setWindowIcon(applicationIcon());

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(56, 56));
    auto *title = new QLabel(tr("Electronic journal"), this);
    makeTitle(title, 1.5);
    auto *subtitle = new QLabel(tr("Sign in with the login and password the school gave you."), this);
    subtitle->setWordWrap(true);
    makeSecondary(subtitle);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("e.g. journal.school.local"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_port->setAccessibleName(tr("Port"));
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_host, 1);
    serverRow->addWidget(portLabel);
    serverRow->addWidget(m_port);

    m_login->setObjectName(QStringLiteral("login"));
    m_login->setMaxLength(64);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_host);
    form->addRow(serverLabel, serverRow);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("Pass&word:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    m_quit->setAutoDefault(false);  // Return always signs in, wherever the focus is
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);

    m_message->setObjectName(QStringLiteral("loginMessage"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_login);
    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_signIn);
    setTabOrder(m_signIn, m_quit);

    setMinimumWidth(460);
}

void LoginDialog::setServer(const QString &host, quint16 port)
{
    m_host->setText(host);
    m_port->setValue(port);
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
}

QString LoginDialog::host() const
{
    return m_host->text().trimmed();
}

quint16 LoginDialog::port() const
{
    return quint16(m_port->value());
}

QString LoginDialog::login() const
{
    return m_login->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::clearPassword()
{
    m_password->clear();
}

void LoginDialog::setBusy(const QString &status)
{
    m_busy = !status.isEmpty();
    const QList<QWidget *> inputs{m_host, m_port, m_login, m_password, m_signIn};
    for (QWidget *input : inputs)
        input->setEnabled(!m_busy);
    if (m_busy) {
        m_message->showInfo(status);
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
        if (!m_message->isError())
            m_message->clearMessage();
        focusFirstEmpty();  // disabling the inputs moved the focus away from them
    }
}

void LoginDialog::showError(const QString &message)
{
    m_message->showError(message);
}

void LoginDialog::showInfo(const QString &message)
{
    m_message->showInfo(message);
}

void LoginDialog::focusFirstEmpty()
{
    if (host().isEmpty())
        m_host->setFocus();
    else if (login().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::submit()
{
    if (m_busy)
        return;
    if (host().isEmpty()) {
        showError(tr("Enter the address of the server."));
        m_host->setFocus();
    } else if (login().isEmpty()) {
        showError(tr("Enter your login."));
        m_login->setFocus();
    } else if (password().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
    } else {
        m_message->clearMessage();
        emit signInRequested();
    }
}

} // namespace ejournal::client

// The new-credentials dialog.
#include "accountscredentialsdialog.h"

#include "printoutput.h"
#include "recordsmodel.h"
#include "serverconnection.h"
#include "tableviews.h"

#include <QCborArray>
#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

AccountsCredentialsDialog::AccountsCredentialsDialog(ServerConnection *connection,
                                                     QList<Credential> credentials, QWidget *parent)
    : QDialog(parent),
      m_credentials(std::move(credentials)),
      m_school(connection->session().school),
      m_server(QStringLiteral("%1:%2").arg(connection->host()).arg(connection->port())),
      m_model(new RecordsModel(connection,
                               {{QStringLiteral("fullName"), tr("Full name")},
                                {QStringLiteral("who"), tr("Who")},
                                {QStringLiteral("login"), tr("Login")},
                                {QStringLiteral("password"), tr("Temporary password")}},
                               this)),
      m_view(new QTableView(this)),
      m_preview(new QPushButton(tr("Pre&view…"), this)),
      m_print(new QPushButton(tr("&Print…"), this)),
      m_pdf(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("New credentials"));
    QCborArray rows;
    for (const Credential &c : m_credentials)
        rows.append(QCborMap{{QStringLiteral("fullName"), c.fullName},
                             {QStringLiteral("who"), CredentialSlips::whoText(c)},
                             {QStringLiteral("login"), c.login},
                             {QStringLiteral("password"), c.password}});
    m_model->setRows(rows);

    auto *intro = new QLabel(
        tr("%n account(s) issued. The temporary passwords are shown only now: print the slips "
           "or save them as PDF and hand each person their slip. At the first sign-in the "
           "program asks for a new password.", nullptr, int(m_credentials.size())),
        this);
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("credentials"));
    m_view->setModel(m_model);
    setUpListTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->resizeSection(0, qMax(240, m_view->columnWidth(0)));

    m_pdf->setObjectName(QStringLiteral("savePdf"));
    m_print->setObjectName(QStringLiteral("print"));
    m_preview->setObjectName(QStringLiteral("preview"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, [this] { PrintOutput::preview(slips(), this); });
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (PrintOutput::print(slips(), this))
            m_kept = true;
    });
    connect(m_pdf, &QPushButton::clicked, this, &AccountsCredentialsDialog::savePdfAs);
}

PrintDocument AccountsCredentialsDialog::slips() const
{
    return CredentialSlips::document(m_credentials, m_school, m_server);
}

bool AccountsCredentialsDialog::saveSlipsPdf(const QString &fileName)
{
    QString error;
    if (!PrintOutput::writePdf(slips(), fileName, &error)) {
        QMessageBox::warning(this, tr("Save as PDF"), error);
        return false;
    }
    m_kept = true;
    return true;
}

void AccountsCredentialsDialog::savePdfAs()
{
    const QString name = tr("credentials %1.pdf")
                             .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    if (!PrintOutput::savePdfAs(slips(), name, this).isEmpty())
        m_kept = true;
}

void AccountsCredentialsDialog::reject()
{
    if (!m_kept) {
        const auto answer = QMessageBox::question(
            this, tr("New credentials"),
            tr("The temporary passwords will not be shown again. Close without printing or "
               "saving the slips?"),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
    }
    QDialog::reject();
}

} // namespace ejournal::client

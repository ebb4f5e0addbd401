// The CSV import wizard and its summary page.
#include "importwizard.h"

#include "accountscredentialsdialog.h"
#include "importfilepage.h"
#include "importpreviewpage.h"

#include <QCborArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

ImportWizard::ImportWizard(ServerConnection *connection, QWidget *parent)
    : QWizard(parent),
      m_connection(connection),
      m_filePage(new ImportFilePage(this)),
      m_previewPage(new ImportPreviewPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Upload"));
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(SummaryPageId, new ImportSummaryPage(this));
    resize(980, 640);
}

QPushButton *ImportWizard::uploadButton() const
{
    return qobject_cast<QPushButton *>(button(QWizard::CommitButton));
}

void ImportWizard::setFile(const QString &kind, const QByteArray &data)
{
    m_kind = kind;
    m_data = data;
}

void ImportWizard::setResult(const QCborMap &result)
{
    m_result = result;
    emit imported(summary());
}

QString ImportWizard::summary() const
{
    auto count = [this](const char *key) { return int(m_result.value(QLatin1String(key)).toInteger()); };
    if (m_kind == QLatin1String("staff"))
        return tr("Imported: %n staff member(s)", nullptr, count("staff")) + QStringLiteral("; ")
               + tr("%n account(s) issued.", nullptr,
                    int(m_result.value(QStringLiteral("accounts")).toArray().size()));
    return tr("Imported: %n student(s)", nullptr, count("students")) + QStringLiteral("; ")
           + tr("%n new parent(s)", nullptr, count("guardians")) + QStringLiteral("; ")
           + tr("%n link(s) between students and parents.", nullptr, count("guardianLinks"));
}

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_text(new QLabel(this)),
      m_credentials(new QPushButton(tr("Show the new &credentials…"), this))
{
    setTitle(tr("Done"));
    m_text->setObjectName(QStringLiteral("importSummary"));
    m_text->setWordWrap(true);
    m_credentials->setObjectName(QStringLiteral("showCredentials"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_credentials, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_credentials, &QPushButton::clicked, this, &ImportSummaryPage::showCredentials);
}

void ImportSummaryPage::initializePage()
{
    const bool accounts = !m_wizard->result().value(QStringLiteral("accounts")).toArray().isEmpty();
    QString text = m_wizard->summary();
    if (m_wizard->kind() == QLatin1String("students"))
        text += QLatin1Char('\n') + tr("The students are enrolled and recorded in the movement book. "
                                       "Issue them and their parents access on the «Without an "
                                       "account» tab.");
    else if (accounts)
        text += QLatin1Char('\n') + tr("Print the credential slips now: the temporary passwords "
                                       "are not shown again.");
    m_text->setText(text);
    m_credentials->setVisible(accounts);
    if (accounts)
        showCredentials();
}

void ImportSummaryPage::showCredentials()
{
    QList<Credential> credentials;
    for (const QCborValue &value : m_wizard->result().value(QStringLiteral("accounts")).toArray())
        credentials.append(Credential::fromReply(value.toMap(), QStringLiteral("staff"), {}));
    auto *dialog = new AccountsCredentialsDialog(m_wizard->connection(), credentials, m_wizard);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ejournal::client

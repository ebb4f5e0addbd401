// «Import from CSV»: a wizard that takes a file of students (with their parents) or of staff,
// has the server check every row (import.preview), shows each problem, and uploads the whole
// file in one go only when nothing is wrong (import.commit); staff with roles get accounts,
// whose credentials are shown at the end.
#pragma once

#include <QCborMap>
#include <QWizard>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace ejournal::client {

class ImportFilePage;
class ImportPreviewPage;
class ServerConnection;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, PreviewPageId, SummaryPageId };

    explicit ImportWizard(ServerConnection *connection, QWidget *parent = nullptr);

    ServerConnection *connection() const { return m_connection; }
    ImportFilePage *filePage() const { return m_filePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    // «Upload» (the commit button of the preview page).
    QPushButton *uploadButton() const;

    // "students" or "staff", and the file's bytes, as the first page chose them.
    QString kind() const { return m_kind; }
    QByteArray data() const { return m_data; }
    void setFile(const QString &kind, const QByteArray &data);
    // The answer of import.commit.
    QCborMap result() const { return m_result; }
    void setResult(const QCborMap &result);
    // "42 students added …" for the page behind the wizard.
    QString summary() const;

signals:
    void imported(const QString &summary);

private:
    ServerConnection *m_connection;
    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    QString m_kind;
    QByteArray m_data;
    QCborMap m_result;
};

// The last page: what was written, and the new staff credentials.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard *wizard);
    void initializePage() override;
    QPushButton *credentialsButton() const { return m_credentials; }

private:
    void showCredentials();

    ImportWizard *m_wizard;
    QLabel *m_text;
    QPushButton *m_credentials;
};

} // namespace ejournal::client

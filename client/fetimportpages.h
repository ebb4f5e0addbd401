// The FET import wizard's pages around the mapping: choosing the file (read and previewed at
// once), the new version's name and valid-from date with fet.import, and the result.
#pragma once

#include <QWizardPage>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace ejournal::client {

class FetImportWizard;
class InlineMessage;

class FetFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FetFilePage(FetImportWizard *wizard);
    bool isComplete() const override;
    QLineEdit *path() const { return m_path; }
    QLabel *summary() const { return m_summary; }
    InlineMessage *message() const { return m_message; }

private:
    void browse();
    void showPreview();

    FetImportWizard *m_wizard;
    QLineEdit *m_path;
    InlineMessage *m_message;
    QLabel *m_summary;
};

class FetImportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FetImportPage(FetImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    QLineEdit *name() const { return m_name; }
    QDateEdit *validFrom() const { return m_validFrom; }
    InlineMessage *message() const { return m_message; }
    QString fieldError(const QString &key) const;

private:
    void send();

    FetImportWizard *m_wizard;
    QLabel *m_summary;
    QLineEdit *m_name;
    QDateEdit *m_validFrom;
    QLabel *m_nameProblem;
    QLabel *m_validFromProblem;
    InlineMessage *m_message;
    bool m_sending = false;
};

class FetDonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FetDonePage(FetImportWizard *wizard);
    void initializePage() override;
    QLabel *result() const { return m_result; }

private:
    FetImportWizard *m_wizard;
    QLabel *m_result;
};

} // namespace ejournal::client

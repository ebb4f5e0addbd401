// The import wizard's first page: what the file holds (students or staff), which file, and
// the columns the file should have.
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ejournal::client {

class ImportWizard;

class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    QRadioButton *studentsButton() const { return m_students; }
    QRadioButton *staffButton() const { return m_staff; }
    QLineEdit *fileEdit() const { return m_file; }
    QLabel *fileProblem() const { return m_problem; }

    bool isComplete() const override;
    // Reads the file; a file that cannot be read keeps the user here with the reason shown.
    bool validatePage() override;

    // The largest file accepted (the server takes frames up to 16 MiB).
    static constexpr qint64 kMaxFileSize = 8 * 1024 * 1024;

private:
    void browse();
    void updateHelp();

    ImportWizard *m_wizard;
    QRadioButton *m_students;
    QRadioButton *m_staff;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_problem;
    QLabel *m_help;
};

} // namespace ejournal::client

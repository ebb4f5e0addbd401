// The import wizard's check page: the server's verdict on every row of the file (problem
// rows highlighted, the problem text in its own column), the counts, the problems of the
// whole file on top. «Upload» is enabled only when nothing is wrong: the file is written in
// one transaction or not at all.
#pragma once

#include <QCborMap>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ejournal::client {

class ImportWizard;
class InlineMessage;
class RecordsModel;
class RecordsTable;

class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    // Sends import.commit; the wizard moves on when the server has written everything.
    bool validatePage() override;

    RecordsModel *model() const { return m_model; }
    RecordsTable *table() const { return m_table; }
    QLabel *counts() const { return m_counts; }
    InlineMessage *message() const { return m_message; }
    bool isChecking() const { return m_checking; }

private:
    void check();
    void showPreview(const QCborMap &preview);
    void showRefusal(const QCborMap &details);
    void setChecking(bool checking);

    ImportWizard *m_wizard;
    InlineMessage *m_message;
    QLabel *m_counts;
    QLabel *m_fileInfo;
    QPushButton *m_recheck;
    QVBoxLayout *m_tableBox;
    RecordsModel *m_model = nullptr;
    RecordsTable *m_table = nullptr;
    bool m_checking = false;
    bool m_ready = false;
    bool m_committing = false;
    bool m_committed = false;
};

} // namespace ejournal::client

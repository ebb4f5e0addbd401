// Importing a КТП from a CSV file: the file is checked first (plan.import dryRun) and either
// every broken row's problem is listed, or the topics are shown as they will be imported;
// a plan that exists is replaced only when the user ticks so. Nothing is written until
// "Import" is pressed, and then all or nothing.
#pragma once

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace ejournal::client {

class InlineMessage;
class RecordsModel;
class RecordsTable;
class ServerConnection;

class PlanImportDialog : public QDialog
{
    Q_OBJECT
public:
    PlanImportDialog(ServerConnection *connection, qint64 assignmentId, int existingItems,
                     QWidget *parent);

    // Reads and checks the file (what "Choose file…" does after the file dialog).
    void setFile(const QString &path);

    InlineMessage *message() const { return m_message; }
    QListWidget *problemList() const { return m_problems; }
    RecordsModel *previewModel() const { return m_previewModel; }
    QCheckBox *replaceBox() const { return m_replace; }
    QPushButton *importButton() const { return m_import; }

signals:
    void imported(int items);

private:
    void chooseFile();
    void check();
    void runImport();

    ServerConnection *m_connection;
    qint64 m_assignmentId;
    QByteArray m_content;
    bool m_checked = false;
    QLineEdit *m_path;
    QCheckBox *m_replace;
    InlineMessage *m_message;
    QStackedWidget *m_pages;
    QListWidget *m_problems;
    RecordsModel *m_previewModel;
    RecordsTable *m_preview;
    QPushButton *m_import;
};

} // namespace ejournal::client

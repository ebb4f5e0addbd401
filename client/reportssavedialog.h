// Asks a report's name and description before it is saved (reports.save); the server's
// refusal (a name missing, a definition it does not accept) is shown inside, nothing typed lost.
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace ejournal::client {

class InlineMessage;

class ReportsSaveDialog : public QDialog
{
    Q_OBJECT
public:
    ReportsSaveDialog(const QString &name, const QString &description, QWidget *parent = nullptr);

    QString name() const;
    QString description() const;
    void showError(const QString &message);
    QLineEdit *nameEdit() const { return m_name; }

    void accept() override;

signals:
    // OK was pressed with a name: save, then close() or showError().
    void saveRequested();

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    InlineMessage *m_message;
};

} // namespace ejournal::client

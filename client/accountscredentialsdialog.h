// «New credentials»: the logins and one-time passwords the server has just issued, shown
// once, with preview, printing and PDF of the credential slips.
#pragma once

#include "accountsslips.h"

#include <QDialog>

class QPushButton;
class QTableView;

namespace ejournal::client {

class RecordsModel;
class ServerConnection;

class AccountsCredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountsCredentialsDialog(ServerConnection *connection, QList<Credential> credentials,
                              QWidget *parent = nullptr);

    QList<Credential> credentials() const { return m_credentials; }
    RecordsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *pdfButton() const { return m_pdf; }
    PrintDocument slips() const;
    // Writes the slips to fileName; false (with the reason shown) when it fails.
    bool saveSlipsPdf(const QString &fileName);

    void reject() override;

private:
    void savePdfAs();

    QList<Credential> m_credentials;
    QString m_school;
    QString m_server;
    RecordsModel *m_model;
    QTableView *m_view;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
    bool m_kept = false;  // printed or saved: closing needs no warning
};

} // namespace ejournal::client

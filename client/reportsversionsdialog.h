// The saved versions of a report (reports.versions), newest first: who saved which name when.
// Opening a version (Return) hands it to the designer, where saving it makes it current again.
#pragma once

#include <QDialog>

namespace ejournal::client {

class RecordsModel;
class RecordsTable;
class ServerConnection;

class ReportsVersionsDialog : public QDialog
{
    Q_OBJECT
public:
    ReportsVersionsDialog(ServerConnection *connection, qint64 reportId, const QString &name,
                          QWidget *parent = nullptr);

    RecordsTable *table() const { return m_table; }

signals:
    void versionChosen(int version);

private:
    RecordsModel *m_model;
    RecordsTable *m_table;
};

} // namespace ejournal::client

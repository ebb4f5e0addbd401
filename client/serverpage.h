// The administrator's «Сервер» page: the last good backup (when, where, size, checked by a
// test restore), a warning when it is older than a day or the last run failed, the list of
// backup runs, «Back up now», and the server's health (clients, database size, schedule).
#pragma once

#include "areapage.h"
#include "latestrequest.h"

#include <QCborMap>
#include <QTimer>

class QFormLayout;
class QLabel;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class RecordsModel;
class RecordsTable;
class ServerConnection;

class ServerPage : public AreaPage
{
    Q_OBJECT
public:
    explicit ServerPage(ServerConnection *connection, QWidget *parent = nullptr);

    void activate() override;

    QPushButton *backupButton() const { return m_backupNow; }
    QPushButton *refreshButton() const { return m_refresh; }
    InlineMessage *warning() const { return m_warning; }
    InlineMessage *message() const { return m_message; }
    RecordsTable *runs() const { return m_runs; }
    // The value label of a field of the two panels, by its object name ("lastWhen", ...).
    QLabel *field(const QString &name) const;

private:
    void refresh();
    void requestBackup();
    void showStatus(const QCborMap &status);
    void showLastGood(const QCborMap &run);
    void pollWhileBusy();
    QLabel *addField(QFormLayout *form, const QString &name, const QString &label);

    ServerConnection *m_connection;
    LatestRequest m_statusRequest;
    RecordsModel *m_model;
    RecordsTable *m_runs;
    QPushButton *m_backupNow;
    QPushButton *m_refresh;
    InlineMessage *m_warning;
    InlineMessage *m_message;
    QTimer m_poll;
    bool m_awaitingBackup = false;  // asked for one; say when it is done
};

} // namespace ejournal::client

// The school's open sessions (sessions.list) as a table, and ending one (sessions.revoke).
#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QDateTime>
#include <QList>

namespace ejournal::client {

class ServerConnection;

struct SessionInfo
{
    qint64 id = 0;
    qint64 userId = 0;
    QString login;
    QString name;
    QDateTime created;
    QDateTime lastSeen;
    QString address;
    bool current = false;

    static QList<SessionInfo> listFrom(const QCborArray &array);
};

class SessionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, LoginColumn, CreatedColumn, LastSeenColumn, AddressColumn, ColumnCount };

    explicit SessionsModel(ServerConnection *connection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const SessionInfo &session(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_loading; }

    // Reloads the list from the server.
    void refresh();
    // Ends a session, then reloads the list.
    void revoke(qint64 sessionId);

signals:
    void loadingChanged(bool loading);
    void refreshed();
    void revoked(qint64 sessionId);
    void failed(const QString &message);

private:
    void setLoading(bool loading);

    ServerConnection *m_connection;
    QList<SessionInfo> m_rows;
    bool m_loading = false;
};

} // namespace ejournal::client

// The school's audit log (audit.list) as a table: newest first, page by page ("load more"),
// optionally only one action. Reason and address are kept per record for the details view.
#pragma once

#include <QAbstractTableModel>
#include <QCborArray>
#include <QCborValue>
#include <QDateTime>
#include <QList>

namespace ejournal::client {

class ServerConnection;

struct AuditEvent
{
    qint64 id = 0;
    QDateTime at;
    QString login;  // empty for actions of the system itself
    QString action;
    QString entity;
    QString entityId;
    QCborValue before;
    QCborValue after;
    QString reason;
    QString address;

    static QList<AuditEvent> listFrom(const QCborArray &array);
};

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        ObjectColumn,
        ChangesColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 100;

    explicit AuditModel(ServerConnection *connection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const AuditEvent &event(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_loading; }
    // False once the last page has arrived.
    bool canLoadMore() const { return m_more; }

    // Shows only this action (empty: all) and reloads from the newest record.
    void setActionFilter(const QString &action);
    // Reloads from the newest record.
    void refresh();
    // Appends the next page of older records.
    void loadMore();

signals:
    void loadingChanged(bool loading);
    void loaded();
    void failed(const QString &message);

private:
    void load(bool append);
    void setLoading(bool loading);

    ServerConnection *m_connection;
    QList<AuditEvent> m_rows;
    QString m_action;
    bool m_loading = false;
    bool m_more = false;
    quint64 m_generation = 0;  // replies to a request made before the last reload are dropped
};

} // namespace ejournal::client

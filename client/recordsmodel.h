// A table model over the rows a list method returns (an array of CBOR maps): each column
// shows one key, optionally through a formatter (dates, names of codes). Directory screens
// put it behind a QSortFilterProxyModel for search and sorting; the row's map stays
// available for forms (record()). Loading is asynchronous: load() sends the request and the
// model resets when the answer comes.
#pragma once

#include "latestrequest.h"
#include "reply.h"

#include <QAbstractTableModel>
#include <QCborArray>
#include <QCborMap>

#include <functional>

namespace ejournal::client {

class ServerConnection;

class RecordsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column
    {
        QString key;
        QString header;
        // Display text for the row; empty = the key's value as text.
        std::function<QString(const QCborMap &row)> format = {};
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };

    RecordsModel(ServerConnection *connection, QList<Column> columns, QObject *parent = nullptr);

    // Sends method(params) and shows the array it returns (or the array under resultKey
    // when the result is a map).
    void load(const QString &method, const QCborMap &params = {}, const QString &resultKey = {});
    void reload();
    void setRows(const QCborArray &rows);

    QCborMap record(int row) const;
    // The row whose "id" (or idKey) equals id; -1 when absent.
    int rowOf(const QCborValue &id, const QString &idKey = QStringLiteral("id")) const;
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The value to sort by: numbers as numbers, everything else as the displayed text.
    static constexpr int SortRole = Qt::UserRole + 1;

signals:
    void loaded();
    void failed(const QString &message);
    void loadingChanged(bool loading);

private:
    void setLoading(bool loading);

    LatestRequest m_request;
    QList<Column> m_columns;
    QList<QCborMap> m_rows;
    QString m_method;
    QCborMap m_params;
    QString m_resultKey;
    bool m_loading = false;
};

} // namespace ejournal::client

// The period schemes of one school year as a tree: each scheme (Четверти, Полугодия, …) with
// its periods and their dates under it. Loaded with periodSchemes.list.
#pragma once

#include "reply.h"

#include <QAbstractItemModel>
#include <QCborMap>

namespace ejournal::client {

class ServerConnection;

class StructureSchemesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StartColumn, EndColumn, NoteColumn, ColumnCount };

    explicit StructureSchemesModel(ServerConnection *connection, QObject *parent = nullptr);

    // Loads the schemes of the year (0: shows none).
    void load(qint64 yearId);
    void reload() { load(m_yearId); }
    int schemeCount() const { return int(m_schemes.size()); }
    QCborMap scheme(int row) const;
    // The scheme an index belongs to (its own row, or its period's parent); -1 for none.
    int schemeRowOf(const QModelIndex &index) const;
    QModelIndex schemeIndex(const QCborValue &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void failed(const QString &message);

private:
    QCborArray periodsOf(int schemeRow) const;

    ServerConnection *m_connection;
    qint64 m_yearId = 0;
    quint64 m_generation = 0;
    QList<QCborMap> m_schemes;
};

} // namespace ejournal::client

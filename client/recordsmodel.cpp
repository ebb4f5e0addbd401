// A table model over the rows a list method returns.
#include "recordsmodel.h"

#include "errortext.h"

namespace ejournal::client {

RecordsModel::RecordsModel(ServerConnection *connection, QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent), m_request(connection, this), m_columns(std::move(columns))
{
}

void RecordsModel::load(const QString &method, const QCborMap &params, const QString &resultKey)
{
    m_method = method;
    m_params = params;
    m_resultKey = resultKey;
    reload();
}

void RecordsModel::reload()
{
    if (m_method.isEmpty())
        return;
    setLoading(true);
    m_request.send(m_method, m_params, [this](const Reply &reply) {
        setLoading(false);
        if (!reply.ok()) {
            emit failed(ErrorText::forReply(reply));
            return;
        }
        setRows(m_resultKey.isEmpty() ? reply.result.toArray()
                                      : reply.result.toMap().value(m_resultKey).toArray());
        emit loaded();
    });
}

void RecordsModel::setRows(const QCborArray &rows)
{
    beginResetModel();
    m_rows.clear();
    for (const QCborValue &row : rows)
        m_rows.append(row.toMap());
    endResetModel();
}

QCborMap RecordsModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QCborMap();
}

int RecordsModel::rowOf(const QCborValue &id, const QString &idKey) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(idKey) == id)
            return i;
    return -1;
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QCborMap &row = m_rows.at(index.row());
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return column.format ? column.format(row) : row.value(column.key).toVariant().toString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column.alignment);
    case SortRole: {
        const QCborValue value = row.value(column.key);
        if (value.isInteger() || value.isDouble())
            return value.toDouble();
        return column.format ? column.format(row) : value.toVariant().toString();
    }
    default:
        return {};
    }
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_columns.size())
        return {};
    return m_columns.at(section).header;
}

void RecordsModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace ejournal::client

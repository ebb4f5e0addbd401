// The table model over a report's result.
#include "reportsresultmodel.h"

#include <QFont>

namespace ejournal::client {

using reports::ValueType;

void ReportsResultModel::setResult(const reports::Result &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void ReportsResultModel::clear()
{
    setResult({});
}

bool ReportsResultModel::isTotalRow(int row) const
{
    return m_result.total.has_value() && row == dataRowCount();
}

int ReportsResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : dataRowCount() + (m_result.total ? 1 : 0);
}

int ReportsResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.columns.size());
}

QVariant ReportsResultModel::cellValue(int row, int column) const
{
    const QVariantList &cells = isTotalRow(row) ? *m_result.total : m_result.rows.at(row);
    return column < cells.size() ? cells.at(column) : QVariant();
}

QVariant ReportsResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const reports::ResultColumn &column = m_result.columns.at(index.column());
    const bool total = isTotalRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (total && index.column() == 0 && m_result.dimensions > 0)
            return tr("Total");
        return reports::cellText(column, cellValue(index.row(), index.column()));
    case Qt::TextAlignmentRole: {
        const bool number = column.type == ValueType::Integer || column.type == ValueType::Number
            || column.type == ValueType::Percent;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportsResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section < dataRowCount() ? QVariant(section + 1) : QVariant();
    if (section >= m_result.columns.size())
        return {};
    return reports::columnCaption(m_result, m_result.columns.at(section));
}

} // namespace ejournal::client

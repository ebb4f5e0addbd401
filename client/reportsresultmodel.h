// The table of a report's result (reports.run): one column per result column with the
// caption the preview, the exports and the printed report share, cells the Russian way,
// numbers right-aligned and the grand total as a last bold row.
#pragma once

#include "reportresult.h"

#include <QAbstractTableModel>

namespace ejournal::client {

class ReportsResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const reports::Result &result);
    void clear();
    const reports::Result &result() const { return m_result; }
    // Data rows, without the total row.
    int dataRowCount() const { return int(m_result.rows.size()); }
    bool isTotalRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant cellValue(int row, int column) const;

    reports::Result m_result;
};

} // namespace ejournal::client

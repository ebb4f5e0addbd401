// A searchable, sortable table of records for the directory screens: a search field (Ctrl+F)
// that filters on every column as you type, a table sorted by clicking a header, and the
// record under the cursor. Return or a double click "opens" the record (activated()).
#pragma once

#include "recordsmodel.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ejournal::client {

class RecordsTable : public QWidget
{
    Q_OBJECT
public:
    RecordsTable(RecordsModel *model, QWidget *parent = nullptr);

    RecordsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    // The record of the current row (empty map when none).
    QCborMap currentRecord() const;
    // Makes the row whose id equals id current (after a reload, to keep the user's place).
    void selectId(const QCborValue &id, const QString &idKey = QStringLiteral("id"));

signals:
    void activated(const QCborMap &record);
    void currentChanged(const QCborMap &record);

private:
    RecordsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
};

} // namespace ejournal::client

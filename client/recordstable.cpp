// A searchable, sortable table of records.
#include "recordstable.h"

#include "tableviews.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

RecordsTable::RecordsTable(RecordsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_view(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(RecordsModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("records"));
    m_view->setModel(m_proxy);
    setUpListTable(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    // Down from the search field goes into the table.
    connect(m_search, &QLineEdit::returnPressed, m_view, [this] {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit activated(m_model->record(m_proxy->mapToSource(index).row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentChanged(currentRecord()); });
}

QCborMap RecordsTable::currentRecord() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->record(m_proxy->mapToSource(index).row()) : QCborMap();
}

void RecordsTable::selectId(const QCborValue &id, const QString &idKey)
{
    const int row = m_model->rowOf(id, idKey);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

} // namespace ejournal::client

// The timetable grid view.
#include "timetablegridview.h"

#include "timetablecelldelegate.h"
#include "timetablegridmodel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>

namespace ejournal::client {

TimetableGridView::TimetableGridView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("timetableGrid"));
    setItemDelegate(new TimetableCellDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(true);
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() * 3 + 8);
    verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    verticalHeader()->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("08:30–09:15")) + 4);
    verticalHeader()->setHighlightSections(false);
    setDragDropOverwriteMode(true);
    setDropIndicatorShown(true);
    setDefaultDropAction(Qt::MoveAction);
    setEditable(false);
}

void TimetableGridView::setGridModel(TimetableGridModel *model)
{
    m_model = model;
    setModel(model);
}

void TimetableGridView::setEditable(bool editable)
{
    m_editable = editable;
    setDragEnabled(editable);
    setAcceptDrops(editable);
    viewport()->setAcceptDrops(editable);
    setDragDropMode(editable ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
}

void TimetableGridView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex cell = currentIndex();
    if (!m_editable || !m_model || !cell.isValid()) {
        QTableView::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (m_model->forbiddenMode()) {
        if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_model->toggleForbidden(cell);
            return;
        }
        QTableView::keyPressEvent(event);
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Insert) {
        emit placeRequested(cell);
        return;
    }
    if (event->matches(QKeySequence::Delete) || key == Qt::Key_Delete) {
        m_model->removeCell(cell);
        return;
    }
    if (event->matches(QKeySequence::Cut)) {
        m_model->setCut(m_model->entriesOf(cell));
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        const QList<qint64> cut = m_model->cut();
        m_model->setCut({});
        m_model->moveEntries(cut, cell);
        return;
    }
    if (key == Qt::Key_Escape && !m_model->cut().isEmpty()) {
        m_model->setCut({});
        return;
    }
    QTableView::keyPressEvent(event);
}

void TimetableGridView::mousePressEvent(QMouseEvent *event)
{
    QTableView::mousePressEvent(event);
    if (m_editable && m_model && m_model->forbiddenMode() && event->button() == Qt::LeftButton) {
        const QModelIndex cell = indexAt(event->position().toPoint());
        if (cell.isValid())
            m_model->toggleForbidden(cell);
    }
}

void TimetableGridView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex cell = indexAt(event->pos());
    if (!cell.isValid())
        return;
    setCurrentIndex(cell);
    emit menuRequested(cell, event->globalPos());
}

} // namespace ejournal::client

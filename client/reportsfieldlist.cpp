// Dragging fields between the designer's lists.
#include "reportsfieldlist.h"

#include <QDataStream>
#include <QDropEvent>
#include <QMimeData>

namespace ejournal::client {

namespace {
const QString kMime = QStringLiteral("application/x-ejournal-report-field");

struct Dragged
{
    QString key;
    int row = -1;
};

Dragged decode(const QMimeData *mime)
{
    Dragged dragged;
    QDataStream stream(mime->data(kMime));
    stream >> dragged.key >> dragged.row;
    return dragged;
}
} // namespace

ReportsFieldList::ReportsFieldList(bool acceptsDrops, QWidget *parent) : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(acceptsDrops);
    setDropIndicatorShown(acceptsDrops);
    setDragDropMode(acceptsDrops ? QAbstractItemView::DragDrop : QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::MoveAction);
}

QString ReportsFieldList::currentKey() const
{
    const QListWidgetItem *item = currentItem();
    return item ? item->data(KeyRole).toString() : QString();
}

QStringList ReportsFieldList::mimeTypes() const
{
    return {kMime};
}

QMimeData *ReportsFieldList::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    QByteArray data;
    QDataStream stream(&data, QIODevice::WriteOnly);
    stream << items.first()->data(KeyRole).toString() << row(items.first());
    auto *mime = new QMimeData;
    mime->setData(kMime, data);
    return mime;
}

void ReportsFieldList::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptDrops() && event->mimeData()->hasFormat(kMime))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ReportsFieldList::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptDrops() && event->mimeData()->hasFormat(kMime))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ReportsFieldList::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(kMime)) {
        event->ignore();
        return;
    }
    const Dragged dragged = decode(event->mimeData());
    const QModelIndex at = indexAt(event->position().toPoint());
    int target = at.isValid() ? at.row() : count();
    if (at.isValid() && dropIndicatorPosition() == QAbstractItemView::BelowItem)
        ++target;
    auto *source = qobject_cast<ReportsFieldList *>(event->source());
    // The designer rebuilds the lists: Qt must not remove the dragged item itself.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit fieldDropped(dragged.key, target, source, dragged.row);
}

} // namespace ejournal::client

// A list of a dataset's fields in the report designer: the dataset's fields (drag them out)
// and each zone — fields of a listing, rows, pivot columns, values, filters — which takes
// fields dropped on it from the dataset or from another zone and reorders by dragging.
// Each item carries the field's key.
#pragma once

#include <QListWidget>

namespace ejournal::client {

class ReportsFieldList : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int KeyRole = Qt::UserRole;

    // acceptsDrops: a zone; otherwise the dataset's fields, only dragged from.
    ReportsFieldList(bool acceptsDrops, QWidget *parent = nullptr);

    QString currentKey() const;

signals:
    // A field was dropped at `row`; from `source` (this list, another zone, or the dataset's
    // fields) at `sourceRow`.
    void fieldDropped(const QString &key, int row, ejournal::client::ReportsFieldList *source,
                      int sourceRow);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace ejournal::client

// How a journal cell looks and is edited: marks and attendance in their colours (low marks
// red, absences purple, late orange), today's column highlighted, unavailable cells grey,
// a small corner triangle on unsent cells (red when the teacher must decide), the average's
// suggestion faint in an empty final cell; F2 / a double click edits the cell's text ("5 4").
#pragma once

#include <QStyledItemDelegate>

namespace ejournal::client {

class JournalDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    void paintPieces(QPainter *painter, const QRect &rect, const QModelIndex &index) const;
};

} // namespace ejournal::client

// Paints a timetable cell: each entry as a block (subject in bold, then teacher/class and
// room), odd/even-week entries side by side with their own tint and tag, unsaved entries
// with a blue bar, a cut entry dashed, conflicts as a red (warnings: orange) frame and corner,
// teachers' forbidden slots hatched.
#pragma once

#include <QStyledItemDelegate>

namespace ejournal::client {

class TimetableCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ejournal::client

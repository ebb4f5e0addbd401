// The curriculum glyph, drawn like the other navigation icons (icons.cpp): 1.8-unit strokes on
// a 24-unit grid, dark normally and white when selected.
#include "curriculumicons.h"

#include <QPainter>
#include <QPixmap>

namespace ejournal::client {

namespace {
QPixmap paintGrid(int size, const QColor &color)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 24.0, size / 24.0);
    p.setPen(QPen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(3, 4, 18, 16), 2, 2);
    p.drawLine(QPointF(3, 9), QPointF(21, 9));
    p.drawLine(QPointF(9, 4), QPointF(9, 20));
    p.drawLine(QPointF(15, 9), QPointF(15, 20));
    p.drawLine(QPointF(9, 14.5), QPointF(21, 14.5));
    return pixmap;
}
} // namespace

QIcon curriculumIcon()
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        icon.addPixmap(paintGrid(size, QColor(0x3c, 0x4a, 0x5c)), QIcon::Normal);
        icon.addPixmap(paintGrid(size, Qt::white), QIcon::Selected);
    }
    return icon;
}

} // namespace ejournal::client

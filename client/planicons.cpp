// The plan and journal settings glyphs, drawn like the other navigation icons (icons.cpp):
// 1.8-unit strokes on a 24-unit grid, dark normally and white when selected.
#include "planicons.h"

#include <QPainter>
#include <QPixmap>

#include <functional>

namespace ejournal::client {

namespace {
using Draw = std::function<void(QPainter &)>;

QIcon glyph(const Draw &draw)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        for (const auto &[color, mode] : {std::pair{QColor(0x3c, 0x4a, 0x5c), QIcon::Normal},
                                          std::pair{QColor(Qt::white), QIcon::Selected}}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(size / 24.0, size / 24.0);
            p.setPen(QPen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            draw(p);
            p.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}
} // namespace

QIcon planIcon()
{
    return glyph([](QPainter &p) {
        for (double y : {6.0, 12.0, 18.0}) {
            p.drawPoint(QPointF(4.5, y));
            p.drawLine(QPointF(9, y), QPointF(20, y));
        }
    });
}

QIcon journalSettingsIcon()
{
    return glyph([](QPainter &p) {
        const double knobs[] = {8, 15, 11};
        for (int i = 0; i < 3; ++i) {
            const double x = 6 + i * 6;
            p.drawLine(QPointF(x, 4), QPointF(x, 20));
            p.drawEllipse(QPointF(x, knobs[i]), 2.2, 2.2);
        }
    });
}

} // namespace ejournal::client

// Icons painted with QPainter on a 24-unit grid.
#include "icons.h"

#include <QPainter>
#include <QPainterPath>

#include <functional>

namespace ejournal::client {

namespace {
const QColor kBlue(0x1f, 0x5f, 0xa8);
const QColor kGlyph(0x3c, 0x4a, 0x5c);

using Glyph = std::function<void(QPainter &)>;

QPixmap paint(int size, const Glyph &glyph)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 24.0, size / 24.0);
    glyph(p);
    return pixmap;
}


void drawRegister(QPainter &p)
{
    p.setPen(Qt::NoPen);
    p.setBrush(kBlue);
    p.drawRoundedRect(QRectF(0, 0, 24, 24), 4.3, 4.3);
    const QRectF page(5.3, 3.8, 13.4, 16.4);
    p.setBrush(Qt::white);
    p.drawRoundedRect(page, 1, 1);
    p.setPen(QPen(QColor(0x9c, 0xb8, 0xdc), 0.7));
    for (int i = 1; i <= 4; ++i) {
        const qreal y = page.top() + page.height() * i / 5.0;
        p.drawLine(QPointF(page.left() + 1.2, y), QPointF(page.right() - 1.2, y));
    }
    p.setPen(QPen(QColor(0xd6, 0x3b, 0x3b), 0.7));
    const qreal margin = page.left() + page.width() * 0.28;
    p.drawLine(QPointF(margin, page.top()), QPointF(margin, page.bottom()));
    p.setPen(QPen(QColor(0x2e, 0x9d, 0x4f), 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath tick;
    tick.moveTo(page.left() + page.width() * 0.45, page.top() + page.height() * 0.52);
    tick.lineTo(page.left() + page.width() * 0.60, page.top() + page.height() * 0.68);
    tick.lineTo(page.left() + page.width() * 0.88, page.top() + page.height() * 0.30);
    p.setBrush(Qt::NoBrush);
    p.drawPath(tick);
}
} // namespace

// A line glyph in the normal colour, and white for selected items.
QIcon lineIcon(const std::function<void(QPainter &)> &strokes)
{
    QIcon icon;
    for (const auto &[mode, color] : {std::pair{QIcon::Normal, kGlyph},
                                      std::pair{QIcon::Selected, QColor(Qt::white)}}) {
        const Glyph glyph = [&strokes, color = color](QPainter &p) {
            p.setPen(QPen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            strokes(p);
        };
        for (int size : {16, 20, 24, 32, 48})
            icon.addPixmap(paint(size, glyph), mode);
    }
    return icon;
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(paint(size, drawRegister));
    return icon;
}

QIcon homeIcon()
{
    return lineIcon([](QPainter &p) {
        p.drawPolyline(QPolygonF({{3, 11.5}, {12, 3.5}, {21, 11.5}}));
        p.drawPolyline(QPolygonF({{5.5, 9.5}, {5.5, 20.5}, {18.5, 20.5}, {18.5, 9.5}}));
        p.drawPolyline(QPolygonF({{10, 20.5}, {10, 14.5}, {14, 14.5}, {14, 20.5}}));
    });
}

QIcon peopleIcon()
{
    return lineIcon([](QPainter &p) {
        p.drawEllipse(QPointF(9, 8), 3.3, 3.3);
        QPainterPath body;
        body.moveTo(2.5, 20.5);
        body.cubicTo(2.5, 15, 5.5, 13.5, 9, 13.5);
        body.cubicTo(12.5, 13.5, 15.5, 15, 15.5, 20.5);
        p.drawPath(body);
        p.drawArc(QRectF(13.2, 5.2, 5.6, 5.6), 150 * 16, 250 * 16);
        QPainterPath second;
        second.moveTo(16.5, 13.6);
        second.cubicTo(19.5, 14, 21.5, 15.8, 21.5, 20.5);
        p.drawPath(second);
    });
}

QIcon journalIcon()
{
    return lineIcon([](QPainter &p) {
        p.drawRoundedRect(QRectF(4.5, 2.5, 15, 19), 1.5, 1.5);
        p.drawLine(QPointF(8, 7.5), QPointF(16, 7.5));
        p.drawLine(QPointF(8, 11.5), QPointF(16, 11.5));
        p.drawLine(QPointF(8, 15.5), QPointF(13, 15.5));
    });
}

QPixmap shieldPixmap(int size, bool danger)
{
    return paint(size, [danger](QPainter &p) {
        QPainterPath shield;
        shield.moveTo(12, 1.5);
        shield.lineTo(20.5, 4.8);
        shield.lineTo(20.5, 11);
        shield.cubicTo(20.5, 16.2, 17, 19.8, 12, 22.5);
        shield.cubicTo(7, 19.8, 3.5, 16.2, 3.5, 11);
        shield.lineTo(3.5, 4.8);
        shield.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(danger ? QColor(0xc6, 0x28, 0x28) : kBlue);
        p.drawPath(shield);
        p.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (danger) {
            p.drawLine(QPointF(12, 6.5), QPointF(12, 12.5));
            p.drawPoint(QPointF(12, 16.5));
        } else {
            p.drawPolyline(QPolygonF({{8, 12}, {11, 15}, {16.5, 8.5}}));
        }
    });
}

QIcon dotIcon(const QColor &color)
{
    return QIcon(paint(12, [&color](QPainter &p) {
        p.setPen(QPen(color.darker(130), 1.5));
        p.setBrush(color);
        p.drawEllipse(QPointF(12, 12), 8, 8);
    }));
}

} // namespace ejournal::client

// The reports glyphs, drawn like the other navigation icons (planicons.cpp): 1.8-unit strokes
// on a 24-unit grid; the field badges are coloured tags with a short sign.
#include "reportsicons.h"

#include "icons.h"

#include <QPainter>
#include <QPixmap>

namespace ejournal::client {

using reports::FieldType;

QIcon reportsIcon()
{
    return lineIcon([](QPainter &p) {
        p.drawLine(QPointF(3.5, 20.5), QPointF(20.5, 20.5));
        const double tops[] = {11, 5, 14};
        for (int i = 0; i < 3; ++i)
            p.drawRect(QRectF(5 + i * 5.5, tops[i], 3.5, 20.5 - tops[i]));
    });
}

QIcon fieldTypeIcon(FieldType type)
{
    struct Badge
    {
        const char *sign;
        QColor color;
    };
    const auto badge = [type]() -> Badge {
        switch (type) {
        case FieldType::Text: return {"Aa", QColor(0x5b, 0x6b, 0x7f)};
        case FieldType::Integer: return {"12", QColor(0x1f, 0x6f, 0xb5)};
        case FieldType::Number: return {"1,5", QColor(0x1f, 0x6f, 0xb5)};
        case FieldType::Date: return {"31", QColor(0xb5, 0x5d, 0x1f)};
        case FieldType::Mark: return {"5", QColor(0x2e, 0x8b, 0x57)};
        case FieldType::Flag: return {"✓", QColor(0x7a, 0x4f, 0xb0)};
        case FieldType::Ref: return {"→", QColor(0x8a, 0x6d, 0x1f)};
        }
        return {"?", Qt::gray};
    }();
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(badge.color);
        p.drawRoundedRect(QRectF(0.5, 1.5, size - 1, size - 3), size / 5.0, size / 5.0);
        QFont font = p.font();
        const QString sign = QString::fromUtf8(badge.sign);
        font.setPixelSize(qMax(7, size * (sign.size() > 2 ? 40 : 55) / 100));
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, sign);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace ejournal::client

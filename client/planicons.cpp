// The plan and journal settings glyphs, drawn like the other navigation icons (icons.cpp):
// 1.8-unit strokes on a 24-unit grid, dark normally and white when selected.
#include "planicons.h"

#include "icons.h"

#include <QPainter>

namespace ejournal::client {

QIcon planIcon()
{
    return lineIcon([](QPainter &p) {
        for (double y : {6.0, 12.0, 18.0}) {
            p.drawPoint(QPointF(4.5, y));
            p.drawLine(QPointF(9, y), QPointF(20, y));
        }
    });
}

QIcon journalSettingsIcon()
{
    return lineIcon([](QPainter &p) {
        const double knobs[] = {8, 15, 11};
        for (int i = 0; i < 3; ++i) {
            const double x = 6 + i * 6;
            p.drawLine(QPointF(x, 4), QPointF(x, 20));
            p.drawEllipse(QPointF(x, knobs[i]), 2.2, 2.2);
        }
    });
}

} // namespace ejournal::client

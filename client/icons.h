// The program's icons, drawn in code so that they are sharp at every size and match each
// other: the application icon, the navigation glyphs, the certificate shield, status dots.
#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>

#include <functional>

class QPainter;

namespace ejournal::client {

QIcon applicationIcon();
// A line glyph drawn by `strokes` on a 24-unit grid with 1.8-unit round strokes: dark
// normally, white when selected (every navigation glyph is one).
QIcon lineIcon(const std::function<void(QPainter &)> &strokes);
// Line glyphs for the navigation: dark normally, white when selected.
QIcon homeIcon();
QIcon peopleIcon();
QIcon journalIcon();
// A shield with a tick (a server to confirm) or, when `danger`, red with "!" (refused).
QPixmap shieldPixmap(int size, bool danger);
// A round dot of the given colour, for status indicators.
QIcon dotIcon(const QColor &color);

} // namespace ejournal::client

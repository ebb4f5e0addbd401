// The program's icons, drawn in code so that they are sharp at every size and match each
// other: the application icon, the navigation glyphs, the certificate shield, status dots.
#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>

namespace ejournal::client {

QIcon applicationIcon();
// Line glyphs for the navigation: dark normally, white when selected.
QIcon homeIcon();
QIcon peopleIcon();
QIcon journalIcon();
// A shield with a tick (a server to confirm) or, when `danger`, red with "!" (refused).
QPixmap shieldPixmap(int size, bool danger);
// A round dot of the given colour, for status indicators.
QIcon dotIcon(const QColor &color);

} // namespace ejournal::client

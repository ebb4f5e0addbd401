// The navigation glyphs of the lesson plans page (a numbered list of topics) and of the
// journal settings page (sliders).
#pragma once

#include <QIcon>

namespace ejournal::client {

QIcon planIcon();
QIcon journalSettingsIcon();

} // namespace ejournal::client

// The reports page's glyphs: the navigation icon (a bar chart) and the small badges that show
// a catalogue field's type in the designer (text, whole number, number, date, mark, yes/no,
// reference).
#pragma once

#include "reportcatalogue.h"

#include <QIcon>

namespace ejournal::client {

QIcon reportsIcon();
QIcon fieldTypeIcon(reports::FieldType type);

} // namespace ejournal::client

// The navigation glyph of the curriculum page: a small table of hours.
#pragma once

#include <QIcon>

namespace ejournal::client {

QIcon curriculumIcon();

} // namespace ejournal::client

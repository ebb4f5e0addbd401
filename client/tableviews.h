// The look shared by the program's read-only lists: whole-row selection, alternating rows,
// no grid, columns sized to their contents with the last one stretched.
#pragma once

class QTableView;

namespace ejournal::client {

void setUpListTable(QTableView *view);

} // namespace ejournal::client

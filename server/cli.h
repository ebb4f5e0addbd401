// The command line of ejournal-server: `run` (default) serves, `init` creates a school and
// its administrator. Bad options get a one-line error and exit status 2.
#pragma once

namespace ejournal::server {

int serverMain(int argc, char **argv);

} // namespace ejournal::server

// The client's command line (--lang, --help, --version), with translated help text.
#pragma once

class QCoreApplication;

namespace ejournal::client {

// Processes the command line; prints help or version and exits the process when asked to,
// and exits with an error for an unknown option or language.
void processCommandLine(const QCoreApplication &app);

} // namespace ejournal::client

// Log lines the journal and syslog understand: under systemd (JOURNAL_STREAM set) each
// line starts with its syslog priority "<N>"; otherwise "time level category: message".
#pragma once

namespace ejournal::server {

void installLogHandler();

} // namespace ejournal::server

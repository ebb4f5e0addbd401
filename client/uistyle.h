// The program's look: the Fusion style with plain (icon-less) dialog buttons, and the shared
// touches for title lines and secondary text.
#pragma once

class QLabel;

namespace ejournal::client {

// Installs the application style; call once after the QApplication exists.
void applyApplicationStyle();
// Bold, `scale` times the normal size.
void makeTitle(QLabel *label, double scale);
// Softer than the normal text colour, for explanations under titles and fields.
void makeSecondary(QLabel *label);

} // namespace ejournal::client

// What Qt's print system can take from ejournal: a document that sets the printer up, paints
// every page and says how many pages it has. PrintDocument (flowing HTML blocks) and
// PaperDocument (pages composed on fixed grids) are both printed through PrintOutput.
#pragma once

#include <QString>

class QPrinter;

namespace ejournal::client {

class Printable
{
public:
    virtual ~Printable() = default;

    // The document's title (print dialog, PDF metadata).
    virtual QString title() const = 0;
    // Applies page size, orientation and margins (call before the preview or print dialog).
    virtual void preparePrinter(QPrinter *printer) const = 0;
    // Paints every page; false when the printer could not be opened.
    virtual bool render(QPrinter *printer) const = 0;
    // How many pages render() paints on this printer.
    virtual int pageCount(QPrinter *printer) const = 0;
};

} // namespace ejournal::client

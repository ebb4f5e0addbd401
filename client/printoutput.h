// Where a printable document (PrintDocument, PaperDocument) goes: Qt's print preview, the
// print dialog, or a PDF file (A4, real text, fonts embedded). All three paint through
// Printable::render().
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ejournal::client {

class Printable;

class PrintOutput
{
    Q_DECLARE_TR_FUNCTIONS(PrintOutput)
public:
    // QPrintPreviewDialog (modal); the user may print from it.
    static void preview(const Printable &document, QWidget *parent);
    // QPrintDialog, then prints; false when cancelled.
    static bool print(const Printable &document, QWidget *parent);
    // Writes the document as PDF; false with a readable reason.
    static bool writePdf(const Printable &document, const QString &fileName, QString *error);
    // Asks where to save (suggesting suggestedName in the documents folder) and writes the PDF;
    // returns the file written, or empty when cancelled or failed (the failure is shown).
    static QString savePdfAs(const Printable &document, const QString &suggestedName,
                             QWidget *parent);
};

} // namespace ejournal::client

// Preview, print and PDF output of printable documents.
#include "printoutput.h"

#include "printable.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace ejournal::client {

void PrintOutput::preview(const Printable &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    document.preparePrinter(&printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(document.title()));
    dialog.resize(900, 760);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *target) { document.render(target); });
    dialog.exec();
}

bool PrintOutput::print(const Printable &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    document.preparePrinter(&printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print: %1").arg(document.title()));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    document.render(&printer);
    return true;
}

bool PrintOutput::writePdf(const Printable &document, const QString &fileName, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(fileName);
    printer.setFontEmbeddingEnabled(true);
    document.preparePrinter(&printer);
    if (!document.render(&printer)) {
        if (error)
            *error = tr("Could not write the file %1. Check that the folder exists and that "
                        "you may write to it.").arg(QDir::toNativeSeparators(fileName));
        return false;
    }
    return true;
}

QString PrintOutput::savePdfAs(const Printable &document, const QString &suggestedName,
                               QWidget *parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString fileName = QFileDialog::getSaveFileName(
        parent, tr("Save as PDF"), QDir(folder).filePath(suggestedName),
        tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty())
        return {};
    if (!fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        fileName += QLatin1String(".pdf");
    QString error;
    if (!writePdf(document, fileName, &error)) {
        QMessageBox::warning(parent, tr("Save as PDF"), error);
        return {};
    }
    return fileName;
}

} // namespace ejournal::client

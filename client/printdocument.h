// A printable document for Qt's print system: unbreakable blocks of rich text laid out in
// columns on pages (A4 by default), a header with the school name and title, a footer with
// the print date and «page N of M», optional dashed cut lines around the blocks. One
// render() paints it for the preview, the printer and PDF alike.
#pragma once

#include "printable.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <memory>

class QPainter;
class QPrinter;
class QTextDocument;

namespace ejournal::client {

class PrintDocument : public Printable
{
    Q_DECLARE_TR_FUNCTIONS(PrintDocument)
public:
    PrintDocument();

    void setTitle(const QString &title) { m_title = title; }
    QString title() const override { return m_title; }
    void setSchoolName(const QString &name) { m_school = name; }
    void setPrintDate(const QDate &date) { m_printDate = date; }
    void setPageLayout(const QPageLayout &layout) { m_layout = layout; }
    QPageLayout pageLayout() const { return m_layout; }
    void setOrientation(QPageLayout::Orientation orientation) { m_layout.setOrientation(orientation); }
    // Blocks side by side in a row (1 by default).
    void setColumns(int columns) { m_columns = qMax(1, columns); }
    // Dashed lines around every block, to cut the printed page into slips.
    void setCutLines(bool on) { m_cutLines = on; }
    // The font blocks start with (DejaVu Sans 10 pt: it has Cyrillic and is embedded in PDF).
    void setBaseFont(const QFont &font) { m_font = font; }

    // One block of HTML that is never split across pages.
    void addBlock(const QString &html) { m_blocks.append(html); }
    int blockCount() const { return int(m_blocks.size()); }

    // Applies the page layout to the printer (call before the preview or print dialog).
    void preparePrinter(QPrinter *printer) const override;
    // Lays the blocks out for the printer's resolution and paints every page; false when the
    // printer could not be opened (a PDF file that cannot be written).
    bool render(QPrinter *printer) const override;
    // How many pages render() paints on this printer.
    int pageCount(QPrinter *printer) const override;

private:
    struct Cell
    {
        std::shared_ptr<QTextDocument> document;  // laid out for the printer
        int page;                                 // from 0
        QRectF rect;  // device pixels in the page's paint rectangle, padding included
    };
    struct Frame
    {
        QRectF header;
        QRectF body;
        QRectF footer;
    };

    Frame frame(QPrinter *printer) const;
    QList<Cell> layOut(QPrinter *printer, const Frame &frame, int *pages) const;
    void paintHeaderFooter(QPainter &painter, const Frame &frame, int page, int pages) const;
    QFont scaledFont(qreal factor) const;

    QString m_title;
    QString m_school;
    QDate m_printDate;
    QPageLayout m_layout;
    QFont m_font;
    QList<QString> m_blocks;
    int m_columns = 1;
    bool m_cutLines = false;
};

} // namespace ejournal::client

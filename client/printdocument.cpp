// Layout and painting of printable documents.
#include "printdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

#include <memory>

namespace ejournal::client {

namespace {
constexpr qreal kMarginMm = 12;
constexpr qreal kBlockPaddingMm = 4;
constexpr qreal kHeaderGapMm = 4;

qreal pixels(QPrinter *printer, qreal mm)
{
    return mm * printer->resolution() / 25.4;
}

std::shared_ptr<QTextDocument> blockDocument(const QString &html, const QFont &font, qreal width,
                                             QPaintDevice *device)
{
    auto document = std::make_shared<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(html);
    document->setTextWidth(width);
    return document;
}
} // namespace

PrintDocument::PrintDocument()
    : m_printDate(QDate::currentDate()),
      m_layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
               QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter),
      m_font(QStringLiteral("DejaVu Sans"), 10)
{
}

void PrintDocument::preparePrinter(QPrinter *printer) const
{
    printer->setPageLayout(m_layout);
    printer->setDocName(m_title);
    printer->setCreator(QCoreApplication::applicationName());
}

QFont PrintDocument::scaledFont(qreal factor) const
{
    QFont font = m_font;
    font.setPointSizeF(m_font.pointSizeF() * factor);
    return font;
}

PrintDocument::Frame PrintDocument::frame(QPrinter *printer) const
{
    const QRectF paint(QPointF(0, 0),
                       printer->pageLayout().paintRectPixels(printer->resolution()).size());
    const qreal line = QFontMetricsF(scaledFont(0.85), printer).lineSpacing();
    const qreal band = line + pixels(printer, kHeaderGapMm);
    Frame f;
    f.header = QRectF(paint.left(), paint.top(), paint.width(), line);
    f.footer = QRectF(paint.left(), paint.bottom() - line, paint.width(), line);
    f.body = paint.adjusted(0, band, 0, -band);
    return f;
}

QList<PrintDocument::Cell> PrintDocument::layOut(QPrinter *printer, const Frame &frame,
                                                 int *pages) const
{
    const qreal padding = pixels(printer, kBlockPaddingMm);
    const qreal width = frame.body.width() / m_columns;
    QList<Cell> cells;
    int page = 0;
    qreal top = frame.body.top();
    for (qsizetype first = 0; first < m_blocks.size(); first += m_columns) {
        QList<Cell> row;
        qreal height = 0;
        for (qsizetype i = first; i < qMin(first + m_columns, m_blocks.size()); ++i) {
            auto document = blockDocument(m_blocks.at(i), m_font, width - 2 * padding, printer);
            height = qMax(height, document->size().height() + 2 * padding);
            row.append(Cell{document, 0, QRectF(frame.body.left() + width * (i - first), 0, width, 0)});
        }
        // A row that does not fit goes to the next page whole (unless the page is empty).
        if (top + height > frame.body.bottom() && top > frame.body.top()) {
            ++page;
            top = frame.body.top();
        }
        for (Cell &cell : row) {
            cell.page = page;
            cell.rect.setTop(top);
            cell.rect.setHeight(height);
            cells.append(cell);
        }
        top += height;
    }
    *pages = page + 1;
    return cells;
}

int PrintDocument::pageCount(QPrinter *printer) const
{
    int pages = 1;
    layOut(printer, frame(printer), &pages);
    return pages;
}

void PrintDocument::paintHeaderFooter(QPainter &painter, const Frame &frame, int page,
                                      int pages) const
{
    painter.save();
    QFont bold = scaledFont(0.85);
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(Qt::black);
    painter.drawText(frame.header, Qt::AlignLeft | Qt::AlignVCenter, m_school);
    painter.setFont(scaledFont(0.85));
    painter.drawText(frame.header, Qt::AlignRight | Qt::AlignVCenter, m_title);
    painter.drawText(frame.footer, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Printed on %1").arg(QLocale().toString(m_printDate, QStringLiteral("dd.MM.yyyy"))));
    painter.drawText(frame.footer, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(page).arg(pages));
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), frame.header.height() / 40));
    const qreal under = frame.header.bottom() + frame.header.height() * 0.25;
    painter.drawLine(QPointF(frame.header.left(), under), QPointF(frame.header.right(), under));
    const qreal over = frame.footer.top() - frame.footer.height() * 0.25;
    painter.drawLine(QPointF(frame.footer.left(), over), QPointF(frame.footer.right(), over));
    painter.restore();
}

bool PrintDocument::render(QPrinter *printer) const
{
    const Frame f = frame(printer);
    int pages = 1;
    const QList<Cell> cells = layOut(printer, f, &pages);
    const qreal padding = pixels(printer, kBlockPaddingMm);
    QPen cut(QColor(0x70, 0x70, 0x70), pixels(printer, 0.25), Qt::CustomDashLine);
    cut.setDashPattern({12, 8});

    QPainter painter;
    if (!painter.begin(printer))
        return false;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            printer->newPage();
        paintHeaderFooter(painter, f, page + 1, pages);
        for (const Cell &cell : cells) {
            if (cell.page != page)
                continue;
            painter.save();
            painter.translate(cell.rect.topLeft() + QPointF(padding, padding));
            cell.document->drawContents(&painter);
            painter.restore();
            if (m_cutLines) {
                painter.save();
                painter.setPen(cut);
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(cell.rect);
                painter.restore();
            }
        }
    }
    return painter.end();
}

} // namespace ejournal::client

// The printed report: laid out once in millimetres (measured with PaperDocument's fonts, so
// preview, printer and PDF agree), then painted page by page — the heading and the chart on
// the first page, the table with its header row on every page, the footer on all of them.
#include "reportdocument.h"

#include "paperdocument.h"
#include "reportchart.h"
#include "reportexport_p.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QGraphicsScene>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>

#include <algorithm>
#include <numeric>

namespace ejournal::client {

using reports::Result;

namespace {

constexpr qreal kMarginMm = 12;
constexpr qreal kBandMm = 5;       // the footer line, and the running header of later pages
constexpr qreal kGapMm = 3;
constexpr qreal kPadMm = 1;        // inside a table cell
constexpr qreal kMaxColumnMm = 60;  // wider texts wrap
constexpr qreal kHeaderMm = 22;     // a header wants this much (or its longest word)
constexpr qreal kChartShare = 0.42;  // of the first page's body height
constexpr qreal kTallChartShare = 0.6;  // with many categories: room for their turned labels
constexpr int kManyCategories = 12;
constexpr int kLandscapeColumns = 7;
constexpr PaperFont kCellFont = PaperFont::Normal;
constexpr PaperFont kBoldFont = PaperFont::Bold;

struct TableRow
{
    QStringList cells;
    bool bold = false;
    qreal height = 0;
};

struct Page
{
    qreal tableTop = 0;  // mm in the body; the header row is painted there
    QList<int> rows;     // indices into Data::rows
};

} // namespace

struct ReportDocument::Data
{
    Result result;
    QString title;
    QString subtitle;
    QString school;
    reports::ChartType chart = reports::ChartType::None;
    QDate printDate = QDate::currentDate();
    QPageLayout layout;

    QList<qreal> widths;
    QList<int> aligns;
    TableRow header;
    QList<TableRow> rows;
    qreal headingHeight = 0;
    QRectF chartRect;  // mm in the first page's body; empty without a chart
    QString note;      // under the table: no rows, or the row limit reached
    QList<Page> pages;

    QSizeF paint() const { return layout.paintRect(QPageLayout::Millimeter).size(); }
    // The body of a page: below the running header (later pages), above the footer.
    QRectF body(int page) const
    {
        const qreal top = page == 0 ? 0 : kBandMm + kGapMm;
        return QRectF(0, top, paint().width(), paint().height() - kBandMm - kGapMm - top);
    }
    void measureColumns();
    qreal rowHeight(const QStringList &cells, PaperFont font) const;
    void buildRows();
    qreal measureHeading() const;
    void paginate();

    void paintPage(QPainter &painter, qreal scale, int index) const;
    void paintBands(QPainter &painter, qreal scale, int index) const;
    qreal paintHeading(QPainter &painter, qreal scale) const;
    qreal paintRow(QPainter &painter, qreal scale, const TableRow &row, qreal y, bool head) const;
};

namespace {

bool alignsRight(const reports::ResultColumn &column)
{
    return reportoutput::isNumeric(column.type);
}

qreal longestWord(const QString &text, PaperFont font)
{
    qreal width = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        width = qMax(width, PaperDocument::textWidth(word, font));
    return width;
}

// Widths that fill `available`: the narrow columns get what they need, the wide ones share the
// rest equally (and wrap); when everything fits, all grow in proportion.
QList<qreal> fitWidths(const QList<qreal> &natural, qreal available)
{
    qreal sum = 0;
    for (const qreal width : natural)
        sum += width;
    QList<qreal> widths = natural;
    if (sum <= available) {
        for (qreal &width : widths)
            width *= available / qMax<qreal>(sum, 1);
        return widths;
    }
    QList<int> order(natural.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return natural.at(a) < natural.at(b); });
    qreal remaining = available;
    for (int i = 0; i < order.size(); ++i) {
        const qreal share = remaining / qreal(order.size() - i);
        widths[order.at(i)] = qMin(natural.at(order.at(i)), share);
        remaining -= widths.at(order.at(i));
    }
    return widths;
}

} // namespace

void ReportDocument::Data::measureColumns()
{
    QList<qreal> natural;
    for (int i = 0; i < result.columns.size(); ++i) {
        const QString &caption = header.cells.at(i);
        qreal width = qMax(longestWord(caption, kBoldFont),
                           qMin(PaperDocument::textWidth(caption, kBoldFont), kHeaderMm));
        for (const TableRow &row : rows)
            width = qMax(width, PaperDocument::textWidth(row.cells.at(i), row.bold ? kBoldFont : kCellFont));
        natural.append(qMin(width, kMaxColumnMm) + 2 * kPadMm);
        aligns.append(int(alignsRight(result.columns.at(i)) ? Qt::AlignRight : Qt::AlignLeft)
                      | Qt::AlignTop | Qt::TextWordWrap);
    }
    widths = fitWidths(natural, paint().width());
}

qreal ReportDocument::Data::rowHeight(const QStringList &cells, PaperFont font) const
{
    qreal height = PaperDocument::lineHeight(font);
    for (int i = 0; i < cells.size(); ++i) {
        const qreal inner = widths.at(i) - 2 * kPadMm;
        if (PaperDocument::textWidth(cells.at(i), font) > inner)
            height = qMax(height, PaperDocument::wrappedHeight(cells.at(i), font, inner));
    }
    return height + 2 * kPadMm;
}

void ReportDocument::Data::buildRows()
{
    header.cells = reportoutput::captions(result);
    header.bold = true;
    for (const QVariantList &cells : result.rows)
        rows.append(TableRow{reportoutput::rowTexts(result, cells), false, 0});
    if (result.total)
        rows.append(TableRow{reportoutput::rowTexts(result, *result.total, true), true, 0});
    measureColumns();
    header.height = rowHeight(header.cells, kBoldFont);
    for (TableRow &row : rows)
        row.height = rowHeight(row.cells, row.bold ? kBoldFont : kCellFont);
    if (rows.isEmpty())
        note = ReportDocument::tr("The report has no rows.");
    else if (result.truncated)
        note = reportoutput::truncatedNote(int(result.rows.size()));
}

qreal ReportDocument::Data::measureHeading() const
{
    const qreal width = paint().width();
    qreal height = PaperDocument::wrappedHeight(title, PaperFont::Heading, width);
    if (!school.isEmpty())
        height += PaperDocument::lineHeight(PaperFont::Normal);
    if (!subtitle.isEmpty())
        height += PaperDocument::wrappedHeight(subtitle, PaperFont::Normal, width);
    return height + kGapMm;
}

// Rows go onto pages under the header row; a row that does not fit starts the next page.
void ReportDocument::Data::paginate()
{
    qreal top = headingHeight;
    if (!chartRect.isEmpty())
        top = chartRect.bottom() + kGapMm;
    const qreal firstRow = rows.isEmpty() ? 0 : rows.first().height;
    if (top + header.height + firstRow > body(0).bottom())
        pages.append(Page{});  // the first page holds only the heading and the chart
    Page page{pages.isEmpty() ? top : body(int(pages.size())).top(), {}};
    qreal y = page.tableTop + header.height;
    for (int i = 0; i < rows.size(); ++i) {
        const int index = int(pages.size());
        if (y + rows.at(i).height > body(index).bottom() && !page.rows.isEmpty()) {
            pages.append(page);
            page = Page{body(index + 1).top(), {}};
            y = page.tableTop + header.height;
        }
        page.rows.append(i);
        y += rows.at(i).height;
    }
    pages.append(page);
}

ReportDocument::ReportDocument(const Result &result, const QString &title, const QString &subtitle,
                               reports::ChartType chart, const QString &schoolName)
    : d(std::make_unique<Data>())
{
    d->result = result;
    d->title = title;
    d->subtitle = subtitle;
    d->school = schoolName;
    const auto orientation = result.columns.size() > kLandscapeColumns ? QPageLayout::Landscape
                                                                       : QPageLayout::Portrait;
    d->layout = QPageLayout(QPageSize(QPageSize::A4), orientation,
                            QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    std::unique_ptr<QChart> probe(buildReportChart(result, chart));
    d->chart = probe ? chart : reports::ChartType::None;
    d->headingHeight = d->measureHeading();
    if (probe) {
        const qreal share = result.rows.size() > kManyCategories ? kTallChartShare : kChartShare;
        d->chartRect = QRectF(0, d->headingHeight, d->paint().width(), d->body(0).height() * share);
    }
    d->buildRows();
    d->paginate();
}

ReportDocument::~ReportDocument() = default;

QString ReportDocument::title() const
{
    return d->title;
}

void ReportDocument::preparePrinter(QPrinter *printer) const
{
    printer->setPageLayout(d->layout);
    printer->setDocName(d->title);
    printer->setCreator(QCoreApplication::applicationName());
}

int ReportDocument::pageCount(QPrinter *) const
{
    return int(d->pages.size());
}

namespace {

QRectF scaled(const QRectF &mm, qreal scale)
{
    return QRectF(mm.x() * scale, mm.y() * scale, mm.width() * scale, mm.height() * scale);
}

// A font in pixels of a 96 dpi layout: the chart lays its texts out in those pixels, and the
// printer then scales them with the rest of the chart (a point size would be resolved at the
// printer's resolution once more).
QFont inPixels(const QFont &font)
{
    QFont pixels = font;
    if (font.pixelSize() <= 0)
        pixels.setPixelSize(qMax(1, qRound(font.pointSizeF() * 96 / 72)));
    return pixels;
}

void usePixelFonts(QChart *chart)
{
    chart->setTitleFont(inPixels(chart->titleFont()));
    chart->legend()->setFont(inPixels(chart->legend()->font()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(inPixels(axis->labelsFont()));
        axis->setTitleFont(inPixels(axis->titleFont()));
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(inPixels(set->labelFont()));
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                slice->setLabelFont(inPixels(slice->labelFont()));
        }
    }
}

// The chart as vector drawing: laid out at 96 dpi for the rectangle's size in millimetres,
// then scaled into the rectangle (device pixels).
void paintChart(QPainter &painter, const Result &result, reports::ChartType type,
                const QRectF &target, qreal scale)
{
    std::unique_ptr<QChart> chart(buildReportChart(result, type));
    if (!chart)
        return;
    const qreal pixelsPerMm = 96 / 25.4;
    const QRectF source(0, 0, target.width() / scale * pixelsPerMm, target.height() / scale * pixelsPerMm);
    usePixelFonts(chart.get());
    chart->setBackgroundVisible(false);
    chart->resize(source.size());
    QGraphicsScene scene;
    scene.addItem(chart.get());
    scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
    scene.removeItem(chart.get());
}

} // namespace

void ReportDocument::Data::paintBands(QPainter &painter, qreal scale, int index) const
{
    const QRectF footer(0, paint().height() - kBandMm, paint().width(), kBandMm);
    painter.setPen(Qt::black);
    painter.setFont(PaperDocument::font(PaperFont::Small));
    painter.drawText(scaled(footer, scale), Qt::AlignLeft | Qt::AlignVCenter,
                     ReportDocument::tr("Printed on %1")
                         .arg(QLocale().toString(printDate, QStringLiteral("dd.MM.yyyy"))));
    painter.drawText(scaled(footer, scale), Qt::AlignRight | Qt::AlignVCenter,
                     ReportDocument::tr("Page %1 of %2").arg(index + 1).arg(pages.size()));
    painter.setPen(QPen(Qt::gray, 0.15 * scale));
    const qreal over = footer.top() - kGapMm / 2;
    painter.drawLine(QPointF(0, over * scale), QPointF(footer.width() * scale, over * scale));
    if (index == 0)
        return;
    const QRectF header(0, 0, paint().width(), kBandMm);
    painter.setPen(Qt::black);
    painter.drawText(scaled(header, scale), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.drawText(scaled(header, scale), Qt::AlignRight | Qt::AlignVCenter, school);
    painter.setPen(QPen(Qt::gray, 0.15 * scale));
    const qreal under = header.bottom() + kGapMm / 2;
    painter.drawLine(QPointF(0, under * scale), QPointF(header.width() * scale, under * scale));
}

// The school, the title and the parameters at the top of the first page; returns the bottom.
qreal ReportDocument::Data::paintHeading(QPainter &painter, qreal scale) const
{
    const qreal width = paint().width();
    qreal y = 0;
    auto line = [&](const QString &text, PaperFont font, const QColor &color) {
        if (text.isEmpty())
            return;
        const qreal height = PaperDocument::wrappedHeight(text, font, width);
        painter.setPen(color);
        painter.setFont(PaperDocument::font(font));
        painter.drawText(scaled(QRectF(0, y, width, height), scale),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        y += height;
    };
    line(school, PaperFont::Normal, QColor(0x59, 0x59, 0x59));
    line(title, PaperFont::Heading, Qt::black);
    line(subtitle, PaperFont::Normal, Qt::black);
    return y;
}

// A row of the table at y (mm): cells framed, the header shaded; returns the row's bottom.
qreal ReportDocument::Data::paintRow(QPainter &painter, qreal scale, const TableRow &row, qreal y,
                                     bool head) const
{
    painter.setFont(PaperDocument::font(row.bold ? kBoldFont : kCellFont));
    qreal x = 0;
    for (int i = 0; i < widths.size(); ++i) {
        const QRectF cell(x, y, widths.at(i), row.height);
        if (head)
            painter.fillRect(scaled(cell, scale), QColor(0xE7, 0xEC, 0xF3));
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.15 * scale));
        painter.drawRect(scaled(cell, scale));
        painter.setPen(Qt::black);
        const int align = head ? int(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap) : aligns.at(i);
        painter.drawText(scaled(cell.adjusted(kPadMm, kPadMm, -kPadMm, -kPadMm), scale), align,
                         row.cells.at(i));
        x += widths.at(i);
    }
    return y + row.height;
}

void ReportDocument::Data::paintPage(QPainter &painter, qreal scale, int index) const
{
    paintBands(painter, scale, index);
    if (index == 0) {
        paintHeading(painter, scale);
        if (!chartRect.isEmpty())
            paintChart(painter, result, chart, scaled(chartRect, scale), scale);
    }
    const Page &page = pages.at(index);
    if (page.rows.isEmpty() && index + 1 < pages.size())
        return;  // the first page holds only the heading and the chart
    qreal y = paintRow(painter, scale, header, page.tableTop, true);
    for (const int row : page.rows)
        y = paintRow(painter, scale, rows.at(row), y, false);
    if (index == pages.size() - 1 && !note.isEmpty()) {
        painter.setFont(PaperDocument::font(PaperFont::Small));
        painter.drawText(scaled(QRectF(0, y + kPadMm, paint().width(), kBandMm), scale),
                         Qt::AlignLeft | Qt::AlignTop, note);
    }
}

bool ReportDocument::render(QPrinter *printer) const
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const qreal scale = printer->resolution() / 25.4;
    for (int i = 0; i < d->pages.size(); ++i) {
        if (i > 0)
            printer->newPage();
        d->paintPage(painter, scale, i);
    }
    return painter.end();
}

} // namespace ejournal::client

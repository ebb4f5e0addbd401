// Composing and painting page-exact documents.
#include "paperdocument.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>

namespace ejournal::client {

namespace {
constexpr qreal kMarginMm = 12;
constexpr qreal kBandMm = 5;     // header and footer lines
constexpr qreal kBandGapMm = 2;  // between them and the body
constexpr qreal kMeasureDpi = 1200;

// A paint device of the printer's resolution: text measured on it fits the printed page.
const QImage &measureDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_Mono);
        image.setDotsPerMeterX(qRound(kMeasureDpi / 0.0254));
        image.setDotsPerMeterY(qRound(kMeasureDpi / 0.0254));
        return image;
    }();
    return device;
}

qreal toMm(qreal devicePixels)
{
    return devicePixels * 25.4 / kMeasureDpi;
}

QRectF scaled(const QRectF &mm, qreal scale)
{
    return QRectF(mm.x() * scale, mm.y() * scale, mm.width() * scale, mm.height() * scale);
}
} // namespace

void PaperPage::text(const QRectF &rect, const QString &text, PaperFont font, int flags)
{
    if (!text.isEmpty())
        m_items.append({PaperItem::Text, rect, text, font, flags, 0});
}

void PaperPage::verticalText(const QRectF &rect, const QString &text, PaperFont font)
{
    m_items.append({PaperItem::VerticalText, rect, text, font,
                    int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap), 0});
}

void PaperPage::line(const QPointF &from, const QPointF &to, qreal pen)
{
    m_items.append({PaperItem::Line, QRectF(from, to), {}, PaperFont::Small, 0, pen});
}

void PaperPage::frame(const QRectF &rect, qreal pen)
{
    m_items.append({PaperItem::Frame, rect, {}, PaperFont::Small, 0, pen});
}

void PaperPage::signature(qreal y, const QString &label, const QString &name)
{
    const qreal labelWidth = PaperDocument::textWidth(label, PaperFont::Normal) + 2;
    const qreal h = PaperDocument::lineHeight(PaperFont::Normal);
    text(QRectF(0, y, labelWidth, h), label, PaperFont::Normal);
    line(QPointF(labelWidth, y + h), QPointF(labelWidth + 45, y + h), 0.15);
    if (!name.isEmpty())
        text(QRectF(labelWidth + 47, y, 80, h), QStringLiteral("/ %1 /").arg(name), PaperFont::Normal);
}

PaperDocument::PaperDocument(QPageLayout::Orientation orientation)
    : m_printDate(QDate::currentDate()),
      m_layout(QPageSize(QPageSize::A4), orientation,
               QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter)
{
}

QSizeF PaperDocument::body() const
{
    const QSizeF paint = m_layout.paintRect(QPageLayout::Millimeter).size();
    return {paint.width(), paint.height() - 2 * (kBandMm + kBandGapMm)};
}

PaperPage &PaperDocument::addPage()
{
    m_pages.emplace_back();
    return m_pages.back();
}

QFont PaperDocument::font(PaperFont which)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setHintingPreference(QFont::PreferNoHinting);
    switch (which) {
    case PaperFont::Tiny: f.setPointSizeF(6); break;
    case PaperFont::Small: f.setPointSizeF(7.5); break;
    case PaperFont::Normal: f.setPointSizeF(9); break;
    case PaperFont::Bold: f.setPointSizeF(9); f.setBold(true); break;
    case PaperFont::Heading: f.setPointSizeF(12); f.setBold(true); break;
    case PaperFont::Title: f.setPointSizeF(24); f.setBold(true); break;
    }
    return f;
}

qreal PaperDocument::lineHeight(PaperFont which)
{
    return toMm(QFontMetricsF(font(which), &measureDevice()).lineSpacing());
}

qreal PaperDocument::textWidth(const QString &text, PaperFont which)
{
    return toMm(QFontMetricsF(font(which), &measureDevice()).horizontalAdvance(text));
}

qreal PaperDocument::wrappedHeight(const QString &text, PaperFont which, qreal width)
{
    if (text.isEmpty())
        return lineHeight(which);
    const qreal px = width * kMeasureDpi / 25.4;
    const QRectF bound = QFontMetricsF(font(which), &measureDevice())
                             .boundingRect(QRectF(0, 0, px, 1e7), Qt::TextWordWrap, text);
    return toMm(bound.height());
}

void PaperDocument::preparePrinter(QPrinter *printer) const
{
    printer->setPageLayout(m_layout);
    printer->setDocName(m_title);
    printer->setCreator(QCoreApplication::applicationName());
}

void PaperDocument::paintPage(QPainter &painter, qreal scale, int index) const
{
    const QSizeF paint = m_layout.paintRect(QPageLayout::Millimeter).size();
    const qreal bandLine = (kBandMm + kBandGapMm / 2) * scale;
    painter.setPen(Qt::black);
    painter.setFont(font(PaperFont::Small));
    QFont bold = font(PaperFont::Small);
    bold.setBold(true);
    const QRectF header(0, 0, paint.width() * scale, kBandMm * scale);
    const QRectF footer(0, (paint.height() - kBandMm) * scale, paint.width() * scale, kBandMm * scale);
    painter.setFont(bold);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_school);
    painter.setFont(font(PaperFont::Small));
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_title);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Printed on %1").arg(QLocale().toString(m_printDate, QStringLiteral("dd.MM.yyyy"))));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(index + 1).arg(qMax(1, pages())));
    painter.setPen(QPen(Qt::gray, 0.15 * scale));
    painter.drawLine(QPointF(0, bandLine), QPointF(header.width(), bandLine));
    painter.drawLine(QPointF(0, footer.top() - kBandGapMm / 2 * scale),
                     QPointF(header.width(), footer.top() - kBandGapMm / 2 * scale));

    if (index >= pages())
        return;
    painter.save();
    painter.setPen(Qt::black);
    painter.translate(0, (kBandMm + kBandGapMm) * scale);
    for (const PaperItem &item : m_pages.at(index).items()) {
        const QRectF r = scaled(item.rect, scale);
        switch (item.kind) {
        case PaperItem::Text:
            painter.setFont(font(item.font));
            painter.drawText(r, item.flags, item.text);
            break;
        case PaperItem::VerticalText:
            painter.save();
            painter.setFont(font(item.font));
            painter.translate(r.bottomLeft());
            painter.rotate(-90);
            painter.drawText(QRectF(0, 0, r.height(), r.width()).adjusted(scale, 0, -scale, 0),
                             item.flags, item.text);
            painter.restore();
            break;
        case PaperItem::Line:
            painter.setPen(QPen(Qt::black, item.pen * scale));
            painter.drawLine(r.topLeft(), r.bottomRight());
            break;
        case PaperItem::Frame:
            painter.setPen(QPen(Qt::black, item.pen * scale));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
            break;
        }
    }
    painter.restore();
}

bool PaperDocument::render(QPrinter *printer) const
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const qreal scale = printer->resolution() / 25.4;
    for (int i = 0; i < pages(); ++i) {
        if (i > 0)
            printer->newPage();
        paintPage(painter, scale, i);
    }
    if (pages() == 0)
        paintPage(painter, scale, 0);
    return painter.end();
}

} // namespace ejournal::client

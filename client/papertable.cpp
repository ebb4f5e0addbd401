// Flowing ruled tables over composed pages.
#include "papertable.h"

namespace ejournal::client {

namespace {
constexpr qreal kPadMm = 0.8;
}

PaperTable::PaperTable(PaperDocument &document, QList<PaperColumn> columns, Heading heading,
                       PaperFont font)
    : m_document(document), m_columns(std::move(columns)), m_heading(std::move(heading)), m_font(font)
{
}

qreal PaperTable::rowHeight(const QStringList &cells, PaperFont font) const
{
    qreal height = PaperDocument::lineHeight(font);
    for (int i = 0; i < m_columns.size(); ++i)
        height = qMax(height, PaperDocument::wrappedHeight(cells.value(i), font,
                                                           m_columns.at(i).width - 2 * kPadMm));
    return height + 2 * kPadMm;
}

qreal PaperTable::headHeight() const
{
    QStringList plain;
    qreal turned = 0;
    for (const PaperColumn &c : m_columns) {
        plain.append(c.turned ? QString() : c.header);
        if (c.turned)
            turned = qMax(turned, PaperDocument::textWidth(c.header, PaperFont::Tiny) + 3);
    }
    return qMax(rowHeight(plain, PaperFont::Small), qMin<qreal>(turned, 45));
}

void PaperTable::drawRow(const QStringList &cells, qreal height, PaperFont font, bool head)
{
    qreal x = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        const qreal w = m_columns.at(i).width;
        const QRectF cell(x, m_y, w, height);
        m_page->frame(cell, 0.15);
        if (head && m_columns.at(i).turned)
            m_page->verticalText(cell.adjusted(0.2, 0, -0.2, 0), cells.value(i), PaperFont::Tiny);
        else
            m_page->text(cell.adjusted(kPadMm, kPadMm, -kPadMm, -kPadMm), cells.value(i), font,
                     m_columns.at(i).align | Qt::AlignVCenter | Qt::TextWordWrap);
        x += w;
    }
    m_y += height;
}

void PaperTable::newPage()
{
    const bool continued = m_page != nullptr;
    m_page = &m_document.addPage();
    if (m_firstPage < 0)
        m_firstPage = m_document.pages() - 1;
    m_y = m_heading ? m_heading(*m_page, continued) : 0;
    drawHead();
}

void PaperTable::drawHead()
{
    QStringList heads;
    for (const PaperColumn &c : m_columns)
        heads.append(c.header);
    drawRow(heads, headHeight(), PaperFont::Small, true);
}

qreal PaperTable::spaceLeft() const
{
    return m_page ? m_document.body().height() - m_y : 0;
}

void PaperTable::ensureSpace(qreal space)
{
    if (!m_page || spaceLeft() < space)
        newPage();
}

void PaperTable::startBelow(PaperPage &page, qreal y, qreal space)
{
    if (m_document.body().height() - y < space) {
        newPage();
        return;
    }
    m_page = &page;
    m_firstPage = m_document.pages() - 1;
    m_y = y;
    drawHead();
}

void PaperTable::addRow(const QStringList &cells, qreal minHeight)
{
    const qreal height = qMax(minHeight, rowHeight(cells, m_font));
    ensureSpace(height);
    drawRow(cells, height, m_font);
}

} // namespace ejournal::client

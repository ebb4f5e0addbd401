// A ruled table that flows over the pages of a PaperDocument: a heading and the column heads
// repeated on every page, rows as high as their wrapped text, never cut across pages.
#pragma once

#include "paperdocument.h"

#include <functional>

namespace ejournal::client {

struct PaperColumn
{
    QString header;
    qreal width = 20;  // mm
    int align = Qt::AlignLeft;
    bool turned = false;  // the head is turned (read bottom to top), for narrow columns
};

class PaperTable
{
public:
    // heading paints what goes above the table on each new page and returns its height.
    using Heading = std::function<qreal(PaperPage &page, bool continued)>;

    PaperTable(PaperDocument &document, QList<PaperColumn> columns, Heading heading,
               PaperFont font = PaperFont::Small);

    // A row; empty cells allowed; minHeight in mm (e.g. blank rows to write in).
    void addRow(const QStringList &cells, qreal minHeight = 0);
    // Space left under the table on the current page (mm), and where the table ends there.
    qreal spaceLeft() const;
    qreal bottom() const { return m_y; }
    // Pages of the document this table used, from 0.
    int firstPage() const { return m_firstPage; }
    int lastPage() const { return m_document.pages() - 1; }
    // Starts a new page (heading and column heads) unless space (mm) is left on this one.
    void ensureSpace(qreal space);
    // Starts the table on an existing page at y (column heads there; later pages get the
    // heading), or on a new page when less than `space` mm is left below y.
    void startBelow(PaperPage &page, qreal y, qreal space);
    // The page the table ends on (valid once a row or the start was added).
    PaperPage &currentPage() { return *m_page; }

private:
    qreal rowHeight(const QStringList &cells, PaperFont font) const;
    qreal headHeight() const;
    void drawRow(const QStringList &cells, qreal height, PaperFont font, bool head = false);
    void newPage();
    void drawHead();

    PaperDocument &m_document;
    QList<PaperColumn> m_columns;
    Heading m_heading;
    PaperFont m_font;
    PaperPage *m_page = nullptr;
    qreal m_y = 0;
    int m_firstPage = -1;
};

} // namespace ejournal::client

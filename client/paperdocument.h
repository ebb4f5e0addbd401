// A printable document composed page by page on fixed grids (the paper class journal's
// spreads, summary sheets, extracts): each page is a list of texts, lines and frames placed
// in millimetres inside the page body; every page gets the school's name, the document's
// title, the print date and «page N of M». Fonts are DejaVu (Cyrillic, embedded in PDF).
#pragma once

#include "printable.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPageLayout>
#include <QRectF>

#include <deque>

class QFont;
class QPainter;

namespace ejournal::client {

enum class PaperFont { Tiny, Small, Normal, Bold, Heading, Title };

struct PaperItem
{
    enum Kind { Text, VerticalText, Line, Frame };
    Kind kind = Text;
    QRectF rect;  // millimetres in the page body (a line: from topLeft to bottomRight)
    QString text;
    PaperFont font = PaperFont::Small;
    int flags = 0;
    qreal pen = 0.2;  // line width, mm
};

class PaperPage
{
public:
    void text(const QRectF &rect, const QString &text, PaperFont font,
              int flags = Qt::AlignLeft | Qt::AlignVCenter);
    // Text turned a quarter counter-clockwise, read from bottom to top (narrow column heads).
    void verticalText(const QRectF &rect, const QString &text, PaperFont font);
    void line(const QPointF &from, const QPointF &to, qreal pen = 0.2);
    void frame(const QRectF &rect, qreal pen = 0.2);
    // A signature line at y: "label ____________ / name /".
    void signature(qreal y, const QString &label, const QString &name = {});

    const QList<PaperItem> &items() const { return m_items; }

private:
    QList<PaperItem> m_items;
};

class PaperDocument : public Printable
{
    Q_DECLARE_TR_FUNCTIONS(PaperDocument)
public:
    explicit PaperDocument(QPageLayout::Orientation orientation = QPageLayout::Portrait);

    void setTitle(const QString &title) { m_title = title; }
    void setSchoolName(const QString &name) { m_school = name; }
    void setPrintDate(const QDate &date) { m_printDate = date; }
    QString schoolName() const { return m_school; }

    // The body of every page in millimetres (inside margins, header and footer).
    QSizeF body() const;
    PaperPage &addPage();
    int pages() const { return int(m_pages.size()); }
    const PaperPage &page(int index) const { return m_pages.at(index); }

    // Measurements in millimetres, the same on screen, printer and PDF.
    static qreal lineHeight(PaperFont font);
    static qreal textWidth(const QString &text, PaperFont font);
    static qreal wrappedHeight(const QString &text, PaperFont font, qreal width);
    static QFont font(PaperFont font);

    QString title() const override { return m_title; }
    void preparePrinter(QPrinter *printer) const override;
    bool render(QPrinter *printer) const override;
    int pageCount(QPrinter *) const override { return qMax(1, pages()); }

private:
    void paintPage(QPainter &painter, qreal scale, int index) const;

    QString m_title;
    QString m_school;
    QDate m_printDate;
    QPageLayout m_layout;
    std::deque<PaperPage> m_pages;  // references stay valid while pages are added
};

} // namespace ejournal::client

// The journal grid's two-row column header and the journal's colours.
#include "journalheader.h"

#include "journalmodel.h"

#include <QPainter>

namespace ejournal::client {

namespace journalcolors {
QColor paper() { return QColor(0xff, 0xff, 0xff); }
QColor line() { return QColor(0xc8, 0xcd, 0xd6); }
QColor headerFill() { return QColor(0xf2, 0xf4, 0xf7); }
QColor current() { return QColor(0xff, 0xf3, 0xc4); }
QColor unavailable() { return QColor(0xe6, 0xe6, 0xe6); }
QColor low() { return QColor(0xc6, 0x28, 0x28); }
QColor away() { return QColor(0x6a, 0x1b, 0x9a); }
QColor late() { return QColor(0xb2, 0x5e, 0x00); }
QColor summary() { return QColor(0xf4, 0xf6, 0xfb); }
} // namespace journalcolors

JournalHeader::JournalHeader(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignCenter);
    setMinimumSectionSize(24);
}

QSize JournalHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(2 * (fontMetrics().height() + 8));
    return size;
}

QSize JournalHeader::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    size.setHeight(2 * (fontMetrics().height() + 8));
    return size;
}

QString JournalHeader::month(int logicalIndex) const
{
    return model()->headerData(logicalIndex, Qt::Horizontal, JournalModel::MonthRole).toString();
}

void JournalHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!model())
        return;
    const int kind = model()->headerData(logicalIndex, Qt::Horizontal, JournalModel::ColumnKindRole).toInt();
    if (kind == JournalModel::LessonColumnKind) {
        paintLesson(painter, rect, logicalIndex);
        return;
    }
    painter->save();
    const bool summary = kind == JournalModel::AverageColumnKind || kind == JournalModel::FinalColumnKind;
    painter->fillRect(rect, summary ? journalcolors::summary().darker(104) : journalcolors::headerFill());
    painter->setPen(journalcolors::line());
    painter->drawLine(rect.topRight(), rect.bottomRight());
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    painter->setPen(palette().color(QPalette::WindowText));
    QFont font = painter->font();
    font.setBold(summary);
    painter->setFont(font);
    const Qt::Alignment align = kind == JournalModel::NameColumnKind ? Qt::AlignLeft | Qt::AlignVCenter
                                                                      : Qt::AlignCenter;
    painter->drawText(rect.adjusted(6, 2, -4, -2), int(align) | Qt::TextWordWrap,
                      model()->headerData(logicalIndex, Qt::Horizontal).toString());
    painter->restore();
}

void JournalHeader::paintLesson(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    painter->save();
    const int half = rect.height() / 2;
    const QRect top(rect.left(), rect.top(), rect.width(), half);
    const QRect bottom(rect.left(), rect.top() + half, rect.width(), rect.height() - half);

    // The month band: spans the lessons of the month; its name centred over them.
    const QString name = month(logicalIndex);
    int first = logicalIndex, last = logicalIndex;
    while (first > 0 && month(first - 1) == name
           && model()->headerData(first - 1, Qt::Horizontal, JournalModel::ColumnKindRole).toInt()
                  == JournalModel::LessonColumnKind)
        --first;
    while (last + 1 < count() && month(last + 1) == name
           && model()->headerData(last + 1, Qt::Horizontal, JournalModel::ColumnKindRole).toInt()
                  == JournalModel::LessonColumnKind)
        ++last;
    const int left = sectionViewportPosition(first);
    const int right = sectionViewportPosition(last) + sectionSize(last);
    painter->fillRect(top, journalcolors::headerFill());
    painter->setClipRect(top);
    painter->setPen(palette().color(QPalette::WindowText));
    QFont monthFont = painter->font();
    monthFont.setCapitalization(QFont::Capitalize);
    painter->setFont(monthFont);
    const QRect span(left, top.top(), right - left, half);
    painter->drawText(span.adjusted(2, 0, -2, 0), Qt::AlignCenter,
                      fontMetrics().elidedText(name, Qt::ElideRight, span.width() - 4));
    painter->setClipping(false);
    painter->setPen(journalcolors::line());
    painter->drawLine(top.bottomLeft(), top.bottomRight());
    if (logicalIndex == last)
        painter->drawLine(top.topRight(), top.bottomRight());

    // The day.
    const bool current = model()->headerData(logicalIndex, Qt::Horizontal, JournalModel::CurrentLessonRole).toBool();
    const bool cancelled = model()->headerData(logicalIndex, Qt::Horizontal, JournalModel::UnavailableRole).toBool();
    const bool control = model()->headerData(logicalIndex, Qt::Horizontal, JournalModel::ControlWorkRole).toBool();
    painter->fillRect(bottom, current ? journalcolors::current()
                              : cancelled ? journalcolors::unavailable() : journalcolors::headerFill());
    painter->drawLine(bottom.topRight(), bottom.bottomRight());
    painter->drawLine(bottom.bottomLeft(), bottom.bottomRight());
    QFont dayFont = painter->font();
    dayFont.setCapitalization(QFont::MixedCase);
    dayFont.setBold(current || control);
    dayFont.setStrikeOut(cancelled);
    painter->setFont(dayFont);
    painter->setPen(control ? journalcolors::low()
                    : cancelled ? palette().color(QPalette::Disabled, QPalette::WindowText)
                                : palette().color(QPalette::WindowText));
    painter->drawText(bottom, Qt::AlignCenter, model()->headerData(logicalIndex, Qt::Horizontal).toString());
    painter->restore();
}

} // namespace ejournal::client

// Painting of timetable cells.
#include "timetablecelldelegate.h"

#include "timetablegridmodel.h"
#include "timetabletext.h"

#include <QPainter>

namespace ejournal::client {

namespace {
const QColor kError(0xc6, 0x28, 0x28);
const QColor kWarning(0xef, 0x8f, 0x00);
const QColor kChanged(0x1e, 0x63, 0xc8);

QColor parityTint(int parity)
{
    if (parity == 1)
        return QColor(0xe3, 0xf0, 0xfd);
    if (parity == 2)
        return QColor(0xff, 0xf4, 0xd6);
    return QColor(0xf3, 0xf7, 0xf1);
}

void paintEntry(QPainter *painter, const QRect &rect, const QVariantMap &entry, const QFont &font)
{
    const int parity = entry.value(QStringLiteral("parity")).toInt();
    painter->fillRect(rect, parityTint(parity));
    if (entry.value(QStringLiteral("changed")).toBool())
        painter->fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), kChanged);
    if (entry.value(QStringLiteral("cut")).toBool()) {
        painter->save();
        painter->setPen(QPen(Qt::darkGray, 1, Qt::DashLine));
        painter->drawRect(rect.adjusted(1, 1, -2, -2));
        painter->restore();
    }
    const QRect text = rect.adjusted(6, 2, -4, -2);
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.88);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics smallMetrics(small);
    int y = text.top();
    painter->setPen(QColor(0x20, 0x20, 0x20));
    if (parity != 0) {
        painter->setFont(small);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(QRect(text.left(), y, text.width(), smallMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, TimetableText::parityShort(parity));
        y += smallMetrics.height();
        painter->setPen(QColor(0x20, 0x20, 0x20));
    }
    painter->setFont(bold);
    // The subject takes two lines when it is long and the block has room for them.
    QString title = entry.value(QStringLiteral("title")).toString();
    // A word longer than the cell is wide: the short name instead («Литер. чт.»).
    for (const QString &word : title.split(QLatin1Char(' ')))
        if (boldMetrics.horizontalAdvance(word) > text.width())
            title = entry.value(QStringLiteral("short")).toString();
    const bool twoLines = boldMetrics.horizontalAdvance(title) > text.width()
        && text.bottom() - y >= 2 * boldMetrics.height() + smallMetrics.height();
    const QRect titleRect(text.left(), y, text.width(), boldMetrics.height() * (twoLines ? 2 : 1));
    if (twoLines)
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title);
    else
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(title, Qt::ElideRight, text.width()));
    y += titleRect.height();
    painter->setFont(small);
    painter->setPen(QColor(0x44, 0x44, 0x44));
    const QRect detail(text.left(), y, text.width(), qMax(0, text.bottom() - y));
    const QString words = entry.value(QStringLiteral("detail")).toString();
    // The detail wraps when there is room for two lines, else it is elided.
    if (detail.height() >= 2 * smallMetrics.height())
        painter->drawText(detail, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, words);
    else
        painter->drawText(detail, Qt::AlignLeft | Qt::AlignTop,
                          smallMetrics.elidedText(words, Qt::ElideRight, detail.width()));
}
} // namespace

void TimetableCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    painter->save();
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    painter->fillRect(option.rect, option.palette.base());
    if (index.data(TimetableGridModel::ForbiddenRole).toBool()) {
        painter->fillRect(cell, QColor(0xee, 0xee, 0xee));
        painter->fillRect(cell, QBrush(QColor(0xb0, 0xb0, 0xb0), Qt::BDiagPattern));
    }
    const QVariantList entries = index.data(TimetableGridModel::CellRole).toList();
    // Odd/even-week entries share the cell side by side; several groups stack.
    QList<QVariantMap> weekly;
    QList<QVariantMap> alternate;
    for (const QVariant &value : entries) {
        const QVariantMap entry = value.toMap();
        (entry.value(QStringLiteral("parity")).toInt() == 0 ? weekly : alternate).append(entry);
    }
    const int bands = int(weekly.size()) + (alternate.isEmpty() ? 0 : 1);
    const int bandHeight = bands > 0 ? cell.height() / bands : 0;
    int top = cell.top();
    for (const QVariantMap &entry : std::as_const(weekly)) {
        paintEntry(painter, QRect(cell.left(), top, cell.width(), bandHeight - 1), entry, option.font);
        top += bandHeight;
    }
    if (!alternate.isEmpty()) {
        const int width = cell.width() / int(alternate.size());
        for (int i = 0; i < alternate.size(); ++i)
            paintEntry(painter, QRect(cell.left() + i * width, top, width - 1, bandHeight - 1),
                       alternate.at(i), option.font);
    }
    if (option.state & QStyle::State_Selected) {
        QColor highlight = option.palette.highlight().color();
        painter->setPen(QPen(highlight, option.state & QStyle::State_HasFocus ? 3 : 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(4, 4, -4, -4));
    }
    const QString conflict = index.data(TimetableGridModel::ConflictRole).toString();
    if (!conflict.isEmpty()) {
        const QColor color = conflict == QLatin1String("error") ? kError : kWarning;
        painter->setPen(QPen(color, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(cell.adjusted(1, 1, -1, -1));
        const QPoint corner = cell.topRight();
        const QPolygon triangle({corner, corner + QPoint(-12, 0), corner + QPoint(0, 12)});
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(triangle);
    }
    painter->restore();
}

QSize TimetableCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return QSize(metrics.averageCharWidth() * 18, metrics.height() * 3 + 8);
}

} // namespace ejournal::client

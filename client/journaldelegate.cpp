// Painting and editing journal cells.
#include "journaldelegate.h"

#include "journalheader.h"
#include "journalmodel.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

namespace ejournal::client {

namespace {
QColor pieceColor(int kind, const QPalette &palette)
{
    switch (kind) {
    case JournalModel::LowPiece: return journalcolors::low();
    case JournalModel::AwayPiece: return journalcolors::away();
    case JournalModel::LatePiece: return journalcolors::late();
    default: return palette.color(QPalette::Text);
    }
}
} // namespace

void JournalDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int kind = index.data(JournalModel::ColumnKindRole).toInt();
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    QColor fill = journalcolors::paper();
    if (index.data(JournalModel::UnavailableRole).toBool())
        fill = journalcolors::unavailable();
    else if (index.data(JournalModel::CurrentLessonRole).toBool())
        fill = journalcolors::current();
    else if (kind == JournalModel::AverageColumnKind || kind == JournalModel::FinalColumnKind)
        fill = journalcolors::summary();
    // The name of the row being filled stands out, as a ruler laid under the line on paper.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    if ((kind == JournalModel::NameColumnKind || kind == JournalModel::NumberColumnKind) && view
        && view->currentIndex().row() == index.row())
        fill = journalcolors::current();
    if (selected)
        fill = fill == journalcolors::paper() ? QColor(0xdc, 0xe8, 0xfa) : fill.darker(112);
    painter->save();
    painter->fillRect(option.rect, fill);

    if (kind == JournalModel::LessonColumnKind) {
        paintPieces(painter, option.rect, index);
    } else {
        QString text = index.data().toString();
        QFont font = option.font;
        QColor color = option.palette.color(QPalette::Text);
        if (kind == JournalModel::FinalColumnKind) {
            font.setBold(true);
            const QList<int> kinds = index.data(JournalModel::PieceKindsRole).value<QList<int>>();
            if (!kinds.isEmpty())
                color = pieceColor(kinds.first(), option.palette);
            if (text.isEmpty()) {
                text = index.data(JournalModel::SuggestionRole).toString();
                font.setBold(false);
                font.setItalic(true);
                color = option.palette.color(QPalette::Disabled, QPalette::Text);
            }
        }
        painter->setFont(font);
        painter->setPen(color);
        const int align = index.data(Qt::TextAlignmentRole).isValid()
                              ? index.data(Qt::TextAlignmentRole).toInt()
                              : int(Qt::AlignLeft | Qt::AlignVCenter);
        const QRect r = option.rect.adjusted(6, 0, -6, 0);
        painter->drawText(r, align, QFontMetrics(font).elidedText(text, Qt::ElideRight, r.width()));
    }

    if (const int pending = index.data(JournalModel::PendingRole).toInt()) {
        const int s = 7;
        const QPoint tr = option.rect.topRight();
        QPainterPath triangle;
        triangle.moveTo(tr.x() - s, tr.y());
        triangle.lineTo(tr.x() + 1, tr.y());
        triangle.lineTo(tr.x() + 1, tr.y() + s + 1);
        triangle.closeSubpath();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(triangle, pending == 2 ? journalcolors::low() : QColor(0xf5, 0x8a, 0x00));
    }
    if (focused) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

void JournalDelegate::paintPieces(QPainter *painter, const QRect &rect, const QModelIndex &index) const
{
    const QStringList pieces = index.data(JournalModel::PiecesRole).toStringList();
    if (pieces.isEmpty())
        return;
    const QList<int> kinds = index.data(JournalModel::PieceKindsRole).value<QList<int>>();
    QFont font = painter->font();
    font.setBold(true);
    if (pieces.size() > 2)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics fm(font);
    const int gap = fm.horizontalAdvance(QLatin1Char(' ')) / 2 + 1;
    int width = -gap;
    for (const QString &p : pieces)
        width += fm.horizontalAdvance(p) + gap;
    int x = rect.left() + qMax(2, (rect.width() - width) / 2);
    painter->setFont(font);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        painter->setPen(pieceColor(kinds.value(i), QPalette()));
        const int w = fm.horizontalAdvance(pieces.at(i));
        painter->drawText(QRect(x, rect.top(), w, rect.height()), Qt::AlignVCenter | Qt::AlignLeft, pieces.at(i));
        x += w + gap;
    }
}

QWidget *JournalDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("journalCellEditor"));
    editor->setAlignment(Qt::AlignCenter);
    editor->setFrame(false);
    return editor;
}

void JournalDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = static_cast<QLineEdit *>(editor);
    if (line->text().isEmpty())
        line->setText(index.data(Qt::EditRole).toString());
}

void JournalDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
}

void JournalDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &) const
{
    // Wider than the narrow day column, so that "5 4 оп 10" fits while typing.
    QRect r = option.rect;
    r.setWidth(qMax(r.width(), editor->fontMetrics().horizontalAdvance(QStringLiteral("5 5 5 оп 10")) + 12));
    editor->setGeometry(r);
}

} // namespace ejournal::client

// The spreadsheet-like curriculum grid and its hours editor.
#include "curriculumgrid.h"

#include "curriculumtext.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QScrollBar>

namespace ejournal::client {

QWidget *HoursDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                     const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("hoursEditor"));
    editor->setAlignment(Qt::AlignCenter);
    editor->setFrame(false);
    // Whole and half hours up to 40: "5", "1,5", "1.5", "" (none).
    editor->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^(40|[1-3]?[0-9])?([.,][05]?)?$")), editor));
    return editor;
}

void HoursDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QLineEdit *>(editor)->setText(
        CurriculumText::hours(index.data(Qt::EditRole).toDouble(), true));
}

void HoursDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    bool ok = text.isEmpty();
    const double hours = ok ? 0.0 : text.toDouble(&ok);
    if (ok)
        model->setData(index, hours, Qt::EditRole);
}

void HoursDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

CurriculumGrid::CurriculumGrid(QWidget *parent) : QTableView(parent), m_footer(new QTableView(this))
{
    m_footer->setObjectName(QStringLiteral("planTotals"));
    m_footer->horizontalHeader()->hide();
    m_footer->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_footer->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_footer->setFocusPolicy(Qt::NoFocus);
    m_footer->setSelectionMode(QAbstractItemView::NoSelection);
    m_footer->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_footer->setFrameShape(QFrame::NoFrame);
    m_footer->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_footer->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, m_footer->horizontalScrollBar(),
            &QScrollBar::setValue);
    connect(horizontalHeader(), &QHeaderView::sectionResized, m_footer,
            [this](int column, int, int size) { m_footer->setColumnWidth(column, size); });
    setItemDelegate(new HoursDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                    | QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(true);
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultSectionSize(52);
    horizontalHeader()->setHighlightSections(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    verticalHeader()->setHighlightSections(true);
}

void CurriculumGrid::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_footer->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &CurriculumGrid::splitOffTotals);
    connect(model, &QAbstractItemModel::layoutChanged, this, &CurriculumGrid::splitOffTotals);
    splitOffTotals();
}

// The grid shows every row but the last; the footer shows only the last. Columns are wide
// enough for the totals ("29 / 29" in bold).
void CurriculumGrid::splitOffTotals()
{
    const int last = model()->rowCount() - 1;
    for (int row = 0; row <= last; ++row) {
        setRowHidden(row, row == last);
        m_footer->setRowHidden(row, row != last);
    }
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    for (int column = 0; column < model()->columnCount(); ++column) {
        const QString totals = model()->index(last, column).data().toString();
        setColumnWidth(column, qMax(56, metrics.horizontalAdvance(totals) + 14));
        m_footer->setColumnWidth(column, columnWidth(column));
    }
    updateGeometries();
}

void CurriculumGrid::updateGeometries()
{
    QTableView::updateGeometries();
    // The base class resets the margins on every layout: keep the footer's room below.
    const int height = verticalHeader()->defaultSectionSize();
    setViewportMargins(verticalHeader()->isVisible() ? verticalHeader()->width() : 0,
                       horizontalHeader()->isVisible() ? horizontalHeader()->height() : 0, 0,
                       height);
    if (m_placingFooter)
        return;
    m_placingFooter = true;
    m_footer->verticalHeader()->setDefaultSectionSize(height);
    m_footer->verticalHeader()->setFixedWidth(verticalHeader()->width());
    const QRect area = viewport()->geometry();
    m_footer->setGeometry(area.left() - verticalHeader()->width(), area.bottom() + 1,
                          area.width() + verticalHeader()->width(), height);
    m_footer->horizontalScrollBar()->setValue(horizontalScrollBar()->value());
    m_placingFooter = false;
}

void CurriculumGrid::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (state() != EditingState && current.isValid()) {
        if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
            if (current.flags() & Qt::ItemIsEditable)
                model()->setData(current, 0.0, Qt::EditRole);
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            moveDown();
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void CurriculumGrid::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    // The delegate closes with SubmitModelCache when Return was pressed in the editor.
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        moveDown();
}

void CurriculumGrid::moveDown()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex below = current.sibling(current.row() + 1, current.column());
    if (below.isValid() && (below.flags() & Qt::ItemIsEditable))
        setCurrentIndex(below);
}

} // namespace ejournal::client

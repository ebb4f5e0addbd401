// The journal grid: frozen columns, keyboard entry, context menus.
#include "journalgrid.h"

#include "journaldelegate.h"
#include "journalheader.h"
#include "journalmodel.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>

namespace ejournal::client {

using namespace journal;

namespace {
constexpr int kFrozenColumns = 2;

void setUpView(QTableView *view, JournalModel *model)
{
    view->setHorizontalHeader(new JournalHeader(view));
    view->setModel(model);
    view->setItemDelegate(new JournalDelegate(view));
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setWordWrap(false);
    view->setStyleSheet(QStringLiteral("QTableView { gridline-color: %1; background: white; }")
                            .arg(journalcolors::line().name()));
}
} // namespace

JournalGrid::JournalGrid(JournalModel *model, QWidget *parent)
    : QTableView(parent), m_model(model), m_frozen(new QTableView(this))
{
    setObjectName(QStringLiteral("journalGrid"));
    setUpView(this, model);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(true);

    m_frozen->setObjectName(QStringLiteral("journalNames"));
    setUpView(m_frozen, model);
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frozen->setSelectionModel(selectionModel());
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setStyleSheet(m_frozen->styleSheet()
                            + QStringLiteral(" QTableView { border-right: 2px solid %1; }")
                                  .arg(journalcolors::line().darker(130).name()));
    viewport()->stackUnder(m_frozen);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int index, int, int size) {
        if (index < kFrozenColumns) {
            m_frozen->setColumnWidth(index, size);
            updateFrozenGeometry();
        }
    });
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(horizontalHeader(), &QHeaderView::sectionDoubleClicked, this, [this](int column) {
        if (m_model->lessonAt(column))
            emit lessonCardRequested(column);
    });
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &JournalGrid::showHeaderMenu);
    connect(model, &QAbstractItemModel::modelReset, this, &JournalGrid::resetLayout);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, m_frozen->viewport(),
            qOverload<>(&QWidget::update));
    resetLayout();
}

void JournalGrid::resetLayout()
{
    const QFontMetrics fm = fontMetrics();
    const int cell = fm.horizontalAdvance(QStringLiteral("5 5")) + 14;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int width = cell;
        switch (m_model->columnKind(c)) {
        case JournalModel::NumberColumnKind: width = fm.horizontalAdvance(QStringLiteral("000")) + 14; break;
        case JournalModel::NameColumnKind: width = fm.horizontalAdvance(QStringLiteral("Константинопольская Александра")) + 12; break;
        case JournalModel::LessonColumnKind: break;
        case JournalModel::AverageColumnKind: width = fm.horizontalAdvance(QStringLiteral("Ср. балл")) + 14; break;
        case JournalModel::FinalColumnKind:
            width = qMax(fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 16,
                         fm.horizontalAdvance(QStringLiteral("незач")) + 16);
            break;
        }
        setColumnWidth(c, width);
        m_frozen->setColumnWidth(c, width);
        m_frozen->setColumnHidden(c, c >= kFrozenColumns);
    }
    updateFrozenGeometry();
    const int column = m_model->currentLessonColumn();
    if (m_model->rowCount() > 0) {
        const QModelIndex start = m_model->index(0, column >= 0 ? column : JournalModel::FirstLessonColumn);
        setCurrentIndex(start);
        scrollTo(start, PositionAtCenter);
    }
}

void JournalGrid::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozenGeometry();
}

void JournalGrid::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updateFrozenGeometry();
}

void JournalGrid::updateFrozenGeometry()
{
    int width = 0;
    for (int c = 0; c < kFrozenColumns && c < m_model->columnCount(); ++c)
        width += columnWidth(c);
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setGeometry(frameWidth(), frameWidth(), width + 2,
                          viewport()->height() + horizontalHeader()->height());
}

QModelIndex JournalGrid::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    if (current.isValid() && current.column() < kFrozenColumns
        && (cursorAction == MoveLeft || cursorAction == MovePrevious || cursorAction == MoveHome))
        current = m_model->index(current.row(), qMin(kFrozenColumns, m_model->columnCount() - 1));
    return current;
}

void JournalGrid::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    QTableView::scrollTo(index, hint);
    if (!index.isValid() || index.column() < kFrozenColumns)
        return;
    const int frozen = m_frozen->width();
    const int left = visualRect(index).left();
    if (left < frozen)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + left - frozen);
}

void JournalGrid::keyPressEvent(QKeyEvent *event)
{
    if (state() == EditingState) {
        QTableView::keyPressEvent(event);
        return;
    }
    if (event->matches(QKeySequence::Undo)) {
        setPrefix({});
        const QModelIndex where = m_model->undo();
        if (where.isValid())
            setCurrentIndex(where);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        setPrefix({});
        if (event->modifiers() & Qt::ControlModifier) {
            if (m_model->lessonAt(currentIndex().column()))
                emit lessonCardRequested(currentIndex().column());
        } else {
            moveDown();
        }
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        setPrefix({});
        clearSelected();
        return;
    case Qt::Key_F2:
        setPrefix({});
        startEditing({});
        return;
    default:
        break;
    }
    if (quickKey(event))
        return;
    QTableView::keyPressEvent(event);
}

bool JournalGrid::quickKey(QKeyEvent *event)
{
    if (!currentIndex().isValid())
        return false;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (mods == Qt::ControlModifier && event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9) {
        typeToken(QString(QChar(u'0' + (event->key() - Qt::Key_0))), true);
        return true;
    }
    const QString text = event->text();
    if (mods != Qt::NoModifier || text.isEmpty() || !text.at(0).isPrint())
        return false;
    if (text == QLatin1String(" ")) {
        const QString current = currentIndex().data(Qt::EditRole).toString();
        startEditing(current.isEmpty() ? current : current + QLatin1Char(' '));
        return true;
    }
    typeToken(russianLetters(text), false);
    return true;
}

void JournalGrid::typeToken(const QString &token, bool add)
{
    const QModelIndex cur = currentIndex();
    if (!m_model->canEdit(cur)) {
        setPrefix({});
        emit m_model->entryRejected(m_model->whyReadOnly(cur));
        return;
    }
    if (m_model->columnKind(cur.column()) == JournalModel::FinalColumnKind) {
        if (const auto value = parseFinalText(token, m_model->snapshot().scale); value && !add) {
            m_model->enterFinal(cur, *value);
            moveDown();
        } else {
            startEditing(token);
        }
        return;
    }
    const QuickEntry entry = quickEntry(token, m_model->snapshot().scale, m_prefix);
    setPrefix({});
    CellContent content = m_model->content(cur);
    switch (entry.kind) {
    case QuickEntry::Kind::Prefix:
        setPrefix(entry.value);
        return;
    case QuickEntry::Kind::None:
        startEditing(token);
        return;
    case QuickEntry::Kind::Mark:
        if (add) {
            if (content.marks.size() >= 5) {
                emit m_model->entryRejected(tr("A cell holds at most five marks."));
                return;
            }
            content.marks.append(newMark(entry.value));
        } else {
            Mark mark = newMark(entry.value);
            if (!content.marks.isEmpty())
                mark.workTypeId = content.marks.first().workTypeId;
            content.marks = {mark};
            if (content.attendance != QLatin1String("late"))
                content.attendance.clear();
        }
        break;
    case QuickEntry::Kind::Attendance:
        if (entry.value == QLatin1String("late")) {
            if (content.attendance != entry.value)
                content.lateMinutes = 0;
        } else {
            content.marks.clear();
            content.lateMinutes = 0;
        }
        content.attendance = entry.value;
        break;
    }
    m_model->enterCell(cur, content);
    moveDown();
}

void JournalGrid::clearSelected()
{
    // The selected cells when the cursor is among them (a block marked with Shift), else the cursor's.
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (!cells.contains(currentIndex()))
        cells = {currentIndex()};
    bool cleared = false;
    for (const QModelIndex &cell : std::as_const(cells)) {
        if (!m_model->canEdit(cell))
            continue;
        cleared = true;
        if (m_model->columnKind(cell.column()) == JournalModel::FinalColumnKind)
            m_model->enterFinal(cell, {});
        else
            m_model->enterCell(cell, {});
    }
    if (!cleared && currentIndex().isValid())
        emit m_model->entryRejected(m_model->whyReadOnly(currentIndex()));
}

void JournalGrid::moveDown()
{
    const QModelIndex cur = currentIndex();
    for (int row = cur.row() + 1; row < m_model->rowCount(); ++row) {
        const QModelIndex next = m_model->index(row, cur.column());
        if (!next.data(JournalModel::UnavailableRole).toBool()) {
            setCurrentIndex(next);
            return;
        }
    }
}

void JournalGrid::startEditing(const QString &text)
{
    const QModelIndex cur = currentIndex();
    if (!m_model->canEdit(cur)) {
        emit m_model->entryRejected(m_model->whyReadOnly(cur));
        return;
    }
    edit(cur);
    if (auto *editor = qobject_cast<QLineEdit *>(indexWidget(cur)); editor && !text.isNull()) {
        editor->setText(text);
        editor->end(false);
    }
}

void JournalGrid::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        moveDown();
}

void JournalGrid::setPrefix(const QString &prefix)
{
    if (m_prefix == prefix)
        return;
    m_prefix = prefix;
    emit prefixChanged(prefix);
}

void JournalGrid::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(viewport()->mapFrom(this, event->pos()));
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    QMenu menu(this);
    const bool editable = m_model->canEdit(index);
    if (const Lesson *lesson = m_model->lessonAt(index.column())) {
        const CellContent content = m_model->content(index);
        for (qsizetype i = 0; i < content.marks.size() && editable; ++i) {
            const Mark &mark = content.marks.at(i);
            const qint64 kind = mark.workTypeId ? mark.workTypeId : m_model->defaultWorkType(*lesson);
            const WorkType *type = m_model->workType(kind);
            QMenu *sub = menu.addMenu(tr("Mark %1 — %2").arg(markText(mark.value), type ? type->name : QString()));
            auto *group = new QActionGroup(sub);
            for (const WorkType &w : m_model->snapshot().workTypes) {
                QAction *a = sub->addAction(tr("%1 (weight %2)").arg(w.name, QLocale().toString(w.weight)));
                a->setCheckable(true);
                a->setChecked(w.id == kind);
                group->addAction(a);
                connect(a, &QAction::triggered, this, [this, index, i, id = w.id] {
                    CellContent c = m_model->content(index);
                    if (i < c.marks.size()) {
                        c.marks[i].workTypeId = id;
                        m_model->enterCell(index, c);
                    }
                });
            }
            sub->addSeparator();
            connect(sub->addAction(tr("Comment…")), &QAction::triggered, this, [this, index, i] {
                CellContent c = m_model->content(index);
                if (i >= c.marks.size())
                    return;
                bool ok = false;
                const QString text = QInputDialog::getText(this, tr("Comment on the mark"),
                                                           tr("Comment (the student and parents see it):"),
                                                           QLineEdit::Normal, c.marks.at(i).comment, &ok);
                if (ok) {
                    c.marks[i].comment = text.trimmed();
                    m_model->enterCell(index, c);
                }
            });
        }
        if (editable && content.attendance == QLatin1String("late")) {
            connect(menu.addAction(tr("Late by minutes…")), &QAction::triggered, this, [this, index] {
                CellContent c = m_model->content(index);
                bool ok = false;
                const int minutes = QInputDialog::getInt(this, tr("Late"), tr("Late by, minutes:"),
                                                         qMax(1, c.lateMinutes), 1, 120, 1, &ok);
                if (ok) {
                    c.lateMinutes = minutes;
                    m_model->enterCell(index, c);
                }
            });
        }
        if (editable) {
            menu.addAction(tr("Edit the cell…"), QKeySequence(Qt::Key_F2), this, [this] { startEditing({}); });
            menu.addAction(tr("Clear"), QKeySequence::Delete, this, &JournalGrid::clearSelected);
        }
        menu.addSeparator();
        menu.addAction(tr("History of the cell…"), this, [this, index] { emit historyRequested(index); });
        menu.addAction(tr("Lesson card…"), QKeySequence(Qt::CTRL | Qt::Key_Return), this,
                       [this, index] { emit lessonCardRequested(index.column()); });
    } else if (m_model->columnKind(index.column()) == JournalModel::FinalColumnKind && editable) {
        const QString suggestion = index.data(JournalModel::SuggestionRole).toString();
        if (!suggestion.isEmpty())
            menu.addAction(tr("Put the suggested mark %1").arg(suggestion), this,
                           [this, index, suggestion] { m_model->enterFinal(index, suggestion); });
        for (const QString &value : {QStringLiteral("na"), QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("exempt")})
            menu.addAction(finalText(value), this, [this, index, value] { m_model->enterFinal(index, value); });
        menu.addAction(tr("Clear"), QKeySequence::Delete, this, &JournalGrid::clearSelected);
    }
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

void JournalGrid::showHeaderMenu(const QPoint &pos)
{
    const int column = horizontalHeader()->logicalIndexAt(pos);
    const Lesson *lesson = m_model->lessonAt(column);
    if (!lesson)
        return;
    QMenu menu(this);
    menu.addAction(tr("Lesson card…"), this, [this, column] { emit lessonCardRequested(column); });
    if (lesson->canWrite && !m_model->isReadOnly()) {
        QMenu *kinds = menu.addMenu(tr("Kind of work of the lesson"));
        auto *group = new QActionGroup(kinds);
        for (const WorkType &w : m_model->snapshot().workTypes) {
            QAction *a = kinds->addAction(tr("%1 (weight %2)").arg(w.name, QLocale().toString(w.weight)));
            a->setCheckable(true);
            a->setChecked(w.id == m_model->defaultWorkType(*lesson));
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, column, id = w.id] { emit lessonKindRequested(column, id); });
        }
    }
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

} // namespace ejournal::client

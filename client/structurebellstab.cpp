// The bell schedule tab.
#include "structurebellstab.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "serverconnection.h"
#include "structurebellsmodel.h"
#include "structureerrors.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
// Times as HH:mm and lesson numbers 0..12 edited in place.
class BellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == StructureBellsModel::LessonColumn) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(0, StructureBellsModel::kLastLessonNo);
            spin->setFrame(false);
            return spin;
        }
        if (index.column() == StructureBellsModel::StartColumn
            || index.column() == StructureBellsModel::EndColumn) {
            auto *time = new QTimeEdit(parent);
            time->setDisplayFormat(QStringLiteral("HH:mm"));
            time->setFrame(false);
            return time;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
};

QPushButton *makeShiftButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setCheckable(true);
    return button;
}
} // namespace

StructureBellsTab::StructureBellsTab(ServerConnection *connection, bool canEdit, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_request(connection, this), m_canEdit(canEdit),
      m_model(new StructureBellsModel(this)), m_view(new QTableView(this)),
      m_shift1(makeShiftButton(tr("Shift 1"), this)), m_shift2(makeShiftButton(tr("Shift 2"), this)),
      m_add(new QPushButton(tr("&Add a lesson"), this)), m_remove(new QPushButton(tr("&Remove the lesson"), this)),
      m_typical(new QPushButton(tr("Fill in a &typical schedule"), this)),
      m_save(new QPushButton(tr("&Save"), this)), m_revert(new QPushButton(tr("&Discard changes"), this)),
      m_state(new QLabel(this)), m_notice(new InlineMessage(this))
{
    setObjectName(QStringLiteral("bellsTab"));
    m_view->setObjectName(QStringLiteral("bells"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new BellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    for (int column = 0; column < StructureBellsModel::ProblemColumn; ++column)
        m_view->horizontalHeader()->resizeSection(column, 110);
    m_shift1->setObjectName(QStringLiteral("shift1"));
    m_shift2->setObjectName(QStringLiteral("shift2"));
    m_shift1->setChecked(true);
    auto *shifts = new QButtonGroup(this);
    shifts->addButton(m_shift1, 1);
    shifts->addButton(m_shift2, 2);
    m_add->setObjectName(QStringLiteral("addLesson"));
    m_add->setToolTip(tr("Add the next lesson (Insert)"));
    m_remove->setObjectName(QStringLiteral("removeLesson"));
    m_remove->setToolTip(tr("Remove the selected lesson (Delete)"));
    m_typical->setObjectName(QStringLiteral("typicalBells"));
    m_typical->setToolTip(tr("Seven 45-minute lessons with 10- and 20-minute breaks"));
    m_save->setObjectName(QStringLiteral("saveBells"));
    m_save->setToolTip(tr("Save the bells of this shift (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("revertBells"));
    m_notice->setObjectName(QStringLiteral("bellsNotice"));

    auto *top = new QHBoxLayout;
    top->setSpacing(0);
    top->addWidget(m_shift1);
    top->addWidget(m_shift2);
    top->addSpacing(16);
    top->addWidget(m_add);
    top->addSpacing(6);
    top->addWidget(m_remove);
    top->addSpacing(6);
    top->addWidget(m_typical);
    top->addStretch(1);
    top->addWidget(m_state);
    top->addSpacing(8);
    top->addWidget(m_revert);
    top->addSpacing(6);
    top->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);

    connect(shifts, &QButtonGroup::idClicked, this, &StructureBellsTab::showShift);
    connect(m_add, &QPushButton::clicked, this, &StructureBellsTab::addLesson);
    connect(m_remove, &QPushButton::clicked, this, &StructureBellsTab::removeLesson);
    connect(m_typical, &QPushButton::clicked, m_model, &StructureBellsModel::fillTypical);
    connect(m_save, &QPushButton::clicked, this, &StructureBellsTab::save);
    connect(m_revert, &QPushButton::clicked, m_model, &StructureBellsModel::revert);
    connect(m_model, &StructureBellsModel::dirtyChanged, this, &StructureBellsTab::updateState);
    connect(m_model, &StructureBellsModel::modelReset, this, &StructureBellsTab::updateState);
    const auto shortcut = [this](const QKeySequence &key, QWidget *owner, void (StructureBellsTab::*slot)()) {
        auto *s = new QShortcut(key, owner);
        s->setContext(owner == this ? Qt::WidgetWithChildrenShortcut : Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(Qt::Key_Insert, this, &StructureBellsTab::addLesson);
    shortcut(QKeySequence::Save, this, &StructureBellsTab::save);
    shortcut(QKeySequence::Delete, m_view, &StructureBellsTab::removeLesson);
    updateState();
}

void StructureBellsTab::setYear(const QCborMap &year)
{
    m_year = year;
    m_notice->clearMessage();
    m_model->setEditable(editable());
    reload();
}

void StructureBellsTab::reload()
{
    if (m_year.isEmpty()) {
        m_model->setBells({});
        return;
    }
    // Only the newest answer counts, and nothing can be edited until it is in: an older or
    // late answer must not wipe out lessons the deputy has already added.
    m_request.send(QStringLiteral("bells.list"),
                   {{QStringLiteral("academicYearId"), m_year.value(QStringLiteral("id"))}},
                   [this](const Reply &reply) {
        m_model->setEditable(editable());
        if (!reply.ok()) {
            m_notice->showError(ErrorText::forReply(reply));
            return;
        }
        m_model->setBells(reply.result.toArray());
    });
    m_model->setEditable(false);
}

void StructureBellsTab::save()
{
    if (!editable() || !m_model->isDirty(m_model->shift()))
        return;
    const int shift = m_model->shift();
    m_save->setEnabled(false);
    m_connection->request(QStringLiteral("bells.set"),
                          {{QStringLiteral("academicYearId"), m_year.value(QStringLiteral("id"))},
                           {QStringLiteral("shift"), shift},
                           {QStringLiteral("lessons"), m_model->lessons()}},
                          this, [this, shift](const Reply &reply) {
        updateState();
        if (!reply.ok()) {
            static const QRegularExpression lesson(QStringLiteral("^lessons\\[(\\d+)\\]$"));
            QMap<int, QString> rows;
            const QMap<QString, QString> problems = StructureErrors::problems(reply);
            for (auto it = problems.constBegin(); it != problems.constEnd(); ++it) {
                const QRegularExpressionMatch match = lesson.match(it.key());
                if (match.hasMatch())
                    rows.insert(match.captured(1).toInt(), it.value());
            }
            m_model->setServerProblems(rows);
            if (!rows.isEmpty())
                m_view->setCurrentIndex(m_model->index(rows.firstKey(), StructureBellsModel::StartColumn));
            m_notice->showError(rows.isEmpty() ? StructureErrors::summary(reply)
                                               : tr("The bells were not saved: fix the marked lessons."));
            return;
        }
        m_model->setSavedShift(reply.result.toArray());
        m_notice->showInfo(tr("The bells of shift %1 have been saved.").arg(shift));
    });
}

bool StructureBellsTab::editable() const
{
    return m_canEdit && !m_year.isEmpty() && !m_request.isPending()
           && m_year.value(QStringLiteral("state")).toString() != QLatin1String("closed");
}

void StructureBellsTab::addLesson()
{
    if (!editable())
        return;
    const int row = m_model->appendLesson();
    if (row < 0) {
        m_notice->showError(tr("No more lessons fit into the day."));
        return;
    }
    m_view->setCurrentIndex(m_model->index(row, StructureBellsModel::StartColumn));
    m_view->setFocus();
}

void StructureBellsTab::removeLesson()
{
    if (editable() && m_view->currentIndex().isValid())
        m_model->removeLesson(m_view->currentIndex().row());
}

void StructureBellsTab::showShift(int shift)
{
    m_model->setShift(shift);
    m_notice->clearMessage();
}

void StructureBellsTab::updateState()
{
    const bool on = editable();
    for (QPushButton *button : {m_add, m_remove, m_typical, m_save, m_revert})
        button->setVisible(on);
    const bool dirty = m_model->isDirty(m_model->shift());
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    m_view->setEditTriggers(on ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed
                               : QAbstractItemView::NoEditTriggers);
    QString state;
    if (dirty)
        state = tr("Unsaved changes");
    else if (m_model->rowCount() == 0 && !m_year.isEmpty())
        state = on ? tr("No bells yet: add lessons or fill in a typical schedule.")
                   : tr("No bells for this shift yet.");
    else if (!m_canEdit || m_year.value(QStringLiteral("state")).toString() == QLatin1String("closed"))
        state = m_canEdit ? tr("The year is closed: read-only.") : QString();
    m_state->setText(state);
    for (int shift : {1, 2})
        shiftButton(shift)->setText(m_model->isDirty(shift) ? tr("Shift %1 *").arg(shift)
                                                            : tr("Shift %1").arg(shift));
}

} // namespace ejournal::client

// The date switcher.
#include "changesdatebar.h"

#include "changestext.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QToolButton>

namespace ejournal::client {

namespace {
QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}
} // namespace

ChangesDateBar::ChangesDateBar(int stepDays, QWidget *parent)
    : QWidget(parent), m_step(stepDays), m_edit(new QDateEdit(this)), m_range(new QLabel(this))
{
    const bool week = m_step == 7;
    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousDate"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(week ? tr("Previous week (Alt+Left)") : tr("Previous day (Alt+Left)"));
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextDate"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(week ? tr("Next week (Alt+Right)") : tr("Next day (Alt+Right)"));
    auto *today = new QToolButton(this);
    today->setObjectName(QStringLiteral("today"));
    today->setText(week ? tr("This week") : tr("Today"));
    today->setToolTip(tr("Back to today (Alt+Home)"));
    m_edit->setObjectName(QStringLiteral("date"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_edit->setDate(week ? mondayOf(QDate::currentDate()) : QDate::currentDate());

    auto *label = new QLabel(week ? tr("&Week of:") : tr("&Date:"), this);
    label->setBuddy(m_edit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(previous);
    layout->addWidget(m_edit);
    layout->addWidget(next);
    layout->addWidget(today);
    layout->addWidget(m_range);
    showRange();

    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QToolButton::clicked, this, [this] { setDate(QDate::currentDate()); });
    const auto key = [this](const QKeySequence &sequence, auto slot) {
        auto *shortcut = new QShortcut(sequence, parentWidget() ? parentWidget() : this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { step(-1); });
    key(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { step(1); });
    key(QKeySequence(Qt::ALT | Qt::Key_Home), [this] { setDate(QDate::currentDate()); });
    connect(m_edit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_step == 7 && date.dayOfWeek() != 1) {
            m_edit->setDate(mondayOf(date));  // emits again with the Monday
            return;
        }
        showRange();
        emit dateChanged(date);
    });
}

QDate ChangesDateBar::date() const
{
    return m_edit->date();
}

QDate ChangesDateBar::lastDate() const
{
    return m_step == 7 ? date().addDays(5) : date();
}

void ChangesDateBar::setDate(const QDate &date)
{
    m_edit->setDate(m_step == 7 ? mondayOf(date) : date);
}

void ChangesDateBar::step(int direction)
{
    m_edit->setDate(m_edit->date().addDays(direction * m_step));
}

void ChangesDateBar::showRange()
{
    m_range->setText(m_step == 7 ? tr("– %1").arg(lastDate().toString(QStringLiteral("dd.MM.yyyy")))
                                 : ChangesText::dayText(date()).section(u',', 0, 0));
}

} // namespace ejournal::client

// The room chooser.
#include "timetableroomdialog.h"

#include "timetabledocument.h"
#include "timetabletext.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace ejournal::client {

TimetableRoomDialog::TimetableRoomDialog(const TimetableDocument &document, qint64 entryId,
                                         int students, QWidget *parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("timetableRoomDialog"));
    const TimetableEntry *entry = document.entry(entryId);
    const TimetableLoad load = document.loadOf(entry ? entry->assignmentId : 0);
    setWindowTitle(tr("Room for %1, %2").arg(load.subjectName, load.targetName));
    m_search->setPlaceholderText(tr("Filter rooms"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("rooms"));

    // Who holds each room at this time (the entry's own room counts as free).
    QHash<qint64, QString> busy;
    if (entry)
        for (qint64 id : document.entriesAt(entry->weekday, entry->lessonNo)) {
            const TimetableEntry *other = document.entry(id);
            if (id == entryId || other->roomId == 0)
                continue;
            if (entry->weekParity != 0 && other->weekParity != 0 && entry->weekParity != other->weekParity)
                continue;
            const TimetableLoad holder = document.loadOf(other->assignmentId);
            busy.insert(other->roomId, QStringLiteral("%1 %2").arg(holder.targetName, holder.subjectName));
        }

    auto *none = new QListWidgetItem(tr("No room"), m_list);
    none->setData(Qt::UserRole, 0);
    QList<QListWidgetItem *> taken;
    for (const TimetableRoom &room : document.rooms()) {
        QString text = room.name;
        if (room.capacity > 0)
            text += tr(" — %n seat(s)", "", room.capacity);
        if (room.capacity > 0 && students > room.capacity)
            text += tr(", too small");
        const bool isBusy = busy.contains(room.id);
        if (isBusy)
            text += tr(" — taken: %1").arg(busy.value(room.id));
        auto *item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, room.id);
        if (isBusy) {
            item->setForeground(QColor(0x99, 0x99, 0x99));
            taken.append(item);
        } else {
            m_list->addItem(item);
        }
        if (entry && room.id == entry->roomId)
            item->setText(item->text() + tr(" (now)"));
    }
    for (QListWidgetItem *item : std::as_const(taken))
        m_list->addItem(item);
    for (int i = 0; i < m_list->count(); ++i)
        if (entry && m_list->item(i)->data(Qt::UserRole).toLongLong() == entry->roomId)
            m_list->setCurrentRow(i);
    if (!m_list->currentItem())
        m_list->setCurrentRow(0);

    auto *hint = new QLabel(entry ? tr("%1: free rooms first.")
                                        .arg(TimetableText::slot(entry->weekday, entry->lessonNo))
                                  : QString(),
                            this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 460);
    m_search->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_search, &QLineEdit::textChanged, this, &TimetableRoomDialog::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &QDialog::accept);
}

void TimetableRoomDialog::filter(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool hidden = !item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(hidden);
        if (!hidden && !first)
            first = item;
    }
    if (first && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(first);
}

qint64 TimetableRoomDialog::chosenRoom() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toLongLong() : -1;
}

} // namespace ejournal::client

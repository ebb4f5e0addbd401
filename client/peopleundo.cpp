// Inline message with an undo button.
#include "peopleundo.h"

#include "inlinemessage.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace ejournal::client {

UndoMessage::UndoMessage(QWidget *parent)
    : QWidget(parent), m_label(new InlineMessage(this)), m_undo(new QPushButton(tr("&Undo"), this))
{
    m_label->setObjectName(QStringLiteral("message"));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setToolTip(tr("Reverse the last change"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undo);
    m_undo->hide();
    hide();
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const auto action = std::exchange(m_action, nullptr);
        clearMessage();
        if (action)
            action();
    });
}

void UndoMessage::showError(const QString &text)
{
    m_action = nullptr;
    m_undo->hide();
    m_label->showError(text);
    show();
}

void UndoMessage::showInfo(const QString &text)
{
    m_action = nullptr;
    m_undo->hide();
    m_label->showInfo(text);
    show();
}

void UndoMessage::showUndoable(const QString &text, const std::function<void()> &undo)
{
    showInfo(text);
    m_action = undo;
    m_undo->show();
}

void UndoMessage::clearMessage()
{
    m_action = nullptr;
    m_undo->hide();
    m_label->clearMessage();
    hide();
}

} // namespace ejournal::client

// Inline error and information banners.
#include "inlinemessage.h"

namespace ejournal::client {

namespace {
constexpr const char *kErrorStyle =
    "QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f1b0aa;"
    " border-radius: 4px; padding: 6px 8px; }";
constexpr const char *kInfoStyle =
    "QLabel { background: #e8f1fb; color: #1d3f66; border: 1px solid #b5cde8;"
    " border-radius: 4px; padding: 6px 8px; }";
} // namespace

InlineMessage::InlineMessage(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void InlineMessage::showError(const QString &text)
{
    m_error = true;
    showStyled(text, kErrorStyle);
}

void InlineMessage::showInfo(const QString &text)
{
    m_error = false;
    showStyled(text, kInfoStyle);
}

void InlineMessage::clearMessage()
{
    m_error = false;
    clear();
    hide();
}

void InlineMessage::showStyled(const QString &text, const char *style)
{
    setStyleSheet(QString::fromLatin1(style));
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace ejournal::client

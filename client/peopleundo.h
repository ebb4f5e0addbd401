// The page's inline message with an «Undo» button: after archiving or unlinking, the user
// can reverse the last change (the page supplies the request that reverses it).
#pragma once

#include <QWidget>

#include <functional>

class QPushButton;

namespace ejournal::client {

class InlineMessage;

class UndoMessage : public QWidget
{
    Q_OBJECT
public:
    explicit UndoMessage(QWidget *parent = nullptr);

    InlineMessage *label() const { return m_label; }
    QPushButton *undoButton() const { return m_undo; }

    void showError(const QString &text);
    void showInfo(const QString &text);
    // An information message with an «Undo» button that runs `undo` once.
    void showUndoable(const QString &text, const std::function<void()> &undo);
    void clearMessage();

private:
    InlineMessage *m_label;
    QPushButton *m_undo;
    std::function<void()> m_action;
};

} // namespace ejournal::client

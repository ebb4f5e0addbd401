// A message shown inside a dialog or page (errors in red, notes in blue) instead of a popup.
#pragma once

#include <QLabel>

namespace ejournal::client {

class InlineMessage : public QLabel
{
    Q_OBJECT
public:
    explicit InlineMessage(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showInfo(const QString &text);
    void clearMessage();
    bool isError() const { return m_error; }

private:
    void showStyled(const QString &text, const char *style);
    bool m_error = false;
};

} // namespace ejournal::client

// The connection state shown in the status bar.
#include "connectionindicator.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ejournal::client {

ConnectionIndicator::ConnectionIndicator(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_dot(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    connect(connection, &ServerConnection::stateChanged, this, &ConnectionIndicator::display);
    display(connection->state());
}

QString ConnectionIndicator::text() const
{
    return m_text->text();
}

QString ConnectionIndicator::stateText(ServerConnection::State state)
{
    switch (state) {
    case ServerConnection::State::Authenticated:
    case ServerConnection::State::Connected:
        return tr("Connected");
    case ServerConnection::State::Connecting:
        return tr("Connecting…");
    case ServerConnection::State::Reconnecting:
        return tr("Reconnecting…");
    case ServerConnection::State::Disconnected:
        break;
    }
    return tr("Offline");
}

void ConnectionIndicator::display(ServerConnection::State state)
{
    QColor color(0xc6, 0x28, 0x28);
    if (state == ServerConnection::State::Authenticated || state == ServerConnection::State::Connected)
        color = QColor(0x2e, 0x9d, 0x4f);
    else if (state == ServerConnection::State::Reconnecting
             || state == ServerConnection::State::Connecting)
        color = QColor(0xe0, 0x9b, 0x16);
    m_dot->setPixmap(dotIcon(color).pixmap(12, 12));
    m_text->setText(stateText(state));
    setToolTip(state == ServerConnection::State::Reconnecting
                   ? tr("The connection to the server was lost. The program is restoring it; "
                        "your work continues once it is back.")
                   : QString());
}

} // namespace ejournal::client

// The status bar's connection state: a coloured dot and "Connected", "Reconnecting…" or
// "Offline", following the ServerConnection.
#pragma once

#include "serverconnection.h"

#include <QWidget>

class QLabel;

namespace ejournal::client {

class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(ServerConnection *connection, QWidget *parent = nullptr);

    QString text() const;
    static QString stateText(ServerConnection::State state);

private:
    void display(ServerConnection::State state);

    QLabel *m_dot;
    QLabel *m_text;
};

} // namespace ejournal::client

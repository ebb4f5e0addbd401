// Help → About: the program's version, the server it is connected to and that server's
// certificate fingerprint.
#pragma once

#include <QDialog>

namespace ejournal::client {

class ServerConnection;

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const ServerConnection *connection, QWidget *parent = nullptr);
};

} // namespace ejournal::client

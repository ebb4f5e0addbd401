// The home page: who is signed in (name, roles, school), to which server, and what the
// user's roles allow them to do.
#pragma once

#include "areapage.h"

class QLabel;

namespace ejournal::client {

class ServerConnection;

class HomePage : public AreaPage
{
    Q_OBJECT
public:
    explicit HomePage(ServerConnection *connection, QWidget *parent = nullptr);

    QLabel *userNameLabel() const { return m_name; }
    QLabel *rolesLabel() const { return m_roles; }

private:
    QLabel *m_name;
    QLabel *m_roles;
};

} // namespace ejournal::client

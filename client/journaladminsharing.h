// The journal settings page's tab «Общие отчёты»: which roles may share their reports with the
// whole school (reports.settings / reports.setSettings; the deputy and the administrator).
#pragma once

#include "access.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;

class JournalAdminSharing : public QWidget
{
    Q_OBJECT
public:
    explicit JournalAdminSharing(ServerConnection *connection, QWidget *parent = nullptr);

    void reload();
    QCheckBox *roleBox(Role role) const { return m_boxes.value(role); }
    QPushButton *saveButton() const { return m_save; }
    InlineMessage *message() const { return m_message; }

private:
    void save();
    void showRoles(const QCborValue &roles);

    ServerConnection *m_connection;
    QMap<Role, QCheckBox *> m_boxes;
    QPushButton *m_save;
    InlineMessage *m_message;
};

} // namespace ejournal::client

// «People»: the students (with their cards and the movement actions), the staff and the
// movement book of the school, one tab each.
#pragma once

#include "areapage.h"

class QTabWidget;

namespace ejournal::client {

class MovementBookTab;
class ServerConnection;
class StaffTab;
class StudentsTab;

class PeoplePage : public AreaPage
{
    Q_OBJECT
public:
    explicit PeoplePage(ServerConnection *connection, QWidget *parent = nullptr);

    void activate() override;

    QTabWidget *tabs() const { return m_tabs; }
    StudentsTab *studentsTab() const { return m_students; }
    StaffTab *staffTab() const { return m_staff; }
    MovementBookTab *bookTab() const { return m_book; }

private:
    void activateTab(int index);

    QTabWidget *m_tabs;
    StudentsTab *m_students;
    StaffTab *m_staff;
    MovementBookTab *m_book;
};

} // namespace ejournal::client

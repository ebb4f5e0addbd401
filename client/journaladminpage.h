// The journal settings area: kinds of work with their weights, the mark scale of each subject,
// the correction window, and for the deputy the register of late corrections to approve.
#pragma once

#include "areapage.h"

class QTabWidget;

namespace ejournal::client {

class JournalAdminCorrections;
class JournalAdminScales;
class JournalAdminSharing;
class JournalAdminWindow;
class JournalAdminWorkTypes;
class ServerConnection;

class JournalAdminPage : public AreaPage
{
    Q_OBJECT
public:
    explicit JournalAdminPage(ServerConnection *connection, QWidget *parent = nullptr);

    void activate() override;

    QTabWidget *tabs() const { return m_tabs; }
    JournalAdminWorkTypes *workTypesTab() const { return m_workTypes; }
    JournalAdminScales *scalesTab() const { return m_scales; }
    JournalAdminWindow *windowTab() const { return m_window; }
    // Null unless the user reviews corrections (the deputy).
    JournalAdminCorrections *correctionsTab() const { return m_corrections; }
    // Null unless the user decides who may share reports (deputy, administrator).
    JournalAdminSharing *sharingTab() const { return m_sharing; }

private:
    void reloadCurrent();

    QTabWidget *m_tabs;
    JournalAdminWorkTypes *m_workTypes;
    JournalAdminScales *m_scales;
    JournalAdminWindow *m_window;
    JournalAdminCorrections *m_corrections = nullptr;
    JournalAdminSharing *m_sharing = nullptr;
};

} // namespace ejournal::client

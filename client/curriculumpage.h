// «Curriculum and teaching load»: the deputy's page for the year's учебный план (an editable
// grid), the teaching load (тарификация) and the coverage of the plan by the load. Everyone
// with StructureRead sees it; only StructureManage (the deputy) edits, and not in a closed year.
#pragma once

#include "areapage.h"

#include <QCborArray>

class QComboBox;
class QLabel;
class QTabWidget;

namespace ejournal::client {

class CurriculumCoverageTab;
class CurriculumLoadTab;
class CurriculumPlanTab;
class InlineMessage;
class ServerConnection;

class CurriculumPage : public AreaPage
{
    Q_OBJECT
public:
    explicit CurriculumPage(ServerConnection *connection, QWidget *parent = nullptr);

    void activate() override;

    QComboBox *yearCombo() const { return m_year; }
    QTabWidget *tabs() const { return m_tabs; }
    CurriculumPlanTab *planTab() const { return m_plan; }
    CurriculumLoadTab *loadTab() const { return m_load; }
    CurriculumCoverageTab *coverageTab() const { return m_coverage; }
    bool canEdit() const { return m_canEdit; }

private:
    void loadYears();
    void showYear();
    void refresh();
    void fix(const QCborMap &coverageRow);

    ServerConnection *m_connection;
    bool m_canEdit;
    QComboBox *m_year;
    QLabel *m_yearState;
    InlineMessage *m_message;
    QTabWidget *m_tabs;
    CurriculumPlanTab *m_plan;
    CurriculumLoadTab *m_load;
    CurriculumCoverageTab *m_coverage;
    QCborArray m_years;
    qint64 m_shownYear = 0;
    bool m_coverageStale = false;
};

} // namespace ejournal::client

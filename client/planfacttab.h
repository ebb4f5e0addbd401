// Plan versus fact for one load (plan.fact): each topic with its planned date, the lessons it
// was held on and its state (done, done late, behind, planned) in colour; the lessons held
// whose topic is not from the plan; planned against held hours; for the year or one period.
#pragma once

#include "latestrequest.h"

#include <QCborArray>
#include <QWidget>

class QComboBox;
class QLabel;

namespace ejournal::client {

class InlineMessage;
class PlanFactModel;
class RecordsModel;
class RecordsTable;
class ServerConnection;

class PlanFactTab : public QWidget
{
    Q_OBJECT
public:
    explicit PlanFactTab(ServerConnection *connection, QWidget *parent = nullptr);

    // The load and its periods (journal.list's row); reloads.
    void setLoad(qint64 assignmentId, const QCborArray &periods);
    void reload();

    PlanFactModel *model() const { return m_model; }
    RecordsModel *unplannedModel() const { return m_unplannedModel; }
    QComboBox *periodCombo() const { return m_period; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    qint64 m_assignmentId = 0;
    LatestRequest m_request;
    PlanFactModel *m_model;
    RecordsModel *m_unplannedModel;
    RecordsTable *m_items;
    RecordsTable *m_unplanned;
    QComboBox *m_period;
    QLabel *m_summary;
    InlineMessage *m_message;
};

} // namespace ejournal::client

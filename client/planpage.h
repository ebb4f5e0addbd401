// The lesson plans area (КТП): pick a load the user may open (journal.list), edit its
// calendar-thematic plan, and compare it with the lessons held. The page follows changes made
// elsewhere (the `plan.changed` event of the open load).
#pragma once

#include "areapage.h"
#include "latestrequest.h"

#include <QCborArray>
#include <QSet>

class QComboBox;
class QLabel;
class QTabWidget;

namespace ejournal::client {

class InlineMessage;
class PlanFactTab;
class PlanItemsTab;
class ServerConnection;

class PlanPage : public AreaPage
{
    Q_OBJECT
public:
    explicit PlanPage(ServerConnection *connection, QWidget *parent = nullptr);

    void activate() override;

    QComboBox *loadCombo() const { return m_loads; }
    QTabWidget *tabs() const { return m_tabs; }
    PlanItemsTab *itemsTab() const { return m_items; }
    PlanFactTab *factTab() const { return m_fact; }
    QLabel *readOnlyLabel() const { return m_readOnly; }

signals:
    // A load was chosen and its plan requested.
    void loadChosen(qint64 assignmentId);

private:
    void loadList();
    void chooseLoad();
    void follow(const QCborMap &load);
    void onEvent(const QString &name, const QCborMap &data);
    qint64 currentLoad() const;

    ServerConnection *m_connection;
    LatestRequest m_list;
    QCborArray m_rows;
    QSet<qint64> m_followed;
    QComboBox *m_loads;
    QLabel *m_readOnly;
    InlineMessage *m_message;
    QTabWidget *m_tabs;
    PlanItemsTab *m_items;
    PlanFactTab *m_fact;
};

} // namespace ejournal::client

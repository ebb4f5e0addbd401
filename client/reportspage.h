// The «Reports» page: the standard reports, one's own and those shared by colleagues on the
// left; running one asks its parameters and shows the table, the chart and the exports on
// the right. New and Edit open the report designer in place of the list; Share, Delete and
// Versions act on the selected report. What the user's roles do not allow is hidden.
#pragma once

#include "areapage.h"
#include "reportdefinition.h"
#include "reportslist.h"
#include "reportsoptions.h"

#include <QCborMap>
#include <QHash>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace ejournal::client {

class InlineMessage;
class ReportsDesigner;
class ReportsResultPanel;
class ServerConnection;

class ReportsPage : public AreaPage
{
    Q_OBJECT
public:
    ReportsPage(ServerConnection *connection, QWidget *parent = nullptr);

    void activate() override;

    void runSelected();
    void newReport();
    void editSelected();
    void deleteSelected();
    void toggleShare();
    void showVersions();

    ReportsList *list() const { return m_list; }
    ReportsDesigner *designer() const { return m_designer; }
    ReportsResultPanel *result() const { return m_result; }
    InlineMessage *message() const { return m_message; }
    bool isDesigning() const;
    bool confirmLeave() override;
    // Whether reports.list, reports.settings and reports.options have all answered.
    bool isLoaded() const { return m_pendingLoads == 0; }
    QPushButton *shareButton() const { return m_share; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *editButton() const { return m_edit; }

private:
    using DefinitionHandler = std::function<void(const reports::Definition &definition, int version)>;

    QWidget *buildToolbar();
    QWidget *buildRunView();
    void loadList(const QString &selectKey = {});
    void loadSettings();
    void loadOptions();
    void loadDone();
    void withDefinition(const ReportEntry &entry, std::optional<int> version, const DefinitionHandler &handler);
    void askParams(const ReportEntry &entry, const reports::Definition &definition);
    void run(const ReportEntry &entry, const reports::Definition &definition, const QCborMap &params,
             const QString &summary);
    void openDesigner(const reports::Definition &definition, const ReportEntry &entry, bool asCopy,
                      int version);
    void closeDesigner();
    void undoDelete();
    void updateButtons();
    void showFailure(const class Reply &reply);

    ServerConnection *m_connection;
    ReportsList *m_list;
    QStackedWidget *m_stack;
    ReportsDesigner *m_designer;
    QLabel *m_reportTitle;
    QLabel *m_reportDescription;
    QLabel *m_paramsLine;
    QPushButton *m_rerun;
    QPushButton *m_undo;
    InlineMessage *m_message;
    ReportsResultPanel *m_result;
    QPushButton *m_run;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_share;
    QPushButton *m_versions;

    ReportOptions m_options;
    bool m_mayShare = false;
    bool m_mayManage = false;
    int m_pendingLoads = 0;
    QHash<QString, QCborMap> m_lastParams;
    std::optional<ReportEntry> m_shown;
    reports::Definition m_shownDefinition;
    struct Deleted
    {
        QString name;
        QString description;
        reports::Definition definition;
    };
    std::optional<Deleted> m_deleted;
};

} // namespace ejournal::client

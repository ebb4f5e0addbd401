// The administrator's audit log: a filterable table of records, newest first, with the
// selected record's before/after values shown field by field underneath.
#pragma once

#include "areapage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace ejournal::client {

class AuditModel;
class InlineMessage;
class ServerConnection;

class AuditPage : public AreaPage
{
    Q_OBJECT
public:
    explicit AuditPage(ServerConnection *connection, QWidget *parent = nullptr);

    void activate() override;

    AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *actionFilter() const { return m_filter; }
    QPushButton *loadMoreButton() const { return m_more; }
    QTextBrowser *details() const { return m_details; }

private:
    void showDetails();
    void updateFooter();

    AuditModel *m_model;
    QComboBox *m_filter;
    QPushButton *m_refresh;
    QLabel *m_count;
    InlineMessage *m_message;
    QTableView *m_view;
    QTextBrowser *m_details;
    QPushButton *m_more;
    bool m_loadedOnce = false;
};

} // namespace ejournal::client

// Closing a school year: what is left to do (lessons without topics, missing year marks,
// unfilled substitutions, open periods) with a box to waive each, the order number for the
// movement book, a dry run that shows what the close would change, and the close itself.
#pragma once

#include <QCborMap>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTreeWidget;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;
struct Reply;

class YearCloseDialog : public QDialog
{
    Q_OBJECT
public:
    YearCloseDialog(ServerConnection *connection, const QCborMap &year, QWidget *parent = nullptr);

    QTreeWidget *checksView() const { return m_checks; }
    QLineEdit *orderEdit() const { return m_order; }
    QPushButton *rehearseButton() const { return m_rehearse; }
    QPushButton *closeButton() const { return m_close; }
    QTextBrowser *summaryView() const { return m_summary; }
    // Waives every check that has rows (what the deputy does by ticking every box).
    void waiveAll();

signals:
    // The year was closed; the next year's id.
    void closed(qint64 nextYearId);

private:
    void loadChecks();
    void showChecks(const QCborMap &result);
    void run(bool dryRun);
    void showSummary(const QCborMap &result);
    QCborMap runParams(bool dryRun) const;
    void updateButtons();

    ServerConnection *m_connection;
    const QCborMap m_year;
    QLabel *m_intro;
    QTreeWidget *m_checks;
    QLineEdit *m_order;
    QLineEdit *m_nextName;
    QSpinBox *m_finalGrade;
    QTextBrowser *m_summary;
    InlineMessage *m_notice;
    QPushButton *m_recheck;
    QPushButton *m_rehearse;
    QPushButton *m_close;
    bool m_busy = false;
};

} // namespace ejournal::client

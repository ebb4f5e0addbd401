// The «Coverage» tab (curriculum.coverage): for every class and subject the planned hours
// against the assigned load, the teachers and a coloured status; the counts per status on
// top, a filter for problems only, and a double click on a problem to fix it in the load.
#pragma once

#include "latestrequest.h"

#include "recordsmodel.h"

#include <QCborArray>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace ejournal::client {

class InlineMessage;
class RecordsTable;
class ServerConnection;

// The coverage rows with the status column coloured by status.
class CurriculumCoverageModel : public RecordsModel
{
    Q_OBJECT
public:
    explicit CurriculumCoverageModel(ServerConnection *connection, QObject *parent = nullptr);
    static constexpr int StatusColumn = 5;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

class CurriculumCoverageTab : public QWidget
{
    Q_OBJECT
public:
    explicit CurriculumCoverageTab(ServerConnection *connection, QWidget *parent = nullptr);

    void setYear(qint64 yearId, bool editable);
    void reload();

    CurriculumCoverageModel *model() const { return m_model; }
    RecordsTable *table() const { return m_table; }
    QCheckBox *problemsOnly() const { return m_problemsOnly; }
    QLabel *counts() const { return m_counts; }
    bool isLoading() const { return m_request.isPending(); }

signals:
    // A problem row was opened: make a load entry (or change one) that fixes it.
    void fixRequested(const QCborMap &row);

private:
    void showRows();
    void showCounts(const QCborMap &counts);

    ServerConnection *m_connection;
    CurriculumCoverageModel *m_model;
    RecordsTable *m_table;
    QCheckBox *m_problemsOnly;
    QLabel *m_counts;
    QLabel *m_hint;
    InlineMessage *m_message;
    QCborArray m_rows;
    qint64 m_yearId = 0;
    bool m_editable = false;
    LatestRequest m_request;
};

} // namespace ejournal::client

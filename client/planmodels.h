// The two tables of the plan page over RecordsModel: the КТП items (editable in place when the
// user may write: the edit goes to the server as a request, the table reloads with its answer)
// and the plan-versus-fact items, coloured by their state.
#pragma once

#include "recordsmodel.h"

namespace ejournal::client {

class PlanItemsModel : public RecordsModel
{
    Q_OBJECT
public:
    enum ColumnIndex { OrdinalColumn, SectionColumn, TopicColumn, HoursColumn, DateColumn,
                       HomeworkColumn, ControlColumn, LessonsColumn };

    explicit PlanItemsModel(ServerConnection *connection, QObject *parent = nullptr);

    void setWritable(bool writable);
    bool isWritable() const { return m_writable; }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Does not change the row: asks for plan.update through editRequested().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // An in-place edit of item `id`: the plan.update fields that changed.
    void editRequested(qint64 id, const QCborMap &fields);

private:
    bool m_writable = false;
};

class PlanFactModel : public RecordsModel
{
    Q_OBJECT
public:
    explicit PlanFactModel(ServerConnection *connection, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // "Done", "Late", … for a state of plan.fact.
    static QString stateText(const QString &state);
};

} // namespace ejournal::client

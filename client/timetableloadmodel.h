// The side list of load still to place (assignment hours minus the entries placed now, the
// unsaved ones included): a RecordsModel whose rows can be dragged onto the grid.
#pragma once

#include "recordsmodel.h"

namespace ejournal::client {

class TimetableDocument;

class TimetableLoadModel : public RecordsModel
{
    Q_OBJECT
public:
    TimetableLoadModel(ServerConnection *connection, QObject *parent = nullptr);

    // The rows of the loads `accept` keeps that have lessons left to place.
    void fill(const TimetableDocument &document, const std::function<bool(qint64 staffId, qint64 classId)> &accept);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
};

} // namespace ejournal::client

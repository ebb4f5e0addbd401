// The subjects and rooms tabs of the «Учебный год» page: directories whose records are
// archived rather than deleted (they stay in old journals), with «show archived».
#pragma once

#include "structurelisttab.h"

#include <functional>

class QCheckBox;

namespace ejournal::client {

class StructureArchiveTab : public StructureListTab
{
    Q_OBJECT
public:
    static StructureArchiveTab *subjects(ServerConnection *connection, bool canEdit, QWidget *parent);
    static StructureArchiveTab *rooms(ServerConnection *connection, bool canEdit, QWidget *parent);

    QCheckBox *showArchived() const { return m_showArchived; }
    void reload();

protected:
    StructureFormDialog *makeDialog(const QCborMap &record) override;
    Removal removal(const QCborMap &record) const override;
    void updateButtons() override;

private:
    using DialogFactory =
        std::function<StructureFormDialog *(ServerConnection *, const QCborMap &, QWidget *)>;
    StructureArchiveTab(ServerConnection *connection, bool canEdit, const QString &area,
                        QList<RecordsModel::Column> columns, DialogFactory factory, QWidget *parent);

    QString m_area;
    DialogFactory m_factory;
    RecordsModel *m_model;
    QCheckBox *m_showArchived;
};

} // namespace ejournal::client

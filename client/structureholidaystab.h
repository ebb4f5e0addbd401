// The holidays tab of the «Учебный год» page: the holidays of the chosen year with the
// grades they apply to; new, edit, delete with undo (the holiday is created again).
#pragma once

#include "structurelisttab.h"

namespace ejournal::client {

class StructureHolidaysTab : public StructureListTab
{
    Q_OBJECT
public:
    StructureHolidaysTab(ServerConnection *connection, bool canEdit, QWidget *parent);

    // Shows the holidays of this year (an empty map: none).
    void setYear(const QCborMap &year);
    void reload();

protected:
    StructureFormDialog *makeDialog(const QCborMap &record) override;
    Removal removal(const QCborMap &record) const override;
    bool editable() const override;

private:
    RecordsModel *m_model;
    QCborMap m_year;
};

} // namespace ejournal::client

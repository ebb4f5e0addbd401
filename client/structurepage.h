// The «Учебный год» page: where the deputy sets up a school year. A year chosen at the top
// (the current one by default) drives the tabs «Годы и периоды», «Каникулы» and «Звонки»;
// «Предметы» and «Кабинеты» belong to the school. Everyone on the staff may look; only
// StructureManage (the deputy) sees the controls that change anything.
#pragma once

#include "areapage.h"

#include <QCborMap>

class QComboBox;
class QLabel;
class QTabWidget;

namespace ejournal::client {

class RecordsModel;
class ServerConnection;
class StructureArchiveTab;
class StructureBellsTab;
class StructureHolidaysTab;
class StructureYearsTab;

class StructurePage : public AreaPage
{
    Q_OBJECT
public:
    explicit StructurePage(ServerConnection *connection, QWidget *parent = nullptr);

    void activate() override;
    void refresh();

    QComboBox *yearBox() const { return m_yearBox; }
    QTabWidget *tabs() const { return m_tabs; }
    RecordsModel *yearsModel() const { return m_years; }
    StructureYearsTab *yearsTab() const { return m_yearsTab; }
    StructureHolidaysTab *holidaysTab() const { return m_holidaysTab; }
    StructureBellsTab *bellsTab() const { return m_bellsTab; }
    StructureArchiveTab *subjectsTab() const { return m_subjectsTab; }
    StructureArchiveTab *roomsTab() const { return m_roomsTab; }
    // The year the tabs show (empty when the school has none).
    QCborMap year() const { return m_year; }

private:
    void fillYearBox();
    void chooseYear(const QCborValue &id);

    RecordsModel *m_years;
    QComboBox *m_yearBox;
    QLabel *m_yearNote;
    QTabWidget *m_tabs;
    StructureYearsTab *m_yearsTab;
    StructureHolidaysTab *m_holidaysTab;
    StructureBellsTab *m_bellsTab;
    StructureArchiveTab *m_subjectsTab;
    StructureArchiveTab *m_roomsTab;
    QCborMap m_year;
    bool m_loaded = false;
};

} // namespace ejournal::client

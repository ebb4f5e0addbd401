// The school year page: the year selector and the five tabs.
#include "structurepage.h"

#include "recordsmodel.h"
#include "serverconnection.h"
#include "structurearchivetab.h"
#include "structurebellstab.h"
#include "structureholidaystab.h"
#include "structuretext.h"
#include "structureyearstab.h"
#include "uistyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
const QString kId = QStringLiteral("id");
const QString kState = QStringLiteral("state");

QList<RecordsModel::Column> yearColumns()
{
    const auto date = [](const QString &key) {
        return [key](const QCborMap &row) { return StructureText::date(row.value(key).toString()); };
    };
    return {
        {QStringLiteral("name"), StructurePage::tr("School year")},
        {QStringLiteral("startsOn"), StructurePage::tr("Starts on"), date(QStringLiteral("startsOn"))},
        {QStringLiteral("endsOn"), StructurePage::tr("Ends on"), date(QStringLiteral("endsOn"))},
        {kState, StructurePage::tr("State"),
         [](const QCborMap &row) { return StructureText::yearState(row.value(kState).toString()); }},
    };
}
} // namespace

StructurePage::StructurePage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent), m_years(new RecordsModel(connection, yearColumns(), this)),
      m_yearBox(new QComboBox(this)), m_yearNote(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    const bool canEdit = rolesGrant(connection->session().roles, Capability::StructureManage);
    m_yearBox->setObjectName(QStringLiteral("yearBox"));
    m_yearBox->setMinimumContentsLength(22);
    m_yearBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tabs->setObjectName(QStringLiteral("structureTabs"));
    makeSecondary(m_yearNote);
    // The years model is filled into the selector before the years list reacts to it.
    connect(m_years, &RecordsModel::loaded, this, &StructurePage::fillYearBox);

    m_yearsTab = new StructureYearsTab(connection, m_years, canEdit, m_tabs);
    m_holidaysTab = new StructureHolidaysTab(connection, canEdit, m_tabs);
    m_bellsTab = new StructureBellsTab(connection, canEdit, m_tabs);
    m_subjectsTab = StructureArchiveTab::subjects(connection, canEdit, m_tabs);
    m_roomsTab = StructureArchiveTab::rooms(connection, canEdit, m_tabs);
    m_tabs->addTab(m_yearsTab, tr("&Years and periods"));
    m_tabs->addTab(m_holidaysTab, tr("&Holidays"));
    m_tabs->addTab(m_bellsTab, tr("&Bells"));
    m_tabs->addTab(m_subjectsTab, tr("&Subjects"));
    m_tabs->addTab(m_roomsTab, tr("&Rooms"));

    auto *yearLabel = new QLabel(tr("School &year:"), this);
    yearLabel->setBuddy(m_yearBox);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_yearBox);
    yearRow->addWidget(m_yearNote, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeHeader(tr("School year"),
                                 canEdit ? tr("Set up the school year: its periods, holidays and "
                                              "bells, and the school's subjects and rooms.")
                                         : tr("The school year's periods, holidays and bells, and "
                                              "the school's subjects and rooms."),
                                 this));
    layout->addLayout(yearRow);
    layout->addWidget(m_tabs, 1);

    connect(m_yearBox, &QComboBox::activated, this,
            [this](int index) { chooseYear(m_yearBox->itemData(index).toLongLong()); });
    connect(m_yearsTab->years(), &StructureYearsList::yearChosen, this,
            [this](const QCborMap &year) { chooseYear(year.value(kId)); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_yearBox->setEnabled(index <= m_tabs->indexOf(m_bellsTab));
    });
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &StructurePage::refresh);
}

void StructurePage::activate()
{
    if (m_loaded)
        return;  // keeps the user's place and unsaved bells when coming back; F5 reloads
    m_loaded = true;
    refresh();
}

void StructurePage::refresh()
{
    m_years->load(QStringLiteral("years.list"));
    m_subjectsTab->reload();
    m_roomsTab->reload();
    m_holidaysTab->reload();
    m_bellsTab->reload();
}

void StructurePage::fillYearBox()
{
    m_yearBox->clear();
    QCborValue wanted = m_year.value(kId);
    for (int row = 0; row < m_years->rowCount(); ++row) {
        const QCborMap year = m_years->record(row);
        const QString state = year.value(kState).toString();
        QString text = year.value(QStringLiteral("name")).toString();
        if (state != QLatin1String("planning"))
            text = tr("%1 (%2)").arg(text, StructureText::yearState(state));
        m_yearBox->addItem(text, year.value(kId).toInteger());
        if (m_year.isEmpty() && state == QLatin1String("active"))
            wanted = year.value(kId);
    }
    if (m_years->rowOf(wanted) < 0)
        wanted = m_years->record(0).value(kId);
    chooseYear(wanted);  // applied again when the row changed (state, dates)
}

void StructurePage::chooseYear(const QCborValue &id)
{
    const QCborMap year = m_years->record(m_years->rowOf(id));
    m_yearBox->setCurrentIndex(m_years->rowOf(id));
    if (year == m_year)
        return;
    m_year = year;
    const QString state = year.value(kState).toString();
    m_yearNote->setText(state == QLatin1String("closed") ? tr("The year is closed and read-only.")
                        : year.isEmpty()                 ? tr("No school years yet.")
                                                         : StructureText::span(year.value(QStringLiteral("startsOn")).toString(),
                                                                               year.value(QStringLiteral("endsOn")).toString()));
    m_yearsTab->setYear(year);
    m_holidaysTab->setYear(year);
    m_bellsTab->setYear(year);
}

} // namespace ejournal::client

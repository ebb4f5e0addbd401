// The curriculum and teaching-load page: the year selector and the three tabs.
#include "curriculumpage.h"

#include "curriculumcoveragetab.h"
#include "curriculumloadtab.h"
#include "curriculumplantab.h"
#include "errortext.h"
#include "inlinemessage.h"
#include "serverconnection.h"
#include "uistyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
QString stateOf(const QCborMap &year)
{
    return year.value(QLatin1String("state")).toString();
}
} // namespace

CurriculumPage::CurriculumPage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent), m_connection(connection),
      m_canEdit(rolesGrant(connection->session().roles, Capability::StructureManage)),
      m_year(new QComboBox(this)), m_yearState(new QLabel(this)),
      m_message(new InlineMessage(this)), m_tabs(new QTabWidget(this)),
      m_plan(new CurriculumPlanTab(connection, this)),
      m_load(new CurriculumLoadTab(connection, this)),
      m_coverage(new CurriculumCoverageTab(connection, this))
{
    setObjectName(QStringLiteral("curriculumPage"));
    m_year->setObjectName(QStringLiteral("yearCombo"));
    m_year->setMinimumWidth(160);
    m_yearState->setObjectName(QStringLiteral("yearState"));
    makeSecondary(m_yearState);
    m_tabs->setObjectName(QStringLiteral("curriculumTabs"));
    m_tabs->addTab(m_plan, tr("C&urriculum"));
    m_tabs->addTab(m_load, tr("Teaching &load"));
    m_tabs->addTab(m_coverage, tr("Co&verage"));
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setToolTip(tr("Reload the year's data (F5)"));

    auto *yearRow = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("Academic &year:"), this);
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addSpacing(12);
    yearRow->addWidget(m_yearState);
    yearRow->addStretch(1);
    yearRow->addWidget(refreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(makeHeader(
        tr("Curriculum and teaching load"),
        m_canEdit ? tr("Weekly hours per subject for every class, who teaches them, and where "
                       "the load does not yet match the plan.")
                  : tr("Weekly hours per subject for every class and who teaches them. Only the "
                       "deputy head can change them."),
        this));
    layout->addLayout(yearRow);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &CurriculumPage::showYear);
    connect(refreshButton, &QPushButton::clicked, this, &CurriculumPage::refresh);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &CurriculumPage::refresh);
    connect(m_plan, &CurriculumPlanTab::changed, this, [this] { m_coverageStale = true; });
    connect(m_load, &CurriculumLoadTab::changed, m_coverage, &CurriculumCoverageTab::reload);
    connect(m_coverage, &CurriculumCoverageTab::fixRequested, this, &CurriculumPage::fix);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_coverage && m_coverageStale) {
            m_coverageStale = false;
            m_coverage->reload();
        }
    });
}

void CurriculumPage::activate()
{
    loadYears();
}

void CurriculumPage::loadYears()
{
    m_connection->request(QStringLiteral("years.list"), {}, this, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        m_message->clearMessage();
        m_years = reply.result.toArray();
        qint64 chosen = m_year->currentData().toLongLong();
        if (chosen == 0)  // first time: the active year, else the newest
            for (const QCborValue &year : std::as_const(m_years))
                if (chosen == 0 || stateOf(year.toMap()) == QLatin1String("active"))
                    chosen = year.toMap().value(QLatin1String("id")).toInteger();
        {
            const QSignalBlocker blocker(m_year);
            m_year->clear();
            for (const QCborValue &value : std::as_const(m_years)) {
                const QCborMap year = value.toMap();
                m_year->addItem(year.value(QLatin1String("name")).toString(),
                                year.value(QLatin1String("id")).toInteger());
            }
            m_year->setCurrentIndex(qMax(0, m_year->findData(chosen)));
        }
        if (m_years.isEmpty())
            m_message->showInfo(tr("There is no academic year yet. Create one in the school "
                                   "structure first."));
        m_shownYear = 0;
        showYear();
    });
}

void CurriculumPage::showYear()
{
    const int index = m_year->currentIndex();
    if (index < 0 || index >= m_years.size())
        return;
    const QCborMap year = m_years.at(index).toMap();
    const qint64 id = year.value(QLatin1String("id")).toInteger();
    if (id == m_shownYear)
        return;
    m_shownYear = id;
    const QString state = stateOf(year);
    const bool closed = state == QLatin1String("closed");
    if (closed)
        m_yearState->setText(tr("The year is closed: view only."));
    else if (state == QLatin1String("planning"))
        m_yearState->setText(tr("The year is being planned."));
    else
        m_yearState->setText(tr("The current year."));
    const bool editable = m_canEdit && !closed;
    m_coverageStale = false;
    m_plan->setYear(id, editable);
    m_load->setYear(id, editable);
    m_coverage->setYear(id, editable);
}

void CurriculumPage::refresh()
{
    m_plan->reload();
    m_load->reload();
    m_coverage->reload();
    m_coverageStale = false;
}

void CurriculumPage::fix(const QCborMap &row)
{
    const QString status = row.value(QLatin1String("status")).toString();
    const double planned = row.value(QLatin1String("planned")).toDouble();
    const double assigned = row.value(QLatin1String("assigned")).toDouble();
    const QCborArray loads = row.value(QLatin1String("loadIds")).toArray();
    if (status == QLatin1String("over") || status == QLatin1String("unplanned")) {
        if (!loads.isEmpty())
            m_load->editEntry(loads.first().toInteger(),
                              status == QLatin1String("over") ? assigned - planned : 0);
        return;
    }
    // Not assigned or too few hours: a new entry for the missing hours, for the subgroup that
    // lacks them when the subject is split.
    QCborMap entry{{QStringLiteral("subjectId"), row.value(QLatin1String("subjectId"))},
                   {QStringLiteral("hoursPerWeek"), qMax(0.5, planned - assigned)}};
    const QString worstGroup = row.value(QLatin1String("worstGroup")).toString();
    const QCborArray groups = row.value(QLatin1String("groups")).toArray();
    for (const QCborValue &value : groups) {
        const QCborMap group = value.toMap();
        if (group.value(QLatin1String("name")).toString() == worstGroup)
            entry.insert(QStringLiteral("groupId"), group.value(QLatin1String("groupId")));
    }
    if (!entry.contains(QLatin1String("groupId")))
        entry.insert(QStringLiteral("classId"), row.value(QLatin1String("classId")));
    m_load->createEntry(entry);
}

} // namespace ejournal::client

// The curriculum grid tab.
#include "curriculumplantab.h"

#include "curriculumcopydialog.h"
#include "curriculumgrid.h"
#include "curriculumplanmodel.h"
#include "errortext.h"
#include "inlinemessage.h"
#include "serverconnection.h"
#include "uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

CurriculumPlanTab::CurriculumPlanTab(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_model(new CurriculumPlanModel(connection, this)),
      m_grid(new CurriculumGrid(this)), m_grade(new QComboBox(this)),
      m_allSchool(new QCheckBox(tr("School component rows for every subject"), this)),
      m_copy(new QPushButton(tr("&Copy a class's plan…"), this)), m_status(new QLabel(this)),
      m_message(new InlineMessage(this))
{
    m_grid->setObjectName(QStringLiteral("planGrid"));
    m_grid->setModel(m_model);
    m_grade->setObjectName(QStringLiteral("gradeFilter"));
    m_grade->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_allSchool->setObjectName(QStringLiteral("allSchoolRows"));
    m_allSchool->setToolTip(tr("Show a row of the school's component (часть, формируемая "
                               "участниками образовательных отношений) for every subject"));
    m_copy->setObjectName(QStringLiteral("copyPlan"));
    m_copy->setToolTip(tr("Replace the plans of other classes (usually the parallel ones) by "
                          "the plan of the current class"));
    m_status->setObjectName(QStringLiteral("planStatus"));
    makeSecondary(m_status);

    auto *legend = new QLabel(tr("Hours a week. Green rows: the school's component. Type a "
                                 "number to change a cell, Delete clears it; the last row shows "
                                 "each class's total against the legal maximum (yellow: at the "
                                 "limit, red: over it)."),
                              this);
    legend->setWordWrap(true);
    makeSecondary(legend);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Grade:"), this));
    bar->addWidget(m_grade);
    bar->addSpacing(12);
    bar->addWidget(m_allSchool);
    bar->addSpacing(12);
    bar->addWidget(m_copy);
    bar->addStretch(1);
    bar->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_grid, 1);
    layout->addWidget(legend);

    connect(m_grade, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGradeFilter(m_grade->currentData().toInt());
    });
    connect(m_allSchool, &QCheckBox::toggled, m_model, &CurriculumPlanModel::setAllSchoolRows);
    connect(m_copy, &QPushButton::clicked, this, &CurriculumPlanTab::openCopy);
    connect(m_model, &CurriculumPlanModel::pendingChanged, this, &CurriculumPlanTab::updateStatus);
    connect(m_model, &CurriculumPlanModel::saved, this, [this](const QString &text) {
        m_status->setText(text);
        if (m_message->isError())
            m_message->clearMessage();
        emit changed();
    });
    connect(m_model, &CurriculumPlanModel::refused, this,
            [this](const QModelIndex &index, const QString &text) {
                m_status->clear();
                m_message->showError(text);
                if (index.isValid())
                    m_grid->setCurrentIndex(index);
            });
}

void CurriculumPlanTab::setYear(qint64 yearId, bool editable)
{
    m_yearId = yearId;
    m_editable = editable;
    m_copy->setVisible(editable);
    m_model->setEditable(editable);
    reload();
}

void CurriculumPlanTab::reload()
{
    if (m_yearId == 0)
        return;
    ++m_generation;
    m_waiting = 0;
    m_message->clearMessage();
    const QCborMap year{{QStringLiteral("academicYearId"), m_yearId}};
    request(QStringLiteral("subjects.list"), {{QStringLiteral("includeArchived"), true}},
            &m_subjects);
    request(QStringLiteral("classes.list"), year, &m_classes);
    request(QStringLiteral("curriculum.list"), year, &m_plan);
}

void CurriculumPlanTab::request(const QString &method, const QCborMap &params, QCborValue *into)
{
    ++m_waiting;
    m_connection->request(method, params, this,
                          [this, into, generation = m_generation](const Reply &reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok()) {
            ++m_generation;  // the other answers of this load are of no use now
            m_waiting = 0;
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        *into = reply.result;
        if (--m_waiting == 0)
            showPlan();
    });
}

void CurriculumPlanTab::showPlan()
{
    const QModelIndex current = m_grid->currentIndex();
    m_model->setPlan(m_subjects.toArray(), m_classes.toArray(), m_plan.toMap());
    fillGrades();
    const QModelIndex restored = current.isValid()
                                     ? m_model->index(current.row(), current.column())
                                     : m_model->index(0, 0);
    if (restored.isValid())
        m_grid->setCurrentIndex(restored);
    updateStatus();
}

void CurriculumPlanTab::fillGrades()
{
    const int chosen = m_grade->currentData().toInt();
    const QSignalBlocker blocker(m_grade);
    m_grade->clear();
    m_grade->addItem(tr("All classes"), 0);
    for (int grade : m_model->grades())
        m_grade->addItem(tr("Grade %1").arg(grade), grade);
    m_grade->setCurrentIndex(qMax(0, m_grade->findData(chosen)));
    m_model->setGradeFilter(m_grade->currentData().toInt());
}

void CurriculumPlanTab::openCopy()
{
    if (!m_editable || m_model->allClasses().isEmpty())
        return;
    const qint64 source = m_model->classAt(qMax(0, m_grid->currentIndex().column())).id;
    m_copyDialog = new CurriculumCopyDialog(m_connection, m_model->allClasses(), source, this);
    m_copyDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_copyDialog, &CurriculumCopyDialog::copied, this, [this](const QString &text) {
        reload();
        m_message->showInfo(text);
        emit changed();
    });
    m_copyDialog->open();
}

void CurriculumPlanTab::updateStatus()
{
    if (m_model->pendingCount() > 0)
        m_status->setText(tr("Saving…"));
    else if (m_model->rowCount() == 0 && m_waiting == 0)
        m_status->setText(tr("The year has no classes yet."));
}

} // namespace ejournal::client

// The coverage tab.
#include "curriculumcoveragetab.h"

#include "curriculumtext.h"
#include "errortext.h"
#include "icons.h"
#include "inlinemessage.h"
#include "recordstable.h"
#include "serverconnection.h"
#include "uistyle.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
const QString kStatus = QStringLiteral("status");
const QString kKey = QStringLiteral("key");

QString hoursOf(const QCborMap &row, const char *key)
{
    return CurriculumText::hours(row.value(QLatin1String(key)).toDouble());
}

QString statusText(const QCborMap &row)
{
    const QString name = CurriculumText::statusName(row.value(kStatus).toString());
    const QString group = row.value(QLatin1String("worstGroup")).toString();
    return group.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, group);
}

QString teachersText(const QCborMap &row)
{
    QStringList names;
    for (const QCborValue &name : row.value(QLatin1String("teachers")).toArray())
        names.append(CurriculumText::shortName(name.toString()));
    return names.join(QStringLiteral(", "));
}
} // namespace

CurriculumCoverageModel::CurriculumCoverageModel(ServerConnection *connection, QObject *parent)
    : RecordsModel(connection,
                   {{QStringLiteral("className"), tr("Class")},
                    {QStringLiteral("subjectName"), tr("Subject")},
                    {QStringLiteral("planned"), tr("Planned"),
                     [](const QCborMap &row) { return hoursOf(row, "planned"); },
                     Qt::AlignRight | Qt::AlignVCenter},
                    {QStringLiteral("assigned"), tr("Assigned"),
                     [](const QCborMap &row) { return hoursOf(row, "assigned"); },
                     Qt::AlignRight | Qt::AlignVCenter},
                    {QStringLiteral("teachers"), tr("Teachers"), teachersText},
                    {kStatus, tr("Status"), statusText}},
                   parent)
{
}

QVariant CurriculumCoverageModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == StatusColumn
        && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        const QString status = record(index.row()).value(kStatus).toString();
        if (role == Qt::DecorationRole)
            return dotIcon(CurriculumText::statusColor(status));
        if (role == Qt::ForegroundRole && CurriculumText::isProblem(status))
            return CurriculumText::statusColor(status);
    }
    return RecordsModel::data(index, role);
}

CurriculumCoverageTab::CurriculumCoverageTab(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_model(new CurriculumCoverageModel(connection, this)),
      m_table(new RecordsTable(m_model, this)),
      m_problemsOnly(new QCheckBox(tr("&Problems only"), this)), m_counts(new QLabel(this)),
      m_hint(new QLabel(tr("Double-click a problem to fix it in the teaching load."), this)),
      m_message(new InlineMessage(this)), m_request(connection, this)
{
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    m_counts->setObjectName(QStringLiteral("coverageCounts"));
    m_counts->setTextFormat(Qt::RichText);
    m_table->view()->setObjectName(QStringLiteral("coverageView"));
    m_table->view()->horizontalHeader()->resizeSection(0, 70);
    m_table->view()->horizontalHeader()->resizeSection(1, 230);
    m_table->view()->horizontalHeader()->resizeSection(2, 90);
    m_table->view()->horizontalHeader()->resizeSection(3, 90);
    m_table->view()->horizontalHeader()->resizeSection(4, 300);
    makeSecondary(m_hint);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_counts);
    bar->addStretch(1);
    bar->addWidget(m_problemsOnly);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);

    connect(m_problemsOnly, &QCheckBox::toggled, this, &CurriculumCoverageTab::showRows);
    connect(m_table, &RecordsTable::activated, this, [this](const QCborMap &row) {
        if (m_editable && CurriculumText::isProblem(row.value(kStatus).toString()))
            emit fixRequested(row);
    });
}

void CurriculumCoverageTab::setYear(qint64 yearId, bool editable)
{
    m_yearId = yearId;
    m_editable = editable;
    m_hint->setVisible(editable);
    reload();
}

void CurriculumCoverageTab::reload()
{
    if (m_yearId == 0)
        return;
    m_request.send(QStringLiteral("curriculum.coverage"),
                   {{QStringLiteral("academicYearId"), m_yearId}}, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        m_message->clearMessage();
        const QCborMap result = reply.result.toMap();
        m_rows = result.value(QLatin1String("rows")).toArray();
        showCounts(result.value(QLatin1String("counts")).toMap());
        showRows();
    });
}

void CurriculumCoverageTab::showRows()
{
    const QCborValue selected = m_table->currentRecord().value(kKey);
    QCborArray rows;
    for (const QCborValue &value : std::as_const(m_rows)) {
        QCborMap row = value.toMap();
        if (m_problemsOnly->isChecked()
            && !CurriculumText::isProblem(row.value(kStatus).toString()))
            continue;
        // One key per row, to keep the user's place across reloads.
        row.insert(kKey, QStringLiteral("%1/%2")
                             .arg(row.value(QLatin1String("classId")).toInteger())
                             .arg(row.value(QLatin1String("subjectId")).toInteger()));
        rows.append(row);
    }
    m_model->setRows(rows);
    if (!selected.isUndefined())
        m_table->selectId(selected, kKey);
}

void CurriculumCoverageTab::showCounts(const QCborMap &counts)
{
    QStringList parts;
    for (const QString &status : CurriculumText::statuses()) {
        QString name = CurriculumText::statusName(status);
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        parts.append(QStringLiteral("<span style=\"color:%1\">●</span> %2: <b>%3</b>")
                         .arg(CurriculumText::statusColor(status).name(), name.toHtmlEscaped())
                         .arg(counts.value(status).toInteger()));
    }
    m_counts->setText(parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")));
}

} // namespace ejournal::client

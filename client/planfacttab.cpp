// The plan-versus-fact tab of the plan page.
#include "planfacttab.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "planmodels.h"
#include "plantext.h"
#include "recordstable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

PlanFactTab::PlanFactTab(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_request(connection, this), m_model(new PlanFactModel(connection, this)),
      m_unplannedModel(new RecordsModel(connection,
          {{QStringLiteral("date"), tr("Date"),
            [](const QCborMap &r) { return PlanText::date(r.value(QLatin1String("date")).toString()); }},
           {QStringLiteral("topic"), tr("Topic written in the journal"),
            [](const QCborMap &r) {
                const QString topic = r.value(QLatin1String("topic")).toString();
                return topic.isEmpty() ? tr("(no topic)") : topic;
            }}},
          this)),
      m_items(new RecordsTable(m_model, this)), m_unplanned(new RecordsTable(m_unplannedModel, this)),
      m_period(new QComboBox(this)), m_summary(new QLabel(this)), m_message(new InlineMessage(this))
{
    m_period->setObjectName(QStringLiteral("factPeriod"));
    m_summary->setObjectName(QStringLiteral("factSummary"));
    m_items->view()->setObjectName(QStringLiteral("factItems"));
    m_items->view()->setSortingEnabled(false);
    m_unplanned->searchField()->hide();

    auto *legend = new QLabel(tr("<span style='background:#dff3e1'>&nbsp;done&nbsp;</span> "
                                 "<span style='background:#fdf0d0'>&nbsp;done later than planned&nbsp;</span> "
                                 "<span style='background:#fbdddb'>&nbsp;behind the plan&nbsp;</span>"),
                              this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_period);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    top->addWidget(legend);

    auto *unplannedBox = new QWidget(this);
    auto *unplannedLayout = new QVBoxLayout(unplannedBox);
    unplannedLayout->setContentsMargins(0, 0, 0, 0);
    unplannedLayout->addWidget(new QLabel(tr("Lessons held without a topic from the plan:"), this));
    unplannedLayout->addWidget(m_unplanned, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_items);
    split->addWidget(unplannedBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_period, &QComboBox::activated, this, &PlanFactTab::reload);
}

void PlanFactTab::setLoad(qint64 assignmentId, const QCborArray &periods)
{
    m_assignmentId = assignmentId;
    m_period->clear();
    m_period->addItem(tr("Whole year"), 0);
    const QDate today = QDate::currentDate();
    for (const QCborValue &value : periods) {
        const QCborMap period = value.toMap();
        m_period->addItem(period.value(QLatin1String("name")).toString(),
                          period.value(QLatin1String("id")).toInteger());
        if (PlanText::parseDate(period.value(QLatin1String("startsOn")).toString()) <= today
            && today <= PlanText::parseDate(period.value(QLatin1String("endsOn")).toString()))
            m_period->setCurrentIndex(m_period->count() - 1);
    }
    reload();
}

void PlanFactTab::reload()
{
    if (m_assignmentId == 0)
        return;
    QCborMap params{{QStringLiteral("assignmentId"), m_assignmentId}};
    if (const qint64 period = m_period->currentData().toLongLong(); period != 0)
        params.insert(QStringLiteral("periodId"), period);
    m_request.send(QStringLiteral("plan.fact"), params, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        m_message->clearMessage();
        const QCborMap fact = reply.result.toMap();
        m_model->setRows(fact.value(QLatin1String("items")).toArray());
        m_unplannedModel->setRows(fact.value(QLatin1String("unplanned")).toArray());
        m_summary->setText(tr("Planned: %1 h, held: %2 h")
                               .arg(PlanText::number(fact.value(QLatin1String("plannedHours")).toDouble()),
                                    PlanText::number(fact.value(QLatin1String("heldHours")).toDouble())));
        m_items->view()->resizeColumnsToContents();
    });
}

} // namespace ejournal::client

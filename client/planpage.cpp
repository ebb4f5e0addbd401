// The lesson plans page.
#include "planpage.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "planfacttab.h"
#include "planitemstab.h"
#include "serverconnection.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
qint64 assignmentOf(const QCborMap &row)
{
    return row.value(QLatin1String("assignmentId")).toInteger();
}
} // namespace

PlanPage::PlanPage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent), m_connection(connection), m_list(connection, this),
      m_loads(new QComboBox(this)), m_readOnly(new QLabel(this)), m_message(new InlineMessage(this)),
      m_tabs(new QTabWidget(this)), m_items(new PlanItemsTab(connection, this)),
      m_fact(new PlanFactTab(connection, this))
{
    setObjectName(QStringLiteral("planPage"));
    m_loads->setObjectName(QStringLiteral("planLoad"));
    m_loads->setMinimumContentsLength(36);
    m_loads->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_readOnly->setObjectName(QStringLiteral("planReadOnly"));
    m_readOnly->setText(tr("View only: this plan is kept by the teacher of the load."));
    m_readOnly->hide();
    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->addTab(m_items, tr("&Plan"));
    m_tabs->addTab(m_fact, tr("Plan &versus fact"));

    auto *loadLabel = new QLabel(tr("&Load:"), this);
    loadLabel->setBuddy(m_loads);
    auto *top = new QHBoxLayout;
    top->addWidget(loadLabel);
    top->addWidget(m_loads);
    top->addSpacing(12);
    top->addWidget(m_readOnly);
    top->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(makeHeader(tr("Lesson plans"),
                                 tr("The calendar-thematic plan (КТП) of each load: topics in order with "
                                    "hours and planned dates, and how the lessons held follow it."),
                                 this));
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_loads, &QComboBox::currentIndexChanged, this, &PlanPage::chooseLoad);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_fact)
            m_fact->reload();
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, [this] {
        m_items->reload();
        m_fact->reload();
    });
    connect(connection, &ServerConnection::eventReceived, this, &PlanPage::onEvent);
    // A new connection has no subscriptions: follow the open load again.
    connect(connection, &ServerConnection::sessionResumed, this, [this] {
        m_followed.clear();
        chooseLoad();
    });
}

void PlanPage::activate()
{
    if (m_rows.isEmpty())
        loadList();
    else
        m_items->reload();
}

void PlanPage::loadList()
{
    m_list.send(QStringLiteral("journal.list"), {}, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        m_message->clearMessage();
        m_rows = reply.result.toArray();
        const qint64 before = currentLoad();
        QSignalBlocker block(m_loads);
        m_loads->clear();
        int own = -1;
        for (const QCborValue &value : std::as_const(m_rows)) {
            const QCborMap row = value.toMap();
            m_loads->addItem(tr("%1 — %2 (%3)").arg(row.value(QLatin1String("targetName")).toString(),
                                                    row.value(QLatin1String("subjectName")).toString(),
                                                    row.value(QLatin1String("teacherName")).toString()),
                             assignmentOf(row));
            if (own < 0 && row.value(QLatin1String("own")).toBool())
                own = m_loads->count() - 1;
        }
        const int previous = m_loads->findData(before);
        m_loads->setCurrentIndex(previous >= 0 ? previous : own >= 0 ? own : 0);
        if (m_rows.isEmpty())
            m_message->showInfo(tr("There are no loads of the current school year you may open."));
        chooseLoad();
    });
}

qint64 PlanPage::currentLoad() const
{
    return m_loads->currentData().toLongLong();
}

void PlanPage::chooseLoad()
{
    const qint64 id = currentLoad();
    for (const QCborValue &value : std::as_const(m_rows)) {
        const QCborMap row = value.toMap();
        if (assignmentOf(row) != id)
            continue;
        m_readOnly->setVisible(!row.value(QLatin1String("canWrite")).toBool());
        m_items->setLoad(row, m_rows);
        m_fact->setLoad(id, row.value(QLatin1String("periods")).toArray());
        follow(row);
        emit loadChosen(id);
        return;
    }
}

// plan.changed goes to the connections that have the load's journal open: open it over a
// single day (a small answer) to receive the changes made by others. The subscription is
// kept: closing it would also stop the journal page's events for the same load.
void PlanPage::follow(const QCborMap &load)
{
    const qint64 id = assignmentOf(load);
    if (m_followed.contains(id))
        return;
    m_followed.insert(id);
    const QCborArray periods = load.value(QLatin1String("periods")).toArray();
    const QString day = periods.isEmpty()
        ? QDate::currentDate().toString(Qt::ISODate)
        : periods.first().toMap().value(QLatin1String("startsOn")).toString();
    m_connection->request(QStringLiteral("journal.open"),
                          {{QStringLiteral("assignmentId"), id}, {QStringLiteral("from"), day},
                           {QStringLiteral("to"), day}},
                          this, [this, id](const Reply &reply) {
                              if (!reply.ok())
                                  m_followed.remove(id);
                          });
}

void PlanPage::onEvent(const QString &name, const QCborMap &data)
{
    if (name != QLatin1String("plan.changed")
        || data.value(QLatin1String("assignmentId")).toInteger() != currentLoad())
        return;
    m_items->reload();
    if (m_tabs->currentWidget() == m_fact)
        m_fact->reload();
}

} // namespace ejournal::client

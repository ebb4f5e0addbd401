// The «Сервер» page.
#include "serverpage.h"

#include "displaytime.h"
#include "errortext.h"
#include "inlinemessage.h"
#include "recordstable.h"
#include "serverconnection.h"
#include "servertext.h"

#include <QCborArray>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
constexpr int kPollMs = 3000;

QString timeText(const QCborMap &row, const char *key)
{
    return displayDateTime(parseServerTime(row.value(QLatin1String(key)).toString()));
}

QList<RecordsModel::Column> runColumns()
{
    const auto right = Qt::AlignRight | Qt::AlignVCenter;
    return {
        {QStringLiteral("requested"), ServerPage::tr("Started"),
         [](const QCborMap &r) {
             const QString started = timeText(r, "started");
             return started.isEmpty() ? timeText(r, "requested") : started;
         }},
        {QStringLiteral("trigger"), ServerPage::tr("How"),
         [](const QCborMap &r) { return ServerText::trigger(r.value(QStringLiteral("trigger")).toString()); }},
        {QStringLiteral("status"), ServerPage::tr("Result"),
         [](const QCborMap &r) { return ServerText::status(r.value(QStringLiteral("status")).toString()); }},
        {QStringLiteral("size"), ServerPage::tr("Size"),
         [](const QCborMap &r) { return ServerText::size(r.value(QStringLiteral("size")).toInteger()); },
         right},
        {QStringLiteral("verified"), ServerPage::tr("Checked"),
         [](const QCborMap &r) { return ServerText::verified(r); }},
        {QStringLiteral("destinations"), ServerPage::tr("Saved to"),
         [](const QCborMap &r) {
             return ServerText::destinations(r.value(QStringLiteral("destinations")).toArray());
         }},
        {QStringLiteral("error"), ServerPage::tr("Problems"),
         [](const QCborMap &r) { return ServerText::problems(r); }},
    };
}

bool busy(const QCborMap &run)
{
    const QString status = run.value(QStringLiteral("status")).toString();
    return status == QLatin1String("queued") || status == QLatin1String("running");
}
} // namespace

ServerPage::ServerPage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent),
      m_connection(connection),
      m_statusRequest(connection, this),
      m_model(new RecordsModel(connection, runColumns(), this)),
      m_runs(new RecordsTable(m_model, this)),
      m_backupNow(new QPushButton(tr("&Back up now"), this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_warning(new InlineMessage(this)),
      m_message(new InlineMessage(this))
{
    m_backupNow->setObjectName(QStringLiteral("backupNow"));
    m_backupNow->setToolTip(tr("Make a backup of the whole journal now and save it to every "
                               "backup folder (Ctrl+B)"));
    m_refresh->setObjectName(QStringLiteral("refreshServer"));
    m_refresh->setToolTip(tr("Reload (F5)"));
    m_warning->setObjectName(QStringLiteral("backupWarning"));
    m_runs->setObjectName(QStringLiteral("backupRuns"));
    m_runs->view()->horizontalHeader()->resizeSection(0, 140);
    m_runs->view()->horizontalHeader()->resizeSection(1, 180);
    m_runs->view()->horizontalHeader()->resizeSection(2, 150);
    m_runs->view()->horizontalHeader()->resizeSection(3, 90);
    m_runs->view()->horizontalHeader()->resizeSection(4, 110);
    m_runs->view()->horizontalHeader()->resizeSection(5, 220);

    auto *lastBox = new QGroupBox(tr("Last good backup"), this);
    auto *lastForm = new QFormLayout(lastBox);
    addField(lastForm, QStringLiteral("lastWhen"), tr("Made:"));
    addField(lastForm, QStringLiteral("lastWhere"), tr("Saved to:"));
    addField(lastForm, QStringLiteral("lastSize"), tr("Size:"));
    addField(lastForm, QStringLiteral("lastVerified"), tr("Checked by a test restore:"));
    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(serverBox);
    addField(serverForm, QStringLiteral("started"), tr("Running since:"));
    addField(serverForm, QStringLiteral("connections"), tr("Programs connected:"));
    addField(serverForm, QStringLiteral("databaseSize"), tr("Database size:"));
    addField(serverForm, QStringLiteral("nextBackup"), tr("Next backup:"));
    addField(serverForm, QStringLiteral("destinations"), tr("Backup folders:"));

    auto *panels = new QHBoxLayout;
    panels->addWidget(lastBox, 1);
    panels->addWidget(serverBox, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backupNow);
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeHeader(tr("Server"),
                                 tr("Backups of the journal and the state of the server. The "
                                    "server backs the journal up every night to each backup "
                                    "folder and checks every copy by restoring it."),
                                 this));
    layout->addWidget(m_warning);
    layout->addLayout(panels);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Backup history"), this));
    layout->addWidget(m_runs, 1);

    connect(m_backupNow, &QPushButton::clicked, this, &ServerPage::requestBackup);
    connect(m_refresh, &QPushButton::clicked, this, &ServerPage::refresh);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &ServerPage::refresh);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), this), &QShortcut::activated,
            this, &ServerPage::requestBackup);
    connect(m_model, &RecordsModel::failed, m_message, &InlineMessage::showError);
    connect(m_model, &RecordsModel::loaded, this, &ServerPage::pollWhileBusy);
    m_poll.setSingleShot(true);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ServerPage::refresh);
}

QLabel *ServerPage::addField(QFormLayout *form, const QString &name, const QString &label)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

QLabel *ServerPage::field(const QString &name) const
{
    return findChild<QLabel *>(name);
}

void ServerPage::activate()
{
    refresh();
}

void ServerPage::refresh()
{
    m_model->load(QStringLiteral("backups.list"));
    m_statusRequest.send(QStringLiteral("server.status"), {}, [this](const Reply &reply) {
        if (reply.ok())
            showStatus(reply.result.toMap());
        else
            m_message->showError(ErrorText::forReply(reply));
    });
}

void ServerPage::requestBackup()
{
    m_backupNow->setEnabled(false);
    m_connection->request(QStringLiteral("backups.run"), {}, this, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_backupNow->setEnabled(true);
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        m_message->showInfo(reply.result.toMap().value(QStringLiteral("queued")).toBool()
                                ? tr("The backup has been started. It takes a minute or two; "
                                     "the list below shows when it is done.")
                                : tr("A backup is already in progress; the list below shows "
                                     "when it is done."));
        m_awaitingBackup = true;
        refresh();
    });
}

void ServerPage::pollWhileBusy()
{
    const bool inProgress = m_model->rowCount() > 0 && busy(m_model->record(0));
    m_backupNow->setEnabled(!inProgress);
    if (inProgress && isVisible())
        m_poll.start();
    if (inProgress || !m_awaitingBackup)
        return;
    m_awaitingBackup = false;
    const QCborMap run = m_model->record(0);
    if (run.value(QStringLiteral("status")).toString() == QLatin1String("ok"))
        m_message->showInfo(run.value(QStringLiteral("verified")).toBool()
                                ? tr("The backup is done and checked.")
                                : tr("The backup is done."));
    else
        m_message->showError(tr("The backup did not go well: %1").arg(ServerText::problems(run)));
}

void ServerPage::showStatus(const QCborMap &status)
{
    const QString warning = ServerText::warning(status, QDateTime::currentDateTime());
    if (warning.isEmpty())
        m_warning->clearMessage();
    else
        m_warning->showError(warning);
    showLastGood(status.value(QStringLiteral("lastGoodBackup")).toMap());
    const QString started = timeText(status, "started");
    field(QStringLiteral("started"))->setText(started.isEmpty() ? tr("unknown") : started);
    field(QStringLiteral("connections"))
        ->setText(QString::number(status.value(QStringLiteral("connections")).toInteger()));
    field(QStringLiteral("databaseSize"))
        ->setText(ServerText::size(status.value(QStringLiteral("databaseSize")).toInteger()));
    const QString next = timeText(status, "nextBackup");
    field(QStringLiteral("nextBackup"))->setText(next.isEmpty() ? tr("not planned") : next);
    QStringList folders;
    for (const QCborValue &d : status.value(QStringLiteral("destinations")).toArray())
        folders.append(d.toString());
    field(QStringLiteral("destinations"))->setText(folders.join(u'\n'));
}

void ServerPage::showLastGood(const QCborMap &run)
{
    const bool none = run.isEmpty();
    field(QStringLiteral("lastWhen"))->setText(none ? tr("never") : timeText(run, "finished"));
    QStringList where;
    for (const QCborValue &d : run.value(QStringLiteral("destinations")).toArray())
        if (d.toMap().value(QStringLiteral("ok")).toBool())
            where.append(d.toMap().value(QStringLiteral("path")).toString());
    field(QStringLiteral("lastWhere"))->setText(where.join(u'\n'));
    field(QStringLiteral("lastSize"))
        ->setText(ServerText::size(run.value(QStringLiteral("size")).toInteger()));
    field(QStringLiteral("lastVerified"))->setText(none ? QString() : ServerText::verified(run));
}

} // namespace ejournal::client

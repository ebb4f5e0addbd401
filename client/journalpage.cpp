// The journal area page.
#include "journalpage.h"

#include "displaytime.h"
#include "errortext.h"
#include "inlinemessage.h"
#include "journaldialogs.h"
#include "journalgrid.h"
#include "journallessoncard.h"
#include "journalmodel.h"
#include "journaloutbox.h"
#include "serverconnection.h"
#include "uistyle.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ejournal::client {

using namespace journal;

namespace {
QString settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/journal.ini");
}

QString lastJournalKey(const ServerConnection *c)
{
    return QStringLiteral("lastJournal/%1-%2-%3").arg(c->host()).arg(c->port()).arg(c->session().userId);
}
} // namespace

JournalPage::JournalPage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent),
      m_connection(connection),
      m_outbox(new JournalOutbox(connection, JournalOutbox::defaultFilePath(connection), this)),
      m_model(new JournalModel(m_outbox, this)),
      m_grid(new JournalGrid(m_model, this)),
      m_journals(new QComboBox(this)),
      m_periods(new QComboBox(this)),
      m_asOfBox(new QCheckBox(tr("&As of"), this)),
      m_asOf(new QDateTimeEdit(QDateTime::currentDateTime(), this)),
      m_title(new QLabel(this)),
      m_mode(new QLabel(this)),
      m_hint(new QLabel(this)),
      m_unsent(new QLabel(this)),
      m_message(new InlineMessage(this)),
      m_list(connection, this),
      m_open(connection, this)
{
    makeTitle(m_title, 1.4);
    m_title->setObjectName(QStringLiteral("journalTitle"));
    m_mode->setObjectName(QStringLiteral("journalMode"));
    makeSecondary(m_mode);
    m_hint->setObjectName(QStringLiteral("journalHint"));
    m_hint->setWordWrap(true);
    makeSecondary(m_hint);
    m_unsent->setObjectName(QStringLiteral("journalUnsent"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_mode, 1, Qt::AlignBottom);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_hint, 1);
    statusRow->addWidget(m_unsent, 0, Qt::AlignRight | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->setSpacing(8);
    layout->addWidget(createToolbar());
    layout->addLayout(titleRow);
    layout->addWidget(m_message);
    layout->addWidget(m_grid, 1);
    layout->addLayout(statusRow);

    connect(connection, &ServerConnection::eventReceived, this, &JournalPage::onEvent);
    connect(connection, &ServerConnection::sessionResumed, this, [this] {
        if (m_openAssignment)
            openJournal(m_periods->currentData().toLongLong());  // subscribe again, catch up
    });
    connect(connection, &ServerConnection::stateChanged, this, &JournalPage::updateStatus);
    connect(m_outbox, &JournalOutbox::changed, this, &JournalPage::updateStatus);
    connect(m_outbox, &JournalOutbox::conflict, this, &JournalPage::askNextDecision);
    connect(m_outbox, &JournalOutbox::reasonRequired, this, [this](const QString &, const QString &message) {
        m_reasonMessage = message;
        askNextDecision();
    });
    connect(m_outbox, &JournalOutbox::refused, this, [this](const QString &key, const QString &message) {
        m_message->showError(tr("%1: not saved. %2").arg(describeKey(key), message));
    });
    connect(m_model, &JournalModel::entryRejected, m_message, &InlineMessage::showError);
    connect(m_grid, &JournalGrid::lessonCardRequested, this, &JournalPage::openLessonCard);
    connect(m_grid, &JournalGrid::historyRequested, this, &JournalPage::openHistory);
    connect(m_grid, &JournalGrid::lessonKindRequested, this, &JournalPage::setLessonKind);
    connect(m_grid, &JournalGrid::prefixChanged, this, &JournalPage::updateHint);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &JournalPage::reload);
    updateHint();
    updateStatus();
}

QWidget *JournalPage::createToolbar()
{
    auto *bar = new QWidget(this);
    m_journals->setObjectName(QStringLiteral("journalPicker"));
    m_journals->setMinimumContentsLength(36);
    m_journals->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_periods->setObjectName(QStringLiteral("periodPicker"));
    m_periods->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_asOfBox->setObjectName(QStringLiteral("asOfBox"));
    m_asOfBox->setToolTip(tr("Show the journal as it was at a past moment (read-only)"));
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setEnabled(false);
    auto *refresh = new QPushButton(tr("&Refresh"), bar);
    refresh->setToolTip(tr("Load the journal again (F5)"));
    auto *journalLabel = new QLabel(tr("&Journal:"), bar);
    journalLabel->setBuddy(m_journals);
    auto *periodLabel = new QLabel(tr("&Period:"), bar);
    periodLabel->setBuddy(m_periods);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(journalLabel);
    layout->addWidget(m_journals);
    layout->addSpacing(12);
    layout->addWidget(periodLabel);
    layout->addWidget(m_periods);
    layout->addSpacing(12);
    layout->addWidget(m_asOfBox);
    layout->addWidget(m_asOf);
    layout->addStretch(1);
    layout->addWidget(refresh);
    connect(m_journals, &QComboBox::activated, this, [this] { openJournal(0); });
    connect(m_periods, &QComboBox::activated, this, [this] { openJournal(m_periods->currentData().toLongLong()); });
    connect(m_asOfBox, &QCheckBox::toggled, this, [this](bool on) {
        m_asOf->setEnabled(on);
        reload();
    });
    connect(m_asOf, &QDateTimeEdit::editingFinished, this, [this] {
        if (m_asOfBox->isChecked())
            reload();
    });
    connect(refresh, &QPushButton::clicked, this, &JournalPage::reload);
    return bar;
}

void JournalPage::activate()
{
    if (m_infos.isEmpty() && !m_list.isPending())
        loadList();
}

void JournalPage::reload()
{
    if (m_infos.isEmpty())
        loadList();
    else
        openJournal(m_periods->currentData().toLongLong());
}

void JournalPage::loadList()
{
    m_list.send(QStringLiteral("journal.list"), {}, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        m_infos.clear();
        m_journals->clear();
        for (const QCborValue &v : reply.result.toArray()) {
            const JournalInfo info = JournalInfo::fromMap(v.toMap());
            m_infos.append(info);
            QString text = QStringLiteral("%1 · %2").arg(info.targetName, info.subjectName);
            if (!info.own && !info.teacherName.isEmpty())
                text += QStringLiteral(" (%1)").arg(info.teacherName);
            m_journals->addItem(text, info.assignmentId);
        }
        if (m_infos.isEmpty()) {
            m_title->setText(tr("No journals"));
            m_message->showInfo(tr("There is no journal you may open in this school year."));
            return;
        }
        const QSettings settings(settingsPath(), QSettings::IniFormat);
        const int last = m_journals->findData(settings.value(lastJournalKey(m_connection)).toLongLong());
        m_journals->setCurrentIndex(qMax(0, last));
        openJournal(0);
    });
}

const JournalInfo *JournalPage::currentInfo() const
{
    const qint64 id = m_journals->currentData().toLongLong();
    for (const JournalInfo &info : m_infos)
        if (info.assignmentId == id)
            return &info;
    return nullptr;
}

void JournalPage::openJournal(qint64 periodId)
{
    const JournalInfo *info = currentInfo();
    if (!info)
        return;
    if (m_openAssignment && m_openAssignment != info->assignmentId)
        closeJournal();
    QCborMap params{{QStringLiteral("assignmentId"), info->assignmentId}};
    if (periodId)
        params.insert(QStringLiteral("periodId"), periodId);
    if (m_asOfBox->isChecked())
        params.insert(QStringLiteral("asOf"), m_asOf->dateTime().toOffsetFromUtc(m_asOf->dateTime().offsetFromUtc())
                                                  .toString(Qt::ISODate));
    m_message->clearMessage();
    m_open.send(QStringLiteral("journal.open"), params, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        showSnapshot(Snapshot::fromMap(reply.result.toMap()));
    });
}

void JournalPage::showSnapshot(const Snapshot &snapshot)
{
    const JournalInfo *info = currentInfo();
    m_openAssignment = snapshot.assignmentId;
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(lastJournalKey(m_connection), snapshot.assignmentId);

    bool lastPeriod = false;
    m_periods->clear();
    if (info) {
        QDate yearEnd;
        for (const Period &p : info->periods) {
            m_periods->addItem(p.closed ? tr("%1 (closed)").arg(p.name) : p.name, p.id);
            yearEnd = qMax(yearEnd, p.endsOn);
        }
        lastPeriod = snapshot.period.endsOn == yearEnd;
    }
    m_periods->setCurrentIndex(qMax(0, m_periods->findData(snapshot.period.id)));
    m_model->setSnapshot(snapshot, lastPeriod);

    m_title->setText(tr("%1 · %2").arg(snapshot.targetName, snapshot.subjectName));
    QStringList mode{snapshot.teacherName,
                     tr("%1 – %2").arg(snapshot.period.startsOn.toString(QStringLiteral("dd.MM.yyyy")),
                                       snapshot.period.endsOn.toString(QStringLiteral("dd.MM.yyyy")))};
    if (!snapshot.asOf.isEmpty())
        mode.append(tr("as it was on %1 — read only").arg(displayDateTime(parseServerTime(snapshot.asOf))));
    else if (!snapshot.canWrite && std::none_of(snapshot.lessons.begin(), snapshot.lessons.end(),
                                                [](const Lesson &l) { return l.canWrite; }))
        mode.append(tr("read only"));
    else if (snapshot.period.closed)
        mode.append(tr("the period is closed: changes need a reason"));
    m_mode->setText(mode.join(QStringLiteral(" · ")));
    updateHint();
    updateStatus();
    m_grid->setFocus();
    emit opened();
    askNextDecision();
}

void JournalPage::closeJournal()
{
    if (!m_openAssignment)
        return;
    m_connection->request(QStringLiteral("journal.close"), {{QStringLiteral("assignmentId"), m_openAssignment}},
                          nullptr, [](const Reply &) {});
    m_openAssignment = 0;
}

void JournalPage::onEvent(const QString &name, const QCborMap &data)
{
    if (!name.startsWith(QLatin1String("journal."))
        || data.value(QStringLiteral("assignmentId")).toInteger() != m_openAssignment)
        return;
    if (name == QLatin1String("journal.cellChanged"))
        m_model->applyCell(data.value(QStringLiteral("cell")).toMap());
    else if (name == QLatin1String("journal.lessonChanged"))
        m_model->applyLesson(data.value(QStringLiteral("lesson")).toMap());
    else if (name == QLatin1String("journal.finalChanged"))
        m_model->applyFinal(data.value(QStringLiteral("final")).toMap());
}

QString JournalPage::describeKey(const QString &key) const
{
    const QModelIndex where = m_model->indexOfKey(key);
    const Student *s = m_model->studentAt(where.row());
    if (!s)
        return tr("An entry in another journal");
    if (const Lesson *l = m_model->lessonAt(where.column()))
        return tr("%1, %2").arg(s->name, l->date.toString(QStringLiteral("dd.MM")));
    return tr("%1, final mark").arg(s->name);
}

QString JournalPage::valueText(const QString &key, const QCborMap &row) const
{
    if (key.startsWith(QLatin1String("cell:")))
        return cellText(CellContent::fromMap(row));
    return finalText(row.value(QStringLiteral("value")).toString());
}

void JournalPage::askNextDecision()
{
    if (m_conflict || m_reason)
        return;
    for (const JournalOutbox::Entry &e : m_outbox->entries()) {
        const QString key = e.key;
        if (e.state == JournalOutbox::State::Conflict) {
            const QString who = e.current.value(QStringLiteral("updatedBy")).toString();
            const QString when = displayDateTime(parseServerTime(e.current.value(QStringLiteral("updatedAt")).toString()));
            m_conflict = new JournalConflictDialog(describeKey(key), valueText(key, e.params), valueText(key, e.current),
                                                   who.isEmpty() ? QString() : tr("%1, %2").arg(who, when), this);
            m_conflict->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_conflict, &JournalConflictDialog::keepMine, this, [this, key] { m_outbox->keepMine(key); });
            connect(m_conflict, &JournalConflictDialog::takeTheirs, this, [this, key] { m_outbox->takeTheirs(key); });
            connect(m_conflict, &QDialog::rejected, this, [this, key] { m_outbox->takeTheirs(key); });
            connect(m_conflict, &QObject::destroyed, this, &JournalPage::askNextDecision, Qt::QueuedConnection);
            m_conflict->open();
            return;
        }
        if (e.state == JournalOutbox::State::NeedsReason) {
            const QString message = m_reasonMessage.isEmpty()
                                        ? tr("The lesson is older than the correction window, or its period is closed.")
                                        : m_reasonMessage;
            m_reason = new JournalReasonDialog(tr("%1: %2").arg(describeKey(key), valueText(key, e.params)), message, this);
            m_reason->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_reason, &QDialog::accepted, this, [this, key] { m_outbox->giveReason(key, m_reason->reason()); });
            connect(m_reason, &QDialog::rejected, this, [this, key] { m_outbox->discard(key); });
            connect(m_reason, &QObject::destroyed, this, &JournalPage::askNextDecision, Qt::QueuedConnection);
            m_reason->open();
            return;
        }
    }
}

void JournalPage::openLessonCard(int column)
{
    const Lesson *lesson = m_model->lessonAt(column);
    if (!lesson || m_card)
        return;
    m_card = new JournalLessonCard(m_connection, m_model->snapshot(), *lesson,
                                   lesson->canWrite && !m_model->isReadOnly(), this);
    m_card->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_card, &JournalLessonCard::saved, m_model, &JournalModel::applyLesson);
    m_card->open();
}

void JournalPage::openHistory(const QModelIndex &index)
{
    const Lesson *lesson = m_model->lessonAt(index.column());
    const Student *student = m_model->studentAt(index.row());
    if (!lesson || !student)
        return;
    auto *dialog = new JournalHistoryDialog(m_connection, lesson->id, student->id,
                                            describeKey(m_model->keyAt(index)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void JournalPage::setLessonKind(int column, qint64 workTypeId)
{
    const Lesson *lesson = m_model->lessonAt(column);
    if (!lesson)
        return;
    const QCborMap params{{QStringLiteral("lessonId"), lesson->id},
                          {QStringLiteral("version"), lesson->version},
                          {QStringLiteral("workTypeId"), workTypeId}};
    m_connection->request(QStringLiteral("journal.updateLesson"), params, this, [this](const Reply &reply) {
        if (reply.ok())
            m_model->applyLesson(reply.result.toMap().value(QStringLiteral("lesson")).toMap());
        else
            m_message->showError(ErrorText::forReply(reply));
    });
}

void JournalPage::updateStatus()
{
    const int unsent = m_outbox->count();
    const bool online = m_connection->state() == ServerConnection::State::Authenticated;
    if (unsent == 0) {
        m_unsent->setText(tr("All saved"));
        m_unsent->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    } else {
        m_unsent->setText(online ? tr("Saving: %n entr(ies)…", nullptr, unsent)
                                 : tr("No connection: %n entr(ies) kept, will be sent", nullptr, unsent));
        m_unsent->setStyleSheet(QStringLiteral("color: #b06000; font-weight: bold;"));
    }
}

void JournalPage::updateHint()
{
    if (!m_grid->typedPrefix().isEmpty()) {
        m_hint->setText(tr("«%1…» — type п for оп (late).").arg(m_grid->typedPrefix()));
        return;
    }
    if (m_model->isReadOnly() || m_openAssignment == 0) {
        m_hint->setText(tr("Right click on a cell: its history. Double click on a date: the lesson card."));
        return;
    }
    QString marks;
    switch (m_model->snapshot().scale) {
    case marks::Scale::Five: marks = tr("5 4 3 2 1 — mark"); break;
    case marks::Scale::Ten: marks = tr("1…9, 0 for 10 — mark"); break;
    case marks::Scale::Pass: marks = tr("з — pass, нз — fail"); break;
    }
    m_hint->setText(tr("%1, н б у оп — attendance: goes into the cell, the cursor moves down. "
                       "Space or Ctrl+mark — one more mark in the cell (\"5 4\"). F2 — edit, "
                       "Delete — clear, Ctrl+Z — undo. Ctrl+Enter or a double click on the date — "
                       "lesson card. Right click — kind of work, comment, history.").arg(marks));
}

} // namespace ejournal::client

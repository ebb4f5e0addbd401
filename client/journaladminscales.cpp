// The mark scales and correction window tabs of the journal settings page.
#include "journaladminscales.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "journaladmintext.h"
#include "plantext.h"
#include "recordstable.h"
#include "serverconnection.h"
#include "uistyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

JournalAdminScales::JournalAdminScales(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection),
      m_model(new RecordsModel(connection,
          {{QStringLiteral("subjectName"), tr("Subject")},
           {QStringLiteral("scale"), tr("Mark scale"),
            [](const QCborMap &r) { return JournalAdminText::scaleName(r.value(QLatin1String("scale")).toString()); }}},
          this)),
      m_table(new RecordsTable(m_model, this)), m_scale(new QComboBox(this)),
      m_apply(new QPushButton(tr("&Change scale"), this)), m_message(new InlineMessage(this))
{
    m_table->view()->setObjectName(QStringLiteral("scales"));
    m_scale->setObjectName(QStringLiteral("scaleChoice"));
    m_apply->setObjectName(QStringLiteral("applyScale"));
    m_message->setObjectName(QStringLiteral("scalesMessage"));
    for (const QString &scale : JournalAdminText::scales())
        m_scale->addItem(JournalAdminText::scaleName(scale), scale);
    auto *note = new QLabel(tr("A scale can change only while no mark of this school year falls off it."), this);
    makeSecondary(note);
    auto *choice = new QHBoxLayout;
    choice->addWidget(new QLabel(tr("Scale of the selected subject:"), this));
    choice->addWidget(m_scale);
    choice->addWidget(m_apply);
    choice->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_apply, &QPushButton::clicked, this, &JournalAdminScales::apply);
    connect(m_table, &RecordsTable::currentChanged, this, &JournalAdminScales::showCurrent);
    connect(m_table, &RecordsTable::activated, m_scale, [this] { m_scale->setFocus(); });
    connect(m_model, &RecordsModel::failed, m_message, &InlineMessage::showError);
    connect(m_model, &RecordsModel::loaded, this, [this] {
        m_table->view()->resizeColumnsToContents();
        if (m_pendingSelect != 0)
            m_table->selectId(m_pendingSelect, QStringLiteral("subjectId"));
        m_pendingSelect = 0;
        showCurrent();
    });
}

void JournalAdminScales::reload()
{
    m_pendingSelect = m_table->currentRecord().value(QLatin1String("subjectId")).toInteger();
    m_model->load(QStringLiteral("scales.list"));
}

void JournalAdminScales::showCurrent()
{
    const QCborMap row = m_table->currentRecord();
    m_apply->setEnabled(!row.isEmpty());
    m_scale->setEnabled(!row.isEmpty());
    if (!row.isEmpty())
        m_scale->setCurrentIndex(m_scale->findData(row.value(QLatin1String("scale")).toString()));
}

void JournalAdminScales::apply()
{
    const QCborMap row = m_table->currentRecord();
    if (row.isEmpty())
        return;
    const QString scale = m_scale->currentData().toString();
    if (scale == row.value(QLatin1String("scale")).toString())
        return;
    m_apply->setEnabled(false);
    m_connection->request(QStringLiteral("scales.set"),
                          {{QStringLiteral("subjectId"), row.value(QLatin1String("subjectId"))},
                           {QStringLiteral("scale"), scale}},
                          this, [this, row](const Reply &reply) {
                              m_apply->setEnabled(true);
                              const QString subject = row.value(QLatin1String("subjectName")).toString();
                              if (!reply.ok()) {
                                  m_message->showError(tr("The scale of «%1» was not changed. %2")
                                                           .arg(subject, PlanText::summary(reply)));
                                  showCurrent();
                                  return;
                              }
                              m_message->showInfo(tr("«%1» is now marked on the scale «%2».")
                                  .arg(subject, JournalAdminText::scaleName(
                                      reply.result.toMap().value(QLatin1String("scale")).toString())));
                              reload();
                          });
}

JournalAdminWindow::JournalAdminWindow(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_days(new QSpinBox(this)),
      m_save(new QPushButton(tr("&Save"), this)), m_message(new InlineMessage(this))
{
    m_days->setObjectName(QStringLiteral("correctionDays"));
    m_days->setRange(0, 365);
    m_days->setSuffix(tr(" days"));
    m_save->setObjectName(QStringLiteral("saveCorrectionDays"));
    m_message->setObjectName(QStringLiteral("windowMessage"));
    auto *note = new QLabel(tr("A teacher may change the marks, attendance and lesson card of a lesson "
                               "within this many days after it. Later changes, and any change in a closed "
                               "period, need a reason and appear under «Late corrections» for the deputy. "
                               "0 days: only on the day of the lesson."), this);
    note->setWordWrap(true);
    makeSecondary(note);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Correction window:"), this));
    row->addWidget(m_days);
    row->addWidget(m_save);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, &JournalAdminWindow::save);
    connect(m_days, &QSpinBox::editingFinished, m_save, [this] {
        if (m_days->hasFocus())
            save();
    });
}

void JournalAdminWindow::reload()
{
    m_connection->request(QStringLiteral("journalSettings.get"), {}, this, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        m_days->setValue(int(reply.result.toMap().value(QLatin1String("correctionDays")).toInteger()));
    });
}

void JournalAdminWindow::save()
{
    m_save->setEnabled(false);
    m_connection->request(QStringLiteral("journalSettings.set"),
                          {{QStringLiteral("correctionDays"), m_days->value()}}, this,
                          [this](const Reply &reply) {
                              m_save->setEnabled(true);
                              if (!reply.ok()) {
                                  m_message->showError(PlanText::summary(reply));
                                  return;
                              }
                              const int days = int(reply.result.toMap().value(QLatin1String("correctionDays")).toInteger());
                              m_days->setValue(days);
                              m_message->showInfo(tr("Saved: marks may be changed without a reason for %n day(s) after the lesson.",
                                                     nullptr, days));
                          });
}

} // namespace ejournal::client

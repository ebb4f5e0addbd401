// The teacher's own week.
#include "changesmytab.h"

#include "changesdatebar.h"
#include "changestext.h"
#include "inlinemessage.h"
#include "recordstable.h"
#include "serverconnection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
QList<RecordsModel::Column> columns()
{
    const auto field = [](const char *key) {
        return [key](const QCborMap &row) { return row.value(QLatin1String(key)).toString(); };
    };
    return {
        {QStringLiteral("date"), ChangesMyTab::tr("Day"),
         [](const QCborMap &row) {
             return ChangesText::dayText(ChangesText::dateOf(row.value(QLatin1String("date"))));
         }},
        {QStringLiteral("lessonNo"), ChangesMyTab::tr("No."), {}, Qt::AlignCenter},
        {QStringLiteral("startsAt"), ChangesMyTab::tr("Time"), ChangesText::lessonTime},
        {QStringLiteral("targetName"), ChangesMyTab::tr("Class or group"), field("targetName")},
        {QStringLiteral("subjectName"), ChangesMyTab::tr("Subject"), field("subjectName")},
        {QStringLiteral("roomName"), ChangesMyTab::tr("Room"), field("roomName")},
        {QStringLiteral("note"), ChangesMyTab::tr("Changes"),
         [](const QCborMap &row) {
             const QString note = ChangesText::lessonNote(row);
             return ChangesText::isSubstituted(row) ? QStringLiteral("★ ") + note : note;
         }},
    };
}
} // namespace

ChangesMyTab::ChangesMyTab(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_dateBar(new ChangesDateBar(7, this)),
      m_model(new RecordsModel(connection, columns(), this)),
      m_table(new RecordsTable(m_model, this)), m_message(new InlineMessage(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("changesMyTab"));
    m_table->view()->setObjectName(QStringLiteral("myLessons"));
    m_summary->setObjectName(QStringLiteral("myLessonsSummary"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dateBar);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_dateBar, &ChangesDateBar::dateChanged, this, &ChangesMyTab::reload);
    connect(m_model, &RecordsModel::failed, m_message, &InlineMessage::showError);
    connect(m_model, &RecordsModel::loaded, this, [this] {
        m_message->clearMessage();
        int substitutions = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            substitutions += ChangesText::isSubstituted(m_model->record(row)) ? 1 : 0;
        const QString lessons = tr("%n lesson(s) this week", nullptr, m_model->rowCount());
        m_summary->setText(substitutions == 0
                               ? lessons
                               : lessons + QStringLiteral(", ")
                                     + tr("★ %n substitution(s)", nullptr, substitutions));
        m_table->view()->resizeColumnsToContents();
    });
    connect(connection, &ServerConnection::eventReceived, this,
            [this](const QString &name, const QCborMap &) {
                if (name == QLatin1String("lesson.changed")
                    || name == QLatin1String("lessons.generated"))
                    reload();
            });
}

void ChangesMyTab::reload()
{
    m_model->load(QStringLiteral("lessons.my"),
                  {{QStringLiteral("from"), ChangesText::isoDate(m_dateBar->date())},
                   {QStringLiteral("to"), ChangesText::isoDate(m_dateBar->lastDate())}});
}

} // namespace ejournal::client

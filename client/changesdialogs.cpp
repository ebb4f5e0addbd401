// The deputy's change dialogs.
#include "changesdialogs.h"

#include "changestext.h"
#include "errortext.h"
#include "inlinemessage.h"
#include "recordstable.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

namespace ejournal::client {

namespace {
const QString kLessonId = QStringLiteral("lessonId");
const QString kReason = QStringLiteral("reason");

qint64 idOf(const QCborMap &row, const char *key = "id")
{
    return row.value(QLatin1String(key)).toInteger();
}

QLineEdit *reasonEdit(QWidget *parent, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("reason"));
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(500);
    return edit;
}

// Adds the reason to the request when one was typed.
void addReason(QCborMap &params, const QLineEdit *edit)
{
    const QString reason = edit->text().trimmed();
    if (!reason.isEmpty())
        params.insert(kReason, reason);
}
} // namespace

// --- substitute ---------------------------------------------------------------------------

SubstituteDialog::SubstituteDialog(ServerConnection *connection, const QCborMap &lesson,
                                   QWidget *parent)
    : ChangesForm(connection, tr("Substitute the teacher"),
                  tr("%1. Now given by %2. Choose who gives the lesson instead: teachers of the "
                     "subject come first (marked ✔), then the others who are free then.")
                      .arg(ChangesText::lessonTitle(lesson),
                           lesson.value(QLatin1String("teacherName")).toString()),
                  tr("&Substitute"), parent),
      m_lesson(lesson),
      m_model(new RecordsModel(
          connection,
          {{QStringLiteral("name"), tr("Teacher")},
           {QStringLiteral("teachesSubject"), tr("Teaches the subject"),
            [](const QCborMap &row) {
                return row.value(QLatin1String("teachesSubject")).toBool() ? tr("✔ yes") : QString();
            }},
           {QStringLiteral("lessonsThatDay"), tr("Lessons that day"), {}, Qt::AlignCenter}},
          this)),
      m_teachers(new RecordsTable(m_model, this)),
      m_reason(reasonEdit(this, tr("For example: illness, training course")))
{
    setObjectName(QStringLiteral("substituteDialog"));
    m_teachers->setObjectName(QStringLiteral("freeTeachers"));
    addField(tr("&Substitute teacher:"), m_teachers, {QStringLiteral("teacherId")});
    addField(tr("&Reason:"), m_reason, {kReason});
    resize(620, 480);
    connect(m_model, &RecordsModel::failed, message(), &InlineMessage::showError);
    connect(m_model, &RecordsModel::loaded, this, [this] {
        if (m_model->rowCount() == 0)
            message()->showInfo(tr("No teacher is free at this time."));
        else
            m_teachers->view()->selectRow(0);
        m_teachers->view()->resizeColumnsToContents();
    });
    connect(m_teachers, &RecordsTable::activated, this, [this] { submit(); });
    m_model->load(QStringLiteral("lessons.freeTeachers"), {{kLessonId, idOf(lesson)}});
}

void SubstituteDialog::submit()
{
    const QCborMap teacher = m_teachers->currentRecord();
    if (teacher.isEmpty()) {
        message()->showError(tr("Choose the teacher who gives the lesson."));
        return;
    }
    QCborMap params{{kLessonId, idOf(m_lesson)},
                    {QStringLiteral("teacherId"), idOf(teacher, "staffId")}};
    addReason(params, m_reason);
    send(QStringLiteral("lessons.substitute"), params);
}

// --- move ---------------------------------------------------------------------------------

MoveDialog::MoveDialog(ServerConnection *connection, const QCborMap &lesson, QWidget *parent)
    : ChangesForm(connection, tr("Move the lesson"),
                  tr("%1. Choose where the lesson goes: another date, lesson number or room.")
                      .arg(ChangesText::lessonTitle(lesson)),
                  tr("&Move"), parent),
      m_lesson(lesson), m_date(new QDateEdit(this)), m_lessonNo(new QSpinBox(this)),
      m_room(new QComboBox(this)),
      m_reason(reasonEdit(this, tr("Optional")))
{
    setObjectName(QStringLiteral("moveDialog"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_date->setDate(ChangesText::dateOf(lesson.value(QLatin1String("date"))));
    m_lessonNo->setObjectName(QStringLiteral("lessonNo"));
    m_lessonNo->setRange(0, 12);
    m_lessonNo->setValue(int(lesson.value(QLatin1String("lessonNo")).toInteger()));
    m_room->setObjectName(QStringLiteral("room"));
    m_room->addItem(tr("No room"), 0);
    const qint64 roomId = idOf(lesson, "roomId");
    if (roomId > 0)
        m_room->addItem(lesson.value(QLatin1String("roomName")).toString(), roomId);
    m_room->setCurrentIndex(m_room->count() - 1);
    addField(tr("&Date:"), m_date, {QStringLiteral("date")});
    addField(tr("&Lesson number:"), m_lessonNo, {QStringLiteral("lessonNo")});
    addField(tr("R&oom:"), m_room, {QStringLiteral("roomId")});
    addField(tr("&Reason:"), m_reason, {kReason});
    connection->request(QStringLiteral("rooms.list"), {}, this, [this, roomId](const Reply &reply) {
        if (!reply.ok()) {
            message()->showError(ErrorText::forReply(reply));
            return;
        }
        for (const QCborValue &value : reply.result.toArray()) {
            const QCborMap room = value.toMap();
            if (idOf(room) != roomId)
                m_room->addItem(room.value(QLatin1String("name")).toString(), idOf(room));
        }
    });
}

void MoveDialog::submit()
{
    QCborMap params{{kLessonId, idOf(m_lesson)}};
    if (m_date->date() != ChangesText::dateOf(m_lesson.value(QLatin1String("date"))))
        params.insert(QStringLiteral("date"), ChangesText::isoDate(m_date->date()));
    if (m_lessonNo->value() != m_lesson.value(QLatin1String("lessonNo")).toInteger())
        params.insert(QStringLiteral("lessonNo"), m_lessonNo->value());
    const qint64 roomId = m_room->currentData().toLongLong();
    if (roomId != idOf(m_lesson, "roomId"))
        params.insert(QStringLiteral("roomId"), roomId);
    addReason(params, m_reason);
    send(QStringLiteral("lessons.move"), params);
}

// --- cancel and restore -------------------------------------------------------------------

ReasonDialog::ReasonDialog(ServerConnection *connection, const QCborMap &lesson, Action action,
                           QWidget *parent)
    : ChangesForm(connection,
                  action == Action::Cancel ? tr("Cancel the lesson") : tr("Restore the lesson"),
                  action == Action::Cancel
                      ? tr("%1 will not take place. Everyone sees the cancellation at once.")
                            .arg(ChangesText::lessonTitle(lesson))
                      : tr("%1 will take place again as planned.").arg(ChangesText::lessonTitle(lesson)),
                  action == Action::Cancel ? tr("Cancel the &lesson") : tr("&Restore"), parent),
      m_lesson(lesson), m_action(action),
      m_reason(reasonEdit(this, action == Action::Cancel ? tr("Required") : tr("Optional")))
{
    setObjectName(action == Action::Cancel ? QStringLiteral("cancelDialog")
                                           : QStringLiteral("restoreDialog"));
    addField(tr("&Reason:"), m_reason, {kReason, kLessonId});
    resize(480, sizeHint().height());
}

void ReasonDialog::submit()
{
    QCborMap params{{kLessonId, idOf(m_lesson)}};
    if (m_action == Action::Cancel)
        params.insert(kReason, m_reason->text().trimmed());  // the server requires it
    else
        addReason(params, m_reason);
    send(m_action == Action::Cancel ? QStringLiteral("lessons.cancel")
                                    : QStringLiteral("lessons.restore"),
         params);
}

// --- merge --------------------------------------------------------------------------------

MergeDialog::MergeDialog(ServerConnection *connection, const QCborMap &lesson, QWidget *parent)
    : ChangesForm(connection, tr("Merge groups"),
                  tr("%1, taught by %2 in room %3. Tick the lessons of the same subject at the "
                     "same time that join it; their teachers and rooms become free.")
                      .arg(ChangesText::lessonTitle(lesson),
                           lesson.value(QLatin1String("teacherName")).toString(),
                           lesson.value(QLatin1String("roomName")).toString()),
                  tr("&Merge"), parent),
      m_lesson(lesson), m_lessons(new QListWidget(this)),
      m_reason(reasonEdit(this, tr("Required, for example: the teacher is ill")))
{
    setObjectName(QStringLiteral("mergeDialog"));
    m_lessons->setObjectName(QStringLiteral("mergeLessons"));
    addField(tr("&Lessons that join:"), m_lessons, {QStringLiteral("lessonIds")});
    addField(tr("&Reason:"), m_reason, {kReason});
    resize(560, 400);
    loadCandidates();
}

void MergeDialog::loadCandidates()
{
    const QString date = m_lesson.value(QLatin1String("date")).toString();
    connection()->request(
        QStringLiteral("lessons.list"), {{QStringLiteral("from"), date}, {QStringLiteral("to"), date}},
        this, [this](const Reply &reply) {
            if (!reply.ok()) {
                message()->showError(ErrorText::forReply(reply));
                return;
            }
            for (const QCborValue &value : reply.result.toArray()) {
                const QCborMap other = value.toMap();
                if (idOf(other) == idOf(m_lesson)
                    || other.value(QLatin1String("lessonNo")) != m_lesson.value(QLatin1String("lessonNo"))
                    || idOf(other, "subjectId") != idOf(m_lesson, "subjectId")
                    || other.value(QLatin1String("status")).toString() != QLatin1String("planned"))
                    continue;
                auto *item = new QListWidgetItem(
                    tr("%1 — %2, room %3")
                        .arg(other.value(QLatin1String("targetName")).toString(),
                             other.value(QLatin1String("teacherName")).toString(),
                             other.value(QLatin1String("roomName")).toString()),
                    m_lessons);
                item->setData(Qt::UserRole, idOf(other));
                item->setCheckState(Qt::Unchecked);
            }
            if (m_lessons->count() == 0)
                message()->showInfo(tr("No other lesson of this subject takes place at this time."));
        });
}

void MergeDialog::submit()
{
    QCborArray ids;
    for (int i = 0; i < m_lessons->count(); ++i)
        if (m_lessons->item(i)->checkState() == Qt::Checked)
            ids.append(m_lessons->item(i)->data(Qt::UserRole).toLongLong());
    QCborMap params{{QStringLiteral("lessonIds"), ids},
                    {QStringLiteral("intoLessonId"), idOf(m_lesson)},
                    {kReason, m_reason->text().trimmed()}};
    send(QStringLiteral("lessons.merge"), params);
}

} // namespace ejournal::client

// The lesson card dialog.
#include "journallessoncard.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "journaldialogs.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
constexpr qint64 kMaxAttachment = 10 * 1024 * 1024;
constexpr int kIdRole = Qt::UserRole + 1;
}

JournalLessonCard::JournalLessonCard(ServerConnection *connection, const journal::Snapshot &journal,
                                     const journal::Lesson &lesson, bool canWrite, QWidget *parent)
    : QDialog(parent),
      m_connection(connection),
      m_lesson(lesson),
      m_assignmentId(journal.assignmentId),
      m_canWrite(canWrite),
      m_plan(new QComboBox(this)),
      m_topic(new QLineEdit(lesson.topic, this)),
      m_summary(new QPlainTextEdit(lesson.summary, this)),
      m_homework(new QPlainTextEdit(lesson.homework, this)),
      m_hasDue(new QCheckBox(tr("due by"), this)),
      m_due(new QDateEdit(this)),
      m_kind(new QComboBox(this)),
      m_controlWork(new QCheckBox(tr("Control work"), this)),
      m_attachmentsBox(nullptr),
      m_attachments(new QListWidget(this)),
      m_message(new InlineMessage(this)),
      m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("journalLessonCard"));
    setWindowTitle(tr("Lesson of %1").arg(QLocale().toString(lesson.date, QStringLiteral("d MMMM yyyy, dddd"))));
    m_topic->setObjectName(QStringLiteral("lessonTopic"));
    m_topic->setMaxLength(500);
    m_plan->setObjectName(QStringLiteral("lessonPlanItem"));
    m_plan->setVisible(false);
    m_summary->setObjectName(QStringLiteral("lessonSummary"));
    m_homework->setObjectName(QStringLiteral("lessonHomework"));
    for (QPlainTextEdit *edit : {m_summary, m_homework}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().height() * 4);
    }
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_hasDue->setChecked(lesson.homeworkDue.isValid());
    m_due->setDate(lesson.homeworkDue.isValid() ? lesson.homeworkDue : lesson.date.addDays(7));
    m_due->setEnabled(m_hasDue->isChecked());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_kind->setObjectName(QStringLiteral("lessonKind"));
    m_kind->addItem(tr("Answer in class (default)"), 0);
    for (const journal::WorkType &w : journal.workTypes)
        m_kind->addItem(tr("%1 (weight %2)").arg(w.name, QLocale().toString(w.weight)), w.id);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(lesson.workTypeId)));
    m_controlWork->setObjectName(QStringLiteral("lessonControlWork"));
    m_controlWork->setChecked(lesson.controlWork);

    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due);
    due->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("From the plan:"), m_plan);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("S&ummary:"), m_summary);
    form->addRow(tr("&Homework:"), m_homework);
    form->addRow(QString(), due);
    form->addRow(tr("&Kind of work:"), m_kind);
    form->addRow(QString(), m_controlWork);
    m_attachmentsBox = createAttachments();
    form->addRow(tr("Files:"), m_attachmentsBox);
    if (lesson.substitute)
        form->addRow(tr("Substitution:"), new QLabel(lesson.teacherName, this));

    auto *buttons = new QDialogButtonBox(this);
    m_save->setObjectName(QStringLiteral("saveLesson"));
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(canWrite ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    m_save->setVisible(canWrite);
    connect(m_save, &QPushButton::clicked, this, [this] { save({}); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (!canWrite) {
        m_topic->setReadOnly(true);
        m_summary->setReadOnly(true);
        m_homework->setReadOnly(true);
        for (QWidget *w : std::initializer_list<QWidget *>{m_plan, m_hasDue, m_due, m_kind, m_controlWork})
            w->setEnabled(false);
    }
    connect(m_plan, &QComboBox::activated, this, [this](int index) {
        const QCborMap item = m_plan->itemData(index).value<QCborMap>();
        if (item.isEmpty())
            return;
        m_topic->setText(item.value(QStringLiteral("topic")).toString());
        const QString homework = item.value(QStringLiteral("homework")).toString();
        if (m_homework->toPlainText().trimmed().isEmpty() && !homework.isEmpty())
            m_homework->setPlainText(homework);
        m_controlWork->setChecked(item.value(QStringLiteral("controlWork")).toBool());
    });
    loadPlan();
    loadAttachments();
    resize(560, sizeHint().height());
}

QWidget *JournalLessonCard::createAttachments()
{
    auto *box = new QWidget(this);
    m_attachments->setObjectName(QStringLiteral("lessonFiles"));
    m_attachments->setFixedHeight(m_attachments->fontMetrics().height() * 4);
    auto *add = new QPushButton(tr("Add…"), box);
    auto *open = new QPushButton(tr("Open"), box);
    auto *remove = new QPushButton(tr("Remove"), box);
    add->setVisible(m_canWrite);
    remove->setVisible(m_canWrite);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(open);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_attachments, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &JournalLessonCard::addAttachment);
    connect(open, &QPushButton::clicked, this, &JournalLessonCard::openAttachment);
    connect(m_attachments, &QListWidget::itemActivated, this, &JournalLessonCard::openAttachment);
    connect(remove, &QPushButton::clicked, this, &JournalLessonCard::removeAttachment);
    return box;
}

void JournalLessonCard::loadPlan()
{
    m_connection->request(QStringLiteral("plan.list"), {{QStringLiteral("assignmentId"), m_assignmentId}}, this,
                          [this](const Reply &reply) {
                              if (!reply.ok())
                                  return;  // no plan on this server (yet): the topic is typed
                              m_plan->addItem(tr("— choose a topic of the plan —"));
                              for (const QCborValue &v : reply.result.toArray()) {
                                  const QCborMap item = v.toMap();
                                  const QDate planned = QDate::fromString(item.value(QStringLiteral("plannedOn")).toString(), Qt::ISODate);
                                  QString text = QStringLiteral("%1. %2").arg(item.value(QStringLiteral("ordinal")).toInteger())
                                                     .arg(item.value(QStringLiteral("topic")).toString());
                                  if (planned.isValid())
                                      text += QStringLiteral(" (%1)").arg(planned.toString(QStringLiteral("dd.MM")));
                                  m_plan->addItem(text, QVariant::fromValue(item));
                                  if (item.value(QStringLiteral("id")).toInteger() == m_lesson.planItemId)
                                      m_plan->setCurrentIndex(m_plan->count() - 1);
                              }
                              m_plan->setVisible(m_plan->count() > 1);
                          });
}

void JournalLessonCard::loadAttachments()
{
    m_connection->request(QStringLiteral("attachments.list"), {{QStringLiteral("lessonId"), m_lesson.id}}, this,
                          [this](const Reply &reply) {
                              m_attachmentsBox->setEnabled(reply.ok());
                              m_attachments->clear();
                              if (!reply.ok()) {
                                  m_attachments->addItem(tr("Files are not available on this server."));
                                  return;
                              }
                              for (const QCborValue &v : reply.result.toArray()) {
                                  const QCborMap f = v.toMap();
                                  auto *item = new QListWidgetItem(
                                      tr("%1 (%2)").arg(f.value(QStringLiteral("fileName")).toString(),
                                                        QLocale().formattedDataSize(f.value(QStringLiteral("size")).toInteger())),
                                      m_attachments);
                                  item->setData(kIdRole, f.value(QStringLiteral("id")).toInteger());
                                  item->setData(Qt::UserRole, f.value(QStringLiteral("fileName")).toString());
                              }
                          });
}

void JournalLessonCard::addAttachment()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file to the homework"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > kMaxAttachment) {
        m_message->showError(tr("The file is larger than 10 MB."));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    const QCborMap params{{QStringLiteral("lessonId"), m_lesson.id},
                          {QStringLiteral("fileName"), QFileInfo(path).fileName()},
                          {QStringLiteral("mimeType"), QMimeDatabase().mimeTypeForFile(path).name()},
                          {QStringLiteral("content"), file.readAll()}};
    m_connection->request(QStringLiteral("attachments.add"), params, this, [this](const Reply &reply) {
        if (!reply.ok())
            m_message->showError(ErrorText::forReply(reply));
        loadAttachments();
    });
}

void JournalLessonCard::openAttachment()
{
    QListWidgetItem *item = m_attachments->currentItem();
    if (!item || !item->data(kIdRole).isValid())
        return;
    m_connection->request(QStringLiteral("attachments.get"), {{QStringLiteral("id"), item->data(kIdRole).toLongLong()}},
                          this, [this](const Reply &reply) {
                              if (!reply.ok()) {
                                  m_message->showError(ErrorText::forReply(reply));
                                  return;
                              }
                              const QCborMap f = reply.result.toMap();
                              const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
                              QFile out(QDir(dir).filePath(QFileInfo(f.value(QStringLiteral("fileName")).toString()).fileName()));
                              if (out.open(QIODevice::WriteOnly)) {
                                  out.write(f.value(QStringLiteral("content")).toByteArray());
                                  out.close();
                                  QDesktopServices::openUrl(QUrl::fromLocalFile(out.fileName()));
                              }
                          });
}

void JournalLessonCard::removeAttachment()
{
    QListWidgetItem *item = m_attachments->currentItem();
    if (!item || !item->data(kIdRole).isValid())
        return;
    m_connection->request(QStringLiteral("attachments.remove"), {{QStringLiteral("id"), item->data(kIdRole).toLongLong()}},
                          this, [this](const Reply &reply) {
                              if (!reply.ok())
                                  m_message->showError(ErrorText::forReply(reply));
                              loadAttachments();
                          });
}

void JournalLessonCard::save(const QString &reason)
{
    QCborMap params{{QStringLiteral("lessonId"), m_lesson.id},
                    {QStringLiteral("version"), m_lesson.version},
                    {QStringLiteral("topic"), m_topic->text().trimmed()},
                    {QStringLiteral("summary"), m_summary->toPlainText().trimmed()},
                    {QStringLiteral("homework"), m_homework->toPlainText().trimmed()},
                    {QStringLiteral("workTypeId"), m_kind->currentData().toLongLong()},
                    {QStringLiteral("controlWork"), m_controlWork->isChecked()}};
    params.insert(QStringLiteral("homeworkDue"), m_hasDue->isChecked() ? m_due->date().toString(Qt::ISODate) : QString());
    const QCborMap item = m_plan->currentData().value<QCborMap>();
    if (m_plan->isVisible())
        params.insert(QStringLiteral("planItemId"), item.value(QStringLiteral("id")).toInteger());
    if (!reason.isEmpty())
        params.insert(QStringLiteral("reason"), reason);
    m_save->setEnabled(false);
    m_connection->request(QStringLiteral("journal.updateLesson"), params, this, [this](const Reply &reply) {
        m_save->setEnabled(true);
        if (reply.ok()) {
            emit saved(reply.result.toMap().value(QStringLiteral("lesson")).toMap());
            accept();
            return;
        }
        const QCborMap details = reply.error.details;
        if (reply.isError(ErrorCode::Conflict)) {
            const journal::Lesson current = journal::Lesson::fromMap(details.value(QStringLiteral("current")).toMap());
            m_lesson.version = current.version;
            m_message->showError(tr("Someone changed this card meanwhile (topic now: «%1»). Press Save "
                                    "again to keep what you typed.").arg(current.topic));
            return;
        }
        if (reply.isError(ErrorCode::Invalid) && details.contains(QStringLiteral("reason"))) {
            auto *ask = new JournalReasonDialog(windowTitle(), ErrorText::forReply(reply), this);
            ask->setAttribute(Qt::WA_DeleteOnClose);
            connect(ask, &QDialog::accepted, this, [this, ask] { save(ask->reason()); });
            ask->open();
            return;
        }
        m_message->showError(ErrorText::forReply(reply));
    });
}

} // namespace ejournal::client

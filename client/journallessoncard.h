// The lesson card, opened from a date in the journal's header: topic (typed or picked from
// the КТП), summary, homework with its due date, the kind of work of the lesson's column,
// the control-work flag and homework files. Read-only for those who may not write; the
// plan and the files are left out when the server does not offer them.
#pragma once

#include "journaldata.h"

#include <QCborMap>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ejournal::client {

class InlineMessage;
class ServerConnection;

class JournalLessonCard : public QDialog
{
    Q_OBJECT
public:
    JournalLessonCard(ServerConnection *connection, const journal::Snapshot &journal,
                      const journal::Lesson &lesson, bool canWrite, QWidget *parent = nullptr);

    QLineEdit *topicEdit() const { return m_topic; }
    QComboBox *planCombo() const { return m_plan; }
    QPlainTextEdit *homeworkEdit() const { return m_homework; }
    QComboBox *kindCombo() const { return m_kind; }
    QCheckBox *controlWorkBox() const { return m_controlWork; }
    QPushButton *saveButton() const { return m_save; }
    InlineMessage *message() const { return m_message; }

signals:
    // The server took the card: the lesson row as it is now.
    void saved(const QCborMap &lesson);

private:
    QWidget *createAttachments();
    void loadPlan();
    void loadAttachments();
    void addAttachment();
    void openAttachment();
    void removeAttachment();
    void save(const QString &reason);

    ServerConnection *m_connection;
    journal::Lesson m_lesson;
    qint64 m_assignmentId;
    bool m_canWrite;
    QComboBox *m_plan;
    QLineEdit *m_topic;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_homework;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QComboBox *m_kind;
    QCheckBox *m_controlWork;
    QWidget *m_attachmentsBox;
    QListWidget *m_attachments;
    InlineMessage *m_message;
    QPushButton *m_save;
};

} // namespace ejournal::client

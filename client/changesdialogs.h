// The deputy's changes to one dated lesson, each a ChangesForm: substitute the teacher (the
// free teachers, those of the subject first), move it (date, lesson number, room), cancel or
// restore it (with a reason), merge other groups' lessons of the same subject and time into it.
#pragma once

#include "changesform.h"

#include <QCborMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace ejournal::client {

class RecordsModel;
class RecordsTable;

class SubstituteDialog : public ChangesForm
{
    Q_OBJECT
public:
    SubstituteDialog(ServerConnection *connection, const QCborMap &lesson, QWidget *parent);
    RecordsTable *teachers() const { return m_teachers; }
    QLineEdit *reason() const { return m_reason; }

protected:
    void submit() override;

private:
    QCborMap m_lesson;
    RecordsModel *m_model;
    RecordsTable *m_teachers;
    QLineEdit *m_reason;
};

class MoveDialog : public ChangesForm
{
    Q_OBJECT
public:
    MoveDialog(ServerConnection *connection, const QCborMap &lesson, QWidget *parent);
    QDateEdit *date() const { return m_date; }
    QSpinBox *lessonNo() const { return m_lessonNo; }
    QComboBox *room() const { return m_room; }

protected:
    void submit() override;

private:
    QCborMap m_lesson;
    QDateEdit *m_date;
    QSpinBox *m_lessonNo;
    QComboBox *m_room;
    QLineEdit *m_reason;
};

// Cancels (reason required) or restores (reason optional) a lesson.
class ReasonDialog : public ChangesForm
{
    Q_OBJECT
public:
    enum class Action { Cancel, Restore };
    ReasonDialog(ServerConnection *connection, const QCborMap &lesson, Action action,
                 QWidget *parent);
    QLineEdit *reason() const { return m_reason; }

protected:
    void submit() override;

private:
    QCborMap m_lesson;
    Action m_action;
    QLineEdit *m_reason;
};

class MergeDialog : public ChangesForm
{
    Q_OBJECT
public:
    MergeDialog(ServerConnection *connection, const QCborMap &lesson, QWidget *parent);
    QListWidget *lessons() const { return m_lessons; }
    QLineEdit *reason() const { return m_reason; }

protected:
    void submit() override;

private:
    void loadCandidates();

    QCborMap m_lesson;
    QListWidget *m_lessons;
    QLineEdit *m_reason;
};

} // namespace ejournal::client

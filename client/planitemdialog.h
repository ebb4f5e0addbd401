// The form of one КТП topic: section, topic, hours, planned date (or none), homework and the
// control-work flag. New topics go after the current one (plan.create afterId), existing
// ones are changed with plan.update; refusals are shown under their fields.
#pragma once

#include "planform.h"

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace ejournal::client {

class PlanItemDialog : public PlanFormDialog
{
    Q_OBJECT
public:
    // `item` empty: a new topic of `assignmentId` placed after `afterId` (0: first, -1: last).
    PlanItemDialog(ServerConnection *connection, qint64 assignmentId, qint64 afterId,
                   const QCborMap &item, const QStringList &sections, QWidget *parent);

    QLineEdit *sectionEdit() const { return m_section; }
    QLineEdit *topicEdit() const { return m_topic; }
    QDoubleSpinBox *hoursEdit() const { return m_hours; }
    QCheckBox *datedBox() const { return m_dated; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *homeworkEdit() const { return m_homework; }
    QCheckBox *controlBox() const { return m_control; }

protected:
    void save() override;

private:
    qint64 m_assignmentId;
    qint64 m_afterId;
    qint64 m_id;
    QLineEdit *m_section;
    QLineEdit *m_topic;
    QDoubleSpinBox *m_hours;
    QCheckBox *m_dated;
    QDateEdit *m_date;
    QLineEdit *m_homework;
    QCheckBox *m_control;
};

} // namespace ejournal::client

namespace ejournal::client {

// Dating the plan from the coming lessons (plan.distribute): from which day on.
class PlanDistributeDialog : public PlanFormDialog
{
    Q_OBJECT
public:
    PlanDistributeDialog(ServerConnection *connection, qint64 assignmentId, QWidget *parent);

    QDateEdit *fromEdit() const { return m_from; }

protected:
    void save() override;

private:
    qint64 m_assignmentId;
    QDateEdit *m_from;
};

} // namespace ejournal::client

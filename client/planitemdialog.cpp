// The form of one КТП topic.
#include "planitemdialog.h"

#include "plantext.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ejournal::client {

PlanItemDialog::PlanItemDialog(ServerConnection *connection, qint64 assignmentId, qint64 afterId,
                               const QCborMap &item, const QStringList &sections, QWidget *parent)
    : PlanFormDialog(connection, item.isEmpty() ? tr("New topic") : tr("Topic"), parent),
      m_assignmentId(assignmentId), m_afterId(afterId),
      m_id(item.value(QLatin1String("id")).toInteger()), m_section(new QLineEdit(this)),
      m_topic(new QLineEdit(this)), m_hours(new QDoubleSpinBox(this)),
      m_dated(new QCheckBox(tr("Planned for"), this)), m_date(new QDateEdit(this)),
      m_homework(new QLineEdit(this)), m_control(new QCheckBox(tr("Control work"), this))
{
    setObjectName(QStringLiteral("planItemDialog"));
    m_section->setObjectName(QStringLiteral("section"));
    m_section->setCompleter(new QCompleter(sections, m_section));
    m_section->setPlaceholderText(tr("e.g. Natural numbers"));
    m_topic->setObjectName(QStringLiteral("topic"));
    m_hours->setObjectName(QStringLiteral("hours"));
    m_hours->setRange(0.1, 99);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_dated->setObjectName(QStringLiteral("dated"));
    m_date->setObjectName(QStringLiteral("plannedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_homework->setObjectName(QStringLiteral("homework"));
    m_control->setObjectName(QStringLiteral("controlWork"));

    auto *dateRow = new QWidget(this);
    auto *dateLayout = new QHBoxLayout(dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    dateLayout->addWidget(m_dated);
    dateLayout->addWidget(m_date, 1);

    addField(tr("Section:"), m_section, {QStringLiteral("section")});
    addField(tr("Topic:"), m_topic, {QStringLiteral("topic")});
    addField(tr("Hours:"), m_hours, {QStringLiteral("hours")});
    addField(tr("Date:"), dateRow, {QStringLiteral("plannedOn")});
    addField(tr("Homework:"), m_homework, {QStringLiteral("homework")});
    addField(QString(), m_control, {QStringLiteral("controlWork")});

    const QDate planned = PlanText::parseDate(item.value(QLatin1String("plannedOn")).toString());
    m_section->setText(item.value(QLatin1String("section")).toString());
    m_topic->setText(item.value(QLatin1String("topic")).toString());
    m_hours->setValue(item.isEmpty() ? 1 : item.value(QLatin1String("hours")).toDouble());
    m_dated->setChecked(planned.isValid());
    m_date->setDate(planned.isValid() ? planned : QDate::currentDate());
    m_date->setEnabled(planned.isValid());
    m_homework->setText(item.value(QLatin1String("homework")).toString());
    m_control->setChecked(item.value(QLatin1String("controlWork")).toBool());
    connect(m_dated, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    m_topic->setFocus();
}

void PlanItemDialog::save()
{
    clearProblems();
    if (m_topic->text().trimmed().isEmpty()) {
        showProblem(QStringLiteral("topic"), tr("Fill in the topic."));
        return;
    }
    QCborMap params{
        {QStringLiteral("section"), m_section->text().trimmed()},
        {QStringLiteral("topic"), m_topic->text().trimmed()},
        {QStringLiteral("hours"), m_hours->value()},
        {QStringLiteral("plannedOn"),
         m_dated->isChecked() ? m_date->date().toString(Qt::ISODate) : QString()},
        {QStringLiteral("homework"), m_homework->text().trimmed()},
        {QStringLiteral("controlWork"), m_control->isChecked()},
    };
    if (m_id != 0) {
        params.insert(QStringLiteral("id"), m_id);
        submit(QStringLiteral("plan.update"), params);
        return;
    }
    params.insert(QStringLiteral("assignmentId"), m_assignmentId);
    if (m_afterId >= 0)
        params.insert(QStringLiteral("afterId"), m_afterId);
    submit(QStringLiteral("plan.create"), params);
}

} // namespace ejournal::client

namespace ejournal::client {

PlanDistributeDialog::PlanDistributeDialog(ServerConnection *connection, qint64 assignmentId,
                                           QWidget *parent)
    : PlanFormDialog(connection, tr("Date the plan from the timetable"), parent),
      m_assignmentId(assignmentId), m_from(new QDateEdit(QDate::currentDate(), this))
{
    setObjectName(QStringLiteral("planDistributeDialog"));
    m_from->setObjectName(QStringLiteral("distributeFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    auto *note = new QLabel(tr("Topics not yet covered by a held lesson get, in order, the dates of "
                               "the coming lessons of this load: one lesson per hour. Topics beyond "
                               "the last lesson lose their date."), this);
    note->setWordWrap(true);
    addField(QString(), note, {QStringLiteral("assignmentId")});
    addField(tr("From:"), m_from, {QStringLiteral("from")});
    saveButton()->setText(tr("Set dates"));
}

void PlanDistributeDialog::save()
{
    submit(QStringLiteral("plan.distribute"),
           {{QStringLiteral("assignmentId"), m_assignmentId},
            {QStringLiteral("from"), m_from->date().toString(Qt::ISODate)}});
}

} // namespace ejournal::client

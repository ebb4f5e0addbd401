// Copying a КТП from another load, last year's same subject and grade first.
#include "plancopydialog.h"

#include "serverconnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>

#include <algorithm>

namespace ejournal::client {

namespace {
qint64 number(const QCborMap &row, const char *key)
{
    return row.value(QLatin1String(key)).toInteger();
}

QString text(const QCborMap &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}
} // namespace

PlanCopyDialog::PlanCopyDialog(ServerConnection *connection, const QCborMap &target,
                               const QCborArray &thisYear, int existingItems, QWidget *parent)
    : PlanFormDialog(connection, tr("Copy a plan from another load"), parent),
      m_connection(connection), m_target(target), m_thisYear(thisYear),
      m_source(new QComboBox(this)),
      m_replace(new QCheckBox(tr("Replace the current plan (%n topic(s)); lessons keep their topics",
                                 nullptr, existingItems), this))
{
    setObjectName(QStringLiteral("planCopyDialog"));
    m_source->setObjectName(QStringLiteral("copySource"));
    m_source->setMinimumContentsLength(40);
    m_replace->setObjectName(QStringLiteral("replacePlan"));
    m_replace->setVisible(existingItems > 0);
    saveButton()->setText(tr("Copy"));
    saveButton()->setEnabled(false);
    addField(tr("Copy from:"), m_source, {QStringLiteral("fromAssignmentId")});
    addField(QString(), m_replace, {QStringLiteral("replace"), QStringLiteral("toAssignmentId")});
    if (existingItems > 0)
        connect(m_replace, &QCheckBox::toggled, this, [this](bool on) {
            saveButton()->setEnabled(on && m_source->count() > 0);
        });
    loadLastYear();
}

void PlanCopyDialog::loadLastYear()
{
    m_connection->request(QStringLiteral("years.list"), {}, this, [this](const Reply &reply) {
        const QCborArray years = reply.result.toArray();
        int active = -1;
        for (int i = 0; i < years.size(); ++i)
            if (text(years.at(i).toMap(), "state") == QLatin1String("active"))
                active = i;
        if (!reply.ok() || active < 0 || active + 1 >= years.size()) {
            fill({}, {});
            return;
        }
        const QCborMap last = years.at(active + 1).toMap();
        m_connection->request(QStringLiteral("journal.list"),
                              {{QStringLiteral("academicYearId"), number(last, "id")}}, this,
                              [this, name = text(last, "name")](const Reply &list) {
                                  fill(list.ok() ? list.result.toArray() : QCborArray(), name);
                              });
    });
}

void PlanCopyDialog::fill(const QCborArray &lastYear, const QString &lastYearName)
{
    struct Candidate
    {
        int rank;
        QString label;
        qint64 id;
    };
    const qint64 subject = number(m_target, "subjectId");
    const qint64 grade = number(m_target, "grade");
    QList<Candidate> candidates;
    auto add = [&](const QCborArray &rows, bool previous, const QString &yearName) {
        for (const QCborValue &value : rows) {
            const QCborMap row = value.toMap();
            if (number(row, "assignmentId") == number(m_target, "assignmentId"))
                continue;
            const bool sameSubject = number(row, "subjectId") == subject;
            const bool sameGrade = number(row, "grade") == grade;
            const int rank = sameSubject ? (previous && sameGrade ? 0 : sameGrade ? 1 : 2) : 3;
            QString label = tr("%1, %2 — %3").arg(text(row, "targetName"), text(row, "subjectName"),
                                                   text(row, "teacherName"));
            if (previous)
                label = tr("%1 (%2)").arg(label, yearName);
            candidates.append({rank, label, number(row, "assignmentId")});
        }
    };
    add(lastYear, true, lastYearName);
    add(m_thisYear, false, {});
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.rank < b.rank; });
    m_source->clear();
    for (const Candidate &candidate : candidates)
        m_source->addItem(candidate.label, candidate.id);
    const bool any = m_source->count() > 0;
    if (!any)
        showProblem(QStringLiteral("fromAssignmentId"), tr("There is no other load to copy from."));
    saveButton()->setEnabled(any && (m_replace->isHidden() || m_replace->isChecked()));
}

void PlanCopyDialog::save()
{
    if (m_source->currentIndex() < 0)
        return;
    submit(QStringLiteral("plan.copy"),
           {{QStringLiteral("fromAssignmentId"), m_source->currentData().toLongLong()},
            {QStringLiteral("toAssignmentId"), number(m_target, "assignmentId")},
            {QStringLiteral("replace"), m_replace->isChecked()}});
}

} // namespace ejournal::client

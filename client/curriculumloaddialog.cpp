// The teaching-load form (load.create / load.update).
#include "curriculumloaddialog.h"

#include "curriculumforms.h"
#include "curriculumtext.h"
#include "errortext.h"
#include "inlinemessage.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
// Hours as the rest of the page writes them: "5 ч в неделю", "4,5 ч в неделю".
class HoursSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QString textFromValue(double value) const override { return CurriculumText::hours(value); }
};

const QString kStaffId = QStringLiteral("staffId");
const QString kSubjectId = QStringLiteral("subjectId");
const QString kClassId = QStringLiteral("classId");
const QString kGroupId = QStringLiteral("groupId");
const QString kHours = QStringLiteral("hoursPerWeek");
} // namespace

CurriculumLoadDialog::CurriculumLoadDialog(ServerConnection *connection, qint64 yearId,
                                           const QCborMap &entry, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_entry(entry),
      m_id(entry.value(QLatin1String("id")).toInteger()), m_teacher(new QComboBox(this)),
      m_subject(new QComboBox(this)), m_byClass(new QRadioButton(tr("&Class"), this)),
      m_byGroup(new QRadioButton(tr("Study &group"), this)), m_class(new QComboBox(this)),
      m_group(new QComboBox(this)), m_hours(new HoursSpinBox(this)),
      m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("loadDialog"));
    setWindowTitle(isEditing() ? tr("Edit teaching load") : tr("New teaching load"));
    m_teacher->setObjectName(QStringLiteral("loadTeacher"));
    m_subject->setObjectName(QStringLiteral("loadSubject"));
    m_class->setObjectName(QStringLiteral("loadClass"));
    m_group->setObjectName(QStringLiteral("loadGroup"));
    m_hours->setObjectName(QStringLiteral("loadHours"));
    m_hours->setRange(0.5, 40);
    m_hours->setSingleStep(0.5);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h a week"));
    m_hours->setValue(entry.contains(kHours) ? entry.value(kHours).toDouble() : 1.0);
    m_teacher->setPlaceholderText(tr("Choose a teacher"));
    m_group->setPlaceholderText(tr("Choose a group"));
    for (QComboBox *combo : {m_teacher, m_subject, m_class, m_group}) {
        combo->setMinimumWidth(280);
        combo->setEnabled(false);
    }
    m_byClass->setChecked(!entry.contains(kGroupId) || entry.value(kGroupId).isNull());
    m_byGroup->setChecked(!m_byClass->isChecked());

    for (const QString &field : {kStaffId, kSubjectId, kClassId, kGroupId, kHours})
        m_problems.insert(field, makeFieldProblem(this));

    auto *target = new QWidget(this);
    auto *targetLayout = new QHBoxLayout(target);
    targetLayout->setContentsMargins(0, 0, 0, 0);
    targetLayout->addWidget(m_byClass);
    targetLayout->addWidget(m_byGroup);
    targetLayout->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Teacher:"), withProblem(m_teacher, m_problems.value(kStaffId)));
    form->addRow(tr("&Subject:"), withProblem(m_subject, m_problems.value(kSubjectId)));
    form->addRow(tr("Teaches:"), target);
    form->addRow(tr("C&lass:"), withProblem(m_class, m_problems.value(kClassId)));
    form->addRow(tr("&Group:"), withProblem(m_group, m_problems.value(kGroupId)));
    form->addRow(tr("&Hours:"), withProblem(m_hours, m_problems.value(kHours)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveLoad"));
    m_save->setDefault(true);
    m_save->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    if (isEditing()) {
        auto *note = new QLabel(tr("The subject and the class or group of an entry cannot change: "
                                   "delete it and create a new one instead."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(buttons);

    connect(m_byClass, &QRadioButton::toggled, this, &CurriculumLoadDialog::updateTarget);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &CurriculumLoadDialog::filterGroups);
    connect(m_save, &QPushButton::clicked, this, &CurriculumLoadDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QCborMap year{{QStringLiteral("academicYearId"), yearId}};
    load(QStringLiteral("staff.list"), {}, [this](const QCborArray &rows) {
        fillCombo(m_teacher, rows, QStringLiteral("fullName"), kStaffId);
    });
    load(QStringLiteral("subjects.list"), {}, [this](const QCborArray &rows) {
        fillCombo(m_subject, rows, QStringLiteral("name"), kSubjectId);
    });
    load(QStringLiteral("classes.list"), year, [this](const QCborArray &rows) {
        fillCombo(m_class, rows, QStringLiteral("name"), kClassId);
    });
    load(QStringLiteral("groups.list"), year, [this](const QCborArray &rows) {
        m_groups = rows;
        filterGroups();
    });
}

void CurriculumLoadDialog::load(const QString &method, const QCborMap &params,
                                const std::function<void(const QCborArray &)> &fill)
{
    ++m_waiting;
    m_connection->request(method, params, this, [this, fill](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        fill(reply.result.toArray());
        if (--m_waiting == 0) {
            updateTarget();
            m_save->setEnabled(true);
            m_teacher->setFocus();
        }
    });
}

void CurriculumLoadDialog::fillCombo(QComboBox *combo, const QCborArray &rows,
                                     const QString &textKey, const QString &valueKey)
{
    const QSignalBlocker blocker(combo);
    const QVariant chosen = combo->count() > 0 ? combo->currentData()
                                               : m_entry.value(valueKey).toVariant();
    combo->clear();
    for (const QCborValue &value : rows) {
        const QCborMap row = value.toMap();
        combo->addItem(row.value(textKey).toString(), row.value(QLatin1String("id")).toInteger());
    }
    combo->setCurrentIndex(chosen.isValid() ? combo->findData(chosen.toLongLong()) : -1);
    if (combo != m_subject)
        return;
    filterGroups();
}

void CurriculumLoadDialog::filterGroups()
{
    // A group made for a subject takes only that subject's load.
    const qint64 subject = m_subject->currentData().toLongLong();
    QCborArray fitting;
    for (const QCborValue &value : std::as_const(m_groups)) {
        const QCborMap group = value.toMap();
        const qint64 groupSubject = group.value(kSubjectId).toInteger();
        if (groupSubject == 0 || subject == 0 || groupSubject == subject)
            fitting.append(group);
    }
    fillCombo(m_group, fitting, QStringLiteral("name"), kGroupId);
}

void CurriculumLoadDialog::updateTarget()
{
    const bool ready = m_waiting == 0;
    m_teacher->setEnabled(ready);
    m_subject->setEnabled(ready && !isEditing());
    m_byClass->setEnabled(!isEditing());
    m_byGroup->setEnabled(!isEditing());
    m_class->setEnabled(ready && !isEditing() && m_byClass->isChecked());
    m_group->setEnabled(ready && !isEditing() && m_byGroup->isChecked());
}

QCborMap CurriculumLoadDialog::params() const
{
    QCborMap params;
    const qint64 teacher = m_teacher->currentData().toLongLong();
    if (isEditing()) {
        params.insert(QStringLiteral("id"), m_id);
        if (teacher != m_entry.value(kStaffId).toInteger())
            params.insert(kStaffId, teacher);
        if (m_hours->value() != m_entry.value(kHours).toDouble())
            params.insert(kHours, m_hours->value());
        return params;
    }
    params.insert(kStaffId, teacher);
    params.insert(kSubjectId, m_subject->currentData().toLongLong());
    if (m_byClass->isChecked())
        params.insert(kClassId, m_class->currentData().toLongLong());
    else
        params.insert(kGroupId, m_group->currentData().toLongLong());
    params.insert(kHours, m_hours->value());
    return params;
}

void CurriculumLoadDialog::submit()
{
    for (QLabel *note : std::as_const(m_problems))
        showFieldProblem(note, {});
    m_message->clearMessage();
    // What the form itself can tell before asking the server.
    QMap<QString, QString> missing;
    if (m_teacher->currentIndex() < 0)
        missing.insert(kStaffId, tr("choose a teacher"));
    if (!isEditing() && m_subject->currentIndex() < 0)
        missing.insert(kSubjectId, tr("choose a subject"));
    if (!isEditing() && m_byClass->isChecked() && m_class->currentIndex() < 0)
        missing.insert(kClassId, tr("choose a class"));
    if (!isEditing() && m_byGroup->isChecked() && m_group->currentIndex() < 0)
        missing.insert(kGroupId, tr("choose a group"));
    if (!missing.isEmpty()) {
        for (auto it = missing.constBegin(); it != missing.constEnd(); ++it)
            showFieldProblem(m_problems.value(it.key()), it.value());
        m_message->showError(tr("Fill in the marked fields."));
        return;
    }
    const QCborMap request = params();
    if (isEditing() && request.size() == 1) {
        reject();  // nothing changed
        return;
    }
    m_save->setEnabled(false);
    m_connection->request(isEditing() ? QStringLiteral("load.update")
                                      : QStringLiteral("load.create"),
                          request, this, [this](const Reply &reply) {
        m_save->setEnabled(true);
        if (reply.ok()) {
            emit saved(reply.result.toMap());
            accept();
            return;
        }
        const QMap<QString, QString> problems = CurriculumText::fieldProblems(reply);
        for (auto it = problems.constBegin(); it != problems.constEnd(); ++it)
            if (QLabel *note = m_problems.value(it.key()))
                showFieldProblem(note, it.value());
        m_message->showError(CurriculumText::formMessage(reply));
    });
}

} // namespace ejournal::client

// Copying a class's curriculum to other classes (curriculum.copy).
#include "curriculumcopydialog.h"

#include "curriculumforms.h"
#include "curriculumtext.h"
#include "inlinemessage.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

CurriculumCopyDialog::CurriculumCopyDialog(ServerConnection *connection,
                                           const QList<CurriculumPlanModel::ClassColumn> &classes,
                                           qint64 sourceClassId, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_classes(classes),
      m_source(new QComboBox(this)), m_targets(new QListWidget(this)),
      m_targetsProblem(makeFieldProblem(this)), m_warning(new QLabel(this)),
      m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("copyPlanDialog"));
    setWindowTitle(tr("Copy a class's plan"));
    m_source->setObjectName(QStringLiteral("copySource"));
    m_targets->setObjectName(QStringLiteral("copyTargets"));
    for (const auto &cls : m_classes)
        m_source->addItem(cls.name, cls.id);
    m_source->setCurrentIndex(qMax(0, m_source->findData(sourceClassId)));
    m_warning->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("copyWarning"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_replace = buttons->addButton(tr("Replace plans"), QDialogButtonBox::AcceptRole);
    m_replace->setObjectName(QStringLiteral("replacePlans"));
    m_replace->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Copy the plan of class:"), m_source);
    form->addRow(tr("To the classes:"), withProblem(m_targets, m_targetsProblem));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    resize(460, 420);

    connect(m_source, &QComboBox::currentIndexChanged, this, &CurriculumCopyDialog::fillTargets);
    connect(m_targets, &QListWidget::itemChanged, this, &CurriculumCopyDialog::updateWarning);
    connect(m_replace, &QPushButton::clicked, this, &CurriculumCopyDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillTargets();
}

void CurriculumCopyDialog::fillTargets()
{
    const qint64 source = m_source->currentData().toLongLong();
    int grade = 0;
    for (const auto &cls : m_classes)
        if (cls.id == source)
            grade = cls.grade;
    const QSignalBlocker blocker(m_targets);
    m_targets->clear();
    for (const auto &cls : m_classes) {
        if (cls.id == source)
            continue;
        auto *item = new QListWidgetItem(cls.name, m_targets);
        item->setData(Qt::UserRole, cls.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(cls.grade == grade ? Qt::Checked : Qt::Unchecked);
    }
    updateWarning();
}

QList<qint64> CurriculumCopyDialog::checkedTargets(QStringList *names) const
{
    QList<qint64> ids;
    for (int i = 0; i < m_targets->count(); ++i) {
        const QListWidgetItem *item = m_targets->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        ids.append(item->data(Qt::UserRole).toLongLong());
        if (names)
            names->append(item->text());
    }
    return ids;
}

void CurriculumCopyDialog::updateWarning()
{
    QStringList names;
    const int count = int(checkedTargets(&names).size());
    m_replace->setEnabled(count > 0);
    m_targetsProblem->hide();
    if (count == 0) {
        m_warning->setText(tr("Check the classes that should get this plan."));
        return;
    }
    m_warning->setText(tr("The plans of %n class(es) (%1) will be replaced by the plan of class "
                          "%2. Hours they have now that %2 does not have are removed.",
                          nullptr, count)
                           .arg(names.join(QStringLiteral(", ")), m_source->currentText()));
}

void CurriculumCopyDialog::submit()
{
    QStringList names;
    const QList<qint64> targets = checkedTargets(&names);
    if (targets.isEmpty())
        return;
    QCborArray ids;
    for (qint64 id : targets)
        ids.append(id);
    m_replace->setEnabled(false);
    m_message->clearMessage();
    m_targetsProblem->hide();
    const QString source = m_source->currentText();
    m_connection->request(
        QStringLiteral("curriculum.copy"),
        {{QStringLiteral("fromClassId"), m_source->currentData().toLongLong()},
         {QStringLiteral("toClassIds"), ids}},
        this, [this, source, names](const Reply &reply) {
            m_replace->setEnabled(true);
            if (!reply.ok()) {
                m_message->showError(CurriculumText::formMessage(reply));
                const auto problems = CurriculumText::fieldProblems(reply);
                showFieldProblem(m_targetsProblem, problems.value(QStringLiteral("toClassIds")));
                return;
            }
            const QCborMap result = reply.result.toMap();
            emit copied(tr("The plan of %1 was copied to %2: %n row(s), %3 h a week.", nullptr,
                           int(result.value(QLatin1String("copied")).toInteger()))
                            .arg(source, names.join(QStringLiteral(", ")),
                                 CurriculumText::hours(
                                     result.value(QLatin1String("total")).toDouble())));
            accept();
        });
}

} // namespace ejournal::client

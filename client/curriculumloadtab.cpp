// The teaching-load tab.
#include "curriculumloadtab.h"

#include "curriculumloaddialog.h"
#include "curriculumtext.h"
#include "errortext.h"
#include "inlinemessage.h"
#include "recordstable.h"
#include "serverconnection.h"
#include "uistyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
const QString kId = QStringLiteral("id");
const QString kStaffId = QStringLiteral("staffId");
const QString kHours = QStringLiteral("hoursPerWeek");

// "Иванова М. П., Математика, 5А, 5 h"
QString describe(const QCborMap &row)
{
    return QStringLiteral("%1, %2, %3, %4")
        .arg(CurriculumText::shortName(row.value(QLatin1String("teacherName")).toString()),
             row.value(QLatin1String("subjectName")).toString(),
             row.value(QLatin1String("targetName")).toString(),
             CurriculumText::hours(row.value(kHours).toDouble()));
}
} // namespace

CurriculumLoadTab::CurriculumLoadTab(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection),
      m_model(new RecordsModel(
          connection,
          {{QStringLiteral("teacherName"), tr("Teacher")},
           {QStringLiteral("subjectName"), tr("Subject")},
           {QStringLiteral("targetName"), tr("Class or group")},
           {kHours, tr("Hours a week"),
            [](const QCborMap &row) { return CurriculumText::hours(row.value(kHours).toDouble()); },
            Qt::AlignRight | Qt::AlignVCenter}},
          this)),
      m_table(new RecordsTable(m_model, this)), m_teacher(new QComboBox(this)),
      m_new(new QPushButton(tr("&New…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this)), m_undo(new QPushButton(tr("&Undo"), this)),
      m_summary(new QLabel(this)), m_message(new InlineMessage(this)),
      m_request(connection, this)
{
    m_teacher->setObjectName(QStringLiteral("teacherFilter"));
    m_teacher->setMinimumWidth(260);
    m_new->setObjectName(QStringLiteral("newLoad"));
    m_new->setToolTip(tr("Add a teaching-load entry (Insert)"));
    m_edit->setObjectName(QStringLiteral("editLoad"));
    m_edit->setToolTip(tr("Change the teacher or the hours of the selected entry (Return)"));
    m_delete->setObjectName(QStringLiteral("deleteLoad"));
    m_delete->setToolTip(tr("Delete the selected entry (Delete)"));
    m_undo->setObjectName(QStringLiteral("undoLoad"));
    m_undo->hide();
    m_summary->setObjectName(QStringLiteral("loadSummary"));
    makeSecondary(m_summary);
    m_table->view()->setObjectName(QStringLiteral("loadView"));
    m_table->view()->horizontalHeader()->resizeSection(0, 260);
    m_table->view()->horizontalHeader()->resizeSection(1, 220);
    m_table->view()->horizontalHeader()->resizeSection(2, 160);
    m_table->view()->horizontalHeader()->resizeSection(3, 120);
    m_table->view()->horizontalHeader()->setStretchLastSection(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Teacher:"), this));
    bar->addWidget(m_teacher);
    bar->addSpacing(12);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addStretch(1);
    bar->addWidget(m_summary);

    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_undo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addLayout(messageRow);
    layout->addWidget(m_table, 1);

    connect(m_teacher, &QComboBox::currentIndexChanged, this, &CurriculumLoadTab::showRows);
    connect(m_new, &QPushButton::clicked, this, [this] {
        createEntry({{kStaffId, m_teacher->currentData().toLongLong()}});
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QCborMap row = m_table->currentRecord();
        if (!row.isEmpty())
            openDialog(row);
    });
    connect(m_delete, &QPushButton::clicked, this, &CurriculumLoadTab::confirmDelete);
    connect(m_undo, &QPushButton::clicked, this, &CurriculumLoadTab::undoLast);
    connect(m_table, &RecordsTable::activated, this, [this](const QCborMap &row) {
        if (m_editable)
            openDialog(row);
    });
    connect(m_table, &RecordsTable::currentChanged, this, &CurriculumLoadTab::updateButtons);
    auto *insertKey = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    insertKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insertKey, &QShortcut::activated, m_new, &QPushButton::click);
    auto *editKey = new QShortcut(QKeySequence(Qt::Key_F2), m_table->view());
    editKey->setContext(Qt::WidgetShortcut);
    connect(editKey, &QShortcut::activated, m_edit, &QPushButton::click);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table->view());
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &CurriculumLoadTab::confirmDelete);
    updateButtons();
}

void CurriculumLoadTab::setYear(qint64 yearId, bool editable)
{
    m_yearId = yearId;
    m_editable = editable;
    for (QPushButton *button : {m_new, m_edit, m_delete})
        button->setVisible(editable);
    m_undo->hide();
    m_message->clearMessage();
    reload();
}

void CurriculumLoadTab::reload()
{
    if (m_yearId == 0)
        return;
    m_request.send(QStringLiteral("load.list"),
                   {{QStringLiteral("academicYearId"), m_yearId}}, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        const QCborMap result = reply.result.toMap();
        m_rows = result.value(QLatin1String("rows")).toArray();
        fillTeachers(result.value(QLatin1String("totals")).toArray());
        showRows();
    });
}

void CurriculumLoadTab::fillTeachers(const QCborArray &totals)
{
    const qint64 chosen = m_teacher->currentData().toLongLong();
    const QSignalBlocker blocker(m_teacher);
    m_teacher->clear();
    double all = 0;
    for (const QCborValue &value : totals)
        all += value.toMap().value(QLatin1String("hours")).toDouble();
    m_teacher->addItem(tr("All teachers — %1 h").arg(CurriculumText::hours(all)), 0);
    for (const QCborValue &value : totals) {
        const QCborMap total = value.toMap();
        m_teacher->addItem(
            tr("%1 — %2 h")
                .arg(CurriculumText::shortName(total.value(QLatin1String("teacherName")).toString()),
                     CurriculumText::hours(total.value(QLatin1String("hours")).toDouble())),
            total.value(kStaffId).toInteger());
        m_teacher->setItemData(m_teacher->count() - 1,
                               total.value(QLatin1String("teacherName")).toString(),
                               Qt::ToolTipRole);
    }
    m_teacher->setCurrentIndex(qMax(0, m_teacher->findData(chosen)));
}

void CurriculumLoadTab::showRows()
{
    const qint64 teacher = m_teacher->currentData().toLongLong();
    const QCborValue selected = m_keepSelected.isUndefined()
                                    ? m_table->currentRecord().value(kId)
                                    : m_keepSelected;
    m_keepSelected = QCborValue(QCborValue::Undefined);
    QCborArray rows;
    double hours = 0;
    for (const QCborValue &value : std::as_const(m_rows)) {
        if (teacher != 0 && value.toMap().value(kStaffId).toInteger() != teacher)
            continue;
        rows.append(value);
        hours += value.toMap().value(kHours).toDouble();
    }
    m_model->setRows(rows);
    m_summary->setText(tr("%n entry(ies), %1 h a week", nullptr, int(rows.size()))
                           .arg(CurriculumText::hours(hours)));
    if (!selected.isUndefined())
        m_table->selectId(selected);
    updateButtons();
}

void CurriculumLoadTab::createEntry(const QCborMap &prefill)
{
    if (m_editable)
        openDialog(prefill);
}

void CurriculumLoadTab::editEntry(qint64 loadId, double reduceBy)
{
    for (const QCborValue &value : std::as_const(m_rows)) {
        const QCborMap row = value.toMap();
        if (row.value(kId).toInteger() != loadId)
            continue;
        openDialog(row, qMax(0.5, row.value(kHours).toDouble() - reduceBy));
        return;
    }
}

void CurriculumLoadTab::openDialog(const QCborMap &entry, double hours)
{
    if (!m_editable || m_dialog)
        return;
    const bool editing = entry.contains(kId);
    QCborMap start = entry;
    if (hours > 0)
        start.insert(kHours, hours);
    m_dialog = new CurriculumLoadDialog(m_connection, m_yearId, start, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &CurriculumLoadDialog::saved, this, [this, entry, editing](const QCborMap &row) {
        if (editing)
            done(tr("Saved: %1.").arg(describe(row)),
                 {QStringLiteral("load.update"),
                  {{kId, row.value(kId)}, {kStaffId, entry.value(kStaffId)},
                   {kHours, entry.value(kHours)}}},
                 row.value(kId));
        else
            done(tr("Added: %1.").arg(describe(row)),
                 {QStringLiteral("load.delete"), {{kId, row.value(kId)}}}, row.value(kId));
    });
    m_dialog->open();
}

void CurriculumLoadTab::confirmDelete()
{
    const QCborMap row = m_table->currentRecord();
    if (!m_editable || row.isEmpty())
        return;
    m_confirmation = new QMessageBox(QMessageBox::NoIcon, tr("Delete teaching load"),
                                     tr("Delete the entry «%1»?").arg(describe(row)),
                                     QMessageBox::NoButton, this);
    m_confirmation->setObjectName(QStringLiteral("confirmDeleteLoad"));
    QPushButton *yes = m_confirmation->addButton(tr("Delete"), QMessageBox::AcceptRole);
    m_confirmation->addButton(QMessageBox::Cancel);
    m_confirmation->setDefaultButton(yes);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this, [this, row] { remove(row); });
    m_confirmation->open();
}

void CurriculumLoadTab::remove(const QCborMap &row)
{
    m_connection->request(QStringLiteral("load.delete"), {{kId, row.value(kId)}}, this,
                          [this, row](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(CurriculumText::formMessage(reply));
            return;
        }
        QCborMap create{{kStaffId, row.value(kStaffId)},
                        {QStringLiteral("subjectId"), row.value(QLatin1String("subjectId"))},
                        {kHours, row.value(kHours)}};
        for (const QString &target : {QStringLiteral("classId"), QStringLiteral("groupId")})
            if (!row.value(target).isNull())
                create.insert(target, row.value(target));
        done(tr("Deleted: %1.").arg(describe(row)), {QStringLiteral("load.create"), create}, {});
    });
}

void CurriculumLoadTab::done(const QString &text, const Undo &undo, const QCborValue &selectId)
{
    m_lastUndo = undo;
    m_message->showInfo(text);
    m_undo->show();
    m_keepSelected = selectId.isNull() ? QCborValue(QCborValue::Undefined) : selectId;
    reload();
    emit changed();
}

void CurriculumLoadTab::undoLast()
{
    if (m_lastUndo.method.isEmpty())
        return;
    const Undo undo = std::exchange(m_lastUndo, {});
    m_undo->hide();
    m_connection->request(undo.method, undo.params, this, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(CurriculumText::formMessage(reply));
            return;
        }
        m_message->showInfo(tr("The last change was undone."));
        const QCborValue id = reply.result.toMap().value(kId);
        m_keepSelected = id.isUndefined() ? QCborValue(QCborValue::Undefined) : id;
        reload();
        emit changed();
    });
}

void CurriculumLoadTab::updateButtons()
{
    const bool has = !m_table->currentRecord().isEmpty();
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
}

} // namespace ejournal::client

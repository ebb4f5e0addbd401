// The directory tab with New / Edit / remove and undo.
#include "structurelisttab.h"

#include "inlinemessage.h"
#include "recordstable.h"
#include "serverconnection.h"
#include "structureerrors.h"
#include "structureform.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
QShortcut *tabShortcut(const QKeySequence &key, QWidget *tab)
{
    auto *shortcut = new QShortcut(key, tab);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    return shortcut;
}
} // namespace

StructureListTab::StructureListTab(ServerConnection *connection, RecordsModel *model, bool canEdit,
                                   QWidget *parent)
    : QWidget(parent), m_connection(connection), m_model(model), m_canEdit(canEdit),
      m_table(new RecordsTable(model, this)), m_toolbar(new QHBoxLayout),
      m_new(new QPushButton(tr("&New…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(this)), m_explanation(new QLabel(this)),
      m_notice(new InlineMessage(this)), m_undo(new QPushButton(tr("&Undo"), this))
{
    m_new->setObjectName(QStringLiteral("newRecord"));
    m_new->setToolTip(tr("Add a record (Insert)"));
    m_edit->setObjectName(QStringLiteral("editRecord"));
    m_edit->setToolTip(tr("Change the selected record (F2 or Enter)"));
    m_remove->setObjectName(QStringLiteral("removeRecord"));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->hide();
    m_explanation->setWordWrap(true);
    m_explanation->hide();
    m_notice->setObjectName(QStringLiteral("notice"));

    m_toolbar->setSpacing(6);
    m_toolbar->addWidget(m_new);
    m_toolbar->addWidget(m_edit);
    m_toolbar->addWidget(m_remove);
    m_toolbar->addStretch(1);
    m_new->setVisible(canEdit);
    m_edit->setVisible(canEdit);
    m_remove->setVisible(canEdit);

    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_undo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(m_toolbar);
    layout->addWidget(m_explanation);
    layout->addLayout(noticeRow);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);

    connect(m_new, &QPushButton::clicked, this, &StructureListTab::openNew);
    connect(m_edit, &QPushButton::clicked, this, &StructureListTab::openCurrent);
    connect(m_remove, &QPushButton::clicked, this, &StructureListTab::removeCurrent);
    connect(m_undo, &QPushButton::clicked, this, &StructureListTab::undo);
    connect(m_table, &RecordsTable::activated, this, &StructureListTab::openCurrent);
    connect(m_table, &RecordsTable::currentChanged, this, &StructureListTab::updateButtons);
    connect(tabShortcut(Qt::Key_Insert, this), &QShortcut::activated, this, &StructureListTab::openNew);
    connect(tabShortcut(Qt::Key_F2, this), &QShortcut::activated, this, &StructureListTab::openCurrent);
    connect(tabShortcut(QKeySequence::Delete, m_table->view()), &QShortcut::activated, this,
            &StructureListTab::removeCurrent);
    connect(model, &RecordsModel::failed, m_notice, &InlineMessage::showError);
    connect(model, &RecordsModel::loaded, this, [this] {
        if (!m_selectAfterLoad.isUndefined())
            m_table->selectId(m_selectAfterLoad);
        m_selectAfterLoad = QCborValue(QCborValue::Undefined);
        m_table->view()->resizeColumnsToContents();
        if (!m_table->currentRecord().isEmpty() || m_model->rowCount() == 0)
            updateButtons();
        else
            m_table->view()->selectRow(0);
    });
    m_selectAfterLoad = QCborValue(QCborValue::Undefined);
}

void StructureListTab::openNew()
{
    if (editable())
        openDialog({});
}

void StructureListTab::openCurrent()
{
    const QCborMap record = m_table->currentRecord();
    if (editable() && !record.isEmpty() && canEditRecord(record))
        openDialog(record);
}

void StructureListTab::openDialog(const QCborMap &record)
{
    if (m_dialog)
        return;
    m_dialog = makeDialog(record);
    connect(m_dialog, &StructureFormDialog::saved, this, [this](const QCborMap &row) {
        showDone(tr("Saved: «%1».").arg(row.value(QStringLiteral("name")).toString()));
        reloadAndSelect(row.value(QStringLiteral("id")));
    });
    m_dialog->open();
}

void StructureListTab::removeCurrent()
{
    const QCborMap record = m_table->currentRecord();
    if (!editable() || record.isEmpty() || m_confirmation)
        return;
    const Removal what = removal(record);
    if (what.method.isEmpty())
        return;
    if (what.question.isEmpty()) {
        run(what);
        return;
    }
    m_confirmation = new QMessageBox(QMessageBox::Question, m_remove->text().remove(QLatin1Char('&')),
                                     what.question, QMessageBox::NoButton, this);
    m_confirmation->setObjectName(QStringLiteral("confirmRemove"));
    QPushButton *yes = m_confirmation->addButton(what.confirmLabel, QMessageBox::AcceptRole);
    m_confirmation->addButton(QMessageBox::Cancel);
    m_confirmation->setDefaultButton(yes);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this, [this, what] { run(what); });
    m_confirmation->open();
}

bool StructureListTab::canEditRecord(const QCborMap &) const
{
    return true;
}

void StructureListTab::updateButtons()
{
    const QCborMap record = m_table->currentRecord();
    const bool on = editable();
    m_new->setVisible(on);
    m_edit->setVisible(on);
    m_remove->setVisible(on && !m_remove->text().isEmpty());
    m_edit->setEnabled(!record.isEmpty() && canEditRecord(record));
    m_remove->setEnabled(!record.isEmpty());
}

void StructureListTab::setExplanation(const QString &text)
{
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty());
}

void StructureListTab::reloadAndSelect(const QCborValue &id)
{
    m_selectAfterLoad = id;
    m_model->reload();
}

void StructureListTab::showDone(const QString &text)
{
    m_undo->hide();
    m_notice->showInfo(text);
}

void StructureListTab::run(const Removal &removal)
{
    m_connection->request(removal.method, removal.params, this, [this, removal](const Reply &reply) {
        if (!reply.ok()) {
            m_undo->hide();
            m_notice->showError(StructureErrors::summary(reply));
            return;
        }
        m_lastRemoval = removal;
        m_notice->showInfo(removal.done);
        m_undo->setVisible(!removal.undoMethod.isEmpty());
        reloadAndSelect(reply.result.toMap().value(QStringLiteral("id")));
    });
}

void StructureListTab::undo()
{
    m_undo->hide();
    const Removal removal = m_lastRemoval;
    m_connection->request(removal.undoMethod, removal.undoParams, this, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_notice->showError(StructureErrors::summary(reply));
            return;
        }
        const QCborMap row = reply.result.toMap();
        m_notice->showInfo(tr("Undone: «%1» is back.").arg(row.value(QStringLiteral("name")).toString()));
        reloadAndSelect(row.value(QStringLiteral("id")));
    });
}

} // namespace ejournal::client

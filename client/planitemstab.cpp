// The КТП table of the plan page with its editing commands.
#include "planitemstab.h"

#include "inlinemessage.h"
#include "plancopydialog.h"
#include "planimportdialog.h"
#include "planitemdialog.h"
#include "planmodels.h"
#include "plantext.h"
#include "recordstable.h"
#include "serverconnection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace ejournal::client {

namespace {
qint64 idOf(const QCborMap &row)
{
    return row.value(QLatin1String("id")).toInteger();
}

QString topicOf(const QCborMap &row)
{
    return row.value(QLatin1String("topic")).toString();
}

void addViewKey(QTableView *view, const QKeySequence &key, const std::function<void()> &action)
{
    auto *shortcut = new QShortcut(key, view);
    shortcut->setContext(Qt::WidgetShortcut);
    QObject::connect(shortcut, &QShortcut::activated, view, action);
}
} // namespace

PlanItemsTab::PlanItemsTab(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_model(new PlanItemsModel(connection, this)),
      m_table(new RecordsTable(m_model, this)), m_message(new InlineMessage(this)),
      m_editButtons(new QWidget(this)), m_undo(new QPushButton(tr("&Undo"), this))
{
    QTableView *view = m_table->view();
    view->setObjectName(QStringLiteral("planItems"));
    view->setSortingEnabled(false);
    view->horizontalHeader()->setSectionsClickable(false);
    view->setWordWrap(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::AnyKeyPressed);
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_undo->setObjectName(QStringLiteral("undoDelete"));
    m_undo->hide();

    struct Command
    {
        QString text;
        QString tip;
        QKeySequence key;
        std::function<void()> run;
        const char *name;
    };
    const QList<Command> commands{
        {tr("&New topic"), tr("Add a topic after the current one (Insert)"), QKeySequence(Qt::Key_Insert),
         [this] { addItem(); }, "addTopic"},
        {tr("&Edit"), tr("Edit the current topic in a form (Return, F2); double click or type to edit a cell"),
         QKeySequence(Qt::Key_F2), [this] { editItem(); }, "editTopic"},
        {tr("&Delete"), tr("Delete the current topic (Delete)"), QKeySequence::Delete,
         [this] { deleteItem(); }, "deleteTopic"},
        {tr("Move &up"), tr("Move the topic up (Ctrl+Up)"), QKeySequence(Qt::CTRL | Qt::Key_Up),
         [this] { moveItem(-1); }, "moveUp"},
        {tr("Move do&wn"), tr("Move the topic down (Ctrl+Down)"), QKeySequence(Qt::CTRL | Qt::Key_Down),
         [this] { moveItem(1); }, "moveDown"},
    };
    auto *editRow = new QHBoxLayout(m_editButtons);
    editRow->setContentsMargins(0, 0, 0, 0);
    for (const Command &command : commands) {
        auto *button = new QPushButton(command.text, m_editButtons);
        button->setObjectName(QLatin1String(command.name));
        button->setToolTip(command.tip);
        connect(button, &QPushButton::clicked, this, command.run);
        addViewKey(view, command.key, command.run);
        editRow->addWidget(button);
    }
    editRow->addSpacing(16);
    const QList<Command> wholePlan{
        {tr("&Import from CSV…"), tr("Read the plan from a CSV file (Excel: «Save as CSV»)"), {},
         [this] { importPlan(); }, "importPlan"},
        {tr("&Copy from…"), tr("Copy the plan of another load, e.g. last year's"), {},
         [this] { copyPlan(); }, "copyPlan"},
        {tr("Set &dates…"), tr("Give the topics the dates of the coming lessons"), {},
         [this] { distributeDates(); }, "distributeDates"},
    };
    for (const Command &command : wholePlan) {
        auto *button = new QPushButton(command.text, m_editButtons);
        button->setObjectName(QLatin1String(command.name));
        button->setToolTip(command.tip);
        connect(button, &QPushButton::clicked, this, command.run);
        editRow->addWidget(button);
    }
    editRow->addStretch(1);

    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_undo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editButtons);
    layout->addLayout(messageRow);
    layout->addWidget(m_table, 1);

    connect(m_undo, &QPushButton::clicked, this, &PlanItemsTab::undoDelete);
    connect(m_table, &RecordsTable::activated, this, [this] { editItem(); });
    connect(m_model, &PlanItemsModel::editRequested, this, &PlanItemsTab::applyEdit);
    connect(m_model, &RecordsModel::failed, m_message, &InlineMessage::showError);
    connect(m_model, &RecordsModel::loaded, this, [this] {
        m_table->view()->resizeColumnsToContents();
        m_table->view()->setColumnWidth(PlanItemsModel::TopicColumn,
                                        qMin(m_table->view()->columnWidth(PlanItemsModel::TopicColumn), 420));
        if (m_pendingSelect != 0)
            m_table->selectId(m_pendingSelect);
        else if (m_model->rowCount() > 0 && !m_table->view()->currentIndex().isValid())
            m_table->view()->setCurrentIndex(m_table->view()->model()->index(0, PlanItemsModel::TopicColumn));
        m_pendingSelect = 0;
    });
}

void PlanItemsTab::setLoad(const QCborMap &load, const QCborArray &sameYear)
{
    m_load = load;
    m_sameYear = sameYear;
    const bool writable = load.value(QLatin1String("canWrite")).toBool();
    m_model->setWritable(writable);
    m_editButtons->setVisible(writable);
    m_undo->hide();
    m_deleted = {};
    m_message->clearMessage();
    m_model->setRows({});
    m_model->load(QStringLiteral("plan.list"),
                  {{QStringLiteral("assignmentId"), load.value(QLatin1String("assignmentId"))}});
}

void PlanItemsTab::reload(qint64 selectId)
{
    // A reload asked while another is on its way keeps the topic that one was to select.
    if (selectId != 0)
        m_pendingSelect = selectId;
    else if (!m_model->isLoading())
        m_pendingSelect = currentId();
    m_model->reload();
}

qint64 PlanItemsTab::currentId() const
{
    return idOf(m_table->currentRecord());
}

QStringList PlanItemsTab::sections() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString section = m_model->record(row).value(QLatin1String("section")).toString();
        if (!section.isEmpty() && !out.contains(section))
            out.append(section);
    }
    return out;
}

void PlanItemsTab::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit dialogOpened(dialog);
}

void PlanItemsTab::done(const QString &text, qint64 selectId)
{
    m_message->showInfo(text);
    reload(selectId);
}

void PlanItemsTab::addItem()
{
    if (!m_model->isWritable())
        return;
    const qint64 after = m_model->rowCount() == 0 ? -1 : currentId() != 0 ? currentId() : -1;
    auto *dialog = new PlanItemDialog(m_connection, m_load.value(QLatin1String("assignmentId")).toInteger(),
                                      after, {}, sections(), this);
    connect(dialog, &PlanFormDialog::saved, this, [this](const QCborMap &row) {
        m_undo->hide();
        done(tr("The topic «%1» has been added.").arg(topicOf(row)), idOf(row));
    });
    openDialog(dialog);
}

void PlanItemsTab::editItem()
{
    const QCborMap item = m_table->currentRecord();
    if (!m_model->isWritable() || item.isEmpty())
        return;
    auto *dialog = new PlanItemDialog(m_connection, 0, 0, item, sections(), this);
    connect(dialog, &PlanFormDialog::saved, this, [this](const QCborMap &row) {
        done(tr("The topic «%1» has been saved.").arg(topicOf(row)), idOf(row));
    });
    openDialog(dialog);
}

void PlanItemsTab::applyEdit(qint64 id, const QCborMap &fields)
{
    QCborMap params = fields;
    params.insert(QStringLiteral("id"), id);
    m_connection->request(QStringLiteral("plan.update"), params, this, [this, id](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(PlanText::summary(reply));
            reload(id);
            return;
        }
        done(tr("Saved."), id);
    });
}

void PlanItemsTab::deleteItem()
{
    const QCborMap item = m_table->currentRecord();
    if (!m_model->isWritable() || item.isEmpty())
        return;
    const int row = m_model->rowOf(item.value(QLatin1String("id")));
    const qint64 after = row > 0 ? idOf(m_model->record(row - 1)) : 0;
    const qint64 next = row + 1 < m_model->rowCount() ? idOf(m_model->record(row + 1)) : after;
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Delete topic"),
                                tr("Delete the topic «%1» from the plan? Lessons linked to it keep "
                                   "their topic text.").arg(topicOf(item)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteTopic"));
    QPushButton *yes = box->addButton(tr("Delete"), QMessageBox::AcceptRole);
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(yes);
    connect(yes, &QPushButton::clicked, this, [this, item, after, next] {
        m_connection->request(QStringLiteral("plan.delete"), {{QStringLiteral("id"), idOf(item)}}, this,
                              [this, item, after, next](const Reply &reply) {
                                  if (!reply.ok()) {
                                      m_message->showError(PlanText::summary(reply));
                                      return;
                                  }
                                  m_deleted = item;
                                  m_deletedAfter = after;
                                  m_undo->show();
                                  done(tr("The topic «%1» has been deleted.").arg(topicOf(item)), next);
                              });
    });
    openDialog(box);
}

void PlanItemsTab::undoDelete()
{
    if (m_deleted.isEmpty())
        return;
    QCborMap params;
    for (const char *key : {"section", "topic", "hours", "homework", "controlWork"})
        params.insert(QLatin1String(key), m_deleted.value(QLatin1String(key)));
    params.insert(QStringLiteral("plannedOn"), m_deleted.value(QLatin1String("plannedOn")).toString());
    params.insert(QStringLiteral("assignmentId"), m_load.value(QLatin1String("assignmentId")));
    params.insert(QStringLiteral("afterId"), m_deletedAfter);
    m_undo->hide();
    m_connection->request(QStringLiteral("plan.create"), params, this, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(PlanText::summary(reply));
            return;
        }
        const QCborMap row = reply.result.toMap();
        m_deleted = {};
        done(tr("The topic «%1» is back in the plan.").arg(topicOf(row)), idOf(row));
    });
}

void PlanItemsTab::moveItem(int delta)
{
    const QCborMap item = m_table->currentRecord();
    if (!m_model->isWritable() || item.isEmpty())
        return;
    const qint64 ordinal = item.value(QLatin1String("ordinal")).toInteger() + delta;
    if (ordinal < 1 || ordinal > m_model->rowCount())
        return;
    const int column = m_table->view()->currentIndex().column();
    m_connection->request(QStringLiteral("plan.move"),
                          {{QStringLiteral("id"), idOf(item)}, {QStringLiteral("ordinal"), ordinal}}, this,
                          [this, id = idOf(item), column](const Reply &reply) {
                              if (!reply.ok()) {
                                  m_message->showError(PlanText::summary(reply));
                                  return;
                              }
                              m_model->setRows(reply.result.toArray());
                              m_table->selectId(id);
                              QTableView *view = m_table->view();
                              view->setCurrentIndex(view->currentIndex().siblingAtColumn(column));
                          });
}

void PlanItemsTab::importPlan()
{
    if (!m_model->isWritable())
        return;
    auto *dialog = new PlanImportDialog(m_connection, m_load.value(QLatin1String("assignmentId")).toInteger(),
                                        m_model->rowCount(), this);
    connect(dialog, &PlanImportDialog::imported, this, [this](int items) {
        m_undo->hide();
        m_table->view()->setCurrentIndex({});
        done(tr("%n topic(s) imported.", nullptr, items), 0);
    });
    openDialog(dialog);
}

void PlanItemsTab::copyPlan()
{
    if (!m_model->isWritable())
        return;
    auto *dialog = new PlanCopyDialog(m_connection, m_load, m_sameYear, m_model->rowCount(), this);
    connect(dialog, &PlanFormDialog::saved, this, [this](const QCborMap &result) {
        m_undo->hide();
        m_table->view()->setCurrentIndex({});
        done(tr("%n topic(s) copied.", nullptr, int(result.value(QLatin1String("items")).toInteger())), 0);
    });
    openDialog(dialog);
}

void PlanItemsTab::distributeDates()
{
    if (!m_model->isWritable())
        return;
    auto *dialog = new PlanDistributeDialog(m_connection, m_load.value(QLatin1String("assignmentId")).toInteger(),
                                            this);
    connect(dialog, &PlanFormDialog::saved, this, [this](const QCborMap &result) {
        const int items = int(result.value(QLatin1String("items")).toInteger());
        const int undated = int(result.value(QLatin1String("undated")).toInteger());
        QString text = tr("%n topic(s) got the dates of the coming lessons.", nullptr, items);
        if (undated > 0)
            text += QLatin1Char(' ') + tr("%n topic(s) did not fit before the end of the year and have no date.",
                                          nullptr, undated);
        done(text, 0);
    });
    openDialog(dialog);
}

} // namespace ejournal::client

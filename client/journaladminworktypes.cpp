// The kinds-of-work tab of the journal settings page and its form.
#include "journaladminworktypes.h"

#include "inlinemessage.h"
#include "plantext.h"
#include "recordstable.h"
#include "serverconnection.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLineEdit>
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

QString nameOf(const QCborMap &row)
{
    return row.value(QLatin1String("name")).toString();
}
} // namespace

WorkTypeDialog::WorkTypeDialog(ServerConnection *connection, const QCborMap &row, QWidget *parent)
    : PlanFormDialog(connection, row.isEmpty() ? tr("New kind of work") : tr("Kind of work"), parent),
      m_id(idOf(row)), m_name(new QLineEdit(nameOf(row), this)),
      m_shortName(new QLineEdit(row.value(QLatin1String("shortName")).toString(), this)),
      m_weight(new QDoubleSpinBox(this)),
      m_allowsAbsent(new QCheckBox(tr("May be given to a student who was absent (e.g. a make-up test)"), this))
{
    setObjectName(QStringLiteral("workTypeDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_shortName->setObjectName(QStringLiteral("shortName"));
    m_shortName->setMaxLength(8);
    m_weight->setObjectName(QStringLiteral("weight"));
    m_weight->setRange(0.1, 10);
    m_weight->setDecimals(1);
    m_weight->setSingleStep(0.5);
    m_weight->setValue(row.isEmpty() ? 1 : row.value(QLatin1String("weight")).toDouble());
    m_allowsAbsent->setObjectName(QStringLiteral("allowsAbsent"));
    m_allowsAbsent->setChecked(row.value(QLatin1String("allowsAbsent")).toBool());
    addField(tr("Name:"), m_name, {QStringLiteral("name")});
    addField(tr("Short name:"), m_shortName, {QStringLiteral("shortName")});
    addField(tr("Weight:"), m_weight, {QStringLiteral("weight")});
    addField(QString(), m_allowsAbsent, {QStringLiteral("allowsAbsent")});
    m_name->setFocus();
}

void WorkTypeDialog::save()
{
    clearProblems();
    if (m_name->text().trimmed().isEmpty())
        showProblem(QStringLiteral("name"), tr("Fill in the name."));
    if (m_shortName->text().trimmed().isEmpty())
        showProblem(QStringLiteral("shortName"), tr("Fill in the short name shown in the journal."));
    if (!problem(QStringLiteral("name")).isEmpty() || !problem(QStringLiteral("shortName")).isEmpty())
        return;
    QCborMap params{{QStringLiteral("name"), m_name->text().trimmed()},
                    {QStringLiteral("shortName"), m_shortName->text().trimmed()},
                    {QStringLiteral("weight"), m_weight->value()},
                    {QStringLiteral("allowsAbsent"), m_allowsAbsent->isChecked()}};
    if (m_id != 0) {
        params.insert(QStringLiteral("id"), m_id);
        submit(QStringLiteral("workTypes.update"), params);
    } else {
        submit(QStringLiteral("workTypes.create"), params);
    }
}

JournalAdminWorkTypes::JournalAdminWorkTypes(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection),
      m_model(new RecordsModel(connection,
          {{QStringLiteral("name"), tr("Kind of work")},
           {QStringLiteral("shortName"), tr("Short name")},
           {QStringLiteral("weight"), tr("Weight"),
            [](const QCborMap &r) { return PlanText::number(r.value(QLatin1String("weight")).toDouble()); },
            Qt::AlignRight | Qt::AlignVCenter},
           {QStringLiteral("allowsAbsent"), tr("For absent students"),
            [](const QCborMap &r) { return r.value(QLatin1String("allowsAbsent")).toBool() ? tr("allowed") : QString(); }},
           {QStringLiteral("archived"), tr("State"),
            [](const QCborMap &r) { return r.value(QLatin1String("archived")).toBool() ? tr("archived") : tr("in use"); }}},
          this)),
      m_table(new RecordsTable(m_model, this)), m_message(new InlineMessage(this)),
      m_undo(new QPushButton(tr("&Undo"), this))
{
    QTableView *view = m_table->view();
    view->setObjectName(QStringLiteral("workTypes"));
    view->setSortingEnabled(false);
    m_message->setObjectName(QStringLiteral("workTypesMessage"));
    m_undo->setObjectName(QStringLiteral("undoWorkType"));
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
        {tr("&New"), tr("Add a kind of work (Insert)"), QKeySequence(Qt::Key_Insert), [this] { addKind(); }, "addWorkType"},
        {tr("&Edit"), tr("Edit the kind of work (Return, F2)"), QKeySequence(Qt::Key_F2), [this] { editKind(); }, "editWorkType"},
        {tr("&Archive / restore"), tr("Archive the kind of work or bring it back (Delete)"), QKeySequence::Delete,
         [this] { toggleArchived(); }, "archiveWorkType"},
        {tr("Move &up"), tr("Move up in the lists (Ctrl+Up)"), QKeySequence(Qt::CTRL | Qt::Key_Up),
         [this] { moveKind(-1); }, "moveWorkTypeUp"},
        {tr("Move do&wn"), tr("Move down in the lists (Ctrl+Down)"), QKeySequence(Qt::CTRL | Qt::Key_Down),
         [this] { moveKind(1); }, "moveWorkTypeDown"},
    };
    auto *buttons = new QHBoxLayout;
    for (const Command &command : commands) {
        auto *button = new QPushButton(command.text, this);
        button->setObjectName(QLatin1String(command.name));
        button->setToolTip(command.tip);
        connect(button, &QPushButton::clicked, this, command.run);
        auto *shortcut = new QShortcut(command.key, view);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, command.run);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_undo);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(messageRow);
    layout->addWidget(m_table, 1);

    connect(m_table, &RecordsTable::activated, this, [this] { editKind(); });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_undo->hide();
        update(m_undoParams, tr("Undone."), false);
    });
    connect(m_model, &RecordsModel::failed, m_message, &InlineMessage::showError);
    connect(m_model, &RecordsModel::loaded, this, [this] {
        QTableView *view = m_table->view();
        view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            view->setColumnWidth(column, view->columnWidth(column) + 16);
        if (m_pendingSelect != 0)
            m_table->selectId(m_pendingSelect);
        m_pendingSelect = 0;
    });
}

void JournalAdminWorkTypes::reload(qint64 selectId)
{
    // A reload asked while another is on its way keeps the kind that one was to select.
    if (selectId != 0)
        m_pendingSelect = selectId;
    else if (!m_model->isLoading())
        m_pendingSelect = idOf(m_table->currentRecord());
    if (m_model->rowCount() == 0 && !m_model->isLoading())
        m_model->load(QStringLiteral("workTypes.list"));
    else
        m_model->reload();
}

void JournalAdminWorkTypes::openDialog(PlanFormDialog *dialog, const QString &done)
{
    connect(dialog, &PlanFormDialog::saved, this, [this, done](const QCborMap &row) {
        m_undo->hide();
        m_message->showInfo(done.arg(nameOf(row)));
        reload(idOf(row));
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit dialogOpened(dialog);
}

void JournalAdminWorkTypes::addKind()
{
    openDialog(new WorkTypeDialog(m_connection, {}, this), tr("The kind of work «%1» has been added."));
}

void JournalAdminWorkTypes::editKind()
{
    const QCborMap row = m_table->currentRecord();
    if (!row.isEmpty())
        openDialog(new WorkTypeDialog(m_connection, row, this), tr("The kind of work «%1» has been saved."));
}

void JournalAdminWorkTypes::update(const QCborMap &params, const QString &done, bool offerUndo)
{
    m_connection->request(QStringLiteral("workTypes.update"), params, this,
                          [this, params, done, offerUndo](const Reply &reply) {
                              if (!reply.ok()) {
                                  m_message->showError(PlanText::summary(reply));
                                  return;
                              }
                              const QCborMap row = reply.result.toMap();
                              m_message->showInfo(done.arg(nameOf(row)));
                              m_undo->setVisible(offerUndo);
                              reload(idOf(row));
                          });
}

void JournalAdminWorkTypes::toggleArchived()
{
    const QCborMap row = m_table->currentRecord();
    if (row.isEmpty())
        return;
    const bool archived = row.value(QLatin1String("archived")).toBool();
    const qint64 id = idOf(row);
    m_undoParams = {{QStringLiteral("id"), id}, {QStringLiteral("archived"), archived}};
    const QCborMap params{{QStringLiteral("id"), id}, {QStringLiteral("archived"), !archived}};
    if (archived) {
        update(params, tr("«%1» is in use again."), true);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Archive kind of work"),
                                tr("Archive «%1»? Teachers will no longer choose it for new marks; the "
                                   "marks already given keep it.").arg(nameOf(row)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmArchiveWorkType"));
    QPushButton *yes = box->addButton(tr("Archive"), QMessageBox::AcceptRole);
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this, [this, params] {
        update(params, tr("«%1» has been archived."), true);
    });
    box->open();
    emit dialogOpened(box);
}

void JournalAdminWorkTypes::moveKind(int delta)
{
    const QCborMap row = m_table->currentRecord();
    const int index = m_model->rowOf(row.value(QLatin1String("id")));
    const int other = index + delta;
    if (row.isEmpty() || other < 0 || other >= m_model->rowCount())
        return;
    // Renumber the whole list in the new order so that equal or missing ordinals do not matter;
    // every answer reloads, and the answers come in order, so the last reload shows the result.
    QList<QCborMap> rows;
    for (int i = 0; i < m_model->rowCount(); ++i)
        rows.append(m_model->record(i));
    rows.swapItemsAt(index, other);
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).value(QLatin1String("ordinal")).toInteger() == i + 1)
            continue;
        m_connection->request(QStringLiteral("workTypes.update"),
                              {{QStringLiteral("id"), idOf(rows.at(i))}, {QStringLiteral("ordinal"), i + 1}},
                              this, [this, id = idOf(row)](const Reply &reply) {
                                  if (!reply.ok())
                                      m_message->showError(PlanText::summary(reply));
                                  reload(id);
                              });
    }
}

} // namespace ejournal::client

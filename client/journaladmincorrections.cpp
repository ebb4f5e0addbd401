// The late corrections tab of the journal settings page.
#include "journaladmincorrections.h"

#include "displaytime.h"
#include "errortext.h"
#include "inlinemessage.h"
#include "journaladmintext.h"
#include "plantext.h"
#include "recordstable.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
QString text(const QCborMap &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    return edit;
}
} // namespace

JournalAdminCorrections::JournalAdminCorrections(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_model(nullptr), m_table(nullptr),
      m_reviewed(new QComboBox(this)), m_dates(new QCheckBox(tr("Made from"), this)),
      m_from(dateEdit(QDate::currentDate().addDays(-30), this)),
      m_to(dateEdit(QDate::currentDate(), this)),
      m_approve(new QPushButton(tr("&Approve selected"), this)), m_message(new InlineMessage(this))
{
    const auto kinds = &m_kinds;
    m_model = new RecordsModel(connection,
        {{QStringLiteral("madeAt"), tr("Made"),
          [](const QCborMap &r) { return displayDateTime(parseServerTime(text(r, "madeAt"))); }},
         {QStringLiteral("madeBy"), tr("By")},
         {QStringLiteral("subjectName"), tr("Journal"),
          [](const QCborMap &r) { return tr("%1, %2").arg(text(r, "targetName"), text(r, "subjectName")); }},
         {QStringLiteral("lessonDate"), tr("Lesson"),
          [](const QCborMap &r) { return PlanText::date(text(r, "lessonDate")); }},
         {QStringLiteral("what"), tr("What"),
          [](const QCborMap &r) { return JournalAdminText::whatName(text(r, "what")); }},
         {QStringLiteral("studentName"), tr("Student")},
         {QStringLiteral("before"), tr("Before"),
          [kinds](const QCborMap &r) { return JournalAdminText::contents(text(r, "what"), r.value(QLatin1String("before")), *kinds); }},
         {QStringLiteral("after"), tr("After"),
          [kinds](const QCborMap &r) { return JournalAdminText::contents(text(r, "what"), r.value(QLatin1String("after")), *kinds); }},
         {QStringLiteral("reason"), tr("Reason")},
         {QStringLiteral("reviewedAt"), tr("Approved"),
          [](const QCborMap &r) {
              const QString at = text(r, "reviewedAt");
              return at.isEmpty() ? QString()
                                  : tr("%1, %2").arg(displayDateTime(parseServerTime(at)), text(r, "reviewedBy"));
          }}},
        this);
    m_table = new RecordsTable(m_model, this);
    QTableView *view = m_table->view();
    view->setObjectName(QStringLiteral("corrections"));
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_reviewed->setObjectName(QStringLiteral("correctionsReviewed"));
    m_reviewed->addItem(tr("Not yet approved"), false);
    m_reviewed->addItem(tr("Approved"), true);
    m_dates->setObjectName(QStringLiteral("correctionsDates"));
    m_from->setObjectName(QStringLiteral("correctionsFrom"));
    m_to->setObjectName(QStringLiteral("correctionsTo"));
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_approve->setObjectName(QStringLiteral("approveCorrections"));
    m_approve->setToolTip(tr("Approve the selected corrections (Ctrl+Return); Ctrl+A selects all"));
    m_message->setObjectName(QStringLiteral("correctionsMessage"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_reviewed);
    filters->addSpacing(12);
    filters->addWidget(m_dates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    filters->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_reviewed, &QComboBox::currentIndexChanged, this, &JournalAdminCorrections::load);
    connect(m_dates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        load();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &JournalAdminCorrections::load);
    connect(m_to, &QDateEdit::dateChanged, this, &JournalAdminCorrections::load);
    connect(m_approve, &QPushButton::clicked, this, &JournalAdminCorrections::approveSelected);
    auto *approveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    approveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(approveKey, &QShortcut::activated, this, &JournalAdminCorrections::approveSelected);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JournalAdminCorrections::updateButtons);
    connect(m_model, &RecordsModel::failed, m_message, &InlineMessage::showError);
    connect(m_model, &RecordsModel::loaded, this, [this] {
        QTableView *view = m_table->view();
        view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            view->setColumnWidth(column, qMin(view->columnWidth(column) + 8, 260));
        const bool reviewed = m_reviewed->currentData().toBool();
        view->setColumnHidden(m_model->columnCount() - 1, !reviewed);
        if (!reviewed && m_model->rowCount() == 0)
            m_message->showInfo(tr("No late corrections are waiting for approval."));
        updateButtons();
    });
    updateButtons();
}

void JournalAdminCorrections::reload()
{
    // Kinds of work first: the before / after columns name them.
    m_connection->request(QStringLiteral("workTypes.list"), {}, this, [this](const Reply &reply) {
        m_kinds.clear();
        for (const QCborValue &value : reply.result.toArray()) {
            const QCborMap kind = value.toMap();
            m_kinds.insert(kind.value(QLatin1String("id")).toInteger(), text(kind, "shortName"));
        }
        load();
    });
}

void JournalAdminCorrections::load()
{
    QCborMap params{{QStringLiteral("reviewed"), m_reviewed->currentData().toBool()}};
    if (m_dates->isChecked()) {
        params.insert(QStringLiteral("from"), m_from->date().toString(Qt::ISODate));
        params.insert(QStringLiteral("to"), m_to->date().toString(Qt::ISODate));
    }
    m_message->clearMessage();
    m_model->load(QStringLiteral("corrections.list"), params);
}

void JournalAdminCorrections::updateButtons()
{
    const bool unreviewed = !m_reviewed->currentData().toBool();
    m_approve->setVisible(unreviewed);
    m_approve->setEnabled(unreviewed && !selectedIds().isEmpty());
}

QList<qint64> JournalAdminCorrections::selectedIds() const
{
    QList<qint64> ids;
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(m_table->view()->model());
    for (const QModelIndex &index : m_table->view()->selectionModel()->selectedRows())
        ids.append(m_model->record(proxy->mapToSource(index).row()).value(QLatin1String("id")).toInteger());
    return ids;
}

void JournalAdminCorrections::approveSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_reviewed->currentData().toBool())
        return;
    QCborArray array;
    for (qint64 id : ids)
        array.append(id);
    m_approve->setEnabled(false);
    m_connection->request(QStringLiteral("corrections.approve"), {{QStringLiteral("ids"), array}}, this,
                          [this](const Reply &reply) {
                              if (!reply.ok()) {
                                  m_message->showError(ErrorText::forReply(reply));
                                  updateButtons();
                                  return;
                              }
                              m_message->showInfo(tr("%n correction(s) approved.", nullptr,
                                  int(reply.result.toMap().value(QLatin1String("approved")).toInteger())));
                              m_model->reload();
                          });
}

} // namespace ejournal::client

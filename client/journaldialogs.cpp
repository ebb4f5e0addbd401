// The journal's conflict, reason and history dialogs.
#include "journaldialogs.h"

#include "displaytime.h"
#include "inlinemessage.h"
#include "journaldata.h"
#include "recordsmodel.h"
#include "recordstable.h"
#include "uistyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
QLabel *bigValue(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? JournalConflictDialog::tr("(empty)") : text, parent);
    makeTitle(label, 1.3);
    return label;
}
} // namespace

JournalConflictDialog::JournalConflictDialog(const QString &what, const QString &mine, const QString &theirs,
                                             const QString &who, QWidget *parent)
    : QDialog(parent),
      m_keepMine(new QPushButton(tr("Keep &mine"), this)),
      m_takeTheirs(new QPushButton(tr("Take &theirs"), this))
{
    setObjectName(QStringLiteral("journalConflictDialog"));
    setWindowTitle(tr("The cell was changed meanwhile"));
    auto *intro = new QLabel(tr("<b>%1</b>: while your entry was on its way, the cell was changed "
                                "on the server%2. Choose which value stays.")
                                 .arg(what.toHtmlEscaped(), who.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(who.toHtmlEscaped())),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Yours:"), bigValue(mine, this));
    form->addRow(tr("On the server:"), bigValue(theirs, this));
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepMine, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_takeTheirs, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        emit keepMine();
        accept();
    });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] {
        emit takeTheirs();
        accept();
    });
    setMinimumWidth(420);
}

JournalReasonDialog::JournalReasonDialog(const QString &what, const QString &message, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this)), m_save(new QPushButton(tr("&Save the correction"), this))
{
    setObjectName(QStringLiteral("journalReasonDialog"));
    setWindowTitle(tr("Reason for the correction"));
    auto *intro = new QLabel(tr("<b>%1</b><br>%2<br>The deputy director will see the correction and "
                                "its reason.").arg(what.toHtmlEscaped(), message.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. the mark was put in the wrong row"));
    m_save->setObjectName(QStringLiteral("saveCorrection"));
    m_save->setEnabled(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(tr("Do&n't correct"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelCorrection"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this, [this] { m_save->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

QString JournalReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

JournalHistoryDialog::JournalHistoryDialog(ServerConnection *connection, qint64 lessonId, qint64 studentId,
                                           const QString &what, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("journalHistoryDialog"));
    setWindowTitle(tr("History of the cell"));
    const auto content = [](const QCborMap &row) { return journal::cellText(journal::CellContent::fromMap(row)); };
    m_model = new RecordsModel(
        connection,
        {{QStringLiteral("changedAt"), tr("When"),
          [](const QCborMap &row) {
              return displayDateTime(parseServerTime(row.value(QStringLiteral("changedAt")).toString()));
          }},
         {QStringLiteral("marks"), tr("Value"),
          [content](const QCborMap &row) {
              const QString text = content(row);
              return text.isEmpty() ? tr("(cleared)") : text;
          }},
         {QStringLiteral("changedBy"), tr("Who")},
         {QStringLiteral("late"), tr("Late"),
          [](const QCborMap &row) { return row.value(QStringLiteral("late")).toBool() ? tr("late correction") : QString(); }},
         {QStringLiteral("reason"), tr("Reason")}},
        this);
    auto *table = new RecordsTable(m_model, this);
    table->view()->horizontalHeader()->setStretchLastSection(true);
    auto *message = new InlineMessage(this);
    auto *title = new QLabel(what, this);
    makeTitle(title, 1.2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(message);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &RecordsModel::failed, message, &InlineMessage::showError);
    m_model->load(QStringLiteral("journal.cellHistory"),
                  {{QStringLiteral("lessonId"), lessonId}, {QStringLiteral("studentId"), studentId}});
    resize(640, 360);
}

} // namespace ejournal::client

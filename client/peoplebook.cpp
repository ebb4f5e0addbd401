// The movement book tab.
#include "peoplebook.h"

#include "inlinemessage.h"
#include "peopleform.h"
#include "peopletext.h"
#include "recordstable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

QList<RecordsModel::Column> movementColumns(bool withStudent)
{
    QList<RecordsModel::Column> columns{
        {QStringLiteral("date"), MovementBookTab::tr("Date"),
         [](const QCborMap &row) { return PeopleText::date(rowText(row, "date")); }},
        {QStringLiteral("kind"), MovementBookTab::tr("Movement"),
         [](const QCborMap &row) { return PeopleText::movementKind(rowText(row, "kind")); }},
        {QStringLiteral("fromClassName"), MovementBookTab::tr("From class")},
        {QStringLiteral("toClassName"), MovementBookTab::tr("To class")},
        {QStringLiteral("orderNo"), MovementBookTab::tr("Order")},
        {QStringLiteral("reason"), MovementBookTab::tr("Reason")},
    };
    if (withStudent)
        columns.insert(2, {QStringLiteral("studentName"), MovementBookTab::tr("Student")});
    return columns;
}

namespace {
// 1 September of the school year that contains today.
QDate schoolYearStart()
{
    const QDate today = QDate::currentDate();
    return QDate(today.month() >= 8 ? today.year() : today.year() - 1, 9, 1);
}
} // namespace

MovementBookTab::MovementBookTab(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection),
      m_model(new RecordsModel(connection, movementColumns(true), this)),
      m_table(new RecordsTable(m_model, this)),
      m_from(makeDateEdit(schoolYearStart(), this)),
      m_to(makeDateEdit(schoolYearStart().addYears(1).addDays(-1), this)),
      m_class(new QComboBox(this)), m_count(new QLabel(this)), m_message(new InlineMessage(this))
{
    m_table->setObjectName(QStringLiteral("movementBook"));
    fitColumns(m_table);
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_class->setObjectName(QStringLiteral("class"));
    m_class->setMinimumWidth(140);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setToolTip(tr("Reload the book (F5)"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Class:"), this));
    filters->addWidget(m_class);
    filters->addWidget(refresh);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(refresh, &QPushButton::clicked, this, &MovementBookTab::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &MovementBookTab::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &MovementBookTab::reload);
    connect(m_class, &QComboBox::activated, this, &MovementBookTab::reload);
    connect(m_model, &RecordsModel::failed, m_message, &InlineMessage::showError);
    connect(m_model, &RecordsModel::loaded, this, [this] {
        m_message->clearMessage();
        m_count->setText(tr("%n entry(ies)", nullptr, m_model->rowCount()));
    });
}

void MovementBookTab::activate()
{
    if (!m_classesLoaded) {
        m_classesLoaded = true;
        loadClassChoices(m_connection, m_class, true, tr("All classes"), 0,
                         [this](const QCborArray &) { reload(); });
        return;
    }
    reload();
}

void MovementBookTab::reload()
{
    QCborMap params{{QStringLiteral("from"), isoDate(m_from->date())},
                    {QStringLiteral("to"), isoDate(m_to->date())}};
    if (choiceId(m_class) != 0)
        params.insert(QStringLiteral("classId"), choiceId(m_class));
    m_model->load(QStringLiteral("movement.list"), params);
}

} // namespace ejournal::client

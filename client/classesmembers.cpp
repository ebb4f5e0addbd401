// Two-list editor of a study group's members.
#include "classesmembers.h"

#include "inlinemessage.h"
#include "errortext.h"
#include "peopletext.h"
#include "serverconnection.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
constexpr int IdRole = Qt::UserRole;

QString memberText(const QCborMap &row)
{
    const QString className = rowText(row, "className");
    return className.isEmpty() ? rowText(row, "fullName")
                               : QStringLiteral("%1 (%2)").arg(rowText(row, "fullName"), className);
}
} // namespace

MembersDialog::MembersDialog(ServerConnection *connection, const QCborMap &group, QWidget *parent)
    : FormDialog(connection, tr("Members of %1").arg(rowText(group, "name")), parent),
      m_group(group), m_date(makeDateEdit(QDate::currentDate(), this)), m_filter(new QLineEdit(this)),
      m_candidates(new QListWidget(this)), m_members(new QListWidget(this))
{
    setObjectName(QStringLiteral("membersDialog"));
    setMinimumSize(820, 540);
    m_date->setObjectName(QStringLiteral("date"));
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Find a student"));
    m_filter->setClearButtonEnabled(true);
    for (QListWidget *list : {m_candidates, m_members}) {
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        list->setSortingEnabled(true);
    }
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_members->setObjectName(QStringLiteral("members"));

    auto *add = new QPushButton(tr("Add →"), this);
    add->setObjectName(QStringLiteral("addMembers"));
    add->setToolTip(tr("Add the selected students to the group (or double-click a name)"));
    auto *remove = new QPushButton(tr("← Remove"), this);
    remove->setObjectName(QStringLiteral("removeMembers"));
    remove->setToolTip(tr("Remove the selected students from the group (or double-click a name)"));
    auto *lists = new QWidget(this);
    auto *grid = new QGridLayout(lists);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    lists->setMinimumHeight(380);
    grid->addWidget(new QLabel(group.value(QLatin1String("kind")).toString() == QLatin1String("subgroup")
                                   ? tr("Students of %1:").arg(rowText(group, "className"))
                                   : tr("Students of the year:"), lists), 0, 0);
    grid->addWidget(new QLabel(tr("Members of the group:"), lists), 0, 2);
    grid->addWidget(m_filter, 1, 0);
    grid->addWidget(m_candidates, 2, 0);
    auto *buttons = new QVBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    grid->addLayout(buttons, 2, 1);
    grid->addWidget(m_members, 1, 2, 2, 1);

    addField(tr("Applies from:"), m_date, {QStringLiteral("date")});
    addField(tr("Students:"), lists, {QStringLiteral("studentIds"), QStringLiteral("groupId")});

    connect(add, &QPushButton::clicked, this, &MembersDialog::addSelected);
    connect(remove, &QPushButton::clicked, this, &MembersDialog::removeSelected);
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, &MembersDialog::addSelected);
    connect(m_members, &QListWidget::itemDoubleClicked, this, &MembersDialog::removeSelected);
    connect(m_filter, &QLineEdit::textChanged, this, &MembersDialog::applyFilter);
    connect(m_date, &QDateEdit::dateChanged, this, &MembersDialog::reload);
    reload();
}

void MembersDialog::reload()
{
    const QString date = isoDate(m_date->date());
    QCborMap candidatesParams{{QStringLiteral("date"), date}};
    if (rowText(m_group, "kind") == QLatin1String("subgroup"))
        candidatesParams.insert(QStringLiteral("classId"), rowId(m_group, "classId"));
    else
        candidatesParams.insert(QStringLiteral("academicYearId"), rowId(m_group, "academicYearId"));
    // Members first, then the candidates who are not members.
    m_pending = 2;
    saveButton()->setEnabled(false);
    auto failed = [this](const Reply &reply) {
        m_pending = 0;
        message()->showError(ErrorText::forReply(reply));
    };
    connection()->request(
        QStringLiteral("groups.members"),
        {{QStringLiteral("groupId"), rowId(m_group)}, {QStringLiteral("date"), date}}, this,
        [=, this](const Reply &members) {
            if (!members.ok())
                return failed(members);
            --m_pending;
            connection()->request(
                QStringLiteral("students.list"), candidatesParams, this,
                [=, this](const Reply &candidates) {
                    if (!candidates.ok())
                        return failed(candidates);
                    --m_pending;
                    QSet<qint64> memberIds;
                    for (const QCborValue &row : members.result.toArray())
                        memberIds.insert(rowId(row.toMap(), "studentId"));
                    fill(m_members, members.result.toArray(), {});
                    fill(m_candidates, candidates.result.toArray(), memberIds);
                    applyFilter();
                    saveButton()->setEnabled(true);
                });
        });
}

void MembersDialog::fill(QListWidget *list, const QCborArray &rows, const QSet<qint64> &skip)
{
    list->clear();
    for (const QCborValue &value : rows) {
        const QCborMap row = value.toMap();
        const qint64 id = row.contains(QLatin1String("studentId")) ? rowId(row, "studentId") : rowId(row);
        if (skip.contains(id))
            continue;
        auto *item = new QListWidgetItem(memberText(row), list);
        item->setData(IdRole, id);
    }
}

void MembersDialog::move(QListWidget *from, QListWidget *to)
{
    const QList<QListWidgetItem *> items = from->selectedItems();
    for (QListWidgetItem *item : items)
        to->addItem(from->takeItem(from->row(item)));
    applyFilter();
}

void MembersDialog::addSelected()
{
    move(m_candidates, m_members);
}

void MembersDialog::removeSelected()
{
    move(m_members, m_candidates);
}

void MembersDialog::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_candidates->count(); ++i) {
        QListWidgetItem *item = m_candidates->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void MembersDialog::save()
{
    QCborArray ids;
    for (int i = 0; i < m_members->count(); ++i)
        ids.append(m_members->item(i)->data(IdRole).toLongLong());
    submit(QStringLiteral("groups.setMembers"),
           {{QStringLiteral("groupId"), rowId(m_group)},
            {QStringLiteral("date"), isoDate(m_date->date())},
            {QStringLiteral("studentIds"), ids}});
}

} // namespace ejournal::client

// Subjects and rooms: archive, bring back, undo.
#include "structurearchivetab.h"

#include "recordstable.h"
#include "structuredialogs.h"
#include "structuretext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>

namespace ejournal::client {

namespace {
const QString kArchived = QStringLiteral("archived");

bool isArchived(const QCborMap &row)
{
    return row.value(kArchived).toBool();
}

QString archivedText(const QCborMap &row)
{
    return isArchived(row) ? StructureArchiveTab::tr("archived") : QString();
}
} // namespace

StructureArchiveTab *StructureArchiveTab::subjects(ServerConnection *connection, bool canEdit,
                                                   QWidget *parent)
{
    QList<RecordsModel::Column> columns{
        {QStringLiteral("name"), tr("Subject")},
        {QStringLiteral("shortName"), tr("Short name")},
        {QStringLiteral("component"), tr("Component"),
         [](const QCborMap &row) {
             return StructureText::component(row.value(QStringLiteral("component")).toString());
         }},
        {kArchived, tr("In archive"), archivedText},
    };
    auto *tab = new StructureArchiveTab(
        connection, canEdit, QStringLiteral("subjects"), columns,
        [](ServerConnection *c, const QCborMap &record, QWidget *p) -> StructureFormDialog * {
            return new StructureSubjectDialog(c, record, p);
        },
        parent);
    tab->setObjectName(QStringLiteral("subjectsTab"));
    return tab;
}

StructureArchiveTab *StructureArchiveTab::rooms(ServerConnection *connection, bool canEdit,
                                                QWidget *parent)
{
    QList<RecordsModel::Column> columns{
        {QStringLiteral("name"), tr("Number")},
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("capacity"), tr("Seats"),
         [](const QCborMap &row) {
             const qint64 seats = row.value(QStringLiteral("capacity")).toInteger();
             return seats > 0 ? QString::number(seats) : QString();
         },
         Qt::AlignRight | Qt::AlignVCenter},
        {kArchived, tr("In archive"), archivedText},
    };
    auto *tab = new StructureArchiveTab(
        connection, canEdit, QStringLiteral("rooms"), columns,
        [](ServerConnection *c, const QCborMap &record, QWidget *p) -> StructureFormDialog * {
            return new StructureRoomDialog(c, record, p);
        },
        parent);
    tab->setObjectName(QStringLiteral("roomsTab"));
    return tab;
}

StructureArchiveTab::StructureArchiveTab(ServerConnection *connection, bool canEdit,
                                         const QString &area, QList<RecordsModel::Column> columns,
                                         DialogFactory factory, QWidget *parent)
    : StructureListTab(connection, new RecordsModel(connection, std::move(columns)), canEdit, parent),
      m_area(area), m_factory(std::move(factory)),
      m_model(table()->model()), m_showArchived(new QCheckBox(tr("Show &archived"), this))
{
    m_model->setParent(this);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    toolbar()->addWidget(m_showArchived);
    connect(m_showArchived, &QCheckBox::toggled, this, &StructureArchiveTab::reload);
    updateButtons();
}

void StructureArchiveTab::reload()
{
    m_model->load(m_area + QStringLiteral(".list"),
                  {{QStringLiteral("includeArchived"), m_showArchived->isChecked()}});
}

StructureFormDialog *StructureArchiveTab::makeDialog(const QCborMap &record)
{
    return m_factory(connection(), record, this);
}

StructureListTab::Removal StructureArchiveTab::removal(const QCborMap &record) const
{
    if (record.isEmpty())
        return {};
    const QCborValue id = record.value(QStringLiteral("id"));
    const QString name = record.value(QStringLiteral("name")).toString();
    const QString method = m_area + QStringLiteral(".archive");
    const bool archived = isArchived(record);
    const QCborMap forward{{QStringLiteral("id"), id}, {kArchived, !archived}};
    const QCborMap back{{QStringLiteral("id"), id}, {kArchived, archived}};
    if (archived)
        return {{}, {}, method, forward, tr("«%1» is back from the archive.").arg(name), method, back};
    return {tr("Move «%1» to the archive? It stays in past journals and reports but is no longer "
               "offered for new lessons. You can bring it back later.").arg(name),
            tr("Archive"), method, forward, tr("«%1» has been archived.").arg(name), method, back};
}

void StructureArchiveTab::updateButtons()
{
    StructureListTab::updateButtons();
    const bool archived = isArchived(table()->currentRecord());
    removeButton()->setText(archived ? tr("&Restore") : tr("&Archive"));
    removeButton()->setToolTip(archived ? tr("Bring the selected record back from the archive")
                                        : tr("Move the selected record to the archive (Delete)"));
}

} // namespace ejournal::client

// The tree of a year's period schemes and periods.
#include "structureschemesmodel.h"

#include "errortext.h"
#include "serverconnection.h"
#include "structuretext.h"

#include <QCborArray>

namespace ejournal::client {

namespace {
// Internal id of an index: 0 for a scheme row, the scheme's row + 1 for a period row.
constexpr quintptr kSchemeLevel = 0;

const QString kPeriods = QStringLiteral("periods");
} // namespace

StructureSchemesModel::StructureSchemesModel(ServerConnection *connection, QObject *parent)
    : QAbstractItemModel(parent), m_connection(connection)
{
}

void StructureSchemesModel::load(qint64 yearId)
{
    m_yearId = yearId;
    const quint64 generation = ++m_generation;
    if (yearId == 0) {
        beginResetModel();
        m_schemes.clear();
        endResetModel();
        emit loaded();
        return;
    }
    m_connection->request(QStringLiteral("periodSchemes.list"),
                          {{QStringLiteral("academicYearId"), yearId}}, this,
                          [this, generation](const Reply &reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok()) {
            emit failed(ErrorText::forReply(reply));
            return;
        }
        beginResetModel();
        m_schemes.clear();
        for (const QCborValue &scheme : reply.result.toArray())
            m_schemes.append(scheme.toMap());
        endResetModel();
        emit loaded();
    });
}

QCborMap StructureSchemesModel::scheme(int row) const
{
    return row >= 0 && row < m_schemes.size() ? m_schemes.at(row) : QCborMap();
}

int StructureSchemesModel::schemeRowOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    return index.internalId() == kSchemeLevel ? index.row() : int(index.internalId() - 1);
}

QModelIndex StructureSchemesModel::schemeIndex(const QCborValue &id) const
{
    for (int row = 0; row < m_schemes.size(); ++row)
        if (m_schemes.at(row).value(QStringLiteral("id")) == id)
            return index(row, 0);
    return {};
}

QCborArray StructureSchemesModel::periodsOf(int schemeRow) const
{
    return scheme(schemeRow).value(kPeriods).toArray();
}

QModelIndex StructureSchemesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSchemeLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex StructureSchemesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSchemeLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSchemeLevel);
}

int StructureSchemesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_schemes.size());
    if (parent.internalId() != kSchemeLevel || parent.column() != 0)
        return 0;
    return int(periodsOf(parent.row()).size());
}

int StructureSchemesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant StructureSchemesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const bool isScheme = index.internalId() == kSchemeLevel;
    const QCborArray periods = periodsOf(schemeRowOf(index));
    const QCborMap row = isScheme ? scheme(index.row()) : periods.at(index.row()).toMap();
    switch (index.column()) {
    case NameColumn:
        return row.value(QStringLiteral("name")).toString();
    case StartColumn:
        return StructureText::date((isScheme ? periods.first().toMap() : row)
                                       .value(QStringLiteral("startsOn")).toString());
    case EndColumn:
        return StructureText::date((isScheme ? periods.last().toMap() : row)
                                       .value(QStringLiteral("endsOn")).toString());
    case NoteColumn:
        if (isScheme)
            return StructureText::schemeKind(row.value(QStringLiteral("kind")).toString());
        return row.value(QStringLiteral("closed")).toBool() ? tr("closed (final marks set)") : QString();
    }
    return {};
}

QVariant StructureSchemesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Scheme and periods");
    case StartColumn:
        return tr("Starts on");
    case EndColumn:
        return tr("Ends on");
    case NoteColumn:
        return tr("Kind / note");
    }
    return {};
}

} // namespace ejournal::client

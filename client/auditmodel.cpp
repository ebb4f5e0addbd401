// The audit log table model.
#include "auditmodel.h"

#include "audittext.h"
#include "displaytime.h"
#include "errortext.h"
#include "serverconnection.h"

#include <QCborMap>

namespace ejournal::client {

QList<AuditEvent> AuditEvent::listFrom(const QCborArray &array)
{
    QList<AuditEvent> out;
    out.reserve(array.size());
    for (const QCborValue &value : array) {
        const QCborMap m = value.toMap();
        AuditEvent e;
        e.id = m.value(QLatin1String("id")).toInteger();
        e.at = parseServerTime(m.value(QLatin1String("at")).toString());
        e.login = m.value(QLatin1String("login")).toString();
        e.action = m.value(QLatin1String("action")).toString();
        e.entity = m.value(QLatin1String("entity")).toString();
        e.entityId = m.value(QLatin1String("entityId")).toString();
        e.before = m.value(QLatin1String("before"));
        e.after = m.value(QLatin1String("after"));
        e.reason = m.value(QLatin1String("reason")).toString();
        e.address = m.value(QLatin1String("address")).toString();
        out.append(e);
    }
    return out;
}

AuditModel::AuditModel(ServerConnection *connection, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection)
{
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditEvent &e = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ChangesColumn) {
        QStringList lines;
        for (const FieldChange &c : AuditText::changes(e.entity, e.before, e.after))
            lines.append(AuditText::summary({c}));
        return lines.join(QLatin1Char('\n'));
    }
    switch (index.column()) {
    case TimeColumn:
        return displayDateTime(e.at);
    case UserColumn:
        return e.login.isEmpty() ? tr("system") : e.login;
    case ActionColumn:
        return AuditText::action(e.action);
    case ObjectColumn:
        return AuditText::object(e.entity, e.entityId);
    case ChangesColumn:
        return AuditText::summary(AuditText::changes(e.entity, e.before, e.after));
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case ChangesColumn:
        return tr("Changes");
    }
    return {};
}

void AuditModel::setActionFilter(const QString &action)
{
    m_action = action;
    refresh();
}

void AuditModel::refresh()
{
    load(false);
}

void AuditModel::loadMore()
{
    if (m_more && !m_loading)
        load(true);
}

void AuditModel::load(bool append)
{
    const quint64 generation = ++m_generation;
    QCborMap params{{QStringLiteral("limit"), kPageSize}};
    if (append && !m_rows.isEmpty())
        params.insert(QStringLiteral("beforeId"), m_rows.constLast().id);
    if (!m_action.isEmpty())
        params.insert(QStringLiteral("action"), m_action);
    setLoading(true);
    m_connection->request(QStringLiteral("audit.list"), params, this,
                          [this, generation, append](const Reply &reply) {
                              if (generation != m_generation)
                                  return;
                              setLoading(false);
                              if (!reply.ok()) {
                                  emit failed(ErrorText::forReply(reply));
                                  return;
                              }
                              const QList<AuditEvent> page =
                                  AuditEvent::listFrom(reply.result.toArray());
                              m_more = page.size() >= kPageSize;
                              if (append) {
                                  if (!page.isEmpty()) {
                                      beginInsertRows({}, int(m_rows.size()),
                                                      int(m_rows.size() + page.size() - 1));
                                      m_rows.append(page);
                                      endInsertRows();
                                  }
                              } else {
                                  beginResetModel();
                                  m_rows = page;
                                  endResetModel();
                              }
                              emit loaded();
                          });
}

void AuditModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace ejournal::client

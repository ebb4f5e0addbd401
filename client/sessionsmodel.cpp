// The open sessions table model.
#include "sessionsmodel.h"

#include "displaytime.h"
#include "errortext.h"
#include "serverconnection.h"

#include <QCborMap>
#include <QFont>

namespace ejournal::client {

QList<SessionInfo> SessionInfo::listFrom(const QCborArray &array)
{
    QList<SessionInfo> out;
    out.reserve(array.size());
    for (const QCborValue &value : array) {
        const QCborMap m = value.toMap();
        SessionInfo s;
        s.id = m.value(QLatin1String("id")).toInteger();
        s.userId = m.value(QLatin1String("userId")).toInteger();
        s.login = m.value(QLatin1String("login")).toString();
        s.name = m.value(QLatin1String("name")).toString();
        s.created = parseServerTime(m.value(QLatin1String("created")).toString());
        s.lastSeen = parseServerTime(m.value(QLatin1String("lastSeen")).toString());
        s.address = m.value(QLatin1String("address")).toString();
        s.current = m.value(QLatin1String("current")).toBool();
        out.append(s);
    }
    return out;
}

SessionsModel::SessionsModel(ServerConnection *connection, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection)
{
}

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionInfo &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case LoginColumn:
            return s.login;
        case CreatedColumn:
            return displayDateTime(s.created);
        case LastSeenColumn:
            return displayDateTime(s.lastSeen);
        case AddressColumn:
            return s.address;
        }
        return {};
    case Qt::FontRole:
        if (s.current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return s.current ? tr("This is your own session.") : QVariant();
    default:
        return {};
    }
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("User");
    case LoginColumn:
        return tr("Login");
    case CreatedColumn:
        return tr("Signed in");
    case LastSeenColumn:
        return tr("Last activity");
    case AddressColumn:
        return tr("Computer address");
    }
    return {};
}

void SessionsModel::refresh()
{
    if (m_loading)
        return;
    setLoading(true);
    m_connection->request(QStringLiteral("sessions.list"), {}, this, [this](const Reply &reply) {
        setLoading(false);
        if (!reply.ok()) {
            emit failed(ErrorText::forReply(reply));
            return;
        }
        beginResetModel();
        m_rows = SessionInfo::listFrom(reply.result.toArray());
        endResetModel();
        emit refreshed();
    });
}

void SessionsModel::revoke(qint64 sessionId)
{
    m_connection->request(QStringLiteral("sessions.revoke"),
                          {{QStringLiteral("sessionId"), sessionId}}, this,
                          [this, sessionId](const Reply &reply) {
                              if (!reply.ok() && !reply.isError(ErrorCode::NotFound)) {
                                  emit failed(ErrorText::forReply(reply));
                                  return;
                              }
                              // not_found: it has ended by itself meanwhile; either way it is gone.
                              emit revoked(sessionId);
                              refresh();
                          });
}

void SessionsModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace ejournal::client

// The journal's outbox: queued writes, their sending, persistence and outcomes.
#include "journaloutbox.h"

#include "errortext.h"
#include "journaldata.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace ejournal::client {

namespace {
const QString kKey = QStringLiteral("key");
const QString kMethod = QStringLiteral("method");
const QString kAssignment = QStringLiteral("assignmentId");
const QString kParams = QStringLiteral("params");
const QString kVersion = QStringLiteral("version");
const QString kReason = QStringLiteral("reason");
const QString kState = QStringLiteral("state");
const QString kCurrent = QStringLiteral("current");

// The written row in a method's answer ({cell} or {final}) or a conflict's details.
QCborMap writtenRow(const QCborMap &result)
{
    return result.contains(QStringLiteral("cell")) ? result.value(QStringLiteral("cell")).toMap()
                                                   : result.value(QStringLiteral("final")).toMap();
}

// Whether the server's row already holds what the entry writes (the answer to an earlier
// send was lost with the connection).
bool alreadyWritten(const JournalOutbox::Entry &entry, const QCborMap &current)
{
    if (entry.method == QLatin1String("journal.setCell"))
        return journal::CellContent::fromMap(entry.params).sameAs(journal::CellContent::fromMap(current));
    return entry.params.value(QStringLiteral("value")).toString()
           == current.value(QStringLiteral("value")).toString();
}
} // namespace

JournalOutbox::JournalOutbox(ServerConnection *connection, const QString &filePath, QObject *parent)
    : QObject(parent), m_connection(connection), m_filePath(filePath)
{
    load();
    connect(connection, &ServerConnection::stateChanged, this, [this](ServerConnection::State state) {
        if (state == ServerConnection::State::Authenticated)
            flush();
    });
}

QString JournalOutbox::defaultFilePath(const ServerConnection *connection)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/journal-outbox-%1-%2-%3.cbor")
                     .arg(connection->host())
                     .arg(connection->port())
                     .arg(connection->session().userId);
}

QString JournalOutbox::cellKey(qint64 lessonId, qint64 studentId)
{
    return QStringLiteral("cell:%1:%2").arg(lessonId).arg(studentId);
}

QString JournalOutbox::finalKey(qint64 assignmentId, qint64 studentId, qint64 periodId)
{
    return QStringLiteral("final:%1:%2:%3").arg(assignmentId).arg(studentId).arg(periodId);
}

void JournalOutbox::put(const QString &key, const QString &method, qint64 assignmentId,
                        const QCborMap &params, qint64 baseVersion)
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).key != key)
            continue;
        if (m_entries.at(i).state == State::Queued) {
            m_entries[i].params = params;
            save();
            emit changed();
            flush();
            return;
        }
        break;
    }
    m_entries.append({key, method, assignmentId, params, baseVersion, {}, State::Queued, {}});
    save();
    emit changed();
    flush();
}

const JournalOutbox::Entry *JournalOutbox::pending(const QString &key) const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i)
        if (m_entries.at(i).key == key)
            return &m_entries.at(i);
    return nullptr;
}

int JournalOutbox::headOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).key == key)
            return int(i);
    return -1;
}

void JournalOutbox::removeHead(const QString &key)
{
    const int head = headOf(key);
    if (head < 0)
        return;
    m_entries.removeAt(head);
    save();
    emit changed();
}

void JournalOutbox::flush()
{
    if (m_connection->state() != ServerConnection::State::Authenticated)
        return;
    QSet<QString> seen;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        if (seen.contains(e.key))
            continue;
        seen.insert(e.key);
        if (e.state == State::Queued)
            send(int(i));
    }
}

void JournalOutbox::send(int index)
{
    Entry &e = m_entries[index];
    e.state = State::Sending;
    QCborMap params = e.params;
    params.insert(kVersion, e.baseVersion);
    if (!e.reason.isEmpty())
        params.insert(kReason, e.reason);
    const QString key = e.key;
    m_connection->request(e.method, params, this, [this, key](const Reply &reply) { onReply(key, reply); });
}

void JournalOutbox::onReply(const QString &key, const Reply &reply)
{
    const int head = headOf(key);
    if (head < 0 || m_entries.at(head).state != State::Sending)
        return;
    Entry &e = m_entries[head];
    const auto complete = [this, &key](const QCborMap &result) {
        const qint64 version = writtenRow(result).value(kVersion).toInteger();
        removeHead(key);
        if (const int next = headOf(key); next >= 0)
            m_entries[next].baseVersion = version;
        save();
        emit saved(key, result);
        flush();
    };
    if (reply.ok()) {
        complete(reply.result.toMap());
        return;
    }
    if (reply.status == Reply::Status::ConnectionLost || reply.isError(ErrorCode::Unauthenticated)
        || reply.isError(ErrorCode::RateLimited)) {
        e.state = State::Queued;  // sent again when the connection (or the session) is back
        emit changed();
        return;
    }
    const QCborMap details = reply.error.details;
    if (reply.isError(ErrorCode::Conflict)) {
        const QCborMap current = details.value(kCurrent).toMap();
        const bool cell = e.method == QLatin1String("journal.setCell");
        if (alreadyWritten(e, current)) {
            complete({{cell ? QStringLiteral("cell") : QStringLiteral("final"), current}});
            return;
        }
        e.state = State::Conflict;
        e.current = current;
        save();
        emit changed();
        emit conflict(key);
        return;
    }
    if (reply.isError(ErrorCode::Invalid) && details.contains(kReason)) {
        e.state = State::NeedsReason;
        save();
        emit changed();
        emit reasonRequired(key, ErrorText::forReply(reply));
        return;
    }
    const qint64 base = e.baseVersion;
    removeHead(key);
    if (const int next = headOf(key); next >= 0)
        m_entries[next].baseVersion = base;
    emit refused(key, ErrorText::forReply(reply));
    emit dropped(key, {});
}

void JournalOutbox::keepMine(const QString &key)
{
    const int head = headOf(key);
    if (head < 0 || m_entries.at(head).state != State::Conflict)
        return;
    Entry &e = m_entries[head];
    e.baseVersion = e.current.value(kVersion).toInteger();
    e.state = State::Queued;
    save();
    emit changed();
    flush();
}

void JournalOutbox::takeTheirs(const QString &key)
{
    const int head = headOf(key);
    if (head < 0 || m_entries.at(head).state != State::Conflict)
        return;
    const QCborMap current = m_entries.at(head).current;
    removeHead(key);
    if (const int next = headOf(key); next >= 0)
        m_entries[next].baseVersion = current.value(kVersion).toInteger();
    emit dropped(key, current);
    flush();
}

void JournalOutbox::giveReason(const QString &key, const QString &reason)
{
    const int head = headOf(key);
    if (head < 0 || m_entries.at(head).state != State::NeedsReason)
        return;
    m_entries[head].reason = reason;
    m_entries[head].state = State::Queued;
    save();
    emit changed();
    flush();
}

void JournalOutbox::discard(const QString &key)
{
    const int head = headOf(key);
    if (head < 0)
        return;
    const qint64 base = m_entries.at(head).baseVersion;
    removeHead(key);
    if (const int next = headOf(key); next >= 0)
        m_entries[next].baseVersion = base;
    emit dropped(key, {});
    flush();
}

void JournalOutbox::save() const
{
    if (m_filePath.isEmpty())
        return;
    if (m_entries.isEmpty()) {
        QFile::remove(m_filePath);
        return;
    }
    QCborArray list;
    for (const Entry &e : m_entries) {
        const State state = e.state == State::Sending ? State::Queued : e.state;
        list.append(QCborMap{{kKey, e.key}, {kMethod, e.method}, {kAssignment, e.assignmentId},
                             {kParams, e.params}, {kVersion, e.baseVersion}, {kReason, e.reason},
                             {kState, int(state)}, {kCurrent, e.current}});
    }
    QSaveFile file(m_filePath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(list.toCborValue().toCbor());
        file.commit();
    }
}

void JournalOutbox::load()
{
    QFile file(m_filePath);
    if (m_filePath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    for (const QCborValue &v : QCborValue::fromCbor(file.readAll()).toArray()) {
        const QCborMap m = v.toMap();
        const auto state = State(qBound(0, int(m.value(kState).toInteger()), int(State::NeedsReason)));
        m_entries.append({m.value(kKey).toString(), m.value(kMethod).toString(),
                          m.value(kAssignment).toInteger(), m.value(kParams).toMap(),
                          m.value(kVersion).toInteger(), m.value(kReason).toString(),
                          state == State::Sending ? State::Queued : state, m.value(kCurrent).toMap()});
    }
}

} // namespace ejournal::client

// The journal's outbox: every entry a teacher makes (a cell, a final mark) is applied on
// screen at once and queued here; the outbox sends it in the background (journal.setCell /
// journal.setFinal), in order per cell and with the version last seen, keeps it in memory
// and in a local file while unsent (a dropped connection or a crash loses nothing), sends
// again when the connection is back, and hands conflicts and missing reasons to the page.
#pragma once

#include "reply.h"

#include <QCborMap>
#include <QList>
#include <QObject>
#include <QString>

namespace ejournal::client {

class ServerConnection;

class JournalOutbox : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Queued,       // waits for its turn or for the connection
        Sending,      // sent, no answer yet
        Conflict,     // the server has another value: the teacher chooses
        NeedsReason,  // a late correction: the teacher gives a reason
    };
    struct Entry
    {
        QString key;      // "cell:<lessonId>:<studentId>" or "final:<assignmentId>:<studentId>:<periodId>"
        QString method;   // journal.setCell / journal.setFinal
        qint64 assignmentId = 0;
        QCborMap params;  // without version and reason
        qint64 baseVersion = 0;  // the version the teacher saw
        QString reason;
        State state = State::Queued;
        QCborMap current;  // Conflict: the server's value
    };

    // filePath: where unsent entries are kept (empty: memory only).
    JournalOutbox(ServerConnection *connection, const QString &filePath, QObject *parent = nullptr);
    // AppLocalDataLocation/journal-outbox-<host>-<port>-<user>.cbor for the signed-in user.
    static QString defaultFilePath(const ServerConnection *connection);

    static QString cellKey(qint64 lessonId, qint64 studentId);
    static QString finalKey(qint64 assignmentId, qint64 studentId, qint64 periodId);

    // Queues a write. A queued, not yet sent write of the same key is replaced (only the
    // newest value matters); behind one that is being sent it waits for that one's version.
    void put(const QString &key, const QString &method, qint64 assignmentId,
             const QCborMap &params, qint64 baseVersion);
    // The newest value waiting for the key, if any (what the grid shows).
    const Entry *pending(const QString &key) const;
    QList<Entry> entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }

    // Conflict: write mine over the server's value, or take the server's value.
    void keepMine(const QString &key);
    void takeTheirs(const QString &key);
    // NeedsReason: send again with the reason, or give the entry up.
    void giveReason(const QString &key, const QString &reason);
    void discard(const QString &key);

    // Sends what can be sent now (called by itself when the connection is back).
    void flush();

signals:
    // The server took the write; result is the method's answer ({cell} or {final}).
    void saved(const QString &key, const QCborMap &result);
    // The entry is gone without being written (taken theirs, discarded, refused).
    void dropped(const QString &key, const QCborMap &current);
    void conflict(const QString &key);
    void reasonRequired(const QString &key, const QString &message);
    // The server refused the write for good (invalid, forbidden, …); the message is for the user.
    void refused(const QString &key, const QString &message);
    // Anything about the queue changed (count, states).
    void changed();

private:
    void send(int index);
    void onReply(const QString &key, const Reply &reply);
    int headOf(const QString &key) const;
    void removeHead(const QString &key);
    void save() const;
    void load();

    ServerConnection *m_connection;
    QString m_filePath;
    QList<Entry> m_entries;
};

} // namespace ejournal::client

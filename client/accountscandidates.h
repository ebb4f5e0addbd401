// People without an account, as rows for the page's «Without an account» list: staff (for an
// administrator looking at the whole school), students, and — when one class is chosen — the
// parents of its students (read through students.get, which names each guardian's account).
// Row keys: key ("student:12"), kind, personId, fullName, className, note.
#pragma once

#include <QCborArray>
#include <QObject>
#include <QSet>

#include <functional>

namespace ejournal::client {

class ServerConnection;

class AccountsCandidates : public QObject
{
    Q_OBJECT
public:
    explicit AccountsCandidates(ServerConnection *connection, QObject *parent = nullptr);

    // classId 0 = the whole school (with staff when includeStaff).
    void load(qint64 classId, const QString &className, bool includeStaff);

signals:
    void loaded(const QCborArray &rows);
    void failed(const QString &message);

private:
    using Handler = std::function<void(const QCborValue &result)>;
    void send(const QString &method, const QCborMap &params, Handler handler);
    void addStaff(const QCborArray &staff);
    void addStudents(const QCborArray &students, qint64 classId);
    void addGuardians(const QCborMap &student);
    void finishOne();

    ServerConnection *m_connection;
    quint64 m_generation = 0;
    int m_pending = 0;
    QString m_className;
    QCborArray m_staff;
    QCborArray m_students;
    QCborArray m_guardians;
    QSet<qint64> m_guardianIds;
};

} // namespace ejournal::client

// The classes whose accounts the user manages, for the page's class filter: every class of
// the current academic year for an administrator, only the own classes for a class teacher
// (found through staff.list → the user's staff record → classes.list's classTeacherId).
#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace ejournal::client {

class ServerConnection;

struct ClassChoice
{
    qint64 id = 0;
    QString name;
};

class AccountsClasses : public QObject
{
    Q_OBJECT
public:
    AccountsClasses(ServerConnection *connection, bool allClasses, QObject *parent = nullptr);

    void load();

signals:
    void loaded(const QList<ejournal::client::ClassChoice> &classes);
    void failed(const QString &message);

private:
    void loadClasses(qint64 yearId);
    void keepOwn(const QList<ClassChoice> &all, const QList<qint64> &teachers);

    ServerConnection *m_connection;
    bool m_allClasses;
};

} // namespace ejournal::client

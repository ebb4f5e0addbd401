// How the «Сервер» page words the server's backup runs: results, what started a run,
// sizes, destinations, and whether the administrator should be warned.
#pragma once

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ejournal::client {

class ServerText
{
    Q_DECLARE_TR_FUNCTIONS(ServerText)
public:
    static QString status(const QString &status);
    static QString trigger(const QString &trigger);
    static QString size(qint64 bytes);
    // "да", "нет: <why>", "не проверялась".
    static QString verified(const QCborMap &run);
    // The destinations that got the copy, and those that failed with why.
    static QString destinations(const QCborArray &destinations);
    // The run's problems in one line (dump error, failed destinations, verification).
    static QString problems(const QCborMap &run);
    // Why the administrator should act, or empty: the last run failed or was partial,
    // there is no good backup, or the last good one is older than a day (at `now`).
    static QString warning(const QCborMap &status, const QDateTime &now);
};

} // namespace ejournal::client

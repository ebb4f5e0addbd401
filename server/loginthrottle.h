// Throttling of failed logins per login name and per client address: after a run of
// failures the next attempt has to wait, doubling from 30 seconds up to 15 minutes.
// Thread-safe: the login handler runs on any worker thread.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

namespace ejournal::server {

class LoginThrottle
{
public:
    static constexpr int kLoginThreshold = 5;
    static constexpr int kAddressThreshold = 20;
    static constexpr int kFirstDelaySeconds = 30;
    static constexpr int kMaxDelaySeconds = 15 * 60;

    // Seconds the caller has to wait before this attempt is allowed; 0 when it may go ahead.
    int retryAfter(const QString &login, const QString &address) const;
    void recordFailure(const QString &login, const QString &address);
    void recordSuccess(const QString &login);

    // For tests: the clock (defaults to the current UTC time).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    struct Entry
    {
        int failures = 0;
        QDateTime lastFailure;
    };
    int waitFor(const Entry &entry, int threshold, const QDateTime &now) const;
    static void fail(QHash<QString, Entry> &table, const QString &key, const QDateTime &now);

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_byLogin;
    QHash<QString, Entry> m_byAddress;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace ejournal::server

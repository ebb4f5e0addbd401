// Throttling of failed logins per login name and per client address.
#include "loginthrottle.h"

#include <QMutexLocker>

namespace ejournal::server {

namespace {
// A run of failures is forgotten after this long without a new one.
constexpr qint64 kForgetAfterSeconds = 60 * 60;
} // namespace

int LoginThrottle::waitFor(const Entry &entry, int threshold, const QDateTime &now) const
{
    if (entry.failures < threshold)
        return 0;
    const int doublings = std::min(entry.failures - threshold, 10);
    const qint64 delay = std::min<qint64>(qint64(kFirstDelaySeconds) << doublings,
                                          kMaxDelaySeconds);
    const qint64 waited = entry.lastFailure.secsTo(now);
    return waited >= delay ? 0 : int(delay - waited);
}

int LoginThrottle::retryAfter(const QString &login, const QString &address) const
{
    QMutexLocker lock(&m_mutex);
    const QDateTime now = m_clock();
    const int forLogin = waitFor(m_byLogin.value(login.toLower()), kLoginThreshold, now);
    const int forAddress = waitFor(m_byAddress.value(address), kAddressThreshold, now);
    return std::max(forLogin, forAddress);
}

void LoginThrottle::fail(QHash<QString, Entry> &table, const QString &key, const QDateTime &now)
{
    if (table.size() > 100000)  // a flood of made-up logins must not grow memory without bound
        table.removeIf([&now](const auto &it) {
            return it.value().lastFailure.secsTo(now) > kForgetAfterSeconds;
        });
    Entry &entry = table[key];
    if (entry.lastFailure.isValid() && entry.lastFailure.secsTo(now) > kForgetAfterSeconds)
        entry.failures = 0;
    ++entry.failures;
    entry.lastFailure = now;
}

void LoginThrottle::recordFailure(const QString &login, const QString &address)
{
    QMutexLocker lock(&m_mutex);
    const QDateTime now = m_clock();
    fail(m_byLogin, login.toLower(), now);
    fail(m_byAddress, address, now);
}

void LoginThrottle::recordSuccess(const QString &login)
{
    QMutexLocker lock(&m_mutex);
    m_byLogin.remove(login.toLower());
}

} // namespace ejournal::server

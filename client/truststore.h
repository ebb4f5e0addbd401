// Trust on first use: the pinned SHA-256 certificate fingerprint of every server the user has
// accepted, keyed by host:port, kept in an INI file (the user's config dir, or a given path).
#pragma once

#include <QSslCertificate>
#include <QString>

#include <memory>

class QSettings;

namespace ejournal::client {

// "AB:CD:…": 32 upper-case hex bytes of the certificate's SHA-256 digest joined with ':'.
QString certificateFingerprint(const QSslCertificate &certificate);

class TrustStore
{
public:
    // The default store in the user's configuration directory.
    TrustStore();
    // A store in the given INI file (tests, portable installs).
    explicit TrustStore(const QString &filePath);
    ~TrustStore();
    TrustStore(const TrustStore &) = delete;
    TrustStore &operator=(const TrustStore &) = delete;

    // Empty when the server has never been trusted.
    QString pinnedFingerprint(const QString &host, quint16 port) const;
    void pin(const QString &host, quint16 port, const QString &fingerprint);
    void forget(const QString &host, quint16 port);

private:
    static QString key(const QString &host, quint16 port);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ejournal::client

// Pinned server certificate fingerprints, stored with QSettings.
#include "truststore.h"

#include <QCryptographicHash>
#include <QSettings>

namespace ejournal::client {

QString certificateFingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

TrustStore::TrustStore()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("ejournal"),
                                             QStringLiteral("known-servers")))
{
}

TrustStore::TrustStore(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

TrustStore::~TrustStore() = default;

QString TrustStore::key(const QString &host, quint16 port)
{
    return QStringLiteral("pins/%1:%2").arg(host.trimmed().toLower()).arg(port);
}

QString TrustStore::pinnedFingerprint(const QString &host, quint16 port) const
{
    return m_settings->value(key(host, port)).toString();
}

void TrustStore::pin(const QString &host, quint16 port, const QString &fingerprint)
{
    m_settings->setValue(key(host, port), fingerprint);
    m_settings->sync();
}

void TrustStore::forget(const QString &host, quint16 port)
{
    m_settings->remove(key(host, port));
    m_settings->sync();
}

} // namespace ejournal::client

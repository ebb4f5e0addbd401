// The client's remembered server address and login.
#include "clientsettings.h"

#include <QSettings>

namespace ejournal::client {

ClientSettings::ClientSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("ejournal"),
                                             QStringLiteral("ejournal-client")))
{
}

ClientSettings::ClientSettings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

ClientSettings::~ClientSettings() = default;

QString ClientSettings::host() const
{
    return m_settings->value(QStringLiteral("server/host"), QStringLiteral("localhost")).toString();
}

quint16 ClientSettings::port() const
{
    const uint port = m_settings->value(QStringLiteral("server/port"), kDefaultPort).toUInt();
    return port > 0 && port <= 65535 ? quint16(port) : kDefaultPort;
}

QString ClientSettings::login() const
{
    return m_settings->value(QStringLiteral("user/login")).toString();
}

void ClientSettings::remember(const QString &host, quint16 port, const QString &login)
{
    m_settings->setValue(QStringLiteral("server/host"), host);
    m_settings->setValue(QStringLiteral("server/port"), port);
    m_settings->setValue(QStringLiteral("user/login"), login);
    m_settings->sync();
}

} // namespace ejournal::client

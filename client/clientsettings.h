// What the client remembers between runs: the last server address, port and login
// (QSettings in the user's config dir, or a given INI file for tests).
#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace ejournal::client {

constexpr quint16 kDefaultPort = 7443;

class ClientSettings
{
public:
    ClientSettings();
    explicit ClientSettings(const QString &filePath);
    ~ClientSettings();
    ClientSettings(const ClientSettings &) = delete;
    ClientSettings &operator=(const ClientSettings &) = delete;

    QString host() const;
    quint16 port() const;
    QString login() const;
    void remember(const QString &host, quint16 port, const QString &login);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ejournal::client

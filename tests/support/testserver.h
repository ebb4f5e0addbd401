// A running ejournal server for integration and GUI tests: a fresh database in the shared
// test cluster, its own TLS identity in a temporary directory, listening on 127.0.0.1 on a
// free port, in the calling thread (drive it with QTRY_* / the event loop).
#pragma once

#include "dbparams.h"

#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ejournal::server {
class Server;
}

class TestServer
{
public:
    TestServer();
    ~TestServer();

    // Creates the database (once) and starts listening. Returns false with a reason.
    bool start(QString *error);
    void stop();
    // Stops, makes a new self-signed certificate, starts again on the same port.
    bool restartWithNewCertificate(QString *error);

    quint16 port() const;
    QString fingerprint() const;           // "AB:CD:..." SHA-256 of the certificate
    QSslCertificate certificate() const;
    ejournal::server::Server *server() const;
    // Owner connection parameters of this server's database (for direct checks in tests).
    ejournal::server::DbParams ownerParams() const;

    // Inserts a user of the test school straight into the database; returns its id (or -1).
    qint64 createUser(const QString &login, const QString &password, const QStringList &roles,
                      bool mustChangePassword = false, const QString &fullName = {});
    // Runs one SQL statement as the owner role (test set-up only); false on error.
    bool exec(const QString &sql, QString *error = nullptr);

    // Server options applied by the next start().
    int idleTimeoutSeconds = 1800;
    int absoluteTimeoutSeconds = 12 * 3600;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// A running ejournal server for integration and GUI tests.
#include "testserver.h"

#include "bootstrap.h"
#include "secrets.h"
#include "server.h"
#include "testcluster.h"
#include "tlsidentity.h"

#include <QHostAddress>

using namespace ejournal::server;

struct TestServer::Impl
{
    DbParams params;
    TlsIdentity identity;
    std::unique_ptr<Server> server;
    quint16 port = 0;
    qint64 schoolId = 0;
};

TestServer::TestServer() : d(std::make_unique<Impl>()) {}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(QString *error)
{
    if (!secrets::init()) {
        *error = QStringLiteral("libsodium could not be initialised");
        return false;
    }
    TestCluster &cluster = TestCluster::instance();
    if (!cluster.ok()) {
        *error = cluster.error();
        return false;
    }
    if (d->params.database.isEmpty()) {
        d->params = cluster.createDatabase(QStringLiteral("srv"));
        if (d->params.database.isEmpty()) {
            *error = cluster.error();
            return false;
        }
    }
    if (d->identity.certificate.isNull()
        && !TlsIdentity::generate(QStringLiteral("localhost"), &d->identity, error))
        return false;
    ServerOptions options;
    options.listenAddress = QHostAddress::LocalHost;
    options.port = d->port;
    options.workers = 3;
    options.settings.idleTimeoutSeconds = idleTimeoutSeconds;
    options.settings.absoluteTimeoutSeconds = absoluteTimeoutSeconds;
    d->server = std::make_unique<Server>(options, d->params, d->identity);
    if (!d->server->start(error)) {
        d->server.reset();
        return false;
    }
    d->port = d->server->port();
    if (d->schoolId == 0) {
        TestConnection db(d->params);
        d->schoolId = db.value(QStringLiteral("SELECT id FROM school WHERE name = 'Тестовая школа'")).toLongLong();
        if (d->schoolId == 0) {
            NewSchool school;
            try {
                if (!createSchool(db.database(), QStringLiteral("Тестовая школа"),
                                  QStringLiteral("root-admin"), QStringLiteral("Главный администратор"),
                                  &school, error))
                    return false;
            } catch (const DbFailure &e) {
                *error = QString::fromStdString(e.what());
                return false;
            }
            d->schoolId = school.schoolId;
        }
    }
    return true;
}

void TestServer::stop()
{
    if (d->server)
        d->server->stop();
    d->server.reset();
}

bool TestServer::restartWithNewCertificate(QString *error)
{
    stop();
    if (!TlsIdentity::generate(QStringLiteral("localhost"), &d->identity, error))
        return false;
    return start(error);
}

quint16 TestServer::port() const
{
    return d->port;
}

QString TestServer::fingerprint() const
{
    return d->identity.fingerprint();
}

QSslCertificate TestServer::certificate() const
{
    return d->identity.certificate;
}

Server *TestServer::server() const
{
    return d->server.get();
}

DbParams TestServer::ownerParams() const
{
    return d->params;
}

qint64 TestServer::createUser(const QString &login, const QString &password,
                              const QStringList &roles, bool mustChangePassword,
                              const QString &fullName)
{
    TestConnection db(d->params);
    try {
        return ejournal::server::createUser(db.database(), d->schoolId, login,
                                            fullName.isEmpty() ? login : fullName, roles, password,
                                            mustChangePassword);
    } catch (const DbFailure &e) {
        qWarning("createUser failed: %s", e.what());
        return -1;
    }
}

bool TestServer::exec(const QString &sql, QString *error)
{
    TestConnection db(d->params);
    const bool ok = db.exec(sql);
    if (!ok && error)
        *error = db.error();
    return ok;
}

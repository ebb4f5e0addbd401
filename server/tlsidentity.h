// The server's TLS identity: a certificate and private key loaded from files or, on first
// start, a self-signed ECDSA P-256 certificate generated into the data directory; and the
// TLS configuration the listener uses (TLS 1.2+, ECDHE key exchange, AEAD ciphers only).
#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

namespace ejournal::server {

struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;

    // <dataDir>/server.crt and server.key; generated when both are missing (created = true).
    // The key file is written readable by its owner only.
    static bool loadOrCreate(const QString &dataDir, TlsIdentity *out, bool *created,
                             QString *error);
    static bool loadFiles(const QString &certPath, const QString &keyPath, TlsIdentity *out,
                          QString *error);
    // A fresh self-signed certificate for the host name, valid for ten years.
    static bool generate(const QString &hostName, TlsIdentity *out, QString *error);

    QString fingerprint() const;
};

// "AB:CD:..." — SHA-256 of the DER certificate, as the client shows it.
QString fingerprintOf(const QSslCertificate &certificate);

QSslConfiguration serverTlsConfiguration(const TlsIdentity &identity);

} // namespace ejournal::server

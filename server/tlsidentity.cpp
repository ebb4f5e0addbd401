// The server's TLS identity and TLS configuration. Certificates are made with OpenSSL's
// libcrypto (Qt has no API to create one).
#include "tlsidentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QSaveFile>
#include <QSslCipher>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ejournal::server {

namespace {
template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Ext = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    Ext ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions perms,
               QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(perms)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

bool TlsIdentity::generate(const QString &hostName, TlsIdentity *out, QString *error)
{
    PKey key(EVP_EC_gen("P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert) {
        *error = QStringLiteral("OpenSSL could not create an ECDSA P-256 key");
        return false;
    }
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_set_version(cert.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 366 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    const QByteArray cn = hostName.toUtf8();
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("ejournal"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    const QByteArray san = "DNS:" + cn + ",DNS:localhost,IP:127.0.0.1,IP:::1";
    const bool ok = addExtension(cert.get(), NID_subject_alt_name, san)
        && addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(cert.get(), NID_key_usage, "critical,digitalSignature")
        && addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        && X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok) {
        *error = QStringLiteral("OpenSSL could not sign the self-signed certificate");
        return false;
    }
    Bio certBio(BIO_new(BIO_s_mem()));
    Bio keyBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certBio.get(), cert.get());
    PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    out->certificate = QSslCertificate(bioBytes(certBio.get()), QSsl::Pem);
    out->key = QSslKey(bioBytes(keyBio.get()), QSsl::Ec, QSsl::Pem);
    if (out->certificate.isNull() || out->key.isNull()) {
        *error = QStringLiteral("the generated certificate could not be loaded");
        return false;
    }
    return true;
}

bool TlsIdentity::loadFiles(const QString &certPath, const QString &keyPath, TlsIdentity *out,
                            QString *error)
{
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read certificate %1: %2").arg(certPath, certFile.errorString());
        return false;
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read private key %1: %2").arg(keyPath, keyFile.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certPath);
        return false;
    }
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM private key (EC or RSA)").arg(keyPath);
        return false;
    }
    out->certificate = chain.first();
    out->key = key;
    return true;
}

bool TlsIdentity::loadOrCreate(const QString &dataDir, TlsIdentity *out, bool *created,
                               QString *error)
{
    const QString certPath = QDir(dataDir).filePath(QStringLiteral("server.crt"));
    const QString keyPath = QDir(dataDir).filePath(QStringLiteral("server.key"));
    *created = false;
    if (QFile::exists(certPath) || QFile::exists(keyPath))
        return loadFiles(certPath, keyPath, out, error);
    if (!generate(QHostInfo::localHostName(), out, error))
        return false;
    if (!writeFile(keyPath, out->key.toPem(), QFileDevice::ReadOwner | QFileDevice::WriteOwner,
                   error)
        || !writeFile(certPath, out->certificate.toPem(),
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                          | QFileDevice::ReadOther,
                      error))
        return false;
    *created = true;
    return true;
}

QString TlsIdentity::fingerprint() const
{
    return fingerprintOf(certificate);
}

QString fingerprintOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(
        certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QSslConfiguration serverTlsConfiguration(const TlsIdentity &identity)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setLocalCertificate(identity.certificate);
    config.setPrivateKey(identity.key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    QList<QSslCipher> ciphers;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 = name.startsWith(QLatin1String("TLS_"));  // always ECDHE/DHE + AEAD
        const bool ecdheAead = name.startsWith(QLatin1String("ECDHE-"))
            && (name.contains(QLatin1String("GCM")) || name.contains(QLatin1String("CHACHA20")));
        if (tls13 || ecdheAead)
            ciphers.append(cipher);
    }
    config.setCiphers(ciphers);
    return config;
}

} // namespace ejournal::server

// Parsing of postgresql:// URLs (the libpq URI form, one host) into DbParams, and applying
// DbParams to a QPSQL connection. Extra query parameters become QPSQL connect options.
#include "dbparams.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringList>

#include <algorithm>

namespace ejournal::server {

namespace {

const QStringList kSchemes = {QStringLiteral("postgresql://"), QStringLiteral("postgres://")};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Decodes %XX sequences (UTF-8); a '%' not followed by two hex digits is an error.
bool percentDecode(const QString &text, const QString &part, QString *out, QString *error)
{
    static const QRegularExpression badEscape(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    if (text.contains(badEscape))
        return fail(error, QStringLiteral("bad percent-encoding in the %1 of the database URL: "
                                          "'%' must be followed by two hex digits")
                               .arg(part));
    *out = QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
    return true;
}

bool parsePort(const QString &text, int *port, QString *error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(text).hasMatch() || !ok || value < 1 || value > 65535)
        return fail(error, QStringLiteral("bad port '%1' in the database URL: "
                                          "expected a number from 1 to 65535")
                               .arg(text));
    *port = value;
    return true;
}

// Splits "host", "host:port", "[v6]" or "[v6]:port"; the host part stays percent-encoded.
bool splitHostPort(const QString &hostPort, QString *host, QString *port, QString *error)
{
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return fail(error, QStringLiteral("bad host '%1' in the database URL: "
                                              "missing ']' after an IPv6 address")
                                   .arg(hostPort));
        *host = hostPort.mid(1, close - 1);
        const QString rest = hostPort.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return fail(error, QStringLiteral("bad host '%1' in the database URL").arg(hostPort));
        *port = rest.mid(1);
        return true;
    }
    const qsizetype colon = hostPort.lastIndexOf(u':');
    *host = colon < 0 ? hostPort : hostPort.left(colon);
    *port = colon < 0 ? QString() : hostPort.mid(colon + 1);
    return true;
}

// "user:password@host:port" into the fields of *out.
bool parseAuthority(const QString &authority, DbParams *out, QString *error)
{
    if (authority.contains(u','))
        return fail(error, QStringLiteral("the database URL names several hosts; "
                                          "only one host is supported"));
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        const qsizetype colon = userInfo.indexOf(u':');
        if (!percentDecode(userInfo.left(colon), QStringLiteral("user name"), &out->user, error))
            return false;
        if (colon >= 0
            && !percentDecode(userInfo.mid(colon + 1), QStringLiteral("password"), &out->password,
                              error))
            return false;
    }
    QString host, port;
    if (!splitHostPort(authority.mid(at + 1), &host, &port, error))
        return false;
    if (!port.isEmpty() && !parsePort(port, &out->port, error))
        return false;
    return percentDecode(host, QStringLiteral("host"), &out->host, error);
}

// A libpq connection-string value: quoted when it holds a space, quote or backslash.
QString libpqValue(const QString &value)
{
    static const QRegularExpression needsQuotes(QStringLiteral("[\\s'\\\\]"));
    if (!value.isEmpty() && !value.contains(needsQuotes))
        return value;
    QString quoted = value;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + quoted + u'\'';
}

// One "key=value" query parameter: the connection fields are set, the rest become options.
bool applyQueryParameter(const QString &item, DbParams *out, QStringList *options, QString *error)
{
    static const QHash<QString, QString DbParams::*> fields = {
        {QStringLiteral("host"), &DbParams::host},
        {QStringLiteral("user"), &DbParams::user},
        {QStringLiteral("password"), &DbParams::password},
        {QStringLiteral("dbname"), &DbParams::database},
    };
    static const QRegularExpression optionName(QStringLiteral("^[a-z_]+$"));

    const qsizetype eq = item.indexOf(u'=');
    if (eq <= 0)
        return fail(error, QStringLiteral("bad query parameter '%1' in the database URL: "
                                          "expected key=value")
                               .arg(item));
    QString key, value;
    if (!percentDecode(item.left(eq), QStringLiteral("query"), &key, error)
        || !percentDecode(item.mid(eq + 1), QStringLiteral("query"), &value, error))
        return false;
    if (key == u"port")
        return parsePort(value, &out->port, error);
    if (const auto field = fields.value(key)) {
        out->*field = value;
        return true;
    }
    if (!optionName.match(key).hasMatch())
        return fail(error, QStringLiteral("bad query parameter name '%1' in the database URL")
                               .arg(key));
    // QPSQL turns every ';' of the connect options into a separator.
    if (value.contains(u';'))
        return fail(error, QStringLiteral("the value of '%1' in the database URL must not "
                                          "contain ';'")
                               .arg(key));
    options->append(key + u'=' + libpqValue(value));
    return true;
}

bool parseQuery(const QString &query, DbParams *out, QString *error)
{
    QStringList options;
    const QStringList items = query.split(u'&', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        if (!applyQueryParameter(item, out, &options, error))
            return false;
    }
    out->options = options.join(u';');
    return true;
}

QString encoded(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding(keep));
}

} // namespace

bool DbParams::fromUrl(const QString &url, DbParams *out, QString *error)
{
    const auto scheme = std::find_if(kSchemes.cbegin(), kSchemes.cend(), [&](const QString &s) {
        return url.startsWith(s, Qt::CaseInsensitive);
    });
    if (scheme == kSchemes.cend() && url.contains(QStringLiteral("://")))
        return fail(error, QStringLiteral("unsupported database URL scheme '%1': expected "
                                          "postgresql:// or postgres://")
                               .arg(url.section(QStringLiteral("://"), 0, 0)));
    if (scheme == kSchemes.cend())
        return fail(error, QStringLiteral("the database URL must start with postgresql:// "
                                          "(postgresql://user:password@host:port/database)"));
    if (url.contains(u'#'))
        return fail(error, QStringLiteral("the database URL must not contain '#' "
                                          "(percent-encode it as %23)"));

    DbParams params;
    const QString rest = url.mid(scheme->size());
    const QString beforeQuery = rest.section(u'?', 0, 0);
    const qsizetype slash = beforeQuery.indexOf(u'/');
    const QString authority = slash < 0 ? beforeQuery : beforeQuery.left(slash);
    const QString path = slash < 0 ? QString() : beforeQuery.mid(slash + 1);

    if (!parseAuthority(authority, &params, error)
        || !percentDecode(path, QStringLiteral("database name"), &params.database, error)
        || !parseQuery(rest.section(u'?', 1), &params, error))
        return false;
    if (params.database.isEmpty())
        return fail(error, QStringLiteral("the database URL has no database name: expected "
                                          "postgresql://host/database"));
    *out = params;
    return true;
}

QString DbParams::display() const
{
    const bool socketDir = host.startsWith(u'/');
    const QString authorityHost = socketDir ? QString()
                                  : host.contains(u':') ? u'[' + host + u']'
                                                        : encoded(host);
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += encoded(user) + u'@';
    text += authorityHost + u':' + QString::number(port) + u'/' + encoded(database);

    QStringList query;
    if (socketDir)
        query.append(QStringLiteral("host=") + encoded(host, "/"));
    if (!options.isEmpty())
        query.append(options.split(u';', Qt::SkipEmptyParts));
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

QSqlDatabase DbParams::addConnection(const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(database);
    db.setConnectOptions(options);
    return db;
}

} // namespace ejournal::server

// Server error codes, socket and TLS failures turned into translated sentences.
#include "errortext.h"

namespace ejournal::client {

namespace {
QString reasonOf(const Error &error)
{
    return error.details.value(QLatin1String("reason")).toString();
}
} // namespace

QString ErrorText::forReply(const Reply &reply)
{
    switch (reply.status) {
    case Reply::Status::Ok:
        return {};
    case Reply::Status::ConnectionLost:
        return connectionLost();
    case Reply::Status::ServerError:
        break;
    }
    return forError(reply.error);
}

QString ErrorText::forError(const Error &error)
{
    switch (error.code) {
    case ErrorCode::BadRequest:
        return tr("The server did not understand the request. This version of the program may "
                  "be out of date.");
    case ErrorCode::UnsupportedProtocol:
        return tr("This version of the program cannot work with this server. Install the "
                  "version that matches the server.");
    case ErrorCode::Unauthenticated:
        return sessionEnded(error);
    case ErrorCode::Forbidden:
        if (reasonOf(error) == QLatin1String("password_change_required"))
            return tr("You need to change your password before you continue.");
        return tr("You do not have permission to do this.");
    case ErrorCode::NotFound:
        return tr("The record was not found. It may have been deleted or changed by another "
                  "user. Refresh the list and try again.");
    case ErrorCode::Invalid:
        return tr("Some values are not filled in correctly. Check them and try again.");
    case ErrorCode::Conflict:
        return tr("Someone else has changed this data in the meantime. Refresh it and try again.");
    case ErrorCode::RateLimited: {
        const int seconds = int(error.details.value(QLatin1String("retryAfter")).toInteger());
        if (seconds <= 0)
            return tr("Too many failed attempts. Try again later.");
        return tr("Too many failed attempts.") + QLatin1Char(' ') + retryAfter(seconds);
    }
    case ErrorCode::FrameTooLarge:
        return tr("The request is too large for the server.");
    case ErrorCode::Internal:
        break;
    }
    return tr("The server could not complete the request; nothing was changed. Try again later "
              "or contact the system administrator.");
}

QString ErrorText::forLogin(const Reply &reply)
{
    if (reply.isError(ErrorCode::Unauthenticated))
        return tr("Wrong login or password.");
    if (reply.isError(ErrorCode::Forbidden))
        return tr("Your account is blocked. Contact the system administrator.");
    return forReply(reply);
}

QString ErrorText::sessionEnded(const Error &error)
{
    const QString reason = reasonOf(error);
    if (reason == QLatin1String("expired"))
        return tr("Your session has expired. Please sign in again.");
    if (reason == QLatin1String("revoked"))
        return tr("Your session was ended by the system administrator. Please sign in again.");
    if (reason == QLatin1String("password_changed"))
        return tr("Your password was changed in another session. Please sign in with the new "
                  "password.");
    if (reason == QLatin1String("blocked"))
        return tr("Your account has been blocked. Contact the system administrator.");
    if (reason == QLatin1String("logout"))
        return tr("You have signed out in another window. Please sign in again.");
    return tr("Your session has ended. Please sign in again.");
}

QString ErrorText::retryAfter(int seconds)
{
    if (seconds < 120)
        return tr("Try again in %n second(s).", nullptr, seconds);
    return tr("Try again in %n minute(s).", nullptr, (seconds + 59) / 60);
}

QString ErrorText::connectionLost()
{
    return tr("The connection to the server was lost before it answered. Check the result once "
              "the connection is restored.");
}

QString ErrorText::socketError(QAbstractSocket::SocketError error, const QString &host, quint16 port,
                               const QString &detail)
{
    const QString server = QStringLiteral("%1:%2").arg(host).arg(port);
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("The server %1 does not accept connections. Check the address and the port, "
                  "and that the server is running.").arg(server);
    case QAbstractSocket::HostNotFoundError:
        return tr("The server %1 was not found. Check the address.").arg(host);
    case QAbstractSocket::SocketTimeoutError:
        return tr("The server %1 did not answer in time. Check the network connection.").arg(server);
    case QAbstractSocket::RemoteHostClosedError:
        return tr("The server %1 closed the connection.").arg(server);
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::TemporaryError:
        return tr("The network is unavailable. Check the network connection.");
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return tr("A secure connection to %1 could not be established.").arg(server);
    default:
        break;
    }
    if (detail.isEmpty())
        return tr("Could not connect to the server %1.").arg(server);
    return tr("Could not connect to the server %1: %2").arg(server, detail);
}

QString ErrorText::tlsError(const QSslError &error)
{
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return tr("The server's certificate has expired. Contact the system administrator.");
    case QSslError::CertificateNotYetValid:
        return tr("The server's certificate is not valid yet. Check the date and time on this "
                  "computer.");
    default:
        break;
    }
    return tr("The server's certificate failed verification (%1). Contact the system "
              "administrator.").arg(error.errorString());
}

QString ErrorText::protocolError()
{
    return tr("The server sent a message this program cannot read. The connection was closed.");
}

QString ErrorText::certificateChanged(const QString &host, quint16 port)
{
    return tr("The certificate of the server %1:%2 has changed since you last connected. "
              "Someone may be trying to intercept the connection, so it was refused. Do not "
              "continue: contact the system administrator.").arg(host).arg(port);
}

} // namespace ejournal::client

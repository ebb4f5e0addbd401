// Readable, translated messages for everything that can go wrong: server error codes with
// their details, lost connections, socket and TLS failures. The user never sees a raw code.
#pragma once

#include "reply.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QSslError>
#include <QString>

namespace ejournal::client {

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    // Any failed request (empty for a successful reply).
    static QString forReply(const Reply &reply);
    static QString forError(const Error &error);
    // auth.login: "unauthenticated" there means a wrong login or password.
    static QString forLogin(const Reply &reply);
    // The server no longer accepts the session (auth.resume failed, or a request was refused).
    static QString sessionEnded(const Error &error);
    // "Try again in N seconds/minutes." for rate_limited.
    static QString retryAfter(int seconds);

    static QString connectionLost();
    static QString socketError(QAbstractSocket::SocketError error, const QString &host, quint16 port,
                               const QString &detail);
    static QString tlsError(const QSslError &error);
    static QString protocolError();
    static QString certificateChanged(const QString &host, quint16 port);
};

} // namespace ejournal::client

// The request/response/event envelope and the fixed error codes of the protocol.
#pragma once

#include <QCborMap>
#include <QCborValue>
#include <QString>

namespace ejournal {

enum class ErrorCode {
    BadRequest,
    UnsupportedProtocol,
    Unauthenticated,
    Forbidden,
    NotFound,
    Invalid,
    Conflict,
    RateLimited,
    FrameTooLarge,
    Internal,
};

constexpr int kProtocolVersion = 1;

QString errorCodeName(ErrorCode code);
// Unknown names map to Internal.
ErrorCode errorCodeFromName(const QString &name);

// A server-side failure that travels back to the caller as an error response.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QCborMap details;
};

// One decoded message as the envelope defines it.
struct Envelope
{
    enum class Kind { Request, Result, Error, Event };
    Kind kind = Kind::Request;
    quint64 id = 0;
    QString method;     // request
    QCborMap params;    // request
    QCborValue result;  // result
    Error error;        // error
    QString event;      // event
    QCborMap data;      // event
};

// Classifies a decoded map; returns false with a reason when it fits none of the shapes.
bool parseEnvelope(const QCborMap &map, Envelope *out, QString *why);

QCborMap makeRequest(quint64 id, const QString &method, const QCborMap &params = {});
QCborMap makeResult(quint64 id, const QCborValue &result);
QCborMap makeError(quint64 id, const Error &error);
QCborMap makeEvent(const QString &event, const QCborMap &data);

} // namespace ejournal

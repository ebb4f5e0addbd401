// The request/response/event envelope and the fixed error codes of the protocol.
#include "envelope.h"

#include <array>

namespace ejournal {

namespace {
struct CodeName
{
    ErrorCode code;
    const char *name;
};
constexpr std::array kCodes{
    CodeName{ErrorCode::BadRequest, "bad_request"},
    CodeName{ErrorCode::UnsupportedProtocol, "unsupported_protocol"},
    CodeName{ErrorCode::Unauthenticated, "unauthenticated"},
    CodeName{ErrorCode::Forbidden, "forbidden"},
    CodeName{ErrorCode::NotFound, "not_found"},
    CodeName{ErrorCode::Invalid, "invalid"},
    CodeName{ErrorCode::Conflict, "conflict"},
    CodeName{ErrorCode::RateLimited, "rate_limited"},
    CodeName{ErrorCode::FrameTooLarge, "frame_too_large"},
    CodeName{ErrorCode::Internal, "internal"},
};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &c : kCodes)
        if (c.code == code)
            return QString::fromLatin1(c.name);
    return QStringLiteral("internal");
}

ErrorCode errorCodeFromName(const QString &name)
{
    for (const auto &c : kCodes)
        if (name == QLatin1String(c.name))
            return c.code;
    return ErrorCode::Internal;
}

bool parseEnvelope(const QCborMap &map, Envelope *out, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    Envelope env;
    if (map.contains(QStringLiteral("event"))) {
        const QCborValue event = map.value(QStringLiteral("event"));
        if (!event.isString())
            return fail(QStringLiteral("\"event\" must be text"));
        env.kind = Envelope::Kind::Event;
        env.event = event.toString();
        env.data = map.value(QStringLiteral("data")).toMap();
        *out = env;
        return true;
    }
    const QCborValue id = map.value(QStringLiteral("id"));
    if (!id.isInteger() || id.toInteger() < 0)
        return fail(QStringLiteral("\"id\" must be an unsigned integer"));
    env.id = quint64(id.toInteger());
    out->id = env.id;  // known even when the rest is wrong, so an error can name the request
    if (map.contains(QStringLiteral("method"))) {
        const QCborValue method = map.value(QStringLiteral("method"));
        if (!method.isString() || method.toString().isEmpty())
            return fail(QStringLiteral("\"method\" must be non-empty text"));
        const QCborValue params = map.value(QStringLiteral("params"));
        if (!params.isUndefined() && !params.isNull() && !params.isMap())
            return fail(QStringLiteral("\"params\" must be a map"));
        env.kind = Envelope::Kind::Request;
        env.method = method.toString();
        env.params = params.toMap();
    } else if (map.contains(QStringLiteral("error"))) {
        const QCborMap err = map.value(QStringLiteral("error")).toMap();
        env.kind = Envelope::Kind::Error;
        env.error.code = errorCodeFromName(err.value(QStringLiteral("code")).toString());
        env.error.message = err.value(QStringLiteral("message")).toString();
        env.error.details = err.value(QStringLiteral("details")).toMap();
    } else if (map.contains(QStringLiteral("result"))) {
        env.kind = Envelope::Kind::Result;
        env.result = map.value(QStringLiteral("result"));
    } else {
        return fail(QStringLiteral("message has neither \"method\", \"result\" nor \"error\""));
    }
    *out = env;
    return true;
}

QCborMap makeRequest(quint64 id, const QString &method, const QCborMap &params)
{
    return QCborMap{{QStringLiteral("id"), qint64(id)},
                    {QStringLiteral("method"), method},
                    {QStringLiteral("params"), params}};
}

QCborMap makeResult(quint64 id, const QCborValue &result)
{
    return QCborMap{{QStringLiteral("id"), qint64(id)}, {QStringLiteral("result"), result}};
}

QCborMap makeError(quint64 id, const Error &error)
{
    QCborMap err{{QStringLiteral("code"), errorCodeName(error.code)},
                 {QStringLiteral("message"), error.message}};
    if (!error.details.isEmpty())
        err.insert(QStringLiteral("details"), error.details);
    return QCborMap{{QStringLiteral("id"), qint64(id)}, {QStringLiteral("error"), err}};
}

QCborMap makeEvent(const QString &event, const QCborMap &data)
{
    return QCborMap{{QStringLiteral("event"), event}, {QStringLiteral("data"), data}};
}

} // namespace ejournal

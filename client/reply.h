// The outcome of one request to the server: a result, an error the server sent, or a
// connection that was lost before the answer came.
#pragma once

#include "envelope.h"

#include <QCborValue>

#include <functional>

namespace ejournal::client {

struct Reply
{
    enum class Status { Ok, ServerError, ConnectionLost };

    Status status = Status::Ok;
    QCborValue result;  // Ok only
    Error error;        // ServerError only

    bool ok() const { return status == Status::Ok; }
    bool isError(ErrorCode code) const { return status == Status::ServerError && error.code == code; }

    static Reply success(const QCborValue &result) { return {Status::Ok, result, {}}; }
    static Reply failure(const Error &error) { return {Status::ServerError, {}, error}; }
    static Reply lost() { return {Status::ConnectionLost, {}, {}}; }
};

using ReplyHandler = std::function<void(const Reply &)>;

} // namespace ejournal::client

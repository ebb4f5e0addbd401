// The method catalogue: every protocol method with the state it needs, the capability it
// needs and the parameters it takes. The server's dispatcher and system.methods are built
// from this one table; common/PROTOCOL.md documents each entry.
#pragma once

#include "access.h"

#include <QCborMap>
#include <QList>
#include <QString>

namespace ejournal {

enum class Stage {
    Connected,      // allowed right after the TLS handshake (hello)
    Greeted,        // after hello (auth.login, auth.resume)
    Authenticated,  // after a successful login or resume
};

enum class ParamType {
    Text,
    Integer,
    Boolean,
    Map,
    Array,
    Date,    // text "YYYY-MM-DD" naming a real date
    Number,  // integer or floating point (e.g. hours per week: 1.5)
    Bytes,   // CBOR byte string (file contents)
};

struct ParamSpec
{
    QString name;
    ParamType type;
    bool required = true;
    int maxLength = 0;  // text only; 0 = no limit beyond the frame size
};

struct MethodInfo
{
    QString name;
    QString summary;
    Stage stage = Stage::Authenticated;
    Capability capability = Capability::Authenticated;
    QList<ParamSpec> params;
    // Callable while the user still has to change a one-time password.
    bool beforePasswordChange = false;
};

const QList<MethodInfo> &methodCatalogue();
const MethodInfo *findMethod(const QString &name);

// Checks params against the method's spec. Returns an empty map when they fit, otherwise
// a map of parameter name -> what is wrong with it (unknown, missing, wrong type, too long).
QCborMap checkParams(const MethodInfo &method, const QCborMap &params);

} // namespace ejournal

// The server's validation problems of the structure methods (English reasons under
// `details`, common/PROTOCOL.md "Structure methods") put into Russian for the forms: each
// known reason has its sentence; names and dates are carried over, dates as dd.MM.yyyy.
#pragma once

#include "reply.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace ejournal::client {

class StructureErrors
{
    Q_DECLARE_TR_FUNCTIONS(StructureErrors)
public:
    // One field's problem as the user reads it.
    static QString problem(const QString &reason);
    // Every field's problem of an `invalid` reply: details key → translated problem.
    static QMap<QString, QString> problems(const Reply &reply);
    // The message for the top of a form or page: the problems of an `invalid` reply (each
    // once), otherwise ErrorText's sentence for the failure.
    static QString summary(const Reply &reply);
};

} // namespace ejournal::client

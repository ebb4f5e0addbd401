// Texts the plan and journal-settings pages share: hours and dates as a Russian teacher reads
// them, and the server's validation problems of the plan, kinds-of-work and settings methods
// (English reasons under `details`, common/PROTOCOL.md) put into Russian for the forms.
#pragma once

#include "reply.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

namespace ejournal::client {

class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)
public:
    // "1", "1,5" (hours and weights: at most one decimal, Russian comma).
    static QString number(double value);
    // "05.09.2026" for "2026-09-05"; empty for none.
    static QString date(const QString &iso);
    static QDate parseDate(const QString &iso);
    // One field's problem as the user reads it (the reason is kept when unknown).
    static QString problem(const QString &reason);
    // details key → translated problem of an `invalid` reply.
    static QMap<QString, QString> problems(const Reply &reply);
    // The sentence for the top of a form or page: the problems of an `invalid` reply (each
    // once), otherwise ErrorText's sentence for the failure.
    static QString summary(const Reply &reply);
};

} // namespace ejournal::client

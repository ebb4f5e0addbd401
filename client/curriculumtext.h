// Words and numbers of the curriculum page: hours as Russian users write them, teachers'
// short names, the coverage statuses with their colours, and the server's refusals of
// curriculum and load requests turned into translated sentences and per-field notes.
#pragma once

#include "reply.h"

#include <QCoreApplication>
#include <QColor>
#include <QMap>
#include <QString>

namespace ejournal::client {

class CurriculumText
{
    Q_DECLARE_TR_FUNCTIONS(CurriculumText)
public:
    // "5", "1,5" (the locale's decimal separator); "" for 0 when `blankZero`.
    static QString hours(double value, bool blankZero = false);
    // "Иванова М. П." from "Иванова Мария Петровна".
    static QString shortName(const QString &fullName);

    // Coverage statuses: ok, unassigned, under, over, unplanned.
    static QString statusName(const QString &status);
    static QColor statusColor(const QString &status);
    static bool isProblem(const QString &status) { return status != QLatin1String("ok"); }
    // In the order the page lists them (worst first).
    static QStringList statuses();

    // A refused curriculum.set: the weekly maximum with the server's numbers when that was
    // the reason, otherwise the general text.
    static QString planRefusal(const Reply &reply, const QString &className, int grade);
    // The message on top of a form for a refused request.
    static QString formMessage(const Reply &reply);
    // details {parameter: problem} in Russian, one note per parameter.
    static QMap<QString, QString> fieldProblems(const Reply &reply);
    // One problem the server names for a parameter, in Russian.
    static QString problem(const QString &serverProblem);
};

} // namespace ejournal::client

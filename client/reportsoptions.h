// What a report's parameters and filters can take (reports.options): years, periods, classes,
// subjects, teachers, kinds of work and students, each as id and name, looked up by the kind
// of reference a catalogue field holds.
#pragma once

#include "reportcatalogue.h"

#include <QCborMap>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace ejournal::client {

struct ReportOption
{
    qint64 id = 0;
    QString name;
    QDate startsOn;  // periods
    QDate endsOn;
};

class ReportOptions
{
public:
    static ReportOptions fromCbor(const QCborMap &map);

    // Whether reports.options lists the references of this kind (groups and rooms it does not).
    bool hasList(reports::RefKind kind) const { return m_lists.contains(kind); }
    QList<ReportOption> list(reports::RefKind kind) const { return m_lists.value(kind); }
    QString nameOf(reports::RefKind kind, qint64 id) const;
    // The narrowest period that contains `day`, else the last one begun before it, else the
    // first; 0 when there are none.
    qint64 periodAround(const QDate &day) const;

private:
    QHash<reports::RefKind, QList<ReportOption>> m_lists;
};

} // namespace ejournal::client

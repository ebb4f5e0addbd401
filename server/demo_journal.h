// The demo school's filled journal up to its "today": a timetable placing the load, the
// year's dated lessons, a КТП for every load, lesson topics and homework from it, attendance,
// marks of various kinds with control works, and final marks of the periods already ended.
// Set-based SQL seeded with the demo's seed: a school of 1,000+ students fills in seconds.
#pragma once

#include "sql.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace ejournal::server::demo {

// The topics of a subject's course in a band of grades, in order (demo_topics.cpp).
struct DemoTopics
{
    QString subject;
    int fromGrade = 1;
    int toGrade = 11;
    QStringList topics;
};
const QList<DemoTopics> &demoTopics();

// Inside the demo's transaction, as the application role, after the load is written.
void fillDemoJournal(const Sql &sql, qint64 schoolId, qint64 yearId, const QDate &today,
                     quint32 seed);

} // namespace ejournal::server::demo

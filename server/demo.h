// The demo school behind `ejournal-server demo --students N`: fills a school made by `init`
// with a realistic Russian school (a current year with its periods, holidays and bells;
// subjects, classes, staff, students and guardians; subgroups, curriculum and teaching load)
// for demonstrations, screenshots and benchmarks. Deterministic for a given seed.
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace ejournal::server {

struct DemoOptions
{
    int students = 600;  // 11 to 5000
    QDate today = QDate::currentDate();
    quint32 seed = 20261126;
};

struct DemoSummary
{
    int classes = 0, students = 0, guardians = 0, staff = 0, subjects = 0, groups = 0,
        assignments = 0;
    QString yearName;
};

// Fills the school with a demo year, structure, people, curriculum and load. Runs as the
// application role (SET ROLE ejournal_app) in one transaction with one audit record
// ("school.demo"); refuses (false + error) when the school already has an academic year.
// A database failure also gives false with the reason; nothing is written then.
bool fillDemoSchool(QSqlDatabase db, qint64 schoolId, const DemoOptions &options,
                    DemoSummary *out, QString *error);

} // namespace ejournal::server

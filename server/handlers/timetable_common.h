// What the timetable handlers share: a version with its validity, the rows of entries and of
// load with denormalised names, who may read what (staff everything; students and guardians
// their own classes and children), and the `timetable.changed` event.
#pragma once

#include "checks.h"

#include <QCborArray>
#include <QCborMap>

namespace ejournal::server::handlers::timetable {

// Russian names sort with this collation.
inline constexpr char kCollate[] = "COLLATE \"ru-x-icu\"";

struct VersionInfo
{
    qint64 id = 0;
    QString name;
    QDate validFrom;
    QDate validTo;  // the day before the next version of the year starts, or the year's end
    QString source;
    YearInfo year;
    // The date whose class lists and group members the checks use: today kept inside
    // [validFrom, validTo].
    QDate referenceDate() const;
    QCborMap row(int entryCount) const;
};

// The version of the caller's school, or not_found.
VersionInfo versionOf(const RequestContext &ctx, qint64 versionId);
// The version in force on a date (the latest valid_from on or before it in the year that
// contains the date); id 0 when none.
VersionInfo versionOn(const RequestContext &ctx, const QDate &date);
// The versions of a year, by valid-from date.
QList<VersionInfo> versionsOfYear(const RequestContext &ctx, qint64 yearId);
int entryCount(const RequestContext &ctx, qint64 versionId);

// "Иванова М. П." of the staff row aliased `st`.
inline constexpr char kTeacherShort[] =
    "st.last_name || ' ' || left(st.first_name, 1) || '.'"
    " || CASE WHEN st.middle_name <> '' THEN ' ' || left(st.middle_name, 1) || '.' ELSE '' END";

// The joins that give a load row `a` its subject `s`, teacher `st`, group `g` and class `c`
// (the class of a class load or the class a subgroup splits; none for a stream).
QString loadJoins();
// The 11 columns loadFields() reads, from the aliases of loadJoins().
QString loadColumns();
// {assignmentId, subjectId, subjectName, subjectShort, staffId, teacherName, classId|null,
// className|null, groupId|null, groupName|null, targetName, hoursPerWeek}.
QCborMap loadFields(const QSqlQuery &q, int first);
// The ORDER BY terms of load in class order: class, group, subject.
QString loadOrder();

// Entries of a version with names, in week order, where `condition` (on the aliases of
// loadJoins() and the entry `e`, with `?` placeholders for `binds`) holds.
QCborArray entryRows(const RequestContext &ctx, qint64 versionId, const QString &condition,
                     const QVariantList &binds);
// The condition "the load (aliases of loadJoins()) concerns this class on that date": its own
// load, its subgroups', and streams with a member enrolled in the class. Appends its binds.
QString concernsClass(qint64 classId, const QDate &date, QVariantList *binds);

// True when the caller reads as staff (any staff role); false for students and guardians.
bool readsAsStaff(const RequestContext &ctx);
// The students the caller is, or is guardian of.
QList<qint64> ownStudentIds(const RequestContext &ctx);

// Queues the `timetable.changed` event for the caller's school.
void announceChange(RequestContext &ctx, qint64 versionId);

// Week parity of a date in a year: week 1 is the Monday–Sunday week that holds the year's first
// day; odd weeks 1, even 2.
int weekParityOn(const QDate &date, const QDate &yearStart);

// "Monday", ... for messages.
QString weekdayName(int weekday);
// "YYYY-MM-DD".
QString iso(const QDate &date);

} // namespace ejournal::server::handlers::timetable

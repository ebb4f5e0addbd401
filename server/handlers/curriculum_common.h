// What the curriculum and load handlers share: finding a class, subject or teacher of the
// caller's school, refusing changes to a closed year, reading weekly hours, the legal weekly
// maximum per grade, and extra audit rows when one request changes several objects.
#pragma once

#include "checks.h"

#include <QCborMap>

namespace ejournal::server::handlers::curriculum {

// Russian names sort with this collation (ICU, present in every PostgreSQL 15 build with ICU).
inline constexpr char kCollate[] = "COLLATE \"ru-x-icu\"";
// A staff member's full name from the row aliased `st`.
inline constexpr char kTeacherName[] =
    "concat_ws(' ', st.last_name, st.first_name, nullif(st.middle_name, ''))";

struct ClassInfo
{
    qint64 id = 0;
    int grade = 0;
    QString name;  // "5А"
    YearInfo year;  // id, name and state
};

struct NamedInfo
{
    qint64 id = 0;
    QString name;
    bool archived = false;
};

// The class of the caller's school, or not_found.
ClassInfo classOf(const RequestContext &ctx, qint64 classId);
// The subject (teacher) of the caller's school, or not_found.
NamedInfo subjectOf(const RequestContext &ctx, qint64 subjectId);
NamedInfo teacherOf(const RequestContext &ctx, qint64 staffId);

// Throws invalid (details[field]) when the year is closed; `what` names the object ("class 5А").
void requireOpenYear(const YearInfo &year, const QString &field, const QString &what);
// Throws invalid (details[field]) when the subject or the teacher is archived.
void requireActive(const NamedInfo &info, const QString &field, const QString &what);
// Throws invalid (details.classId) unless the class belongs to that year.
void requireClassInYear(const ClassInfo &cls, const YearInfo &year);

// The weekly hours parameter: a multiple of 0.5 from 0.5 (from 0 when zeroAllowed) to 40.
double hoursParam(const RequestContext &ctx, const QString &name, bool zeroAllowed);
// Hours as a message shows them: "29", "29.5".
QString hoursText(double hours);

// The legal maximum of weekly hours for a grade on a 5-day week (СанПиН 1.2.3685-21).
int weeklyMaximum(int grade);

// Locks a row against concurrent writers of the same object until the transaction ends.
// `table` is a fixed identifier from the handler, never user input.
void lockRow(const RequestContext &ctx, const char *table, qint64 id);

// The fields whose values differ between two versions of a row, as {before, after} maps.
std::pair<QCborMap, QCborMap> changedFields(const QCborMap &before, const QCborMap &after);

} // namespace ejournal::server::handlers::curriculum

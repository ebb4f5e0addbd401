// What the paper-copy handlers share: who may print which class (the whole journal, or only
// the caller's own loads in it), the title data of a class, its students and periods, and
// small converters from SQL rows to the CBOR the documents are built from.
#pragma once

#include "checks.h"

#include <QCborArray>
#include <QCborMap>
#include <QDate>

namespace ejournal::server::handlers::paper {

// The part of a class's journal the caller may print: every load (deputy, director, the
// class teacher) or only the caller's own loads of the class (a teacher).
struct ClassScope
{
    bool whole = false;
    QList<qint64> assignmentIds;  // the loads in scope (every load of the class when whole)
};

// The scope, or forbidden when the caller may print nothing of the class.
ClassScope classScope(const RequestContext &ctx, qint64 classId);
// As classScope, but empty (no loads, not whole) instead of forbidden.
ClassScope tryClassScope(const RequestContext &ctx, qint64 classId);
// Deputy or director: every class and student of the school.
bool printsEverything(const RequestContext &ctx);

struct ClassHeader
{
    qint64 id = 0;
    QString name;  // "7А"
    int grade = 0;
    qint64 yearId = 0;
    QString yearName;
    QDate yearStarts, yearEnds;
    qint64 schemeId = 0;
    QCborMap title;  // school, className, grade, yearName, classTeacher
};
// The class of the caller's school, or not_found.
ClassHeader classHeader(const RequestContext &ctx, qint64 classId);
// The school's name.
QString schoolName(const RequestContext &ctx);

// The periods of a scheme by ordinal: [{id, ordinal, name, startsOn, endsOn}].
QCborArray schemePeriods(const RequestContext &ctx, qint64 schemeId);
// The students enrolled in the class on any day of [from, to], numbered alphabetically:
// [{id, number, name ("Фамилия Имя"), fullName, birthDate, from, until}] (from/until: the
// enrolment inside the range, null when it covers the range's edge).
QCborArray classStudents(const RequestContext &ctx, qint64 classId, const QDate &from,
                         const QDate &to);

// SQL for a staff member's name with initials ("Петрова А. С.") from the table aliased so.
QString initialsSql(const QString &alias);

// "{1,2,3}": a list of ids bound as one PostgreSQL array parameter (`= ANY(?::bigint[])`).
QString idArray(const QList<qint64> &ids);
// The ids of an array of maps (key "id" unless told).
QList<qint64> idsOf(const QCborArray &rows, const QString &key = QStringLiteral("id"));
// Columns 0..n-1 of the current row as a map with the given keys (dates as "YYYY-MM-DD").
QCborMap rowMap(const QSqlQuery &q, const QStringList &keys);
// Every row of the query as rowMap.
QCborArray rowsOf(QSqlQuery &&q, const QStringList &keys);

} // namespace ejournal::server::handlers::paper

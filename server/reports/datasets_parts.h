// What the report datasets (datasets*.cpp) share: the caller's scope, the shapes of fields
// (references with their names, flags, marks as numbers), the joins and fields of a dated
// lesson, and the SQL of each dataset, which datasetSql() dispatches to.
#pragma once

#include "datasetsql.h"

namespace ejournal::server::reports::parts {

// Whose rows the caller may read: the whole school (director, deputy) or what the caller's
// staff record reaches. scopeOf() throws forbidden for a caller with neither.
struct Scope
{
    bool whole = false;
    qint64 staffId = 0;
};
Scope scopeOf(const RequestContext &ctx);

// A dataset over `from` reading the rows of the caller's school (`alias`.school_id = ?),
// with the dataset's own conditions (no binds) when given.
DatasetSql start(const RequestContext &ctx, const QString &from, const QString &alias,
                 const QString &conditions = {});
// Adds "AND (filter)" to the rows, with the filter's binds, unless the scope is whole.
void narrow(DatasetSql &sql, const Scope &scope, const QString &filter, const QVariantList &binds);

// Field shapes.
FieldSql plain(const QString &value);
FieldSql flag(const QString &condition);  // 1 when the condition holds, else 0
FieldSql ref(const QString &id, const QString &label, const QString &order = {});
FieldSql classRef(const QString &alias);   // class_unit: "5А", sorted by grade then letter
FieldSql personRef(const QString &alias);  // staff, student: "Фамилия Имя Отчество"
FieldSql yearRef(const QString &alias);    // academic_year, sorted by its start
FieldSql periodRef(const QString &alias);  // period, sorted by its start
FieldSql nameRef(const QString &alias);    // subject, room, study group: by name (Russian order)

// "Фамилия Имя Отчество" of the person row with that alias.
QString personName(const QString &alias);
// A mark's text as a number ("4" → 4); NULL for a mark that is not a number (pass, fail, na).
QString markNumber(const QString &text);
// A mark's text as the journal writes it: "зч", "нз", "н/а", "осв"; numbers as they are.
QString markWritten(const QString &text);
// A date column cast to date (timestamps in the server's time zone).
QString dateOf(const QString &column);

// The joins from a dated lesson `l`: its load a, subject s, the teacher who gives it t, class c,
// group g and the class a subgroup splits gc, year y, the period p of the class's scheme
// containing the lesson's date, the class shown k, whose id is `classId` (over those), and the
// school's journal settings js.
QString lessonJoins(const QString &classId);
// The class of a lesson's load, or the class a subgroup splits (NULL for a stream).
QString loadClassId();
// The fields every journal dataset has (year, period, date, lessonNo, class, group, subject,
// teacher) over lessonJoins().
void addLessonContext(DatasetSql &sql);
// The lessons the caller's journals reach, over lessonJoins(): own loads, lessons given as a
// substitute and every load of the caller's own class.
void narrowToJournals(DatasetSql &sql, const Scope &scope);
// The caller reads the students of the class `classId` / the student `studentId` (SQL over the
// dataset's aliases): the caller's own class, a class the caller teaches or a group taught that
// the student belongs to. Binds: the staff id, 3 times.
QString studentReachable(const QString &classId, const QString &studentId);
inline constexpr int kStudentReachableBinds = 3;

// The datasets, one per key of the catalogue.
DatasetSql marks(const RequestContext &ctx);
DatasetSql attendance(const RequestContext &ctx);
DatasetSql lessons(const RequestContext &ctx);
DatasetSql finals(const RequestContext &ctx);
DatasetSql students(const RequestContext &ctx);
DatasetSql movement(const RequestContext &ctx);
DatasetSql load(const RequestContext &ctx);
DatasetSql timetable(const RequestContext &ctx);
DatasetSql substitutions(const RequestContext &ctx);

} // namespace ejournal::server::reports::parts

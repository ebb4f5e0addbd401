// Scope, class title data, students and periods for the paper-copy handlers.
#include "paper_common.h"

#include "people_common.h"

#include <QSqlRecord>

namespace ejournal::server::handlers::paper {

bool printsEverything(const RequestContext &ctx)
{
    return callerIs(ctx, Role::Deputy) || callerIs(ctx, Role::Director);
}

ClassScope tryClassScope(const RequestContext &ctx, qint64 classId)
{
    ClassScope scope;
    scope.whole = printsEverything(ctx) || ownClassIds(ctx).contains(classId);
    const qint64 staff = ctx.caller.staffId == 0 ? -1 : ctx.caller.staffId;
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT a.id FROM assignment a"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        " WHERE a.school_id = ? AND (a.class_id = ? OR g.class_id = ?) AND (? OR a.staff_id = ?)"
        " ORDER BY a.id"),
        {ctx.caller.schoolId, classId, classId, scope.whole, staff});
    while (q.next())
        scope.assignmentIds.append(q.value(0).toLongLong());
    return scope;
}

ClassScope classScope(const RequestContext &ctx, qint64 classId)
{
    ClassScope scope = tryClassScope(ctx, classId);
    if (!scope.whole && scope.assignmentIds.isEmpty())
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("you may print only the journals of your own class and of "
                                  "the subjects you teach"));
    return scope;
}

QString schoolName(const RequestContext &ctx)
{
    return ctx.sql.scalar(QStringLiteral("SELECT name FROM school WHERE id = ?"),
                          {ctx.caller.schoolId}).toString();
}

ClassHeader classHeader(const RequestContext &ctx, qint64 classId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT c.id, c.grade, c.letter, y.id, y.name, y.starts_on, y.ends_on,"
        "       coalesce(c.period_scheme_id, 0), s.name,"
        "       coalesce(t.last_name || ' ' || t.first_name || ' ' || t.middle_name, '')"
        "  FROM class_unit c"
        "  JOIN academic_year y ON y.school_id = c.school_id AND y.id = c.academic_year_id"
        "  JOIN school s ON s.id = c.school_id"
        "  LEFT JOIN staff t ON t.school_id = c.school_id AND t.id = c.class_teacher_id"
        " WHERE c.school_id = ? AND c.id = ?"), {ctx.caller.schoolId, classId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no class with id %1").arg(classId));
    ClassHeader h;
    h.id = q.value(0).toLongLong();
    h.grade = q.value(1).toInt();
    h.name = people::className(h.grade, q.value(2).toString());
    h.yearId = q.value(3).toLongLong();
    h.yearName = q.value(4).toString();
    h.yearStarts = q.value(5).toDate();
    h.yearEnds = q.value(6).toDate();
    h.schemeId = q.value(7).toLongLong();
    h.title = QCborMap{{QStringLiteral("school"), q.value(8).toString()},
                       {QStringLiteral("classId"), h.id},
                       {QStringLiteral("className"), h.name},
                       {QStringLiteral("grade"), h.grade},
                       {QStringLiteral("academicYearId"), h.yearId},
                       {QStringLiteral("yearName"), h.yearName},
                       {QStringLiteral("classTeacher"), q.value(9).toString().trimmed()}};
    return h;
}

QCborArray schemePeriods(const RequestContext &ctx, qint64 schemeId)
{
    return rowsOf(ctx.sql.exec(QStringLiteral(
                      "SELECT id, ordinal, name, starts_on, ends_on FROM period"
                      " WHERE school_id = ? AND scheme_id = ? ORDER BY ordinal"),
                      {ctx.caller.schoolId, schemeId}),
                  {QStringLiteral("id"), QStringLiteral("ordinal"), QStringLiteral("name"),
                   QStringLiteral("startsOn"), QStringLiteral("endsOn")});
}

QCborArray classStudents(const RequestContext &ctx, qint64 classId, const QDate &from,
                         const QDate &to)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT s.id, row_number() OVER (ORDER BY s.last_name COLLATE \"ru-RU-x-icu\","
        "           s.first_name COLLATE \"ru-RU-x-icu\", s.middle_name COLLATE \"ru-RU-x-icu\", s.id),"
        "       s.last_name || ' ' || s.first_name,"
        "       btrim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name), s.birth_date,"
        "       CASE WHEN e.starts > ? THEN e.starts END,"
        "       CASE WHEN e.ends < ? THEN e.ends END"
        "  FROM (SELECT student_id, min(starts_on) AS starts,"
        "               max(coalesce(ends_on, 'infinity'::date)) AS ends"
        "          FROM enrollment WHERE school_id = ? AND class_id = ?"
        "           AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)"
        "         GROUP BY student_id) e"
        "  JOIN student s ON s.school_id = ? AND s.id = e.student_id"
        " ORDER BY 2"),
        {from, to, ctx.caller.schoolId, classId, to, from, ctx.caller.schoolId});
    return rowsOf(std::move(q), {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("name"),
                      QStringLiteral("fullName"), QStringLiteral("birthDate"),
                      QStringLiteral("from"), QStringLiteral("until")});
}

QString initialsSql(const QString &alias)
{
    return QStringLiteral("(%1.last_name || ' ' || left(%1.first_name, 1) || '.'"
                          " || CASE WHEN %1.middle_name <> '' THEN ' ' || left(%1.middle_name, 1)"
                          " || '.' ELSE '' END)").arg(alias);
}

QString idArray(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

QList<qint64> idsOf(const QCborArray &rows, const QString &key)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QCborValue &row : rows)
        ids.append(row.toMap().value(key).toInteger());
    return ids;
}

QCborMap rowMap(const QSqlQuery &q, const QStringList &keys)
{
    QCborMap row;
    for (int i = 0; i < keys.size(); ++i)
        row.insert(keys.at(i), people::cborOf(q.value(i)));
    return row;
}

QCborArray rowsOf(QSqlQuery &&q, const QStringList &keys)
{
    QCborArray rows;
    while (q.next())
        rows.append(rowMap(q, keys));
    return rows;
}

} // namespace ejournal::server::handlers::paper

// datasetSql(): the SQL of a report dataset for its caller (see datasetsql.h), and what the
// datasets share (datasets_parts.h): the caller's scope, field shapes, the joins of a lesson.
#include "datasets_parts.h"

#include "handlers/journal_common.h"

namespace ejournal::server::reports {

namespace parts {

namespace {
const QString kCollate = QStringLiteral(" COLLATE \"ru-x-icu\"");
} // namespace

Scope scopeOf(const RequestContext &ctx)
{
    Scope scope;
    scope.whole = ctx.caller.hasRole(Role::Director) || ctx.caller.hasRole(Role::Deputy);
    scope.staffId = ctx.caller.staffId;
    if (!scope.whole && scope.staffId == 0)
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("reports are for the school's staff: you have no staff record"));
    return scope;
}

DatasetSql start(const RequestContext &ctx, const QString &from, const QString &alias,
                 const QString &conditions)
{
    DatasetSql sql;
    sql.from = from;
    sql.where = alias + QStringLiteral(".school_id = ?");
    if (!conditions.isEmpty())
        sql.where += QStringLiteral(" AND ") + conditions;
    sql.binds = {ctx.caller.schoolId};
    return sql;
}

void narrow(DatasetSql &sql, const Scope &scope, const QString &filter, const QVariantList &binds)
{
    if (scope.whole)
        return;
    sql.where += QStringLiteral(" AND (%1)").arg(filter);
    sql.binds += binds;
}

FieldSql plain(const QString &value)
{
    return {value, {}, {}};
}

FieldSql flag(const QString &condition)
{
    return plain(QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(condition));
}

FieldSql ref(const QString &id, const QString &label, const QString &order)
{
    return {id, label, order};
}

FieldSql classRef(const QString &alias)
{
    return ref(alias + QStringLiteral(".id"),
               QStringLiteral("%1.grade || %1.letter").arg(alias),
               QStringLiteral("lpad(%1.grade::text, 2, '0') || %1.letter").arg(alias));
}

QString personName(const QString &alias)
{
    return QStringLiteral("concat_ws(' ', %1.last_name, %1.first_name, nullif(%1.middle_name, ''))")
        .arg(alias);
}

FieldSql personRef(const QString &alias)
{
    return ref(alias + QStringLiteral(".id"),
               QStringLiteral("CASE WHEN %1.id IS NOT NULL THEN %2 END").arg(alias, personName(alias)),
               personName(alias) + kCollate);
}

FieldSql yearRef(const QString &alias)
{
    return ref(alias + QStringLiteral(".id"), alias + QStringLiteral(".name"),
               alias + QStringLiteral(".starts_on"));
}

FieldSql periodRef(const QString &alias)
{
    return ref(alias + QStringLiteral(".id"), alias + QStringLiteral(".name"),
               alias + QStringLiteral(".starts_on"));
}

FieldSql nameRef(const QString &alias)
{
    return ref(alias + QStringLiteral(".id"), alias + QStringLiteral(".name"),
               alias + QStringLiteral(".name") + kCollate);
}

QString markNumber(const QString &text)
{
    return QStringLiteral("CASE WHEN %1 ~ '^[0-9]{1,2}$' THEN %1::numeric END").arg(text);
}

QString markWritten(const QString &text)
{
    return QStringLiteral("CASE %1 WHEN 'pass' THEN 'зч' WHEN 'fail' THEN 'нз' WHEN 'na' THEN 'н/а'"
                          " WHEN 'exempt' THEN 'осв' ELSE %1 END").arg(text);
}

QString dateOf(const QString &column)
{
    return QStringLiteral("(%1)::date").arg(column);
}

QString loadClassId()
{
    return QStringLiteral("coalesce(a.class_id, g.class_id)");
}

QString lessonJoins(const QString &classId)
{
    return QStringLiteral(
        " JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
        " JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
        " JOIN staff t ON t.school_id = l.school_id AND t.id = l.teacher_id"
        " LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
        " LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        " LEFT JOIN class_unit gc ON gc.school_id = g.school_id AND gc.id = g.class_id"
        " JOIN academic_year y ON y.school_id = a.school_id"
        "  AND y.id = coalesce(c.academic_year_id, g.academic_year_id)"
        " LEFT JOIN period p ON p.school_id = a.school_id AND p.scheme_id = %1"
        "  AND l.on_date BETWEEN p.starts_on AND p.ends_on"
        " LEFT JOIN class_unit k ON k.school_id = a.school_id AND k.id = %2"
        " LEFT JOIN journal_setting js ON js.school_id = l.school_id")
        .arg(handlers::journal::schemeOf(), classId);
}

void addLessonContext(DatasetSql &sql)
{
    sql.fields.insert(QStringLiteral("year"), yearRef(QStringLiteral("y")));
    sql.fields.insert(QStringLiteral("period"), periodRef(QStringLiteral("p")));
    sql.fields.insert(QStringLiteral("date"), plain(QStringLiteral("l.on_date")));
    sql.fields.insert(QStringLiteral("lessonNo"), plain(QStringLiteral("l.lesson_no")));
    sql.fields.insert(QStringLiteral("class"), classRef(QStringLiteral("k")));
    sql.fields.insert(QStringLiteral("group"), nameRef(QStringLiteral("g")));
    sql.fields.insert(QStringLiteral("subject"), nameRef(QStringLiteral("s")));
    sql.fields.insert(QStringLiteral("teacher"), personRef(QStringLiteral("t")));
}

void narrowToJournals(DatasetSql &sql, const Scope &scope)
{
    narrow(sql, scope,
           QStringLiteral("a.staff_id = ? OR l.teacher_id = ? OR %1")
               .arg(QLatin1String(handlers::journal::kClassTeacherOfLoad)),
           {scope.staffId, scope.staffId, scope.staffId});
}

QString studentReachable(const QString &classIds, const QString &studentId)
{
    return QStringLiteral(
        "EXISTS (SELECT 1 FROM class_unit rc WHERE rc.class_teacher_id = ? AND rc.id IN (%1))"
        " OR EXISTS (SELECT 1 FROM assignment ra"
        "   LEFT JOIN study_group rg ON rg.school_id = ra.school_id AND rg.id = ra.group_id"
        "  WHERE ra.staff_id = ? AND (ra.class_id IN (%1) OR rg.class_id IN (%1)))"
        " OR EXISTS (SELECT 1 FROM assignment ra"
        "   JOIN group_member rm ON rm.school_id = ra.school_id AND rm.group_id = ra.group_id"
        "  WHERE ra.staff_id = ? AND rm.student_id = %2)").arg(classIds, studentId);
}

} // namespace parts

DatasetSql datasetSql(const RequestContext &ctx, const QString &key)
{
    using Build = DatasetSql (*)(const RequestContext &);
    static const QHash<QString, Build> builders{
        {QStringLiteral("marks"), parts::marks},
        {QStringLiteral("attendance"), parts::attendance},
        {QStringLiteral("finals"), parts::finals},
        {QStringLiteral("lessons"), parts::lessons},
        {QStringLiteral("students"), parts::students},
        {QStringLiteral("movement"), parts::movement},
        {QStringLiteral("load"), parts::load},
        {QStringLiteral("timetable"), parts::timetable},
        {QStringLiteral("substitutions"), parts::substitutions},
    };
    const Build build = builders.value(key);
    if (!build)
        throw fail(ErrorCode::Invalid, QStringLiteral("unknown dataset \"%1\"").arg(key),
                   {{QStringLiteral("path"), QStringLiteral("dataset")}});
    return build(ctx);
}

} // namespace ejournal::server::reports

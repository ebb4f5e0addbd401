// The people's report datasets: students with their enrolments, and the movement book; a
// teacher reads the students of own class and of the classes and groups taught.
#include "datasets_parts.h"

namespace ejournal::server::reports::parts {

namespace {
QVariantList staffBinds(const Scope &scope)
{
    return QVariantList(kStudentReachableBinds, scope.staffId);
}
} // namespace

DatasetSql students(const RequestContext &ctx)
{
    const Scope scope = scopeOf(ctx);
    DatasetSql sql = start(ctx, QStringLiteral(
        "enrollment e"
        " JOIN student sd ON sd.school_id = e.school_id AND sd.id = e.student_id"
        " JOIN class_unit k ON k.school_id = e.school_id AND k.id = e.class_id"
        " JOIN academic_year y ON y.school_id = k.school_id AND y.id = k.academic_year_id"),
        QStringLiteral("e"));
    narrow(sql, scope, studentReachable(QStringLiteral("e.class_id"), QStringLiteral("e.student_id")),
           staffBinds(scope));
    sql.fields.insert(QStringLiteral("year"), yearRef(QStringLiteral("y")));
    sql.fields.insert(QStringLiteral("class"), classRef(QStringLiteral("k")));
    sql.fields.insert(QStringLiteral("grade"), plain(QStringLiteral("k.grade")));
    sql.fields.insert(QStringLiteral("student"), personRef(QStringLiteral("sd")));
    sql.fields.insert(QStringLiteral("birthDate"), plain(QStringLiteral("sd.birth_date")));
    sql.fields.insert(QStringLiteral("personalFileNo"), plain(QStringLiteral("sd.personal_file_no")));
    sql.fields.insert(QStringLiteral("enrolledOn"), plain(QStringLiteral("e.starts_on")));
    sql.fields.insert(QStringLiteral("leftOn"), plain(QStringLiteral("e.ends_on")));
    sql.fields.insert(QStringLiteral("current"), flag(QStringLiteral(
        "e.starts_on <= current_date AND (e.ends_on IS NULL OR e.ends_on >= current_date)")));
    sql.fields.insert(QStringLiteral("guardians"), plain(QStringLiteral(
        "(SELECT count(*) FROM student_guardian sg"
        "  WHERE sg.school_id = e.school_id AND sg.student_id = e.student_id)")));
    return sql;
}

DatasetSql movement(const RequestContext &ctx)
{
    const Scope scope = scopeOf(ctx);
    DatasetSql sql = start(ctx, QStringLiteral(
        "movement mv"
        " JOIN student sd ON sd.school_id = mv.school_id AND sd.id = mv.student_id"
        " LEFT JOIN class_unit fk ON fk.school_id = mv.school_id AND fk.id = mv.from_class_id"
        " LEFT JOIN class_unit tk ON tk.school_id = mv.school_id AND tk.id = mv.to_class_id"
        " JOIN academic_year y ON y.school_id = mv.school_id"
        "  AND y.id = coalesce(tk.academic_year_id, fk.academic_year_id)"),
        QStringLiteral("mv"));
    narrow(sql, scope,
           studentReachable(QStringLiteral("mv.from_class_id, mv.to_class_id"),
                            QStringLiteral("mv.student_id")),
           staffBinds(scope));
    sql.fields.insert(QStringLiteral("year"), yearRef(QStringLiteral("y")));
    sql.fields.insert(QStringLiteral("date"), plain(QStringLiteral("mv.on_date")));
    sql.fields.insert(QStringLiteral("kind"), plain(QStringLiteral(
        "CASE mv.kind WHEN 'admission' THEN 'прибытие' WHEN 'transfer' THEN 'перевод'"
        " WHEN 'withdrawal' THEN 'выбытие' END")));
    sql.fields.insert(QStringLiteral("student"), personRef(QStringLiteral("sd")));
    sql.fields.insert(QStringLiteral("fromClass"), classRef(QStringLiteral("fk")));
    sql.fields.insert(QStringLiteral("toClass"), classRef(QStringLiteral("tk")));
    sql.fields.insert(QStringLiteral("orderNo"), plain(QStringLiteral("mv.order_no")));
    sql.fields.insert(QStringLiteral("reason"), plain(QStringLiteral("mv.reason")));
    sql.fields.insert(QStringLiteral("admitted"), flag(QStringLiteral("mv.kind = 'admission'")));
    sql.fields.insert(QStringLiteral("withdrawn"), flag(QStringLiteral("mv.kind = 'withdrawal'")));
    return sql;
}

} // namespace ejournal::server::reports::parts

// classes.* handlers. A class belongs to one academic year; grade and letter are unique in
// it; the period scheme must be of the same year; a closed year is read-only.
#include "people_classes.h"

#include "people_common.h"

#include <QCborArray>
#include <QRegularExpression>

namespace ejournal::server::handlers::people {

namespace {
const Fields kClassFields{
    {"grade", "grade", FieldKind::Integer},
    {"letter", "letter", FieldKind::Text},
    {"classTeacherId", "class_teacher_id", FieldKind::OptionalId},
    {"periodSchemeId", "period_scheme_id", FieldKind::OptionalId},
    {"shift", "shift", FieldKind::Integer},
    {"roomId", "room_id", FieldKind::OptionalId},
};
const Field kYearField{"academicYearId", "academic_year_id", FieldKind::Integer};

// Classes of the year sorted by grade, then letter in Russian order; one when classId != 0.
QCborArray classRows(const RequestContext &ctx, qint64 yearId, qint64 classId)
{
    const QDate today = QDate::currentDate();
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT c.id, c.academic_year_id, c.grade, c.letter, c.class_teacher_id,"
        "       st.last_name, st.first_name, st.middle_name, c.period_scheme_id, c.shift,"
        "       c.room_id,"
        "       (SELECT count(*) FROM enrollment e WHERE e.school_id = c.school_id"
        "           AND e.class_id = c.id AND e.starts_on <= ?::date"
        "           AND (e.ends_on IS NULL OR e.ends_on >= ?::date))"
        "  FROM class_unit c"
        "  LEFT JOIN staff st ON st.school_id = c.school_id AND st.id = c.class_teacher_id"
        " WHERE c.school_id = ? AND (?::bigint = 0 OR c.academic_year_id = ?)"
        "   AND (?::bigint = 0 OR c.id = ?)"
        " ORDER BY c.grade, c.letter COLLATE \"ru-RU-x-icu\""),
        {today, today, ctx.caller.schoolId, yearId, yearId, classId, classId});
    QCborArray out;
    while (q.next()) {
        const bool hasTeacher = !q.value(4).isNull();
        out.append(QCborMap{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("academicYearId"), q.value(1).toLongLong()},
            {QStringLiteral("grade"), q.value(2).toInt()},
            {QStringLiteral("letter"), q.value(3).toString()},
            {QStringLiteral("name"), className(q.value(2).toInt(), q.value(3).toString())},
            {QStringLiteral("classTeacherId"), cborOf(q.value(4))},
            {QStringLiteral("classTeacherName"),
             hasTeacher ? QCborValue(fullName(q.value(5).toString(), q.value(6).toString(),
                                              q.value(7).toString()))
                        : QCborValue(QCborValue::Null)},
            {QStringLiteral("periodSchemeId"), cborOf(q.value(8))},
            {QStringLiteral("shift"), q.value(9).toInt()},
            {QStringLiteral("roomId"), cborOf(q.value(10))},
            {QStringLiteral("studentCount"), q.value(11).toLongLong()}});
    }
    return out;
}

void requireGradeLetterShift(const QCborMap &row)
{
    const qint64 grade = row.value(QStringLiteral("grade")).toInteger();
    if (grade < 1 || grade > 11)
        invalid(QStringLiteral("grade"), QStringLiteral("must be between 1 and 11"),
                QStringLiteral("grade %1 is not between 1 and 11").arg(grade));
    static const QRegularExpression letter(QStringLiteral("^[А-ЯЁ]{1,2}$"));
    const QString text = row.value(QStringLiteral("letter")).toString();
    if (!letter.match(text).hasMatch())
        invalid(QStringLiteral("letter"), QStringLiteral("must be one or two Cyrillic letters"),
                QStringLiteral("«%1» is not a class letter (one or two Cyrillic capitals)").arg(text));
    const QCborValue shift = row.value(QStringLiteral("shift"));
    if (!shift.isUndefined() && shift.toInteger() != 1 && shift.toInteger() != 2)
        invalid(QStringLiteral("shift"), QStringLiteral("must be 1 or 2"),
                QStringLiteral("shift %1 is not 1 or 2").arg(shift.toInteger()));
}

// The referenced staff member, period scheme and room exist in the school and fit the class.
void requireReferences(const RequestContext &ctx, const QCborMap &row, const YearInfo &year)
{
    const QCborValue teacher = row.value(QStringLiteral("classTeacherId"));
    if (teacher.isInteger()) {
        requireExists(ctx, "staff", teacher.toInteger(), QStringLiteral("staff member"));
        if (ctx.sql.scalar(QStringLiteral("SELECT archived FROM staff WHERE school_id = ? AND id = ?"),
                           {ctx.caller.schoolId, teacher.toInteger()}).toBool())
            invalid(QStringLiteral("classTeacherId"), QStringLiteral("is archived"),
                    QStringLiteral("an archived staff member cannot be a class teacher"));
    }
    const QCborValue scheme = row.value(QStringLiteral("periodSchemeId"));
    if (scheme.isInteger()) {
        QSqlQuery q = ctx.sql.exec(QStringLiteral(
            "SELECT p.academic_year_id, p.name, y.name FROM period_scheme p"
            "  JOIN academic_year y ON y.school_id = p.school_id AND y.id = p.academic_year_id"
            " WHERE p.school_id = ? AND p.id = ?"), {ctx.caller.schoolId, scheme.toInteger()});
        if (!q.next())
            throw fail(ErrorCode::NotFound,
                       QStringLiteral("no period scheme with id %1").arg(scheme.toInteger()));
        if (q.value(0).toLongLong() != year.id)
            invalid(QStringLiteral("periodSchemeId"), QStringLiteral("belongs to another year"),
                    QStringLiteral("the period scheme «%1» belongs to %2, not to %3")
                        .arg(q.value(1).toString(), q.value(2).toString(), year.name));
    }
    const QCborValue room = row.value(QStringLiteral("roomId"));
    if (room.isInteger())
        requireExists(ctx, "room", room.toInteger(), QStringLiteral("room"));
}

void requireUniqueName(const RequestContext &ctx, const QCborMap &row, const YearInfo &year,
                       qint64 classId)
{
    const qint64 grade = row.value(QStringLiteral("grade")).toInteger();
    const QString letter = row.value(QStringLiteral("letter")).toString();
    const bool taken = ctx.sql.scalar(QStringLiteral(
        "SELECT 1 FROM class_unit WHERE school_id = ? AND academic_year_id = ? AND grade = ?"
        "   AND letter = ? AND id <> ?"),
        {ctx.caller.schoolId, year.id, grade, letter, classId}).isValid();
    if (taken)
        invalid(QStringLiteral("letter"), QStringLiteral("already exists"),
                QStringLiteral("class %1 already exists in %2")
                    .arg(className(int(grade), letter), year.name));
}

// Upper-cases the letter and checks the whole row; returns it normalised.
QCborMap validatedClass(const RequestContext &ctx, QCborMap row, const YearInfo &year,
                        qint64 classId)
{
    row.insert(QStringLiteral("letter"), row.value(QStringLiteral("letter")).toString().toUpper());
    requireGradeLetterShift(row);
    requireReferences(ctx, row, year);
    requireUniqueName(ctx, row, year, classId);
    return row;
}
} // namespace

QCborValue listClasses(RequestContext &ctx)
{
    const qint64 yearId = ctx.integer(QStringLiteral("academicYearId"));
    yearOf(ctx, yearId);
    return classRows(ctx, yearId, 0);
}

QCborValue createClass(RequestContext &ctx)
{
    const YearInfo year = writableYear(ctx, ctx.integer(QStringLiteral("academicYearId")));
    const Fields fields = kClassFields + Fields{kYearField};
    const QCborMap row = validatedClass(ctx, mergeParams(ctx, fields, {}), year, 0);
    qint64 id = 0;
    ctx.write([&](AuditRecord &audit) {
        id = insertRow(ctx, "class_unit", fields, row);
        audit = {QStringLiteral("class.create"), QStringLiteral("class"), QString::number(id),
                 {}, row, {}, 0};
    });
    return QCborMap{{QStringLiteral("id"), id}};
}

QCborValue updateClass(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const ClassInfo info = classOf(ctx, id);
    const YearInfo year = writableYear(ctx, info.yearId);
    const QCborMap before = readRow(ctx, "class_unit", kClassFields, id, QStringLiteral("class"));
    const QCborMap after = validatedClass(ctx, mergeParams(ctx, kClassFields, before), year, id);
    const Changes changes = diff(before, after);
    if (!changes.isEmpty())
        ctx.write([&](AuditRecord &audit) {
            updateRow(ctx, "class_unit", kClassFields, id, changes.after);
            audit = {QStringLiteral("class.update"), QStringLiteral("class"), QString::number(id),
                     changes.before, changes.after, {}, 0};
        });
    return classRows(ctx, 0, id).at(0);
}

} // namespace ejournal::server::handlers::people

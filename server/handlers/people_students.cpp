// students.* handlers. A class teacher without an administrative role sees only students
// enrolled in own classes; everyone else with PeopleRead sees the whole school.
#include "people_students.h"

#include "people_common.h"
#include "people_movement.h"

#include <QCborArray>

#include <algorithm>

namespace ejournal::server::handlers::people {

namespace {
const Fields kStudentFields{
    {"lastName", "last_name", FieldKind::Text},
    {"firstName", "first_name", FieldKind::Text},
    {"middleName", "middle_name", FieldKind::Text},
    {"birthDate", "birth_date", FieldKind::Date},
    {"gender", "gender", FieldKind::OptionalText},
    {"personalFileNo", "personal_file_no", FieldKind::OptionalText},
};

// Columns every student query selects, in the order studentMap reads them; the query joins
// the class on a date as `c` (LEFT JOIN through the enrolment covering the date).
const char *const kStudentColumns =
    "s.id, s.last_name, s.first_name, s.middle_name, s.birth_date, s.gender,"
    " s.personal_file_no, c.id, c.grade, c.letter, s.user_id IS NOT NULL";
const char *const kClassOnDateJoin =
    " LEFT JOIN enrollment e ON e.school_id = s.school_id AND e.student_id = s.id"
    "       AND e.starts_on <= ?::date AND (e.ends_on IS NULL OR e.ends_on >= ?::date)"
    " LEFT JOIN class_unit c ON c.school_id = e.school_id AND c.id = e.class_id";

QCborMap studentMap(const QSqlQuery &q)
{
    const bool enrolled = !q.value(7).isNull();
    return QCborMap{
        {QStringLiteral("id"), q.value(0).toLongLong()},
        {QStringLiteral("lastName"), q.value(1).toString()},
        {QStringLiteral("firstName"), q.value(2).toString()},
        {QStringLiteral("middleName"), q.value(3).toString()},
        {QStringLiteral("fullName"),
         fullName(q.value(1).toString(), q.value(2).toString(), q.value(3).toString())},
        {QStringLiteral("birthDate"), cborOf(q.value(4))},
        {QStringLiteral("gender"), cborOf(q.value(5))},
        {QStringLiteral("personalFileNo"), cborOf(q.value(6))},
        {QStringLiteral("classId"), cborOf(q.value(7))},
        {QStringLiteral("className"),
         enrolled ? QCborValue(className(q.value(8).toInt(), q.value(9).toString()))
                  : QCborValue(QCborValue::Null)},
        {QStringLiteral("hasAccount"), q.value(10).toBool()}};
}

QCborMap studentRow(const RequestContext &ctx, qint64 id, const QDate &date)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral("SELECT %1 FROM student s %2"
                                              " WHERE s.school_id = ? AND s.id = ?")
                                   .arg(QLatin1String(kStudentColumns),
                                        QLatin1String(kClassOnDateJoin)),
                               {date, date, ctx.caller.schoolId, id});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no student with id %1").arg(id));
    return studentMap(q);
}

// The list's date: given, or today (kept inside the academic year when one is named).
QDate listDate(const RequestContext &ctx, qint64 yearId)
{
    const QDate given = dateParam(ctx, QStringLiteral("date"));
    if (given.isValid())
        return given;
    const QDate today = QDate::currentDate();
    if (yearId == 0)
        return today;
    const YearInfo year = yearOf(ctx, yearId);
    return std::clamp(today, year.startsOn, year.endsOn);
}

QString likePattern(const QString &search)
{
    QString escaped = search.trimmed();
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    // Bound as '' (not NULL) when there is no search, so "?::text = ''" means "everyone".
    return escaped.isEmpty() ? QStringLiteral("") : QLatin1Char('%') + escaped + QLatin1Char('%');
}

QCborArray guardiansOf(const RequestContext &ctx, qint64 studentId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT g.id, g.last_name, g.first_name, g.middle_name, g.phone, g.email, sg.relation,"
        "       g.user_id IS NOT NULL"
        "  FROM student_guardian sg"
        "  JOIN guardian g ON g.school_id = sg.school_id AND g.id = sg.guardian_id"
        " WHERE sg.school_id = ? AND sg.student_id = ?"
        " ORDER BY g.last_name COLLATE \"ru-RU-x-icu\", g.first_name COLLATE \"ru-RU-x-icu\", g.id"),
        {ctx.caller.schoolId, studentId});
    QCborArray out;
    while (q.next())
        out.append(QCborMap{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("lastName"), q.value(1).toString()},
            {QStringLiteral("firstName"), q.value(2).toString()},
            {QStringLiteral("middleName"), q.value(3).toString()},
            {QStringLiteral("fullName"),
             fullName(q.value(1).toString(), q.value(2).toString(), q.value(3).toString())},
            {QStringLiteral("phone"), q.value(4).toString()},
            {QStringLiteral("email"), q.value(5).toString()},
            {QStringLiteral("relation"), q.value(6).toString()},
            {QStringLiteral("hasAccount"), q.value(7).toBool()}});
    return out;
}

QCborArray enrollmentsOf(const RequestContext &ctx, qint64 studentId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT e.id, c.id, c.grade, c.letter, c.academic_year_id, e.starts_on, e.ends_on"
        "  FROM enrollment e JOIN class_unit c ON c.school_id = e.school_id AND c.id = e.class_id"
        " WHERE e.school_id = ? AND e.student_id = ? ORDER BY e.starts_on, e.id"),
        {ctx.caller.schoolId, studentId});
    QCborArray out;
    while (q.next())
        out.append(QCborMap{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("classId"), q.value(1).toLongLong()},
            {QStringLiteral("className"), className(q.value(2).toInt(), q.value(3).toString())},
            {QStringLiteral("academicYearId"), q.value(4).toLongLong()},
            {QStringLiteral("startsOn"), cborOf(q.value(5))},
            {QStringLiteral("endsOn"), cborOf(q.value(6))}});
    return out;
}

// The personal-file number is unique in the school; name the student who has it.
void requireFreeFileNo(const RequestContext &ctx, const QCborMap &row, qint64 studentId)
{
    const QCborValue fileNo = row.value(QStringLiteral("personalFileNo"));
    if (!fileNo.isString())
        return;
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT last_name, first_name FROM student"
        " WHERE school_id = ? AND personal_file_no = ? AND id <> ?"),
        {ctx.caller.schoolId, fileNo.toString(), studentId});
    if (q.next())
        invalid(QStringLiteral("personalFileNo"), QStringLiteral("already used"),
                QStringLiteral("personal file № %1 belongs to %2 %3")
                    .arg(fileNo.toString(), q.value(0).toString(), q.value(1).toString()));
}

void validateStudent(const RequestContext &ctx, const QCborMap &row, qint64 studentId)
{
    requireNames(row);
    const QCborValue gender = row.value(QStringLiteral("gender"));
    if (gender.isString() && gender.toString() != QLatin1String("m")
        && gender.toString() != QLatin1String("f"))
        invalid(QStringLiteral("gender"), QStringLiteral("must be m or f"),
                QStringLiteral("gender must be \"m\" or \"f\""));
    const QDate birth = QDate::fromString(row.value(QStringLiteral("birthDate")).toString(),
                                          Qt::ISODate);
    if (birth.isValid() && birth >= QDate::currentDate())
        invalid(QStringLiteral("birthDate"), QStringLiteral("must be in the past"),
                QStringLiteral("the birth date %1 is not in the past").arg(iso(birth)));
    requireFreeFileNo(ctx, row, studentId);
}
} // namespace

QCborValue listStudents(RequestContext &ctx)
{
    const qint64 classId = ctx.integer(QStringLiteral("classId"));
    const qint64 yearId = ctx.integer(QStringLiteral("academicYearId"));
    const bool scoped = !seesAllPeople(ctx);
    if (classId != 0) {
        classOf(ctx, classId);
        if (scoped)
            requireOwnClass(ctx, classId);
    }
    const QDate date = listDate(ctx, yearId);
    const QString pattern = likePattern(ctx.text(QStringLiteral("search")));
    QSqlQuery q = ctx.sql.exec(
        QStringLiteral(
            "SELECT %1 FROM student s %2"
            " WHERE s.school_id = ?"
            "   AND (?::bigint = 0 OR c.id = ?)"
            "   AND (?::bigint = 0 OR c.academic_year_id = ?)"
            "   AND (NOT ?::boolean OR c.class_teacher_id = ?)"
            "   AND (?::text = '' OR lower(concat_ws(' ', s.last_name, s.first_name, s.middle_name,"
            "        s.personal_file_no) COLLATE \"ru-RU-x-icu\") LIKE lower(?::text COLLATE \"ru-RU-x-icu\"))"
            " ORDER BY c.grade NULLS LAST, c.letter COLLATE \"ru-RU-x-icu\","
            "          s.last_name COLLATE \"ru-RU-x-icu\", s.first_name COLLATE \"ru-RU-x-icu\","
            "          s.middle_name COLLATE \"ru-RU-x-icu\", s.id")
            .arg(QLatin1String(kStudentColumns), QLatin1String(kClassOnDateJoin)),
        {date, date, ctx.caller.schoolId, classId, classId, yearId, yearId, scoped,
         ctx.caller.staffId, pattern, pattern});
    QCborArray out;
    while (q.next())
        out.append(studentMap(q));
    return out;
}

QCborValue getStudent(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    requireStudentVisible(ctx, id);
    QCborMap row = studentRow(ctx, id, QDate::currentDate());
    row.insert(QStringLiteral("guardians"), guardiansOf(ctx, id));
    row.insert(QStringLiteral("enrollments"), enrollmentsOf(ctx, id));
    row.insert(QStringLiteral("movements"), movementRows(ctx, MovementFilter{{}, {}, 0, id, false}));
    return row;
}

QCborValue createStudent(RequestContext &ctx)
{
    const QCborMap row = mergeParams(ctx, kStudentFields, {});
    validateStudent(ctx, row, 0);
    qint64 id = 0;
    ctx.write([&](AuditRecord &audit) {
        id = insertRow(ctx, "student", kStudentFields, row);
        audit = {QStringLiteral("student.create"), QStringLiteral("student"), QString::number(id),
                 {}, row, {}, 0};
    });
    return QCborMap{{QStringLiteral("id"), id}};
}

QCborValue updateStudent(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const QCborMap before = readRow(ctx, "student", kStudentFields, id, QStringLiteral("student"));
    const QCborMap after = mergeParams(ctx, kStudentFields, before);
    validateStudent(ctx, after, id);
    const Changes changes = diff(before, after);
    if (!changes.isEmpty())
        ctx.write([&](AuditRecord &audit) {
            updateRow(ctx, "student", kStudentFields, id, changes.after);
            audit = {QStringLiteral("student.update"), QStringLiteral("student"),
                     QString::number(id), changes.before, changes.after, {}, 0};
        });
    return studentRow(ctx, id, QDate::currentDate());
}

QCborValue studentClassOn(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("studentId"));
    requireStudentVisible(ctx, id);
    const ClassInfo info = classOn(ctx, id, dateParam(ctx, QStringLiteral("date")));
    if (info.id == 0)
        return QCborValue(QCborValue::Null);
    return QCborMap{{QStringLiteral("classId"), info.id},
                    {QStringLiteral("className"), info.name}};
}

} // namespace ejournal::server::handlers::people

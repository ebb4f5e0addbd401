// What the curriculum and load handlers share.
#include "curriculum_common.h"

#include <cmath>

namespace ejournal::server::handlers::curriculum {

namespace {
Error invalid(const QString &field, const QString &problem, const QString &message)
{
    return fail(ErrorCode::Invalid, message, {{field, problem}});
}
} // namespace

ClassInfo classOf(const RequestContext &ctx, qint64 classId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT c.id, c.grade, c.grade || c.letter, y.id, y.name, y.state"
        "  FROM class_unit c"
        "  JOIN academic_year y ON y.school_id = c.school_id AND y.id = c.academic_year_id"
        " WHERE c.school_id = ? AND c.id = ?"), {ctx.caller.schoolId, classId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no class with id %1").arg(classId));
    ClassInfo out;
    out.id = q.value(0).toLongLong();
    out.grade = q.value(1).toInt();
    out.name = q.value(2).toString();
    out.year.id = q.value(3).toLongLong();
    out.year.name = q.value(4).toString();
    out.year.state = q.value(5).toString();
    return out;
}

NamedInfo subjectOf(const RequestContext &ctx, qint64 subjectId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT name, archived FROM subject WHERE school_id = ? AND id = ?"),
        {ctx.caller.schoolId, subjectId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no subject with id %1").arg(subjectId));
    return {subjectId, q.value(0).toString(), q.value(1).toBool()};
}

NamedInfo teacherOf(const RequestContext &ctx, qint64 staffId)
{
    QSqlQuery q = ctx.sql.exec(
        QStringLiteral("SELECT %1, st.archived FROM staff st WHERE st.school_id = ? AND st.id = ?")
            .arg(QLatin1String(kTeacherName)),
        {ctx.caller.schoolId, staffId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no staff member with id %1").arg(staffId));
    return {staffId, q.value(0).toString(), q.value(1).toBool()};
}

void requireOpenYear(const YearInfo &year, const QString &field, const QString &what)
{
    if (year.state == QLatin1String("closed"))
        throw invalid(field, QStringLiteral("the year %1 is closed").arg(year.name),
                      QStringLiteral("%1 belongs to the academic year %2, which is closed and"
                                     " read-only").arg(what, year.name));
}

void requireActive(const NamedInfo &info, const QString &field, const QString &what)
{
    if (info.archived)
        throw invalid(field, QStringLiteral("archived"),
                      QStringLiteral("the %1 «%2» is archived").arg(what, info.name));
}

void requireClassInYear(const ClassInfo &cls, const YearInfo &year)
{
    if (cls.year.id != year.id)
        throw invalid(QStringLiteral("classId"),
                      QStringLiteral("belongs to the year %1").arg(cls.year.name),
                      QStringLiteral("class %1 belongs to the academic year %2, not %3")
                          .arg(cls.name, cls.year.name, year.name));
}

double hoursParam(const RequestContext &ctx, const QString &name, bool zeroAllowed)
{
    const double hours = ctx.params.value(name).toDouble();
    const double lowest = zeroAllowed ? 0.0 : 0.5;
    if (!std::isfinite(hours) || hours < lowest || hours > 40.0)
        throw invalid(name, QStringLiteral("must be from %1 to 40").arg(hoursText(lowest)),
                      QStringLiteral("%1 hours a week is out of range: from %2 to 40 allowed")
                          .arg(hoursText(hours), hoursText(lowest)));
    if (std::fabs(hours * 2 - std::round(hours * 2)) > 1e-9)
        throw invalid(name, QStringLiteral("must be a multiple of 0.5"),
                      QStringLiteral("%1 hours a week is not a multiple of half an hour")
                          .arg(hoursText(hours)));
    return std::round(hours * 2) / 2;
}

QString hoursText(double hours)
{
    return QString::number(hours, 'g', 6);
}

int weeklyMaximum(int grade)
{
    if (grade <= 1)
        return 21;
    if (grade <= 4)
        return 23;
    if (grade == 5)
        return 29;
    if (grade == 6)
        return 30;
    if (grade == 7)
        return 32;
    if (grade <= 9)
        return 33;
    return 34;
}

void lockRow(const RequestContext &ctx, const char *table, qint64 id)
{
    ctx.sql.exec(QStringLiteral("SELECT 1 FROM %1 WHERE school_id = ? AND id = ? FOR NO KEY UPDATE")
                     .arg(QLatin1String(table)),
                 {ctx.caller.schoolId, id});
}

std::pair<QCborMap, QCborMap> changedFields(const QCborMap &before, const QCborMap &after)
{
    QCborMap was;
    QCborMap now;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QCborValue old = before.value(it.key());
        if (old != it.value()) {
            was.insert(it.key(), old);
            now.insert(it.key(), it.value());
        }
    }
    return {was, now};
}

} // namespace ejournal::server::handlers::curriculum

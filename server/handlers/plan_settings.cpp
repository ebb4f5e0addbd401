// scales.* and journalSettings.*: the mark scale of each subject (five-point when not set),
// refused while marks of the active year would fall off the new scale; the school's
// correction window (days after a lesson during which a mark is edited without a reason).
#include "plan_handlers.h"
#include "structure_common.h"

#include "marks.h"

namespace ejournal::server::handlers::plan {

using structure::invalid;

namespace {
const char kActiveYearOfLesson[] =
    "  JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
    "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
    "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
    "  JOIN academic_year y ON y.school_id = a.school_id"
    "   AND y.id = coalesce(c.academic_year_id, g.academic_year_id) AND y.state = 'active'";

// How many of the values (value, count rows) the check refuses.
int countRefused(QSqlQuery q, const std::function<bool(const QString &)> &valid)
{
    int refused = 0;
    while (q.next())
        refused += valid(q.value(0).toString()) ? 0 : q.value(1).toInt();
    return refused;
}

// Refuses a scale on which marks or final marks of the subject in the active year would
// not be valid, naming how many.
void requireMarksFit(const RequestContext &ctx, qint64 subjectId, const QString &subjectName,
                     marks::Scale scale)
{
    const int markCount = countRefused(
        ctx.sql.exec(QStringLiteral("SELECT m.value, count(*) FROM mark m"
                                    "  JOIN lesson l ON l.school_id = m.school_id AND l.id = m.lesson_id"
                                    "%1 WHERE m.school_id = ? AND a.subject_id = ? GROUP BY m.value")
                         .arg(QLatin1String(kActiveYearOfLesson)),
                     {ctx.caller.schoolId, subjectId}),
        [scale](const QString &v) { return marks::isValidMark(scale, v); });
    const int finalCount = countRefused(
        ctx.sql.exec(QStringLiteral("SELECT f.value, count(*) FROM final_mark f"
                                    "  JOIN academic_year y ON y.school_id = f.school_id"
                                    "   AND y.id = f.academic_year_id AND y.state = 'active'"
                                    " WHERE f.school_id = ? AND f.subject_id = ?"
                                    "   AND f.value IS NOT NULL GROUP BY f.value"),
                     {ctx.caller.schoolId, subjectId}),
        [scale](const QString &v) { return marks::isValidFinal(scale, v); });
    if (markCount + finalCount == 0)
        return;
    const QString reason = QStringLiteral("%1 marks and %2 final marks of the active year are not"
                                          " on this scale").arg(markCount).arg(finalCount);
    invalid(QStringLiteral("scale"), reason,
            QStringLiteral("the scale of «%1» cannot become «%2»: %3")
                .arg(subjectName, marks::scaleName(scale), reason));
}

int correctionDays(const RequestContext &ctx)
{
    const QVariant days = ctx.sql.scalar(
        QStringLiteral("SELECT correction_days FROM journal_setting WHERE school_id = ?"),
        {ctx.caller.schoolId});
    return days.isValid() ? days.toInt() : 7;
}

QCborMap settingsMap(int days)
{
    return {{QStringLiteral("correctionDays"), days}};
}
} // namespace

QCborValue listScales(RequestContext &ctx)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT s.id, s.name, coalesce(ss.scale, 'five') FROM subject s"
        "  LEFT JOIN subject_scale ss ON ss.school_id = s.school_id AND ss.subject_id = s.id"
        " WHERE s.school_id = ? ORDER BY s.name COLLATE \"ru-x-icu\", s.id"),
        {ctx.caller.schoolId});
    QCborArray out;
    while (q.next())
        out.append(QCborMap{{QStringLiteral("subjectId"), q.value(0).toLongLong()},
                            {QStringLiteral("subjectName"), q.value(1).toString()},
                            {QStringLiteral("scale"), q.value(2).toString()}});
    return out;
}

QCborValue setScale(RequestContext &ctx)
{
    const qint64 subjectId = ctx.integer(QStringLiteral("subjectId"));
    const QString name = ctx.text(QStringLiteral("scale"));
    marks::Scale scale;
    if (!marks::scaleFromName(name, &scale))
        invalid(QStringLiteral("scale"), QStringLiteral("must be one of: five, ten, pass"),
                QStringLiteral("«%1» is not a mark scale (five, ten, pass)").arg(name));
    QString subjectName;
    ctx.write([&](AuditRecord &audit) {
        QSqlQuery q = ctx.sql.exec(QStringLiteral(
            "SELECT s.name, coalesce(ss.scale, 'five') FROM subject s"
            "  LEFT JOIN subject_scale ss ON ss.school_id = s.school_id AND ss.subject_id = s.id"
            " WHERE s.school_id = ? AND s.id = ? FOR UPDATE OF s"),
            {ctx.caller.schoolId, subjectId});
        if (!q.next())
            throw fail(ErrorCode::NotFound, QStringLiteral("no subject with id %1").arg(subjectId));
        subjectName = q.value(0).toString();
        const QString before = q.value(1).toString();
        requireMarksFit(ctx, subjectId, subjectName, scale);
        ctx.sql.exec(QStringLiteral(
            "INSERT INTO subject_scale (school_id, subject_id, scale) VALUES (?, ?, ?)"
            " ON CONFLICT (school_id, subject_id) DO UPDATE SET scale = EXCLUDED.scale"),
            {ctx.caller.schoolId, subjectId, name});
        audit = {QStringLiteral("subject_scale.set"), QStringLiteral("subject"),
                 QString::number(subjectId), QCborMap{{QStringLiteral("scale"), before}},
                 QCborMap{{QStringLiteral("scale"), name}}, {}, 0};
    });
    return QCborMap{{QStringLiteral("subjectId"), subjectId},
                    {QStringLiteral("subjectName"), subjectName},
                    {QStringLiteral("scale"), name}};
}

QCborValue getSettings(RequestContext &ctx)
{
    return settingsMap(correctionDays(ctx));
}

QCborValue setSettings(RequestContext &ctx)
{
    const qint64 days = ctx.integer(QStringLiteral("correctionDays"));
    if (days < 0 || days > 365)
        invalid(QStringLiteral("correctionDays"), QStringLiteral("must be from 0 to 365"),
                QStringLiteral("a correction window of %1 days is not from 0 to 365").arg(days));
    ctx.write([&](AuditRecord &audit) {
        const int before = correctionDays(ctx);
        ctx.sql.exec(QStringLiteral(
            "INSERT INTO journal_setting (school_id, correction_days) VALUES (?, ?)"
            " ON CONFLICT (school_id) DO UPDATE SET correction_days = EXCLUDED.correction_days"),
            {ctx.caller.schoolId, days});
        audit = {QStringLiteral("journal_setting.set"), QStringLiteral("school"),
                 QString::number(ctx.caller.schoolId), settingsMap(before),
                 settingsMap(int(days)), {}, 0};
    });
    return settingsMap(int(days));
}

} // namespace ejournal::server::handlers::plan

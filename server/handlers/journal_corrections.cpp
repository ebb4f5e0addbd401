// corrections.list and corrections.approve: the deputy's register of journal edits made after
// the correction window or in a closed period, with their reasons, and marking them reviewed.
#include "journal_common.h"
#include "journal_handlers.h"

#include <QSet>

namespace ejournal::server::handlers {

using namespace journal;

QCborValue listCorrections(RequestContext &ctx)
{
    const QDate from = dateParam(ctx, QStringLiteral("from"));
    const QDate to = dateParam(ctx, QStringLiteral("to"));
    const bool reviewed = ctx.params.value(QStringLiteral("reviewed")).toBool();
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT jc.id, jc.what, jc.assignment_id, s.name, coalesce(c.grade || c.letter, g.name),"
        "       jc.lesson_id, l.on_date, jc.student_id,"
        "       concat_ws(' ', stu.last_name, stu.first_name, nullif(stu.middle_name, '')),"
        "       jc.period_id, jc.before::text, jc.after::text, jc.reason, jc.made_at,"
        "       coalesce(mu.full_name, ''), jc.reviewed_at, coalesce(ru.full_name, '')"
        "  FROM journal_correction jc"
        "  JOIN assignment a ON a.school_id = jc.school_id AND a.id = jc.assignment_id"
        "  JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
        "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "  LEFT JOIN lesson l ON l.school_id = jc.school_id AND l.id = jc.lesson_id"
        "  LEFT JOIN student stu ON stu.school_id = jc.school_id AND stu.id = jc.student_id"
        "  LEFT JOIN app_user mu ON mu.school_id = jc.school_id AND mu.id = jc.made_by"
        "  LEFT JOIN app_user ru ON ru.school_id = jc.school_id AND ru.id = jc.reviewed_by"
        " WHERE jc.school_id = ? AND (jc.reviewed_at IS NOT NULL) = ?"
        "   AND (?::date IS NULL OR jc.made_at >= ?::date)"
        "   AND (?::date IS NULL OR jc.made_at < ?::date + 1)"
        " ORDER BY jc.made_at DESC, jc.id DESC"),
        {ctx.caller.schoolId, reviewed, from, from, to, to});
    QCborArray out;
    while (q.next()) {
        const auto id = [&](int i) { return idOrNull(q.value(i).toLongLong()); };
        out.append(QCborMap{{QStringLiteral("id"), q.value(0).toLongLong()},
                            {QStringLiteral("what"), q.value(1).toString()},
                            {QStringLiteral("assignmentId"), q.value(2).toLongLong()},
                            {QStringLiteral("subjectName"), q.value(3).toString()},
                            {QStringLiteral("targetName"), q.value(4).toString()},
                            {QStringLiteral("lessonId"), id(5)},
                            {QStringLiteral("lessonDate"), dateOrNull(q.value(6).toDate())},
                            {QStringLiteral("studentId"), id(7)},
                            {QStringLiteral("studentName"), q.value(8).toString()},
                            {QStringLiteral("periodId"), id(9)},
                            {QStringLiteral("before"), jsonValue(q.value(10))},
                            {QStringLiteral("after"), jsonValue(q.value(11))},
                            {QStringLiteral("reason"), q.value(12).toString()},
                            {QStringLiteral("madeAt"), timeOrNull(q.value(13).toDateTime())},
                            {QStringLiteral("madeBy"), q.value(14).toString()},
                            {QStringLiteral("reviewedAt"), timeOrNull(q.value(15).toDateTime())},
                            {QStringLiteral("reviewedBy"), q.value(16).toString()}});
    }
    return out;
}

QCborValue approveCorrections(RequestContext &ctx)
{
    QStringList ids;
    for (const QCborValue &id : ctx.params.value(QStringLiteral("ids")).toArray()) {
        if (!id.isInteger())
            throw fail(ErrorCode::Invalid, QStringLiteral("ids must be integers"),
                       {{QStringLiteral("ids"), QStringLiteral("integers only")}});
        ids.append(QString::number(id.toInteger()));
    }
    const QString idArray = QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')));
    const int known = ctx.sql.scalar(QStringLiteral(
        "SELECT count(*) FROM journal_correction WHERE school_id = ? AND id = ANY (?::bigint[])"),
        {ctx.caller.schoolId, idArray}).toInt();
    if (known != QSet<QString>(ids.cbegin(), ids.cend()).size())
        throw fail(ErrorCode::NotFound, QStringLiteral("some of the corrections do not exist"));
    int approved = 0;
    ctx.write([&](AuditRecord &audit) {
        QSqlQuery q = ctx.sql.exec(QStringLiteral(
            "UPDATE journal_correction SET reviewed_at = now(), reviewed_by = ?"
            " WHERE school_id = ? AND id = ANY (?::bigint[]) AND reviewed_at IS NULL"
            " RETURNING id"), {ctx.caller.userId, ctx.caller.schoolId, idArray});
        QCborArray done;
        while (q.next())
            done.append(q.value(0).toLongLong());
        approved = int(done.size());
        audit = {QStringLiteral("correction.approve"), QStringLiteral("journal_correction"),
                 ids.join(QLatin1Char(',')), QCborValue(),
                 QCborMap{{QStringLiteral("approved"), done}}, QString(), 0};
    });
    return QCborMap{{QStringLiteral("approved"), approved}};
}

} // namespace ejournal::server::handlers

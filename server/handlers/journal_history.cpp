// journal.cellHistory: every state a cell has had, newest first — who put which mark, when,
// and why when it was a late correction.
#include "journal_common.h"
#include "journal_handlers.h"

namespace ejournal::server::handlers {

using namespace journal;

QCborValue cellHistory(RequestContext &ctx)
{
    const qint64 lessonId = ctx.integer(QStringLiteral("lessonId"));
    const qint64 studentId = ctx.integer(QStringLiteral("studentId"));
    requireRead(lessonAccess(ctx, lessonId));
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT r.version, r.content::text, r.changed_at, coalesce(u.full_name, ''), r.reason,"
        "       r.late"
        "  FROM journal_cell_revision r"
        "  LEFT JOIN app_user u ON u.school_id = r.school_id AND u.id = r.changed_by"
        " WHERE r.school_id = ? AND r.lesson_id = ? AND r.student_id = ?"
        " ORDER BY r.version DESC"),
        {ctx.caller.schoolId, lessonId, studentId});
    QCborArray out;
    while (q.next()) {
        QCborMap row = CellContent::fromContent(jsonValue(q.value(1)).toMap()).contentMap();
        row.insert(QStringLiteral("version"), q.value(0).toInt());
        row.insert(QStringLiteral("changedAt"), timeOrNull(q.value(2).toDateTime()));
        row.insert(QStringLiteral("changedBy"), q.value(3).toString());
        row.insert(QStringLiteral("reason"), q.value(4).toString());
        row.insert(QStringLiteral("late"), q.value(5).toBool());
        out.append(row);
    }
    return out;
}

} // namespace ejournal::server::handlers

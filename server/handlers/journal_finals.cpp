// journal.setFinal: a student's final mark in the load's subject for a period or for the year
// (the load's teacher or the deputy); a closed period needs a reason and goes to the register
// of late corrections. Pushes journal.finalChanged.
#include "journal_common.h"
#include "journal_handlers.h"

namespace ejournal::server::handlers {

using namespace journal;

namespace {

const QString kPeriodId = QStringLiteral("periodId");

Error invalid(const QString &field, const QString &problem, const QString &message)
{
    return fail(ErrorCode::Invalid, message, {{field, problem}});
}

// The period asked for (id 0: the year, as a period spanning it).
Period finalPeriod(const RequestContext &ctx, const AssignmentInfo &info)
{
    if (!ctx.params.contains(kPeriodId))
        return {0, info.year.name, info.year.startsOn, info.year.endsOn, false};
    const qint64 id = ctx.integer(kPeriodId);
    for (const Period &p : periodsOf(ctx, info.schemeId))
        if (p.id == id)
            return p;
    throw fail(ErrorCode::NotFound, QStringLiteral("no period with id %1 in the periods of %2")
                                        .arg(id).arg(info.targetName));
}

void requireMemberDuring(const RequestContext &ctx, const AssignmentInfo &info,
                         qint64 studentId, const Period &range)
{
    const bool member = ctx.sql.scalar(QStringLiteral(
        "SELECT 1 FROM enrollment WHERE school_id = ? AND class_id = ? AND student_id = ?"
        "   AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)"
        " UNION ALL SELECT 1 FROM group_member WHERE school_id = ? AND group_id = ?"
        "   AND student_id = ? AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)"
        " LIMIT 1"),
        {ctx.caller.schoolId, info.groupId == 0 ? nullableId(info.classId) : nullableId(0),
         studentId, range.endsOn, range.startsOn, ctx.caller.schoolId, nullableId(info.groupId),
         studentId, range.endsOn, range.startsOn}).isValid();
    if (!member)
        throw invalid(QStringLiteral("studentId"),
                      QStringLiteral("not a member of %1 in %2").arg(info.targetName, range.name),
                      QStringLiteral("the student %1 is not a member of %2 in %3")
                          .arg(studentId).arg(info.targetName, range.name));
}

struct FinalRow
{
    qint64 id = 0;
    int version = 0;
    QString value;
};

} // namespace

QCborValue setFinal(RequestContext &ctx)
{
    const qint64 assignmentId = ctx.integer(QStringLiteral("assignmentId"));
    const qint64 studentId = ctx.integer(QStringLiteral("studentId"));
    const int seen = int(ctx.integer(QStringLiteral("version")));
    const QString value = ctx.text(QStringLiteral("value")).trimmed();
    const QString reason = ctx.text(QStringLiteral("reason")).trimmed();
    requireWrite(assignmentAccess(ctx, assignmentId));
    const AssignmentInfo info = assignmentOf(ctx, assignmentId);
    writableYear(ctx, info.year.id);
    const Period period = finalPeriod(ctx, info);
    if (!value.isEmpty() && !marks::isValidFinal(info.scale, value))
        throw invalid(QStringLiteral("value"), QStringLiteral("not a final mark of the scale"),
                      QStringLiteral("«%1» is not a final mark of the %2 scale of %3")
                          .arg(value, marks::scaleName(info.scale), info.subjectName));
    requireMemberDuring(ctx, info, studentId, period);
    const QString lateWhy = lateBecause(0, info.correctionDays,
                                        period.closed ? period.name : QString());
    requireReason(lateWhy, reason);

    const QVariantList key{ctx.caller.schoolId, studentId, info.subjectId, info.year.id,
                           period.id};
    const QString keyWhere = QStringLiteral(
        "school_id = ? AND student_id = ? AND subject_id = ? AND academic_year_id = ?"
        " AND coalesce(period_id, 0) = ?");
    const auto current = [&](bool lock) {
        QSqlQuery q = ctx.sql.exec(QStringLiteral("SELECT id, version, coalesce(value, '')"
                                                  " FROM final_mark WHERE %1%2")
                                       .arg(keyWhere, lock ? QLatin1String(" FOR UPDATE")
                                                           : QLatin1String()), key);
        return q.next() ? FinalRow{q.value(0).toLongLong(), q.value(1).toInt(),
                                   q.value(2).toString()}
                        : FinalRow{};
    };
    const auto finalMap = [&](const FinalRow &row) {
        return QCborMap{{QStringLiteral("studentId"), studentId},
                        {kPeriodId, idOrNull(period.id)},
                        {QStringLiteral("value"), row.value},
                        {QStringLiteral("version"), row.version}};
    };
    FinalRow after{0, 0, value};
    ctx.write([&](AuditRecord &audit) {
        const FinalRow before = current(true);
        if (before.version != seen)
            throw staleVersion(QStringLiteral("the final mark"), finalMap(before));
        const QVariant stored = value.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(value);
        QSqlQuery q = before.id == 0
            ? ctx.sql.exec(QStringLiteral(
                  "INSERT INTO final_mark (value, updated_by, school_id, student_id, subject_id,"
                  " academic_year_id, period_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
                  " ON CONFLICT DO NOTHING RETURNING id, version"),
                  QVariantList{stored, nullableId(ctx.caller.userId)} + key.mid(0, 4)
                      + QVariantList{nullableId(period.id)})
            : ctx.sql.exec(QStringLiteral(
                  "UPDATE final_mark SET value = ?, updated_by = ?, version = version + 1,"
                  " updated_at = now() WHERE id = ? AND school_id = ? RETURNING id, version"),
                  {stored, nullableId(ctx.caller.userId), before.id, ctx.caller.schoolId});
        if (!q.next())
            throw staleVersion(QStringLiteral("the final mark"), finalMap(current(false)));
        after.id = q.value(0).toLongLong();
        after.version = q.value(1).toInt();
        const QCborMap was{{QStringLiteral("value"), before.value}};
        const QCborMap now{{QStringLiteral("value"), value}};
        if (!lateWhy.isEmpty())
            recordCorrection(ctx, {assignmentId, QStringLiteral("final"), 0, studentId,
                                   period.id, was, now, reason});
        audit = {QStringLiteral("final.set"), QStringLiteral("final_mark"),
                 QString::number(after.id), was, now, reason, 0};
    });
    const QCborMap row = finalMap(after);
    pushJournalEvent(ctx, assignmentId, QStringLiteral("journal.finalChanged"),
                     QStringLiteral("final"), row);
    return QCborMap{{QStringLiteral("final"), row}};
}

} // namespace ejournal::server::handlers

// guardians.* handlers: add and edit guardians, link them to students with a relation
// (mother, father, guardian, other), remove a link.
#include "people_guardians.h"

#include "people_common.h"

namespace ejournal::server::handlers::people {

namespace {
const Fields kGuardianFields{
    {"lastName", "last_name", FieldKind::Text},
    {"firstName", "first_name", FieldKind::Text},
    {"middleName", "middle_name", FieldKind::Text},
    {"phone", "phone", FieldKind::Text},
    {"email", "email", FieldKind::Text},
};

QCborMap guardianRow(const RequestContext &ctx, qint64 id)
{
    QCborMap row = readRow(ctx, "guardian", kGuardianFields, id, QStringLiteral("guardian"));
    row.insert(QStringLiteral("id"), id);
    row.insert(QStringLiteral("fullName"),
               fullName(row.value(QStringLiteral("lastName")).toString(),
                        row.value(QStringLiteral("firstName")).toString(),
                        row.value(QStringLiteral("middleName")).toString()));
    return row;
}

// The relation parameter, "guardian" when absent; invalid unless one of the four.
QString relationParam(const RequestContext &ctx)
{
    const QString relation = ctx.params.value(QStringLiteral("relation"))
                                 .toString(QStringLiteral("guardian"));
    static const QStringList kRelations{QStringLiteral("mother"), QStringLiteral("father"),
                                        QStringLiteral("guardian"), QStringLiteral("other")};
    if (!kRelations.contains(relation))
        invalid(QStringLiteral("relation"), QStringLiteral("must be mother, father, guardian or other"),
                QStringLiteral("unknown relation «%1»").arg(relation));
    return relation;
}

// The current relation of the pair, or undefined when they are not linked.
QCborValue linkOf(const RequestContext &ctx, qint64 guardianId, qint64 studentId)
{
    const QVariant relation = ctx.sql.scalar(QStringLiteral(
        "SELECT relation FROM student_guardian WHERE school_id = ? AND guardian_id = ?"
        " AND student_id = ?"), {ctx.caller.schoolId, guardianId, studentId});
    return relation.isValid() ? QCborValue(relation.toString()) : QCborValue();
}

void insertLink(const RequestContext &ctx, qint64 guardianId, qint64 studentId,
                const QString &relation)
{
    ctx.sql.exec(QStringLiteral(
        "INSERT INTO student_guardian (school_id, student_id, guardian_id, relation)"
        " VALUES (?, ?, ?, ?)"
        " ON CONFLICT (school_id, student_id, guardian_id) DO UPDATE SET relation = excluded.relation"),
        {ctx.caller.schoolId, studentId, guardianId, relation});
}
} // namespace

QCborValue createGuardian(RequestContext &ctx)
{
    QCborMap row = mergeParams(ctx, kGuardianFields, {});
    requireNames(row);
    const qint64 studentId = ctx.integer(QStringLiteral("studentId"));
    const QString relation = relationParam(ctx);
    if (studentId != 0)
        studentName(ctx, studentId);
    qint64 id = 0;
    ctx.write([&](AuditRecord &audit) {
        id = insertRow(ctx, "guardian", kGuardianFields, row);
        if (studentId != 0) {
            insertLink(ctx, id, studentId, relation);
            row.insert(QStringLiteral("studentId"), studentId);
            row.insert(QStringLiteral("relation"), relation);
        }
        audit = {QStringLiteral("guardian.create"), QStringLiteral("guardian"),
                 QString::number(id), {}, row, {}, 0};
    });
    return QCborMap{{QStringLiteral("id"), id}};
}

QCborValue updateGuardian(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const QCborMap before = readRow(ctx, "guardian", kGuardianFields, id, QStringLiteral("guardian"));
    const QCborMap after = mergeParams(ctx, kGuardianFields, before);
    requireNames(after);
    const Changes changes = diff(before, after);
    if (!changes.isEmpty())
        ctx.write([&](AuditRecord &audit) {
            updateRow(ctx, "guardian", kGuardianFields, id, changes.after);
            audit = {QStringLiteral("guardian.update"), QStringLiteral("guardian"),
                     QString::number(id), changes.before, changes.after, {}, 0};
        });
    return guardianRow(ctx, id);
}

QCborValue linkGuardian(RequestContext &ctx)
{
    const qint64 guardianId = ctx.integer(QStringLiteral("guardianId"));
    const qint64 studentId = ctx.integer(QStringLiteral("studentId"));
    const QString relation = relationParam(ctx);
    guardianRow(ctx, guardianId);
    studentName(ctx, studentId);
    const QCborValue old = linkOf(ctx, guardianId, studentId);
    const QCborMap after{{QStringLiteral("studentId"), studentId},
                         {QStringLiteral("relation"), relation}};
    if (old.toString() != relation)
        ctx.write([&](AuditRecord &audit) {
            insertLink(ctx, guardianId, studentId, relation);
            const QCborValue before = old.isUndefined()
                ? QCborValue()
                : QCborMap{{QStringLiteral("studentId"), studentId},
                           {QStringLiteral("relation"), old}};
            audit = {QStringLiteral("guardian.link"), QStringLiteral("guardian"),
                     QString::number(guardianId), before, after, {}, 0};
        });
    QCborMap out = after;
    out.insert(QStringLiteral("guardianId"), guardianId);
    return out;
}

QCborValue unlinkGuardian(RequestContext &ctx)
{
    const qint64 guardianId = ctx.integer(QStringLiteral("guardianId"));
    const qint64 studentId = ctx.integer(QStringLiteral("studentId"));
    guardianRow(ctx, guardianId);
    studentName(ctx, studentId);
    const QCborValue old = linkOf(ctx, guardianId, studentId);
    if (old.isUndefined())
        throw fail(ErrorCode::NotFound,
                   QStringLiteral("guardian %1 is not linked to student %2").arg(guardianId).arg(studentId));
    ctx.write([&](AuditRecord &audit) {
        ctx.sql.exec(QStringLiteral(
            "DELETE FROM student_guardian WHERE school_id = ? AND guardian_id = ? AND student_id = ?"),
            {ctx.caller.schoolId, guardianId, studentId});
        audit = {QStringLiteral("guardian.unlink"), QStringLiteral("guardian"),
                 QString::number(guardianId),
                 QCborMap{{QStringLiteral("studentId"), studentId},
                          {QStringLiteral("relation"), old}},
                 {}, {}, 0};
    });
    return QCborMap();
}

} // namespace ejournal::server::handlers::people

// subjects.* handlers: the school's subjects (federal or school component). Names and
// short names are unique in the school; a subject no longer taught is archived, not deleted.
#include "structure_common.h"
#include "structure_handlers.h"

namespace ejournal::server::handlers::structure {

namespace {
const QStringList kComponents{QStringLiteral("federal"), QStringLiteral("school")};

struct Subject
{
    qint64 id = 0;
    QString name;
    QString shortName;
    QString component;
    bool archived = false;
};

QCborMap subjectFields(const Subject &s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("shortName"), s.shortName},
            {QStringLiteral("component"), s.component}};
}

QCborMap subjectRow(const Subject &s)
{
    QCborMap row = subjectFields(s);
    row.insert(QStringLiteral("id"), s.id);
    row.insert(QStringLiteral("archived"), s.archived);
    return row;
}

// Subjects of the school by name; one subject when subjectId is not 0.
QList<Subject> readSubjects(const RequestContext &ctx, qint64 subjectId, bool includeArchived)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, name, short_name, component, archived FROM subject"
        " WHERE school_id = ? AND (?::bigint = 0 OR id = ?) AND (?::boolean OR NOT archived)"
        " ORDER BY name COLLATE \"ru-RU-x-icu\", id"),
        {ctx.caller.schoolId, subjectId, subjectId, includeArchived});
    QList<Subject> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toBool()});
    return out;
}

Subject subjectOf(const RequestContext &ctx, qint64 id)
{
    const QList<Subject> found = readSubjects(ctx, id, true);
    if (found.isEmpty())
        throw fail(ErrorCode::NotFound, QStringLiteral("no subject with id %1").arg(id));
    return found.first();
}

// The request's fields applied to a subject (all of them for create), checked.
Subject merged(const RequestContext &ctx, Subject s)
{
    s.name = requiredText(textOr(ctx, QStringLiteral("name"), s.name), QStringLiteral("name"));
    s.shortName = requiredText(textOr(ctx, QStringLiteral("shortName"), s.shortName),
                               QStringLiteral("shortName"));
    s.component = oneOf(textOr(ctx, QStringLiteral("component"), s.component), kComponents,
                        QStringLiteral("component"));
    return s;
}

void requireUniqueNames(const RequestContext &ctx, const Subject &s)
{
    requireUnique(ctx, "subject", "name", s.name, s.id, QStringLiteral("name"),
                  QStringLiteral("subject"), QStringLiteral("name"));
    requireUnique(ctx, "subject", "short_name", s.shortName, s.id, QStringLiteral("shortName"),
                  QStringLiteral("subject"), QStringLiteral("short name"));
}

const QString kTaken = QStringLiteral("a subject with this name or short name already exists");
} // namespace

QCborValue listSubjects(RequestContext &ctx)
{
    QCborArray out;
    for (const Subject &s : readSubjects(ctx, 0, ctx.params.value(QStringLiteral("includeArchived")).toBool()))
        out.append(subjectRow(s));
    return out;
}

QCborValue createSubject(RequestContext &ctx)
{
    Subject s = merged(ctx, {});
    writeUnique(ctx, QStringLiteral("name"), kTaken, [&](AuditRecord &audit) {
        requireUniqueNames(ctx, s);
        s.id = ctx.sql.scalar(QStringLiteral(
            "INSERT INTO subject (school_id, name, short_name, component) VALUES (?, ?, ?, ?)"
            " RETURNING id"), {ctx.caller.schoolId, s.name, s.shortName, s.component}).toLongLong();
        audit = {QStringLiteral("subject.create"), QStringLiteral("subject"), QString::number(s.id),
                 {}, subjectFields(s), {}, 0};
    });
    return subjectRow(s);
}

QCborValue updateSubject(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    Subject s;
    writeUnique(ctx, QStringLiteral("name"), kTaken, [&](AuditRecord &audit) {
        const Subject before = subjectOf(ctx, id);
        s = merged(ctx, before);
        requireUniqueNames(ctx, s);
        ctx.sql.exec(QStringLiteral(
            "UPDATE subject SET name = ?, short_name = ?, component = ? WHERE school_id = ? AND id = ?"),
            {s.name, s.shortName, s.component, ctx.caller.schoolId, id});
        const Changes changes = diff(subjectFields(before), subjectFields(s));
        audit = {QStringLiteral("subject.update"), QStringLiteral("subject"), QString::number(id),
                 changes.before, changes.after, {}, 0};
    });
    return subjectRow(s);
}

QCborValue archiveSubject(RequestContext &ctx)
{
    setArchived(ctx, "subject", QStringLiteral("subject"));
    return subjectRow(subjectOf(ctx, ctx.integer(QStringLiteral("id"))));
}

} // namespace ejournal::server::handlers::structure

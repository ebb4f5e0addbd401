// attachments.*: files attached to a lesson's homework (at most 10 MiB each), written by
// those who may write the lesson, read by those who may read its journal. The journal's
// readers see the count change at once (`journal.attachmentsChanged`).
#include "journal_scope.h"
#include "lessons_common.h"
#include "plan_handlers.h"
#include "structure_common.h"

#include <QMimeDatabase>

namespace ejournal::server::handlers::plan {

namespace {
constexpr qsizetype kMaxSize = 10 * 1024 * 1024;

struct Attachment
{
    qint64 id = 0;
    qint64 lessonId = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
};

Attachment attachmentOf(const RequestContext &ctx, qint64 id)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, lesson_id, file_name, mime_type, size FROM lesson_attachment"
        " WHERE school_id = ? AND id = ?"), {ctx.caller.schoolId, id});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no attachment with id %1").arg(id));
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toLongLong()};
}

QCborMap fields(const Attachment &a)
{
    return {{QStringLiteral("lessonId"), a.lessonId},
            {QStringLiteral("fileName"), a.fileName},
            {QStringLiteral("mimeType"), a.mimeType},
            {QStringLiteral("size"), a.size}};
}

// The lesson's year must be open and the caller may write the lesson; returns the lesson.
lessons::LessonInfo writableLesson(const RequestContext &ctx, qint64 lessonId)
{
    journal::requireWrite(journal::lessonAccess(ctx, lessonId));
    const lessons::LessonInfo lesson = lessons::lessonOf(ctx, lessonId);
    writableYear(ctx, lesson.year.id);
    return lesson;
}

// The name without any folder part the sender's system put in front of it.
QString baseName(const QString &fileName)
{
    const QString name = fileName.section(u'/', -1).section(u'\\', -1).trimmed();
    if (name.isEmpty())
        structure::invalid(QStringLiteral("fileName"), QStringLiteral("must name a file"),
                           QStringLiteral("«%1» is not a file name").arg(fileName));
    return name;
}

void notifyCount(RequestContext &ctx, const lessons::LessonInfo &lesson)
{
    const int count = ctx.sql.scalar(QStringLiteral(
        "SELECT count(*) FROM lesson_attachment WHERE school_id = ? AND lesson_id = ?"),
        {ctx.caller.schoolId, lesson.id}).toInt();
    ctx.change.events.append(PushEvent{
        QStringLiteral("journal.attachmentsChanged"),
        QCborMap{{QStringLiteral("assignmentId"), lesson.assignmentId},
                 {QStringLiteral("lessonId"), lesson.id},
                 {QStringLiteral("attachments"), count}},
        QStringLiteral("journal:%1").arg(lesson.assignmentId)});
}
} // namespace

QCborValue addAttachment(RequestContext &ctx)
{
    const QByteArray content = ctx.params.value(QStringLiteral("content")).toByteArray();
    if (content.size() > kMaxSize)
        structure::invalid(QStringLiteral("content"), QStringLiteral("larger than 10 MiB"),
                           QStringLiteral("the file is %1 MiB; at most 10 MiB may be attached")
                               .arg(double(content.size()) / (1024 * 1024), 0, 'f', 1));
    Attachment a;
    a.lessonId = ctx.integer(QStringLiteral("lessonId"));
    a.fileName = baseName(ctx.text(QStringLiteral("fileName")));
    a.mimeType = ctx.text(QStringLiteral("mimeType")).trimmed();
    if (a.mimeType.isEmpty())
        a.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(a.fileName, content).name();
    a.size = content.size();
    lessons::LessonInfo lesson;
    ctx.write([&](AuditRecord &audit) {
        lesson = writableLesson(ctx, a.lessonId);
        a.id = ctx.sql.scalar(QStringLiteral(
            "INSERT INTO lesson_attachment (school_id, lesson_id, file_name, mime_type, size,"
            " content, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {ctx.caller.schoolId, a.lessonId, a.fileName, a.mimeType, a.size, content,
             ctx.caller.userId}).toLongLong();
        audit = {QStringLiteral("attachment.add"), QStringLiteral("lesson_attachment"),
                 QString::number(a.id), {}, fields(a), {}, 0};
    });
    notifyCount(ctx, lesson);
    QCborMap out = fields(a);
    out.insert(QStringLiteral("id"), a.id);
    return out;
}

QCborValue listAttachments(RequestContext &ctx)
{
    const qint64 lessonId = ctx.integer(QStringLiteral("lessonId"));
    journal::requireRead(journal::lessonAccess(ctx, lessonId));
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT la.id, la.file_name, la.mime_type, la.size, la.uploaded_at,"
        "       coalesce(u.full_name, '') FROM lesson_attachment la"
        "  LEFT JOIN app_user u ON u.school_id = la.school_id AND u.id = la.uploaded_by"
        " WHERE la.school_id = ? AND la.lesson_id = ? ORDER BY la.uploaded_at, la.id"),
        {ctx.caller.schoolId, lessonId});
    QCborArray out;
    while (q.next())
        out.append(QCborMap{{QStringLiteral("id"), q.value(0).toLongLong()},
                            {QStringLiteral("fileName"), q.value(1).toString()},
                            {QStringLiteral("mimeType"), q.value(2).toString()},
                            {QStringLiteral("size"), q.value(3).toLongLong()},
                            {QStringLiteral("uploadedAt"), isoTime(q.value(4).toDateTime())},
                            {QStringLiteral("uploadedBy"), q.value(5).toString()}});
    return out;
}

QCborValue getAttachment(RequestContext &ctx)
{
    const Attachment a = attachmentOf(ctx, ctx.integer(QStringLiteral("id")));
    journal::requireRead(journal::lessonAccess(ctx, a.lessonId));
    const QByteArray content = ctx.sql.scalar(QStringLiteral(
        "SELECT content FROM lesson_attachment WHERE school_id = ? AND id = ?"),
        {ctx.caller.schoolId, a.id}).toByteArray();
    return QCborMap{{QStringLiteral("fileName"), a.fileName},
                    {QStringLiteral("mimeType"), a.mimeType},
                    {QStringLiteral("content"), content}};
}

QCborValue removeAttachment(RequestContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    lessons::LessonInfo lesson;
    ctx.write([&](AuditRecord &audit) {
        const Attachment a = attachmentOf(ctx, id);
        lesson = writableLesson(ctx, a.lessonId);
        ctx.sql.exec(QStringLiteral("DELETE FROM lesson_attachment WHERE school_id = ? AND id = ?"),
                     {ctx.caller.schoolId, id});
        audit = {QStringLiteral("attachment.remove"), QStringLiteral("lesson_attachment"),
                 QString::number(id), fields(a), {}, {}, 0};
    });
    notifyCount(ctx, lesson);
    return QCborMap();
}

} // namespace ejournal::server::handlers::plan

// journal.updateLesson: the lesson card — topic, summary, homework and its due date, the kind
// of work of the lesson's column, the control-work flag and the КТП item — under the same
// rules as cells (a reason for late corrections); pushes journal.lessonChanged.
#include "journal_common.h"
#include "journal_handlers.h"

namespace ejournal::server::handlers {

using namespace journal;

namespace {

const QString kTopic = QStringLiteral("topic");
const QString kSummary = QStringLiteral("summary");
const QString kHomework = QStringLiteral("homework");
const QString kHomeworkDue = QStringLiteral("homeworkDue");
const QString kWorkTypeId = QStringLiteral("workTypeId");
const QString kControlWork = QStringLiteral("controlWork");
const QString kPlanItemId = QStringLiteral("planItemId");

Error invalid(const QString &field, const QString &problem, const QString &message)
{
    return fail(ErrorCode::Invalid, message, {{field, problem}});
}

// The card's fields as the audit and the correction register record them.
QCborMap cardMap(const JournalLesson &l)
{
    return {{kTopic, l.topic},
            {kSummary, l.summary},
            {kHomework, l.homework},
            {kHomeworkDue, dateOrNull(l.homeworkDue)},
            {kWorkTypeId, idOrNull(l.workTypeId)},
            {kControlWork, l.controlWork},
            {kPlanItemId, idOrNull(l.planItemId)}};
}

QDate homeworkDueParam(const RequestContext &ctx, const JournalLesson &lesson)
{
    const QString text = ctx.text(kHomeworkDue);
    if (text.isEmpty())
        return {};
    const QDate due = QDate::fromString(text, Qt::ISODate);
    if (!due.isValid())
        throw invalid(kHomeworkDue, QStringLiteral("not a date YYYY-MM-DD"),
                      QStringLiteral("the homework's due date «%1» is not a date").arg(text));
    if (due < lesson.date)
        throw invalid(kHomeworkDue, QStringLiteral("before the lesson"),
                      QStringLiteral("the homework is due %1, before the lesson of %2")
                          .arg(text, lesson.date.toString(Qt::ISODate)));
    return due;
}

void requireWorkType(const RequestContext &ctx, qint64 id)
{
    if (id != 0 && !ctx.sql.scalar(QStringLiteral(
                       "SELECT 1 FROM work_type WHERE school_id = ? AND id = ?"),
                       {ctx.caller.schoolId, id}).isValid())
        throw invalid(kWorkTypeId, QStringLiteral("no such kind of work"),
                      QStringLiteral("no kind of work with id %1").arg(id));
}

// The topic of a КТП item of the lesson's load.
QString planItemTopic(const RequestContext &ctx, const JournalLesson &lesson, qint64 id)
{
    const QVariant topic = ctx.sql.scalar(QStringLiteral(
        "SELECT topic FROM plan_item WHERE school_id = ? AND id = ? AND assignment_id = ?"),
        {ctx.caller.schoolId, id, lesson.assignment.id});
    if (!topic.isValid())
        throw invalid(kPlanItemId, QStringLiteral("not an item of this load's plan"),
                      QStringLiteral("the КТП item %1 is not in the plan of %2 %3").arg(id)
                          .arg(lesson.assignment.targetName, lesson.assignment.subjectName));
    return topic.toString();
}

// The card with the parameters applied.
JournalLesson applyParams(const RequestContext &ctx, const JournalLesson &lesson)
{
    JournalLesson out = lesson;
    const auto has = [&](const QString &name) { return ctx.params.contains(name); };
    if (has(kTopic))
        out.topic = ctx.text(kTopic).trimmed();
    if (has(kSummary))
        out.summary = ctx.text(kSummary).trimmed();
    if (has(kHomework))
        out.homework = ctx.text(kHomework).trimmed();
    if (has(kHomeworkDue))
        out.homeworkDue = homeworkDueParam(ctx, lesson);
    if (has(kWorkTypeId)) {
        out.workTypeId = ctx.integer(kWorkTypeId);
        requireWorkType(ctx, out.workTypeId);
    }
    if (has(kControlWork))
        out.controlWork = ctx.params.value(kControlWork).toBool();
    if (has(kPlanItemId)) {
        out.planItemId = ctx.integer(kPlanItemId);
        const QString topic = out.planItemId == 0 ? QString()
                                                  : planItemTopic(ctx, lesson, out.planItemId);
        if (out.topic.isEmpty())
            out.topic = topic;
    }
    return out;
}

// The changed fields of the card: before and after.
void changedFields(const QCborMap &before, const QCborMap &after, QCborMap *was, QCborMap *now)
{
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        if (before.value(it.key()) != it.value()) {
            was->insert(it.key(), before.value(it.key()));
            now->insert(it.key(), it.value());
        }
}

QCborMap lessonRow(const RequestContext &ctx, qint64 lessonId, bool journalWrite)
{
    return lessonRows(ctx, QStringLiteral("l.id = ?"), {lessonId}, journalWrite)
        .at(0).toMap();
}

} // namespace

QCborValue updateJournalLesson(RequestContext &ctx)
{
    const qint64 lessonId = ctx.integer(QStringLiteral("lessonId"));
    const int seen = int(ctx.integer(QStringLiteral("version")));
    const QString reason = ctx.text(QStringLiteral("reason")).trimmed();
    const Access access = lessonAccess(ctx, lessonId);
    requireWrite(access);
    const JournalLesson lesson = journalLessonOf(ctx, lessonId);
    requireChangeable(lesson);
    if (lesson.version != seen)
        throw staleVersion(QStringLiteral("the lesson"), lessonRow(ctx, lessonId, access.write));
    const JournalLesson card = applyParams(ctx, lesson);
    QCborMap before, after;
    changedFields(cardMap(lesson), cardMap(card), &before, &after);
    if (after.isEmpty())
        return QCborMap{{QStringLiteral("lesson"), lessonRow(ctx, lessonId, access.write)}};
    const Period period = periodOn(ctx, lesson.assignment, lesson.date);
    const QString lateWhy = lateBecause(lesson.ageDays, lesson.assignment.correctionDays,
                                        period.closed ? period.name : QString());
    requireReason(lateWhy, reason);

    ctx.write([&](AuditRecord &audit) {
        const bool updated = ctx.sql.exec(QStringLiteral(
            "UPDATE lesson SET topic = ?, summary = ?, homework = ?, homework_due = ?,"
            " work_type_id = ?, control_work = ?, plan_item_id = ?, version = version + 1"
            " WHERE school_id = ? AND id = ? AND version = ? RETURNING version"),
            {card.topic, card.summary, card.homework,
             card.homeworkDue.isValid() ? QVariant(card.homeworkDue)
                                        : QVariant(QMetaType::fromType<QDate>()),
             nullableId(card.workTypeId), card.controlWork, nullableId(card.planItemId),
             ctx.caller.schoolId, lessonId, seen}).next();
        if (!updated)
            throw staleVersion(QStringLiteral("the lesson"),
                               lessonRow(ctx, lessonId, access.write));
        if (!lateWhy.isEmpty())
            recordCorrection(ctx, {lesson.assignment.id, QStringLiteral("lesson"), lessonId, 0,
                                   period.id, before, after, reason});
        audit = {QStringLiteral("lesson.update"), QStringLiteral("lesson"),
                 QString::number(lessonId), before, after, reason, 0};
    });
    QCborMap row = lessonRow(ctx, lessonId, access.write);
    QCborMap shared = row;
    shared.remove(QStringLiteral("canWrite"));
    pushJournalEvent(ctx, lesson.assignment.id, QStringLiteral("journal.lessonChanged"),
                     QStringLiteral("lesson"), shared);
    return QCborMap{{QStringLiteral("lesson"), row}};
}

} // namespace ejournal::server::handlers

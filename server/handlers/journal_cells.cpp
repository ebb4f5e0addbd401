// journal.setCell: replaces a cell (attendance and marks of a student on a lesson) after the
// checks of the journal's rules — the caller writes in this lesson, the student is a member on
// its date, marks on the subject's scale and allowed for an away student, no future lessons,
// a reason for late corrections — with a constant number of statements in one transaction,
// then pushes journal.cellChanged to the journal's readers.
#include "journal_common.h"
#include "journal_handlers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ejournal::server::handlers {

using namespace journal;

namespace {

const QString kMarks = QStringLiteral("marks");
constexpr int kMaxMarks = 5;

Error invalid(const QString &field, const QString &problem, const QString &message)
{
    return fail(ErrorCode::Invalid, message, {{field, problem}});
}

struct WorkType
{
    QString name;
    bool allowsAbsent = false;
};

struct WorkTypes
{
    QHash<qint64, WorkType> byId;
    qint64 fallback = 0;  // "Ответ на уроке", else the first kind
};

WorkTypes workTypesOf(const RequestContext &ctx)
{
    WorkTypes out;
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, name, allows_absent FROM work_type WHERE school_id = ?"
        " ORDER BY name <> 'Ответ на уроке', archived, ordinal, id"),
        {ctx.caller.schoolId});
    while (q.next()) {
        if (out.fallback == 0)
            out.fallback = q.value(0).toLongLong();
        out.byId.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toBool()});
    }
    return out;
}

void requireMember(const RequestContext &ctx, const JournalLesson &lesson, qint64 studentId)
{
    const bool member = ctx.sql.scalar(QStringLiteral(
        "SELECT %1 FROM lesson l JOIN assignment a ON a.school_id = l.school_id"
        "   AND a.id = l.assignment_id WHERE l.school_id = ? AND l.id = ?")
                                           .arg(QLatin1String(kMemberOnLessonDate)),
                                       {studentId, studentId, ctx.caller.schoolId, lesson.id})
                            .toBool();
    if (!member)
        throw invalid(QStringLiteral("studentId"),
                      QStringLiteral("not a member of %1 on %2")
                          .arg(lesson.assignment.targetName, lesson.date.toString(Qt::ISODate)),
                      QStringLiteral("the student %1 is not a member of %2 on %3").arg(studentId)
                          .arg(lesson.assignment.targetName, lesson.date.toString(Qt::ISODate)));
}

void requireNotFuture(const JournalLesson &lesson)
{
    if (lesson.ageDays < 0)
        throw invalid(QStringLiteral("lessonId"), QStringLiteral("in the future"),
                      QStringLiteral("the lesson %1 has not taken place yet")
                          .arg(lesson.describe()));
}

// The attendance and late minutes asked for.
CellContent attendanceParams(const RequestContext &ctx)
{
    CellContent content;
    marks::Attendance code = marks::Attendance::None;
    if (!marks::attendanceFromName(ctx.text(QStringLiteral("attendance")), &code))
        throw invalid(QStringLiteral("attendance"),
                      QStringLiteral("one of \"\", absent, sick, excused, late"),
                      QStringLiteral("unknown attendance «%1»")
                          .arg(ctx.text(QStringLiteral("attendance"))));
    content.attendance = marks::attendanceName(code);
    content.lateMinutes = int(ctx.integer(QStringLiteral("lateMinutes")));
    if (content.lateMinutes != 0 && code != marks::Attendance::Late)
        throw invalid(QStringLiteral("lateMinutes"), QStringLiteral("only with attendance late"),
                      QStringLiteral("late minutes are given only for a late student"));
    if (content.lateMinutes < 0 || content.lateMinutes > 120)
        throw invalid(QStringLiteral("lateMinutes"), QStringLiteral("must be 1 to 120"),
                      QStringLiteral("late minutes must be 1 to 120"));
    return content;
}

// The marks asked for, checked against the scale, the kinds of work and the attendance.
QList<Mark> markParams(const RequestContext &ctx, const JournalLesson &lesson,
                       const CellContent &attendance)
{
    const QCborArray list = ctx.params.value(kMarks).toArray();
    if (list.size() > kMaxMarks)
        throw invalid(kMarks, QStringLiteral("at most %1 marks").arg(kMaxMarks),
                      QStringLiteral("a cell holds at most %1 marks").arg(kMaxMarks));
    const WorkTypes kinds = workTypesOf(ctx);
    marks::Attendance code = marks::Attendance::None;
    marks::attendanceFromName(attendance.attendance, &code);
    QList<Mark> out;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QCborMap m = list.at(i).toMap();
        const QString where = QStringLiteral("mark %1: ").arg(i + 1);
        const QString value = m.value(QStringLiteral("value")).toString();
        if (!marks::isValidMark(lesson.assignment.scale, value))
            throw invalid(kMarks, where + QStringLiteral("not on the scale"),
                          QStringLiteral("«%1» is not a mark of the %2 scale of %3")
                              .arg(value, marks::scaleName(lesson.assignment.scale),
                                   lesson.assignment.subjectName));
        qint64 kind = m.value(QStringLiteral("workTypeId")).toInteger();
        if (kind == 0)
            kind = lesson.workTypeId != 0 ? lesson.workTypeId : kinds.fallback;
        if (!kinds.byId.contains(kind))
            throw invalid(kMarks, where + QStringLiteral("no such kind of work"),
                          QStringLiteral("no kind of work with id %1").arg(kind));
        if (marks::isAway(code) && !kinds.byId.value(kind).allowsAbsent)
            throw invalid(kMarks, where + QStringLiteral("the student was away"),
                          QStringLiteral("a mark for «%1» cannot be given to a student who was"
                                         " not in the lesson").arg(kinds.byId.value(kind).name));
        const QString comment = m.value(QStringLiteral("comment")).toString().trimmed();
        if (comment.size() > 500)
            throw invalid(kMarks, where + QStringLiteral("comment over 500 characters"),
                          QStringLiteral("a mark's comment is limited to 500 characters"));
        out.append({value, kind, comment, {}, {}});
    }
    return out;
}

// The new marks, with the entry time and author kept for those unchanged (same value, kind
// and comment as an old mark not matched yet); `keep[i]` is the old position (1-based) or 0.
QList<int> keptMarks(const QList<Mark> &before, QList<Mark> &after)
{
    QList<bool> used(before.size(), false);
    QList<int> keep;
    for (Mark &m : after) {
        int found = 0;
        for (qsizetype i = 0; i < before.size() && found == 0; ++i)
            if (!used[i] && before[i].value == m.value && before[i].workTypeId == m.workTypeId
                && before[i].comment == m.comment) {
                used[i] = true;
                found = int(i) + 1;
                m.enteredBy = before[i].enteredBy;
            }
        keep.append(found);
    }
    return keep;
}

// Replaces the cell's marks; kept ones keep entered_at and entered_by.
void writeMarks(const RequestContext &ctx, qint64 lessonId, qint64 studentId,
                QList<Mark> &marks, const QList<int> &keep)
{
    QJsonArray rows;
    for (qsizetype i = 0; i < marks.size(); ++i)
        rows.append(QJsonObject{{QStringLiteral("position"), int(i) + 1},
                                {QStringLiteral("value"), marks[i].value},
                                {QStringLiteral("work_type_id"), marks[i].workTypeId},
                                {QStringLiteral("comment"), marks[i].comment},
                                {QStringLiteral("keep"), keep[i]}});
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "WITH old AS (DELETE FROM mark WHERE school_id = ? AND lesson_id = ? AND student_id = ?"
        "             RETURNING position, entered_at, entered_by)"
        " INSERT INTO mark (school_id, lesson_id, student_id, position, value, work_type_id,"
        "                   comment, entered_at, entered_by)"
        " SELECT ?, ?, ?, x.position, x.value, x.work_type_id, x.comment,"
        "        coalesce(o.entered_at, now()), CASE WHEN o.position IS NULL THEN ? ELSE o.entered_by END"
        "   FROM jsonb_to_recordset(?::jsonb)"
        "        AS x(position smallint, value text, work_type_id bigint, comment text, keep smallint)"
        "   LEFT JOIN old o ON o.position = x.keep"
        " RETURNING position, entered_at"),
        {ctx.caller.schoolId, lessonId, studentId, ctx.caller.schoolId, lessonId, studentId,
         nullableId(ctx.caller.userId),
         QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))});
    while (q.next()) {
        Mark &m = marks[q.value(0).toInt() - 1];
        m.enteredAt = q.value(1).toDateTime();
        if (keep[q.value(0).toInt() - 1] == 0)
            m.enteredBy = ctx.caller.name;
    }
}

// Creates or updates the cell row from the version seen; false when someone created it
// meanwhile.
bool writeCellRow(const RequestContext &ctx, Cell &cell, int seenVersion)
{
    const CellContent &c = cell.content;
    const QVariantList binds{
        nullableText(c.attendance.isEmpty() ? QString() : c.attendance),
        c.lateMinutes == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(c.lateMinutes),
        nullableId(ctx.caller.userId), ctx.caller.schoolId, cell.lessonId, cell.studentId};
    QSqlQuery q = seenVersion == 0
        ? ctx.sql.exec(QStringLiteral(
              "INSERT INTO journal_cell (attendance, late_minutes, updated_by, school_id,"
              " lesson_id, student_id) VALUES (?, ?, ?, ?, ?, ?)"
              " ON CONFLICT DO NOTHING RETURNING version, updated_at"), binds)
        : ctx.sql.exec(QStringLiteral(
              "UPDATE journal_cell SET attendance = ?, late_minutes = ?, updated_by = ?,"
              " version = version + 1, updated_at = now()"
              " WHERE school_id = ? AND lesson_id = ? AND student_id = ?"
              " RETURNING version, updated_at"), binds);
    if (!q.next())
        return false;
    cell.version = q.value(0).toInt();
    cell.updatedAt = q.value(1).toDateTime();
    cell.updatedBy = ctx.caller.name;
    return true;
}

void writeRevision(const RequestContext &ctx, const Cell &cell, const QString &reason, bool late)
{
    ctx.sql.exec(QStringLiteral(
        "INSERT INTO journal_cell_revision (school_id, lesson_id, student_id, version, content,"
        " changed_by, reason, late) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?)"),
        {ctx.caller.schoolId, cell.lessonId, cell.studentId, cell.version,
         jsonText(cell.content.contentMap()), nullableId(ctx.caller.userId),
         reason.isNull() ? QStringLiteral("") : reason, late});
}

} // namespace

QCborValue setCell(RequestContext &ctx)
{
    const qint64 lessonId = ctx.integer(QStringLiteral("lessonId"));
    const qint64 studentId = ctx.integer(QStringLiteral("studentId"));
    const int seen = int(ctx.integer(QStringLiteral("version")));
    const QString reason = ctx.text(QStringLiteral("reason")).trimmed();
    requireWrite(lessonAccess(ctx, lessonId));
    const JournalLesson lesson = journalLessonOf(ctx, lessonId);
    requireChangeable(lesson);
    requireNotFuture(lesson);
    requireMember(ctx, lesson, studentId);
    Cell cell{lessonId, studentId, attendanceParams(ctx), 0, {}, {}};
    cell.content.marks = markParams(ctx, lesson, cell.content);
    const Period period = periodOn(ctx, lesson.assignment, lesson.date);
    const QString lateWhy = lateBecause(lesson.ageDays, lesson.assignment.correctionDays,
                                        period.closed ? period.name : QString());
    requireReason(lateWhy, reason);

    const CellFilter one{QStringLiteral("l.id = ?"), {lessonId}, studentId};
    ctx.write([&](AuditRecord &audit) {
        const QList<Cell> found = readCells(ctx, one, true);
        const Cell before = found.isEmpty() ? Cell{lessonId, studentId, {}, 0, {}, {}}
                                            : found.first();
        if (before.version != seen)
            throw staleVersion(QStringLiteral("the cell"), before.toMap());
        if (!writeCellRow(ctx, cell, seen))
            throw staleVersion(QStringLiteral("the cell"), readCells(ctx, one).value(0).toMap());
        const QList<int> keep = keptMarks(before.content.marks, cell.content.marks);
        if (!before.content.marks.isEmpty() || !cell.content.marks.isEmpty())
            writeMarks(ctx, lessonId, studentId, cell.content.marks, keep);
        writeRevision(ctx, cell, reason, !lateWhy.isEmpty());
        if (!lateWhy.isEmpty())
            recordCorrection(ctx, {lesson.assignment.id, QStringLiteral("cell"), lessonId,
                                   studentId, period.id, before.content.contentMap(),
                                   cell.content.contentMap(), reason});
        audit = {QStringLiteral("cell.set"), QStringLiteral("journal_cell"),
                 QStringLiteral("%1:%2").arg(lessonId).arg(studentId),
                 before.content.contentMap(), cell.content.contentMap(), reason, 0};
    });
    const QCborMap row = cell.toMap();
    pushJournalEvent(ctx, lesson.assignment.id, QStringLiteral("journal.cellChanged"),
                     QStringLiteral("cell"), row);
    return QCborMap{{QStringLiteral("cell"), row}};
}

} // namespace ejournal::server::handlers

// journal.setCell: replaces a cell (attendance and marks of a student on a lesson) after the
// checks of the journal's rules — the caller writes in this lesson, the student is a member on
// its date, marks on the subject's scale and allowed for an away student, no future lessons,
// a reason for late corrections — then writes it. Two statements: one reads everything the
// checks need; journal_write_cell (sql/006) writes cell, marks and revision in one call
// inside ctx.write. Then pushes journal.cellChanged to the journal's readers.
#include "journal_common.h"
#include "journal_handlers.h"

#include <QHash>

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

// What the checks of a cell need, read in one statement: the lesson with its load, the
// caller's rights on it, whether the student is a member on its date, the school's kinds of
// work and the period containing the lesson.
struct Target
{
    JournalLesson lesson;
    Access access;
    bool member = false;
    WorkTypes kinds;
    Period period;
};

Target targetOf(const RequestContext &ctx, qint64 lessonId, qint64 studentId)
{
    const qint64 staff = staffBind(ctx);
    QSqlQuery q = ctx.sql.cached(QStringLiteral(
        "SELECT %1, %2, l.teacher_id = ?, %3,"
        "       (SELECT json_agg(json_build_array(w.id, w.name, w.allows_absent)"
        "                        ORDER BY w.name <> 'Ответ на уроке', w.archived, w.ordinal, w.id)"
        "          FROM work_type w WHERE w.school_id = l.school_id),"
        "       coalesce(pd.id, 0), pd.name, coalesce(pd.closed, false)"
        "  FROM lesson l JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
        "  %4"
        "  LEFT JOIN LATERAL (SELECT p.id, p.name, p.closed FROM period p"
        "                      WHERE p.school_id = a.school_id AND p.scheme_id = %5"
        "                        AND l.on_date BETWEEN p.starts_on AND p.ends_on"
        "                      ORDER BY p.ordinal LIMIT 1) pd ON true"
        " WHERE l.school_id = ? AND l.id = ?")
                              .arg(journalLessonColumns(), accessColumns(),
                                   QLatin1String(kMemberOnLessonDate),
                                   QLatin1String(kAssignmentJoins), schemeOf()),
                          {staff, staff, staff, studentId, studentId, ctx.caller.schoolId,
                           lessonId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no lesson with id %1").arg(lessonId));
    Target out;
    out.lesson = readJournalLesson(q);
    const auto v = [&](int i) { return q.value(kJournalLessonColumnCount + i); };
    out.access = accessFrom(ctx, v(0).toBool() || v(2).toBool(), v(1).toBool());
    out.member = v(3).toBool();
    for (const QCborValue &w : jsonValue(v(4)).toArray()) {
        if (out.kinds.fallback == 0)
            out.kinds.fallback = w[0].toInteger();
        out.kinds.byId.insert(w[0].toInteger(), {w[1].toString(), w[2].toBool()});
    }
    out.period = {v(5).toLongLong(), v(6).toString(), {}, {}, v(7).toBool()};
    return out;
}

void requireMember(const Target &target, qint64 studentId)
{
    const JournalLesson &lesson = target.lesson;
    if (!target.member)
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
                       const WorkTypes &kinds, const CellContent &attendance)
{
    const QCborArray list = ctx.params.value(kMarks).toArray();
    if (list.size() > kMaxMarks)
        throw invalid(kMarks, QStringLiteral("at most %1 marks").arg(kMaxMarks),
                      QStringLiteral("a cell holds at most %1 marks").arg(kMaxMarks));
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

// Writes the cell seen at version `seen` (journal_write_cell: the version check, the cell
// row, the marks — unchanged ones keep their entry time and author — and the revision) and
// fills in its version, times and authors; returns what the cell held before. A stale
// version is a conflict carrying the current cell.
CellContent writeCell(const RequestContext &ctx, Cell &cell, int seen, const QString &reason,
                      bool late)
{
    QSqlQuery q = ctx.sql.cached(QStringLiteral(
        "SELECT journal_write_cell(?, ?, ?, ?, ?::jsonb, ?, ?, ?)::text"),
        {ctx.caller.schoolId, cell.lessonId, cell.studentId, seen,
         jsonText(cell.content.contentMap()), nullableId(ctx.caller.userId),
         reason.isNull() ? QStringLiteral("") : reason, late});
    const QCborMap written = q.next() ? jsonValue(q.value(0)).toMap() : QCborMap();
    if (written.value(QStringLiteral("conflict")).toBool()) {
        const QCborArray current = readCellRows(
            ctx, {QStringLiteral("l.id = ?"), {cell.lessonId}, cell.studentId});
        throw staleVersion(QStringLiteral("the cell"),
                           current.isEmpty() ? Cell{cell.lessonId, cell.studentId, {}, 0, {}, {}}.toMap()
                                             : current.first().toMap());
    }
    cell.version = int(written.value(QStringLiteral("version")).toInteger());
    cell.updatedAt = QDateTime::fromMSecsSinceEpoch(
        written.value(QStringLiteral("updatedAt")).toInteger());
    cell.updatedBy = ctx.caller.name;
    const QCborArray entered = written.value(kMarks).toArray();
    for (qsizetype i = 0; i < cell.content.marks.size() && i < entered.size(); ++i) {
        cell.content.marks[i].enteredAt = QDateTime::fromMSecsSinceEpoch(
            entered.at(i)[QStringLiteral("enteredAt")].toInteger());
        cell.content.marks[i].enteredBy = entered.at(i)[QStringLiteral("enteredBy")].toString();
    }
    return CellContent::fromContent(written.value(QStringLiteral("before")).toMap());
}

} // namespace

QCborValue setCell(RequestContext &ctx)
{
    const qint64 lessonId = ctx.integer(QStringLiteral("lessonId"));
    const qint64 studentId = ctx.integer(QStringLiteral("studentId"));
    const int seen = int(ctx.integer(QStringLiteral("version")));
    const QString reason = ctx.text(QStringLiteral("reason")).trimmed();
    const Target target = targetOf(ctx, lessonId, studentId);
    const JournalLesson &lesson = target.lesson;
    requireWrite(target.access);
    requireChangeable(lesson);
    requireNotFuture(lesson);
    requireMember(target, studentId);
    Cell cell{lessonId, studentId, attendanceParams(ctx), 0, {}, {}};
    cell.content.marks = markParams(ctx, lesson, target.kinds, cell.content);
    const Period &period = target.period;
    const QString lateWhy = lateBecause(lesson.ageDays, lesson.assignment.correctionDays,
                                        period.closed ? period.name : QString());
    requireReason(lateWhy, reason);

    ctx.write([&](AuditRecord &audit) {
        const CellContent before = writeCell(ctx, cell, seen, reason, !lateWhy.isEmpty());
        if (!lateWhy.isEmpty())
            recordCorrection(ctx, {lesson.assignment.id, QStringLiteral("cell"), lessonId,
                                   studentId, period.id, before.contentMap(),
                                   cell.content.contentMap(), reason});
        audit = {QStringLiteral("cell.set"), QStringLiteral("journal_cell"),
                 QStringLiteral("%1:%2").arg(lessonId).arg(studentId), before.contentMap(),
                 cell.content.contentMap(), reason, 0};
    });
    const QCborMap row = cell.toMap();
    pushJournalEvent(ctx, lesson.assignment.id, QStringLiteral("journal.cellChanged"),
                     QStringLiteral("cell"), row);
    return QCborMap{{QStringLiteral("cell"), row}};
}

} // namespace ejournal::server::handlers

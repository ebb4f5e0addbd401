// bells.* handlers: the bell schedule of a year, per shift. bells.set replaces one shift's
// lessons at once; they must be numbered 0..12 in order, each ending after it starts and
// before the next one starts.
#include "structure_common.h"
#include "structure_handlers.h"

#include <QTime>

namespace ejournal::server::handlers::structure {

namespace {
constexpr int kLastLessonNo = 12;

struct Bell
{
    int lessonNo = 0;
    QTime startsAt;
    QTime endsAt;
};

QString hhmm(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QCborMap bellFields(const Bell &b)
{
    return {{QStringLiteral("lessonNo"), b.lessonNo},
            {QStringLiteral("startsAt"), hhmm(b.startsAt)},
            {QStringLiteral("endsAt"), hhmm(b.endsAt)}};
}

// One shift's bells of a year, by lesson number.
QList<Bell> readBells(const RequestContext &ctx, qint64 yearId, int shift)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT lesson_no, starts_at, ends_at FROM bell"
        " WHERE school_id = ? AND academic_year_id = ? AND shift = ? ORDER BY lesson_no"),
        {ctx.caller.schoolId, yearId, shift});
    QList<Bell> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toTime(), q.value(2).toTime()});
    return out;
}

QCborArray lessonsOf(const QList<Bell> &bells)
{
    QCborArray out;
    for (const Bell &b : bells)
        out.append(bellFields(b));
    return out;
}

// Both shifts' bells of a year, shift by shift.
QCborArray yearBells(const RequestContext &ctx, qint64 yearId)
{
    QCborArray out;
    for (int shift : {1, 2}) {
        for (const Bell &b : readBells(ctx, yearId, shift)) {
            QCborMap row = bellFields(b);
            row.insert(QStringLiteral("shift"), shift);
            out.append(row);
        }
    }
    return out;
}

// A time "HH:MM" of a lesson; `invalid` naming the lesson otherwise.
QTime elementTime(const QCborMap &map, const QString &key, const QString &field)
{
    const QString text = map.value(key).toString();
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (text.size() != 5 || !time.isValid())
        invalid(field, QStringLiteral("%1 must be a time HH:MM").arg(key),
                QStringLiteral("%1: %2 must be a time HH:MM").arg(field, key));
    return time;
}

Bell parseBell(const QCborArray &lessons, qsizetype index)
{
    const QString param = QStringLiteral("lessons");
    const QString field = elementField(param, index);
    const QCborMap map = element(lessons, index, param,
                                 {QStringLiteral("lessonNo"), QStringLiteral("startsAt"),
                                  QStringLiteral("endsAt")});
    const QCborValue number = map.value(QStringLiteral("lessonNo"));
    if (!number.isInteger() || number.toInteger() < 0 || number.toInteger() > kLastLessonNo)
        invalid(field, QStringLiteral("lessonNo must be from 0 to %1").arg(kLastLessonNo),
                QStringLiteral("%1: the lesson number must be from 0 to %2").arg(field).arg(kLastLessonNo));
    const Bell bell{int(number.toInteger()), elementTime(map, QStringLiteral("startsAt"), field),
                    elementTime(map, QStringLiteral("endsAt"), field)};
    if (bell.endsAt <= bell.startsAt)
        invalid(field, QStringLiteral("must end after it starts"),
                QStringLiteral("%1 (lesson %2) ends at %3, not after it starts at %4")
                    .arg(field).arg(bell.lessonNo).arg(hhmm(bell.endsAt), hhmm(bell.startsAt)));
    return bell;
}

// Lesson `index` against the one listed before it: a new number, in order, not overlapping.
void requireAfter(const Bell &bell, const Bell &previous, qsizetype index)
{
    const QString field = elementField(QStringLiteral("lessons"), index);
    if (bell.lessonNo == previous.lessonNo)
        invalid(field, QStringLiteral("lesson %1 is listed twice").arg(bell.lessonNo),
                QStringLiteral("%1: lesson %2 is listed twice").arg(field).arg(bell.lessonNo));
    if (bell.lessonNo < previous.lessonNo)
        invalid(field, QStringLiteral("must come after lesson %1").arg(previous.lessonNo),
                QStringLiteral("%1: lesson %2 is listed after lesson %3; list lessons in order")
                    .arg(field).arg(bell.lessonNo).arg(previous.lessonNo));
    if (bell.startsAt < previous.endsAt)
        invalid(field, QStringLiteral("overlaps lesson %1").arg(previous.lessonNo),
                QStringLiteral("%1 (lesson %2) starts at %3, before lesson %4 ends at %5")
                    .arg(field).arg(bell.lessonNo)
                    .arg(hhmm(bell.startsAt)).arg(previous.lessonNo).arg(hhmm(previous.endsAt)));
}

QList<Bell> givenBells(const RequestContext &ctx)
{
    const QCborArray lessons = ctx.params.value(QStringLiteral("lessons")).toArray();
    QList<Bell> out;
    for (qsizetype i = 0; i < lessons.size(); ++i) {
        const Bell bell = parseBell(lessons, i);
        if (!out.isEmpty())
            requireAfter(bell, out.last(), i);
        out.append(bell);
    }
    return out;
}

} // namespace

QCborValue listBells(RequestContext &ctx)
{
    const YearInfo year = yearOf(ctx, ctx.integer(QStringLiteral("academicYearId")));
    return yearBells(ctx, year.id);
}

QCborValue setBells(RequestContext &ctx)
{
    const qint64 yearId = ctx.integer(QStringLiteral("academicYearId"));
    const qint64 shift = ctx.integer(QStringLiteral("shift"));
    if (shift != 1 && shift != 2)
        invalid(QStringLiteral("shift"), QStringLiteral("must be 1 or 2"),
                QStringLiteral("shift %1 does not exist; a school has shifts 1 and 2").arg(shift));
    const QList<Bell> bells = givenBells(ctx);
    ctx.write([&](AuditRecord &audit) {
        writableYear(ctx, yearId);
        const QCborArray before = lessonsOf(readBells(ctx, yearId, int(shift)));
        ctx.sql.exec(QStringLiteral(
            "DELETE FROM bell WHERE school_id = ? AND academic_year_id = ? AND shift = ?"),
            {ctx.caller.schoolId, yearId, shift});
        for (const Bell &b : bells)
            ctx.sql.exec(QStringLiteral(
                "INSERT INTO bell (school_id, academic_year_id, shift, lesson_no, starts_at, ends_at)"
                " VALUES (?, ?, ?, ?, ?, ?)"),
                {ctx.caller.schoolId, yearId, shift, b.lessonNo, b.startsAt, b.endsAt});
        audit = {QStringLiteral("bells.set"), QStringLiteral("bells"),
                 QStringLiteral("%1/%2").arg(yearId).arg(shift),
                 QCborMap{{QStringLiteral("lessons"), before}},
                 QCborMap{{QStringLiteral("lessons"), lessonsOf(bells)}}, {}, 0};
    });
    return yearBells(ctx, yearId);
}

} // namespace ejournal::server::handlers::structure

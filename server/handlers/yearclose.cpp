// yearClose.* handlers: the checks, and the close of a year in one transaction — the next
// year with its periods, holidays and bells shifted by a year, classes promoted (5А → 6А) with
// their students, graduates of the final grade withdrawn, groups, curriculum and load copied
// for editing, the movement book written, the old year closed. A dry run rehearses the very
// same writes and rolls them back.
#include "routes.h"
#include "yearclose.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ejournal::server::handlers {

QList<Route> yearCloseRoutes()
{
    return {{"yearClose.check", yearclose::check}, {"yearClose.run", yearclose::run}};
}

namespace yearclose {

namespace {
QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QCborMap checkRow(const Check &c)
{
    return {{QStringLiteral("code"), c.code}, {QStringLiteral("count"), c.count},
            {QStringLiteral("items"), c.items}};
}

// "2026/2027" → "2027/2028"; empty when the name does not look like that.
QString followingName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(\\s*[/–-]\\s*)(\\d{4})$"));
    const auto m = re.match(name.trimmed());
    if (!m.hasMatch())
        return {};
    return QString::number(m.captured(1).toInt() + 1) + m.captured(2)
        + QString::number(m.captured(3).toInt() + 1);
}

struct NextYear
{
    qint64 id = 0;
    QString name;
    QDate startsOn, endsOn;
    bool reused = false;
};

// The year after `year`: an existing one of that name without classes, or a new one.
NextYear openNextYear(const RequestContext &ctx, const YearInfo &year)
{
    NextYear next;
    next.name = ctx.text(QStringLiteral("nextName")).trimmed();
    if (next.name.isEmpty())
        next.name = followingName(year.name);
    if (next.name.isEmpty())
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("name the next year: «%1» does not look like 2026/2027")
                       .arg(year.name),
                   {{QStringLiteral("nextName"), QStringLiteral("required")}});
    next.startsOn = year.startsOn.addYears(1);
    next.endsOn = year.endsOn.addYears(1);
    QSqlQuery q = ctx.sql.exec(
        QStringLiteral("SELECT y.id, y.starts_on, y.ends_on, (SELECT count(*) FROM class_unit c"
                       "   WHERE c.school_id = y.school_id AND c.academic_year_id = y.id)"
                       " FROM academic_year y WHERE y.school_id = ? AND y.name = ?"),
        {ctx.caller.schoolId, next.name});
    if (q.next()) {
        if (q.value(3).toLongLong() > 0)
            throw fail(ErrorCode::Invalid,
                       QStringLiteral("the year %1 already has classes: the year cannot be "
                                      "opened from %2 again")
                           .arg(next.name, year.name),
                       {{QStringLiteral("nextName"), QStringLiteral("already has classes")}});
        next.id = q.value(0).toLongLong();
        next.startsOn = q.value(1).toDate();
        next.endsOn = q.value(2).toDate();
        next.reused = true;
        return next;
    }
    const QVariant overlap = ctx.sql.scalar(
        QStringLiteral("SELECT name FROM academic_year WHERE school_id = ? AND id <> ?"
                       " AND starts_on <= ? AND ends_on >= ? LIMIT 1"),
        {ctx.caller.schoolId, year.id, next.endsOn, next.startsOn});
    if (overlap.isValid())
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the next year %1 – %2 would overlap the year «%3»")
                       .arg(iso(next.startsOn), iso(next.endsOn), overlap.toString()),
                   {{QStringLiteral("nextName"), QStringLiteral("overlaps another year")}});
    next.id = ctx.sql.scalar(QStringLiteral("INSERT INTO academic_year (school_id, name,"
                                            " starts_on, ends_on) VALUES (?, ?, ?, ?)"
                                            " RETURNING id"),
                             {ctx.caller.schoolId, next.name, next.startsOn, next.endsOn})
                  .toLongLong();
    return next;
}

// Everything the close changed, as the answer reports it.
struct Summary
{
    qint64 schemes = 0, periods = 0, holidays = 0, bells = 0;
    qint64 promoted = 0, graduates = 0, groups = 0, groupMembers = 0;
    qint64 curriculum = 0, assignments = 0;
    QCborArray classes;
};

// All rows of a statement, read before the caller runs other statements on the connection
// (the driver would drop the rest of an open result).
QList<QVariantList> rowsOf(const RequestContext &ctx, const QString &statement,
                           const QVariantList &binds)
{
    QList<QVariantList> rows;
    QSqlQuery q = ctx.sql.exec(statement, binds);
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row.append(q.value(i));
        rows.append(row);
    }
    return rows;
}

class Closer
{
public:
    Closer(const RequestContext &ctx, const YearInfo &year, const NextYear &next, int finalGrade,
           const QString &orderNo)
        : m_ctx(ctx), m_school(ctx.caller.schoolId), m_year(year), m_next(next),
          m_finalGrade(finalGrade), m_orderNo(orderNo)
    {
    }

    Summary run()
    {
        copySchemes();
        copyCalendar();
        promoteClasses();
        copyGroups();
        closeOldYear();
        return m_summary;
    }

private:
    int exec(const QString &statement, const QVariantList &binds) const
    {
        return m_ctx.sql.exec(statement, binds).numRowsAffected();
    }
    bool nextHas(const char *table) const
    {
        return m_ctx.sql
            .scalar(QStringLiteral("SELECT 1 FROM %1 WHERE school_id = ? AND academic_year_id = ?"
                                   " LIMIT 1").arg(QLatin1String(table)),
                    {m_school, m_next.id})
            .isValid();
    }

    void copySchemes()
    {
        const auto schemes = rowsOf(m_ctx, QStringLiteral("SELECT id, kind, name FROM period_scheme"
                                                          " WHERE school_id = ? AND academic_year_id = ?"),
                                    {m_school, m_year.id});
        for (const QVariantList &scheme : schemes) {
            const QVariant existing = m_ctx.sql.scalar(
                QStringLiteral("SELECT id FROM period_scheme WHERE school_id = ?"
                               " AND academic_year_id = ? AND name = ?"),
                {m_school, m_next.id, scheme[2]});
            if (existing.isValid()) {
                m_schemes.insert(scheme[0].toLongLong(), existing.toLongLong());
                continue;
            }
            const qint64 id = m_ctx.sql.scalar(
                QStringLiteral("INSERT INTO period_scheme (school_id, academic_year_id, kind, name)"
                               " VALUES (?, ?, ?, ?) RETURNING id"),
                {m_school, m_next.id, scheme[1], scheme[2]}).toLongLong();
            m_schemes.insert(scheme[0].toLongLong(), id);
            ++m_summary.schemes;
            m_summary.periods += exec(
                QStringLiteral("INSERT INTO period (school_id, scheme_id, ordinal, name, starts_on,"
                               " ends_on) SELECT school_id, ?, ordinal, name,"
                               " (starts_on + interval '1 year')::date,"
                               " (ends_on + interval '1 year')::date"
                               " FROM period WHERE school_id = ? AND scheme_id = ?"),
                {id, m_school, scheme[0]});
        }
    }

    void copyCalendar()
    {
        if (!nextHas("holiday"))
            m_summary.holidays = exec(
                QStringLiteral("INSERT INTO holiday (school_id, academic_year_id, name, starts_on,"
                               " ends_on, grades) SELECT school_id, ?, name,"
                               " (starts_on + interval '1 year')::date,"
                               " (ends_on + interval '1 year')::date, grades"
                               " FROM holiday WHERE school_id = ? AND academic_year_id = ?"),
                {m_next.id, m_school, m_year.id});
        if (!nextHas("bell"))
            m_summary.bells = exec(
                QStringLiteral("INSERT INTO bell (school_id, academic_year_id, shift, lesson_no,"
                               " starts_at, ends_at) SELECT school_id, ?, shift, lesson_no,"
                               " starts_at, ends_at FROM bell"
                               " WHERE school_id = ? AND academic_year_id = ?"),
                {m_next.id, m_school, m_year.id});
    }

    // Students whose enrollment in the class is open at the year's end.
    QString openAtEnd(const char *alias) const
    {
        return QStringLiteral("%1.starts_on <= ? AND (%1.ends_on IS NULL OR %1.ends_on >= ?)")
            .arg(QLatin1String(alias));
    }

    void promoteClasses()
    {
        const auto classes = rowsOf(m_ctx,
            QStringLiteral("SELECT id, grade, letter, class_teacher_id, period_scheme_id, shift,"
                           " room_id FROM class_unit WHERE school_id = ? AND academic_year_id = ?"
                           " ORDER BY grade, letter"),
            {m_school, m_year.id});
        for (const QVariantList &c : classes) {
            const qint64 oldId = c[0].toLongLong();
            const int grade = c[1].toInt();
            const QString letter = c[2].toString();
            if (grade >= m_finalGrade) {
                graduate(oldId);
                continue;
            }
            const QVariant scheme = c[4].isNull()
                ? QVariant(QMetaType::fromType<qint64>())
                : QVariant(m_schemes.value(c[4].toLongLong()));
            const qint64 newId = m_ctx.sql.scalar(
                QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter,"
                               " class_teacher_id, period_scheme_id, shift, room_id)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {m_school, m_next.id, grade + 1, letter, c[3], scheme, c[5],
                 c[6]}).toLongLong();
            m_classes.insert(oldId, newId);
            m_summary.classes.append(QCborMap{
                {QStringLiteral("from"), QString::number(grade) + letter},
                {QStringLiteral("to"), QString::number(grade + 1) + letter}});
            promoteStudents(oldId, newId);
            copyCurriculum(oldId, newId, grade + 1, letter);
            m_summary.assignments += copyLoad(QStringLiteral("class_id"), oldId, newId);
        }
    }

    void promoteStudents(qint64 oldClass, qint64 newClass)
    {
        m_summary.promoted += exec(
            QStringLiteral("INSERT INTO movement (school_id, student_id, kind, on_date,"
                           " from_class_id, to_class_id, order_no, reason, recorded_by)"
                           " SELECT e.school_id, e.student_id, 'transfer', ?, e.class_id, ?, ?,"
                           " 'Перевод в следующий класс', ? FROM enrollment e"
                           " WHERE e.school_id = ? AND e.class_id = ? AND ") + openAtEnd("e"),
            {m_next.startsOn, newClass, m_orderNo, m_ctx.caller.userId, m_school, oldClass,
             m_year.endsOn, m_year.endsOn});
        exec(QStringLiteral("INSERT INTO enrollment (school_id, student_id, class_id, starts_on)"
                            " SELECT e.school_id, e.student_id, ?, ? FROM enrollment e"
                            " WHERE e.school_id = ? AND e.class_id = ? AND ") + openAtEnd("e"),
             {newClass, m_next.startsOn, m_school, oldClass, m_year.endsOn, m_year.endsOn});
        closeEnrollment(oldClass);
    }

    void graduate(qint64 oldClass)
    {
        m_summary.graduates += exec(
            QStringLiteral("INSERT INTO movement (school_id, student_id, kind, on_date,"
                           " from_class_id, order_no, reason, recorded_by)"
                           " SELECT e.school_id, e.student_id, 'withdrawal', ?, e.class_id, ?,"
                           " 'Окончание обучения', ? FROM enrollment e"
                           " WHERE e.school_id = ? AND e.class_id = ? AND ") + openAtEnd("e"),
            {m_year.endsOn, m_orderNo, m_ctx.caller.userId, m_school, oldClass, m_year.endsOn,
             m_year.endsOn});
        closeEnrollment(oldClass);
    }

    void closeEnrollment(qint64 oldClass)
    {
        exec(QStringLiteral("UPDATE enrollment SET ends_on = ? WHERE school_id = ? AND class_id = ?"
                            " AND starts_on <= ? AND (ends_on IS NULL OR ends_on > ?)"),
             {m_year.endsOn, m_school, oldClass, m_year.endsOn, m_year.endsOn});
    }

    // The new class's curriculum is the one its grade had this year (the same letter's class
    // one grade up), or else the promoted class's own.
    void copyCurriculum(qint64 oldClass, qint64 newClass, int newGrade, const QString &letter)
    {
        const QVariant sameGrade = m_ctx.sql.scalar(
            QStringLiteral("SELECT c.id FROM class_unit c WHERE c.school_id = ?"
                           " AND c.academic_year_id = ? AND c.grade = ? AND c.letter = ?"
                           " AND EXISTS (SELECT 1 FROM curriculum k WHERE k.school_id = c.school_id"
                           "   AND k.class_id = c.id)"),
            {m_school, m_year.id, newGrade, letter});
        m_summary.curriculum += exec(
            QStringLiteral("INSERT INTO curriculum (school_id, class_id, subject_id, part,"
                           " hours_per_week) SELECT school_id, ?, subject_id, part, hours_per_week"
                           " FROM curriculum WHERE school_id = ? AND class_id = ?"),
            {newClass, m_school, sameGrade.isValid() ? sameGrade.toLongLong() : oldClass});
    }

    // The load of a class or group, for teachers still working here.
    int copyLoad(const QString &column, qint64 oldId, qint64 newId)
    {
        return exec(QStringLiteral("INSERT INTO assignment (school_id, staff_id, subject_id, %1,"
                                   " hours_per_week) SELECT a.school_id, a.staff_id, a.subject_id,"
                                   " ?, a.hours_per_week FROM assignment a"
                                   " JOIN staff s ON s.school_id = a.school_id AND s.id = a.staff_id"
                                   " WHERE a.school_id = ? AND a.%1 = ? AND NOT s.archived")
                        .arg(column),
                    {newId, m_school, oldId});
    }

    // Groups go with their members who stay: a subgroup follows its promoted class (its name's
    // leading "5А" becomes "6А"); a stream, elective or individual plan is kept when any of its
    // members stays. Old memberships close at the year's end.
    void copyGroups()
    {
        const auto groups = rowsOf(m_ctx,
            QStringLiteral("SELECT g.id, g.kind, g.name, g.class_id, g.subject_id,"
                           " c.grade || c.letter FROM study_group g"
                           " LEFT JOIN class_unit c ON c.school_id = g.school_id AND c.id = g.class_id"
                           " WHERE g.school_id = ? AND g.academic_year_id = ? ORDER BY g.id"),
            {m_school, m_year.id});
        const QString staying = QStringLiteral(
            " FROM group_member gm WHERE gm.school_id = ? AND gm.group_id = ? AND ")
            + openAtEnd("gm")
            + QStringLiteral(" AND gm.student_id IN (SELECT e.student_id FROM enrollment e"
                             " WHERE e.school_id = gm.school_id AND e.starts_on = ?)");
        for (const QVariantList &g : groups) {
            const qint64 oldId = g[0].toLongLong();
            qint64 newClass = 0;
            QString name = g[2].toString();
            if (!g[3].isNull()) {
                newClass = m_classes.value(g[3].toLongLong());
                if (newClass == 0)
                    continue;  // a subgroup of a graduating class
                name = renamed(name, g[5].toString());
            } else if (!m_ctx.sql.scalar(QStringLiteral("SELECT 1") + staying + " LIMIT 1",
                                         {m_school, oldId, m_year.endsOn, m_year.endsOn,
                                          m_next.startsOn}).isValid()) {
                continue;
            }
            const qint64 newId = m_ctx.sql.scalar(
                QStringLiteral("INSERT INTO study_group (school_id, academic_year_id, kind, name,"
                               " class_id, subject_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                {m_school, m_next.id, g[1], name,
                 newClass ? QVariant(newClass) : QVariant(QMetaType::fromType<qint64>()),
                 g[4]}).toLongLong();
            ++m_summary.groups;
            m_summary.groupMembers += exec(
                QStringLiteral("INSERT INTO group_member (school_id, group_id, student_id,"
                               " starts_on) SELECT gm.school_id, ?, gm.student_id, ?") + staying,
                {newId, m_next.startsOn, m_school, oldId, m_year.endsOn, m_year.endsOn,
                 m_next.startsOn});
            exec(QStringLiteral("UPDATE group_member SET ends_on = ? WHERE school_id = ?"
                                " AND group_id = ? AND starts_on <= ?"
                                " AND (ends_on IS NULL OR ends_on > ?)"),
                 {m_year.endsOn, m_school, oldId, m_year.endsOn, m_year.endsOn});
            m_summary.assignments += copyLoad(QStringLiteral("group_id"), oldId, newId);
        }
    }

    // "5А англ. 1 гр." of 5А → "6А англ. 1 гр."
    static QString renamed(const QString &name, const QString &oldClassName)
    {
        static const QRegularExpression re(QStringLiteral("^(\\d+)(\\D+)$"));
        const auto m = re.match(oldClassName);
        if (!m.hasMatch() || !name.startsWith(oldClassName))
            return name;
        return QString::number(m.captured(1).toInt() + 1) + m.captured(2)
            + name.mid(oldClassName.size());
    }

    void closeOldYear()
    {
        exec(QStringLiteral("UPDATE period SET closed = true WHERE school_id = ? AND NOT closed"
                            " AND scheme_id IN (SELECT id FROM period_scheme WHERE school_id = ?"
                            " AND academic_year_id = ?)"),
             {m_school, m_school, m_year.id});
        exec(QStringLiteral("UPDATE academic_year SET state = 'closed' WHERE school_id = ? AND id = ?"),
             {m_school, m_year.id});
    }

    const RequestContext &m_ctx;
    const qint64 m_school;
    const YearInfo m_year;
    const NextYear m_next;
    const int m_finalGrade;
    const QString m_orderNo;
    QHash<qint64, qint64> m_schemes;  // old period scheme → new
    QHash<qint64, qint64> m_classes;  // old class → promoted class
    Summary m_summary;
};

QCborMap summaryMap(const Summary &s, const NextYear &next, bool dryRun, int finalGrade,
                    const QCborArray &waived)
{
    return {{QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("nextYear"),
             QCborMap{{QStringLiteral("id"), dryRun ? QCborValue(QCborValue::Null)
                                                    : QCborValue(next.id)},
                      {QStringLiteral("name"), next.name},
                      {QStringLiteral("startsOn"), iso(next.startsOn)},
                      {QStringLiteral("endsOn"), iso(next.endsOn)},
                      {QStringLiteral("reused"), next.reused}}},
            {QStringLiteral("finalGrade"), finalGrade},
            {QStringLiteral("periodSchemes"), s.schemes},
            {QStringLiteral("periods"), s.periods},
            {QStringLiteral("holidays"), s.holidays},
            {QStringLiteral("bells"), s.bells},
            {QStringLiteral("classes"), s.classes},
            {QStringLiteral("promoted"), s.promoted},
            {QStringLiteral("graduates"), s.graduates},
            {QStringLiteral("groups"), s.groups},
            {QStringLiteral("groupMembers"), s.groupMembers},
            {QStringLiteral("curriculumRows"), s.curriculum},
            {QStringLiteral("assignments"), s.assignments},
            {QStringLiteral("waived"), waived}};
}

// Refuses the close while a check has rows the caller did not waive by its code.
void requireResolved(const QList<Check> &checks, const QCborArray &waive)
{
    QStringList open;
    for (const Check &c : checks)
        if (c.count > 0 && !waive.contains(QCborValue(c.code)))
            open.append(QStringLiteral("%1 (%2)").arg(c.code).arg(c.count));
    if (!open.isEmpty())
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the year has unfinished business; fix it or waive it: %1")
                       .arg(open.join(QStringLiteral(", "))),
                   {{QStringLiteral("waive"), QStringLiteral("unresolved: %1")
                                                  .arg(open.join(QStringLiteral(", ")))}});
}

int finalGradeParam(const RequestContext &ctx, const YearInfo &year)
{
    if (ctx.params.contains(QStringLiteral("finalGrade"))) {
        const qint64 g = ctx.integer(QStringLiteral("finalGrade"));
        if (g < 1 || g > 11)
            throw fail(ErrorCode::Invalid, QStringLiteral("the final grade must be 1 to 11"),
                       {{QStringLiteral("finalGrade"), QStringLiteral("must be 1 to 11")}});
        return int(g);
    }
    return ctx.sql
        .scalar(QStringLiteral("SELECT coalesce(max(grade), 11) FROM class_unit"
                               " WHERE school_id = ? AND academic_year_id = ?"),
                {ctx.caller.schoolId, year.id})
        .toInt();
}
} // namespace

QCborValue check(RequestContext &ctx)
{
    const YearInfo year = yearOf(ctx, ctx.integer(QStringLiteral("academicYearId")));
    QCborArray checks;
    for (const Check &c : runChecks(ctx, year))
        checks.append(checkRow(c));
    return QCborMap{{QStringLiteral("academicYearId"), year.id},
                    {QStringLiteral("name"), year.name},
                    {QStringLiteral("state"), year.state},
                    {QStringLiteral("nextName"), followingName(year.name)},
                    {QStringLiteral("finalGrade"), finalGradeParam(ctx, year)},
                    {QStringLiteral("checks"), checks}};
}

QCborValue run(RequestContext &ctx)
{
    const YearInfo year = writableYear(ctx, ctx.integer(QStringLiteral("academicYearId")));
    const QString orderNo = ctx.text(QStringLiteral("orderNo")).trimmed();
    if (orderNo.isEmpty())
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the order number for the movement book is required"),
                   {{QStringLiteral("orderNo"), QStringLiteral("must not be empty")}});
    const QCborArray waive = ctx.params.value(QStringLiteral("waive")).toArray();
    requireResolved(runChecks(ctx, year), waive);
    const int finalGrade = finalGradeParam(ctx, year);
    const bool dryRun = ctx.params.value(QStringLiteral("dryRun")).toBool();

    QCborMap result;
    const auto body = [&] {
        const NextYear next = openNextYear(ctx, year);
        const Summary summary = Closer(ctx, year, next, finalGrade, orderNo).run();
        result = summaryMap(summary, next, dryRun, finalGrade, waive);
    };
    if (dryRun) {
        ctx.rehearse(body);
        return result;
    }
    ctx.write([&](AuditRecord &audit) {
        body();
        audit = {QStringLiteral("year.close"), QStringLiteral("academic_year"),
                 QString::number(year.id),
                 QCborMap{{QStringLiteral("state"), year.state}}, result, orderNo, 0};
    });
    return result;
}

} // namespace yearclose
} // namespace ejournal::server::handlers

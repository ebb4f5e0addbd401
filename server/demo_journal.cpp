// The demo school's journal (see demo_journal.h): a timetable placed greedily in C++, then
// set-based SQL over staging tables (dropped at commit) for the lessons, the КТП, the held
// lessons' topics and homework, attendance, marks and the finals of ended periods.
#include "demo_journal.h"

#include "handlers/lessons_handlers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ejournal::server::demo {

namespace {
// Lessons a class may have a day (5-day week, as the demo's curriculum).
int lessonsPerDay(int grade)
{
    return grade <= 4 ? 5 : grade <= 6 ? 6 : 7;
}

struct Load
{
    qint64 id = 0;
    qint64 staff = 0;
    qint64 classId = 0;
    qint64 groupId = 0;  // 0: the whole class
    qint64 subject = 0;
    int hours = 0;
    int grade = 0;
};

QList<Load> readLoads(const Sql &sql, qint64 schoolId)
{
    QSqlQuery q = sql.exec(QStringLiteral(
        "SELECT a.id, a.staff_id, c.id, coalesce(a.group_id, 0), a.subject_id,"
        "       ceil(a.hours_per_week)::int, c.grade FROM assignment a"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "  JOIN class_unit c ON c.school_id = a.school_id AND c.id = coalesce(a.class_id, g.class_id)"
        " WHERE a.school_id = ? ORDER BY c.grade DESC, c.id, a.hours_per_week DESC, a.id"),
        {schoolId});
    QList<Load> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toInt(),
                    q.value(6).toInt()});
    return out;
}

// Who holds each slot: teachers, groups and classes. A class's slot is taken by a
// whole-class lesson, or shared by the subgroups of one subject (they study in parallel).
class Slots
{
public:
    bool fits(const Load &load, int day, int no) const
    {
        const QString slot = key(day, no);
        if (m_busy.contains(slot + QStringLiteral("t%1").arg(load.staff))
            || m_busy.contains(slot + QStringLiteral("g%1").arg(load.groupId)))
            return false;
        const QString owner = m_classOwner.value(slot + QString::number(load.classId));
        return owner.isEmpty() || (load.groupId != 0 && owner == sharedTag(load));
    }

    void take(const Load &load, int day, int no)
    {
        const QString slot = key(day, no);
        m_busy << slot + QStringLiteral("t%1").arg(load.staff);
        if (load.groupId != 0)
            m_busy << slot + QStringLiteral("g%1").arg(load.groupId);
        m_classOwner.insert(slot + QString::number(load.classId),
                            load.groupId != 0 ? sharedTag(load) : QStringLiteral("class"));
    }

private:
    static QString key(int day, int no) { return QStringLiteral("%1/%2/").arg(day).arg(no); }
    static QString sharedTag(const Load &load) { return QStringLiteral("s%1").arg(load.subject); }

    QSet<QString> m_busy;
    QHash<QString, QString> m_classOwner;
};

struct Entries
{
    QStringList days, numbers, loads;
    int unplaced = 0;
};

// Each weekly hour in the earliest free lesson of a weekday the load has no lesson yet, then
// of any weekday, at last of Saturday or one lesson later than usual; days tried from a
// starting day that rotates with the load.
Entries placeTimetable(const QList<Load> &loads)
{
    Slots board;
    Entries out;
    for (int i = 0; i < loads.size(); ++i) {
        const Load &load = loads.at(i);
        QSet<int> daysTaken;
        for (int h = 0; h < load.hours; ++h) {
            bool placed = false;
            for (int pass = 0; pass < 3 && !placed; ++pass) {
                const int days = pass < 2 ? 5 : 6;
                const int lessons = lessonsPerDay(load.grade) + (pass < 2 ? 0 : 1);
                for (int no = 1; no <= lessons && !placed; ++no)
                    for (int d = 0; d < days && !placed; ++d) {
                        const int day = (i + h * 2 + d) % days + 1;
                        if ((pass == 0 && daysTaken.contains(day)) || !board.fits(load, day, no))
                            continue;
                        board.take(load, day, no);
                        daysTaken << day;
                        out.days << QString::number(day);
                        out.numbers << QString::number(no);
                        out.loads << QString::number(load.id);
                        placed = true;
                    }
            }
            out.unplaced += placed ? 0 : 1;
        }
    }
    return out;
}

// Runs statements separated by ';' one by one (none of them holds a ';' in a literal), so
// that a failure names its own statement.
void runEach(const Sql &sql, const QString &statements)
{
    for (const QString &statement : statements.split(u';', Qt::SkipEmptyParts))
        if (!statement.trimmed().isEmpty())
            sql.execScript(statement);
}

QString arrayLiteral(const QStringList &items)
{
    return QStringLiteral("{%1}").arg(items.join(u','));
}

// The timetable version and its entries, then the year's dated lessons from it.
int writeTimetableAndLessons(const Sql &sql, qint64 schoolId, qint64 yearId)
{
    const Entries entries = placeTimetable(readLoads(sql, schoolId));
    const qint64 version = sql.scalar(QStringLiteral(
        "INSERT INTO timetable_version (school_id, academic_year_id, name, valid_from)"
        " SELECT school_id, id, 'Основное', starts_on FROM academic_year"
        "  WHERE school_id = ? AND id = ? RETURNING id"), {schoolId, yearId}).toLongLong();
    sql.exec(QStringLiteral(
        "INSERT INTO timetable_entry (school_id, version_id, weekday, lesson_no, assignment_id)"
        " SELECT ?, ?, unnest(?::smallint[]), unnest(?::smallint[]), unnest(?::bigint[])"),
        {schoolId, version, arrayLiteral(entries.days), arrayLiteral(entries.numbers),
         arrayLiteral(entries.loads)});
    QSqlQuery q = sql.exec(QStringLiteral(
        "INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no, teacher_id, room_id,"
        "                    timetable_entry_id)"
        " SELECT $1, assignment_id, on_date, lesson_no, teacher_id, room_id, entry_id FROM (%1) s")
                               .arg(handlers::lessonSlotsQuery()),
                           {schoolId, yearId,
                            sql.scalar(QStringLiteral("SELECT starts_on FROM academic_year WHERE id = ?"), {yearId}),
                            sql.scalar(QStringLiteral("SELECT ends_on FROM academic_year WHERE id = ?"), {yearId})});
    return q.numRowsAffected();
}

// Subjects whose course has control works (not the arts, PE, technology, ethics, projects).
bool hasControlWorks(const QString &subject)
{
    static const QStringList without{
        QStringLiteral("Физическая культура"), QStringLiteral("Музыка"),
        QStringLiteral("Изобразительное искусство"), QStringLiteral("Труд (технология)"),
        QStringLiteral("Основы религиозных культур и светской этики"),
        QStringLiteral("Основы духовно-нравственной культуры народов России"),
        QStringLiteral("Индивидуальный проект")};
    return !without.contains(subject);
}

QString topicsJson()
{
    QJsonArray out;
    for (const DemoTopics &t : demoTopics())
        out.append(QJsonObject{{"subject", t.subject}, {"from", t.fromGrade}, {"to", t.toGrade},
                               {"control", hasControlWorks(t.subject)},
                               {"topics", QJsonArray::fromStringList(t.topics)}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

// Staging: the topics, every lesson that takes place numbered within its load, the loads.
void stage(const Sql &sql, qint64 schoolId)
{
    runEach(sql, QStringLiteral(
        "CREATE TEMP TABLE demo_topic (subject text, from_grade int, to_grade int, control boolean,"
        "  ord int, topic text) ON COMMIT DROP;"
        "CREATE TEMP TABLE demo_lesson ON COMMIT DROP AS"
        " SELECT l.id, l.assignment_id, l.on_date, a.subject_id, s.name AS subject, c.grade,"
        "        c.id AS class_id, a.group_id, c.period_scheme_id,"
        "        row_number() OVER w AS rn, count(*) OVER (PARTITION BY l.assignment_id) AS n,"
        "        min(l.on_date) OVER (PARTITION BY l.assignment_id ORDER BY l.on_date"
        "          RANGE BETWEEN '1 day' FOLLOWING AND UNBOUNDED FOLLOWING) AS next_on"
        "   FROM lesson l JOIN assignment a ON a.school_id = l.school_id AND a.id = l.assignment_id"
        "   JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
        "   LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "   JOIN class_unit c ON c.school_id = a.school_id AND c.id = coalesce(a.class_id, g.class_id)"
        "  WHERE l.school_id = %1 AND l.status = 'planned' AND l.merged_into_id IS NULL"
        " WINDOW w AS (PARTITION BY l.assignment_id ORDER BY l.on_date, l.lesson_no);")
                       .arg(schoolId));
    sql.exec(QStringLiteral(
        "INSERT INTO demo_topic SELECT t->>'subject', (t->>'from')::int, (t->>'to')::int,"
        "       (t->>'control')::boolean, x.ord::int, x.topic"
        "  FROM jsonb_array_elements(?::jsonb) t,"
        "       jsonb_array_elements_text(t->'topics') WITH ORDINALITY x(topic, ord)"),
        {topicsJson()});
}

// The КТП: each load's course from the topics of its subject and grade band (a grade starts
// further into a shared band), cycled with "Повторение" once it runs out, every 7th topic a
// control work where the subject has them; 1 or 2 hours a topic, as many hours as lessons.
void writePlans(const Sql &sql, qint64 schoolId)
{
    runEach(sql, QStringLiteral(
        "CREATE TEMP TABLE demo_load ON COMMIT DROP AS"
        " SELECT d.assignment_id, d.subject, d.grade, d.n, coalesce(t.m, 0) AS m,"
        "        coalesce((d.grade - t.from_grade) * 3, 0) AS shift,"
        "        coalesce(t.control, false) AND d.grade > 1 AS control"
        "   FROM (SELECT assignment_id, min(subject) AS subject, min(grade) AS grade, max(n) AS n"
        "           FROM demo_lesson GROUP BY assignment_id) d"
        "   LEFT JOIN (SELECT subject, from_grade, to_grade, count(*) AS m, bool_or(control) AS control"
        "                FROM demo_topic GROUP BY 1, 2, 3) t"
        "     ON t.subject = d.subject AND d.grade BETWEEN t.from_grade AND t.to_grade;"
        "CREATE TEMP TABLE demo_item ON COMMIT DROP AS"
        " SELECT assignment_id, i AS ordinal, n, subject, grade, control, hours,"
        "        CASE WHEN control THEN 'Контрольная работа по теме «' || lag(base) OVER w || '»'"
        "             WHEN again THEN 'Повторение. ' || base ELSE base END AS topic,"
        "        sum(hours) OVER w - hours + 1 AS first_rn"
        "   FROM (SELECT d.assignment_id, i, d.n, d.subject, d.grade,"
        "                coalesce(t.topic, 'Тема ' || i) AS base, i > d.m AS again,"
        "                d.control AND i % 7 = 0 AS control,"
        "                CASE WHEN d.control AND i % 7 = 0 THEN 1"
        "                     WHEN (i * 7 + d.assignment_id) % 4 = 0 THEN 2 ELSE 1 END AS hours"
        "           FROM demo_load d CROSS JOIN generate_series(1, d.n) i"
        "           LEFT JOIN demo_topic t ON t.subject = d.subject"
        "            AND d.grade BETWEEN t.from_grade AND t.to_grade"
        "            AND t.ord = (i - 1 + d.shift) % greatest(d.m, 1) + 1) s"
        " WINDOW w AS (PARTITION BY assignment_id ORDER BY i);"
        "DELETE FROM demo_item WHERE first_rn > n;"
        "INSERT INTO plan_item (school_id, assignment_id, ordinal, topic, hours, planned_on,"
        "                       homework, control_work)"
        " SELECT %1, di.assignment_id, di.ordinal, di.topic, di.hours, dl.on_date,"
        "        CASE WHEN di.control OR di.grade = 1 OR di.subject IN ('Физическая культура',"
        "               'Музыка', 'Изобразительное искусство', 'Труд (технология)',"
        "               'Основы религиозных культур и светской этики',"
        "               'Основы духовно-нравственной культуры народов России',"
        "               'Индивидуальный проект') THEN ''"
        "             WHEN di.subject IN ('Математика', 'Алгебра', 'Геометрия',"
        "               'Вероятность и статистика', 'Практикум по решению задач по математике')"
        "               THEN format('№ %s, %s, %s', 10 * di.ordinal + 1, 10 * di.ordinal + 4,"
        "                           10 * di.ordinal + 7)"
        "             WHEN di.subject = 'Русский язык' THEN format('Упр. %s', 5 * di.ordinal + 2)"
        "             WHEN di.subject IN ('Иностранный язык (английский)',"
        "               'Второй иностранный язык (немецкий)')"
        "               THEN format('Ex. %s, p. %s', di.ordinal % 6 + 1, 2 * di.ordinal + 6)"
        "             WHEN di.subject IN ('Литература', 'Литературное чтение')"
        "               THEN format('Читать с. %s–%s', 4 * di.ordinal + 10, 4 * di.ordinal + 16)"
        "             ELSE format('§ %s, вопросы 1–%s', (di.ordinal + 1) / 2, 3 + di.ordinal % 3)"
        "        END, di.control"
        "   FROM demo_item di JOIN demo_lesson dl"
        "     ON dl.assignment_id = di.assignment_id AND dl.rn = di.first_rn;")
                       .arg(schoolId));
}

// The held lessons (up to today) take their topic, homework and control work from the item
// they cover; homework is due on the load's next lesson.
void fillHeldLessons(const Sql &sql, qint64 schoolId, const QDate &today)
{
    sql.exec(QStringLiteral(
        "UPDATE lesson l SET topic = p.topic, plan_item_id = p.id,"
        "       homework = CASE WHEN dl.next_on IS NOT NULL THEN p.homework ELSE '' END,"
        "       homework_due = CASE WHEN p.homework <> '' THEN dl.next_on END,"
        "       control_work = p.control_work,"
        "       work_type_id = CASE WHEN p.control_work THEN"
        "         (SELECT id FROM work_type WHERE school_id = l.school_id AND short_name = 'КР') END"
        "  FROM demo_lesson dl"
        "  JOIN demo_item di ON di.assignment_id = dl.assignment_id"
        "   AND dl.rn BETWEEN di.first_rn AND di.first_rn + di.hours - 1"
        "  JOIN plan_item p ON p.school_id = ? AND p.assignment_id = di.assignment_id"
        "   AND p.ordinal = di.ordinal"
        " WHERE l.school_id = ? AND l.id = dl.id AND dl.on_date <= ?"),
        {schoolId, schoolId, today});
}

// Attendance and marks of the held lessons: every student has an ability (2.5–5, most near
// 3.7) and a few spells of illness (about 5% of the lessons); a few lessons missed or come
// late to; on a lesson about one present student in three gets a mark of the usual kinds, on a
// control work everyone present gets one. No marks in the first grade (безотметочное обучение).
void writeCells(const Sql &sql, qint64 schoolId, const QDate &today)
{
    const QString s = QString::number(schoolId);
    const QString t = QStringLiteral("'%1'::date").arg(today.toString(Qt::ISODate));
    runEach(sql, QStringLiteral(
        "CREATE TEMP TABLE demo_seat ON COMMIT DROP AS"
        " SELECT dl.id AS lesson_id, e.student_id, dl.on_date, dl.grade, l.control_work"
        "   FROM demo_lesson dl JOIN lesson l ON l.school_id = %1 AND l.id = dl.id"
        "   JOIN enrollment e ON e.school_id = %1 AND e.class_id = dl.class_id"
        "    AND dl.on_date >= e.starts_on AND (e.ends_on IS NULL OR dl.on_date <= e.ends_on)"
        "  WHERE dl.group_id IS NULL AND dl.on_date <= %2"
        " UNION ALL"
        " SELECT dl.id, m.student_id, dl.on_date, dl.grade, l.control_work"
        "   FROM demo_lesson dl JOIN lesson l ON l.school_id = %1 AND l.id = dl.id"
        "   JOIN group_member m ON m.school_id = %1 AND m.group_id = dl.group_id"
        "    AND dl.on_date >= m.starts_on AND (m.ends_on IS NULL OR dl.on_date <= m.ends_on)"
        "  WHERE dl.on_date <= %2;"
        "CREATE TEMP TABLE demo_ability ON COMMIT DROP AS"
        " SELECT id AS student_id, 2.5 + 1.25 * (random() + random()) AS ability"
        "   FROM student WHERE school_id = %1 ORDER BY id;"
        "CREATE TEMP TABLE demo_sick ON COMMIT DROP AS"
        " SELECT DISTINCT student_id, day::date AS day FROM ("
        "   SELECT a.student_id, w::date + floor(random() * 5)::int AS first,"
        "          1 + floor(random() * 5)::int AS len, random() AS r"
        "     FROM demo_ability a,"
        "          generate_series((SELECT min(on_date) FROM demo_lesson), %2, interval '7 days') w"
        "    ORDER BY a.student_id, w) x,"
        "   generate_series(x.first, x.first + x.len, interval '1 day') day WHERE x.r < 0.085;"
        "CREATE TEMP TABLE demo_cell ON COMMIT DROP AS"
        " SELECT lesson_id, student_id, on_date, attendance,"
        "        CASE WHEN attendance = 'late' THEN 3 + floor(r3 * 15)::int END AS late_minutes,"
        "        CASE WHEN grade > 1 AND coalesce(attendance, 'late') = 'late'"
        "              AND (control_work OR r2 < 0.32)"
        "             THEN least(5, greatest(2, round(ability - CASE WHEN control_work THEN 0.3"
        "                  ELSE 0 END + (r3 - 0.5) * 2.2)))::int::text END AS value,"
        "        CASE WHEN control_work THEN 'КР' WHEN r4 < 0.45 THEN 'Отв' WHEN r4 < 0.65 THEN 'ДЗ'"
        "             WHEN r4 < 0.8 THEN 'СР' WHEN r4 < 0.9 THEN 'ПР' ELSE 'Тест' END AS kind"
        "   FROM (SELECT st.*, a.ability,"
        "                CASE WHEN k.student_id IS NOT NULL THEN 'sick'"
        "                     WHEN r1 < 0.010 THEN 'absent' WHEN r1 < 0.013 THEN 'excused'"
        "                     WHEN r1 < 0.020 THEN 'late' END AS attendance"
        "           FROM (SELECT *, random() AS r1, random() AS r2, random() AS r3, random() AS r4"
        "                   FROM demo_seat ORDER BY lesson_id, student_id) st"
        "           JOIN demo_ability a ON a.student_id = st.student_id"
        "           LEFT JOIN demo_sick k ON k.student_id = st.student_id AND k.day = st.on_date) x"
        "  WHERE attendance IS NOT NULL OR grade > 1 AND (control_work OR r2 < 0.32);"
        "INSERT INTO journal_cell (school_id, lesson_id, student_id, attendance, late_minutes,"
        "                          updated_at)"
        " SELECT %1, lesson_id, student_id, attendance, late_minutes, on_date + time '15:00'"
        "   FROM demo_cell;"
        "INSERT INTO mark (school_id, lesson_id, student_id, position, value, work_type_id,"
        "                  entered_at)"
        " SELECT %1, c.lesson_id, c.student_id, 1, c.value, w.id, c.on_date + time '15:00'"
        "   FROM demo_cell c JOIN work_type w ON w.school_id = %1 AND w.short_name = c.kind"
        "  WHERE c.value IS NOT NULL;"
        "INSERT INTO journal_cell_revision (school_id, lesson_id, student_id, version, content,"
        "                                   changed_at)"
        " SELECT %1, c.lesson_id, c.student_id, 1,"
        "        jsonb_build_object('attendance', coalesce(c.attendance, ''),"
        "          'lateMinutes', coalesce(c.late_minutes, 0),"
        "          'marks', CASE WHEN c.value IS NULL THEN '[]'::jsonb ELSE jsonb_build_array("
        "            jsonb_build_object('value', c.value, 'workTypeId', w.id, 'comment', '')) END),"
        "        c.on_date + time '15:00'"
        "   FROM demo_cell c JOIN work_type w ON w.school_id = %1 AND w.short_name = c.kind;")
                       .arg(s, t));
}

// The final marks of the periods that ended before today (the weighted average rounded half
// up), and those periods closed, as the deputy does after a quarter.
void writeFinals(const Sql &sql, qint64 schoolId, qint64 yearId, const QDate &today)
{
    sql.exec(QStringLiteral(
        "INSERT INTO final_mark (school_id, student_id, subject_id, academic_year_id, period_id,"
        "                        value, updated_at)"
        " SELECT ?, m.student_id, dl.subject_id, ?, p.id,"
        "        least(5, greatest(2, floor(sum(m.value::numeric * w.weight) / sum(w.weight)"
        "                                   + 0.5)))::int::text, p.ends_on + time '16:00'"
        "   FROM mark m JOIN demo_lesson dl ON dl.id = m.lesson_id"
        "   JOIN work_type w ON w.school_id = m.school_id AND w.id = m.work_type_id"
        "   JOIN period p ON p.school_id = m.school_id AND p.scheme_id = dl.period_scheme_id"
        "    AND dl.on_date BETWEEN p.starts_on AND p.ends_on"
        "  WHERE m.school_id = ? AND p.ends_on < ?"
        "  GROUP BY m.student_id, dl.subject_id, p.id, p.ends_on"),
        {schoolId, yearId, schoolId, today});
    sql.exec(QStringLiteral(
        "UPDATE period p SET closed = true FROM period_scheme ps"
        " WHERE ps.school_id = p.school_id AND ps.id = p.scheme_id AND p.school_id = ?"
        "   AND ps.academic_year_id = ? AND p.ends_on < ?"), {schoolId, yearId, today});
}

int countOf(const Sql &sql, const char *table, qint64 schoolId)
{
    return sql.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE school_id = ?")
                          .arg(QLatin1String(table)), {schoolId}).toInt();
}

void audit(const Sql &sql, qint64 schoolId, int lessons)
{
    QJsonObject after{{"lessons", lessons}};
    for (const char *table : {"plan_item", "journal_cell", "mark", "final_mark"})
        after.insert(QLatin1String(table), countOf(sql, table, schoolId));
    sql.exec(QStringLiteral("INSERT INTO audit_event (school_id, action, entity, entity_id, after)"
                            " VALUES (?, 'journal.demo', 'school', ?, ?::jsonb)"),
             {schoolId, QString::number(schoolId),
              QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))});
}
} // namespace

void fillDemoJournal(const Sql &sql, qint64 schoolId, qint64 yearId, const QDate &today,
                     quint32 seed)
{
    sql.exec(QStringLiteral("SELECT setseed(?)"), {double(seed % 100000) / 100000.0});
    const int lessons = writeTimetableAndLessons(sql, schoolId, yearId);
    stage(sql, schoolId);
    writePlans(sql, schoolId);
    fillHeldLessons(sql, schoolId, today);
    writeCells(sql, schoolId, today);
    writeFinals(sql, schoolId, yearId, today);
    audit(sql, schoolId, lessons);
}

} // namespace ejournal::server::demo

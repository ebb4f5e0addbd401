// The small school the paper-copy tests print: 5А (four students, a class teacher who
// teaches mathematics, an English subgroup) and 6А (two students), lessons of the first two
// quarters with topics and homework, marks, absences and final marks put in with SQL.
#pragma once

#include "testcluster.h"
#include "testserver.h"

#include <QHash>
#include <QString>

namespace paperschool {

inline const QString kPassword = QStringLiteral("Parol2026");

struct School
{
    qint64 id = 0;
    qint64 year = 0;
    QHash<QString, qint64> classes;   // "5А" → id
    QHash<QString, qint64> students;  // last name → id
    QHash<QString, qint64> periods;   // ordinal "1".."4" → id
};

inline bool run(TestServer &server, const QString &statement)
{
    QString error;
    if (!server.exec(statement, &error)) {
        qWarning("set-up failed: %s\n%s", qPrintable(error), qPrintable(statement));
        return false;
    }
    return true;
}

// Staff with a sign-in (login empty: none) and roles.
inline bool addStaff(TestServer &server, qint64 school, const QString &login, const QString &last,
                     const QString &first, const QString &middle, const QStringList &roles)
{
    const qint64 user = login.isEmpty() ? 0 : server.createUser(login, kPassword, roles);
    return run(server, QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, middle_name,"
                                      " user_id) VALUES (%1, '%2', '%3', '%4', %5)")
                           .arg(school).arg(last, first, middle,
                                user > 0 ? QString::number(user) : QStringLiteral("NULL")));
}

inline bool build(TestServer &server, School *out)
{
    TestConnection db(server.ownerParams());
    out->id = db.value(QStringLiteral("SELECT id FROM school")).toLongLong();
    const QString s = QString::number(out->id);
    const QStringList teacher{QStringLiteral("teacher")};
    const QStringList classTeacher{QStringLiteral("teacher"), QStringLiteral("class_teacher")};
    bool ok = run(server, QStringLiteral("UPDATE school SET name = 'МБОУ «Школа №1»'"))
        && run(server, QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                                      " VALUES (%1, '2026/2027', '2026-09-01', '2027-05-31', 'active')").arg(s))
        && run(server, QStringLiteral("INSERT INTO period_scheme (school_id, academic_year_id, kind, name)"
                                      " SELECT %1, id, 'quarters', 'Четверти' FROM academic_year").arg(s))
        && run(server, QStringLiteral(
               "INSERT INTO period (school_id, scheme_id, ordinal, name, starts_on, ends_on)"
               " SELECT %1, ps.id, q.n, q.n || ' четверть', q.f::date, q.t::date FROM period_scheme ps,"
               " (VALUES (1, '2026-09-01', '2026-10-25'), (2, '2026-11-04', '2026-12-28'),"
               "         (3, '2027-01-11', '2027-03-21'), (4, '2027-03-30', '2027-05-31')) q(n, f, t)").arg(s))
        && addStaff(server, out->id, QStringLiteral("petrova"), QStringLiteral("Петрова"), QStringLiteral("Анна"), QStringLiteral("Сергеевна"), classTeacher)
        && addStaff(server, out->id, QStringLiteral("sidorov"), QStringLiteral("Сидоров"), QStringLiteral("Глеб"), QStringLiteral("Ильич"), teacher)
        && addStaff(server, out->id, QStringLiteral("ivanova"), QStringLiteral("Иванова"), QStringLiteral("Мария"), QString(), teacher)
        && addStaff(server, out->id, QStringLiteral("kuznetsov"), QStringLiteral("Кузнецов"), QStringLiteral("Олег"), QStringLiteral("Петрович"), classTeacher)
        && addStaff(server, out->id, QStringLiteral("zavuch"), QStringLiteral("Завучева"), QStringLiteral("Нина"), QStringLiteral("Павловна"), {QStringLiteral("deputy")})
        && addStaff(server, out->id, QStringLiteral("psych"), QStringLiteral("Психологова"), QStringLiteral("Ирина"), QString(), {QStringLiteral("psychologist")})
        && run(server, QStringLiteral(
               "INSERT INTO class_unit (school_id, academic_year_id, grade, letter, class_teacher_id, period_scheme_id)"
               " SELECT %1, y.id, v.g, 'А', st.id, ps.id FROM academic_year y, period_scheme ps,"
               " (VALUES (5, 'Петрова'), (6, 'Кузнецов')) v(g, t) JOIN staff st ON st.last_name = v.t").arg(s))
        && run(server, QStringLiteral(
               "INSERT INTO subject (school_id, name, short_name) VALUES (%1, 'Русский язык', 'Рус. яз.'),"
               " (%1, 'Математика', 'Матем.'), (%1, 'Английский язык', 'Англ. яз.')").arg(s))
        && run(server, QStringLiteral(
               "INSERT INTO student (school_id, last_name, first_name, middle_name, birth_date) VALUES"
               " (%1, 'Алексеев', 'Иван', 'Петрович', '2015-03-14'), (%1, 'Борисова', 'Анна', 'Олеговна', '2015-07-02'),"
               " (%1, 'Волков', 'Пётр', '', '2015-01-20'), (%1, 'Григорьева', 'Мария', 'Ивановна', '2014-12-30'),"
               " (%1, 'Дмитриев', 'Олег', '', '2014-05-05'), (%1, 'Егорова', 'Ольга', '', '2014-09-09')").arg(s))
        && run(server, QStringLiteral(
               "INSERT INTO enrollment (school_id, student_id, class_id, starts_on)"
               " SELECT %1, st.id, c.id, '2026-09-01' FROM student st JOIN class_unit c"
               "   ON c.grade = CASE WHEN st.last_name < 'Д' THEN 5 ELSE 6 END").arg(s))
        && run(server, QStringLiteral(
               "INSERT INTO movement (school_id, student_id, kind, on_date, to_class_id, order_no)"
               " SELECT %1, e.student_id, 'admission', '2026-09-01', e.class_id, '12-у' FROM enrollment e").arg(s))
        && run(server, QStringLiteral(
               "INSERT INTO guardian (school_id, last_name, first_name, middle_name, phone) VALUES"
               " (%1, 'Алексеева', 'Елена', 'Викторовна', '+7 900 111-22-33'),"
               " (%1, 'Алексеев', 'Пётр', 'Ильич', '+7 900 111-22-44')").arg(s))
        && run(server, QStringLiteral(
               "INSERT INTO student_guardian (school_id, student_id, guardian_id, relation)"
               " SELECT %1, st.id, g.id, CASE g.first_name WHEN 'Елена' THEN 'mother' ELSE 'father' END"
               "   FROM student st, guardian g WHERE st.last_name = 'Алексеев'").arg(s))
        && run(server, QStringLiteral(
               "INSERT INTO study_group (school_id, academic_year_id, kind, name, class_id, subject_id)"
               " SELECT %1, c.academic_year_id, 'subgroup', '5А англ. 1 гр.', c.id, su.id"
               "   FROM class_unit c, subject su WHERE c.grade = 5 AND su.name = 'Английский язык'").arg(s))
        && run(server, QStringLiteral(
               "INSERT INTO group_member (school_id, group_id, student_id, starts_on)"
               " SELECT %1, g.id, st.id, '2026-09-01' FROM study_group g, student st"
               "  WHERE st.last_name IN ('Алексеев', 'Борисова')").arg(s))
        && run(server, QStringLiteral(
               "INSERT INTO assignment (school_id, staff_id, subject_id, class_id, group_id, hours_per_week)"
               " SELECT %1, st.id, su.id, c.id, g.id, 2 FROM (VALUES"
               "   ('Петрова', 'Математика', 5, NULL), ('Сидоров', 'Русский язык', 5, NULL),"
               "   ('Иванова', 'Английский язык', NULL, '5А англ. 1 гр.'),"
               "   ('Кузнецов', 'Математика', 6, NULL), ('Сидоров', 'Русский язык', 6, NULL)) v(t, subj, grade, grp)"
               "  JOIN staff st ON st.last_name = v.t JOIN subject su ON su.name = v.subj"
               "  LEFT JOIN class_unit c ON c.grade = v.grade LEFT JOIN study_group g ON g.name = v.grp").arg(s))
        // Lessons Sep 1 – Dec 25 except the autumn holidays: Monday mathematics (1) and Russian
        // (2), Tuesday Russian (1), Wednesday mathematics (2), Thursday English (3); the same
        // for 6А without English.
        && run(server, QStringLiteral(
               "INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no, teacher_id, topic, homework)"
               " SELECT %1, a.id, d::date, v.no, a.staff_id,"
               "        su.name || ': тема ' || row_number() OVER (PARTITION BY a.id ORDER BY d, v.no),"
               "        '§ ' || row_number() OVER (PARTITION BY a.id ORDER BY d, v.no) || ', упр. 3'"
               "   FROM generate_series('2026-09-01'::date, '2026-12-25', '1 day') d,"
               "        (VALUES (1, 'Математика', 1), (1, 'Русский язык', 2), (2, 'Русский язык', 1),"
               "                (3, 'Математика', 2), (4, 'Английский язык', 3)) v(dow, subj, no),"
               "        assignment a JOIN subject su ON su.id = a.subject_id"
               "  WHERE extract(isodow FROM d) = v.dow AND su.name = v.subj"
               "    AND d NOT BETWEEN '2026-10-26' AND '2026-11-03'").arg(s));
    if (!ok)
        return false;
    auto id = [&db](const QString &sql) { return db.value(sql).toLongLong(); };
    out->year = id(QStringLiteral("SELECT id FROM academic_year"));
    out->classes.insert(QStringLiteral("5А"), id(QStringLiteral("SELECT id FROM class_unit WHERE grade = 5")));
    out->classes.insert(QStringLiteral("6А"), id(QStringLiteral("SELECT id FROM class_unit WHERE grade = 6")));
    for (const char *name : {"Алексеев", "Борисова", "Волков", "Григорьева", "Дмитриев", "Егорова"})
        out->students.insert(QString::fromUtf8(name),
                             id(QStringLiteral("SELECT id FROM student WHERE last_name = '%1'").arg(QString::fromUtf8(name))));
    for (int n = 1; n <= 4; ++n)
        out->periods.insert(QString::number(n), id(QStringLiteral("SELECT id FROM period WHERE ordinal = %1").arg(n)));
    // Marks and attendance of 5А: (student, subject, date, attendance, marks "value:kind").
    return run(server, QStringLiteral(
               "INSERT INTO journal_cell (school_id, lesson_id, student_id, attendance)"
               " SELECT %1, l.id, st.id, v.att FROM (VALUES"
               "   ('Алексеев', 'Математика', '2026-09-02', NULL), ('Алексеев', 'Математика', '2026-09-07', NULL),"
               "   ('Алексеев', 'Русский язык', '2026-09-08', NULL),"
               "   ('Борисова', 'Русский язык', '2026-09-08', 'sick'),"
               "   ('Волков', 'Математика', '2026-09-02', 'absent'), ('Волков', 'Математика', '2026-09-07', 'absent')"
               "   ) v(who, subj, d, att)"
               "  JOIN student st ON st.last_name = v.who"
               "  JOIN enrollment e ON e.student_id = st.id"
               "  JOIN subject su ON su.name = v.subj"
               "  JOIN assignment a ON a.subject_id = su.id"
               "   AND (a.class_id = e.class_id OR a.group_id IS NOT NULL)"
               "  JOIN lesson l ON l.assignment_id = a.id AND l.on_date = v.d::date"
               ).arg(s))
        && run(server, QStringLiteral(
               "INSERT INTO mark (school_id, lesson_id, student_id, position, value, work_type_id)"
               " SELECT %1, c.lesson_id, c.student_id, v.pos, v.val, w.id FROM (VALUES"
               "   ('Алексеев', '2026-09-02', 1, '5', 'Отв'), ('Алексеев', '2026-09-02', 2, '4', 'ДЗ'),"
               "   ('Алексеев', '2026-09-07', 1, '3', 'КР'), ('Алексеев', '2026-09-08', 1, '4', 'Отв')"
               "   ) v(who, d, pos, val, kind)"
               "  JOIN student st ON st.last_name = v.who"
               "  JOIN lesson l ON l.on_date = v.d::date"
               "  JOIN journal_cell c ON c.lesson_id = l.id AND c.student_id = st.id"
               "  JOIN work_type w ON w.short_name = v.kind").arg(s))
        && run(server, QStringLiteral(
               "INSERT INTO final_mark (school_id, student_id, subject_id, academic_year_id, period_id, value)"
               " SELECT %1, st.id, su.id, y.id, p.id, v.val FROM (VALUES"
               "   ('Алексеев', 'Математика', 1, '5'), ('Алексеев', 'Русский язык', 1, '4'),"
               "   ('Борисова', 'Математика', 1, '3'), ('Алексеев', 'Математика', NULL, '5'),"
               "   ('Дмитриев', 'Математика', 1, '4')) v(who, subj, q, val)"
               "  JOIN student st ON st.last_name = v.who JOIN subject su ON su.name = v.subj"
               "  CROSS JOIN academic_year y LEFT JOIN period p ON p.ordinal = v.q").arg(s));
}

} // namespace paperschool

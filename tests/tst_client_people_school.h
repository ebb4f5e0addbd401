// A small school for the classes and people GUI suites, set up with SQL: an active year
// around today with a period scheme, two subjects and a room; staff (a class teacher linked
// to the account `ct1`, a teacher); classes 5А (four students) and 5Б (two students); one
// student not yet enrolled.
#pragma once

#include "testserver.h"

#include <QDate>
#include <QStringList>
#include <QtTest>

namespace clienttest {

inline const QString kSchoolPassword = QStringLiteral("Parol2026");

// The first day of the year set up here (60 days ago): the students' enrolment starts then.
inline QDate schoolYearStart()
{
    return QDate::currentDate().addDays(-60);
}

// Types the text key by key (QTest::keyClicks takes Latin-1 only; names here are Cyrillic).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

inline bool setUpSchool(TestServer &server, QString *error)
{
    if (server.createUser(QStringLiteral("deputy1"), kSchoolPassword, {QStringLiteral("deputy")}, false,
                          QStringLiteral("Завучева Ольга Петровна")) < 0
        || server.createUser(QStringLiteral("admin1"), kSchoolPassword, {QStringLiteral("admin")}, false,
                             QStringLiteral("Админова Анна")) < 0
        || server.createUser(QStringLiteral("ct1"), kSchoolPassword,
                             {QStringLiteral("teacher"), QStringLiteral("class_teacher")}, false,
                             QStringLiteral("Иванова Мария Ивановна")) < 0
        || server.createUser(QStringLiteral("teacher1"), kSchoolPassword, {QStringLiteral("teacher")},
                             false, QStringLiteral("Петров Олег Николаевич")) < 0) {
        *error = QStringLiteral("createUser failed");
        return false;
    }
    const QString start = schoolYearStart().toString(Qt::ISODate);
    const QString end = QDate::currentDate().addDays(200).toString(Qt::ISODate);
    const QString school = QStringLiteral("(SELECT id FROM school LIMIT 1)");
    const QStringList statements{
        QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, 'Текущий', '%2', '%3', 'active')").arg(school, start, end),
        QStringLiteral("INSERT INTO period_scheme (school_id, academic_year_id, kind, name)"
                       " SELECT %1, id, 'quarters', 'Четверти' FROM academic_year").arg(school),
        QStringLiteral("INSERT INTO subject (school_id, name, short_name) VALUES"
                       " (%1, 'Английский язык', 'Англ. яз.'), (%1, 'Математика', 'Матем.')").arg(school),
        QStringLiteral("INSERT INTO room (school_id, name, title) VALUES (%1, '214', 'Кабинет английского')")
            .arg(school),
        QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, middle_name, position, user_id)"
                       " SELECT %1, 'Иванова', 'Мария', 'Ивановна', 'Учитель русского языка', id"
                       "   FROM app_user WHERE login = 'ct1'").arg(school),
        QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, middle_name, position, user_id)"
                       " SELECT %1, 'Петров', 'Олег', 'Николаевич', 'Учитель математики', id"
                       "   FROM app_user WHERE login = 'teacher1'").arg(school),
        QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter, class_teacher_id,"
                       " period_scheme_id)"
                       " SELECT %1, y.id, 5, 'А', (SELECT id FROM staff WHERE last_name = 'Иванова'),"
                       "        (SELECT id FROM period_scheme) FROM academic_year y").arg(school),
        QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter, period_scheme_id)"
                       " SELECT %1, y.id, 5, 'Б', (SELECT id FROM period_scheme) FROM academic_year y")
            .arg(school),
        QStringLiteral("INSERT INTO student (school_id, last_name, first_name, birth_date, personal_file_no)"
                       " VALUES (%1, 'Антонов', 'Антон', '2015-03-01', 'А-1'),"
                       "        (%1, 'Борисова', 'Бэлла', '2015-04-02', 'Б-2'),"
                       "        (%1, 'Васильев', 'Василий', '2015-05-03', 'В-3'),"
                       "        (%1, 'Григорьева', 'Галина', '2015-06-04', 'Г-4'),"
                       "        (%1, 'Дмитриев', 'Дмитрий', '2015-07-05', 'Д-5'),"
                       "        (%1, 'Егорова', 'Елена', '2015-08-06', 'Е-6'),"
                       "        (%1, 'Новиков', 'Денис', '2015-09-07', 'Н-7')").arg(school),
        QStringLiteral("INSERT INTO enrollment (school_id, student_id, class_id, starts_on)"
                       " SELECT %1, s.id, c.id, '%2' FROM student s, class_unit c"
                       "  WHERE (s.last_name IN ('Антонов', 'Борисова', 'Васильев', 'Григорьева') AND c.letter = 'А')"
                       "     OR (s.last_name IN ('Дмитриев', 'Егорова') AND c.letter = 'Б')").arg(school, start),
    };
    for (const QString &sql : statements)
        if (!server.exec(sql, error))
            return false;
    return true;
}

} // namespace clienttest

// The standard reports (common/reporttemplates.cpp) run through the real server over TLS on a
// small hand-made school: each template's figures checked against a computation in this file
// from the data it inserted, the rows teachers and class teachers see, and every field of
// every dataset read for a deputy and a teacher without another school's rows.
#include "reportresult.h"
#include "reporttemplates.h"
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QDate>
#include <QtTest>

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <numeric>
#include <optional>

using namespace ejournal;
using reports::Result;

namespace {

const QString kPassword = QStringLiteral("Parol2026");

// ---- The school, as data: every figure below is computed from these tables. ----

enum Staff { Kuznetsov, Petrova, Sidorov, Zavuch };
struct Person
{
    const char *login, *last, *first, *middle;
};
const Person kStaff[] = {{"kuznetsov", "Кузнецов", "Олег", "Петрович"},
                         {"petrova", "Петрова", "Анна", "Сергеевна"},
                         {"sidorov", "Сидоров", "Глеб", "Ильич"},
                         {"zavuch", "Завучева", "Нина", "Павловна"}};
// Students in the Russian alphabetical order of their names.
const Person kStudents[] = {{"", "Алексеев", "Иван", "Петрович"}, {"", "Борисова", "Анна", "Олеговна"},
                            {"", "Волков", "Пётр", ""},          {"", "Гусева", "Дарья", ""},
                            {"", "Данилов", "Егор", ""},         {"", "Ефимова", "Жанна", ""},
                            {"", "Жуков", "Захар", ""}};
constexpr int kStudentCount = 7;
const char *const kClasses[] = {"5А", "5Б", "6А"};
const int kClassTeacher[] = {Petrova, -1, Kuznetsov};
const char *const kSubjects[] = {"Математика", "Русский язык"};

struct Load
{
    int teacher, subject, cls, hours;
};
const Load kLoads[] = {{Petrova, 0, 0, 5}, {Petrova, 0, 1, 5}, {Sidorov, 1, 0, 4},
                       {Sidorov, 1, 1, 4}, {Sidorov, 1, 2, 4}, {Kuznetsov, 0, 2, 5}};
constexpr int kLoadCount = 6;

struct Enrolment
{
    int student, cls;
    QDate from, to;  // to invalid: still enrolled
};
const QDate kYearStart(2025, 9, 1);
const QList<Enrolment> kEnrolments = {
    {0, 0, kYearStart, {}}, {1, 0, kYearStart, {}},
    {2, 0, kYearStart, QDate(2025, 9, 30)}, {2, 1, QDate(2025, 10, 1), {}},
    {3, 1, kYearStart, {}}, {4, 1, kYearStart, {}},
    {5, 2, kYearStart, {}}, {6, 2, kYearStart, QDate(2025, 10, 14)}};

const QDate kQ1From(2025, 9, 1), kQ1To(2025, 10, 26), kQ2From(2025, 11, 5), kQ2To(2025, 12, 28);
const QList<QDate> kDates = {QDate(2025, 9, 2),  QDate(2025, 9, 9),   QDate(2025, 9, 16),
                             QDate(2025, 9, 23), QDate(2025, 10, 7),  QDate(2025, 10, 14),
                             QDate(2025, 11, 11), QDate(2025, 11, 18)};

struct Lesson
{
    int load, date;
    int giver;
    bool cancelled, control;
    QString topic, homework;
    qint64 id = 0;
    QDate day() const { return kDates.at(date); }
    int number() const { return kLoads[load].subject + 1; }
    int cls() const { return kLoads[load].cls; }
    int subject() const { return kLoads[load].subject; }
};

struct Cell
{
    int lesson, student;
    QString attendance;  // absent, sick, excused, late
    int minutes = 0;
};

struct Mark
{
    int lesson, student, position;
    QString value, kind;  // kind: a work type's short name
    int enteredAfterDays;
};

struct Final
{
    int student, subject, quarter;  // quarter 0: the year's mark
    QString value;                  // empty: a cleared final (NULL)
};
const QList<Final> kFinals = {
    {0, 0, 1, "5"}, {0, 1, 1, "4"}, {1, 0, 1, "3"}, {1, 1, 1, "2"}, {2, 0, 1, "4"},
    {2, 1, 1, "na"}, {3, 0, 1, "2"}, {3, 1, 1, "3"}, {4, 0, 1, "4"}, {4, 1, 1, "pass"},
    {5, 0, 1, "5"}, {5, 1, 1, "5"}, {6, 0, 1, "na"}, {0, 0, 2, "4"}, {1, 0, 2, "3"},
    {3, 1, 2, ""}, {0, 0, 0, "5"}, {1, 0, 0, "3"}, {2, 0, 0, "na"}, {3, 1, 0, "2"},
    {5, 1, 0, "4"}};

bool enrolledIn(int student, int cls, const QDate &day)
{
    for (const Enrolment &e : kEnrolments)
        if (e.student == student && e.cls == cls && e.from <= day && (!e.to.isValid() || day <= e.to))
            return true;
    return false;
}

// The class of the student's latest enrolment of the year.
int finalClassOf(int student)
{
    int cls = -1;
    QDate latest;
    for (const Enrolment &e : kEnrolments)
        if (e.student == student && (!latest.isValid() || e.from > latest)) {
            latest = e.from;
            cls = e.cls;
        }
    return cls;
}

QList<Lesson> makeLessons()
{
    QList<Lesson> list;
    for (int i = 0; i < kLoadCount; ++i)
        for (int j = 0; j < kDates.size(); ++j) {
            Lesson l;
            l.load = i;
            l.date = j;
            l.giver = (i == 5 && j == 3) ? Sidorov : kLoads[i].teacher;
            l.cancelled = (i == 3 && j == 2) || (i == 0 && j == 6);
            l.control = j == 4 && kLoads[i].subject == 0;
            l.topic = (i + j) % 5 == 0 ? QString()
                                       : QStringLiteral("%1: тема %2")
                                             .arg(QString::fromUtf8(kSubjects[l.subject()])).arg(j + 1);
            l.homework = (i * 2 + j) % 4 == 1 ? QString() : QStringLiteral("§ %1").arg(j + 1);
            list.append(l);
        }
    return list;
}

int lessonIndex(int load, int date)
{
    return load * int(kDates.size()) + date;
}

const QList<Cell> kAttendance = {
    {lessonIndex(0, 1), 0, "absent"}, {lessonIndex(2, 1), 1, "sick"},
    {lessonIndex(0, 1), 1, "sick"},   {lessonIndex(2, 3), 0, "excused"},
    {lessonIndex(0, 2), 2, "late", 10}, {lessonIndex(1, 4), 3, "absent"},
    {lessonIndex(5, 3), 5, "absent"}, {lessonIndex(4, 0), 5, "late", 5},
    {lessonIndex(3, 2), 4, "absent"},  // on a cancelled lesson: never counted
    {lessonIndex(2, 7), 1, "absent"}};

QString attendanceOf(int lesson, int student)
{
    for (const Cell &c : kAttendance)
        if (c.lesson == lesson && c.student == student)
            return c.attendance;
    return {};
}

bool away(const QString &attendance)
{
    return !attendance.isEmpty() && attendance != QLatin1String("late");
}

// Marks of every student present on every lesson given, by a fixed rule: values 1–5, the
// control work's kind on control lessons, a second mark now and then, every fourth entered
// ten days late (the window is 7 days).
QList<Mark> makeMarks(const QList<Lesson> &lessons)
{
    QList<Mark> list;
    for (int li = 0; li < lessons.size(); ++li) {
        const Lesson &l = lessons.at(li);
        if (l.cancelled)
            continue;
        for (int s = 0; s < kStudentCount; ++s) {
            if (!enrolledIn(s, l.cls(), l.day()) || away(attendanceOf(li, s))
                || (s + l.load + l.date) % 3 == 0)
                continue;
            const QString kind = l.control ? QStringLiteral("КР")
                                           : l.date % 2 == 0 ? QStringLiteral("Отв") : QStringLiteral("ДЗ");
            list.append({li, s, 1, QString::number(1 + (s * 3 + l.load * 2 + l.date) % 5), kind,
                         (s + l.date) % 4 == 0 ? 10 : 1});
            if ((s + l.date) % 5 == 0)
                list.append({li, s, 2, QStringLiteral("5"), QStringLiteral("СР"), 2});
        }
    }
    return list;
}

QString fullName(const Person &p)
{
    QStringList parts{QString::fromUtf8(p.last), QString::fromUtf8(p.first)};
    if (*p.middle)
        parts.append(QString::fromUtf8(p.middle));
    return parts.join(QLatin1Char(' '));
}
QString studentName(int s) { return fullName(kStudents[s]); }
QString staffName(int t) { return fullName(kStaff[t]); }
QString className(int c) { return QString::fromUtf8(kClasses[c]); }
QString subjectName(int s) { return QString::fromUtf8(kSubjects[s]); }

QString reasonOf(const QString &attendance)
{
    static const QHash<QString, QString> reasons{
        {"absent", "без причины"}, {"sick", "по болезни"},
        {"excused", "по уважительной причине"}, {"late", "опоздание"}};
    return reasons.value(attendance);
}
QString codeOf(const QString &attendance)
{
    static const QHash<QString, QString> codes{
        {"absent", "н"}, {"sick", "б"}, {"excused", "у"}, {"late", "оп"}};
    return codes.value(attendance);
}

std::optional<double> numberOf(const QString &mark)
{
    bool ok = false;
    const double v = mark.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// The figures of a success and quality row over some final marks: a student not certified
// («н/а») counts among the students and not among the successful ones.
struct Rates
{
    int count = 0;
    int notCertified = 0;
    QList<double> numbers;
    void add(const QString &mark)
    {
        ++count;
        if (const auto v = numberOf(mark))
            numbers.append(*v);
        else if (mark == QLatin1String("na"))
            ++notCertified;
    }
    std::optional<double> share(double atLeast) const
    {
        const auto rated = numbers.size() + notCertified;
        if (rated == 0)
            return std::nullopt;
        return 100.0 * std::count_if(numbers.cbegin(), numbers.cend(),
                                     [&](double v) { return v >= atLeast; }) / rated;
    }
    std::optional<double> avg() const
    {
        if (numbers.isEmpty())
            return std::nullopt;
        return std::accumulate(numbers.cbegin(), numbers.cend(), 0.0) / numbers.size();
    }
};

// ---- Reading answers ----

QString key(const QVariantList &row, int dimensions)
{
    QStringList parts;
    for (int i = 0; i < dimensions; ++i)
        parts.append(row.at(i).toString());
    return parts.join(QStringLiteral(" | "));
}

QHash<QString, QVariantList> rowsByKey(const Result &r)
{
    QHash<QString, QVariantList> out;
    for (const QVariantList &row : r.rows)
        out.insert(key(row, r.dimensions), row.mid(r.dimensions));
    return out;
}

bool near(const QVariant &cell, std::optional<double> want, double tolerance = 0.051)
{
    if (!want)
        return !cell.isValid();
    return cell.isValid() && qAbs(cell.toDouble() - *want) <= tolerance;
}

QString show(const QVariant &cell)
{
    return cell.isValid() ? cell.toString() : QStringLiteral("(none)");
}

// The column of a pivot value (or the pivot's total when `pivot` is empty).
int pivotColumn(const Result &r, const QStringList &pivot)
{
    for (int i = r.dimensions; i < r.columns.size(); ++i) {
        const reports::ResultColumn &c = r.columns.at(i);
        if (pivot.isEmpty() ? c.pivotTotal : c.pivot == pivot)
            return i - r.dimensions;
    }
    return -1;
}

bool mentionsOtherSchool(const Result &r)
{
    for (const QVariantList &row : r.rows)
        for (const QVariant &cell : row)
            if (cell.toString().contains(QStringLiteral("Чужо")))
                return true;
    return false;
}

using Visible = std::function<bool(const Lesson &)>;

} // namespace

class TestReportTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTemplateIsValid();
    void successQualityByClassAndSubject();
    void successQualityByTeacher();
    void successQualityForTheYear();
    void attendanceWithReasons();
    void missedLessonsWithTopics();
    void unsatisfactoryMarksWithTopics();
    void journalKeepingByTeacher();
    void curriculumFulfilment();
    void controlWorkResults();
    void teacherWorkload();
    void studentMovement();
    void classTeacherPeriodReport();
    void teacherSeesOwnClassesOnly();
    void classTeacherSeesEverySubjectOfOwnClass();
    void teacherFinalsOwnSubjectsAndClass();
    void teacherStudentsOfClassesTaught();
    void everyFieldOfEveryDatasetReads();
    void callerWithoutStaffRecordForbidden();

private:
    bool buildSchool();
    bool buildOtherSchool(TestConnection &db);
    Result run(TestClient &client, const QString &templateKey, const QCborMap &params);
    Result runDefinition(TestClient &client, const QCborMap &definition);
    QCborMap q1() const;
    QCborMap q1Dates() const;
    std::map<QString, std::map<QString, int>> attendanceCounts(const Visible &visible) const;
    void checkAttendance(TestClient &client, const Visible &visible);
    Visible journalsOf(int staff) const;

    TestServer m_server;
    qint64 m_school = 0, m_year = 0;
    qint64 m_periods[3] = {};
    qint64 m_classIds[3] = {};
    QList<Lesson> m_lessons;
    QList<Mark> m_marks;
    TestClient m_deputy, m_petrova, m_sidorov, m_kuznetsov, m_bare;
};

bool TestReportTemplates::buildSchool()
{
    TestConnection db(m_server.ownerParams());
    auto exec = [&db](const QString &sql) {
        const bool ok = db.exec(sql);
        if (!ok)
            qWarning("set-up failed: %s", qPrintable(db.error()));
        return ok;
    };
    auto id = [&db](const QString &sql) { return db.value(sql).toLongLong(); };
    m_school = id(QStringLiteral("SELECT id FROM school"));
    const QString s = QString::number(m_school);
    m_year = id(QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                               " VALUES (%1, '2025/2026', '2025-09-01', '2026-05-31', 'active')"
                               " RETURNING id").arg(s));
    const qint64 scheme = id(QStringLiteral("INSERT INTO period_scheme (school_id, academic_year_id,"
                                            " kind, name) VALUES (%1, %2, 'quarters', 'Четверти')"
                                            " RETURNING id").arg(s).arg(m_year));
    const QDate bounds[][2] = {{kQ1From, kQ1To}, {kQ2From, kQ2To}};
    for (int q = 1; q <= 2; ++q)
        m_periods[q] = id(QStringLiteral("INSERT INTO period (school_id, scheme_id, ordinal, name,"
                                         " starts_on, ends_on) VALUES (%1, %2, %3, '%3 четверть',"
                                         " '%4', '%5') RETURNING id")
                              .arg(s).arg(scheme).arg(q)
                              .arg(bounds[q - 1][0].toString(Qt::ISODate),
                                   bounds[q - 1][1].toString(Qt::ISODate)));
    QList<qint64> staffIds, studentIds, subjectIds, loadIds;
    for (int t = 0; t < 4; ++t) {
        const Person &p = kStaff[t];
        const QStringList roles = t == Zavuch ? QStringList{"deputy"}
            : kClassTeacher[0] == t || kClassTeacher[2] == t ? QStringList{"teacher", "class_teacher"}
                                                              : QStringList{"teacher"};
        const qint64 user = m_server.createUser(QString::fromUtf8(p.login), kPassword, roles);
        staffIds.append(id(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name,"
                                          " middle_name, user_id) VALUES (%1, '%2', '%3', '%4', %5)"
                                          " RETURNING id")
                               .arg(s, QString::fromUtf8(p.last), QString::fromUtf8(p.first),
                                    QString::fromUtf8(p.middle)).arg(user)));
    }
    for (int c = 0; c < 3; ++c)
        m_classIds[c] = id(QStringLiteral(
            "INSERT INTO class_unit (school_id, academic_year_id, grade, letter, class_teacher_id,"
            " period_scheme_id) VALUES (%1, %2, %3, '%4', %5, %6) RETURNING id")
            .arg(s).arg(m_year).arg(className(c).left(1), className(c).mid(1))
            .arg(kClassTeacher[c] < 0 ? QStringLiteral("NULL") : QString::number(staffIds.at(kClassTeacher[c])))
            .arg(scheme));
    for (const char *subject : kSubjects)
        subjectIds.append(id(QStringLiteral("INSERT INTO subject (school_id, name, short_name)"
                                            " VALUES (%1, '%2', left('%2', 4)) RETURNING id")
                                 .arg(s, QString::fromUtf8(subject))));
    for (const Person &p : kStudents)
        studentIds.append(id(QStringLiteral("INSERT INTO student (school_id, last_name, first_name,"
                                            " middle_name) VALUES (%1, '%2', '%3', '%4') RETURNING id")
                                 .arg(s, QString::fromUtf8(p.last), QString::fromUtf8(p.first),
                                      QString::fromUtf8(p.middle))));
    bool ok = true;
    for (const Enrolment &e : kEnrolments)
        ok = ok && exec(QStringLiteral("INSERT INTO enrollment (school_id, student_id, class_id,"
                                       " starts_on, ends_on) VALUES (%1, %2, %3, '%4', %5)")
                            .arg(s).arg(studentIds.at(e.student)).arg(m_classIds[e.cls])
                            .arg(e.from.toString(Qt::ISODate),
                                 e.to.isValid() ? QLatin1Char('\'') + e.to.toString(Qt::ISODate) + QLatin1Char('\'')
                                                : QStringLiteral("NULL")));
    // The movement book: admissions, Волков's transfer, Жуков's withdrawal.
    const QString movement = QStringLiteral(
        "INSERT INTO movement (school_id, student_id, kind, on_date, from_class_id, to_class_id,"
        " order_no, reason) VALUES (%1, %2, '%3', '%4', %5, %6, '%7', '%8')");
    auto classOrNull = [this](int c) {
        return c < 0 ? QStringLiteral("NULL") : QString::number(m_classIds[c]);
    };
    for (int st = 0; st < kStudentCount; ++st)
        ok = ok && exec(movement.arg(s).arg(studentIds.at(st)).arg("admission", "2025-09-01", "NULL")
                            .arg(classOrNull(st == 2 ? 0 : finalClassOf(st)), "12-у", ""));
    ok = ok && exec(movement.arg(s).arg(studentIds.at(2)).arg("transfer", "2025-10-01")
                        .arg(classOrNull(0), classOrNull(1), "45-п", "по заявлению родителей"))
        && exec(movement.arg(s).arg(studentIds.at(6)).arg("withdrawal", "2025-10-15")
                    .arg(classOrNull(2), "NULL", "51-в", "переезд"));
    for (const Load &l : kLoads)
        loadIds.append(id(QStringLiteral("INSERT INTO assignment (school_id, staff_id, subject_id,"
                                         " class_id, hours_per_week) VALUES (%1, %2, %3, %4, %5)"
                                         " RETURNING id")
                              .arg(s).arg(staffIds.at(l.teacher)).arg(subjectIds.at(l.subject))
                              .arg(m_classIds[l.cls]).arg(l.hours)));
    // A timetable: every load on Tuesdays, mathematics first.
    const qint64 version = id(QStringLiteral("INSERT INTO timetable_version (school_id,"
                                             " academic_year_id, name, valid_from) VALUES (%1, %2,"
                                             " 'Основное', '2025-09-01') RETURNING id").arg(s).arg(m_year));
    for (int i = 0; i < kLoadCount; ++i)
        ok = ok && exec(QStringLiteral("INSERT INTO timetable_entry (school_id, version_id, weekday,"
                                       " lesson_no, assignment_id) VALUES (%1, %2, 2, %3, %4)")
                            .arg(s).arg(version).arg(kLoads[i].subject + 1).arg(loadIds.at(i)));
    m_lessons = makeLessons();
    for (Lesson &l : m_lessons) {
        l.id = id(QStringLiteral("INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no,"
                                 " teacher_id, status, topic, homework, control_work)"
                                 " VALUES (%1, %2, '%3', %4, %5, '%6', '%7', '%8', %9) RETURNING id")
                      .arg(s).arg(loadIds.at(l.load)).arg(l.day().toString(Qt::ISODate)).arg(l.number())
                      .arg(staffIds.at(l.giver))
                      .arg(l.cancelled ? "cancelled" : "planned", l.topic, l.homework,
                           l.control ? "true" : "false"));
        if (l.giver != kLoads[l.load].teacher)
            ok = ok && exec(QStringLiteral("INSERT INTO lesson_change (school_id, lesson_id, kind,"
                                           " old_teacher_id, new_teacher_id, reason)"
                                           " VALUES (%1, %2, 'substitute', %3, %4, 'болезнь')")
                                .arg(s).arg(l.id).arg(staffIds.at(kLoads[l.load].teacher))
                                .arg(staffIds.at(l.giver)));
    }
    m_marks = makeMarks(m_lessons);
    QSet<QPair<int, int>> cells;
    for (const Cell &c : kAttendance) {
        cells.insert({c.lesson, c.student});
        ok = ok && exec(QStringLiteral("INSERT INTO journal_cell (school_id, lesson_id, student_id,"
                                       " attendance, late_minutes) VALUES (%1, %2, %3, '%4', %5)")
                            .arg(s).arg(m_lessons.at(c.lesson).id).arg(studentIds.at(c.student))
                            .arg(c.attendance, c.minutes ? QString::number(c.minutes) : QStringLiteral("NULL")));
    }
    for (const Mark &m : m_marks) {
        const Lesson &l = m_lessons.at(m.lesson);
        if (!cells.contains({m.lesson, m.student})) {
            cells.insert({m.lesson, m.student});
            ok = ok && exec(QStringLiteral("INSERT INTO journal_cell (school_id, lesson_id, student_id)"
                                           " VALUES (%1, %2, %3)")
                                .arg(s).arg(l.id).arg(studentIds.at(m.student)));
        }
        ok = ok && exec(QStringLiteral(
                            "INSERT INTO mark (school_id, lesson_id, student_id, position, value,"
                            " work_type_id, entered_at) SELECT %1, %2, %3, %4, '%5', w.id,"
                            " '%6 12:00:00+03' FROM work_type w WHERE w.school_id = %1"
                            " AND w.short_name = '%7'")
                            .arg(s).arg(l.id).arg(studentIds.at(m.student)).arg(m.position)
                            .arg(m.value, l.day().addDays(m.enteredAfterDays).toString(Qt::ISODate),
                                 m.kind));
    }
    for (const Final &f : kFinals)
        ok = ok && exec(QStringLiteral("INSERT INTO final_mark (school_id, student_id, subject_id,"
                                       " academic_year_id, period_id, value)"
                                       " VALUES (%1, %2, %3, %4, %5, %6)")
                            .arg(s).arg(studentIds.at(f.student)).arg(subjectIds.at(f.subject))
                            .arg(m_year)
                            .arg(f.quarter ? QString::number(m_periods[f.quarter]) : QStringLiteral("NULL"),
                                 f.value.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + f.value + QLatin1Char('\'')));
    return ok && buildOtherSchool(db);
}

// Another school with a class, a teacher, a student and their journal in the same dates:
// none of it may ever show in this school's reports.
bool TestReportTemplates::buildOtherSchool(TestConnection &db)
{
    const QStringList steps = {
        "INSERT INTO school (name) VALUES ('Чужая школа')",
        "INSERT INTO academic_year (school_id, name, starts_on, ends_on, state) SELECT id,"
        " '2025/2026', '2025-09-01', '2026-05-31', 'active' FROM school WHERE name = 'Чужая школа'",
        "INSERT INTO staff (school_id, last_name, first_name) SELECT id, 'Чужой', 'Учитель'"
        " FROM school WHERE name = 'Чужая школа'",
        "INSERT INTO class_unit (school_id, academic_year_id, grade, letter, class_teacher_id)"
        " SELECT y.school_id, y.id, 5, 'А', st.id FROM academic_year y JOIN school sc ON sc.id ="
        " y.school_id JOIN staff st ON st.school_id = y.school_id WHERE sc.name = 'Чужая школа'",
        "INSERT INTO subject (school_id, name, short_name) SELECT id, 'Чужой предмет', 'Чуж'"
        " FROM school WHERE name = 'Чужая школа'",
        "INSERT INTO student (school_id, last_name, first_name) SELECT id, 'Чужой', 'Ученик'"
        " FROM school WHERE name = 'Чужая школа'",
        "INSERT INTO enrollment (school_id, student_id, class_id, starts_on) SELECT c.school_id,"
        " st.id, c.id, '2025-09-01' FROM class_unit c JOIN student st ON st.school_id = c.school_id"
        " WHERE st.last_name = 'Чужой'",
        "INSERT INTO movement (school_id, student_id, kind, on_date, to_class_id, order_no)"
        " SELECT e.school_id, e.student_id, 'admission', '2025-09-01', e.class_id, '1-ч'"
        " FROM enrollment e JOIN student st ON st.id = e.student_id WHERE st.last_name = 'Чужой'",
        "INSERT INTO assignment (school_id, staff_id, subject_id, class_id, hours_per_week)"
        " SELECT c.school_id, c.class_teacher_id, su.id, c.id, 3 FROM class_unit c"
        " JOIN subject su ON su.school_id = c.school_id WHERE su.name = 'Чужой предмет'",
        "INSERT INTO lesson (school_id, assignment_id, on_date, lesson_no, teacher_id, topic)"
        " SELECT a.school_id, a.id, '2025-09-02', 1, a.staff_id, 'Чужая тема' FROM assignment a"
        " JOIN subject su ON su.id = a.subject_id WHERE su.name = 'Чужой предмет'",
        "INSERT INTO journal_cell (school_id, lesson_id, student_id, attendance)"
        " SELECT l.school_id, l.id, st.id, 'absent' FROM lesson l JOIN student st"
        " ON st.school_id = l.school_id WHERE l.topic = 'Чужая тема'",
        "INSERT INTO final_mark (school_id, student_id, subject_id, academic_year_id, value)"
        " SELECT st.school_id, st.id, su.id, y.id, '2' FROM student st JOIN subject su"
        " ON su.school_id = st.school_id JOIN academic_year y ON y.school_id = st.school_id"
        " WHERE st.last_name = 'Чужой'",
    };
    for (const QString &sql : steps)
        if (!db.exec(sql)) {
            qWarning("set-up failed: %s", qPrintable(db.error()));
            return false;
        }
    return true;
}

void TestReportTemplates::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(buildSchool());
    const QList<std::pair<TestClient *, QString>> users{
        {&m_deputy, "zavuch"}, {&m_petrova, "petrova"}, {&m_sidorov, "sidorov"},
        {&m_kuznetsov, "kuznetsov"}};
    for (const auto &[client, login] : users) {
        QVERIFY(client->connectTo(m_server.port(), m_server.fingerprint()));
        QCOMPARE(client->login(login, kPassword).kind, Envelope::Kind::Result);
    }
    // A teacher's account with no staff record.
    QVERIFY(m_server.createUser(QStringLiteral("bare"), kPassword, {QStringLiteral("teacher")}) > 0);
    QVERIFY(m_bare.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(m_bare.login(QStringLiteral("bare"), kPassword).kind, Envelope::Kind::Result);
}

Result TestReportTemplates::run(TestClient &client, const QString &templateKey,
                                const QCborMap &params)
{
    const Envelope e = client.call(QStringLiteral("reports.run"),
                                   {{QStringLiteral("template"), templateKey},
                                    {QStringLiteral("params"), params}});
    if (e.kind != Envelope::Kind::Result) {
        qWarning("reports.run %s: %s", qPrintable(templateKey), qPrintable(e.error.message));
        return {};
    }
    QString error;
    const std::optional<Result> r = Result::fromCbor(e.result.toMap(), &error);
    if (!r)
        qWarning("reports.run %s: bad result: %s", qPrintable(templateKey), qPrintable(error));
    return r.value_or(Result{});
}

Result TestReportTemplates::runDefinition(TestClient &client, const QCborMap &definition)
{
    const Envelope e = client.call(QStringLiteral("reports.run"),
                                   {{QStringLiteral("definition"), definition}});
    if (e.kind != Envelope::Kind::Result) {
        qWarning("reports.run %s: %s",
                 qPrintable(definition.value(QStringLiteral("dataset")).toString()),
                 qPrintable(e.error.message));
        return {};
    }
    return Result::fromCbor(e.result.toMap(), nullptr).value_or(Result{});
}

QCborMap TestReportTemplates::q1() const
{
    return {{QStringLiteral("period"), m_periods[1]}};
}

QCborMap TestReportTemplates::q1Dates() const
{
    return {{QStringLiteral("dates"),
             QCborArray{kQ1From.toString(Qt::ISODate), kQ1To.toString(Qt::ISODate)}}};
}

Visible TestReportTemplates::journalsOf(int staff) const
{
    return [staff](const Lesson &l) {
        return kLoads[l.load].teacher == staff || l.giver == staff || kClassTeacher[l.cls()] == staff;
    };
}

void TestReportTemplates::everyTemplateIsValid()
{
    QStringList keys;
    for (const reports::Template &t : reports::templates()) {
        QVERIFY2(t.definition.check().isEmpty(), t.key);
        QVERIFY(!QString::fromUtf8(t.name).isEmpty() && !QString::fromUtf8(t.description).isEmpty());
        for (const reports::Definition::Param &p : t.definition.params())
            QVERIFY2(QStringList({"period", "class", "dates", "year"}).contains(p.name),
                     qPrintable(p.name));
        keys.append(QLatin1String(t.key));
        QCOMPARE(reports::findTemplate(QString::fromLatin1(t.key)), &t);
    }
    QCOMPARE(keys.size(), 12);
    QVERIFY(!reports::findTemplate(u"noSuchReport"));
}

void TestReportTemplates::successQualityByClassAndSubject()
{
    std::map<QString, Rates> want;
    Rates total;
    for (const Final &f : kFinals)
        if (f.quarter == 1 && !f.value.isEmpty()) {
            want[className(finalClassOf(f.student)) + " | " + subjectName(f.subject)].add(f.value);
            total.add(f.value);
        }
    const Result r = run(m_deputy, QStringLiteral("successQuality"), q1());
    QCOMPARE(r.dimensions, 2);
    QCOMPARE(r.rows.size(), int(want.size()));
    const auto rows = rowsByKey(r);
    for (const auto &[k, rates] : want) {
        QVERIFY2(rows.contains(k), qPrintable(k));
        const QVariantList v = rows.value(k);
        QVERIFY2(near(v.at(0), rates.share(3)), qPrintable(k + ": success " + show(v.at(0))));
        QVERIFY2(near(v.at(1), rates.share(4)), qPrintable(k + ": quality " + show(v.at(1))));
        QVERIFY2(near(v.at(2), rates.avg(), 0.006), qPrintable(k + ": avg " + show(v.at(2))));
        QCOMPARE(v.at(3).toLongLong(), rates.count);
    }
    // Rows in order: classes by grade and letter, then subjects.
    QCOMPARE(key(r.rows.first(), 2), QStringLiteral("5А | Математика"));
    QCOMPARE(key(r.rows.last(), 2), QStringLiteral("6А | Русский язык"));
    QVERIFY(r.total.has_value());
    QVERIFY(near(r.total->at(2), total.share(3)));
    QVERIFY(near(r.total->at(3), total.share(4)));
    // One class only.
    const Result one = run(m_deputy, QStringLiteral("successQuality"),
                           {{QStringLiteral("period"), m_periods[1]},
                            {QStringLiteral("class"), m_classIds[1]}});
    QCOMPARE(one.rows.size(), 2);
    QCOMPARE(one.rows.at(0).at(0).toString(), QStringLiteral("5Б"));
}

// The year marks only: the quarters' finals of the same students stay out.
void TestReportTemplates::successQualityForTheYear()
{
    std::map<QString, Rates> want;
    Rates total;
    for (const Final &f : kFinals)
        if (f.quarter == 0 && !f.value.isEmpty()) {
            want[className(finalClassOf(f.student)) + " | " + subjectName(f.subject)].add(f.value);
            total.add(f.value);
        }
    const Result r = run(m_deputy, QStringLiteral("successQualityYear"),
                         {{QStringLiteral("year"), m_year}});
    QCOMPARE(r.rows.size(), int(want.size()));
    const auto rows = rowsByKey(r);
    for (const auto &[k, rates] : want) {
        QVERIFY2(rows.contains(k), qPrintable(k));
        const QVariantList v = rows.value(k);
        QVERIFY2(near(v.at(0), rates.share(3)), qPrintable(k + ": success " + show(v.at(0))));
        QVERIFY2(near(v.at(1), rates.share(4)), qPrintable(k + ": quality " + show(v.at(1))));
        QCOMPARE(v.at(3).toLongLong(), rates.count);
    }
    QVERIFY(r.total.has_value());
    QVERIFY(near(r.total->at(2), total.share(3)));
    QVERIFY(near(r.total->at(3), total.share(4)));
    QCOMPARE(r.total->at(5).toLongLong(), total.count);
}

void TestReportTemplates::successQualityByTeacher()
{
    // The teacher of a final: the load of the subject in the student's class.
    auto teacherOf = [](int cls, int subject) {
        for (const Load &l : kLoads)
            if (l.cls == cls && l.subject == subject)
                return l.teacher;
        return -1;
    };
    std::map<QString, Rates> want;
    for (const Final &f : kFinals)
        if (f.quarter == 1 && !f.value.isEmpty())
            want[staffName(teacherOf(finalClassOf(f.student), f.subject)) + " | " + subjectName(f.subject)]
                .add(f.value);
    const Result r = run(m_deputy, QStringLiteral("successQualityTeachers"), q1());
    QCOMPARE(r.rows.size(), int(want.size()));
    const auto rows = rowsByKey(r);
    for (const auto &[k, rates] : want) {
        QVERIFY2(rows.contains(k), qPrintable(k));
        QVERIFY2(near(rows.value(k).at(0), rates.share(3)), qPrintable(k));
        QVERIFY2(near(rows.value(k).at(1), rates.share(4)), qPrintable(k));
    }
    QCOMPARE(r.rows.first().at(0).toString(), staffName(Kuznetsov));
}

std::map<QString, std::map<QString, int>>
TestReportTemplates::attendanceCounts(const Visible &visible) const
{
    std::map<QString, std::map<QString, int>> want;
    for (const Cell &c : kAttendance) {
        const Lesson &l = m_lessons.at(c.lesson);
        if (l.cancelled || l.day() < kQ1From || l.day() > kQ1To || !visible(l))
            continue;
        ++want[className(l.cls()) + " | " + studentName(c.student)][reasonOf(c.attendance)];
    }
    return want;
}

void TestReportTemplates::checkAttendance(TestClient &client, const Visible &visible)
{
    const auto want = attendanceCounts(visible);
    const Result r = run(client, QStringLiteral("attendance"), q1Dates());
    QCOMPARE(r.dimensions, 2);
    QCOMPARE(r.rows.size(), int(want.size()));
    QVERIFY(!mentionsOtherSchool(r));
    const auto rows = rowsByKey(r);
    for (const auto &[k, reasons] : want) {
        QVERIFY2(rows.contains(k), qPrintable(k));
        int sum = 0;
        for (const auto &[reason, count] : reasons) {
            const int column = pivotColumn(r, {reason});
            QVERIFY2(column >= 0, qPrintable(reason));
            QCOMPARE(rows.value(k).at(column).toLongLong(), count);
            sum += count;
        }
        QCOMPARE(rows.value(k).at(pivotColumn(r, {})).toLongLong(), sum);
    }
}

void TestReportTemplates::attendanceWithReasons()
{
    checkAttendance(m_deputy, [](const Lesson &) { return true; });
    // Every reason shows as a column.
    const Result r = run(m_deputy, QStringLiteral("attendance"), q1Dates());
    for (const char *reason : {"без причины", "по болезни", "по уважительной причине", "опоздание"})
        QVERIFY2(pivotColumn(r, {QString::fromUtf8(reason)}) >= 0, reason);
}

void TestReportTemplates::missedLessonsWithTopics()
{
    // 5А in the first quarter: absences (not late arrivals) on lessons given.
    QList<QStringList> want;
    for (const Cell &c : kAttendance) {
        const Lesson &l = m_lessons.at(c.lesson);
        if (l.cls() != 0 || l.cancelled || !away(c.attendance) || l.day() > kQ1To)
            continue;
        want.append({studentName(c.student), l.day().toString(Qt::ISODate), QString::number(l.number()),
                     subjectName(l.subject()), l.topic, codeOf(c.attendance)});
    }
    std::sort(want.begin(), want.end(), [](const QStringList &a, const QStringList &b) {
        return std::tie(a[0], a[1], a[2]) < std::tie(b[0], b[1], b[2]);
    });
    QCborMap params = q1Dates();
    params.insert(QStringLiteral("class"), m_classIds[0]);
    const Result r = run(m_deputy, QStringLiteral("missedLessons"), params);
    QCOMPARE(r.rows.size(), want.size());
    for (int i = 0; i < want.size(); ++i) {
        QStringList got;
        for (const QVariant &cell : r.rows.at(i))
            got.append(cell.toString());
        QCOMPARE(got, want.at(i));
    }
}

void TestReportTemplates::unsatisfactoryMarksWithTopics()
{
    static const QHash<QString, QString> kinds{{"Отв", "Ответ на уроке"}, {"ДЗ", "Домашняя работа"},
                                               {"КР", "Контрольная работа"},
                                               {"СР", "Самостоятельная работа"}};
    QList<QStringList> want;
    for (const Mark &m : m_marks) {
        const Lesson &l = m_lessons.at(m.lesson);
        if (l.cls() != 0 || l.day() > kQ1To || m.value.toInt() > 2)
            continue;
        want.append({studentName(m.student), l.day().toString(Qt::ISODate), subjectName(l.subject()),
                     m.value, kinds.value(m.kind), l.topic});
    }
    std::sort(want.begin(), want.end(), [](const QStringList &a, const QStringList &b) {
        return std::tie(a[0], a[1], a[2]) < std::tie(b[0], b[1], b[2]);
    });
    QVERIFY(want.size() >= 3);
    const Result r = run(m_deputy, QStringLiteral("unsatisfactoryMarks"),
                         {{QStringLiteral("class"), m_classIds[0]},
                          {QStringLiteral("period"), m_periods[1]}});
    QCOMPARE(r.rows.size(), want.size());
    for (int i = 0; i < want.size(); ++i) {
        QStringList got;
        for (const QVariant &cell : r.rows.at(i))
            got.append(cell.toString());
        QCOMPARE(got, want.at(i));
    }
}

void TestReportTemplates::journalKeepingByTeacher()
{
    struct Keeping
    {
        int held = 0, noTopic = 0, noHomework = 0, noMarks = 0, lateMarks = 0;
    };
    std::map<QString, Keeping> want;
    for (int li = 0; li < m_lessons.size(); ++li) {
        const Lesson &l = m_lessons.at(li);
        if (l.day() > kQ1To)
            continue;
        Keeping &k = want[staffName(l.giver)];
        int marks = 0;
        for (const Mark &m : m_marks)
            if (m.lesson == li) {
                ++marks;
                k.lateMarks += m.enteredAfterDays > 7;
            }
        if (l.cancelled)
            continue;
        ++k.held;
        k.noTopic += l.topic.isEmpty();
        k.noHomework += l.homework.isEmpty();
        k.noMarks += marks == 0;
    }
    const Result r = run(m_deputy, QStringLiteral("journalKeeping"), q1());
    QCOMPARE(r.rows.size(), int(want.size()));
    const auto rows = rowsByKey(r);
    for (const auto &[teacher, k] : want) {
        const QVariantList v = rows.value(teacher);
        QCOMPARE(v.size(), 5);
        QCOMPARE(v.at(0).toLongLong(), k.held);
        QCOMPARE(v.at(1).toLongLong(), k.noTopic);
        QCOMPARE(v.at(2).toLongLong(), k.noHomework);
        QCOMPARE(v.at(3).toLongLong(), k.noMarks);
        QCOMPARE(v.at(4).toLongLong(), k.lateMarks);
    }
    QVERIFY(want.at(staffName(Sidorov)).lateMarks > 0 && want.at(staffName(Petrova)).noTopic > 0);
}

void TestReportTemplates::curriculumFulfilment()
{
    std::map<QString, std::array<int, 3>> want;  // planned, held, cancelled
    for (const Lesson &l : m_lessons)
        if (l.day() <= kQ1To) {
            auto &w = want[className(l.cls()) + " | " + subjectName(l.subject())];
            ++w[0];
            ++w[l.cancelled ? 2 : 1];
        }
    const Result r = run(m_deputy, QStringLiteral("curriculumFulfilment"), q1());
    QCOMPARE(r.rows.size(), int(want.size()));
    const auto rows = rowsByKey(r);
    for (const auto &[k, w] : want)
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rows.value(k).value(i).toLongLong(), w[i]);
    QCOMPARE(rows.value(QStringLiteral("5Б | Русский язык")).value(2).toLongLong(), 1);
    QCOMPARE(r.total->at(2).toLongLong(), 6 * 6);
}

void TestReportTemplates::controlWorkResults()
{
    std::map<QString, Rates> want;
    for (const Mark &m : m_marks) {
        const Lesson &l = m_lessons.at(m.lesson);
        if (l.control && l.day() <= kQ1To)
            want[className(l.cls()) + " | " + subjectName(l.subject()) + " | "
                 + l.day().toString(Qt::ISODate)].add(m.value);
    }
    QCOMPARE(int(want.size()), 3);
    const Result r = run(m_deputy, QStringLiteral("controlWorks"), q1());
    QCOMPARE(r.rows.size(), int(want.size()));
    const auto rows = rowsByKey(r);
    for (const auto &[k, rates] : want) {
        const QVariantList v = rows.value(k);
        QVERIFY2(v.size() == 4, qPrintable(k));
        QCOMPARE(v.at(0).toLongLong(), rates.count);
        QVERIFY2(near(v.at(1), rates.avg(), 0.006), qPrintable(k));
        QVERIFY2(near(v.at(2), rates.share(3)), qPrintable(k));
        QVERIFY2(near(v.at(3), rates.share(4)), qPrintable(k));
    }
}

void TestReportTemplates::teacherWorkload()
{
    const Result r = run(m_deputy, QStringLiteral("workload"), {{QStringLiteral("year"), m_year}});
    QCOMPARE(r.rows.size(), 3);
    for (int t : {Kuznetsov, Petrova, Sidorov}) {
        double hours = 0;
        QSet<int> classes;
        for (const Load &l : kLoads)
            if (l.teacher == t) {
                hours += l.hours;
                classes.insert(l.cls);
            }
        const QVariantList v = rowsByKey(r).value(staffName(t));
        QVERIFY2(near(v.value(0), hours, 0.001), qPrintable(staffName(t)));
        QCOMPARE(v.value(1).toLongLong(), classes.size());
    }
    QCOMPARE(r.rows.first().first().toString(), staffName(Kuznetsov));
    QVERIFY(near(r.total->at(1), 27, 0.001));
}

void TestReportTemplates::studentMovement()
{
    const Result r = run(m_deputy, QStringLiteral("movement"),
                         {{QStringLiteral("dates"), QCborArray{"2025-09-15", "2025-10-31"}}});
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0), (QVariantList{"2025-10-01", "перевод", studentName(2), "5А", "5Б", "45-п",
                                         "по заявлению родителей"}));
    QCOMPARE(r.rows.at(1), (QVariantList{"2025-10-15", "выбытие", studentName(6), "6А", QVariant(),
                                         "51-в", "переезд"}));
    // From the first day: the admissions too, without the other school's.
    const Result all = run(m_deputy, QStringLiteral("movement"),
                           {{QStringLiteral("dates"), QCborArray{"2025-09-01", "2025-10-31"}}});
    QCOMPARE(all.rows.size(), kStudentCount + 2);
    QVERIFY(!mentionsOtherSchool(all));
}

void TestReportTemplates::classTeacherPeriodReport()
{
    const Result r = run(m_petrova, QStringLiteral("classPeriod"),
                         {{QStringLiteral("class"), m_classIds[0]},
                          {QStringLiteral("period"), m_periods[1]}});
    // 5А's students at the end of the year (Волков moved to 5Б): Алексеев, Борисова.
    QCOMPARE(r.rows.size(), 2);
    const auto rows = rowsByKey(r);
    const int math = pivotColumn(r, {subjectName(0)});
    const int russian = pivotColumn(r, {subjectName(1)});
    const int average = pivotColumn(r, {});
    QVERIFY(math >= 0 && russian >= 0 && average >= 0);
    for (int s : {0, 1}) {
        Rates own;
        std::optional<double> marks[2];
        for (const Final &f : kFinals)
            if (f.student == s && f.quarter == 1) {
                marks[f.subject] = numberOf(f.value);
                own.add(f.value);
            }
        const QVariantList v = rows.value(studentName(s));
        QVERIFY(near(v.value(math), marks[0], 0.001));
        QVERIFY(near(v.value(russian), marks[1], 0.001));
        QVERIFY(near(v.value(average), own.avg(), 0.006));
    }
    QCOMPARE(r.rows.first().first().toString(), studentName(0));
    QVERIFY(r.total.has_value());
    QVERIFY(near(r.total->at(r.dimensions + math), 4.0, 0.001));      // (5 + 3) / 2
    QVERIFY(near(r.total->at(r.dimensions + russian), 3.0, 0.001));   // (4 + 2) / 2
}

void TestReportTemplates::teacherSeesOwnClassesOnly()
{
    checkAttendance(m_sidorov, journalsOf(Sidorov));
    // Сидоров's low marks in 5А: Russian only (mathematics is Петрова's).
    const Result r = run(m_sidorov, QStringLiteral("unsatisfactoryMarks"),
                         {{QStringLiteral("class"), m_classIds[0]},
                          {QStringLiteral("period"), m_periods[1]}});
    int want = 0;
    for (const Mark &m : m_marks) {
        const Lesson &l = m_lessons.at(m.lesson);
        want += l.cls() == 0 && l.day() <= kQ1To && m.value.toInt() <= 2 && l.subject() == 1;
    }
    QVERIFY(want > 0);
    QCOMPARE(r.rows.size(), want);
    for (const QVariantList &row : r.rows)
        QCOMPARE(row.at(2).toString(), subjectName(1));
    // The substituted lesson in 6А (mathematics) is his to read.
    const Result a = run(m_sidorov, QStringLiteral("missedLessons"),
                         [&] {
                             QCborMap p = q1Dates();
                             p.insert(QStringLiteral("class"), m_classIds[2]);
                             return p;
                         }());
    QCOMPARE(a.rows.size(), 1);
    QCOMPARE(a.rows.at(0).at(3).toString(), subjectName(0));
}

void TestReportTemplates::classTeacherSeesEverySubjectOfOwnClass()
{
    checkAttendance(m_petrova, journalsOf(Petrova));
    checkAttendance(m_kuznetsov, journalsOf(Kuznetsov));
    // Петрова: every subject of 5А, mathematics only in 5Б.
    const Result r = run(m_petrova, QStringLiteral("curriculumFulfilment"), q1());
    QStringList keys = rowsByKey(r).keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"5А | Математика", "5А | Русский язык", "5Б | Математика"}));
}

void TestReportTemplates::teacherFinalsOwnSubjectsAndClass()
{
    // Сидоров: Russian in every class; Кузнецов: all of 6А.
    const Result s = run(m_sidorov, QStringLiteral("successQuality"), q1());
    for (const QVariantList &row : s.rows)
        QCOMPARE(row.at(1).toString(), subjectName(1));
    QCOMPARE(s.rows.size(), 3);
    const Result k = run(m_kuznetsov, QStringLiteral("successQuality"), q1());
    QStringList keys = rowsByKey(k).keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"6А | Математика", "6А | Русский язык"}));
}

void TestReportTemplates::teacherStudentsOfClassesTaught()
{
    // Enrolments of the classes a teacher teaches or leads: Петрова 5А and 5Б, Кузнецов 6А.
    const QCborMap definition{{QStringLiteral("dataset"), "students"},
                              {QStringLiteral("fields"), QCborArray{"class", "student"}}};
    for (const auto &[client, classes] : {std::pair{&m_petrova, QSet<int>{0, 1}},
                                          std::pair{&m_kuznetsov, QSet<int>{2}},
                                          std::pair{&m_deputy, QSet<int>{0, 1, 2}}}) {
        QList<QVariantList> want;
        for (const Enrolment &e : kEnrolments)
            if (classes.contains(e.cls))
                want.append({className(e.cls), studentName(e.student)});
        std::sort(want.begin(), want.end(), [](const QVariantList &a, const QVariantList &b) {
            return std::pair(a[0].toString(), a[1].toString()) < std::pair(b[0].toString(), b[1].toString());
        });
        QCOMPARE(runDefinition(*client, definition).rows, want);
    }
}

void TestReportTemplates::everyFieldOfEveryDatasetReads()
{
    for (const reports::Dataset &ds : reports::datasets()) {
        QCborArray fields;
        for (const reports::Field &f : ds.fields)
            fields.append(QLatin1String(f.key));
        const QCborMap definition{{QStringLiteral("dataset"), QLatin1String(ds.key)},
                                  {QStringLiteral("fields"), fields}};
        const Result whole = runDefinition(m_deputy, definition);
        QVERIFY2(whole.columns.size() == fields.size(), ds.key);
        QVERIFY2(!whole.rows.isEmpty(), ds.key);
        QVERIFY2(!mentionsOtherSchool(whole), ds.key);
        const Result own = runDefinition(m_sidorov, definition);
        QVERIFY2(own.columns.size() == fields.size(), ds.key);
        QVERIFY2(own.rows.size() <= whole.rows.size(), ds.key);
    }
    // Attendance codes as the journal writes them; the one substitution.
    const Result codes = runDefinition(
        m_deputy, {{QStringLiteral("dataset"), "attendance"},
                   {QStringLiteral("rows"), QCborArray{"code", "reason"}},
                   {QStringLiteral("values"), QCborArray{QCborMap{{"field", "student"}, {"agg", "count"}}}}});
    QStringList seen;
    for (const QVariantList &row : codes.rows)
        seen.append(row.at(0).toString() + " " + row.at(1).toString());
    seen.sort();
    QCOMPARE(seen, (QStringList{"б по болезни", "н без причины", "оп опоздание",
                                "у по уважительной причине"}));
    const Result change = runDefinition(
        m_sidorov, {{QStringLiteral("dataset"), "substitutions"},
                    {QStringLiteral("fields"), QCborArray{"date", "kind", "class", "teacher", "substitute"}}});
    QCOMPARE(change.rows.size(), 1);
    QCOMPARE(change.rows.at(0), (QVariantList{"2025-09-23", "замена", "6А", staffName(Kuznetsov),
                                             staffName(Sidorov)}));
}

void TestReportTemplates::callerWithoutStaffRecordForbidden()
{
    const Envelope e = m_bare.call(QStringLiteral("reports.run"),
                                   {{QStringLiteral("template"), "attendance"},
                                    {QStringLiteral("params"), q1Dates()}});
    QCOMPARE(e.kind, Envelope::Kind::Error);
    QCOMPARE(e.error.code, ErrorCode::Forbidden);
}

QTEST_GUILESS_MAIN(TestReportTemplates)
#include "tst_report_templates.moc"

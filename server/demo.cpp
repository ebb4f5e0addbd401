// Writes the demo school (demo_plan.h) into the database: one transaction as the application
// role, one INSERT per table fed with a JSON array of rows, one audit record.
#include "demo.h"

#include "demo_curriculum.h"
#include "demo_journal.h"
#include "demo_plan.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ejournal::server {

namespace {
using namespace demo;

// Sets the application role for its lifetime.
class ApplicationRole
{
public:
    explicit ApplicationRole(const Sql &sql) : m_sql(sql)
    {
        m_sql.execScript(QStringLiteral("SET ROLE ejournal_app"));
    }
    ~ApplicationRole()
    {
        try {
            m_sql.execScript(QStringLiteral("RESET ROLE"));
        } catch (const DbFailure &) {
            // The connection is gone; a new one starts with its own role anyway.
        }
    }
    ApplicationRole(const ApplicationRole &) = delete;
    ApplicationRole &operator=(const ApplicationRole &) = delete;

private:
    const Sql &m_sql;
};

// Inserts many rows of one table in a single statement: each row is a JSON object keyed by
// column name, converted by jsonb_populate_record to the table's own column types.
class RowWriter
{
public:
    RowWriter(const Sql &sql, qint64 schoolId) : m_sql(sql), m_schoolId(schoolId) {}

    // Returns the new ids in the order of the rows. The rows are inserted in that order (ORDER
    // BY ordinality) and an identity column numbers them as they come, so the ids sorted
    // ascending line up with the rows.
    QList<qint64> insert(const QString &table, const QStringList &columns,
                         const QJsonArray &rows) const
    {
        QSqlQuery query = run(table, columns, rows, QStringLiteral(" RETURNING id"));
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        if (ids.size() != rows.size())
            throw DbFailure(QStringLiteral("%1: %2 rows written, %3 expected")
                                .arg(table).arg(ids.size()).arg(rows.size()).toStdString());
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // The same for rows whose ids nobody needs.
    void append(const QString &table, const QStringList &columns, const QJsonArray &rows) const
    {
        run(table, columns, rows, {});
    }

private:
    QSqlQuery run(const QString &table, const QStringList &columns, const QJsonArray &rows,
                  const QString &returning) const
    {
        QStringList values;
        for (const QString &column : columns)
            values.append(QStringLiteral("r.") + column);
        const QString statement = QStringLiteral(
            "INSERT INTO %1 (school_id, %2) SELECT ?::bigint, %3"
            " FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS e(value, ord)"
            " CROSS JOIN LATERAL jsonb_populate_record(NULL::%1, e.value) AS r"
            " ORDER BY e.ord%4")
            .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
                 returning);
        const QString json = QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
        return m_sql.exec(statement, {m_schoolId, json});
    }

    const Sql &m_sql;
    qint64 m_schoolId;
};

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonValue idOrNull(const QList<qint64> &ids, int index)
{
    return index < 0 ? QJsonValue() : QJsonValue(ids.at(index));
}

// The ids the rows of later tables refer to.
struct Ids
{
    qint64 year = 0;
    qint64 quarters = 0;
    qint64 halves = 0;
    QList<qint64> subjects, staff, classes, students, guardians, groups;
};

void writeCalendar(const RowWriter &rows, const DemoCalendar &calendar, Ids &ids)
{
    const QJsonObject year{{"name", calendar.yearName}, {"starts_on", isoDate(calendar.startsOn)},
                           {"ends_on", isoDate(calendar.endsOn)}, {"state", "active"}};
    ids.year = rows.insert(QStringLiteral("academic_year"),
                           {"name", "starts_on", "ends_on", "state"}, {year}).first();
    const QList<DemoScheme> schemes = {calendar.quarters, calendar.halves};
    QJsonArray schemeRows;
    for (const DemoScheme &scheme : schemes)
        schemeRows.append(QJsonObject{{"academic_year_id", ids.year}, {"kind", scheme.kind},
                                      {"name", scheme.name}});
    const QList<qint64> schemeIds = rows.insert(QStringLiteral("period_scheme"),
                                                {"academic_year_id", "kind", "name"}, schemeRows);
    ids.quarters = schemeIds.at(0);
    ids.halves = schemeIds.at(1);
    QJsonArray periods;
    for (int s = 0; s < schemes.size(); ++s) {
        for (const DemoPeriod &period : schemes.at(s).periods)
            periods.append(QJsonObject{{"scheme_id", schemeIds.at(s)}, {"ordinal", period.ordinal},
                                       {"name", period.name},
                                       {"starts_on", isoDate(period.startsOn)},
                                       {"ends_on", isoDate(period.endsOn)}});
    }
    rows.append(QStringLiteral("period"), {"scheme_id", "ordinal", "name", "starts_on", "ends_on"},
                periods);
    QJsonArray holidays;
    for (const DemoHoliday &holiday : calendar.holidays) {
        QJsonArray grades;
        for (int grade : holiday.grades)
            grades.append(grade);
        holidays.append(QJsonObject{
            {"academic_year_id", ids.year}, {"name", holiday.name},
            {"starts_on", isoDate(holiday.startsOn)}, {"ends_on", isoDate(holiday.endsOn)},
            {"grades", grades.isEmpty() ? QJsonValue() : QJsonValue(grades)}});
    }
    rows.append(QStringLiteral("holiday"),
                {"academic_year_id", "name", "starts_on", "ends_on", "grades"}, holidays);
    QJsonArray bells;
    for (const DemoBell &bell : calendar.bells)
        bells.append(QJsonObject{{"academic_year_id", ids.year}, {"shift", bell.shift},
                                 {"lesson_no", bell.lessonNo},
                                 {"starts_at", bell.startsAt.toString(QStringLiteral("HH:mm"))},
                                 {"ends_at", bell.endsAt.toString(QStringLiteral("HH:mm"))}});
    rows.append(QStringLiteral("bell"),
                {"academic_year_id", "shift", "lesson_no", "starts_at", "ends_at"}, bells);
}

void writeSubjects(const RowWriter &rows, Ids &ids)
{
    QJsonArray subjects;
    for (const DemoSubject &subject : demoSubjects())
        subjects.append(QJsonObject{{"name", subject.name}, {"short_name", subject.shortName},
                                    {"component", subject.schoolComponent ? "school" : "federal"}});
    ids.subjects = rows.insert(QStringLiteral("subject"), {"name", "short_name", "component"},
                               subjects);
}

void writeStaff(const RowWriter &rows, const QList<DemoStaff> &staff, Ids &ids)
{
    QJsonArray people;
    for (const DemoStaff &member : staff)
        people.append(QJsonObject{{"last_name", member.name.last},
                                  {"first_name", member.name.first},
                                  {"middle_name", member.name.middle},
                                  {"position", member.position}, {"phone", member.phone}});
    ids.staff = rows.insert(QStringLiteral("staff"),
                            {"last_name", "first_name", "middle_name", "position", "phone"},
                            people);
}

void writeClasses(const RowWriter &rows, const QList<DemoClass> &classes, Ids &ids)
{
    QJsonArray units;
    for (const DemoClass &unit : classes)
        units.append(QJsonObject{{"academic_year_id", ids.year}, {"grade", unit.grade},
                                 {"letter", unit.letter},
                                 {"class_teacher_id", idOrNull(ids.staff, unit.classTeacher)},
                                 {"period_scheme_id", unit.grade >= 10 ? ids.halves : ids.quarters},
                                 {"shift", unit.shift}});
    ids.classes = rows.insert(QStringLiteral("class_unit"),
                              {"academic_year_id", "grade", "letter", "class_teacher_id",
                               "period_scheme_id", "shift"}, units);
}

// Students with their enrollment from September 1 and the admission in the movement book.
void writeStudents(const RowWriter &rows, const DemoPlan &plan, Ids &ids)
{
    QJsonArray students;
    for (const DemoStudent &student : plan.students)
        students.append(QJsonObject{{"last_name", student.name.last},
                                    {"first_name", student.name.first},
                                    {"middle_name", student.name.middle},
                                    {"birth_date", isoDate(student.birthDate)},
                                    {"gender", student.female ? "f" : "m"},
                                    {"personal_file_no", student.fileNo}});
    ids.students = rows.insert(QStringLiteral("student"),
                               {"last_name", "first_name", "middle_name", "birth_date", "gender",
                                "personal_file_no"}, students);
    const QString firstDay = isoDate(plan.calendar.startsOn);
    QJsonArray enrollments;
    QJsonArray movements;
    for (int s = 0; s < plan.students.size(); ++s) {
        const int c = plan.students.at(s).classIndex;
        const DemoClass &unit = plan.classes.at(c);
        enrollments.append(QJsonObject{{"student_id", ids.students.at(s)},
                                       {"class_id", ids.classes.at(c)}, {"starts_on", firstDay}});
        movements.append(QJsonObject{{"student_id", ids.students.at(s)}, {"kind", "admission"},
                                     {"on_date", firstDay}, {"to_class_id", ids.classes.at(c)},
                                     {"order_no", unit.orderNo}, {"reason", unit.orderReason}});
    }
    rows.append(QStringLiteral("enrollment"), {"student_id", "class_id", "starts_on"}, enrollments);
    rows.append(QStringLiteral("movement"),
                {"student_id", "kind", "on_date", "to_class_id", "order_no", "reason"}, movements);
}

void writeGuardians(const RowWriter &rows, const DemoPlan &plan, Ids &ids)
{
    QJsonArray guardians;
    for (const DemoGuardian &guardian : plan.guardians)
        guardians.append(QJsonObject{{"last_name", guardian.name.last},
                                     {"first_name", guardian.name.first},
                                     {"middle_name", guardian.name.middle},
                                     {"phone", guardian.phone}});
    ids.guardians = rows.insert(QStringLiteral("guardian"),
                                {"last_name", "first_name", "middle_name", "phone"}, guardians);
    QJsonArray links;
    for (const DemoLink &link : plan.links)
        links.append(QJsonObject{{"student_id", ids.students.at(link.student)},
                                 {"guardian_id", ids.guardians.at(link.guardian)},
                                 {"relation", link.relation}});
    rows.append(QStringLiteral("student_guardian"), {"student_id", "guardian_id", "relation"},
                links);
}

void writeGroups(const RowWriter &rows, const DemoPlan &plan, Ids &ids)
{
    QJsonArray groups;
    for (const DemoGroup &group : plan.groups)
        groups.append(QJsonObject{{"academic_year_id", ids.year}, {"kind", "subgroup"},
                                  {"name", group.name},
                                  {"class_id", ids.classes.at(group.classIndex)},
                                  {"subject_id", ids.subjects.at(group.subject)}});
    ids.groups = rows.insert(QStringLiteral("study_group"),
                             {"academic_year_id", "kind", "name", "class_id", "subject_id"},
                             groups);
    const QString firstDay = isoDate(plan.calendar.startsOn);
    QJsonArray members;
    for (int g = 0; g < plan.groups.size(); ++g) {
        for (int student : plan.groups.at(g).students)
            members.append(QJsonObject{{"group_id", ids.groups.at(g)},
                                       {"student_id", ids.students.at(student)},
                                       {"starts_on", firstDay}});
    }
    rows.append(QStringLiteral("group_member"), {"group_id", "student_id", "starts_on"}, members);
}

void writeCurriculumAndLoad(const RowWriter &rows, const DemoPlan &plan, const Ids &ids)
{
    QJsonArray curriculum;
    for (const DemoCurriculum &row : plan.curriculum) {
        const bool school = demoSubjects().at(row.subject).schoolComponent;
        curriculum.append(QJsonObject{{"class_id", ids.classes.at(row.classIndex)},
                                      {"subject_id", ids.subjects.at(row.subject)},
                                      {"part", school ? "school" : "federal"},
                                      {"hours_per_week", row.hours}});
    }
    rows.append(QStringLiteral("curriculum"), {"class_id", "subject_id", "part", "hours_per_week"},
                curriculum);
    QJsonArray load;
    for (const DemoAssignment &assignment : plan.assignments)
        load.append(QJsonObject{{"staff_id", ids.staff.at(assignment.staff)},
                                {"subject_id", ids.subjects.at(assignment.subject)},
                                {"class_id", idOrNull(ids.classes, assignment.classIndex)},
                                {"group_id", idOrNull(ids.groups, assignment.group)},
                                {"hours_per_week", assignment.hours}});
    rows.append(QStringLiteral("assignment"),
                {"staff_id", "subject_id", "class_id", "group_id", "hours_per_week"}, load);
}

DemoSummary summaryOf(const DemoPlan &plan)
{
    DemoSummary summary;
    summary.classes = int(plan.classes.size());
    summary.students = int(plan.students.size());
    summary.guardians = int(plan.guardians.size());
    summary.staff = int(plan.staff.size());
    summary.subjects = int(demoSubjects().size());
    summary.groups = int(plan.groups.size());
    summary.assignments = int(plan.assignments.size());
    summary.yearName = plan.calendar.yearName;
    return summary;
}

void audit(const Sql &sql, qint64 schoolId, const DemoSummary &summary, quint32 seed)
{
    const QJsonObject after{{"year", summary.yearName}, {"classes", summary.classes},
                            {"students", summary.students}, {"guardians", summary.guardians},
                            {"staff", summary.staff}, {"subjects", summary.subjects},
                            {"groups", summary.groups}, {"assignments", summary.assignments},
                            {"seed", qint64(seed)}};
    sql.exec(QStringLiteral("INSERT INTO audit_event (school_id, action, entity, entity_id, after)"
                            " VALUES (?, 'school.demo', 'school', ?, ?::jsonb)"),
             {schoolId, QString::number(schoolId),
              QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))});
}

// Refuses a school that does not exist or already has a year.
bool checkEmptySchool(const Sql &sql, qint64 schoolId, QString *error)
{
    if (!sql.scalar(QStringLiteral("SELECT 1 FROM school WHERE id = ?"), {schoolId}).isValid()) {
        *error = QStringLiteral("there is no school with id %1").arg(schoolId);
        return false;
    }
    const QVariant year = sql.scalar(
        QStringLiteral("SELECT name FROM academic_year WHERE school_id = ?"
                       " ORDER BY starts_on LIMIT 1"),
        {schoolId});
    if (year.isValid()) {
        *error = QStringLiteral("the school already has the academic year %1: demo data go only "
                                "into a school without years").arg(year.toString());
        return false;
    }
    return true;
}
} // namespace

bool fillDemoSchool(QSqlDatabase db, qint64 schoolId, const DemoOptions &options,
                    DemoSummary *out, QString *error)
{
    if (options.students < kMinDemoStudents || options.students > kMaxDemoStudents) {
        *error = QStringLiteral("the demo school takes %1 to %2 students, not %3")
                     .arg(kMinDemoStudents).arg(kMaxDemoStudents).arg(options.students);
        return false;
    }
    try {
        const Sql sql(db);
        const ApplicationRole role(sql);
        Transaction tx(db);
        if (!checkEmptySchool(sql, schoolId, error))
            return false;
        const DemoPlan plan = buildDemoPlan(options.students, options.today, options.seed);
        const RowWriter rows(sql, schoolId);
        Ids ids;
        writeCalendar(rows, plan.calendar, ids);
        writeSubjects(rows, ids);
        writeStaff(rows, plan.staff, ids);
        writeClasses(rows, plan.classes, ids);
        writeStudents(rows, plan, ids);
        writeGuardians(rows, plan, ids);
        writeGroups(rows, plan, ids);
        writeCurriculumAndLoad(rows, plan, ids);
        fillDemoJournal(sql, schoolId, ids.year, options.today, options.seed);
        const DemoSummary summary = summaryOf(plan);
        audit(sql, schoolId, summary, options.seed);
        tx.commit();
        if (out)
            *out = summary;
        return true;
    } catch (const DbFailure &failure) {
        *error = QString::fromStdString(failure.what());
        return false;
    }
}

} // namespace ejournal::server

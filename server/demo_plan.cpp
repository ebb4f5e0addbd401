// Builds the demo school in memory: about 25 students a class, families with siblings,
// subgroups split alphabetically, and a teaching load packed so that each teacher keeps
// to one discipline, a run of neighbouring classes and at most 27 hours a week.
#include "demo_plan.h"

#include "demo_curriculum.h"

#include <QCollator>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ejournal::server::demo {

namespace {
constexpr int kGrades = 11;
constexpr int kStudentsPerClass = 25;
constexpr int kMaxTeacherLoad = 27;
constexpr double kTargetTeacherLoad = 24.0;
constexpr double kSiblingShare = 0.12;
const QString kLetters = QStringLiteral("АБВГДЕЖИКЛМНОПРСТУФХЦЧШЭЮЯ");

// Classes per grade: about 25 students a class, one class a grade at least; grades 10–11
// are half as large as the others (many leave school after the 9th grade).
QList<int> classesPerGrade(int students)
{
    const int total = std::max(kGrades, int(std::lround(double(students) / kStudentsPerClass)));
    const auto weight = [](int grade) { return grade >= 10 ? 1 : 2; };
    const int weights = 9 * 2 + 2 * 1;
    QList<int> counts(kGrades);
    QList<double> remainders(kGrades);
    int assigned = 0;
    for (int grade = 1; grade <= kGrades; ++grade) {
        const double quota = double(total) * weight(grade) / weights;
        counts[grade - 1] = std::max(1, int(quota));
        remainders[grade - 1] = quota - counts[grade - 1];
        assigned += counts[grade - 1];
    }
    for (; assigned < total; ++assigned) {
        const auto largest = std::max_element(remainders.begin(), remainders.end());
        ++counts[int(largest - remainders.begin())];
        *largest -= 1.0;
    }
    return counts;
}

// Near-equal class sizes that add up to `students`, differing by a few as real classes do.
QList<int> classSizes(int students, int classes, Random &random)
{
    QList<int> sizes(classes, students / classes);
    for (int i = 0; i < students % classes; ++i)
        ++sizes[i];
    for (int round = 0; round < classes; ++round) {
        const int from = random.below(classes);
        const int to = random.below(classes);
        const int moved = random.between(0, 2);
        if (sizes[from] - moved >= 1) {
            sizes[from] -= moved;
            sizes[to] += moved;
        }
    }
    return sizes;
}

struct Family
{
    QString surname;  // masculine form
    int fatherName = 0;
    int mother = -1;  // guardian indices, -1: not a guardian of record
    int father = -1;
    QList<int> grades;  // of the children so far
};

// What one teacher takes as a whole: a discipline's subjects in one class, or in one of its
// subgroups (part 1 or 2; part 0 is the whole class).
struct Bundle
{
    int classIndex = 0;
    int part = 0;
    int hours = 0;
    QList<DemoAssignment> items;
};

// A subject teacher while the load is handed out.
struct Teacher
{
    int staff = 0;
    int load = 0;
    QSet<int> firstSubgroups;  // classes whose first subgroup this teacher has
};

// The least loaded teacher that passes `accepts`, or -1.
template<typename Predicate>
int leastLoaded(const QList<Teacher> &teachers, Predicate accepts)
{
    int best = -1;
    for (int t = 0; t < teachers.size(); ++t) {
        if (accepts(teachers.at(t)) && (best < 0 || teachers.at(t).load < teachers.at(best).load))
            best = t;
    }
    return best;
}

class PlanBuilder
{
public:
    PlanBuilder(int students, const QDate &today, quint32 seed)
        : m_random(seed), m_students(students)
    {
        m_plan.calendar = demoCalendar(today);
        m_collator.setLocale(QLocale(QLocale::Russian, QLocale::Russia));
    }

    DemoPlan build()
    {
        makeClasses();
        for (int c = 0; c < m_plan.classes.size(); ++c)
            makeStudents(c, m_sizes.at(c));
        numberPersonalFiles();
        makeCurriculumAndGroups();
        makeAdministration();
        makeLoad();
        chooseClassTeachers();
        return m_plan;
    }

private:
    int startYear() const { return m_plan.calendar.startsOn.year(); }

    void makeClasses();
    void makeStudents(int classIndex, int count);
    int familyFor(int grade);
    int newFamily();
    int addGuardian(const FullName &name);
    QDate birthDate(int grade);
    void numberPersonalFiles();
    void makeCurriculumAndGroups();
    void splitIntoGroups(int classIndex, int subject);
    void makeAdministration();
    int addStaff(const FullName &name, const QString &position);
    int addTeacher(Discipline discipline);
    void makeLoad();
    void pack(Discipline discipline, const QList<Bundle> &bundles);
    void give(const Bundle &bundle, int staff);
    void chooseClassTeachers();
    int classOf(const DemoAssignment &assignment) const;

    Random m_random;
    int m_students;
    DemoPlan m_plan;
    QCollator m_collator;
    QList<int> m_sizes;
    QList<Family> m_families;
    QHash<QPair<int, int>, int> m_firstGroup;  // (class, subject) → its first subgroup
};

void PlanBuilder::makeClasses()
{
    const QList<int> perGrade = classesPerGrade(m_students);
    QDate orderDate = QDate(startYear(), 8, 30);
    while (orderDate.dayOfWeek() > 5)
        orderDate = orderDate.addDays(-1);
    for (int grade = 1; grade <= kGrades; ++grade) {
        const int count = perGrade.at(grade - 1);
        for (int i = 0; i < count; ++i) {
            DemoClass unit;
            unit.grade = grade;
            unit.letter = kLetters.at(i);
            // With three or more classes in the 2nd or 3rd grade, the later letters study
            // in the second shift; every other class studies in the first.
            unit.shift = (grade == 2 || grade == 3) && count >= 3 && i >= (count + 1) / 2 ? 2 : 1;
            unit.orderNo = QStringLiteral("№ %1-у от %2")
                               .arg(40 + m_plan.classes.size())
                               .arg(orderDate.toString(QStringLiteral("dd.MM.yyyy")));
            unit.orderReason = grade == 1
                ? QStringLiteral("Приём в 1 класс")
                : QStringLiteral("Зачисление при формировании контингента на %1 учебный год")
                      .arg(m_plan.calendar.yearName);
            m_plan.classes.append(unit);
        }
    }
    m_sizes = classSizes(m_students, int(m_plan.classes.size()), m_random);
}

void PlanBuilder::makeStudents(int classIndex, int count)
{
    const int grade = m_plan.classes.at(classIndex).grade;
    QList<QPair<DemoStudent, int>> pupils;  // with their family
    for (int i = 0; i < count; ++i) {
        const int familyIndex = familyFor(grade);
        Family &family = m_families[familyIndex];
        family.grades.append(grade);
        DemoStudent student;
        student.female = m_random.chance(0.5);
        student.name = {genderedSurname(family.surname, student.female),
                        randomChildName(m_random, student.female),
                        patronymic(family.fatherName, student.female)};
        student.birthDate = birthDate(grade);
        student.classIndex = classIndex;
        pupils.append({student, familyIndex});
    }
    const auto key = [](const DemoStudent &s) {
        return s.name.last + QLatin1Char(' ') + s.name.first + QLatin1Char(' ') + s.name.middle;
    };
    std::stable_sort(pupils.begin(), pupils.end(), [&](const auto &a, const auto &b) {
        return m_collator.compare(key(a.first), key(b.first)) < 0;
    });
    for (const auto &[student, familyIndex] : pupils) {
        const int index = int(m_plan.students.size());
        m_plan.students.append(student);
        m_plan.classes[classIndex].students.append(index);
        const Family &family = m_families.at(familyIndex);
        if (family.mother >= 0)
            m_plan.links.append({index, family.mother, QStringLiteral("mother")});
        if (family.father >= 0)
            m_plan.links.append({index, family.father, QStringLiteral("father")});
    }
}

// Now and then a child is a brother or sister of a child already at the school, in another
// grade: same surname, same patronymic, same guardians.
int PlanBuilder::familyFor(int grade)
{
    if (!m_families.isEmpty() && m_random.chance(kSiblingShare)) {
        for (int attempt = 0; attempt < 3; ++attempt) {
            const int candidate = m_random.below(int(m_families.size()));
            if (!m_families.at(candidate).grades.contains(grade))
                return candidate;
        }
    }
    return newFamily();
}

// Both parents are guardians of record in most families, the mother alone in many, the
// father alone in a few.
int PlanBuilder::newFamily()
{
    Family family;
    family.surname = randomSurname(m_random);
    family.fatherName = randomFatherName(m_random);
    const int kind = m_random.below(100);
    if (kind < 93)
        family.mother = addGuardian(familyMother(m_random, family.surname));
    if (kind < 62 || kind >= 93)
        family.father = addGuardian(familyFather(m_random, family.surname, family.fatherName));
    m_families.append(family);
    return int(m_families.size()) - 1;
}

int PlanBuilder::addGuardian(const FullName &name)
{
    m_plan.guardians.append({name, randomMobile(m_random)});
    return int(m_plan.guardians.size()) - 1;
}

// Children start school at 6.5 to 8 years old: on September 1 a child of grade g is g + 5
// or g + 6 years old.
QDate PlanBuilder::birthDate(int grade)
{
    const QDate from(startYear() - grade - 6, 1, 1);
    const QDate to(startYear() - grade - 5, 3, 31);
    return from.addDays(m_random.below(int(from.daysTo(to)) + 1));
}

// Personal files are numbered by the first letter of the surname: "И-12".
void PlanBuilder::numberPersonalFiles()
{
    QHash<QChar, int> counters;
    for (DemoStudent &student : m_plan.students) {
        const QChar letter = student.name.last.at(0);
        student.fileNo = QStringLiteral("%1-%2").arg(letter).arg(++counters[letter]);
    }
}

void PlanBuilder::makeCurriculumAndGroups()
{
    const QList<DemoSubject> &subjects = demoSubjects();
    for (int c = 0; c < m_plan.classes.size(); ++c) {
        const DemoClass &unit = m_plan.classes.at(c);
        for (int s = 0; s < subjects.size(); ++s) {
            const int hours = subjects.at(s).weeklyHours(unit.grade);
            if (hours == 0)
                continue;
            m_plan.curriculum.append({c, s, hours});
            if (isSplit(subjects.at(s), unit.grade, int(unit.students.size())))
                splitIntoGroups(c, s);
        }
    }
}

// Two subgroups; the alphabetical list is cut in the middle.
void PlanBuilder::splitIntoGroups(int classIndex, int subject)
{
    const DemoClass &unit = m_plan.classes.at(classIndex);
    const int firstHalf = int(unit.students.size() + 1) / 2;
    m_firstGroup.insert({classIndex, subject}, int(m_plan.groups.size()));
    for (int part = 1; part <= 2; ++part) {
        DemoGroup group;
        group.name = QStringLiteral("%1%2 %3 %4 гр.")
                         .arg(unit.grade)
                         .arg(unit.letter, demoSubjects().at(subject).groupLabel)
                         .arg(part);
        group.classIndex = classIndex;
        group.subject = subject;
        group.students = part == 1 ? unit.students.mid(0, firstHalf) : unit.students.mid(firstHalf);
        m_plan.groups.append(group);
    }
}

void PlanBuilder::makeAdministration()
{
    addStaff(randomAdult(m_random, m_random.chance(0.6)), QStringLiteral("Директор"));
    addStaff(randomAdult(m_random, true),
             QStringLiteral("Заместитель директора по учебно-воспитательной работе"));
    addStaff(randomAdult(m_random, true),
             QStringLiteral("Заместитель директора по воспитательной работе"));
    addStaff(randomAdult(m_random, m_random.chance(0.3)), QStringLiteral("Администратор системы"));
}

int PlanBuilder::addStaff(const FullName &name, const QString &position)
{
    m_plan.staff.append({name, position, randomMobile(m_random)});
    return int(m_plan.staff.size()) - 1;
}

int PlanBuilder::addTeacher(Discipline discipline)
{
    return addStaff(randomAdult(m_random, m_random.chance(womenShare(discipline))),
                    positionOf(discipline));
}

// Collects every class's (or subgroup's) hours into bundles per discipline, in class order;
// the second subgroups come after all the rest, so that the two subgroups of a class go to
// different teachers.
void PlanBuilder::makeLoad()
{
    // (class, discipline, part) → bundle, in class order.
    QMap<std::tuple<int, Discipline, int>, Bundle> bundles;
    for (const DemoCurriculum &row : std::as_const(m_plan.curriculum)) {
        const int c = row.classIndex;
        const Discipline discipline =
            teacherOf(demoSubjects().at(row.subject), m_plan.classes.at(c).grade);
        const int firstGroup = m_firstGroup.value({c, row.subject}, -1);
        const QList<int> parts = firstGroup < 0 ? QList<int>{0} : QList<int>{1, 2};
        for (int part : parts) {
            Bundle &bundle = bundles[{c, discipline, part}];
            bundle.classIndex = c;
            bundle.part = part;
            bundle.hours += row.hours;
            bundle.items.append({-1, row.subject, part == 0 ? c : -1,
                                 part == 0 ? -1 : firstGroup + part - 1, row.hours});
        }
    }
    QMap<Discipline, QList<Bundle>> front;
    QMap<Discipline, QList<Bundle>> back;
    for (auto it = bundles.cbegin(); it != bundles.cend(); ++it)
        (it->part == 2 ? back : front)[std::get<1>(it.key())].append(it.value());
    for (auto it = front.cbegin(); it != front.cend(); ++it)
        pack(it.key(), it.value() + back.value(it.key()));
}

// A primary class has its own teacher, who is also its class teacher. Other disciplines get
// as many teachers as about 24 hours each needs (two at least where classes are split); each
// bundle goes to the current teacher while that one stays near the average, else to the least
// loaded one who can take it. The two subgroups of a class never share a teacher, and nobody
// gets over 27 hours.
void PlanBuilder::pack(Discipline discipline, const QList<Bundle> &bundles)
{
    if (discipline == Discipline::Primary) {
        for (const Bundle &bundle : bundles) {
            const int teacher = addTeacher(discipline);
            m_plan.classes[bundle.classIndex].classTeacher = teacher;
            give(bundle, teacher);
        }
        return;
    }
    int total = 0;
    bool split = false;
    for (const Bundle &bundle : bundles) {
        total += bundle.hours;
        split = split || bundle.part > 0;
    }
    const int planned = std::max(split ? 2 : 1, int(std::ceil(total / kTargetTeacherLoad)));
    const double target = double(total) / planned;
    QList<Teacher> teachers;
    int current = -1;
    for (const Bundle &bundle : bundles) {
        const auto free = [&](const Teacher &t) {
            return !(bundle.part == 2 && t.firstSubgroups.contains(bundle.classIndex));
        };
        const auto underMaximum = [&](const Teacher &t) {
            return free(t) && t.load + bundle.hours <= kMaxTeacherLoad;
        };
        const auto nearAverage = [&](const Teacher &t) {
            return underMaximum(t) && (t.load == 0 || t.load + bundle.hours / 2.0 <= target);
        };
        if (current < 0 || !nearAverage(teachers.at(current))) {
            current = leastLoaded(teachers, nearAverage);
            if (current < 0 && teachers.size() >= planned)
                current = leastLoaded(teachers, underMaximum);
            if (current < 0) {
                teachers.append({addTeacher(discipline), 0, {}});
                current = int(teachers.size()) - 1;
            }
        }
        Teacher &teacher = teachers[current];
        give(bundle, teacher.staff);
        teacher.load += bundle.hours;
        if (bundle.part == 1)
            teacher.firstSubgroups.insert(bundle.classIndex);
    }
}

void PlanBuilder::give(const Bundle &bundle, int staff)
{
    for (DemoAssignment item : bundle.items) {
        item.staff = staff;
        m_plan.assignments.append(item);
    }
}

int PlanBuilder::classOf(const DemoAssignment &assignment) const
{
    return assignment.classIndex >= 0 ? assignment.classIndex
                                      : m_plan.groups.at(assignment.group).classIndex;
}

// From the 5th grade on, the class teacher is the free teacher with the most hours in the
// class (failing that, any free member of staff).
void PlanBuilder::chooseClassTeachers()
{
    QSet<int> taken;
    for (const DemoClass &unit : std::as_const(m_plan.classes)) {
        if (unit.classTeacher >= 0)
            taken.insert(unit.classTeacher);
    }
    for (int c = 0; c < m_plan.classes.size(); ++c) {
        if (m_plan.classes.at(c).classTeacher >= 0)
            continue;
        QMap<int, int> hours;
        for (const DemoAssignment &assignment : std::as_const(m_plan.assignments)) {
            if (classOf(assignment) == c)
                hours[assignment.staff] += assignment.hours;
        }
        int best = -1;
        for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
            if (!taken.contains(it.key()) && (best < 0 || it.value() > hours.value(best)))
                best = it.key();
        }
        for (int s = int(m_plan.staff.size()) - 1; best < 0 && s >= 0; --s) {
            if (!taken.contains(s))
                best = s;
        }
        m_plan.classes[c].classTeacher = best;
        taken.insert(best);
    }
}
} // namespace

DemoPlan buildDemoPlan(int students, const QDate &today, quint32 seed)
{
    return PlanBuilder(students, today, seed).build();
}

} // namespace ejournal::server::demo

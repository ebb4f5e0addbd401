// The demo school in memory, before a row is written: classes, people, groups, curriculum
// and load, all referring to each other by index. Pure and deterministic: the same inputs
// give the same school.
#pragma once

#include "demo_calendar.h"
#include "demo_names.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ejournal::server::demo {

struct DemoStaff
{
    FullName name;
    QString position;
    QString phone;
};

struct DemoClass
{
    int grade = 1;
    QString letter;
    int shift = 1;
    int classTeacher = -1;  // staff index
    QString orderNo;        // the admission order of its students ("№ 45-у от 28.08.2026")
    QString orderReason;    // what the order says ("Приём в 1 класс")
    QList<int> students;    // student indices, alphabetical
};

struct DemoStudent
{
    FullName name;
    bool female = false;
    QDate birthDate;
    QString fileNo;  // № личного дела
    int classIndex = 0;
};

struct DemoGuardian
{
    FullName name;
    QString phone;
};

struct DemoLink
{
    int student = 0;
    int guardian = 0;
    QString relation;  // "mother", "father"
};

struct DemoGroup
{
    QString name;  // "5А англ. 1 гр."
    int classIndex = 0;
    int subject = 0;
    QList<int> students;
};

struct DemoCurriculum
{
    int classIndex = 0;
    int subject = 0;
    int hours = 0;
};

struct DemoAssignment
{
    int staff = 0;
    int subject = 0;
    int classIndex = -1;  // exactly one of classIndex and group is set
    int group = -1;
    int hours = 0;
};

struct DemoPlan
{
    DemoCalendar calendar;
    QList<DemoStaff> staff;
    QList<DemoClass> classes;
    QList<DemoStudent> students;
    QList<DemoGuardian> guardians;
    QList<DemoLink> links;
    QList<DemoGroup> groups;
    QList<DemoCurriculum> curriculum;
    QList<DemoAssignment> assignments;
};

constexpr int kMinDemoStudents = 11;  // one student in each grade at least
constexpr int kMaxDemoStudents = 5000;

// A school of about `students` students (kMinDemoStudents..kMaxDemoStudents) in the year
// that contains `today`.
DemoPlan buildDemoPlan(int students, const QDate &today, quint32 seed);

} // namespace ejournal::server::demo

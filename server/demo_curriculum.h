// The demo school's curriculum: the subjects with the short names Russian journals use, the
// weekly hours per grade after the federal basic curriculum (ФУП, 5-day week, with the school
// part spent on a few electives), and which kind of teacher teaches what.
#pragma once

#include <QList>
#include <QString>

namespace ejournal::server::demo {

// A kind of teacher; a teacher of one kind teaches every subject of that kind.
enum class Discipline {
    Primary, Russian, English, German, Mathematics, Informatics, History, Geography, Biology,
    Chemistry, Physics, Art, Music, Technology, PhysicalEducation, Safety
};

struct DemoSubject
{
    QString name;
    QString shortName;
    bool schoolComponent = false;   // an elective of the school part, not a federal subject
    Discipline discipline;          // who teaches it from grade 5 on
    QString groupLabel;             // subgroup name part ("англ."), empty: never split
    int hours[11];                  // hours per week in grades 1..11
    int weeklyHours(int grade) const { return hours[grade - 1]; }
};

const QList<DemoSubject> &demoSubjects();

// Who teaches a subject in a grade: in grades 1–4 the class's own primary teacher teaches
// everything except foreign languages, music and physical education.
Discipline teacherOf(const DemoSubject &subject, int grade);

// The position of a teacher of that discipline ("Учитель математики").
QString positionOf(Discipline discipline);
// How likely a teacher of that discipline is a woman (as in Russian schools).
double womenShare(Discipline discipline);

// Whether a class of that size splits the subject into two subgroups: English from grade 2
// (unless the class has fewer than 16 students), informatics and technology (труд) in
// classes of 26 or more.
bool isSplit(const DemoSubject &subject, int grade, int classSize);

} // namespace ejournal::server::demo

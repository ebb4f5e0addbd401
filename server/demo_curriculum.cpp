// The demo curriculum after the federal basic curriculum (ФУП НОО/ООО/СОО, 5-day week).
// Weekly totals per grade: 20, 22, 22, 22 | 27, 29, 32, 33, 33 | 31, 31 — within the
// maxima 21, 23, 23, 23 | 29, 30, 32, 33, 33 | 34, 34.
#include "demo_curriculum.h"

namespace ejournal::server::demo {

namespace {
using D = Discipline;
constexpr bool kFederal = false;
constexpr bool kSchool = true;
constexpr int kLargeClass = 26;
constexpr int kSmallClass = 16;  // taught as a whole, even a foreign language
} // namespace

const QList<DemoSubject> &demoSubjects()
{
    //  name, short name, component, discipline, subgroup label,
    //  hours in grades  1  2  3  4    5  6  7  8  9   10 11
    static const QList<DemoSubject> subjects = {
        {QStringLiteral("Русский язык"), QStringLiteral("Рус. яз."), kFederal, D::Russian, {},
                        {5, 5, 5, 5,   5, 6, 4, 3, 3,   2, 2}},
        {QStringLiteral("Литературное чтение"), QStringLiteral("Лит. чт."), kFederal, D::Primary,
                        {},
                        {4, 4, 4, 3,   0, 0, 0, 0, 0,   0, 0}},
        {QStringLiteral("Литература"), QStringLiteral("Лит-ра"), kFederal, D::Russian, {},
                        {0, 0, 0, 0,   3, 3, 2, 2, 3,   3, 3}},
        {QStringLiteral("Иностранный язык (английский)"), QStringLiteral("Англ. яз."), kFederal,
                        D::English, QStringLiteral("англ."),
                        {0, 2, 2, 2,   3, 3, 3, 3, 3,   3, 3}},
        {QStringLiteral("Второй иностранный язык (немецкий)"), QStringLiteral("Нем. яз."), kFederal,
                        D::German, {},
                        {0, 0, 0, 0,   0, 0, 2, 2, 0,   0, 0}},
        {QStringLiteral("Математика"), QStringLiteral("Матем."), kFederal, D::Mathematics, {},
                        {4, 4, 4, 4,   5, 5, 0, 0, 0,   0, 0}},
        {QStringLiteral("Алгебра"), QStringLiteral("Алгебра"), kFederal, D::Mathematics, {},
                        {0, 0, 0, 0,   0, 0, 3, 3, 3,   4, 4}},
        {QStringLiteral("Геометрия"), QStringLiteral("Геом."), kFederal, D::Mathematics, {},
                        {0, 0, 0, 0,   0, 0, 2, 2, 2,   3, 3}},
        {QStringLiteral("Вероятность и статистика"), QStringLiteral("Вер. и стат."), kFederal,
                        D::Mathematics, {},
                        {0, 0, 0, 0,   0, 0, 1, 1, 1,   1, 1}},
        {QStringLiteral("Информатика"), QStringLiteral("Информ."), kFederal, D::Informatics,
                        QStringLiteral("информ."),
                        {0, 0, 0, 0,   0, 0, 1, 1, 1,   1, 1}},
        {QStringLiteral("Окружающий мир"), QStringLiteral("Окр. мир"), kFederal, D::Primary, {},
                        {2, 2, 2, 2,   0, 0, 0, 0, 0,   0, 0}},
        {QStringLiteral("История"), QStringLiteral("История"), kFederal, D::History, {},
                        {0, 0, 0, 0,   2, 2, 2, 2, 2,   2, 2}},
        {QStringLiteral("Обществознание"), QStringLiteral("Обществ."), kFederal, D::History, {},
                        {0, 0, 0, 0,   0, 1, 1, 1, 1,   2, 2}},
        {QStringLiteral("География"), QStringLiteral("Геогр."), kFederal, D::Geography, {},
                        {0, 0, 0, 0,   1, 1, 2, 2, 2,   1, 1}},
        {QStringLiteral("Биология"), QStringLiteral("Биол."), kFederal, D::Biology, {},
                        {0, 0, 0, 0,   1, 1, 1, 2, 2,   1, 1}},
        {QStringLiteral("Физика"), QStringLiteral("Физика"), kFederal, D::Physics, {},
                        {0, 0, 0, 0,   0, 0, 2, 2, 3,   2, 2}},
        {QStringLiteral("Химия"), QStringLiteral("Химия"), kFederal, D::Chemistry, {},
                        {0, 0, 0, 0,   0, 0, 0, 2, 2,   1, 1}},
        {QStringLiteral("Основы религиозных культур и светской этики"), QStringLiteral("ОРКСЭ"),
                        kFederal, D::Primary, {},
                        {0, 0, 0, 1,   0, 0, 0, 0, 0,   0, 0}},
        {QStringLiteral("Основы духовно-нравственной культуры народов России"),
                        QStringLiteral("ОДНКНР"), kFederal, D::History, {},
                        {0, 0, 0, 0,   1, 1, 0, 0, 0,   0, 0}},
        {QStringLiteral("Изобразительное искусство"), QStringLiteral("ИЗО"), kFederal, D::Art, {},
                        {1, 1, 1, 1,   1, 1, 1, 0, 0,   0, 0}},
        {QStringLiteral("Музыка"), QStringLiteral("Музыка"), kFederal, D::Music, {},
                        {1, 1, 1, 1,   1, 1, 1, 1, 0,   0, 0}},
        {QStringLiteral("Труд (технология)"), QStringLiteral("Труд"), kFederal, D::Technology,
                        QStringLiteral("труд"),
                        {1, 1, 1, 1,   2, 2, 1, 1, 1,   0, 0}},
        {QStringLiteral("Физическая культура"), QStringLiteral("Физ-ра"), kFederal,
                        D::PhysicalEducation, {},
                        {2, 2, 2, 2,   2, 2, 2, 2, 2,   2, 2}},
        {QStringLiteral("Основы безопасности и защиты Родины"), QStringLiteral("ОБЗР"), kFederal,
                        D::Safety, {},
                        {0, 0, 0, 0,   0, 0, 0, 1, 1,   1, 1}},
        {QStringLiteral("Индивидуальный проект"), QStringLiteral("Инд. проект"), kFederal,
                        D::History, {},
                        {0, 0, 0, 0,   0, 0, 0, 0, 0,   1, 0}},
        {QStringLiteral("Финансовая грамотность"), QStringLiteral("Фин. гр."), kSchool,
                        D::History, {},
                        {0, 0, 0, 0,   0, 0, 1, 0, 0,   1, 1}},
        {QStringLiteral("Практикум по решению задач по математике"),
                        QStringLiteral("Практ. матем."), kSchool, D::Mathematics, {},
                        {0, 0, 0, 0,   0, 0, 0, 0, 1,   0, 1}},
    };
    return subjects;
}

Discipline teacherOf(const DemoSubject &subject, int grade)
{
    if (grade > 4)
        return subject.discipline;
    switch (subject.discipline) {
    case D::English:
    case D::Music:
    case D::PhysicalEducation:
        return subject.discipline;
    default:
        return D::Primary;
    }
}

QString positionOf(Discipline discipline)
{
    switch (discipline) {
    case D::Primary: return QStringLiteral("Учитель начальных классов");
    case D::Russian: return QStringLiteral("Учитель русского языка и литературы");
    case D::English: return QStringLiteral("Учитель английского языка");
    case D::German: return QStringLiteral("Учитель немецкого языка");
    case D::Mathematics: return QStringLiteral("Учитель математики");
    case D::Informatics: return QStringLiteral("Учитель информатики");
    case D::History: return QStringLiteral("Учитель истории и обществознания");
    case D::Geography: return QStringLiteral("Учитель географии");
    case D::Biology: return QStringLiteral("Учитель биологии");
    case D::Chemistry: return QStringLiteral("Учитель химии");
    case D::Physics: return QStringLiteral("Учитель физики");
    case D::Art: return QStringLiteral("Учитель изобразительного искусства");
    case D::Music: return QStringLiteral("Учитель музыки");
    case D::Technology: return QStringLiteral("Учитель труда (технологии)");
    case D::PhysicalEducation: return QStringLiteral("Учитель физической культуры");
    case D::Safety: return QStringLiteral("Преподаватель-организатор ОБЗР");
    }
    return {};
}

double womenShare(Discipline discipline)
{
    switch (discipline) {
    case D::Safety: return 0.15;
    case D::Technology: return 0.4;
    case D::PhysicalEducation:
    case D::Informatics: return 0.5;
    case D::Physics: return 0.65;
    case D::Primary: return 0.97;
    default: return 0.88;
    }
}

bool isSplit(const DemoSubject &subject, int grade, int classSize)
{
    if (subject.groupLabel.isEmpty() || subject.weeklyHours(grade) == 0 || classSize < kSmallClass)
        return false;
    if (subject.discipline == D::English)
        return grade >= 2;
    return grade >= 5 && classSize >= kLargeClass;
}

} // namespace ejournal::server::demo

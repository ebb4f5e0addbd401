// Russian names for the demo school: surnames in both gender forms, first names of children
// and adults, patronymics formed from a father's name, and mobile phone numbers.
#pragma once

#include "demo_random.h"

#include <QString>

namespace ejournal::server::demo {

struct FullName
{
    QString last;
    QString first;
    QString middle;
};

// A surname in its masculine form ("Иванов", "Вишневский", "Шевченко").
QString randomSurname(Random &random);
// The form for a man or a woman: Иванов → Иванова, Вишневский → Вишневская; Шевченко stays.
QString genderedSurname(const QString &masculine, bool female);

// A child's first name (children born 2008–2020).
QString randomChildName(Random &random, bool female);

// A man's first name among those of the parents' generation; the index serves patronymic().
int randomFatherName(Random &random);
QString fatherName(int index);
// The patronymic of a son or daughter of that man: Сергей → Сергеевич / Сергеевна.
QString patronymic(int fatherIndex, bool female);

// A woman's first name among those of the parents' and teachers' generation.
QString randomWomanName(Random &random);

// The parents of a family whose masculine surname is given: the father is named by
// fatherIndex (his children's patronymic comes from it); patronymics of their own are random.
FullName familyFather(Random &random, const QString &familySurname, int fatherIndex);
FullName familyMother(Random &random, const QString &familySurname);
// An adult with a surname of their own (a teacher).
FullName randomAdult(Random &random, bool female);

// A Russian mobile number: "+7 9XX XXX-XX-XX".
QString randomMobile(Random &random);

} // namespace ejournal::server::demo

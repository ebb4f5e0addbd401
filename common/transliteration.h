// Russian to Latin letters by ГОСТ Р 52535.1-2006 (the rules of Russian passports, МВД),
// and the login made from a person's name with it: Иванов Пётр Сергеевич → "ivanov.ps".
#pragma once

#include <QString>

namespace ejournal {

// Transliterates every Cyrillic letter (ё = е, ъ and ь are dropped, Щ → "Shch": the case
// of a letter carries to the first Latin letter); other characters are kept as they are.
QString transliterate(const QString &text);

// The login a person's name gives before any numbered suffix: the last name, a dot and the
// initials of the first and middle names, in lower-case Latin letters, digits and hyphens
// only ("ivanov.ps", "petrov-vodkin.k"). Never shorter than 2 characters.
QString loginBase(const QString &lastName, const QString &firstName, const QString &middleName);

} // namespace ejournal

// The interface language: Russian by default on a Russian system, English otherwise, or as
// forced with --lang; installs the program's and Qt's own translations.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace ejournal::client {

enum class UiLanguage { Russian, English };

// The value of --lang (or --lang=…) in the arguments, lower-case; empty when not given.
QString requestedLanguage(const QStringList &arguments);
// "ru" / "en" force a language; anything else follows the system locale.
UiLanguage chooseLanguage(const QString &requested, const QLocale &system);
// Installs the translations into the application and makes the locale the default one.
// Returns false when a catalogue for Russian is missing (the program then stays in English).
bool installTranslations(UiLanguage language);

} // namespace ejournal::client

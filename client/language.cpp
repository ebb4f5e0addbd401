// Choosing the interface language and loading its translations.
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ejournal::client {

QString requestedLanguage(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == option && i + 1 < arguments.size())
            return arguments.at(i + 1).toLower();
        if (arg.startsWith(option + QLatin1Char('=')))
            return arg.mid(option.size() + 1).toLower();
    }
    return {};
}

UiLanguage chooseLanguage(const QString &requested, const QLocale &system)
{
    if (requested == QLatin1String("ru"))
        return UiLanguage::Russian;
    if (requested == QLatin1String("en"))
        return UiLanguage::English;
    return system.language() == QLocale::Russian ? UiLanguage::Russian : UiLanguage::English;
}

bool installTranslations(UiLanguage language)
{
    if (language == UiLanguage::English) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool ownLoaded = own->load(QStringLiteral(":/i18n/ejournal_ru.qm"));
    if (ownLoaded)
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(QCoreApplication::instance());
    const bool qtLoaded = qt->load(QStringLiteral("qtbase_ru"),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtLoaded)
        QCoreApplication::installTranslator(qt);
    return ownLoaded && qtLoaded;
}

} // namespace ejournal::client

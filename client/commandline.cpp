// Command line options of ejournal-client.
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace ejournal::client {

void processCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Electronic class journal: the desktop client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine",
                                    "Interface language: ru or en (default: the system language)."),
        QStringLiteral("ru|en"));
    parser.addOption(lang);
    parser.process(app);
    const QString value = parser.value(lang).toLower();
    if (parser.isSet(lang) && value != QLatin1String("ru") && value != QLatin1String("en")) {
        const QString message =
            QCoreApplication::translate("CommandLine", "Unknown language \"%1\": use ru or en.")
                .arg(parser.value(lang));
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::exit(EXIT_FAILURE);
    }
}

} // namespace ejournal::client

// ejournal-client: sets up the application and its language, then hands over to AppController.
#include "appcontroller.h"
#include "commandline.h"
#include "icons.h"
#include "language.h"
#include "uistyle.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    using namespace ejournal::client;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ejournal"));
    QApplication::setApplicationName(QStringLiteral("ejournal-client"));
    QApplication::setApplicationVersion(QStringLiteral(EJOURNAL_VERSION));
    QApplication::setWindowIcon(applicationIcon());
    applyApplicationStyle();
    installTranslations(chooseLanguage(requestedLanguage(app.arguments()), QLocale::system()));
    processCommandLine(app);

    AppController controller;
    controller.start();
    return app.exec();
}

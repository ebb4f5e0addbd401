// The server's Qt message handler (see opslog.h).
#include "opslog.h"

#include <QDateTime>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>

namespace ejournal::server {

namespace {

bool g_journal = false;

// syslog priorities (sd-daemon.h): 2 critical, 3 error, 4 warning, 6 info, 7 debug.
int priority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 7;
    case QtInfoMsg: return 6;
    case QtWarningMsg: return 4;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 2;
    }
    return 6;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "error";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

// JOURNAL_STREAM is "device:inode" of the journal's stream; it counts only when stderr is it.
bool stderrIsJournal()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    struct stat info = {};
    if (stream.isEmpty() || ::fstat(2, &info) != 0)
        return false;
    const QList<QByteArray> parts = stream.split(':');
    return parts.size() == 2 && parts.at(0).toULongLong() == info.st_dev
        && parts.at(1).toULongLong() == info.st_ino;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    QString line;
    for (const QString &text : message.split(u'\n')) {
        line += g_journal
            ? QStringLiteral("<%1>%2: %3\n").arg(priority(type)).arg(category, text)
            : QStringLiteral("%1 [%2] %3: %4\n")
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       QLatin1String(levelName(type)), category, text);
    }
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installLogHandler()
{
    g_journal = stderrIsJournal();
    qInstallMessageHandler(handler);
}

} // namespace ejournal::server

// The Debian packages: builds them with cpack from this build and checks what an
// administrator gets (programs, unit, menu entry, icon, compiled-in translations and
// migrations, dependencies, maintainer scripts). As root on a machine run by systemd it also
// installs the server package and checks that init + start give a running service.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <pwd.h>
#include <unistd.h>

namespace {

const QString kUser = QStringLiteral("ejournal");
const QString kDataDir = QStringLiteral("/var/lib/ejournal");
const QString kServerBinary = QStringLiteral("/usr/bin/ejournal-server");
const QString kUnit = QStringLiteral("/usr/lib/systemd/system/ejournal-server.service");
const QString kDefaults = QStringLiteral("/etc/default/ejournal-server");

struct Result
{
    int status = -1;
    QString output;
};

Result run(const QString &program, const QStringList &args, int timeoutSeconds = 120)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    Result result;
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished();
        result.output = QStringLiteral("%1 did not finish in %2 s: %3")
                            .arg(program).arg(timeoutSeconds).arg(process.errorString());
        return result;
    }
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

// Package names of a Depends-style field: "a (>= 1), b | c" -> {a, b, c}.
QStringList packageNames(const QString &field)
{
    QStringList names;
    for (const QString &alternative : field.split(QRegularExpression(QStringLiteral("[,|]")))) {
        const QString name = alternative.trimmed().section(u' ', 0, 0).section(u':', 0, 0);
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

// key -> values of an INI-like file (a systemd unit, a desktop entry).
QMultiHash<QString, QString> keyValues(const QString &path)
{
    QMultiHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return values;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u'#') || !line.contains(u'='))
            continue;
        values.insert(line.section(u'=', 0, 0).trimmed(), line.section(u'=', 1).trimmed());
    }
    return values;
}

// Qt resources keep file names in UTF-16 big-endian.
QByteArray resourceName(const QString &name)
{
    QByteArray bytes;
    for (const QChar c : name) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

bool listening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(1000);
}

} // namespace

class TestPackages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverPackageHoldsProgramUnitAndGuide();
    void serverProgramHasEveryMigrationCompiledIn();
    void serverDependsOnPostgresqlQtAndSodium();
    void serverScriptsAreExecutableShellScripts();
    void unitRunsAsItsOwnUserWithHardening();
    void clientPackageHoldsProgramMenuEntryAndIcon();
    void clientProgramHasRussianTranslationCompiledIn();
    void clientDependsOnQtWidgetsAndQtTranslations();
    void installedServerRunsAsService();

private:
    QStringList contents(const QString &deb);
    QString field(const QString &deb, const QString &name);
    QString extracted(const QString &deb);

    QTemporaryDir m_dir;
    QString m_serverDeb;
    QString m_clientDeb;
    QHash<QString, QString> m_extracted;
};

void TestPackages::initTestCase()
{
    for (const char *tool : {"dpkg-deb", "dpkg-shlibdeps"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 not found: install the Debian package dpkg-dev "
                                            "(installer/test.sh does) to build and check the "
                                            "packages").arg(QLatin1String(tool))));
    }
    QVERIFY(m_dir.isValid());
    const Result cpack = run(QStringLiteral(EJ_CPACK),
                             {QStringLiteral("-G"), QStringLiteral("DEB"),
                              QStringLiteral("--config"), QStringLiteral(EJ_CPACK_CONFIG),
                              QStringLiteral("-B"), m_dir.path()},
                             600);
    QVERIFY2(cpack.status == 0, qPrintable(cpack.output));
    const QDir dir(m_dir.path());
    const QStringList server = dir.entryList({QStringLiteral("ejournal-server_*.deb")});
    const QStringList client = dir.entryList({QStringLiteral("ejournal-client_*.deb")});
    QVERIFY2(server.size() == 1 && client.size() == 1,
             qPrintable(QStringLiteral("cpack made %1\n%2")
                            .arg(dir.entryList(QDir::Files).join(u' '), cpack.output)));
    m_serverDeb = dir.filePath(server.first());
    m_clientDeb = dir.filePath(client.first());
}

// Paths (without the leading ".") of what dpkg-deb -c lists.
QStringList TestPackages::contents(const QString &deb)
{
    const Result listing = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), deb});
    if (listing.status != 0)
        qWarning().noquote() << listing.output;
    QStringList paths;
    for (const QString &line : listing.output.split(u'\n', Qt::SkipEmptyParts)) {
        QString path = line.section(u' ', -1);
        if (path.startsWith(u'.'))
            path.remove(0, 1);
        if (path.size() > 1 && path.endsWith(u'/'))
            path.chop(1);
        paths.append(path);
    }
    return paths;
}

QString TestPackages::field(const QString &deb, const QString &name)
{
    return run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, name}).output.trimmed();
}

// The package unpacked (dpkg-deb -x) into a directory of its own, once.
QString TestPackages::extracted(const QString &deb)
{
    if (!m_extracted.contains(deb)) {
        const QString root = m_dir.filePath(QFileInfo(deb).completeBaseName());
        const Result result = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, root});
        if (result.status != 0)
            qWarning().noquote() << result.output;
        m_extracted.insert(deb, root);
    }
    return m_extracted.value(deb);
}

void TestPackages::serverPackageHoldsProgramUnitAndGuide()
{
    const QStringList paths = contents(m_serverDeb);
    for (const QString &expected : {kServerBinary, kUnit,
                                    QStringLiteral("/usr/share/doc/ejournal-server/README.md"),
                                    QStringLiteral("/usr/share/doc/ejournal-server/README.en.md")})
        QVERIFY2(paths.contains(expected), qPrintable(expected + QLatin1String(" missing from:\n")
                                                      + paths.join(u'\n')));
    // The data directory and the options file belong to the administrator: the postinst
    // makes them, dpkg never removes them.
    for (const QString &path : paths)
        QVERIFY2(!path.startsWith(QLatin1String("/var")) && !path.startsWith(QLatin1String("/etc")),
                 qPrintable(path));
    QVERIFY(QFileInfo(extracted(m_serverDeb) + kServerBinary).isExecutable());
    QCOMPARE(field(m_serverDeb, QStringLiteral("Package")), QStringLiteral("ejournal-server"));
    QCOMPARE(field(m_serverDeb, QStringLiteral("Version")), QStringLiteral(EJOURNAL_VERSION "-1"));
    QCOMPARE(field(m_serverDeb, QStringLiteral("Architecture")),
             run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).output.trimmed());
}

void TestPackages::serverProgramHasEveryMigrationCompiledIn()
{
    const QByteArray binary = readAll(extracted(m_serverDeb) + kServerBinary);
    QVERIFY(!binary.isEmpty());
    const QStringList migrations =
        QDir(QStringLiteral(EJ_SOURCE_DIR "/sql")).entryList({QStringLiteral("*.sql")});
    QVERIFY(!migrations.isEmpty());
    for (const QString &migration : migrations)
        QVERIFY2(binary.contains(resourceName(migration)), qPrintable(migration));
    for (const QString &path : contents(m_serverDeb))
        QVERIFY2(!path.endsWith(QLatin1String(".sql")), qPrintable(path));
}

void TestPackages::serverDependsOnPostgresqlQtAndSodium()
{
    const QStringList depends = packageNames(field(m_serverDeb, QStringLiteral("Depends")));
    for (const char *expected : {"postgresql-15", "libqt6sql6-psql", "adduser", "libsodium23",
                                 "libssl3", "libqt6core6", "libqt6network6", "libqt6sql6"})
        QVERIFY2(depends.contains(QLatin1String(expected)),
                 qPrintable(QStringLiteral("%1 not in Depends: %2")
                                .arg(QLatin1String(expected), depends.join(QLatin1String(", ")))));
    QVERIFY2(!depends.contains(QLatin1String("libqt6widgets6")), "the server needs no widgets");
}

void TestPackages::serverScriptsAreExecutableShellScripts()
{
    const QString control = m_dir.filePath(QStringLiteral("server-control"));
    const Result unpacked = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-e"), m_serverDeb, control});
    QVERIFY2(unpacked.status == 0, qPrintable(unpacked.output));
    for (const char *script : {"postinst", "prerm", "postrm"}) {
        const QString path = QDir(control).filePath(QLatin1String(script));
        QVERIFY2(QFileInfo(path).isExecutable(), script);
        const Result syntax = run(QStringLiteral("sh"), {QStringLiteral("-n"), path});
        QVERIFY2(syntax.status == 0, qPrintable(QLatin1String(script) + u' ' + syntax.output));
    }
    // The user the postinst creates is the one the unit runs as, at home in the data dir.
    const QString postinst = QString::fromUtf8(readAll(QDir(control).filePath(QStringLiteral("postinst"))));
    QVERIFY(postinst.contains(QLatin1String("EJ_USER=") + kUser));
    QVERIFY(postinst.contains(QLatin1String("EJ_DATA=") + kDataDir));
    QVERIFY(postinst.contains(QLatin1String("adduser --system --group --home \"$EJ_DATA\"")));
}

void TestPackages::unitRunsAsItsOwnUserWithHardening()
{
    const auto unit = keyValues(extracted(m_serverDeb) + kUnit);
    QCOMPARE(unit.value(QStringLiteral("User")), kUser);
    const QString execStart = unit.value(QStringLiteral("ExecStart"));
    QVERIFY2(execStart.startsWith(kServerBinary + QLatin1String(" run --data-dir ") + kDataDir),
             qPrintable(execStart));
    QVERIFY(unit.values(QStringLiteral("ReadWritePaths")).contains(kDataDir));
    QCOMPARE(unit.value(QStringLiteral("ProtectSystem")), QStringLiteral("strict"));
    QCOMPARE(unit.value(QStringLiteral("PrivateTmp")), QStringLiteral("yes"));
    QCOMPARE(unit.value(QStringLiteral("NoNewPrivileges")), QStringLiteral("yes"));
    QCOMPARE(unit.value(QStringLiteral("Restart")), QStringLiteral("on-failure"));
    QCOMPARE(unit.value(QStringLiteral("WantedBy")), QStringLiteral("multi-user.target"));
}

void TestPackages::clientPackageHoldsProgramMenuEntryAndIcon()
{
    const QString binary = QStringLiteral("/usr/bin/ejournal-client");
    const QString desktop = QStringLiteral("/usr/share/applications/ejournal-client.desktop");
    const QString icon = QStringLiteral("/usr/share/icons/hicolor/scalable/apps/ejournal.svg");
    const QStringList paths = contents(m_clientDeb);
    for (const QString &expected : {binary, desktop, icon})
        QVERIFY2(paths.contains(expected), qPrintable(expected + QLatin1String(" missing from:\n")
                                                      + paths.join(u'\n')));
    const QString root = extracted(m_clientDeb);
    QVERIFY(QFileInfo(root + binary).isExecutable());
    // The menu entry starts the packaged program and shows the packaged icon.
    const auto entry = keyValues(root + desktop);
    QCOMPARE(entry.value(QStringLiteral("Exec")), QFileInfo(binary).fileName());
    QCOMPARE(entry.value(QStringLiteral("Icon")), QFileInfo(icon).completeBaseName());
    QCOMPARE(entry.value(QStringLiteral("Name[ru]")), QStringLiteral("Электронный журнал"));
    QFile svg(root + icon);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

// The client loads its catalogue from :/i18n/ejournal_ru.qm (compiled in by
// qt_add_translations), so the package carries it inside the program, not as a file.
void TestPackages::clientProgramHasRussianTranslationCompiledIn()
{
    const QByteArray binary = readAll(extracted(m_clientDeb) + QStringLiteral("/usr/bin/ejournal-client"));
    QVERIFY(!binary.isEmpty());
    QVERIFY(binary.contains(resourceName(QStringLiteral("i18n"))));
    QVERIFY(binary.contains(resourceName(QStringLiteral("ejournal_ru.qm"))));
}

void TestPackages::clientDependsOnQtWidgetsAndQtTranslations()
{
    QCOMPARE(field(m_clientDeb, QStringLiteral("Package")), QStringLiteral("ejournal-client"));
    const QStringList depends = packageNames(field(m_clientDeb, QStringLiteral("Depends")));
    for (const char *expected : {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6",
                                 "libqt6printsupport6", "qt6-translations-l10n", "fonts-dejavu-core"})
        QVERIFY2(depends.contains(QLatin1String(expected)),
                 qPrintable(QStringLiteral("%1 not in Depends: %2")
                                .arg(QLatin1String(expected), depends.join(QLatin1String(", ")))));
    QVERIFY2(!depends.contains(QLatin1String("postgresql-15")), "the client needs no PostgreSQL");
}

// dpkg -i, then what the guide tells the administrator: init as the user ejournal and start
// the service; then a reinstall (the upgrade path: backup, restart). Everything the test
// made is removed at the end.
void TestPackages::installedServerRunsAsService()
{
    if (::geteuid() != 0)
        QSKIP("not root: the server package is installed (dpkg -i) only when the suite runs as "
              "root on a machine run by systemd");
    if (!QFileInfo::exists(QStringLiteral("/run/systemd/system")))
        QSKIP("systemd is not PID 1 here (no /run/systemd/system): the server package is not "
              "installed; run this suite as root on a systemd machine to check the service");
    if (run(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${Status}"),
                                           QStringLiteral("ejournal-server")})
            .output.contains(QLatin1String("installed")))
        QSKIP("the package ejournal-server is installed on this machine already: the test does "
              "not touch a real installation");
    if (QFileInfo::exists(kDataDir) || QFileInfo::exists(kDefaults))
        QSKIP("/var/lib/ejournal or /etc/default/ejournal-server exists (a school's or the "
              "demo's data): the test does not touch them");

    const bool userExisted = ::getpwnam("ejournal") != nullptr;
    const auto cleanup = qScopeGuard([userExisted] {
        run(QStringLiteral("dpkg"), {QStringLiteral("--purge"), QStringLiteral("ejournal-server")});
        QDir(kDataDir).removeRecursively();
        if (!userExisted)
            run(QStringLiteral("deluser"), {QStringLiteral("--system"), kUser});
    });
    // A port of its own, through the options file the postinst keeps.
    const quint16 port = freePort();
    QFile defaults(kDefaults);
    QVERIFY(defaults.open(QIODevice::WriteOnly));
    defaults.write(QStringLiteral("EJOURNAL_OPTIONS=\"--port %1\"\n").arg(port).toUtf8());
    defaults.close();

    const Result installed = run(QStringLiteral("dpkg"), {QStringLiteral("-i"), m_serverDeb}, 300);
    QVERIFY2(installed.status == 0, qPrintable(installed.output));
    QVERIFY2(installed.output.contains(QLatin1String("ejournal-server init")),
             qPrintable(installed.output));
    QVERIFY(::getpwnam("ejournal") != nullptr);
    QCOMPARE(run(QStringLiteral("systemctl"), {QStringLiteral("is-enabled"),
                                               QStringLiteral("ejournal-server")}).output.trimmed(),
             QStringLiteral("enabled"));

    const Result init = run(QStringLiteral("runuser"),
                            {QStringLiteral("-u"), kUser, QStringLiteral("--"), kServerBinary,
                             QStringLiteral("init"), QStringLiteral("--data-dir"), kDataDir,
                             QStringLiteral("--school"), QStringLiteral("Школа пакета"),
                             QStringLiteral("--admin"), QStringLiteral("admin")},
                            300);
    QVERIFY2(init.status == 0 && init.output.contains(QLatin1String("password: ")),
             qPrintable(init.output));
    const Result started = run(QStringLiteral("systemctl"),
                               {QStringLiteral("start"), QStringLiteral("ejournal-server")});
    QVERIFY2(started.status == 0, qPrintable(started.output));
    const auto active = [] {
        return run(QStringLiteral("systemctl"), {QStringLiteral("is-active"),
                                                 QStringLiteral("ejournal-server")})
                   .output.trimmed() == QLatin1String("active");
    };
    QTRY_VERIFY_WITH_TIMEOUT(active() && listening(port), 90000);

    // The upgrade path: the postinst stops the service, backs up, starts it again.
    const Result reinstalled = run(QStringLiteral("dpkg"), {QStringLiteral("-i"), m_serverDeb}, 600);
    QVERIFY2(reinstalled.status == 0, qPrintable(reinstalled.output));
    QVERIFY2(reinstalled.output.contains(QLatin1String("backup")), qPrintable(reinstalled.output));
    QTRY_VERIFY_WITH_TIMEOUT(active() && listening(port), 90000);
    const Result log = run(QStringLiteral("journalctl"),
                           {QStringLiteral("-u"), QStringLiteral("ejournal-server"),
                            QStringLiteral("--no-pager")});
    QVERIFY2(log.output.contains(QLatin1String("certificate SHA-256 fingerprint")),
             qPrintable(log.output));
}

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_packages.moc"

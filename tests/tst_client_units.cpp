// Client pieces that need no server: error texts and plurals in Russian, fingerprint layout, the
// trust store, password rules, reconnect back-off, language choice, audit wording.
#include "audittext.h"
#include "errortext.h"
#include "fingerprintdialog.h"
#include "language.h"
#include "passwordrules.h"
#include "serverconnection.h"
#include "truststore.h"

#include <QCborArray>
#include <QCborMap>
#include <QTemporaryDir>
#include <QtTest>

using namespace ejournal;
using namespace ejournal::client;

class TestClientUnits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(installTranslations(UiLanguage::Russian));
    }

    void languageChoice()
    {
        QCOMPARE(requestedLanguage({"ejournal-client", "--lang", "EN"}), QStringLiteral("en"));
        QCOMPARE(requestedLanguage({"ejournal-client", "--lang=ru"}), QStringLiteral("ru"));
        QCOMPARE(requestedLanguage({"ejournal-client"}), QString());
        QCOMPARE(chooseLanguage({}, QLocale(QLocale::Russian)), UiLanguage::Russian);
        QCOMPARE(chooseLanguage({}, QLocale(QLocale::German)), UiLanguage::English);
        QCOMPARE(chooseLanguage(QStringLiteral("en"), QLocale(QLocale::Russian)), UiLanguage::English);
        QCOMPARE(chooseLanguage(QStringLiteral("ru"), QLocale(QLocale::English)), UiLanguage::Russian);
    }

    void rateLimitedUsesRussianPlurals_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1") << 1 << QStringLiteral("Повторите попытку через 1 секунду.");
        QTest::newRow("3") << 3 << QStringLiteral("Повторите попытку через 3 секунды.");
        QTest::newRow("30") << 30 << QStringLiteral("Повторите попытку через 30 секунд.");
        QTest::newRow("21") << 21 << QStringLiteral("Повторите попытку через 21 секунду.");
        QTest::newRow("120") << 120 << QStringLiteral("Повторите попытку через 2 минуты.");
        QTest::newRow("900") << 900 << QStringLiteral("Повторите попытку через 15 минут.");
    }
    void rateLimitedUsesRussianPlurals()
    {
        QFETCH(int, seconds);
        QFETCH(QString, expected);
        const Error error{ErrorCode::RateLimited, QStringLiteral("too many failed logins"),
                          QCborMap{{QStringLiteral("retryAfter"), seconds}}};
        const QString text = ErrorText::forError(error);
        QVERIFY2(text.startsWith(QStringLiteral("Слишком много неудачных попыток.")), qPrintable(text));
        QVERIFY2(text.endsWith(expected), qPrintable(text));
    }

    void everyCodeHasARussianMessageWithoutTheCode()
    {
        for (ErrorCode code : {ErrorCode::BadRequest, ErrorCode::UnsupportedProtocol,
                               ErrorCode::Unauthenticated, ErrorCode::Forbidden, ErrorCode::NotFound,
                               ErrorCode::Invalid, ErrorCode::Conflict, ErrorCode::RateLimited,
                               ErrorCode::FrameTooLarge, ErrorCode::Internal}) {
            const QString text = ErrorText::forError(Error{code, QStringLiteral("raw"), {}});
            QVERIFY(!text.isEmpty());
            QVERIFY2(!text.contains(errorCodeName(code)), qPrintable(text));
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("[а-яА-Я]"))), qPrintable(text));
        }
        QCOMPARE(ErrorText::forLogin(Reply::failure(Error{ErrorCode::Unauthenticated, {}, {}})),
                 QStringLiteral("Неверный логин или пароль."));
        QVERIFY(ErrorText::sessionEnded(Error{ErrorCode::Unauthenticated, {},
                                              {{QStringLiteral("reason"), QStringLiteral("expired")}}})
                    .contains(QStringLiteral("истёк")));
        QVERIFY(ErrorText::socketError(QAbstractSocket::ConnectionRefusedError, "h", 1, {})
                    .contains(QStringLiteral("h:1")));
    }

    void fingerprintGrouping()
    {
        QStringList bytes;
        for (int i = 0; i < 32; ++i)
            bytes.append(QStringLiteral("%1").arg(i, 2, 16, QLatin1Char('0')).toUpper());
        const QString grouped = FingerprintDialog::groupedFingerprint(bytes.join(QLatin1Char(':')));
        QCOMPARE(grouped.split(QLatin1Char('\n')),
                 QStringList({bytes.mid(0, 16).join(QLatin1Char(':')),
                              bytes.mid(16).join(QLatin1Char(':'))}));
        QCOMPARE(certificateFingerprint(QSslCertificate()), QString());
    }

    void trustStorePersistsPins()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trust.ini"));
        {
            TrustStore store(path);
            QCOMPARE(store.pinnedFingerprint(QStringLiteral("school.local"), 7443), QString());
            store.pin(QStringLiteral("School.Local"), 7443, QStringLiteral("AA:BB"));
        }
        TrustStore store(path);
        QCOMPARE(store.pinnedFingerprint(QStringLiteral("school.local"), 7443), QStringLiteral("AA:BB"));
        QCOMPARE(store.pinnedFingerprint(QStringLiteral("school.local"), 7444), QString());
        store.forget(QStringLiteral("school.local"), 7443);
        QCOMPARE(store.pinnedFingerprint(QStringLiteral("school.local"), 7443), QString());
    }

    void passwordRules()
    {
        QVERIFY(!PasswordRules::problem({}, "abcdefg1", "abcdefg1").isEmpty());
        QVERIFY(PasswordRules::problem("old", "abc1", "abc1").contains(QStringLiteral("8 символов")));
        QVERIFY(!PasswordRules::problem("old", "abcdefgh", "abcdefgh").isEmpty());
        QVERIFY(!PasswordRules::problem("old", "12345678", "12345678").isEmpty());
        QVERIFY(!PasswordRules::problem("old", "abcdefg1", "abcdefg2").isEmpty());
        QVERIFY(!PasswordRules::problem("abcdefg1", "abcdefg1", "abcdefg1").isEmpty());
        QVERIFY(PasswordRules::problem("old", "пароль2024", "пароль2024").isEmpty());
    }

    void reconnectBackoff()
    {
        const QList<int> expected{1000, 2000, 4000, 8000, 16000, 30000, 30000};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(ServerConnection::reconnectDelayMs(i), expected.at(i));
        QCOMPARE(ServerConnection::reconnectDelayMs(100), 30000);
    }

    void auditWording()
    {
        QCOMPARE(AuditText::action(QStringLiteral("session.revoke")),
                 QStringLiteral("Завершение сеанса администратором"));
        QCOMPARE(AuditText::action(QStringLiteral("something.new")), QStringLiteral("something.new"));
        const QCborMap before{{QStringLiteral("mustChangePassword"), true}};
        const QCborMap after{{QStringLiteral("mustChangePassword"), false},
                             {QStringLiteral("roles"), QCborArray{QStringLiteral("teacher")}}};
        const QList<FieldChange> changes = AuditText::changes(QStringLiteral("user"), before, after);
        QCOMPARE(changes.size(), 2);
        const QString summary = AuditText::summary(changes);
        QVERIFY2(summary.contains(QStringLiteral("Требуется смена пароля: да → нет")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Роли: Учитель")), qPrintable(summary));
    }
};

QTEST_MAIN(TestClientUnits)
#include "tst_client_units.moc"

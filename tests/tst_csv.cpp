// Unit tests of the CSV reader used by bulk imports (common/csvtable) and of the
// transliteration that makes logins from Russian names (common/transliteration).
#include "csvtable.h"
#include "transliteration.h"

#include <QtTest>

using namespace ejournal;

namespace {
QByteArray cp1251(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            out.append(char(u));
        else if (u >= 0x0410 && u <= 0x044F)
            out.append(char(0xC0 + (u - 0x0410)));
        else if (u == 0x0401)
            out.append(char(0xA8));
        else if (u == 0x0451)
            out.append(char(0xB8));
        else if (u == 0x2116)
            out.append(char(0xB9));
    }
    return out;
}

const QString kHeader = QStringLiteral("Фамилия;Имя;Класс");
} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void utf8WithoutBom();
    void utf8WithBom();
    void windows1251();
    void windows1251FullTable();
    void commaDelimiter();
    void quotedFields();
    void raggedRowsReported();
    void blankLinesSkipped();
    void unterminatedQuote();
    void emptyFile();
    void transliterationGost();
    void loginBases();
};

void TestCsv::utf8WithoutBom()
{
    const CsvTable t = CsvTable::parse((kHeader + QStringLiteral("\nЁлкина;Алёна;5А\n")).toUtf8());
    QCOMPARE(t.encoding, QStringLiteral("UTF-8"));
    QVERIFY(!t.bom);
    QCOMPARE(t.delimiter, QChar(u';'));
    QCOMPARE(t.header, QStringList({QStringLiteral("Фамилия"), QStringLiteral("Имя"),
                                    QStringLiteral("Класс")}));
    QCOMPARE(t.headerLine, 1);
    QCOMPARE(t.records.size(), 1);
    QCOMPARE(t.records[0].line, 2);
    QCOMPARE(t.records[0].fields, QStringList({QStringLiteral("Ёлкина"), QStringLiteral("Алёна"),
                                               QStringLiteral("5А")}));
}

void TestCsv::utf8WithBom()
{
    const CsvTable t = CsvTable::parse(
        QByteArray("\xEF\xBB\xBF") + (kHeader + QStringLiteral("\r\nИванов;Пётр;5Б\r\n")).toUtf8());
    QCOMPARE(t.encoding, QStringLiteral("UTF-8"));
    QVERIFY(t.bom);
    QCOMPARE(t.header.first(), QStringLiteral("Фамилия"));  // no BOM glued to the first name
    QCOMPARE(t.records[0].fields[1], QStringLiteral("Пётр"));
}

void TestCsv::windows1251()
{
    const QByteArray bytes =
        cp1251(kHeader + QStringLiteral("\r\nСемёнова;Юлия;11Я\r\nЩукин;Эдуард;5А\r\n"));
    const CsvTable t = CsvTable::parse(bytes);
    QCOMPARE(t.encoding, QStringLiteral("Windows-1251"));
    QCOMPARE(t.header.last(), QStringLiteral("Класс"));
    QCOMPARE(t.records.size(), 2);
    QCOMPARE(t.records[0].fields, QStringList({QStringLiteral("Семёнова"), QStringLiteral("Юлия"),
                                               QStringLiteral("11Я")}));
    QCOMPARE(t.records[1].fields[0], QStringLiteral("Щукин"));
}

void TestCsv::windows1251FullTable()
{
    QByteArray all;
    for (int b = 0x80; b <= 0xFF; ++b)
        all.append(char(b));
    const QString text = decodeWindows1251(all);
    QCOMPARE(text.size(), 128);
    QCOMPARE(text.at(0x88 - 0x80), QChar(0x20AC));   // €
    QCOMPARE(text.at(0xA8 - 0x80), QChar(u'Ё'));
    QCOMPARE(text.at(0xB8 - 0x80), QChar(u'ё'));
    QCOMPARE(text.at(0xB9 - 0x80), QChar(u'№'));
    QCOMPARE(text.at(0xAB - 0x80), QChar(u'«'));
    QCOMPARE(text.at(0xC0 - 0x80), QChar(u'А'));
    QCOMPARE(text.at(0xFF - 0x80), QChar(u'я'));
    QCOMPARE(text.at(0x98 - 0x80), QChar(QChar::ReplacementCharacter));
}

void TestCsv::commaDelimiter()
{
    const CsvTable t = CsvTable::parse(
        QByteArrayLiteral("\n\nLast,First,Roles\nSmith,John,\"admin;teacher\"\n"));
    QCOMPARE(t.delimiter, QChar(u','));
    QCOMPARE(t.headerLine, 3);
    QCOMPARE(t.records.size(), 1);
    QCOMPARE(t.records[0].line, 4);
    QCOMPARE(t.records[0].fields, QStringList({QStringLiteral("Smith"), QStringLiteral("John"),
                                               QStringLiteral("admin;teacher")}));
}

void TestCsv::quotedFields()
{
    const QByteArray data = QStringLiteral(
        "Фамилия;Приказ;Примечание\n"
        "\"Иванов\";\"№ 12; от 01.09\";\"сказал \"\"да\"\"\"\n"
        "Петров;\"две\nстроки\r\nтри\";\"\"\n"
        "Сидоров;1;x\n").toUtf8();
    const CsvTable t = CsvTable::parse(data);
    QCOMPARE(t.records.size(), 3);
    QCOMPARE(t.records[0].fields, QStringList({QStringLiteral("Иванов"),
                                               QStringLiteral("№ 12; от 01.09"),
                                               QStringLiteral("сказал \"да\"")}));
    QCOMPARE(t.records[1].line, 3);
    QCOMPARE(t.records[1].fields, QStringList({QStringLiteral("Петров"),
                                               QStringLiteral("две\nстроки\nтри"), QString()}));
    // The record after a field spanning three lines starts on line 6.
    QCOMPARE(t.records[2].line, 6);
    QVERIFY(t.raggedLines().isEmpty());
    QCOMPARE(t.unterminatedQuoteLine, 0);
}

void TestCsv::raggedRowsReported()
{
    const CsvTable t = CsvTable::parse(QByteArrayLiteral("a;b;c\n1;2;3\n1;2\n1;2;3;4\n"));
    QCOMPARE(t.records.size(), 3);
    QCOMPARE(t.raggedLines(), QList<int>({3, 4}));
    QCOMPARE(t.records[1].fields.size(), 2);
}

void TestCsv::blankLinesSkipped()
{
    const CsvTable t = CsvTable::parse(QByteArrayLiteral("a;b\n\n1;2\r\n;\n  \n3;4"));
    QCOMPARE(t.records.size(), 2);
    QCOMPARE(t.records[0].line, 3);
    QCOMPARE(t.records[1].line, 6);
    QCOMPARE(t.records[1].fields, QStringList({QStringLiteral("3"), QStringLiteral("4")}));
}

void TestCsv::unterminatedQuote()
{
    const CsvTable t = CsvTable::parse(QByteArrayLiteral("a;b\n1;2\n3;\"open\n4;5\n"));
    QCOMPARE(t.unterminatedQuoteLine, 3);
}

void TestCsv::emptyFile()
{
    const CsvTable t = CsvTable::parse(QByteArray());
    QCOMPARE(t.headerLine, 0);
    QVERIFY(t.header.isEmpty());
    QVERIFY(t.records.isEmpty());
    QCOMPARE(CsvTable::parse(QByteArrayLiteral("\n\r\n;;\n")).headerLine, 0);
}

void TestCsv::transliterationGost()
{
    QCOMPARE(transliterate(QStringLiteral("Щукин Юрий Хаджиевич")),
             QStringLiteral("Shchukin Iurii Khadzhievich"));
    QCOMPARE(transliterate(QStringLiteral("Цыганков Ёжиков Объедкова Ильин Яна Эмма")),
             QStringLiteral("Tcygankov Ezhikov Obedkova Ilin Iana Emma"));
    QCOMPARE(transliterate(QStringLiteral("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")),
             QStringLiteral("abvgdeezhziiklmnoprstufkhtcchshshchyeiuia"));
    QCOMPARE(transliterate(QStringLiteral("Smith-Петров 2")), QStringLiteral("Smith-Petrov 2"));
}

void TestCsv::loginBases()
{
    QCOMPARE(loginBase(QStringLiteral("Иванов"), QStringLiteral("Пётр"), QStringLiteral("Сергеевич")),
             QStringLiteral("ivanov.ps"));
    QCOMPARE(loginBase(QStringLiteral("Петров-Водкин"), QStringLiteral("Кузьма"), QString()),
             QStringLiteral("petrov-vodkin.k"));
    QCOMPARE(loginBase(QStringLiteral("Жукова"), QStringLiteral("Юлия"), QStringLiteral("Щербаковна")),
             QStringLiteral("zhukova.iushch"));
    QCOMPARE(loginBase(QStringLiteral("  ван дер Берг "), QStringLiteral("Анна"), QStringLiteral(" ")),
             QStringLiteral("vanderberg.a"));
    QCOMPARE(loginBase(QStringLiteral("Ъ"), QString(), QString()), QStringLiteral("user"));
    QCOMPARE(loginBase(QStringLiteral("Э"), QString(), QString()), QStringLiteral("user.e"));
    const QString longName = loginBase(QString(60, u'Щ'), QStringLiteral("Я"), QStringLiteral("Я"));
    QVERIFY(longName.size() <= 64);
    QVERIFY(longName.endsWith(QStringLiteral(".iaia")));
}

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"

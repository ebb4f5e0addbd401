// Integration tests of the FET import against FET's real output: fet-cl (Debian package fet)
// computes timetables from the small .fet files in tests/data/fet at test time, and the deputy
// imports what it wrote (the *_data_and_timetable.fet file and the CSV export with ',', ';' and
// '|'). The imported entries must be exactly the activities FET's CSV shows; a file with a
// teacher the school lacks imports nothing until the deputy maps him; teachers are refused.
#include "testclient.h"
#include "testcluster.h"
#include "testserver.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ejournal;

namespace {
const QString kPassword = QStringLiteral("Parol2026");
const QString kDataDir = QStringLiteral(EJ_FET_DATA);

struct Load
{
    QString teacher;  // surname
    QString subject;
    QString target;   // class or study group
};
// The school's teaching load, the same as in school.fet.
const QList<Load> kLoad{
    {QStringLiteral("Иванова"), QStringLiteral("Математика"), QStringLiteral("5А")},
    {QStringLiteral("Иванова"), QStringLiteral("Математика"), QStringLiteral("5Б")},
    {QStringLiteral("Петров"), QStringLiteral("Русский язык"), QStringLiteral("5А")},
    {QStringLiteral("Петров"), QStringLiteral("Русский язык"), QStringLiteral("5Б")},
    {QStringLiteral("Смирнова"), QStringLiteral("Английский язык"), QStringLiteral("5А англ. 1")},
    {QStringLiteral("Кузнецова"), QStringLiteral("Английский язык"), QStringLiteral("5А англ. 2")},
};

QString errorCode(const Envelope &e)
{
    return e.kind == Envelope::Kind::Error ? errorCodeName(e.error.code) : QStringLiteral("(ok)");
}

QCborValue field(const QCborValue &v, const char *key)
{
    return v.toMap().value(QLatin1String(key));
}

QCborMap rowNamed(const QCborValue &rows, const QString &name)
{
    for (const QCborValue &row : rows.toArray())
        if (field(row, "name").toString() == name)
            return row.toMap();
    return {};
}

// The FET output of one fet-cl run.
struct FetRun
{
    QString timetableFet;  // *_data_and_timetable.fet
    QString csv;           // *_timetable.csv
    QChar separator;
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A lesson of FET's CSV as the journal should have it:
// "weekday|lesson|teacher's surname|subject|class or group|room".
QString entryText(int weekday, int lesson, const Load &load, const QString &room)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(weekday).arg(lesson).arg(load.teacher, load.subject, load.target, room);
}

int weekdayOf(const QString &day)
{
    return QStringList{QStringLiteral("Понедельник"), QStringLiteral("Вторник"),
                       QStringLiteral("Среда")}.indexOf(day) + 1;
}

// "3 урок" → 3; "09:25" → the lesson the test's bells start then.
int lessonOf(const QString &hour)
{
    static const QStringList starts{QStringLiteral("08:30"), QStringLiteral("09:25"),
                                    QStringLiteral("10:30"), QStringLiteral("11:25")};
    if (starts.contains(hour))
        return int(starts.indexOf(hour)) + 1;
    return hour.section(u' ', 0, 0).toInt();
}

// FET's students set names as the school's: its subgroups are "5А англ 1", ours "5А англ. 1".
QString targetOf(const QString &set)
{
    return QString(set).replace(QStringLiteral("англ "), QStringLiteral("англ. "));
}

// What FET's CSV says the timetable is, as entries: each row is one lesson; each teacher and
// students set of it with a load row is one entry. `renamed` maps a FET teacher to a surname.
QStringList expectedEntries(const QByteArray &csv, QChar separator,
                            const QHash<QString, QString> &renamed = {})
{
    QString text = QString::fromUtf8(csv);
    text.remove(QChar(0xFEFF));
    QStringList out;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        QStringList f = line.trimmed().split(separator);
        for (QString &value : f)
            value.remove(u'"').remove(u'\'');
        if (f.value(0).toInt() == 0)
            continue;  // the header line
        for (const QString &teacher : f.value(5).split(u'+'))
            for (const QString &set : f.value(3).split(u'+'))
                for (const Load &load : kLoad)
                    if (load.teacher == renamed.value(teacher, teacher.section(u' ', 0, 0))
                        && load.subject == f.value(4) && load.target == targetOf(set))
                        out.append(entryText(weekdayOf(f.value(1)), lessonOf(f.value(2)), load,
                                             f.value(7)));
    }
    out.sort();
    return out;
}

QStringList expectedEntries(const FetRun &run, const QHash<QString, QString> &renamed = {})
{
    return expectedEntries(fileBytes(run.csv), run.separator, renamed);
}

struct Upload
{
    QByteArray data;
    QString fileName;
};

Upload upload(const QString &path)
{
    return {fileBytes(path), QFileInfo(path).fileName()};
}
} // namespace

class TestFet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewMatchesTheSchool();
    void fetFileImportsFetsTimetable();
    void csvExportImportsTheSameTimetable();
    void unknownTeacherImportsNothing();
    void mappedTeacherImports();
    void singleQuotesNoHeaderAndNewRoom();
    void badMappingIsRefused();
    void unplacedActivitiesAreListed();
    void brokenXmlIsInvalid();
    void teacherIsForbidden();

private:
    void sql(const QString &statement);
    qint64 idOf(const QString &query);
    FetRun runFet(const QString &input, const QString &dirName, const QStringList &csvOptions,
                  QChar separator);
    bool changeAnnounced(qint64 versionId);
    Envelope preview(const Upload &file, const QCborMap &mapping = {});
    Envelope import(const Upload &file, const QString &validFrom, const QCborMap &mapping = {});
    QStringList entriesOf(qint64 versionId);
    int count(const QString &table);

    TestServer m_server;
    TestClient m_deputy;
    TestClient m_teacher;
    std::unique_ptr<TestConnection> m_db;
    QTemporaryDir m_out;
    qint64 m_year = 0;
    qint64 m_ivanova = 0;
    FetRun m_school;       // school.fet, CSV separated by ','
    FetRun m_schoolBars;   // school.fet again, CSV separated by '|'
    FetRun m_newTeacher;   // new_teacher.fet, CSV separated by ';'
    FetRun m_newTeacherPlain;  // new_teacher.fet, CSV in single quotes without a header line
};

void TestFet::sql(const QString &statement)
{
    QString error;
    QVERIFY2(m_server.exec(statement, &error), qPrintable(error));
}

qint64 TestFet::idOf(const QString &query)
{
    return m_db->value(query).toLongLong();
}

int TestFet::count(const QString &table)
{
    return m_db->value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

// Runs fet-cl on tests/data/fet/<input>.fet into the directory `dir` of its own; `csvOptions`
// choose the form of the CSV export, whose field separator is `separator`.
FetRun TestFet::runFet(const QString &input, const QString &dirName, const QStringList &csvOptions,
                       QChar separator)
{
    const QString dir = m_out.filePath(dirName);
    QProcess fet;
    fet.start(QStringLiteral("fet-cl"),
              QStringList{QStringLiteral("--inputfile=%1/%2.fet").arg(kDataDir, input),
                          QStringLiteral("--outputdir=%1").arg(dir),
                          QStringLiteral("--timelimitseconds=5"),
                          QStringLiteral("--exportcsv=true"),
                          QStringLiteral("--warnsubgroupswiththesameactivities=false")}
                  + csvOptions);
    const bool finished = fet.waitForFinished(30000);
    const FetRun run{QStringLiteral("%1/timetables/%2/%2_data_and_timetable.fet").arg(dir, input),
                     QStringLiteral("%1/csv/%2/%2_timetable.csv").arg(dir, input), separator};
    if (!finished || fet.exitCode() != 0)
        qWarning("fet-cl on %s failed: %s", qPrintable(input),
                 qPrintable(QString::fromUtf8(fet.readAllStandardError()
                                              + fet.readAllStandardOutput())));
    return run;
}

// True once the deputy's connection got `timetable.changed` for the version.
bool TestFet::changeAnnounced(qint64 versionId)
{
    const QList<Envelope> events = m_deputy.events();
    return std::any_of(events.cbegin(), events.cend(), [&](const Envelope &event) {
        return event.event == QLatin1String("timetable.changed")
            && event.data.value(QStringLiteral("versionId")).toInteger() == versionId;
    });
}

Envelope TestFet::preview(const Upload &file, const QCborMap &mapping)
{
    QCborMap params{{QStringLiteral("academicYearId"), m_year},
                    {QStringLiteral("data"), file.data},
                    {QStringLiteral("fileName"), file.fileName}};
    if (!mapping.isEmpty())
        params.insert(QStringLiteral("mapping"), mapping);
    return m_deputy.call(QStringLiteral("fet.preview"), params);
}

Envelope TestFet::import(const Upload &file, const QString &validFrom, const QCborMap &mapping)
{
    QCborMap params{{QStringLiteral("academicYearId"), m_year},
                    {QStringLiteral("data"), file.data},
                    {QStringLiteral("fileName"), file.fileName},
                    {QStringLiteral("name"), QStringLiteral("FET с %1").arg(validFrom)},
                    {QStringLiteral("validFrom"), validFrom}};
    if (!mapping.isEmpty())
        params.insert(QStringLiteral("mapping"), mapping);
    return m_deputy.call(QStringLiteral("fet.import"), params);
}

// The version's entries in the form of expectedEntries(), sorted.
QStringList TestFet::entriesOf(qint64 versionId)
{
    QSqlQuery q(m_db->database());
    q.prepare(QStringLiteral(
        "SELECT e.weekday, e.lesson_no, st.last_name, s.name,"
        "       coalesce(c.grade || c.letter, g.name), coalesce(r.name, '')"
        "  FROM timetable_entry e"
        "  JOIN assignment a ON a.school_id = e.school_id AND a.id = e.assignment_id"
        "  JOIN staff st ON st.school_id = a.school_id AND st.id = a.staff_id"
        "  JOIN subject s ON s.school_id = a.school_id AND s.id = a.subject_id"
        "  LEFT JOIN class_unit c ON c.school_id = a.school_id AND c.id = a.class_id"
        "  LEFT JOIN study_group g ON g.school_id = a.school_id AND g.id = a.group_id"
        "  LEFT JOIN room r ON r.school_id = e.school_id AND r.id = e.room_id"
        " WHERE e.version_id = ?"));
    q.addBindValue(versionId);
    QStringList out;
    if (!q.exec())
        return {q.lastError().text()};
    while (q.next())
        out.append(entryText(q.value(0).toInt(), q.value(1).toInt(),
                             {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()},
                             q.value(5).toString()));
    out.sort();
    return out;
}

void TestFet::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("fet-cl")).isEmpty())
        QFAIL("fet-cl is not installed: the FET import is tested against FET's real output;"
              " install the Debian package fet (apt-get install fet)");
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_db = std::make_unique<TestConnection>(m_server.ownerParams());
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    const QString s = QString::number(idOf(QStringLiteral("SELECT id FROM school")));
    const qint64 deputyUser = m_server.createUser(QStringLiteral("deputy"), kPassword,
                                                  {QStringLiteral("deputy")});
    const qint64 teacherUser = m_server.createUser(QStringLiteral("teacher"), kPassword,
                                                   {QStringLiteral("teacher")});
    QVERIFY(deputyUser > 0 && teacherUser > 0);

    sql(QStringLiteral("INSERT INTO academic_year (school_id, name, starts_on, ends_on, state)"
                       " VALUES (%1, '2026/2027', '2026-09-01', '2027-05-31', 'active')").arg(s));
    m_year = idOf(QStringLiteral("SELECT id FROM academic_year"));
    const QString y = QString::number(m_year);
    sql(QStringLiteral("INSERT INTO bell (school_id, academic_year_id, shift, lesson_no, starts_at,"
                       " ends_at) VALUES (%1, %2, 1, 1, '08:30', '09:15'),"
                       " (%1, %2, 1, 2, '09:25', '10:10'), (%1, %2, 1, 3, '10:30', '11:15'),"
                       " (%1, %2, 1, 4, '11:25', '12:10')").arg(s, y));
    sql(QStringLiteral("INSERT INTO subject (school_id, name, short_name) VALUES"
                       " (%1, 'Математика', 'Матем.'), (%1, 'Русский язык', 'Рус. яз.'),"
                       " (%1, 'Английский язык', 'Англ. яз.')").arg(s));
    sql(QStringLiteral("INSERT INTO room (school_id, name) VALUES (%1, '101'), (%1, '102'),"
                       " (%1, '201')").arg(s));
    sql(QStringLiteral("INSERT INTO class_unit (school_id, academic_year_id, grade, letter)"
                       " VALUES (%1, %2, 5, 'А'), (%1, %2, 5, 'Б')").arg(s, y));
    sql(QStringLiteral("INSERT INTO study_group (school_id, academic_year_id, kind, name, class_id,"
                       " subject_id) SELECT %1, %2, 'subgroup', '5А англ. ' || n, c.id, sb.id"
                       "   FROM generate_series(1, 2) n, class_unit c, subject sb"
                       "  WHERE c.letter = 'А' AND sb.name = 'Английский язык'").arg(s, y));
    sql(QStringLiteral("INSERT INTO staff (school_id, last_name, first_name, middle_name, user_id)"
                       " VALUES (%1, 'Иванова', 'Мария', 'Петровна', NULL),"
                       " (%1, 'Петров', 'Сергей', 'Иванович', NULL),"
                       " (%1, 'Смирнова', 'Анна', 'Викторовна', NULL),"
                       " (%1, 'Кузнецова', 'Ольга', 'Игоревна', NULL),"
                       " (%1, 'Завучева', 'Ольга', 'Ивановна', %2),"
                       " (%1, 'Учителева', 'Нина', 'Петровна', %3)")
            .arg(s).arg(deputyUser).arg(teacherUser));
    for (const Load &load : kLoad)
        sql(QStringLiteral(
                "INSERT INTO assignment (school_id, staff_id, subject_id, class_id, group_id,"
                " hours_per_week)"
                " SELECT %1, st.id, sb.id, c.id, g.id, 2 FROM staff st, subject sb"
                "   LEFT JOIN class_unit c ON c.grade || c.letter = '%4'"
                "   LEFT JOIN study_group g ON g.name = '%4'"
                "  WHERE st.last_name = '%2' AND sb.name = '%3'")
                .arg(s, load.teacher, load.subject, load.target));
    QCOMPARE(count(QStringLiteral("assignment")), int(kLoad.size()));
    m_ivanova = idOf(QStringLiteral("SELECT id FROM staff WHERE last_name = 'Иванова'"));

    QVERIFY(m_out.isValid());
    const auto separated = [](const char *separator) {
        return QStringList{QStringLiteral("--fieldseparatorcsv=%1").arg(QLatin1String(separator))};
    };
    m_school = runFet(QStringLiteral("school"), QStringLiteral("comma"), separated("comma"), u',');
    m_schoolBars = runFet(QStringLiteral("school"), QStringLiteral("bars"),
                          separated("verticalbar"), u'|');
    m_newTeacher = runFet(QStringLiteral("new_teacher"), QStringLiteral("semicolon"),
                          separated("semicolon"), u';');
    m_newTeacherPlain = runFet(QStringLiteral("new_teacher"), QStringLiteral("plain"),
                               {QStringLiteral("--quotescsv=singlequotes"),
                                QStringLiteral("--firstlineisheadingcsv=false")},
                               u',');
    for (const FetRun &run : {m_school, m_schoolBars, m_newTeacher, m_newTeacherPlain}) {
        QVERIFY2(QFile::exists(run.timetableFet), qPrintable(run.timetableFet));
        QVERIFY2(QFile::exists(run.csv), qPrintable(run.csv));
    }

    QVERIFY(m_deputy.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(m_deputy.login(QStringLiteral("deputy"), kPassword)),
             QStringLiteral("(ok)"));
    QVERIFY(m_teacher.connectTo(m_server.port(), m_server.fingerprint()));
    QCOMPARE(errorCode(m_teacher.login(QStringLiteral("teacher"), kPassword)),
             QStringLiteral("(ok)"));
}

void TestFet::previewMatchesTheSchool()
{
    const Envelope e = preview(upload(m_school.timetableFet));
    QVERIFY2(errorCode(e) == QLatin1String("(ok)"), qPrintable(e.error.message));
    const QCborMap r = e.result.toMap();
    QCOMPARE(field(r, "format").toString(), QStringLiteral("fet"));
    QCOMPARE(field(r, "institution").toString(), QStringLiteral("Школа № 1"));
    QVERIFY2(field(r, "ready").toBool(), qPrintable(field(r, "problems").toJsonValue().toString()));
    QCOMPARE(field(r, "activityCount").toInteger(), 6);
    QCOMPARE(field(r, "entryCount").toInteger(), qint64(expectedEntries(m_school).size()));

    const QCborMap wednesday = rowNamed(field(r, "days"), QStringLiteral("Среда"));
    QCOMPARE(field(wednesday, "weekday").toInteger(), 3);
    const QCborMap third = rowNamed(field(r, "hours"), QStringLiteral("3 урок"));
    QCOMPARE(field(third, "lessonNo").toInteger(), 3);
    QCOMPARE(field(third, "by").toString(), QStringLiteral("number"));

    const QCborMap ivanova = rowNamed(field(r, "teachers"), QStringLiteral("Иванова М. П."));
    QCOMPARE(field(ivanova, "staffId").toInteger(), m_ivanova);
    QCOMPARE(field(ivanova, "matchedName").toString(), QStringLiteral("Иванова Мария Петровна"));
    QCOMPARE(field(rowNamed(field(r, "subjects"), QStringLiteral("Английский язык")), "subjectId")
                 .toInteger(),
             idOf(QStringLiteral("SELECT id FROM subject WHERE name = 'Английский язык'")));
    QCOMPARE(field(rowNamed(field(r, "rooms"), QStringLiteral("201")), "roomId").toInteger(),
             idOf(QStringLiteral("SELECT id FROM room WHERE name = '201'")));

    // A FET subgroup is our study group; the FET year "5" stands for its classes.
    const QCborMap subgroup = rowNamed(field(r, "studentsSets"), QStringLiteral("5А англ 2"));
    QCOMPARE(field(subgroup, "kind").toString(), QStringLiteral("subgroup"));
    QCOMPARE(field(field(subgroup, "targets").toArray().at(0), "groupId").toInteger(),
             idOf(QStringLiteral("SELECT id FROM study_group WHERE name = '5А англ. 2'")));
    const QCborMap year = rowNamed(field(r, "studentsSets"), QStringLiteral("5"));
    QCOMPARE(field(year, "by").toString(), QStringLiteral("children"));
    QCOMPARE(field(year, "targets").toArray().size(), 2);

    // The two teachers of the two English subgroups: one lesson, two entries.
    for (const QCborValue &activity : field(r, "activities").toArray())
        if (field(activity, "id").toInteger() == 6)
            QCOMPARE(field(activity, "entries").toArray().size(), 2);
}

void TestFet::fetFileImportsFetsTimetable()
{
    const Envelope e = import(upload(m_school.timetableFet), QStringLiteral("2026-09-01"));
    QVERIFY2(errorCode(e) == QLatin1String("(ok)"), qPrintable(e.error.message));
    const qint64 version = field(field(e.result, "version"), "id").toInteger();
    QVERIFY(version > 0);
    QCOMPARE(field(e.result, "activities").toInteger(), 6);
    QCOMPARE(entriesOf(version), expectedEntries(m_school));
    QCOMPARE(m_db->value(QStringLiteral("SELECT source FROM timetable_version WHERE id = %1")
                             .arg(version)).toString(),
             QStringLiteral("fet"));

    const QString after = m_db->value(QStringLiteral(
        "SELECT after::text FROM audit_event WHERE action = 'timetableVersion.import'"
        "   AND entity_id = '%1'").arg(version)).toString();
    const qsizetype entries = expectedEntries(m_school).size();
    QVERIFY2(after.contains(QStringLiteral("\"entries\": %1").arg(entries)),
             qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("school_data_and_timetable.fet")), qPrintable(after));
    QTRY_VERIFY(changeAnnounced(version));
}

void TestFet::csvExportImportsTheSameTimetable()
{
    const Envelope e = import(upload(m_school.csv), QStringLiteral("2026-11-09"));
    QVERIFY2(errorCode(e) == QLatin1String("(ok)"), qPrintable(e.error.message));
    const qint64 version = field(field(e.result, "version"), "id").toInteger();
    QCOMPARE(entriesOf(version), expectedEntries(m_school));
    const qint64 fromFet = idOf(QStringLiteral(
        "SELECT id FROM timetable_version WHERE valid_from = '2026-09-01'"));
    QCOMPARE(entriesOf(version), entriesOf(fromFet));

    // FET's '|'-separated export of another run.
    const Envelope bars = import(upload(m_schoolBars.csv), QStringLiteral("2027-01-11"));
    QVERIFY2(errorCode(bars) == QLatin1String("(ok)"), qPrintable(bars.error.message));
    QCOMPARE(entriesOf(field(field(bars.result, "version"), "id").toInteger()),
             expectedEntries(m_schoolBars));
    QCOMPARE(field(preview(upload(m_schoolBars.csv)).result, "format").toString(),
             QStringLiteral("csv"));
}

void TestFet::unknownTeacherImportsNothing()
{
    const Envelope p = preview(upload(m_newTeacher.timetableFet));
    QVERIFY2(errorCode(p) == QLatin1String("(ok)"), qPrintable(p.error.message));
    QCOMPARE(field(p.result, "ready").toBool(), false);
    const QCborMap sidorov = rowNamed(field(p.result, "teachers"), QStringLiteral("Сидоров В. В."));
    QVERIFY(field(sidorov, "staffId").isNull());
    QCOMPARE(field(sidorov, "activities").toInteger(), 2);
    QCOMPARE(field(rowNamed(field(p.result, "hours"), QStringLiteral("09:25")), "lessonNo")
                 .toInteger(), 2);
    const QCborArray problems = field(p.result, "problems").toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(field(problems.at(0), "message").toString(),
             QStringLiteral("teacher «Сидоров В. В.» is not matched to a staff member"));
    QCOMPARE(field(problems.at(0), "activityIds").toArray(), (QCborArray{1, 2}));

    const int versions = count(QStringLiteral("timetable_version"));
    const int entries = count(QStringLiteral("timetable_entry"));
    for (const QString &path : {m_newTeacher.timetableFet, m_newTeacher.csv}) {
        const Envelope e = import(upload(path), QStringLiteral("2027-02-01"));
        QCOMPARE(errorCode(e), QStringLiteral("invalid"));
        QVERIFY2(e.error.message.contains(QStringLiteral("Сидоров В. В.")),
                 qPrintable(e.error.message));
        QCOMPARE(e.error.details.value(QStringLiteral("problems")).toArray().size(), 1);
    }
    QCOMPARE(count(QStringLiteral("timetable_version")), versions);
    QCOMPARE(count(QStringLiteral("timetable_entry")), entries);
}

void TestFet::mappedTeacherImports()
{
    const QCborMap mapping{{QStringLiteral("teachers"),
                            QCborMap{{QStringLiteral("Сидоров В. В."), m_ivanova}}}};
    const Envelope p = preview(upload(m_newTeacher.csv), mapping);
    QCOMPARE(field(p.result, "ready").toBool(), true);
    QCOMPARE(field(rowNamed(field(p.result, "teachers"), QStringLiteral("Сидоров В. В.")), "by")
                 .toString(),
             QStringLiteral("mapping"));
    const Envelope e = import(upload(m_newTeacher.csv), QStringLiteral("2027-02-01"), mapping);
    QVERIFY2(errorCode(e) == QLatin1String("(ok)"), qPrintable(e.error.message));
    const QStringList expected = expectedEntries(
        m_newTeacher, {{QStringLiteral("Сидоров В. В."), QStringLiteral("Иванова")}});
    QCOMPARE(expected.size(), 3);
    QCOMPARE(entriesOf(field(field(e.result, "version"), "id").toInteger()), expected);
}

void TestFet::singleQuotesNoHeaderAndNewRoom()
{
    // FET's CSV in single quotes without its header line, one room renamed to one the school
    // does not have: the deputy maps the teacher and has the room created.
    Upload file = upload(m_newTeacherPlain.csv);
    QVERIFY(file.data.contains("'102'"));
    file.data.replace("'102'", QStringLiteral("'Спортзал'").toUtf8());
    QCborMap mapping{{QStringLiteral("teachers"),
                      QCborMap{{QStringLiteral("Сидоров В. В."), m_ivanova}}}};
    const Envelope p = preview(file, mapping);
    const QCborArray problems = field(p.result, "problems").toArray();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(field(problems.at(0), "message").toString(),
             QStringLiteral("room «Спортзал» is not matched to a room of the school"));

    const QCborMap create{{QStringLiteral("create"), true}};
    mapping.insert(QStringLiteral("rooms"), QCborMap{{QStringLiteral("Спортзал"), create}});
    const Envelope e = import(file, QStringLiteral("2027-04-12"), mapping);
    QVERIFY2(errorCode(e) == QLatin1String("(ok)"), qPrintable(e.error.message));
    QCOMPARE(field(e.result, "roomsCreated").toArray(), (QCborArray{QStringLiteral("Спортзал")}));
    QCOMPARE(m_db->value(QStringLiteral("SELECT count(*) FROM room WHERE name = 'Спортзал'"))
                 .toInt(),
             1);
    const QStringList expected = expectedEntries(
        file.data, u',', {{QStringLiteral("Сидоров В. В."), QStringLiteral("Иванова")}});
    QCOMPARE(expected.size(), 3);
    QCOMPARE(entriesOf(field(field(e.result, "version"), "id").toInteger()), expected);
}

void TestFet::badMappingIsRefused()
{
    const Envelope e = import(upload(m_newTeacher.timetableFet), QStringLiteral("2027-03-01"),
                              {{QStringLiteral("teachers"),
                                QCborMap{{QStringLiteral("Сидоров В. В."), 999999}}}});
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    QVERIFY2(e.error.details.value(QStringLiteral("mapping")).toString().contains(
                 QStringLiteral("999999")),
             qPrintable(e.error.message));
    // The start date of an existing version is refused, naming the field.
    const Envelope taken = import(upload(m_school.timetableFet), QStringLiteral("2026-09-01"));
    QCOMPARE(errorCode(taken), QStringLiteral("invalid"));
    QCOMPARE(taken.error.message,
             QStringLiteral("the timetable «FET с 2026-09-01» already starts on 2026-09-01"));
    QVERIFY(taken.error.details.contains(QStringLiteral("validFrom")));
}

void TestFet::unplacedActivitiesAreListed()
{
    // The input file, before FET computed a timetable: nothing is placed.
    const Envelope e =
        import(upload(kDataDir + QStringLiteral("/school.fet")), QStringLiteral("2027-03-01"));
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    const QCborArray problems = e.error.details.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.at(0).toString().startsWith(QStringLiteral("not placed in the timetable")),
             qPrintable(problems.at(0).toString()));
}

void TestFet::brokenXmlIsInvalid()
{
    const Envelope e = m_deputy.call(
        QStringLiteral("fet.preview"),
        {{QStringLiteral("academicYearId"), m_year},
         {QStringLiteral("data"), QByteArray("<?xml version=\"1.0\"?>\n<fet>\n<Days_List>\n"
                                              "<Day><Name>Пн</Day>\n</fet>\n")},
         {QStringLiteral("fileName"), QStringLiteral("broken.fet")}});
    QCOMPARE(errorCode(e), QStringLiteral("invalid"));
    QVERIFY2(e.error.message.contains(QStringLiteral("not well-formed XML"))
                 && e.error.message.contains(QStringLiteral("line 4")),
             qPrintable(e.error.message));
    QCOMPARE(e.error.details.value(QStringLiteral("data")).toString(),
             QStringLiteral("not well-formed XML at line 4"));
}

void TestFet::teacherIsForbidden()
{
    const QCborMap params{{QStringLiteral("academicYearId"), m_year},
                          {QStringLiteral("data"), fileBytes(m_school.timetableFet)},
                          {QStringLiteral("fileName"), QStringLiteral("school.fet")}};
    QCOMPARE(errorCode(m_teacher.call(QStringLiteral("fet.preview"), params)),
             QStringLiteral("forbidden"));
    QCborMap importParams = params;
    importParams.insert(QStringLiteral("name"), QStringLiteral("Моё расписание"));
    importParams.insert(QStringLiteral("validFrom"), QStringLiteral("2027-04-01"));
    QCOMPARE(errorCode(m_teacher.call(QStringLiteral("fet.import"), importParams)),
             QStringLiteral("forbidden"));
}

QTEST_MAIN(TestFet)
#include "tst_fet.moc"

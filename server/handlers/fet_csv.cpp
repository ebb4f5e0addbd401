// Reading FET's timetable CSV export (*_timetable.csv): one row per activity and hour
// ("Activity Id","Day","Hour","Students Sets","Subject","Teachers","Activity Tags","Room",
// "Comments"), UTF-8 with a BOM, fields in double, single or no quotes, separated by ',' ';'
// or '|', several teachers or students sets joined by '+', the header line optional.
#include "fet_file.h"

#include "csvtable.h"
#include "requestcontext.h"

#include <QHash>

#include <algorithm>

namespace ejournal::server::handlers::fet {

namespace {
const QString kId = QStringLiteral("Activity Id");
const QString kDay = QStringLiteral("Day");
const QString kHour = QStringLiteral("Hour");
const QString kStudents = QStringLiteral("Students Sets");
const QString kSubject = QStringLiteral("Subject");
const QString kTeachers = QStringLiteral("Teachers");
const QString kRoom = QStringLiteral("Room");
// FET's columns in the order it writes them (also without a header line).
const QStringList kColumns{kId, kDay, kHour, kStudents, kSubject, kTeachers,
                           QStringLiteral("Activity Tags"), kRoom, QStringLiteral("Comments")};
const QStringList kRequired{kId, kDay, kHour, kStudents, kSubject, kTeachers};

// Stands in for a literal ';' while a '|'-separated file is split (it cannot occur in text).
constexpr char kUnitSeparator = '\x1F';

// True when the first line separates its fields with '|' (outside double quotes) more often
// than with ',' or ';'.
bool barSeparated(const QByteArray &data)
{
    int bars = 0;
    int others = 0;
    bool quoted = false;
    for (const char c : data) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == '|')
            ++bars;
        else if (!quoted && (c == ',' || c == ';'))
            ++others;
    }
    return bars > others;
}

// The common CSV reader knows ';' and ',' only: outside quotes '|' becomes ';' and a literal
// ';' the unit separator, which field() turns back. Byte-wise is safe in UTF-8 and
// Windows-1251 alike: neither uses these ASCII bytes inside a letter.
QByteArray barsAsSemicolons(QByteArray data)
{
    bool quoted = false;
    for (char &c : data) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '|')
            c = ';';
        else if (!quoted && c == ';')
            c = kUnitSeparator;
    }
    return data;
}

// A field's text: trimmed, without FET's single quotes, literal ';' restored.
QString cleanField(QString text)
{
    text.replace(QChar(kUnitSeparator), QChar(u';'));
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(u'\'') && text.endsWith(u'\''))
        text = text.mid(1, text.size() - 2).trimmed();
    return text;
}

QStringList cleanFields(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out.append(cleanField(f));
    return out;
}

QStringList splitNames(const QString &joined)
{
    QStringList out;
    for (const QString &name : joined.split(u'+', Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            out.append(name.trimmed());
    return out;
}

void addUnique(QStringList &list, const QString &name)
{
    if (!name.isEmpty() && !list.contains(name))
        list.append(name);
}

void addUnique(QStringList &list, const QStringList &names)
{
    for (const QString &name : names)
        addUnique(list, name);
}

class CsvReader
{
public:
    explicit CsvReader(const QByteArray &data)
    {
        const CsvTable table =
            CsvTable::parse(barSeparated(data) ? barsAsSemicolons(data) : data);
        if (table.unterminatedQuoteLine > 0)
            invalid(QStringLiteral("a quoted field opened on line %1 never closes")
                        .arg(table.unterminatedQuoteLine));
        if (table.headerLine == 0)
            invalid(QStringLiteral("the CSV file is empty"));
        QList<CsvRecord> records = table.records;
        const QStringList header = cleanFields(table.header);
        if (startsWithId(header)) {
            records.prepend(CsvRecord{table.headerLine, table.header});
            for (qsizetype i = 0; i < kColumns.size(); ++i)
                m_fieldOf.insert(kColumns[i], i);
        } else {
            matchHeader(header);
        }
        m_file.format = QStringLiteral("csv");
        for (const CsvRecord &record : records)
            readRecord(record.line, cleanFields(record.fields));
    }

    File file() const { return m_file; }

private:
    [[noreturn]] static void invalid(const QString &message)
    {
        throw fail(ErrorCode::Invalid, message,
                   {{QStringLiteral("data"), QStringLiteral("not FET's timetable CSV export")}});
    }

    // A file written without its header line starts with an activity id.
    static bool startsWithId(const QStringList &fields)
    {
        bool number = false;
        fields.value(0).toInt(&number);
        return number;
    }

    void matchHeader(const QStringList &header)
    {
        for (qsizetype i = 0; i < header.size(); ++i)
            for (const QString &column : kColumns)
                if (header[i].compare(column, Qt::CaseInsensitive) == 0)
                    m_fieldOf.insert(column, i);
        for (const QString &column : kRequired)
            if (!m_fieldOf.contains(column))
                invalid(QStringLiteral("the CSV file has no column «%1»: it is not FET's timetable"
                                       " export (*_timetable.csv)").arg(column));
    }

    QString field(const QStringList &fields, const QString &column) const
    {
        return fields.value(m_fieldOf.value(column, -1));
    }

    void readRecord(int line, const QStringList &fields)
    {
        const QString idText = field(fields, kId);
        bool ok = false;
        const int id = idText.toInt(&ok);
        const QString day = field(fields, kDay);
        const QString hour = field(fields, kHour);
        if (!ok || day.isEmpty() || hour.isEmpty()) {
            m_file.problems.append({line, QStringLiteral("line %1: no activity id, day and hour"
                                                         " (Activity Id «%2»)")
                                              .arg(line)
                                              .arg(idText)});
            return;
        }
        addUnique(m_file.days, day);
        addUnique(m_file.hours, hour);
        if (m_activityOf.contains(id))
            continueActivity(m_file.activities[m_activityOf.value(id)], line, day, hour);
        else
            startActivity(line, id, fields);
    }

    void startActivity(int line, int id, const QStringList &fields)
    {
        Activity a;
        a.id = id;
        a.line = line;
        a.teachers = splitNames(field(fields, kTeachers));
        a.subject = field(fields, kSubject);
        a.studentsSets = splitNames(field(fields, kStudents));
        a.room = field(fields, kRoom);
        a.duration = 1;
        a.day = field(fields, kDay);
        a.hours = {field(fields, kHour)};
        addUnique(m_file.teachers, a.teachers);
        addUnique(m_file.subjects, a.subject);
        addUnique(m_file.rooms, a.room);
        for (const QString &name : a.studentsSets)
            if (std::none_of(m_file.studentsSets.cbegin(), m_file.studentsSets.cend(),
                             [&](const StudentsSet &s) { return s.name == name; }))
                m_file.studentsSets.append(StudentsSet{name, {}, {}});
        m_activityOf.insert(id, m_file.activities.size());
        m_file.activities.append(a);
    }

    // The next hour of an activity longer than one hour.
    void continueActivity(Activity &a, int line, const QString &day, const QString &hour)
    {
        if (day != a.day) {
            m_file.problems.append({line, QStringLiteral("line %1: activity %2 continues on «%3»"
                                                         " after starting on «%4» (line %5)")
                                              .arg(line).arg(a.id).arg(day, a.day).arg(a.line)});
            return;
        }
        a.hours.append(hour);
        ++a.duration;
    }

    File m_file;
    QHash<QString, qsizetype> m_fieldOf;
    QHash<int, qsizetype> m_activityOf;
};
} // namespace

File readFetCsv(const QByteArray &data)
{
    return CsvReader(data).file();
}

} // namespace ejournal::server::handlers::fet

// The journal's data read from the protocol, and the cell entry language.
#include "journaldata.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace ejournal::client::journal {

namespace {
QString text(const QCborMap &map, const char *key)
{
    const QCborValue v = map.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

qint64 integer(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toInteger();
}

bool flag(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toBool();
}

QDate dateOf(const QCborMap &map, const char *key)
{
    return QDate::fromString(text(map, key), Qt::ISODate);
}

template<typename T>
QList<T> listOf(const QCborMap &map, const char *key)
{
    QList<T> out;
    for (const QCborValue &v : map.value(QLatin1String(key)).toArray())
        out.append(T::fromMap(v.toMap()));
    return out;
}

const QHash<QString, QString> &attendanceTexts()
{
    static const QHash<QString, QString> texts{
        {QStringLiteral("absent"), QStringLiteral("н")},
        {QStringLiteral("sick"), QStringLiteral("б")},
        {QStringLiteral("excused"), QStringLiteral("у")},
        {QStringLiteral("late"), QStringLiteral("оп")},
    };
    return texts;
}

// A token typed for a pass/fail mark.
QString passValue(const QString &token)
{
    if (token == QStringLiteral("з") || token == QStringLiteral("зч") || token == QLatin1String("+"))
        return QStringLiteral("pass");
    if (token == QStringLiteral("нз") || token == QLatin1String("-"))
        return QStringLiteral("fail");
    return {};
}

QString markValue(const QString &token, marks::Scale scale)
{
    if (scale == marks::Scale::Pass)
        return passValue(token);
    if (scale == marks::Scale::Ten && token == QLatin1String("0"))
        return QStringLiteral("10");
    return marks::isValidMark(scale, token) ? token : QString();
}
} // namespace

Mark newMark(const QString &value)
{
    Mark mark;
    mark.value = value;
    return mark;
}

bool CellContent::sameAs(const CellContent &other) const
{
    if (attendance != other.attendance || marks.size() != other.marks.size()
        || (attendance == QLatin1String("late") && lateMinutes != other.lateMinutes))
        return false;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const Mark &a = marks.at(i), &b = other.marks.at(i);
        if (a.value != b.value || a.comment != b.comment
            || (a.workTypeId && b.workTypeId && a.workTypeId != b.workTypeId))
            return false;
    }
    return true;
}

QCborMap CellContent::toParams() const
{
    QCborMap params{{QStringLiteral("attendance"), attendance}};
    if (attendance == QLatin1String("late") && lateMinutes > 0)
        params.insert(QStringLiteral("lateMinutes"), lateMinutes);
    QCborArray list;
    for (const Mark &m : marks) {
        QCborMap mark{{QStringLiteral("value"), m.value}};
        if (m.workTypeId)
            mark.insert(QStringLiteral("workTypeId"), m.workTypeId);
        if (!m.comment.isEmpty())
            mark.insert(QStringLiteral("comment"), m.comment);
        list.append(mark);
    }
    params.insert(QStringLiteral("marks"), list);
    return params;
}

CellContent CellContent::fromMap(const QCborMap &map)
{
    CellContent c;
    c.attendance = text(map, "attendance");
    c.lateMinutes = int(integer(map, "lateMinutes"));
    for (const QCborValue &v : map.value(QLatin1String("marks")).toArray()) {
        const QCborMap m = v.toMap();
        c.marks.append({text(m, "value"), integer(m, "workTypeId"), text(m, "comment"),
                        text(m, "enteredAt"), text(m, "enteredBy")});
    }
    return c;
}

Cell Cell::fromMap(const QCborMap &map)
{
    return {integer(map, "lessonId"), integer(map, "studentId"), CellContent::fromMap(map),
            integer(map, "version"), text(map, "updatedAt"), text(map, "updatedBy")};
}

bool Student::memberOn(const QDate &d) const
{
    return (from.isNull() || d >= from) && (until.isNull() || d <= until);
}

Student Student::fromMap(const QCborMap &map)
{
    return {integer(map, "id"), int(integer(map, "number")), text(map, "name"),
            text(map, "fullName"), dateOf(map, "from"), dateOf(map, "until")};
}

Lesson Lesson::fromMap(const QCborMap &map)
{
    Lesson l;
    l.id = integer(map, "id");
    l.date = dateOf(map, "date");
    l.lessonNo = int(integer(map, "lessonNo"));
    l.status = text(map, "status");
    l.topic = text(map, "topic");
    l.summary = text(map, "summary");
    l.homework = text(map, "homework");
    l.homeworkDue = dateOf(map, "homeworkDue");
    l.workTypeId = integer(map, "workTypeId");
    l.controlWork = flag(map, "controlWork");
    l.planItemId = integer(map, "planItemId");
    l.teacherName = text(map, "teacherName");
    l.substitute = flag(map, "substitute");
    l.canWrite = flag(map, "canWrite");
    l.version = integer(map, "version");
    l.attachments = int(integer(map, "attachments"));
    return l;
}

Final Final::fromMap(const QCborMap &map)
{
    return {integer(map, "studentId"), integer(map, "periodId"), text(map, "value"),
            integer(map, "version")};
}

Period Period::fromMap(const QCborMap &map)
{
    return {integer(map, "id"), text(map, "name"), dateOf(map, "startsOn"), dateOf(map, "endsOn"),
            flag(map, "closed")};
}

JournalInfo JournalInfo::fromMap(const QCborMap &map)
{
    JournalInfo j;
    j.assignmentId = integer(map, "assignmentId");
    j.subjectName = text(map, "subjectName");
    j.targetName = text(map, "targetName");
    j.teacherName = text(map, "teacherName");
    j.canWrite = flag(map, "canWrite");
    j.own = flag(map, "own");
    j.periods = listOf<Period>(map, "periods");
    return j;
}

Snapshot Snapshot::fromMap(const QCborMap &map)
{
    Snapshot s;
    const QCborMap a = map.value(QLatin1String("assignment")).toMap();
    s.assignmentId = integer(a, "id");
    s.subjectName = text(a, "subjectName");
    s.targetName = text(a, "targetName");
    s.teacherName = text(a, "teacherName");
    if (!marks::scaleFromName(text(a, "scale"), &s.scale))
        s.scale = marks::Scale::Five;
    s.period = Period::fromMap(map.value(QLatin1String("period")).toMap());
    s.canWrite = flag(map, "canWrite");
    s.correctionDays = int(integer(map, "correctionDays"));
    for (const QCborValue &v : map.value(QLatin1String("workTypes")).toArray()) {
        const QCborMap w = v.toMap();
        s.workTypes.append({integer(w, "id"), text(w, "name"), text(w, "shortName"),
                            w.value(QLatin1String("weight")).toDouble(1.0), flag(w, "allowsAbsent")});
    }
    s.students = listOf<Student>(map, "students");
    s.lessons = listOf<Lesson>(map, "lessons");
    s.cells = listOf<Cell>(map, "cells");
    s.finals = listOf<Final>(map, "finals");
    s.asOf = text(map, "asOf");
    return s;
}

QString attendanceText(const QString &code)
{
    return attendanceTexts().value(code);
}

QString markText(const QString &value)
{
    if (value == QLatin1String("pass"))
        return QStringLiteral("зч");
    if (value == QLatin1String("fail"))
        return QStringLiteral("нз");
    return value;
}

QString finalText(const QString &value)
{
    if (value == QLatin1String("na"))
        return QStringLiteral("н/а");
    if (value == QLatin1String("exempt"))
        return QStringLiteral("осв");
    if (value == QLatin1String("pass"))
        return QStringLiteral("зач");
    if (value == QLatin1String("fail"))
        return QStringLiteral("незач");
    return value;
}

QString cellText(const CellContent &content)
{
    QStringList parts;
    if (!content.attendance.isEmpty()) {
        parts.append(attendanceText(content.attendance));
        if (content.attendance == QLatin1String("late") && content.lateMinutes > 0)
            parts.append(QString::number(content.lateMinutes) + QStringLiteral("′"));
    }
    for (const Mark &m : content.marks)
        parts.append(markText(m.value));
    return parts.join(QLatin1Char(' '));
}

QString russianLetters(const QString &input)
{
    static const QString latin = QStringLiteral("qwertyuiopasdfghjklzxcvbnm`");
    static const QString russian = QStringLiteral("йцукенгшщзфывапролдячсмитьё");
    QString out = input.toLower();
    for (QChar &c : out)
        if (const qsizetype i = latin.indexOf(c); i >= 0)
            c = russian.at(i);
    return out;
}

QuickEntry quickEntry(const QString &key, marks::Scale scale, const QString &pending)
{
    using Kind = QuickEntry::Kind;
    if (key == QLatin1String(","))  // the б key of the Russian layout
        return quickEntry(QStringLiteral("б"), scale, pending);
    if (!pending.isEmpty()) {
        const QString code = pending + key;
        if (code == QStringLiteral("оп"))
            return {Kind::Attendance, QStringLiteral("late")};
        if (scale == marks::Scale::Pass && code == QStringLiteral("нз"))
            return {Kind::Mark, QStringLiteral("fail")};
        return {};
    }
    if (key == QStringLiteral("о"))
        return {Kind::Prefix, key};
    if (const QString v = markValue(key, scale); !v.isEmpty())
        return {Kind::Mark, v};
    for (auto it = attendanceTexts().begin(); it != attendanceTexts().end(); ++it)
        if (it.value() == key)
            return {Kind::Attendance, it.key()};
    return {};
}

std::optional<CellContent> parseCellText(const QString &input, marks::Scale scale,
                                         const CellContent &before, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;/]+"));
    // "оп10" and "5н" are read as "оп 10" and "5 н".
    static const QRegularExpression glued(QStringLiteral("(?<=[^\\d\\s])(?=\\d)|(?<=\\d)(?=[^\\d\\s,;/])"));
    QString normalized = russianLetters(input.trimmed());
    normalized.replace(glued, QStringLiteral(" "));
    const QStringList tokens = normalized.split(separators, Qt::SkipEmptyParts);
    CellContent out;
    for (const QString &token : tokens) {
        const bool afterLate = out.attendance == QLatin1String("late") && out.lateMinutes == 0
                               && out.marks.isEmpty();
        bool isNumber = false;
        const int number = token.toInt(&isNumber);
        if (afterLate && isNumber && (number > 10 || !marks::isValidMark(scale, token))) {
            if (number < 1 || number > 120) {
                *error = QCoreApplication::translate("JournalEntry", "A student may be late by 1 to 120 minutes.");
                return std::nullopt;
            }
            out.lateMinutes = number;
            continue;
        }
        if (const QString v = markValue(token, scale); !v.isEmpty()) {
            if (out.marks.size() == 5) {
                *error = QCoreApplication::translate("JournalEntry", "A cell holds at most five marks.");
                return std::nullopt;
            }
            Mark mark = newMark(v);
            const qsizetype at = out.marks.size();
            if (at < before.marks.size() && before.marks.at(at).value == v)
                mark = before.marks.at(at);
            out.marks.append(mark);
            continue;
        }
        const QString code = attendanceTexts().key(token);
        if (!code.isEmpty() && out.attendance.isEmpty()) {
            out.attendance = code;
            continue;
        }
        *error = scale == marks::Scale::Pass
                     ? QCoreApplication::translate("JournalEntry", "\"%1\" is not understood: type з (pass) or нз (fail), н, б, у or оп.").arg(token)
                     : QCoreApplication::translate("JournalEntry", "\"%1\" is not understood: type marks (%2) and н, б, у or оп.")
                           .arg(token, marks::values(scale).join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (out.attendance == QLatin1String("late") && out.lateMinutes == 0 && before.attendance == out.attendance)
        out.lateMinutes = before.lateMinutes;
    return out;
}

std::optional<QString> parseFinalText(const QString &input, marks::Scale scale)
{
    const QString t = russianLetters(input.trimmed());
    if (t.isEmpty())
        return QString();
    static const QHash<QString, QString> words{
        {QStringLiteral("н/а"), QStringLiteral("na")}, {QStringLiteral("на"), QStringLiteral("na")},
        {QStringLiteral("н"), QStringLiteral("na")}, {QStringLiteral("осв"), QStringLiteral("exempt")},
        {QStringLiteral("о"), QStringLiteral("exempt")}, {QStringLiteral("зач"), QStringLiteral("pass")},
        {QStringLiteral("з"), QStringLiteral("pass")}, {QStringLiteral("незач"), QStringLiteral("fail")},
        {QStringLiteral("нз"), QStringLiteral("fail")},
    };
    QString value = words.value(t, t);
    if (scale == marks::Scale::Ten && value == QLatin1String("0"))
        value = QStringLiteral("10");
    if (marks::isValidFinal(scale, value))
        return value;
    return std::nullopt;
}

} // namespace ejournal::client::journal

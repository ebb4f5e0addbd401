// Bulk import of students with their guardians: checks of every row, and the one-transaction
// commit (student, admission in the movement book, enrolment, guardians and their links).
#include "import_students.h"

#include "checks.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QSet>

namespace ejournal::server::handlers::import {

namespace {
const QString kLast = QStringLiteral("Фамилия");
const QString kFirst = QStringLiteral("Имя");
const QString kMiddle = QStringLiteral("Отчество");
const QString kBirth = QStringLiteral("Дата рождения");
const QString kGender = QStringLiteral("Пол");
const QString kFileNo = QStringLiteral("№ личного дела");
const QString kClass = QStringLiteral("Класс");
const QString kAdmitted = QStringLiteral("Дата зачисления");
const QString kOrder = QStringLiteral("Приказ");
constexpr int kGuardianSlots = 2;

QString guardianColumn(int slot, const char *what)
{
    return QStringLiteral("Родитель %1 %2").arg(slot).arg(QString::fromUtf8(what));
}
QString nameColumn(int slot) { return guardianColumn(slot, "ФИО"); }
QString phoneColumn(int slot) { return guardianColumn(slot, "телефон"); }
QString relationColumn(int slot) { return guardianColumn(slot, "кем приходится"); }

QStringList allColumns()
{
    QStringList out{kLast, kFirst, kMiddle, kBirth, kGender, kFileNo, kClass, kAdmitted, kOrder};
    for (int slot = 1; slot <= kGuardianSlots; ++slot)
        out << nameColumn(slot) << phoneColumn(slot) << relationColumn(slot);
    return out;
}

// The schema's relation for a word of the file; empty for an unknown word.
QString relationOf(const QString &word)
{
    static const QHash<QString, QString> relations{
        {QStringLiteral("мать"), QStringLiteral("mother")},
        {QStringLiteral("мама"), QStringLiteral("mother")},
        {QStringLiteral("отец"), QStringLiteral("father")},
        {QStringLiteral("папа"), QStringLiteral("father")},
        {QStringLiteral("опекун"), QStringLiteral("guardian")},
        {QStringLiteral("попечитель"), QStringLiteral("guardian")},
        {QStringLiteral("бабушка"), QStringLiteral("other")},
        {QStringLiteral("дедушка"), QStringLiteral("other")},
        {QStringLiteral("другое"), QStringLiteral("other")},
    };
    return word.isEmpty() ? QStringLiteral("guardian") : relations.value(fold(word));
}

QString genderOf(const QString &word)
{
    static const QHash<QString, QString> genders{
        {QStringLiteral("м"), QStringLiteral("m")},
        {QStringLiteral("муж"), QStringLiteral("m")},
        {QStringLiteral("мужской"), QStringLiteral("m")},
        {QStringLiteral("ж"), QStringLiteral("f")},
        {QStringLiteral("жен"), QStringLiteral("f")},
        {QStringLiteral("женский"), QStringLiteral("f")},
    };
    return genders.value(fold(word));
}

QString fullName(const QString &last, const QString &first, const QString &middle)
{
    return QStringList{last, first, middle}.join(u' ').simplified();
}

QString studentKey(const QString &last, const QString &first, const QString &middle,
                   const QDate &birth)
{
    return fold(fullName(last, first, middle)) + u'|' + birth.toString(Qt::ISODate);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

void refuseDigits(ImportRow &row, const QString &column)
{
    const QString v = row.value(column);
    if (std::any_of(v.cbegin(), v.cend(), [](QChar c) { return c.isDigit(); }))
        row.problem(column, v, QStringLiteral("в имени не должно быть цифр"));
}
} // namespace

// What the checks need from the database.
struct StudentImport::Facts
{
    YearInfo year;                    // the active year; id 0 when there is none
    QHash<QString, qint64> classes;   // "5А" → class id in the active year
    QSet<QString> students;           // studentKey of every student of the school
    QSet<QString> fileNumbers;        // folded personal file numbers
};

QString StudentImport::Guardian::key() const
{
    return fold(fullName(lastName, firstName, middleName)) + u'|' + phoneDigits(phone);
}

StudentImport::StudentImport(const RequestContext &ctx, const QByteArray &data)
    : m_sheet(data, allColumns(), {kLast, kFirst, kBirth, kClass, kOrder})
{
    const Facts facts = loadFacts(ctx);
    if (facts.year.id == 0)
        m_sheet.addFileProblem(QStringLiteral("в школе нет активного учебного года: учеников"
                                              " некуда зачислить"));
    for (ImportRow &row : m_sheet.rows())
        m_students.append(checkRow(row, facts));
    checkDuplicates(facts);
}

StudentImport::Facts StudentImport::loadFacts(const RequestContext &ctx)
{
    Facts facts;
    QSqlQuery year = ctx.sql.exec(QStringLiteral(
        "SELECT id FROM academic_year WHERE school_id = ? AND state = 'active'"),
        {ctx.caller.schoolId});
    if (year.next()) {
        facts.year = yearOf(ctx, year.value(0).toLongLong());
        QSqlQuery classes = ctx.sql.exec(QStringLiteral(
            "SELECT id, grade, letter FROM class_unit WHERE school_id = ? AND academic_year_id = ?"),
            {ctx.caller.schoolId, facts.year.id});
        while (classes.next())
            facts.classes.insert(classes.value(1).toString() + classes.value(2).toString(),
                                 classes.value(0).toLongLong());
    }
    QSqlQuery students = ctx.sql.exec(QStringLiteral(
        "SELECT last_name, first_name, middle_name, birth_date, coalesce(personal_file_no, '')"
        "  FROM student WHERE school_id = ?"), {ctx.caller.schoolId});
    while (students.next()) {
        facts.students.insert(studentKey(students.value(0).toString(), students.value(1).toString(),
                                         students.value(2).toString(), students.value(3).toDate()));
        if (!students.value(4).toString().isEmpty())
            facts.fileNumbers.insert(fold(students.value(4).toString()));
    }
    return facts;
}

StudentImport::Student StudentImport::checkRow(ImportRow &row, const Facts &facts) const
{
    Student s;
    s.lastName = row.required(kLast);
    s.firstName = row.required(kFirst);
    s.middleName = row.value(kMiddle);
    for (const QString &column : {kLast, kFirst, kMiddle})
        refuseDigits(row, column);
    if (!row.required(kBirth).isEmpty()) {
        s.birthDate = row.date(kBirth);
        if (s.birthDate.isValid() && s.birthDate > QDate::currentDate())
            row.problem(kBirth, row.value(kBirth), QStringLiteral("эта дата ещё не наступила"));
    }
    s.gender = genderOf(row.value(kGender));
    if (!row.value(kGender).isEmpty() && s.gender.isEmpty())
        row.problem(kGender, row.value(kGender), QStringLiteral("ожидается «м» или «ж»"));
    s.fileNo = row.value(kFileNo);
    s.orderNo = row.required(kOrder);
    checkClass(row, facts, s);
    checkGuardians(row, s);
    return s;
}

void StudentImport::checkClass(ImportRow &row, const Facts &facts, Student &student) const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})([А-ЯЁ]{1,2})$"));
    const QString text = row.required(kClass);
    if (facts.year.id == 0 || text.isEmpty())
        return;
    const QRegularExpressionMatch m =
        pattern.match(text.toUpper().remove(u' ').remove(u'-').remove(u'«').remove(u'»'));
    if (!m.hasMatch()) {
        row.problem(kClass, text, QStringLiteral("ожидаются номер и буква класса, например 5А"));
        return;
    }
    student.classId = facts.classes.value(QString::number(m.captured(1).toInt()) + m.captured(2));
    if (student.classId == 0)
        row.problem(kClass, text, QStringLiteral("такого класса нет в учебном году %1")
                                      .arg(facts.year.name));
    student.admittedOn = row.value(kAdmitted).isEmpty() ? facts.year.startsOn
                                                        : row.date(kAdmitted);
    if (student.admittedOn.isValid()
        && (student.admittedOn < facts.year.startsOn || student.admittedOn > facts.year.endsOn))
        row.problem(kAdmitted, row.value(kAdmitted),
                    QStringLiteral("вне учебного года %1 (%2 – %3)")
                        .arg(facts.year.name, russianDate(facts.year.startsOn),
                             russianDate(facts.year.endsOn)));
}

void StudentImport::checkGuardians(ImportRow &row, Student &student) const
{
    for (int slot = 1; slot <= kGuardianSlots; ++slot) {
        const QString name = row.value(nameColumn(slot));
        const QString phone = row.value(phoneColumn(slot));
        const QString relationText = row.value(relationColumn(slot));
        if (name.isEmpty() && phone.isEmpty() && relationText.isEmpty())
            continue;
        const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
        if (name.isEmpty()) {
            row.problem(QStringLiteral("%1 — не заполнено, а телефон или родство указаны")
                            .arg(nameColumn(slot)));
            continue;
        }
        if (words.size() < 2) {
            row.problem(nameColumn(slot), name, QStringLiteral("нужны хотя бы фамилия и имя"));
            continue;
        }
        checkPhone(row, phoneColumn(slot));
        const QString relation = relationOf(relationText);
        if (relation.isEmpty())
            row.problem(relationColumn(slot), relationText,
                        QStringLiteral("ожидается мать, отец, опекун, попечитель, бабушка,"
                                       " дедушка или другое"));
        const Guardian guardian{words[0], words[1], nonNull(words.mid(2).join(u' ')), phone, relation};
        const bool repeated = std::any_of(student.guardians.cbegin(), student.guardians.cend(),
                                          [&](const Guardian &g) { return g.key() == guardian.key(); });
        if (repeated)
            row.problem(QStringLiteral("%1 — тот же человек, что и в «%2»")
                            .arg(nameColumn(slot), nameColumn(slot - 1)));
        else
            student.guardians.append(guardian);
    }
}

void StudentImport::checkDuplicates(const Facts &facts)
{
    QHash<QString, int> people;  // studentKey → line
    QHash<QString, int> files;   // folded file number → line
    for (qsizetype i = 0; i < m_students.size(); ++i) {
        ImportRow &row = m_sheet.rows()[i];
        const Student &s = m_students[i];
        if (!s.lastName.isEmpty() && !s.firstName.isEmpty() && s.birthDate.isValid()) {
            const QString key = studentKey(s.lastName, s.firstName, s.middleName, s.birthDate);
            const QString who = QStringLiteral("%1, %2").arg(
                fullName(s.lastName, s.firstName, s.middleName), russianDate(s.birthDate));
            if (facts.students.contains(key))
                row.problem(QStringLiteral("ученик «%1» уже есть в школе").arg(who));
            else if (people.contains(key))
                row.problem(QStringLiteral("ученик «%1» уже есть в строке %2").arg(who).arg(people[key]));
            else
                people.insert(key, row.line);
        }
        if (s.fileNo.isEmpty())
            continue;
        const QString file = fold(s.fileNo);
        if (facts.fileNumbers.contains(file))
            row.problem(kFileNo, s.fileNo, QStringLiteral("такой номер уже есть в школе"));
        else if (files.contains(file))
            row.problem(kFileNo, s.fileNo, QStringLiteral("такой номер уже в строке %1").arg(files[file]));
        else
            files.insert(file, row.line);
    }
}

namespace {
QHash<QString, qint64> existingGuardians(const RequestContext &ctx)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, last_name, first_name, middle_name, phone FROM guardian WHERE school_id = ?"),
        {ctx.caller.schoolId});
    QHash<QString, qint64> out;
    while (q.next()) {
        const StudentImport::Guardian g{q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(4).toString(), {}};
        out.insert(g.key(), q.value(0).toLongLong());
    }
    return out;
}

qint64 insertStudent(const RequestContext &ctx, const StudentImport::Student &s)
{
    const qint64 schoolId = ctx.caller.schoolId;
    const qint64 id = ctx.sql.scalar(QStringLiteral(
        "INSERT INTO student (school_id, last_name, first_name, middle_name, birth_date, gender,"
        " personal_file_no) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {schoolId, s.lastName, s.firstName, s.middleName, s.birthDate, nullIfEmpty(s.gender),
         nullIfEmpty(s.fileNo)}).toLongLong();
    ctx.sql.exec(QStringLiteral(
        "INSERT INTO movement (school_id, student_id, kind, on_date, to_class_id, order_no,"
        " recorded_by) VALUES (?, ?, 'admission', ?, ?, ?, ?)"),
        {schoolId, id, s.admittedOn, s.classId, s.orderNo, ctx.caller.userId});
    ctx.sql.exec(QStringLiteral(
        "INSERT INTO enrollment (school_id, student_id, class_id, starts_on) VALUES (?, ?, ?, ?)"),
        {schoolId, id, s.classId, s.admittedOn});
    return id;
}

qint64 insertGuardian(const RequestContext &ctx, const StudentImport::Guardian &g)
{
    return ctx.sql.scalar(QStringLiteral(
        "INSERT INTO guardian (school_id, last_name, first_name, middle_name, phone)"
        " VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {ctx.caller.schoolId, g.lastName, g.firstName, g.middleName, g.phone}).toLongLong();
}
} // namespace

QCborMap StudentImport::commit(RequestContext &ctx) const
{
    m_sheet.requireClean();
    QCborMap counts;
    ctx.write([&](AuditRecord &audit) {
        QHash<QString, qint64> guardians = existingGuardians(ctx);
        QCborArray studentIds;
        QCborArray guardianIds;
        int links = 0;
        for (const Student &s : m_students) {
            const qint64 studentId = insertStudent(ctx, s);
            studentIds.append(studentId);
            for (const Guardian &g : s.guardians) {
                qint64 guardianId = guardians.value(g.key());
                if (guardianId == 0) {
                    guardianId = insertGuardian(ctx, g);
                    guardians.insert(g.key(), guardianId);
                    guardianIds.append(guardianId);
                }
                ctx.sql.exec(QStringLiteral(
                    "INSERT INTO student_guardian (school_id, student_id, guardian_id, relation)"
                    " VALUES (?, ?, ?, ?)"),
                    {ctx.caller.schoolId, studentId, guardianId, g.relation});
                ++links;
            }
        }
        counts = QCborMap{{QStringLiteral("students"), studentIds.size()},
                          {QStringLiteral("guardians"), guardianIds.size()},
                          {QStringLiteral("guardianLinks"), links}};
        QCborMap after = counts;
        after.insert(QStringLiteral("studentIds"), studentIds);
        after.insert(QStringLiteral("guardianIds"), guardianIds);
        audit = {QStringLiteral("import.students"), QStringLiteral("import"),
                 QStringLiteral("students"), {}, after, {}, 0};
    });
    return counts;
}

} // namespace ejournal::server::handlers::import

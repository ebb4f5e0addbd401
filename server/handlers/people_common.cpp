// Helpers the people handlers share (see people_common.h).
#include "people_common.h"

#include <QStringList>

namespace ejournal::server::handlers::people {

QString fullName(const QString &last, const QString &first, const QString &middle)
{
    QStringList parts{last, first};
    if (!middle.isEmpty())
        parts.append(middle);
    return parts.join(QLatin1Char(' '));
}

QString className(int grade, const QString &letter)
{
    return QString::number(grade) + letter;
}

QCborValue cborOf(const QVariant &value)
{
    if (value.isNull())
        return QCborValue(QCborValue::Null);
    switch (value.typeId()) {
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate);
    case QMetaType::Bool: return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return value.toLongLong();
    default: return value.toString();
    }
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString trimmedText(const RequestContext &ctx, const QString &name)
{
    const QString text = ctx.text(name).trimmed();
    return text.isNull() ? QStringLiteral("") : text;
}

void invalid(const QString &field, const QString &reason, const QString &message)
{
    throw fail(ErrorCode::Invalid, message, {{field, reason}});
}

bool seesAllPeople(const RequestContext &ctx)
{
    return callerIs(ctx, Role::Admin) || callerIs(ctx, Role::Director)
        || callerIs(ctx, Role::Deputy);
}

void requireStudentVisible(const RequestContext &ctx, qint64 studentId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM enrollment e"
        "                 JOIN class_unit c ON c.school_id = e.school_id AND c.id = e.class_id"
        "                WHERE e.school_id = s.school_id AND e.student_id = s.id"
        "                  AND c.class_teacher_id = ?)"
        "  FROM student s WHERE s.school_id = ? AND s.id = ?"),
        {ctx.caller.staffId, ctx.caller.schoolId, studentId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no student with id %1").arg(studentId));
    if (!seesAllPeople(ctx) && !q.value(0).toBool())
        throw fail(ErrorCode::Forbidden,
                   QStringLiteral("only students of own classes are visible to a class teacher"));
}

QString studentName(const RequestContext &ctx, qint64 studentId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT last_name, first_name FROM student WHERE school_id = ? AND id = ?"),
        {ctx.caller.schoolId, studentId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no student with id %1").arg(studentId));
    return q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
}

ClassInfo classOf(const RequestContext &ctx, qint64 classId)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT id, grade, letter, academic_year_id FROM class_unit WHERE school_id = ? AND id = ?"),
        {ctx.caller.schoolId, classId});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no class with id %1").arg(classId));
    return {q.value(0).toLongLong(), className(q.value(1).toInt(), q.value(2).toString()),
            q.value(3).toLongLong()};
}

ClassInfo classOn(const RequestContext &ctx, qint64 studentId, const QDate &date)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral(
        "SELECT c.id, c.grade, c.letter, c.academic_year_id FROM enrollment e"
        "  JOIN class_unit c ON c.school_id = e.school_id AND c.id = e.class_id"
        " WHERE e.school_id = ? AND e.student_id = ? AND e.starts_on <= ?"
        "   AND (e.ends_on IS NULL OR e.ends_on >= ?)"),
        {ctx.caller.schoolId, studentId, date, date});
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), className(q.value(1).toInt(), q.value(2).toString()),
            q.value(3).toLongLong()};
}

namespace {
QString columnList(const Fields &fields)
{
    QStringList columns;
    for (const Field &f : fields)
        columns.append(QLatin1String(f.column));
    return columns.join(QLatin1String(", "));
}

QCborValue normalised(const Field &field, const QCborValue &value)
{
    switch (field.kind) {
    case FieldKind::Text: return value.toString().trimmed();
    case FieldKind::OptionalText: {
        const QString text = value.toString().trimmed();
        return text.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(text);
    }
    case FieldKind::OptionalId:
        return value.toInteger() == 0 ? QCborValue(QCborValue::Null) : value;
    case FieldKind::Integer:
    case FieldKind::Date:
    case FieldKind::Boolean: return value;
    }
    return value;
}

QVariant bindOf(const Field &field, const QCborValue &value)
{
    switch (field.kind) {
    case FieldKind::Text: {
        // An empty text must be bound as '' (a null QString would be bound as NULL).
        const QString text = value.toString();
        return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
    }
    case FieldKind::OptionalText:
        return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value.toString());
    case FieldKind::OptionalId:
    case FieldKind::Integer:
        return value.isNull() ? QVariant(QMetaType::fromType<qint64>())
                              : QVariant(value.toInteger());
    case FieldKind::Date:
        return value.isNull() ? QVariant(QMetaType::fromType<QDate>())
                              : QVariant(QDate::fromString(value.toString(), Qt::ISODate));
    case FieldKind::Boolean: return value.toBool();
    }
    return {};
}

const Field *fieldOf(const Fields &fields, const QString &param)
{
    for (const Field &f : fields)
        if (param == QLatin1String(f.param))
            return &f;
    return nullptr;
}
} // namespace

QCborMap readRow(const RequestContext &ctx, const char *table, const Fields &fields, qint64 id,
                 const QString &what)
{
    QSqlQuery q = ctx.sql.exec(QStringLiteral("SELECT %1 FROM %2 WHERE school_id = ? AND id = ?")
                                   .arg(columnList(fields), QLatin1String(table)),
                               {ctx.caller.schoolId, id});
    if (!q.next())
        throw fail(ErrorCode::NotFound, QStringLiteral("no %1 with id %2").arg(what).arg(id));
    QCborMap row;
    for (int i = 0; i < fields.size(); ++i)
        row.insert(QLatin1String(fields[i].param), cborOf(q.value(i)));
    return row;
}

QCborMap mergeParams(const RequestContext &ctx, const Fields &fields, const QCborMap &base)
{
    QCborMap row = base;
    for (const Field &f : fields) {
        const QCborValue value = ctx.params.value(QLatin1String(f.param));
        if (!value.isUndefined())
            row.insert(QLatin1String(f.param), normalised(f, value));
    }
    return row;
}

Changes diff(const QCborMap &before, const QCborMap &after)
{
    Changes out;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QCborValue old = before.value(it.key());
        if (old != it.value()) {
            out.before.insert(it.key(), old.isUndefined() ? QCborValue(QCborValue::Null) : old);
            out.after.insert(it.key(), it.value());
        }
    }
    return out;
}

qint64 insertRow(const RequestContext &ctx, const char *table, const Fields &fields,
                 const QCborMap &row)
{
    QStringList columns{QStringLiteral("school_id")};
    QStringList marks{QStringLiteral("?")};
    QVariantList binds{ctx.caller.schoolId};
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        const Field *f = fieldOf(fields, it.key().toString());
        if (!f)
            continue;
        columns.append(QLatin1String(f->column));
        marks.append(QStringLiteral("?"));
        binds.append(bindOf(*f, it.value()));
    }
    QSqlQuery q = ctx.sql.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                                   .arg(QLatin1String(table), columns.join(QLatin1String(", ")),
                                        marks.join(QLatin1String(", "))),
                               binds);
    q.next();
    return q.value(0).toLongLong();
}

void updateRow(const RequestContext &ctx, const char *table, const Fields &fields, qint64 id,
               const QCborMap &values)
{
    QStringList sets;
    QVariantList binds;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const Field *f = fieldOf(fields, it.key().toString());
        if (!f)
            continue;
        sets.append(QStringLiteral("%1 = ?").arg(QLatin1String(f->column)));
        binds.append(bindOf(*f, it.value()));
    }
    if (sets.isEmpty())
        return;
    binds << ctx.caller.schoolId << id;
    ctx.sql.exec(QStringLiteral("UPDATE %1 SET %2 WHERE school_id = ? AND id = ?")
                     .arg(QLatin1String(table), sets.join(QLatin1String(", "))),
                 binds);
}

void requireNames(const QCborMap &row)
{
    for (const char *name : {"lastName", "firstName"})
        if (row.value(QLatin1String(name)).toString().isEmpty())
            invalid(QLatin1String(name), QStringLiteral("must not be empty"),
                    QStringLiteral("%1 must not be empty").arg(QLatin1String(name)));
}

} // namespace ejournal::server::handlers::people

// Collecting the people without an account.
#include "accountscandidates.h"

#include "errortext.h"
#include "serverconnection.h"

#include <QCborMap>
#include <QDate>

namespace ejournal::client {

namespace {
QCborMap candidate(const QString &kind, const QCborMap &person, const QString &className,
                   const QString &note)
{
    const qint64 id = person.value(QStringLiteral("id")).toInteger();
    return QCborMap{{QStringLiteral("key"), QStringLiteral("%1:%2").arg(kind).arg(id)},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("personId"), id},
                    {QStringLiteral("fullName"), person.value(QStringLiteral("fullName")).toString()},
                    {QStringLiteral("className"), className},
                    {QStringLiteral("note"), note}};
}

QString relationName(const QString &relation)
{
    if (relation == QLatin1String("mother"))
        return AccountsCandidates::tr("mother");
    if (relation == QLatin1String("father"))
        return AccountsCandidates::tr("father");
    if (relation == QLatin1String("guardian"))
        return AccountsCandidates::tr("guardian");
    return AccountsCandidates::tr("relative");
}
} // namespace

AccountsCandidates::AccountsCandidates(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
}

void AccountsCandidates::load(qint64 classId, const QString &className, bool includeStaff)
{
    ++m_generation;
    m_pending = 0;
    m_className = className;
    m_staff = {};
    m_students = {};
    m_guardians = {};
    m_guardianIds.clear();
    if (includeStaff)
        send(QStringLiteral("staff.list"), {}, [this](const QCborValue &result) {
            addStaff(result.toArray());
        });
    QCborMap params;
    if (classId != 0)
        params.insert(QStringLiteral("classId"), classId);
    send(QStringLiteral("students.list"), params, [this, classId](const QCborValue &result) {
        addStudents(result.toArray(), classId);
    });
}

void AccountsCandidates::send(const QString &method, const QCborMap &params, Handler handler)
{
    ++m_pending;
    m_connection->request(method, params, this,
                          [this, generation = m_generation, handler](const Reply &reply) {
        if (generation != m_generation)
            return;  // a newer load() is on its way
        if (!reply.ok()) {
            ++m_generation;
            emit failed(ErrorText::forReply(reply));
            return;
        }
        handler(reply.result);
        finishOne();
    });
}

void AccountsCandidates::addStaff(const QCborArray &staff)
{
    for (const QCborValue &value : staff) {
        const QCborMap row = value.toMap();
        if (row.value(QStringLiteral("userId")).isInteger() || row.value(QStringLiteral("archived")).toBool())
            continue;
        m_staff.append(candidate(QStringLiteral("staff"), row, {},
                                 row.value(QStringLiteral("position")).toString()));
    }
}

void AccountsCandidates::addStudents(const QCborArray &students, qint64 classId)
{
    for (const QCborValue &value : students) {
        const QCborMap row = value.toMap();
        if (classId != 0)  // the parents are read student by student, for one class only
            send(QStringLiteral("students.get"), {{QStringLiteral("id"), row.value(QStringLiteral("id"))}},
                 [this](const QCborValue &result) { addGuardians(result.toMap()); });
        if (row.value(QStringLiteral("hasAccount")).toBool())
            continue;
        const QDate born = QDate::fromString(row.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
        m_students.append(candidate(QStringLiteral("student"), row,
                                    row.value(QStringLiteral("className")).toString(),
                                    born.isValid() ? tr("born %1").arg(born.toString(QStringLiteral("dd.MM.yyyy")))
                                                   : QString()));
    }
}

void AccountsCandidates::addGuardians(const QCborMap &student)
{
    for (const QCborValue &value : student.value(QStringLiteral("guardians")).toArray()) {
        const QCborMap guardian = value.toMap();
        const qint64 id = guardian.value(QStringLiteral("id")).toInteger();
        if (guardian.value(QStringLiteral("hasAccount")).toBool() || m_guardianIds.contains(id))
            continue;
        m_guardianIds.insert(id);
        m_guardians.append(candidate(
            QStringLiteral("guardian"), guardian, m_className,
            tr("%1 of %2").arg(relationName(guardian.value(QStringLiteral("relation")).toString()),
                              student.value(QStringLiteral("fullName")).toString())));
    }
}

void AccountsCandidates::finishOne()
{
    if (--m_pending > 0)
        return;
    QCborArray rows = m_staff;
    for (const QCborValue &row : m_students)
        rows.append(row);
    for (const QCborValue &row : m_guardians)
        rows.append(row);
    emit loaded(rows);
}

} // namespace ejournal::client

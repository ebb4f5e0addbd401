// Loading the classes of the accounts page's filter.
#include "accountsclasses.h"

#include "errortext.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QCborMap>

namespace ejournal::client {

AccountsClasses::AccountsClasses(ServerConnection *connection, bool allClasses, QObject *parent)
    : QObject(parent), m_connection(connection), m_allClasses(allClasses)
{
}

void AccountsClasses::load()
{
    m_connection->request(QStringLiteral("years.list"), {}, this, [this](const Reply &reply) {
        if (!reply.ok()) {
            emit failed(ErrorText::forReply(reply));
            return;
        }
        // The active year; before one is activated, the newest.
        const QCborArray years = reply.result.toArray();
        qint64 yearId = years.isEmpty() ? 0 : years.first().toMap().value(QStringLiteral("id")).toInteger();
        for (const QCborValue &year : years)
            if (year.toMap().value(QStringLiteral("state")).toString() == QLatin1String("active"))
                yearId = year.toMap().value(QStringLiteral("id")).toInteger();
        if (yearId == 0)
            emit loaded({});
        else
            loadClasses(yearId);
    });
}

void AccountsClasses::loadClasses(qint64 yearId)
{
    m_connection->request(QStringLiteral("classes.list"), {{QStringLiteral("academicYearId"), yearId}},
                          this, [this](const Reply &reply) {
        if (!reply.ok()) {
            emit failed(ErrorText::forReply(reply));
            return;
        }
        QList<ClassChoice> all;
        QList<qint64> teachers;
        for (const QCborValue &value : reply.result.toArray()) {
            const QCborMap row = value.toMap();
            all.append({row.value(QStringLiteral("id")).toInteger(), row.value(QStringLiteral("name")).toString()});
            teachers.append(row.value(QStringLiteral("classTeacherId")).toInteger());
        }
        if (m_allClasses)
            emit loaded(all);
        else
            keepOwn(all, teachers);
    });
}

void AccountsClasses::keepOwn(const QList<ClassChoice> &all, const QList<qint64> &teachers)
{
    m_connection->request(QStringLiteral("staff.list"), {}, this, [this, all, teachers](const Reply &reply) {
        if (!reply.ok()) {
            emit failed(ErrorText::forReply(reply));
            return;
        }
        const qint64 userId = m_connection->session().userId;
        qint64 staffId = -1;
        for (const QCborValue &value : reply.result.toArray())
            if (value.toMap().value(QStringLiteral("userId")).toInteger() == userId)
                staffId = value.toMap().value(QStringLiteral("id")).toInteger();
        QList<ClassChoice> own;
        for (qsizetype i = 0; i < all.size(); ++i)
            if (teachers.at(i) == staffId)
                own.append(all.at(i));
        emit loaded(own);
    });
}

} // namespace ejournal::client

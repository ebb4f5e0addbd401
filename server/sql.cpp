// A thin helper over QSqlQuery that throws DbFailure on any failure.
#include "sql.h"

#include <QSqlError>

namespace ejournal::server {

namespace {
[[noreturn]] void raise(const QString &what, const QSqlError &error)
{
    DbFailure failure(QStringLiteral("%1: %2").arg(what, error.text()).toStdString());
    failure.connectionLost = error.type() == QSqlError::ConnectionError;
    failure.sqlState = error.nativeErrorCode();
    throw failure;
}

QString firstLine(const QString &statement)
{
    return statement.simplified().left(80);
}
} // namespace

QSqlQuery Sql::exec(const QString &statement, const QVariantList &binds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        raise(firstLine(statement), query.lastError());
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        raise(firstLine(statement), query.lastError());
    return query;
}

void Sql::execScript(const QString &script) const
{
    QSqlQuery query(m_db);
    if (!query.exec(script))
        raise(firstLine(script), query.lastError());
}

QVariant Sql::scalar(const QString &statement, const QVariantList &binds) const
{
    QSqlQuery query = exec(statement, binds);
    return query.next() ? query.value(0) : QVariant();
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.transaction())
        raise(QStringLiteral("BEGIN"), m_db.lastError());
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit())
        raise(QStringLiteral("COMMIT"), m_db.lastError());
    m_open = false;
}

} // namespace ejournal::server

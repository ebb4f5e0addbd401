// A thin helper over QSqlQuery that throws DbFailure on any failure.
#include "sql.h"

#include <algorithm>

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

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

// A bind as SQL text, formatted by the driver exactly as QPSQL formats EXECUTE's parameters:
// null variants, null strings and byte arrays, invalid dates and times are NULL. A negative
// number is parenthesised so that "a-?" never becomes the comment "a--1".
QString literal(const QSqlDriver *driver, const QVariant &value)
{
    bool null = value.isNull();
    switch (value.typeId()) {
    case QMetaType::QString: null = null || value.toString().isNull(); break;
    case QMetaType::QByteArray: null = null || value.toByteArray().isNull(); break;
    case QMetaType::QDate: null = null || !value.toDate().isValid(); break;
    case QMetaType::QTime: null = null || !value.toTime().isValid(); break;
    case QMetaType::QDateTime: null = null || !value.toDateTime().isValid(); break;
    default: break;
    }
    QSqlField field(QString(), value.metaType());
    if (!null)
        field.setValue(value);
    const QString text = driver->formatValue(field);
    return text.startsWith(u'-') ? u'(' + text + u')' : text;
}

// The statement with its binds formatted in: the k-th `?` is bind k, and `$N` (as QPSQL's own
// prepare leaves it) is bind N. Quoted text and comments are copied as they are.
QString inlineBinds(const QSqlDriver *driver, const QString &statement, const QVariantList &binds)
{
    QString text;
    text.reserve(statement.size() + binds.size() * 12);
    qsizetype nextMark = 0;
    qsizetype highest = 0;
    const auto bind = [&](qsizetype index) {
        if (index < 0 || index >= binds.size())
            throw DbFailure("more placeholders than binds in: " + firstLine(statement).toStdString());
        highest = std::max(highest, index + 1);
        text += literal(driver, binds.at(index));
    };
    const qsizetype n = statement.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = statement.at(i);
        const QChar next = i + 1 < n ? statement.at(i + 1) : QChar();
        if (c == u'\'' || c == u'"') {
            const qsizetype end = statement.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            text += QStringView(statement).sliced(i, stop - i);
            i = stop - 1;
        } else if (c == u'-' && next == u'-') {
            const qsizetype end = statement.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? n : end;
            text += QStringView(statement).sliced(i, stop - i);
            i = stop - 1;
        } else if (c == u'/' && next == u'*') {
            const qsizetype end = statement.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            text += QStringView(statement).sliced(i, stop - i);
            i = stop - 1;
        } else if (c == u'?') {
            bind(nextMark++);
        } else if (c == u'$' && next.isDigit()) {
            qsizetype j = i + 1;
            while (j < n && statement.at(j).isDigit())
                ++j;
            bind(QStringView(statement).sliced(i + 1, j - i - 1).toLongLong() - 1);
            i = j - 1;
        } else {
            text += c;
        }
    }
    if (highest != binds.size())
        throw DbFailure("more binds than placeholders in: " + firstLine(statement).toStdString());
    return text;
}
// The statements cached() keeps, per worker thread (each has one database connection).
struct PreparedCache
{
    QString connection;
    const QSqlDriver *driver = nullptr;
    QHash<QString, QSqlQuery> queries;
};
thread_local PreparedCache t_prepared;
constexpr qsizetype kMaxPrepared = 64;
} // namespace

// QPSQL runs a prepared statement as three round trips (PREPARE, EXECUTE with the binds
// formatted into its text, DEALLOCATE). The same text with the binds formatted in by the same
// driver code is sent here once: one round trip, the same quoting.
QSqlQuery Sql::exec(const QString &statement, const QVariantList &binds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(inlineBinds(m_db.driver(), statement, binds)))
        raise(firstLine(statement), query.lastError());
    return query;
}

QSqlQuery Sql::cached(const QString &statement, const QVariantList &binds) const
{
    if (t_prepared.connection != m_db.connectionName() || t_prepared.driver != m_db.driver()) {
        t_prepared.queries.clear();
        t_prepared.connection = m_db.connectionName();
        t_prepared.driver = m_db.driver();
    }
    auto it = t_prepared.queries.find(statement);
    if (it == t_prepared.queries.end()) {
        if (t_prepared.queries.size() >= kMaxPrepared)
            t_prepared.queries.clear();
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(statement))
            raise(firstLine(statement), query.lastError());
        it = t_prepared.queries.insert(statement, query);
    }
    QSqlQuery query = *it;
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        t_prepared.queries.erase(it);
        raise(firstLine(statement), error);
    }
    return query;
}

void Sql::forgetCached()
{
    t_prepared.queries.clear();
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

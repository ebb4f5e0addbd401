// A thin helper over QSqlQuery for handlers: statements with positional "?" parameters, sent
// in one round trip, that throw on failure, so a handler reads top to bottom and a failed query
// always rolls its transaction back (see Transaction).
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <stdexcept>

namespace ejournal::server {

// A database failure: logged by the dispatcher and answered with `internal`.
class DbFailure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
    bool connectionLost = false;
    QString sqlState;  // PostgreSQL's SQLSTATE, e.g. "23505" for a unique violation
};

class Sql
{
public:
    explicit Sql(QSqlDatabase db) : m_db(std::move(db)) {}

    // Binds and executes one statement in one round trip; throws DbFailure when it fails.
    QSqlQuery exec(const QString &statement, const QVariantList &binds = {}) const;
    // The same for a statement the server runs on (nearly) every request — the session check,
    // a journal lesson's header, the audit insert: prepared once per database connection and
    // kept (PostgreSQL parses and plans it once; afterwards one round trip). The statement text
    // must be constant, and the query returned must be read before the same statement runs
    // again on this connection (it shares the kept query's result).
    QSqlQuery cached(const QString &statement, const QVariantList &binds = {}) const;
    // Forgets the statements kept for this thread's connection (before it closes).
    static void forgetCached();
    // Executes text without parameters (several statements allowed); throws on failure.
    void execScript(const QString &script) const;
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &statement, const QVariantList &binds = {}) const;

    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
};

// One database transaction: rolled back when destroyed without commit().
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace ejournal::server

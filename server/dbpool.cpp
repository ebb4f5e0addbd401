// Worker threads for database work, each with its own connection.
#include "dbpool.h"

#include "sql.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcDb, "ejournal.db")

namespace ejournal::server {

DbPool::DbPool(const DbParams &params, int workers)
    : m_params(params), m_workerCount(std::max(1, workers))
{
}

DbPool::~DbPool()
{
    stop();
}

bool DbPool::connect(QSqlDatabase &db, QString *error) const
{
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    try {
        // Only Sql::cached() prepares, and its statements look rows up by key: one generic
        // plan each, made once, serves every later request.
        Sql(db).execScript(QStringLiteral("SET ROLE %1; SET plan_cache_mode = force_generic_plan")
                               .arg(QLatin1String(kAppRole)));
    } catch (const DbFailure &e) {
        *error = QString::fromStdString(e.what());
        db.close();
        return false;
    }
    return true;
}

bool DbPool::start(QString *error)
{
    for (int i = 0; i < m_workerCount; ++i) {
        m_threads.push_back(std::unique_ptr<QThread>(QThread::create([this, i] { workerLoop(i); })));
        m_threads.back()->setObjectName(QStringLiteral("db-worker-%1").arg(i));
        m_threads.back()->start();
    }
    QMutexLocker lock(&m_mutex);
    while (m_ready + m_startErrors.size() < m_workerCount)
        m_started.wait(&m_mutex);
    if (m_startErrors.isEmpty())
        return true;
    *error = QStringLiteral("cannot connect to the database %1: %2")
                 .arg(m_params.display(), m_startErrors.first());
    lock.unlock();
    stop();
    return false;
}

void DbPool::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    for (auto &thread : m_threads)
        thread->wait();
    m_threads.clear();
}

void DbPool::submit(Job job)
{
    QMutexLocker lock(&m_mutex);
    m_jobs.push_back(std::move(job));
    m_wake.wakeOne();
}

void DbPool::workerLoop(int index)
{
    const QString name = QStringLiteral("ejournal-worker-%1-%2")
                             .arg(quintptr(this), 0, 16).arg(index);
    {
        QSqlDatabase db = m_params.addConnection(name);
        QString error;
        const bool ok = connect(db, &error);
        {
            QMutexLocker lock(&m_mutex);
            if (ok)
                ++m_ready;
            else
                m_startErrors.append(error);
            m_started.wakeAll();
        }
        while (ok) {
            Job job;
            {
                QMutexLocker lock(&m_mutex);
                while (m_jobs.empty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_jobs.empty())
                    break;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            if (!db.isOpen() && !connect(db, &error))
                qCWarning(lcDb) << "worker" << index << "cannot reconnect:" << error;
            job(db);
        }
        Sql::forgetCached();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace ejournal::server

// Worker threads for database work, each with its own PostgreSQL connection that runs as the
// unprivileged role ejournal_app. Jobs are taken in arrival order by whichever worker is free,
// so one slow query holds up only its own worker.
#pragma once

#include "dbparams.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace ejournal::server {

class DbPool
{
public:
    using Job = std::function<void(QSqlDatabase &)>;

    DbPool(const DbParams &params, int workers);
    ~DbPool();
    DbPool(const DbPool &) = delete;
    DbPool &operator=(const DbPool &) = delete;

    // Starts the workers and waits until each has connected. False (and stops them) if any fails.
    bool start(QString *error);
    // Finishes the jobs already queued, then closes the connections and joins the threads.
    void stop();
    void submit(Job job);
    int workerCount() const { return m_workerCount; }

private:
    void workerLoop(int index);
    bool connect(QSqlDatabase &db, QString *error) const;

    DbParams m_params;
    int m_workerCount;
    std::vector<std::unique_ptr<QThread>> m_threads;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_started;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    int m_ready = 0;
    QStringList m_startErrors;
};

} // namespace ejournal::server

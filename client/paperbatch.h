// "All classes to a folder of PDFs": fetches each class's journal for the chosen period or
// year one after another, renders it to «Журнал 5А 2026-2027.pdf» in the folder, and shows
// the progress in a dialog that can be cancelled (the class being fetched is then dropped).
#pragma once

#include <QCborArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace ejournal::client {

class ServerConnection;

class PaperBatch : public QObject
{
    Q_OBJECT
public:
    // classes: [{id, name}]; periodId 0 = the whole year.
    PaperBatch(ServerConnection *connection, const QCborArray &classes, qint64 periodId,
               const QString &folder, QWidget *parent);
    ~PaperBatch() override;

    void start();
    QStringList written() const { return m_written; }

signals:
    // Done, cancelled or failed (error empty when not failed).
    void finished(bool cancelled, const QString &error);

private:
    void next();
    void finish(bool cancelled, const QString &error);

    ServerConnection *m_connection;
    QCborArray m_classes;
    qint64 m_periodId;
    QString m_folder;
    QWidget *m_parent;
    QPointer<QProgressDialog> m_progress;
    qsizetype m_index = 0;
    bool m_done = false;
    QStringList m_written;
};

} // namespace ejournal::client

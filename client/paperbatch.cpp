// Writing every class's journal to a folder of PDFs, class by class.
#include "paperbatch.h"

#include "errortext.h"
#include "paperjournal.h"
#include "papertext.h"
#include "printoutput.h"
#include "serverconnection.h"

#include <QDir>
#include <QProgressDialog>
#include <QTimer>

namespace ejournal::client {

PaperBatch::PaperBatch(ServerConnection *connection, const QCborArray &classes, qint64 periodId,
                       const QString &folder, QWidget *parent)
    : QObject(parent), m_connection(connection), m_classes(classes), m_periodId(periodId),
      m_folder(folder), m_parent(parent)
{
}

PaperBatch::~PaperBatch()
{
    delete m_progress;
}

void PaperBatch::start()
{
    m_progress = new QProgressDialog(tr("Preparing the journals…"), tr("Cancel"), 0,
                                     int(m_classes.size()), m_parent);
    m_progress->setWindowTitle(tr("Journals of all classes"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { finish(true, {}); });
    m_progress->show();
    // Each class starts from the event loop, so that «Cancel» is seen between classes.
    QTimer::singleShot(0, this, &PaperBatch::next);
}

void PaperBatch::next()
{
    if (m_done)
        return;
    if (m_index >= m_classes.size()) {
        finish(false, {});
        return;
    }
    const QCborValue cls = m_classes.at(m_index);
    m_progress->setValue(int(m_index));
    m_progress->setLabelText(tr("Class %1 (%2 of %3)…").arg(textOf(cls, "name")).arg(m_index + 1)
                                 .arg(m_classes.size()));
    QCborMap params{{QStringLiteral("classId"), idOf(cls, "id")}};
    if (m_periodId)
        params.insert(QStringLiteral("periodId"), m_periodId);
    m_connection->request(QStringLiteral("paper.classJournal"), params, this, [this](const Reply &reply) {
        if (m_done)
            return;
        if (!reply.ok()) {
            finish(false, ErrorText::forReply(reply));
            return;
        }
        const QCborMap journal = reply.result.toMap();
        const QString file = QDir(m_folder).filePath(PaperJournal::fileName(journal) + QStringLiteral(".pdf"));
        QString error;
        if (!PrintOutput::writePdf(PaperJournal::document(journal, QDate::currentDate()), file, &error)) {
            finish(false, error);
            return;
        }
        m_written.append(file);
        ++m_index;
        QTimer::singleShot(0, this, &PaperBatch::next);
    });
}

void PaperBatch::finish(bool cancelled, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_progress) {
        m_progress->setValue(m_progress->maximum());
        m_progress->hide();
    }
    emit finished(cancelled, error);
}

} // namespace ejournal::client

// The FET import wizard: its shared state (file, preview, the user's choices) and its pages.
#include "fetimportwizard.h"

#include "changestext.h"
#include "fetimportmapping.h"
#include "fetimportpages.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QFile>
#include <QFileInfo>

namespace ejournal::client {

FetImportWizard::FetImportWizard(ServerConnection *connection, qint64 academicYearId,
                                 QWidget *parent)
    : QWizard(parent), m_connection(connection), m_yearId(academicYearId)
{
    setObjectName(QStringLiteral("fetImportWizard"));
    setWindowTitle(tr("Import a timetable from FET"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new FetFilePage(this));
    setPage(MappingPage, new FetMappingPage(this));
    setPage(ImportPage, new FetImportPage(this));
    setPage(DonePage, new FetDonePage(this));
    resize(900, 640);
}

void FetImportWizard::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit previewFailed(tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    m_data = file.readAll();
    m_fileName = QFileInfo(path).fileName();
    m_mapping = {};
    m_preview = {};
    runPreview();
}

void FetImportWizard::choose(const QString &part, const QString &fetName, const QCborValue &choice)
{
    QCborMap names = m_mapping.value(part).toMap();
    if (choice.isNull() || choice.isUndefined())
        names.remove(fetName);
    else
        names.insert(fetName, choice);
    if (names.isEmpty())
        m_mapping.remove(part);
    else
        m_mapping.insert(part, names);
    runPreview();
}

void FetImportWizard::setImportResult(const QCborMap &result)
{
    m_result = result;
    emit imported(result.value(QLatin1String("version")).toMap().value(QLatin1String("id")).toInteger());
}

void FetImportWizard::runPreview()
{
    QCborMap params{{QStringLiteral("academicYearId"), m_yearId},
                    {QStringLiteral("data"), m_data},
                    {QStringLiteral("fileName"), m_fileName}};
    if (!m_mapping.isEmpty())
        params.insert(QStringLiteral("mapping"), m_mapping);
    m_previewing = true;
    const quint64 generation = ++m_generation;
    m_connection->request(QStringLiteral("fet.preview"), params, this,
                          [this, generation](const Reply &reply) {
                              if (generation != m_generation)
                                  return;  // a newer choice was made meanwhile
                              m_previewing = false;
                              if (!reply.ok()) {
                                  emit previewFailed(ChangesText::summary(reply));
                                  return;
                              }
                              m_preview = reply.result.toMap();
                              emit previewed();
                          });
}

} // namespace ejournal::client

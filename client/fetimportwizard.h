// The FET import wizard: a .fet or .csv file, fet.preview's mapping of FET's names onto the
// school's items (the user picks what did not match), what cannot be imported, then fet.import
// into a new timetable version with a name and a valid-from date.
#pragma once

#include <QCborMap>
#include <QWizard>

namespace ejournal::client {

class ServerConnection;

class FetImportWizard : public QWizard
{
    Q_OBJECT
public:
    FetImportWizard(ServerConnection *connection, qint64 academicYearId, QWidget *parent = nullptr);

    enum PageId { FilePage, MappingPage, ImportPage, DonePage };

    ServerConnection *connection() const { return m_connection; }
    qint64 academicYearId() const { return m_yearId; }
    QByteArray fileData() const { return m_data; }
    QString fileName() const { return m_fileName; }
    // Reads the file and previews it (previewed() or previewFailed() follows).
    void openFile(const QString &path);
    // The answer of the last fet.preview, and the choices the user made for unmatched names.
    QCborMap preview() const { return m_preview; }
    QCborMap mapping() const { return m_mapping; }
    // Sets or clears (null) the user's choice for a FET name of a part ("teachers", …).
    void choose(const QString &part, const QString &fetName, const QCborValue &choice);
    bool isPreviewing() const { return m_previewing; }
    // The result of fet.import (empty until imported).
    QCborMap importResult() const { return m_result; }
    void setImportResult(const QCborMap &result);

signals:
    void imported(qint64 versionId);
    void previewed();
    void previewFailed(const QString &message);

private:
    void runPreview();

    ServerConnection *m_connection;
    qint64 m_yearId;
    QByteArray m_data;
    QString m_fileName;
    QCborMap m_preview;
    QCborMap m_mapping;
    QCborMap m_result;
    bool m_previewing = false;
    quint64 m_generation = 0;
};

} // namespace ejournal::client

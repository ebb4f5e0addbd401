// Asks the user whether to trust a server seen for the first time, showing its certificate
// fingerprint to compare with the one the administrator gave out (trust on first use).
#pragma once

#include <QDialog>

class QPushButton;

namespace ejournal::client {

class FingerprintDialog : public QDialog
{
    Q_OBJECT
public:
    FingerprintDialog(const QString &host, quint16 port, const QString &fingerprint,
                      QWidget *parent = nullptr);

    QString fingerprint() const { return m_fingerprint; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }

    // "AB:CD:…" split into lines of `bytesPerLine` bytes for reading aloud and comparing.
    static QString groupedFingerprint(const QString &fingerprint, int bytesPerLine = 16);

private:
    QString m_fingerprint;
    QPushButton *m_trust;
    QPushButton *m_cancel;
};

} // namespace ejournal::client

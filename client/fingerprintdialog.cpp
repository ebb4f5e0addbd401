// The first-connection certificate prompt.
#include "fingerprintdialog.h"

#include "icons.h"
#include "uistyle.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

FingerprintDialog::FingerprintDialog(const QString &host, quint16 port, const QString &fingerprint,
                                     QWidget *parent)
    : QDialog(parent), m_fingerprint(fingerprint)
{
    setObjectName(QStringLiteral("fingerprintDialog"));
    setWindowTitle(tr("New server"));
    setWindowModality(Qt::WindowModal);

    auto *icon = new QLabel(this);
    icon->setPixmap(shieldPixmap(48, false));

    auto *title = new QLabel(tr("Confirm the server %1:%2").arg(host).arg(port), this);
    makeTitle(title, 1.2);

    auto *intro = new QLabel(
        tr("This computer is connecting to this server for the first time. Make sure it is your "
           "school's server: compare the certificate fingerprint below with the one the system "
           "administrator gave you (the server prints it when it starts)."),
        this);
    intro->setWordWrap(true);

    auto *print = new QLabel(groupedFingerprint(fingerprint), this);
    print->setObjectName(QStringLiteral("fingerprint"));
    print->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    print->setTextInteractionFlags(Qt::TextSelectableByMouse);
    print->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(base); border: 1px solid palette(mid); border-radius: 4px;"
        " padding: 8px; }"));
    print->setAlignment(Qt::AlignCenter);

    auto *warning = new QLabel(
        tr("Trust the server only if the fingerprints match. From then on this computer will "
           "connect to it only while it presents this same certificate."),
        this);
    warning->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("Trust and connect"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trust"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(title);
    text->addWidget(intro);
    text->addWidget(print);
    text->addWidget(warning);
    auto *body = new QHBoxLayout;
    body->setSpacing(14);
    body->addWidget(icon, 0, Qt::AlignTop);
    body->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(16);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_cancel->setFocus();
}

QString FingerprintDialog::groupedFingerprint(const QString &fingerprint, int bytesPerLine)
{
    const QStringList bytes = fingerprint.split(QLatin1Char(':'));
    QStringList lines;
    for (qsizetype i = 0; i < bytes.size(); i += bytesPerLine)
        lines.append(bytes.mid(i, bytesPerLine).join(QLatin1Char(':')));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ejournal::client

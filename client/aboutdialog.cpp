// The About dialog.
#include "aboutdialog.h"

#include "icons.h"
#include "fingerprintdialog.h"
#include "serverconnection.h"
#include "uistyle.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ejournal::client {

AboutDialog::AboutDialog(const ServerConnection *connection, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About the program"));

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    auto *title = new QLabel(tr("Electronic journal"), this);
    makeTitle(title, 1.4);
    auto *summary = new QLabel(tr("The electronic class journal and diary of the school: lessons, "
                                  "marks, attendance and homework on the school's own network."),
                               this);
    summary->setWordWrap(true);

    auto *fingerprint = new QLabel(FingerprintDialog::groupedFingerprint(connection->serverFingerprint()),
                                   this);
    fingerprint->setObjectName(QStringLiteral("aboutFingerprint"));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Version:"), new QLabel(QLatin1String(EJOURNAL_VERSION), this));
    form->addRow(tr("Server:"), new QLabel(QStringLiteral("%1:%2").arg(connection->host())
                                               .arg(connection->port()), this));
    if (!connection->serverVersion().isEmpty())
        form->addRow(tr("Server version:"), new QLabel(connection->serverVersion(), this));
    form->addRow(tr("Certificate fingerprint (SHA-256):"), fingerprint);
    form->addRow(tr("Qt version:"), new QLabel(QString::fromLatin1(qVersion()), this));

    auto *text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(title);
    text->addWidget(summary);
    text->addLayout(form);
    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(icon, 0, Qt::AlignTop);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(600);
}

} // namespace ejournal::client
